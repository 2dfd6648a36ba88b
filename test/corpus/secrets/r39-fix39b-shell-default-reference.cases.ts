// Round thirty-nine (fix39b): `${VAR:-default}`, `${VAR:=x}`, `${VAR:?msg}` in a logfmt line or an env file is a reference
// whatever its short default word (unset, none, changeme, empty); a default too short for a value's least length was read
// with the expansion's colon as the sign. A long drawn default is still a leak.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39b003);
const b = builder({ category: "r39-fix39b-shell-default-reference" });
const bb = builder({ category: "r39-fix39b-shell-default-reference-benign" });
const drawn = () => r.str(3, UPPER) + r.str(3, DIGITS) + "#" + r.str(4, LOWER) + "$" + r.str(5, ALNUM);

b.pos("fix39b-sd-live-default", "logfmt: an API key whose default is a live-looking key", `level=info api_key=\${API_KEY:-sk_live_${r.alnum(24)}} env=prod\n`);
b.pos("fix39b-sd-drawn-default", "env file: a secret's default is a long drawn key", `APP_SECRET=\${APP_SECRET:-${r.alnum(32)}}\n`);
b.pos("fix39b-sd-assign-default", "compose: := with a drawn token", `environment:\n  - AUTH_TOKEN=\${AUTH_TOKEN:=${r.alnum(30)}}\n`);
b.pos("fix39b-sd-password-drawn", "logfmt: a password default drawn with symbols", `ts=2026-01-02T03:04:05Z level=info app_secret=\${APP_SECRET:-${drawn()}} region=eu-west-1\n`);
b.pos("fix39b-sd-plain-secret", "logfmt: the secret itself after the reference's line", `level=info app_secret=${r.alnum(34)} region=eu-west-1\n`);
b.pos("fix39b-sd-jwt-secret", "shell: JWT secret default is a drawn 40", `export JWT_SECRET="\${JWT_SECRET:-${r.alnum(40)}}"\n`);

bb.ben("fix39b-sd-ben-unset", "logfmt: the blind shape, unset default", `ts=2026-01-02T03:04:05Z level=info msg="config loaded" app_secret=\${APP_SECRET:-unset} region=eu-west-1\n`);
bb.ben("fix39b-sd-ben-none", "logfmt: secret default none", `level=debug secret=\${SECRET:-none} region=us-east-1\n`);
bb.ben("fix39b-sd-ben-empty", "env: password default empty", `password=\${DB_PASSWORD:-empty} user=app\n`);
bb.ben("fix39b-sd-ben-assign", "env: := changeme", `JWT_SECRET=\${JWT_SECRET:=changeme}\n`);
bb.ben("fix39b-sd-ben-required", "env: :? with a message", `token=\${TOKEN:?unset}\napi_secret=\${API_SECRET:?required}\n`);
bb.ben("fix39b-sd-ben-unset-es", "Spanish log line with an unset default", `nivel=info mensaje="configuración cargada" app_secret=\${APP_SECRET:-unset} región=eu-west-1\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
