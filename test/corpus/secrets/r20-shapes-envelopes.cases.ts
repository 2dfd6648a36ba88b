// Round twenty: credential shapes the detector did not take and look-alikes it took. Positives: a
// dotted properties name (`app.x.access.token=…`) holding a random draw of lower case and digits, a
// client constructor given only its key (Rust's `Client::new("…")`), Laravel's `base64:` + 32 random
// bytes wherever it stands, a near-valid Trello token. Benign: an at-rest envelope (SOPS ENC[…],
// jasypt ENC(…)) in any password slot, a go.sum `h1:` hash and npm integrity digests in a secret's
// column, a Cloudflare ray id under a ray/request name, base64 of readable text, settings about a
// token (its lifetime, its endpoint). Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, B64, DIGITS, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x20517a9e);
const b = builder({ category: "r20-shapes-envelopes", expect: "secrets" });
const bb = builder({ category: "r20-shapes-envelopes-benign" });

const lowerDigits = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || /^[0-9a-f]+$/.test(v)) v = r.str(n, LOWER + DIGITS);
  return v;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const appKey = (bytes = 32) => `base64:${r.b64bytes(bytes)}`;
const sops = () => `ENC[AES256_GCM,data:${r.str(32, B64)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`;
const goSum = () => `h1:${r.b64bytes(32)}`;
const ray = () => `${hex(16)}-${r.pick(["FRA", "AMS", "LHR", "SJC", "NRT", "IAD"])}`;
const readable = (s: string) => `base64:${Buffer.from(s).toString("base64")}`;

// ---- Dotted properties names
b.pos("r20-se-props-access-token", "Java .properties: dotted access.token with lower case and digits", `spring.application.name=orders\nshop.shopify.access.token=${lowerDigits(31)}\nlogging.level.root=WARN\n`);
b.pos("r20-se-props-auth-token", "Java .properties: dotted auth.token", `app.ci.auth.token=${lowerDigits(34)}\napp.ci.url=https://ci.internal\n`);
b.pos("r20-se-hocon-api-token", "HOCON: dotted api.token quoted", `payments {\n  provider.api.token = "${lowerDigits(30)}"\n}\n`);
b.pos("r20-se-props-access-key", "Java .properties: aws.access.key", `cloud.aws.access.key=${mixed(20)}\ncloud.aws.region.static=eu-central-1\n`);
bb.ben("r20-se-props-token-validity", "properties: the token's lifetime, not the token", `app.oauth.access.token.validity=3600\napp.oauth.refresh.token.validity=86400\n`);
bb.ben("r20-se-props-token-uri", "properties: the token endpoint", `spring.security.oauth2.client.provider.acme.access.token.uri=https://auth.acme.io/oauth/token\n`);
bb.ben("r20-se-props-token-env", "properties: the token read from the environment", `app.shop.access.token=\${SHOP_ACCESS_TOKEN}\napp.shop.auth.token=\${SHOP_AUTH_TOKEN:}\n`);

// ---- A client constructed with its key alone
b.pos("r20-se-rust-ctor-lower", "Rust Client::new with a lower-case random key", `let client = Client::new("${lowerDigits(31)}");\nlet orders = client.orders().await?;`);
b.pos("r20-se-ruby-ctor-lower", "Ruby Foo::Client.new with a lower-case random key", `client = Storefront::Client.new("${lowerDigits(30)}")\nclient.products.list`);
b.pos("r20-se-py-client-lower", "Python ApiClient with a lower-case random key", `from shopsdk import ApiClient\napi = ApiClient("${lowerDigits(29)}")\n`);
bb.ben("r20-se-rust-ctor-words", "Rust Client::new with words and a date", `let c = Client::new("stagingrelease20250117build");\n`);
bb.ben("r20-se-rust-ctor-objectid", "Rust Client::new with a 24-hex object id", `let c = Client::new("${hex(24)}");\n`);
bb.ben("r20-se-rust-ctor-url", "Rust Client::new with a base URL", `let c = Client::new("https://api.shop.io/v3");\n`);

// ---- Laravel APP_KEY shape: base64: + 32 random bytes, anywhere
b.pos("r20-se-laravel-rust-ctor", "Rust constructor given a base64: key", `let enc = Encrypter::new("${appKey()}");\nassert!(enc.is_ok());`);
b.pos("r20-se-laravel-php-config", "PHP config array with a base64: key literal", `<?php\nreturn [\n    'cipher' => 'AES-256-CBC',\n    'key' => '${appKey()}',\n];`);
b.pos("r20-se-laravel-js-const", "JS constant holding a base64: key", `const encryptionKey = "${appKey()}";\nmodule.exports = { encryptionKey };`);
b.pos("r20-se-laravel-128", "Go string holding a 16-byte base64: key", `cfg := Config{Cipher: "AES-128-CBC", Key: "${appKey(16)}"}`);
bb.ben("r20-se-laravel-readable", "base64: tag on an encoded sentence", `let greeting = decode("${readable("hello from the fixtures, 2024!!")}");`);
bb.ben("r20-se-laravel-data-uri", "a data URI", `<img src="data:image/png;base64,${Buffer.from("\x89PNG\r\n\x1a\n fixture pixel").toString("base64")}">`);

// ---- Trello tokens, exact and near-valid
b.pos("r20-se-trello-json", "Trello token with a lower-case check in a JSON body", `{"board": "ops", "trelloToken": "ATTA${hex(64)}${hex(8)}"}`);
b.pos("r20-se-trello-array", "near-valid Trello token in an array literal", `const creds = ["ATTA${hex(64)}${hex(8)}", fallback];`);
b.pos("r20-se-trello-lower-check", "Trello token whose check is lower-case", `TRELLO_TOKEN=ATTA${hex(64)}${hex(8)}\n`);
b.pos("r20-se-trello-short-check", "Trello token with a 6-digit check in a log line", `[sync] board=ops using ATTA${hex(64)}${hex(6).toUpperCase()} for export`);
bb.ben("r20-se-trello-attach", "ATTA as the start of a word", `ATTACHMENT_DIR=/var/lib/app/attachments\nATTACHED_FILES_MAX=20\n`);

// ---- At-rest envelopes in any password slot
bb.ben("r20-se-sops-ini", "SOPS value in an INI password", `[db]\nhost = db.internal\nadmin_password = ${sops()}\n`);
bb.ben("r20-se-sops-env", "SOPS value in a dotenv password", `DB_PASSWORD=${sops()}\nDB_USER=app\n`);
bb.ben("r20-se-sops-toml", "SOPS value in a TOML password", `[smtp]\npassword = "${sops()}"\n`);
bb.ben("r20-se-jasypt-props", "jasypt ENC() in a properties password", `spring.datasource.password=ENC(${r.b64bytes(48)})\n`);
b.pos("r20-se-ini-password-plain", "INI password in the clear beside a SOPS one", `[db]\nreplica_password = ${mixed(18)}\nadmin_password = ${sops()}\n`);

// ---- Digests in a secret's column
bb.ben("r20-se-gosum-sql", "go.sum hash in a SQL seed", `INSERT INTO app_settings (id, key_name, secret_value) VALUES (7, 'MODULE_SUM', '${goSum()}');`);
bb.ben("r20-se-gosum-env", "go.sum hash in a dotenv", `GO_MODULE_HASH=${goSum()}\n`);
bb.ben("r20-se-npm-integrity-sql", "npm integrity in a SQL seed", `INSERT INTO app_settings (id, key_name, secret_value) VALUES (8, 'LOCK_INTEGRITY', 'sha512-${r.b64bytes(64)}');`);
b.pos("r20-se-sql-secret-beside", "SQL seed with a real secret beside a digest", `INSERT INTO app_settings (id, key_name, secret_value) VALUES (9, 'STRIPE_SECRET', '${mixed(32)}'), (10, 'MODULE_SUM', '${goSum()}');`);

// ---- Cloudflare ray ids
bb.ben("r20-se-ray-secret", "ray id in a Kubernetes Secret's stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: edge-debug\nstringData:\n  LAST_CF_RAY: "${ray()}"\n`);
bb.ben("r20-se-ray-camel", "ray id under a camelCase name in stringData", `kind: Secret\nstringData:\n  cfRay: ${ray()}\n  region: eu\n`);
bb.ben("r20-se-ray-env", "ray id in a dotenv", `CF_RAY=${ray()}\n`);
b.pos("r20-se-ray-beside-token", "stringData with a ray id and an API token", `kind: Secret\nstringData:\n  CF_RAY: "${ray()}"\n  CF_API_TOKEN: "${mixed(40)}"\n`);

export const cases = [...b.cases, ...bb.cases];
