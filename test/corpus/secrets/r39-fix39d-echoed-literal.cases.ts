// Round thirty-nine (fix39d): round 38 made a command in a secret's slot code (`` JWT_SECRET=`cat jwt.key` ``). A command
// that echoes a literal written in it carries the secret on the line: `` TOKEN=`printf %s <drawn>` ``,
// `` PASSWORD=`echo -n '<drawn>' | base64` ``, `$(echo …)`, PowerShell's `$(Write-Output …)`. Benign: commands that fetch
// the secret, echo a variable, draw a fresh one, or echo a placeholder.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39d005);
const b = builder({ category: "r39-fix39d-echoed-literal" });
const bb = builder({ category: "r39-fix39d-echoed-literal-benign" });
const drawn = (n = 32) => r.str(n, ALNUM);
const pw = () => `${r.str(5, ALNUM)}@${r.digits(3)}${r.str(8, ALNUM)}!${r.digits(2)}`;

b.pos("fix39d-echo-printf-token", ".env-style shell: a bare TOKEN set from printf %s <drawn>",
  `#!/bin/sh\nTOKEN=\`printf %s ${drawn(32)}\`\ncurl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/jobs\n`);
b.pos("fix39d-echo-base64-password", "k8s secret script: a password echoed into base64",
  `DB_PASSWORD=\`echo -n '${pw()}' | base64\`\nkubectl create secret generic db --from-literal=password="$DB_PASSWORD"\n`);
b.pos("fix39d-echo-dollar-subst", "shell: export of a $(echo …) token (Portuguese comment)",
  `# token provisório do bot\nexport SLACK_BOT_TOKEN=$(echo ${drawn(40)})\n./run-bot.sh\n`);
b.pos("fix39d-echo-printf-quoted-format", "CI script: printf \"%s\" of a hex signing secret",
  `- run: |\n    SIGNING_SECRET=\`printf "%s" ${r.str(48, HEX)}\`\n    ./sign.sh\n`);
b.pos("fix39d-echo-perl", "Perl: backticks echo an API key into a variable",
  `my $api_key = \`echo ${drawn(36)}\`;\nchomp $api_key;\n`);
b.pos("fix39d-echo-powershell", "PowerShell: $(Write-Output …) into a token variable",
  `$ApiToken = $(Write-Output ${drawn(30)})\nInvoke-RestMethod -Uri $uri -Headers @{ Authorization = "Bearer $ApiToken" }\n`);
b.pos("fix39d-echo-e-password", "shell: echo -e of a quoted password in a client secret slot",
  `CLIENT_SECRET=\`echo -e "${pw()}"\`\n`);

bb.ben("fix39d-echo-fetch-commands", "commands that fetch the secret where they run",
  "JWT_SECRET=`cat /run/secrets/jwt.key`\nDB_PASSWORD=`pass show ci/db`\nAPI_TOKEN=$(aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text)\n");
bb.ben("fix39d-echo-variables", "commands that echo a variable or a template",
  "TOKEN=`printf %s \"$RAW_TOKEN\"`\nDB_PASSWORD=`echo -n \"$DB_PASS\" | base64`\nAPI_KEY=$(echo ${API_KEY_PROD})\n");
bb.ben("fix39d-echo-fresh-draws", "commands that draw a fresh secret",
  "SECRET_KEY=`openssl rand -hex 32`\nTOKEN=$(head -c 32 /dev/urandom | base64)\nPASSWORD=`pwgen -s 24 1`\n");
bb.ben("fix39d-echo-placeholders", "echoing placeholders (German comment)",
  "# Platzhalter, vor dem Einsatz ersetzen\nTOKEN=`echo <your-token>`\nAPI_KEY=`echo changeme`\nPASSWORD=`echo -n 'password123' | base64`\n");
bb.ben("fix39d-echo-nonsecret-names", "echoing drawn ids under names that are no secret",
  `BUILD_ID=\`echo ${drawn(24)}\`\nREQUEST_ID=$(printf %s ${r.str(32, HEX)})\n`);
bb.ben("fix39d-echo-prose", "docs: how to set the token from a file, in prose",
  "Set the token with `TOKEN=$(cat ~/.config/app/token)` or `export TOKEN=\"$(op read op://ci/app/token)\"`; never `echo` it into a log.\n");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
