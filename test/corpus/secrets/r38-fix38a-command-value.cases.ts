// Round thirty-eight (fix38a): a credential-named slot whose value is a command that fetches the secret where it runs:
// shell command substitution in backticks (`` JWT_SECRET=`cat jwt.key` ``, `` "`pass show …`" ``), Perl's and Ruby's
// backticks, `$(…)`, Make's `$(shell …)`, PowerShell's `$(Get-Content …)`, Compose's `${VAR:-…}`, in .env, shell,
// Makefile, YAML and Dockerfile lines. The value is code, not a secret. Positives: a literal secret set apart in
// backticks in prose or Markdown (one token, not a command), a command echoing a drawn literal, and a real literal
// beside a command (`TOKEN=<literal> ./run.sh`, `curl -H "Authorization: Bearer <literal>" $(…)`).
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x38a001);
const b = builder({ category: "r38-fix38a-command-value" });
const bb = builder({ category: "r38-fix38a-command-value-benign" });
const token = (n = 24) => r.alnum(n);
const punctuated = (n = 16) => r.str(2, UPPER) + r.str(2, DIGITS) + r.str(n - 6, ALNUM + "!#%^*@") + r.str(1, LOWER) + "#";

b.pos("fix38a-cmd-md-codespan-stripe", "Markdown note: a live Stripe key set apart in backticks",
  `## Staging\n\nThe key is \`${"sk_" + "live_"}${token(24)}\` until we rotate it on Friday.\n`);
b.pos("fix38a-cmd-md-codespan-password", "Markdown list: a database password in a code span after its name",
  `### Zugangsdaten (nur intern)\n\n- Host: \`db.staging.internal\`\n- password: \`${punctuated(16)}\`\n`);
b.pos("fix38a-cmd-literal-before-command", "shell line: a literal token in the environment of a command",
  `cd deploy && TOKEN=${token(26)} ./run.sh --env staging\n`);
b.pos("fix38a-cmd-curl-bearer-beside-subst", "curl with a real bearer token and a command substitution for the URL",
  `curl -sS -H "Authorization: Bearer ${token(32)}" "$(cat .endpoint)/v1/deployments"\n`);
b.pos("fix38a-cmd-mixed-env", ".env sent whole: one secret read by a command, the next one written out",
  `JWT_SECRET=\`cat jwt.key\`\nSESSION_SECRET=${token(30)}\nPORT=8080\n`);
b.pos("fix38a-cmd-echo-literal", "a backtick command that only echoes a drawn literal into the slot",
  `export SECRET_KEY=\`echo ${token(28)}\`\n`);
b.pos("fix38a-cmd-makefile-literal", "Makefile: one key from $(shell …), the other written as a literal",
  `DB_PASSWORD := $(shell pass show db/prod)\nAPI_KEY := ${token(32)}\n\ndeploy:\n\t./deploy.sh\n`);
b.pos("fix38a-cmd-dockerfile-literal", "Dockerfile: a literal secret in ENV beside a RUN with a substitution",
  `FROM node:20-alpine\nENV APP_SECRET=${token(30)}\nRUN export NPM_TOKEN=$(cat /run/secrets/npm_token) && npm ci\n`);

bb.ben("fix38a-cmd-ben-dotenv-backtick", ".env lines whose values are backtick commands of two words",
  `JWT_SECRET=\`cat jwt.key\`\nAPI_SECRET=\`pass jwt/prod\`\nAUTH_TOKEN=\`xclip -o\`\n`);
bb.ben("fix38a-cmd-ben-yaml-backtick", "YAML settings (French comment) with a backtick command as the value",
  `# valeurs lues au démarrage\njwt_secret: \`cat jwt.key\`\napi_key: \`cat api.key\`\n`);
bb.ben("fix38a-cmd-ben-makefile", "Makefile reading keys with backticks and $(shell …)",
  `API_KEY = \`cat api.key\`\nDB_PASSWORD ?= $(shell vault kv get -field=password secret/app/db)\nSIGNING_KEY := $(file < .signing.key)\n`);
bb.ben("fix38a-cmd-ben-dockerfile-run", "Dockerfile RUN setting secrets from mounted files for one command",
  `FROM python:3.12-slim\nRUN --mount=type=secret,id=jwt JWT_SECRET=\`cat /run/secrets/jwt\` python manage.py collectstatic\nENV DB_PASSWORD=\`cat db.pass\`\n`);
bb.ben("fix38a-cmd-ben-quoted-backtick", "shell: a backtick command inside double quotes",
  `export DB_PASSWORD="\`cat db.pass\`"\nexport PRIVATE_KEY="\`cat id_ed25519\`"\n`);
bb.ben("fix38a-cmd-ben-perl-ruby", "Perl and Ruby reading a key with backticks",
  `my $api_key = \`cat /etc/app/key\`;\nsecret_key = \`cat #{key_path}\`\n`);
bb.ben("fix38a-cmd-ben-compose-default", "Compose/.env default that runs a command",
  `API_KEY=\${API_KEY:-\`cat /etc/api.key\`}\nJWT_SECRET=\${JWT_SECRET:-$(cat /run/secrets/jwt)}\nDB_PASSWORD: \${DB_PASSWORD:?set it}\n`);
bb.ben("fix38a-cmd-ben-managers", "deploy script fetching secrets from managers with $(…)",
  `export STRIPE_SECRET_KEY="$(op read 'op://Prod/Stripe/secret key')"\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)\nexport GITHUB_TOKEN=$(gcloud secrets versions access latest --secret=gh-token)\nexport SMTP_PASSWORD=$(pass show mail/smtp)\n`);
bb.ben("fix38a-cmd-ben-powershell", "PowerShell reading a token from a file",
  `$env:API_TOKEN = $(Get-Content -Raw C:\\secrets\\token.txt)\n$ApiSecret = \`Get-Content secret.txt\`\n`);
bb.ben("fix38a-cmd-ben-prose-de", "German README: the password is what a command prints",
  `## Lokale Einrichtung\n\nDas Passwort: \`pass db/dev\` – es wird nie ins Repository geschrieben.\nclient_secret=\`cat cs.txt\`\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
