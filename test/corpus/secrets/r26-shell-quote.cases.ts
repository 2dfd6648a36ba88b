// Round twenty-six (held-out Y115's y115-l-051): a value quoted with the shell's `'\''` inside a
// single-quoted argument (`sh -c '…'`, `ssh host '…'`, a curl body written in single quotes), as the
// command runs it: `export TOKEN='\''<value>'\''`. Benign: the same quoting around a variable, a path,
// a word, an id, a placeholder, a public value.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c051);
const b = builder({ category: "r26-shell-quote" });
const bb = builder({ category: "r26-shell-quote-benign" });
const Q = "'\\''";
const key = (n: number) => r.str(1, "ABCDEFGHJKMNPQRSTUVWXYZ") + r.str(1, "abcdefghijkmnpqrstuvwxyz") + r.str(1, "23456789") + r.alnum(n - 3);

b.pos("r26-shq-postmark-curl", "Postmark UUID token in a curl JSON body", `curl -sS -X POST https://hooks.example.com/n -d '{"text":"export POSTMARK_SERVER_TOKEN=${Q}${r.uuid()}${Q}\\n./deploy.sh"}'`);
b.pos("r26-shq-sh-c", "API token exported inside sh -c", `sh -c 'export API_TOKEN=${Q}${key(32)}${Q} && ./sync --all'`);
b.pos("r26-shq-ssh", "database password over ssh", `ssh deploy@app1 'DB_PASSWORD=${Q}${key(20)}${Q} ./migrate.sh'`);
b.pos("r26-shq-docker", "secret key in a docker run env inside bash -lc", `bash -lc 'docker run -e SECRET_KEY=${Q}${key(40)}${Q} app:latest'`);
b.pos("r26-shq-tool-json", "shell tool call echoing an export line", JSON.stringify({ name: "run_shell", arguments: { command: `bash -c 'export STRIPE_SECRET_KEY=${Q}sk_live_${r.alnum(24)}${Q}; ./bill.sh'` } }));
b.pos("r26-shq-crontab", "crontab line written with an access key", `echo '0 3 * * * ACCESS_TOKEN=${Q}${key(36)}${Q} /opt/backup.sh' | crontab -`);

bb.ben("r26-shq-var", "a variable expanded inside the quoting", `sh -c 'export API_TOKEN=${Q}"$API_TOKEN"${Q} && ./sync'`);
bb.ben("r26-shq-path", "a file path quoted the same way", `ssh host 'TOKEN_FILE=${Q}/run/secrets/api_token${Q} ./start.sh'`);
bb.ben("r26-shq-word", "a log level word", `bash -c 'export LOG_LEVEL=${Q}debug${Q}; ./run'`);
bb.ben("r26-shq-placeholder", "a placeholder for the token", `sh -c 'export API_TOKEN=${Q}<your-token-here>${Q} && ./sync'`);
bb.ben("r26-shq-commit", "a commit hash, not a secret", `bash -c 'export GIT_COMMIT=${Q}${r.hex(40)}${Q}; make release'`);
bb.ben("r26-shq-uuid-id", "a request id UUID", `sh -c 'export REQUEST_ID=${Q}${r.uuid()}${Q} && curl -H "X-Request-Id: $REQUEST_ID" https://api.example.com/health'`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
