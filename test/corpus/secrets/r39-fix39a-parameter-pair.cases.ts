// Round thirty-nine (fix39a): a CLI given a parameter as its name and its value in the two words after a flag or a
// verb: papermill's `-p NAME VALUE` (also `-r`, `--parameters`), `dotnet user-secrets set NAME VALUE`. A secret-named
// parameter's value is the secret; a password-named one takes a password of any punctuation. Benign: the same commands
// with references, command substitutions, placeholders, and parameters whose names are not a secret's.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x39a001);
const b = builder({ category: "r39-fix39a-parameter-pair" });
const bb = builder({ category: "r39-fix39a-parameter-pair-benign" });
const token = (n = 28) => r.str(2, UPPER) + r.str(2, DIGITS) + r.str(n - 5, ALNUM) + r.str(1, LOWER);
const punctuated = (n = 18) => r.str(2, UPPER) + r.str(2, DIGITS) + r.str(n - 6, ALNUM + "#%@!^*") + r.str(1, LOWER) + "%";

b.pos("fix39a-pp-papermill-quoted", "papermill: a punctuated password as a quoted -p value after a date parameter",
  `papermill reports/daily.ipynb out/daily.ipynb -p report_day 2024-07-02 -p warehouse_password "${punctuated(20)}"\n`);
b.pos("fix39a-pp-papermill-long-flag", "papermill with --parameters and an API token, unquoted",
  `papermill etl.ipynb etl-out.ipynb --parameters region eu-west-1 --parameters openai_api_key ${token(40)}\n`);
b.pos("fix39a-pp-papermill-raw", "papermill -r (raw string parameter) with a database password in single quotes",
  `papermill train.ipynb runs/train.ipynb -r pg_password '${punctuated(16)}' -p epochs 5\n`);
b.pos("fix39a-pp-papermill-continued", "papermill in a CI script, lines continued with backslashes",
  `papermill notebooks/sync.ipynb artifacts/sync.ipynb \\\n  -p batch_size 500 \\\n  -p clickhouse_password "${punctuated(22)}" \\\n  -k python3\n`);
b.pos("fix39a-pp-dotnet-password", "dotnet user-secrets set with a colon-scoped password name",
  `dotnet user-secrets set "ConnectionStrings:DbPassword" "${punctuated(18)}" --project src/Api\n`);
b.pos("fix39a-pp-dotnet-key", "dotnet user-secrets set with a client secret, unquoted name",
  `cd src/Web && dotnet user-secrets set Authentication:AzureAd:ClientSecret "${token(34)}"\n`);
b.pos("fix39a-pp-readme-de", "German README step: papermill with a Snowflake password",
  `## Bericht erzeugen\n\n\`\`\`\npapermill bericht.ipynb ausgabe.ipynb -p stichtag 2024-06-30 -p snowflake_password "${punctuated(19)}"\n\`\`\`\n`);

bb.ben("fix39a-pp-ben-references", "papermill with secrets from the environment and command substitutions",
  `papermill nb.ipynb out.ipynb -p snowflake_password "$SNOWFLAKE_PASSWORD" -p api_key "$(cat ~/.keys/api)" -p db_password "\${DB_PASSWORD}"\n`);
bb.ben("fix39a-pp-ben-hyperparams", "papermill with numeric hyperparameters and a run id",
  `papermill train.ipynb out.ipynb -p epochs 10 -p learning_rate 0.001 -p run_id ${r.hex(12)} -p max_tokens 4096\n`);
bb.ben("fix39a-pp-ben-placeholders", "docs: papermill and dotnet commands with placeholders",
  `papermill nb.ipynb out.ipynb -p db_password '<password>'\ndotnet user-secrets set "Db:Password" "<your-password>"\ndotnet user-secrets set "Stripe:SecretKey" "YOUR_SECRET_KEY"\n`);
bb.ben("fix39a-pp-ben-non-secret-names", "papermill with hash and token-count parameters holding hex and numbers",
  `papermill eval.ipynb out.ipynb -p commit_sha ${r.hex(40)} -p token_limit 8192 -p dataset_hash ${r.hex(32)}\n`);
bb.ben("fix39a-pp-ben-mysql-p", "mysql and ssh with -p followed by a database name or a port",
  `mysql -u app -p appdb -e "select count(*) from users"\nssh -p 2222 deploy@bastion.internal\nmkdir -p secret_store/tmp\n`);
bb.ben("fix39a-pp-ben-dotnet-ref", "dotnet user-secrets set from a variable and from a file",
  `dotnet user-secrets set "Db:Password" "$DB_PASSWORD"\ncat ./secrets.json | dotnet user-secrets set\ndotnet user-secrets set "Api:Token" "$(op read op://dev/api/token)"\n`);
bb.ben("fix39a-pp-ben-weak", "papermill with a password parameter set to a word",
  `papermill demo.ipynb out.ipynb -p db_password changeme -p admin_password password\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
