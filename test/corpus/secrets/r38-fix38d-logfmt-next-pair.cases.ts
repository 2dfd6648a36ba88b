// Round thirty-eight (fix38d): in logfmt, a query string or `k=v` CLI output, a slot's value is the one token after its
// `=`. A placeholder value (`your_api_key_here`, `changeme`, `<redacted>`) ends the slot; the next `name=value` pair
// after a blank belongs to its own name (a git SHA under `commit=`, `sha=`, `rev=`, a trace id under `trace_id=` is an id),
// not to a secret-ish word inside the placeholder read as a name. A real secret in such a line stays a finding.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x38d002);
const b = builder({ category: "r38-fix38d-logfmt-next-pair" });
const bb = builder({ category: "r38-fix38d-logfmt-next-pair-benign" });
const sha = () => r.str(40, HEX);
const key = (n = 32) => r.str(n, ALNUM);

b.pos("fix38d-logfmt-client-secret", "logfmt line with a real OAuth client secret followed by a commit SHA",
  `ts=2026-11-04T10:02:11Z level=debug msg="token exchange" client_secret=${key(34)} commit=${sha()} dur=41ms\n`);
b.pos("fix38d-logfmt-api-key-first", "logfmt line, the API key before a trace id and a rev",
  `level=warn component=billing api_key=${key(40)} trace_id=${r.str(32, HEX)} rev=${sha()}\n`);
b.pos("fix38d-query-secret-then-sha", "callback URL whose query holds a client secret and a commit",
  `GET /oauth/callback?client_id=web-portal&client_secret=${key(36)}&commit=${sha()} HTTP/1.1\nHost: auth.internal.example\n`);
b.pos("fix38d-cli-kv-output", "CLI printing its settings as key=value lines, the auth token among build ids",
  `$ deployctl config show\nregion=eu-west-1\nauth_token=${key(40)}\nbuild_sha=${sha()}\nrelease=2026.11.2\n`);
b.pos("fix38d-logfmt-de", "German log line (logfmt) with an access token then a revision",
  `2026-11-04 10:02:11 FEHLER Anmeldung fehlgeschlagen access_token=${key(44)} revision=${sha()} benutzer=jdoe\n`);
b.pos("fix38d-space-kv-secret", "space-separated k=v from a systemd unit dump, a secret between ids",
  `Environment=SERVICE=api WEBHOOK_SECRET=${key(32)} GIT_COMMIT=${sha()}\n`);
b.pos("fix38d-logfmt-secret-key-fr", "French note above a logfmt line where the secret key is real",
  `Extrait du journal (ne pas diffuser) :\nlevel=info secret_key=${key(38)} sha=${sha()} statut=ok\n`);

bb.ben("fix38d-ben-placeholder-commit", "logfmt line: a placeholder client secret, then the commit SHA",
  `ts=2026-11-04T10:02:11Z level=debug msg="config loaded" google_client_secret=your_api_key_here commit=${sha()}\n`);
bb.ben("fix38d-ben-changeme-sha-rev", "placeholder API key followed by sha= and rev= ids",
  `level=info api_key=changeme sha=${sha()} rev=${sha()}\n`);
bb.ben("fix38d-ben-redacted-trace", "redacted token then a trace id and a request id",
  `level=info api_token=<redacted> trace_id=${r.str(32, HEX)} request_id=${r.str(32, HEX)}\n`);
bb.ben("fix38d-ben-query-placeholder", "query string with a placeholder secret and a commit",
  `curl "https://ci.example.com/hook?webhook_secret=REPLACE_ME&commit=${sha()}&ref=main"\n`);
bb.ben("fix38d-ben-cli-output-placeholder", "CLI k=v output: a token not set yet, then a build SHA",
  `$ deployctl config show\nregion=eu-west-1\nauth_token=your_token_here build_sha=${sha()} release=2026.11.2\n`);
bb.ben("fix38d-ben-secret-word-value", "log line naming which secret was rotated, then the commit of the change",
  `level=info msg=rotated secret=db_password_key_old commit=${sha()} actor=ops-bot\n`);
bb.ben("fix38d-ben-es-placeholder", "Spanish log: a placeholder key, then the revision and a trace id",
  `nivel=info mensaje="clave no configurada" stripe_key=tu_clave_aqui revision=${sha()} trace_id=${r.str(32, HEX)}\n`);
bb.ben("fix38d-ben-key-name-then-span", "logfmt naming the key's id, then span and commit ids",
  `level=debug signing_key_id=kms-prod-2 span_id=${r.str(16, HEX)} commit=${sha()}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
