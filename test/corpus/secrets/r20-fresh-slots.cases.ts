// Round twenty (the fresh-provider misses of held-out Y3), written for this project corpus in
// other contexts and wordings than Y3's: names the slot rules did not read (Markdown emphasis or
// code around the name, `||=` / `??=`, a name literal beside its value in a SQL row, a tuple or a
// setter), a generated password shown in groups of four, Yandex Cloud API keys ("AQVN" + 35..38)
// and Honeycomb keys in the X-Honeycomb-Team header; with benign look-alikes of each, and chain
// data (transaction and block hashes as quoted JSON values) that is not a private key.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec2001);
const b = builder({ category: "r20-fresh", expect: "secrets" });
const bb = builder({ category: "r20-fresh-benign", expect: "secrets" });

const tok = (n: number) => r.str(n, ALNUM);
const mixedTok = (n: number) => { let s = ""; do s = tok(n); while (!/\d/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s)); return s; };
const grouped = (groups: number) => { let s = ""; do s = Array.from({ length: groups }, () => r.str(4, ALNUM)).join(" "); while (!/\d/.test(s) || !/[A-Za-z]/.test(s)); return s; };
const yandex = () => ["AQ", "VN"].join("") + mixedTok(r.range(35, 38));
const h64 = () => "0x" + r.str(64, HEX);

// Markdown emphasis or code around the name.
b.pos("r20-md-bold-secret", "API secret under a bold name in a Markdown note", `### Staging\n\n- **SMS_API_KEY**: \`${r.str(8, HEX)}\`\n- **SMS_API_SECRET**: \`${mixedTok(16)}\`\n`);
b.pos("r20-md-bold-hexpair", "admin key id:secret under a bold name", `Ghost-style admin access for the blog:\n\n**BLOG_ADMIN_API_KEY**: \`${r.str(24, HEX)}:${r.str(64, HEX)}\``);
b.pos("r20-md-code-name-de", "token under a code-formatted name in a German note", `Zugangsdaten für die Staging-Umgebung:\n\n* \`DEPLOY_TOKEN\`: \`${mixedTok(32)}\`\n* \`REGION\`: eu-central-1`);
b.pos("r20-md-bold-es", "password under a bold name in a Spanish ticket", `Hola, para entrar al panel usa:\n\n**db_password**: ${mixedTok(14)}\n\nSaludos`);
// Default-assignment operators.
b.pos("r20-ruby-or-assign", "access key set with Ruby's ||=", `ENV["SMS_ACCESS_KEY"] ||= "${mixedTok(25)}"\nclient = Sms::Client.new`);
b.pos("r20-js-nullish-assign", "API key set with ??= in JavaScript", `process.env.GEO_API_KEY ??= "${mixedTok(32)}";\nstart();`);
b.pos("r20-php-nullish-assign", "token set with ??= in PHP", `$config['service_token'] ??= '${mixedTok(40)}';`);
// Name literal beside its value.
b.pos("r20-sql-kv-row", "a key-value table's SQL row", `INSERT INTO settings (scope, name, value) VALUES\n  ('billing', 'payments_secret_key', '${mixedTok(36)}');`);
b.pos("r20-py-setdefault", "os.environ.setdefault with the token", `import os\nos.environ.setdefault("CDN_API_TOKEN", "${mixedTok(32)}")`);
b.pos("r20-js-map-pair", "a Map entry of name and key", `const creds = new Map([\n  ["mail_api_key", "${mixedTok(40)}"],\n]);`);
b.pos("r20-go-struct-pair", "a Go slice of name/value pairs", `var defaults = []kv{\n\t{"queue_auth_token", "${mixedTok(28)}"},\n}`);
b.pos("r20-sql-insert-columns", "a secret column of a multi-row SQL insert", `INSERT INTO \`oauth_clients\` (\`id\`, \`name\`, \`client_secret\`) VALUES\n  (1, 'web', '${mixedTok(40)}'),\n  (2, 'cli', '${mixedTok(40)}');`);
b.pos("r20-sql-insert-one-line", "an API token column of a one-line SQL insert", `INSERT INTO integrations (id, vendor, api_token, created_at) VALUES (7, 'cdn', '${mixedTok(32)}', NOW());`);
// Generated passwords shown in groups of four.
b.pos("r20-grouped-app-password-env", "application password in .env, groups of four", `WP_URL=https://blog.internal\nWP_APPLICATION_PASSWORD="${grouped(6)}"`);
b.pos("r20-grouped-app-password-yaml", "application password in YAML, groups of four", `wordpress:\n  user: publisher\n  app_password: "${grouped(6)}"`);
b.pos("r20-grouped-app-password-py", "application password in Python, groups of four", `auth = ("editor", "${grouped(6)}")\napp_password = "${grouped(6)}"`);
// Yandex Cloud API keys.
b.pos("r20-yandex-bare", "Yandex Cloud API key alone on a line", `voici la clé :\n${yandex()}\n`);
b.pos("r20-yandex-header", "Yandex Cloud API key in an Api-Key authorization header", `curl -H "Authorization: Api-Key ${yandex()}" https://llm.api.cloud.yandex.net/foundationModels/v1/completion`);
b.pos("r20-yandex-yaml", "Yandex Cloud API key under a neutral YAML name", `translate:\n  folder: b1g${r.str(17, LOWER + DIGITS)}\n  credential: ${yandex()}`);
// Honeycomb keys in their header.
b.pos("r20-honeycomb-otel-env", "Honeycomb key in OTLP header settings", `OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io\nOTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${mixedTok(22)}"`);
b.pos("r20-honeycomb-py-headers", "Honeycomb classic key in a Python header map", `headers = {"X-Honeycomb-Team": "${r.str(32, HEX)}", "Content-Type": "application/json"}`);
b.pos("r20-honeycomb-go", "Honeycomb key set on a Go request", `req.Header.Set("X-Honeycomb-Team", "${mixedTok(22)}")`);

bb.ben("r20-md-bold-placeholder", "bold names with placeholders in a README", "- **SMS_API_KEY**: `<your-api-key>`\n- **SMS_API_SECRET**: `<your-api-secret>`\n- **DB_PASSWORD**: see the team vault");
bb.ben("r20-md-bold-prose", "bold secret names followed by prose", "**API_SECRET**: required. The secret shown once when you create the app.\n**ACCESS_TOKEN**: optional, defaults to none");
bb.ben("r20-or-assign-env-read", "||= and ??= reading the environment", `ENV["SMS_ACCESS_KEY"] ||= ENV.fetch("SMS_KEY_FALLBACK")\nconfig.apiKey ??= process.env.GEO_API_KEY;\n$config['service_token'] ??= getenv('SERVICE_TOKEN');`);
bb.ben("r20-pair-schema", "name literals beside types, labels and other names", `fields = [("api_key", "string"), ("access_token", "access_token_expires_at")]\nINSERT INTO secret_names (name, label) VALUES ('payments_secret_key', 'Payments secret key');`);
bb.ben("r20-pair-hash", "a stored key's hash beside its name", `INSERT INTO api_keys (name, kind, value) VALUES ('ci', 'api_key_sha256', '${r.str(64, HEX)}');\n("token_hash", "${r.str(64, HEX)}")`);
bb.ben("r20-sql-insert-benign", "SQL inserts with placeholder, NULL and hashed secrets", `INSERT INTO users (id, email, password) VALUES (1, 'a@corp.io', 'changeme'), (2, 'b@corp.io', NULL);\nINSERT INTO api_clients (id, api_token_hash, label) VALUES (3, '${r.str(64, HEX)}', 'ci runner');`);
bb.ben("r20-grouped-words", "passphrases of words and numbers in groups", `passphrase = "blue fish cave moon"\npin_password = "2024 0612 1830 0915"\npassword_hint = "take blue cave door"`);
bb.ben("r20-yandex-lookalikes", "AQVN inside base64 blobs and short or placeholder AQVN values", `data: ${r.str(20, ALNUM)}AQVN${r.str(40, ALNUM)}==\nref: AQVN${r.str(12, ALNUM)}\nYC_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
bb.ben("r20-honeycomb-refs", "Honeycomb header with references and a dataset name", "x-honeycomb-team: ${HONEYCOMB_API_KEY}\nx-honeycomb-dataset: frontend-service-2024\nheaders = {\"x-honeycomb-team\": os.environ[\"HONEYCOMB_API_KEY\"]}\nOTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team=<YOUR_API_KEY>\"");
bb.ben("r20-chain-hashes-json", "transaction and block hashes as quoted JSON values beside a wallet name", `{"wallet":"treasury","tx":"${h64()}","blockHash":"${h64()}","status":1}`);
bb.ben("r20-chain-hashes-yaml", "transaction hash quoted in YAML beside a signer", `signer: treasury-multisig\ntxid: '${h64()}'\nconfirmations: 12`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
