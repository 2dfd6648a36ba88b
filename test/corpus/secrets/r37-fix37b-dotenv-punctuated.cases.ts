// Round thirty-seven (fix37b): a dotenv / shell-export / properties line (`NAME=value` at a line's start, after a diff's
// `+`, `export `, a shell trace's `+ `) whose name says secret holds its value to the line's end, whatever characters it
// draws: a punctuation-heavy random token or password (Oracle Cloud's 20 printable characters, some with no digit at all,
// a leading `.`, a `$` before a letter, brackets that do not pair) is as real as an alphanumeric one; a comment after ` #`
// is not part of it. Benign: placeholders, shell expressions, regexes, URLs, empty or short values, prose with punctuation.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x37b001);
const b = builder({ category: "r37-fix37b-dotenv-punctuated" });
const bb = builder({ category: "r37-fix37b-dotenv-punctuated-benign" });
// What a generator draws that a .env line can hold unquoted: no blank, quote, backslash or `#`.
const SYMBOLS = "!%&()*+,-./:;<=>?@[]^_{|}~";
const draw = (n: number, alphabet = UPPER + LOWER + DIGITS + SYMBOLS) => r.str(n, alphabet);
// About one draw of 20 in ten holds no digit: its letters and symbols carry it.
const noDigit = (n: number) => draw(n, UPPER + LOWER + SYMBOLS);

b.pos("fix37b-env-diff-oci-nodigit", "unified diff of .env.production adding an Oracle auth token drawn without a digit",
  `diff --git a/deploy/.env.production b/deploy/.env.production\n--- a/deploy/.env.production\n+++ b/deploy/.env.production\n@@ -1,3 +1,4 @@\n TENANCY_REGION=eu-frankfurt-1\n+ORACLE_CLOUD_AUTH_TOKEN=${noDigit(20)}\n OBJECT_STORAGE_NS=acmeprod\n`);
b.pos("fix37b-env-export-script", "deploy script exporting a database password of 16 symbols-heavy characters",
  `#!/usr/bin/env bash\nset -euo pipefail\nexport PGHOST=db.internal\nexport DB_PASSWORD=${draw(15)}\nexport PGUSER=app\nexec ./migrate up\n`);
b.pos("fix37b-env-whole-comment", ".env file sent whole, the SMTP password followed by a comment",
  `# mail relay\nSMTP_HOST=smtp.relay.example.net\nSMTP_PORT=587\nSMTP_PASSWORD=${noDigit(18)}   # rotated quarterly by ops\nSMTP_FROM=noreply@example.net\n`);
b.pos("fix37b-env-trace", "CI log shell trace setting a token before a deploy step",
  `2026-11-03T09:12:44Z + OCI_CLI_AUTH=api_key\n2026-11-03T09:12:44Z + OCI_AUTH_TOKEN=${noDigit(20)}\n2026-11-03T09:12:45Z + oci os object put --bucket-name releases --file dist.tgz\n`);
b.pos("fix37b-env-readme-de", "German README with a .env block, a JWT secret opening with a dot",
  `## Einrichtung\n\nLege eine Datei \`.env\` an und trage die Werte ein:\n\n\`\`\`\nJWT_SECRET=.${noDigit(8)};${draw(14)}\nJWT_TTL=3600\n\`\`\`\n`);
b.pos("fix37b-env-ini-blanks", "INI section with blanks around '=', an auth token with a dollar before a letter",
  `[registry]\nurl = https://registry.internal.example\nauth_token = ${noDigit(6)}(T$k${draw(12)}\n`);
b.pos("fix37b-env-diff-minus-plus", "diff rotating a Redis password: the old line removed, the new one added",
  `--- a/.env\n+++ b/.env\n@@ -7,2 +7,2 @@\n-REDIS_PASSWORD=${draw(14)}\n+REDIS_PASSWORD=[${draw(17)}\n REDIS_DB=0\n`);
b.pos("fix37b-env-fr-compose-list", "French note, compose environment list item with a secret key",
  `Variables du service (ne pas committer) :\n    environment:\n      - APP_SECRET_KEY=${noDigit(22)}\n      - APP_ENV=prod\n`);

bb.ben("fix37b-env-ben-angle-placeholder", "diff of .env.example with an angle-bracket placeholder",
  `--- a/.env.example\n+++ b/.env.example\n@@ -1,2 +1,3 @@\n APP_NAME=acme\n+OCI_AUTH_TOKEN=<your-oci-auth-token>\n+OCI_USER=ocid1.user.oc1..<your-user-ocid>\n`);
bb.ben("fix37b-env-ben-command-subst", "export taking the token from a command substitution",
  `export GITHUB_TOKEN=$(gh auth token --hostname github.com)\nexport NPM_TOKEN=$(cat ~/.config/npm/token)\n`);
bb.ben("fix37b-env-ben-shell-default", "a shell default expansion with a placeholder default",
  `DB_PASSWORD=\${DB_PASSWORD:-changeme}\nAPI_SECRET=\${API_SECRET:?set API_SECRET first}\n`);
bb.ben("fix37b-env-ben-regex", "a validation regex under a token-named setting",
  `VALIDATE_TOKEN=^[A-Za-z0-9._~+/-]{20,}=*$\nVALIDATE_PASSWORD=(?=.*[A-Z])(?=.*\\d).{12,}\n`);
bb.ben("fix37b-env-ben-empty-comment", "empty values and a comment where the value would be",
  `SECRET_KEY=\nDB_PASSWORD=   # filled in by the vault agent\nAUTH_TOKEN= # see README\n`);
bb.ben("fix37b-env-ben-url", "an auth token endpoint URL without credentials",
  `AUTH_TOKEN=https://auth.example.com/oauth2/v1/token?grant_type=client_credentials&scope=read:all\n`);
bb.ben("fix37b-env-ben-short", "a short value with punctuation (a PIN-like test password)",
  `TEST_PASSWORD=Xq;9(\nTEST_TOKEN=a.b-c\n`);
bb.ben("fix37b-env-ben-prose-punct", "prose words joined by punctuation (Spanish note as the value)",
  `ADMIN_PASSWORD=cambiar;antes(de)producción!\nSESSION_SECRET=please;change(me)now!\n`);
bb.ben("fix37b-env-ben-mask", "masked values in a printed environment",
  `API_SECRET=********************\nAUTH_TOKEN=[REDACTED]\nDB_PASSWORD=<hidden>\n`);
bb.ben("fix37b-env-ben-path-var", "a path built from variables under a secret-named setting",
  `SECRET_FILE=$SECRETS_DIR/oci/auth_token.txt\nTOKEN_FILE=../../run/secrets/token;ro\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
