// Round thirty-one: a shell parameter's default under a secret's name (`DB_PASSWORD="${DB_PASSWORD:-…}"`).
// The generic assignment read the quoted `${…}` whole as the outer name's value (a reference, so
// dropped) and, searching a window, went on after it: the default was found only when matched at the
// inner name's keyword. The default is now read as the value on both paths, and also under an inner
// name that names no secret (`${PGPW:-…}`). A random-looking default is a hard-coded secret.
// Benign: placeholder, empty, command-substitution and nested-reference defaults.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31d3f1);
const b = builder({ category: "r31k-shell-default" });
const bb = builder({ category: "r31k-shell-default-benign" });
const draw = (n = 16) => `${r.alnum(3)}${r.digits(2)}${r.alnum(n - 5)}`;

b.pos("r31k-sd-entrypoint", "entrypoint script, quoted default", `#!/bin/sh\nset -eu\nexport DB_PASSWORD="\${DB_PASSWORD:-${draw()}}"\nexport DB_HOST="\${DB_HOST:-postgres}"\nexec "$@"\n`);
b.pos("r31k-sd-other-name", "default under a name that names no secret", `ADMIN_PASSWORD="\${INIT_PW:-${draw(14)}}"\n`);
b.pos("r31k-sd-compose", "compose environment, quoted default", `services:\n  api:\n    environment:\n      JWT_SECRET: "\${JWT_SECRET:-${draw(32)}}"\n`);
b.pos("r31k-sd-makefile", "Makefile variable with a shell default", `deploy:\n\tREDIS_PASSWORD="\${REDIS_PASSWORD:-${draw(20)}}" ./deploy.sh\n`);
b.pos("r31k-sd-positional", "positional parameter's default", `#!/bin/bash\nuser="\${1:-admin}"\npassword="\${2:-${draw(14)}}"\nmysql -u "$user" -p"$password"\n`);
b.pos("r31k-sd-export-bare", "bare export with a default", `export SMTP_PASSWORD=\${SMTP_PASSWORD:-${draw(18)}}\n`);
b.pos("r31k-sd-json", "script in a tool call", JSON.stringify({ tool: "write_file", path: "run.sh", content: `#!/bin/sh\nAPI_TOKEN="\${API_TOKEN:-${draw(40)}}"\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/\n` }));

bb.ben("r31k-sd-changeme", "placeholder default", `export DB_PASSWORD="\${DB_PASSWORD:-changeme}"\n`);
bb.ben("r31k-sd-empty", "empty default", `DB_PASSWORD="\${DB_PASSWORD:-}"\n`);
bb.ben("r31k-sd-words", "worded placeholder default", `JWT_SECRET="\${JWT_SECRET:-dev-secret-change-me}"\nREDIS_PASSWORD="\${REDIS_PASSWORD:-your_redis_password}"\n`);
bb.ben("r31k-sd-subst", "command substitution default", `API_TOKEN="\${API_TOKEN:-$(cat /run/secrets/api_token)}"\n`);
bb.ben("r31k-sd-nested", "nested reference default", `API_TOKEN="\${API_TOKEN:-\${FALLBACK_API_TOKEN}}"\n`);
bb.ben("r31k-sd-path", "file path default", `PASSWORD_FILE="\${PASSWORD_FILE:-/run/secrets/db_password}"\n`);
bb.ben("r31k-sd-host", "default under a non-secret name", `DB_HOST="\${DB_HOST:-db01.internal.example}"\nexport PASSWORD_MIN_LENGTH="\${PASSWORD_MIN_LENGTH:-12}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
