// Round thirty-nine (fix39a): a generated password that begins with `$`. `$NAME`, `${NAME}`, `$(cmd)`, `$1` and what a
// reference goes on with (`$env:X`, `$secrets.X`, `$cfg->pw`, `$_POST['pw']`) are references; a `$` before a drawn run
// of letters and digits, or before a name with a password's symbol after it (`@`, `#`, `%`, `!`), starts a password.
// In INI, .env, YAML, properties, JSON and shell. Benign: references of every kind, PHP and Perl variables, Django hashes.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x39a002);
const b = builder({ category: "r39-fix39a-dollar-password" });
const bb = builder({ category: "r39-fix39a-dollar-password-benign" });
/** `$`, a drawn head, a password's symbol, a drawn tail. */
const symbolic = (sym: string) => "$" + r.str(3, UPPER) + r.str(4, ALNUM) + r.str(2, LOWER) + sym + r.str(3, UPPER) + r.str(6, ALNUM) + r.str(1, DIGITS);
/** `$` and a run whose case and digits flip all through it. */
const flipped = () => "$" + Array.from({ length: 6 }, () => r.str(1, LOWER) + r.str(1, UPPER) + r.str(1, DIGITS)).join("");

b.pos("fix39a-dp-ini", "INI profile: a password starting with `$` and holding `@`",
  `[warehouse]\nhost = wh.internal.example\nwarehouse_password = ${symbolic("@")}\nretries = 3\n`);
b.pos("fix39a-dp-dotenv", ".env: a database password starting with `$` and holding `#`",
  `DB_HOST=db.internal\nDB_PASSWORD=${symbolic("#")}\nDB_PORT=5432\n`);
b.pos("fix39a-dp-yaml-quoted", "YAML (French comment): a quoted password starting with `$` and holding `%`",
  `# identifiants de la base\ndatabase:\n  user: etl\n  password: "${symbolic("%")}"\n`);
b.pos("fix39a-dp-properties", "Spring properties: a datasource password starting with `$` and holding `!`",
  `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=${symbolic("!")}\n`);
b.pos("fix39a-dp-json-flipped", "JSON config: a password that is `$` and a drawn run of letters and digits",
  `{"clickhouse": {"user": "ingest", "password": "${flipped()}"}}\n`);
b.pos("fix39a-dp-shell-single", "shell export of a `$` password in single quotes (literal there)",
  `export REDIS_PASSWORD='${flipped()}'\nredis-cli -h cache.internal ping\n`);
b.pos("fix39a-dp-es-comment", "Spanish-commented .env: a `$` password with `@`",
  `# contraseña del almacén de datos\nSNOWFLAKE_PASSWORD=${symbolic("@")}\n`);

bb.ben("fix39a-dp-ben-env-refs", ".env and shell values that are variable references",
  `DB_PASSWORD=$DB_PASSWORD_PROD\nSNOWFLAKE_PASSWORD=\${SNOWFLAKE_PASSWORD}\nAPI_TOKEN=$(pass show api/token)\nADMIN_PASSWORD=$1\n`);
bb.ben("fix39a-dp-ben-powershell", "PowerShell reading passwords from the environment and a secrets object",
  `$password = $env:DB_PASS\n$apiToken = $secrets.API_TOKEN\n$cred = New-Object PSCredential($user, $securePassword)\n`);
bb.ben("fix39a-dp-ben-php", "PHP variables holding request and config passwords",
  `<?php\n$password = $_POST['password'];\n$db_password = $config->dbPassword;\n$hash = password_hash($password, PASSWORD_BCRYPT);\n`);
bb.ben("fix39a-dp-ben-perl", "Perl reading a password from %ENV and a hash",
  `my $db_password = $ENV{DB_PASSWORD};\nmy $api_secret = $conf{api_secret};\n`);
bb.ben("fix39a-dp-ben-yaml-refs", "YAML with `$` references in several forms",
  `database:\n  password: $DATABASE_PASSWORD\n  replica_password: $ReplicaPassword\n  token: $secrets.DEPLOY_TOKEN\n  admin_password: $HOME/.config/admin.pw\n`);
bb.ben("fix39a-dp-ben-django-hash", "Django fixture with a pbkdf2 password hash",
  `- model: auth.user\n  fields:\n    username: admin\n    password: pbkdf2_sha256$600000$${r.alnum(22)}$${r.b64bytes(32)}\n`);
bb.ben("fix39a-dp-ben-camel-names", "shell assignments from camelCase and numbered variables",
  `password=$dbPasswordV2\nsecret=$clientSecret64\napi_key=$base64ToUtf8Key\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
