// Round thirty-six (fix36c): a value piped into a CLI that stores it under the name given after it on the command line
// (`printf '%s' '…' | vercel env add OP_SESSION_<account> production`, `echo … | gh secret set BW_SESSION`, Docker's
// `secret create NAME -`, gcloud's `secrets versions add NAME --data-file=-`): the name names a secret slot, a session
// key's included. Benign: the same commands fed a variable, a command's output, a URL, a plain setting.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x36c005);
const b = builder({ category: "r36-fix36c-piped-under-name" });
const bb = builder({ category: "r36-fix36c-piped-under-name-benign" });
const opSession = () => r.str(43, ALNUM + "-_");
const account = () => r.str(6, LOWER + DIGITS);

b.pos("fix36c-pipe-vercel-op-session", "printf into vercel env add OP_SESSION_<account>",
  `$ printf '%s' '${opSession()}' | vercel env add OP_SESSION_${account()} production\nAdded Environment Variable to Project\n`);
b.pos("fix36c-pipe-gh-bw-session", "echo into gh secret set BW_SESSION",
  `echo "${r.b64bytes(64)}" | gh secret set BW_SESSION --repo acme/infra\n`);
b.pos("fix36c-pipe-wrangler-session", "echo -n into wrangler secret put of a camel-case session",
  `echo -n '${opSession()}' | npx wrangler secret put appSession --env production\n`);
b.pos("fix36c-pipe-docker-secret-create", "printf into docker secret create NAME -",
  `printf '${r.str(28, ALNUM)}' | docker secret create payments_api_key -\n`);
b.pos("fix36c-pipe-gcloud-versions-add", "echo -n into gcloud secrets versions add NAME --data-file=-",
  `echo -n "${r.str(40, ALNUM)}" | gcloud secrets versions add adyen-api-key --data-file=-\n`);
b.pos("fix36c-pipe-podman-secret", "podman secret create from stdin (French comment)",
  `# jeton de session du coffre, à renouveler chaque jour\nprintf '%s' '${opSession()}' | podman secret create vault_session -\n`);

bb.ben("fix36c-pipe-variable", "the session from a variable",
  `printf '%s' "$OP_SESSION_${account()}" | vercel env add OP_SESSION_${account()} production\n`);
bb.ben("fix36c-pipe-command-output", "the session from a command's output",
  `bw unlock --raw | gh secret set BW_SESSION --repo acme/infra\n`);
bb.ben("fix36c-pipe-url", "a URL piped into a setting",
  `printf '%s' 'https://api.northwind.example.com/v2' | vercel env add API_BASE_URL production\n`);
bb.ben("fix36c-pipe-plain-setting", "a plain setting under a session's setting name",
  `echo 'database' | vercel env add SESSION_DRIVER production\necho '7200' | vercel env add SESSION_LIFETIME production\n`);
bb.ben("fix36c-pipe-docker-file", "docker secret create from a file",
  `docker secret create payments_api_key ./secrets/payments_api_key.txt\n`);
bb.ben("fix36c-pipe-gcloud-file", "gcloud versions add from a file (German comment)",
  `# Schlüssel liegt in der Datei, nicht in der Shell-History\ngcloud secrets versions add adyen-api-key --data-file=./adyen.key\n`);
bb.ben("fix36c-pipe-word-value", "a word piped under a session name",
  `echo 'disabled' | gh secret set BW_SESSION\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
