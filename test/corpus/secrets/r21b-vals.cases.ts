// Round twenty-one, second wave (values and shapes). (1) A secret-named slot with a 20-character
// draw: an XML key/value setting named as a passphrase (`<add key="…PASSPHRASE" value="…"/>`), and
// a 20-hex fallback of an env lookup under a *_SECRET name whose entropy falls under 3.0 bits (one
// draw in thirty does). (2) Paddle's `pdl_live_apikey_`/`pdl_sdbx_apikey_` with one random body;
// Segment's Public API token `sgp_` + 64 mixed. (3) A Bearer credential with `(`, `)` or `;` inside
// (Oracle's auth tokens), and a vendor's JWT-form token whose payload opens `eyJ` but is random.
// (4) A secret manager's reference percent-encoded in a URL query (vault:, op://, an AWS ARN,
// projects/…/secrets/…) is a reference, not a secret. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, UPPER, DIGITS, B64URL } from "./_gen.ts";

const r = new Rng(0x21b7a1e5);
const b = builder({ category: "r21b-vals", expect: "secrets" });
const bb = builder({ category: "r21b-vals-benign" });

const entropy = (s: string) => {
  const n = new Map<string, number>();
  for (const c of s) n.set(c, (n.get(c) ?? 0) + 1);
  let h = 0;
  for (const k of n.values()) h -= (k / s.length) * Math.log2(k / s.length);
  return h;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{6}/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const lowerDigits = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < n / 6) v = r.str(n, LOWER + DIGITS);
  return v;
};
/** 20 hex drawn at random whose entropy falls in the low tail (2.82–2.99 bits). */
const lowHex20 = () => {
  let v = r.str(20, HEX);
  while (entropy(v) < 2.82 || entropy(v) >= 2.99 || (v.match(/\d/g) ?? []).length < 3 || (v.match(/[a-f]/g) ?? []).length < 3) v = r.str(20, HEX);
  return v;
};
/** An Oracle-style auth token: mixed case and digits with two or three of `(`, `)`, `;` inside. */
const ociToken = () => {
  const syms = "();";
  let v = "";
  while (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v) || /[a-z]{5}|[A-Z]{6}|\w\(\)|\(\)/.test(v) || entropy(v) < 4.0) {
    v = `${r.str(5, ALNUM)}${syms[r.int(3)]}${r.str(7, ALNUM)}${syms[r.int(3)]}${r.str(6, ALNUM)}`;
  }
  return v;
};
const b64url = (s: string) => Buffer.from(s).toString("base64url");
/** A vendor's JWT-form PAT: a JSON header (`"typ":"PAT"`), a random payload that opens `eyJ`, a signature. */
const patJwt = () => `${b64url(JSON.stringify({ kid: r.str(64, HEX), typ: "PAT", alg: "ES256" }))}.eyJ${r.str(220, B64URL)}.${r.str(86, B64URL)}`;

// (1) XML settings named as a passphrase
b.pos("r21b-xml-passphrase-oci", ".NET appSettings, OCI_CLI_PASSPHRASE", `<configuration>\n  <appSettings>\n    <add key="Region" value="eu-frankfurt-1" />\n    <add key="OCI_CLI_PASSPHRASE" value="${mixed(20)}" />\n  </appSettings>\n</configuration>\n`);
b.pos("r21b-xml-passphrase-camel", "web.config, SigningKeyPassphrase", `<appSettings>\n  <add key="SigningKeyPassphrase" value="${mixed(24)}"/>\n</appSettings>`);
b.pos("r21b-xml-passphrase-setting", "settings file, <setting name=\"GpgPassphrase\" value=…>", `<settings>\n  <setting name="GpgPassphrase" value="${mixed(22)}" />\n</settings>`);
bb.ben("r21b-xml-passphrase-minlength", "appSettings, PassphraseMinLength = 12", `<appSettings>\n  <add key="PassphraseMinLength" value="12" />\n  <add key="RequirePassphrase" value="true" />\n</appSettings>`);
bb.ben("r21b-xml-passphrase-hint", "appSettings, a hint sentence", `<appSettings>\n  <add key="PassphraseHint" value="Your first pet name" />\n</appSettings>`);
bb.ben("r21b-xml-appname-20", "appSettings, a 20-char service name under a plain name", `<appSettings>\n  <add key="ServiceName" value="ContosoOrdersService" />\n  <add key="InstanceId" value="OrdersWorker20260117" />\n</appSettings>`);

// (1) a 20-hex fallback under a *_SECRET name
b.pos("r21b-env-hex20-php", "Laravel config, env('PUSHER_APP_SECRET', <20 hex>)", `<?php\n\nreturn [\n    'app_id' => env('PUSHER_APP_ID', '1840021'),\n    'secret' => env('PUSHER_APP_SECRET', '${lowHex20()}'),\n];\n`);
b.pos("r21b-env-hex20-python", "Python, os.getenv(\"WEBHOOK_SECRET\", <20 hex>)", `import os\n\nWEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET", "${lowHex20()}")\n`);
b.pos("r21b-env-hex20-node", "Node, process.env.SOCKET_SECRET ?? <20 hex>", `const secret = process.env.SOCKET_SECRET ?? "${lowHex20()}";\nmodule.exports = { secret };\n`);
b.pos("r21b-env-hex20-ruby", "Ruby, ENV.fetch('REALTIME_APP_SECRET', <20 hex>)", `config.realtime_secret = ENV.fetch('REALTIME_APP_SECRET', '${lowHex20()}')\n`);
bb.ben("r21b-env-appname", "Laravel, env('APP_NAME', 'laravel')", `<?php\nreturn [\n    'name' => env('APP_NAME', 'laravel'),\n    'env' => env('APP_ENV', 'production'),\n];\n`);
bb.ben("r21b-env-hex20-id", "env('PUSHER_APP_ID'/'CACHE_PREFIX', <20 hex>): not secret names", `<?php\nreturn [\n    'app_id' => env('PUSHER_APP_ID', '${lowHex20()}'),\n    'prefix' => env('CACHE_PREFIX', '${lowHex20()}'),\n];\n`);
bb.ben("r21b-env-hex20-commit", "os.getenv(\"BUILD_SHA\", <20 hex>)", `BUILD = os.getenv("BUILD_SHA", "${lowHex20()}")\n`);

// (2) Paddle with one random body, Segment's sgp_
b.pos("r21b-paddle-go-const", "Go const, pdl_live_apikey_ + lower alnum", `package billing\n\nconst paddleKey = "pdl_live_apikey_${lowerDigits(60)}"\n`);
b.pos("r21b-paddle-sdbx-yaml", "YAML, pdl_sdbx_apikey_ + mixed", `paddle:\n  environment: sandbox\n  api_key: pdl_sdbx_apikey_${mixed(48)}\n`);
b.pos("r21b-paddle-header", "curl Bearer, pdl_live_apikey_", `curl https://api.paddle.com/event-types -H "Authorization: Bearer pdl_live_apikey_${lowerDigits(56)}"`);
b.pos("r21b-segment-toml", "TOML, sgp_ + 64 mixed", `[analytics]\nworkspace = "acme"\npublic_api_token = "sgp_${mixed(64)}"\n`);
b.pos("r21b-segment-env", ".env, SEGMENT_TOKEN=sgp_…", `SEGMENT_WORKSPACE=acme-prod\nSEGMENT_TOKEN=sgp_${mixed(64)}\n`);
b.pos("r21b-segment-prose", "chat, a Segment token pasted in a sentence", `here is the segment papi token for the migration script: sgp_${mixed(64)} (workspace acme)`);
bb.ben("r21b-paddle-prefix-const", "Go, the prefix itself as a constant", `const (\n\tlivePrefix    = "pdl_live_apikey_"\n\tsandboxPrefix = "pdl_sdbx_apikey_"\n)\n`);
bb.ben("r21b-paddle-masked", "docs, an obfuscated key", `The API returns an obfuscated key, like pdl_live_apikey_01jkdpbhaz****, and never the full key.`);
bb.ben("r21b-paddle-placeholder", ".env.example, a placeholder body", `PADDLE_API_KEY=pdl_sdbx_apikey_YOUR_API_KEY_GOES_HERE_XXXXXXXXXXXXXXXXXXXXXXXX\n`);
bb.ben("r21b-pdl-words", "code, pdl_ in identifiers", `def pdl_records(batch):\n    pdl_live_count = sum(1 for x in batch if x.live)\n    return pdl_live_count\n`);
bb.ben("r21b-segment-placeholder", "docs, sgp_ + filler", `export SEGMENT_TOKEN=sgp_${"x".repeat(64)}\n`);

// (3) a Bearer credential with brackets or a semicolon inside; a JWT-form PAT with a random payload
b.pos("r21b-bearer-oci-curl", "curl -H Bearer <oci auth token>", `curl -sS "https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/acme/b" \\\n  -H "Authorization: Bearer ${ociToken()}"`);
b.pos("r21b-bearer-oci-http", "raw HTTP request, Bearer <oci token>", `GET /20160918/instances HTTP/1.1\nHost: iaas.us-ashburn-1.oraclecloud.com\nAuthorization: Bearer ${ociToken()}\nAccept: application/json\n`);
b.pos("r21b-bearer-oci-python", "Python headers dict, Bearer <oci token>", `headers = {"Authorization": "Bearer ${ociToken()}", "Accept": "application/json"}\n`);
b.pos("r21b-patjwt-hcl", "Terraform kubernetes_secret data, CALENDLY_PAT = <jwt-form PAT>", `resource "kubernetes_secret" "app" {\n  data = {\n    CALENDLY_PAT = "${patJwt()}"\n  }\n}\n`);
b.pos("r21b-patjwt-env", ".env, SCHEDULER_TOKEN=<jwt-form PAT>", `SCHEDULER_URL=https://api.calendly.com\nSCHEDULER_TOKEN=${patJwt()}\n`);
b.pos("r21b-patjwt-yaml", "YAML, api_key: <jwt-form PAT>", `calendly:\n  api_key: "${patJwt()}"\n`);
bb.ben("r21b-bearer-sentence", "docs, Bearer with a sentence after it", `Authorization: Bearer tokens(access and refresh);expire after one hour, so refresh them early.`);
bb.ben("r21b-bearer-subshell", "curl, Bearer $(gcloud auth print-access-token)", `curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects/p/locations/l/services`);
bb.ben("r21b-bearer-code-call", "Java, Bearer + a call", `conn.setRequestProperty("Authorization", "Bearer " + tokenProvider.fetch(scope));`);
bb.ben("r21b-bearer-calls-inline", "shell snippet, Bearer and calls", `echo "Authorization: Bearer getToken(scope);refresh(cache)"`);
bb.ben("r21b-patjwt-prose", "docs, a PAT-typed JWT shape in prose with filler payload", `A PAT looks like ${b64url(JSON.stringify({ kid: "1", typ: "PAT", alg: "ES256" }))}.eyJ${"A".repeat(60)}.${"B".repeat(40)} and is sent as a Bearer token.`);

// (4) percent-encoded secret-manager references
bb.ben("r21b-ref-vault-query", "query string, vault: reference encoded", `GET /api/v2/connections?name=orders&dbPassword=vault%3Asecret%2Fdata%2Forders%2Fdb%23password&limit=5 HTTP/1.1`);
bb.ben("r21b-ref-op-query", "query string, op:// reference encoded", `https://deploy.example.net/hooks/run?env=prod&api_secret=op%3A%2F%2FProduction%2FStripe%2Fsecret_key&dry=1`);
bb.ben("r21b-ref-arn-query", "query string, Secrets Manager ARN encoded", `POST /v1/bindings?service=billing&client_secret=arn%3Aaws%3Asecretsmanager%3Aeu-west-1%3A210987654321%3Asecret%3Abilling%2Fstripe-Qx1aB2 HTTP/1.1`);
bb.ben("r21b-ref-gsm-query", "form body, Secret Manager path encoded", `source=gsm&db_password=projects%2Facme-prod%2Fsecrets%2Forders-db%2Fversions%2Flatest&apply=true`);
b.pos("r21b-ref-not-a-ref", "query string, an encoded random secret (no reference)", `GET /oauth/token?client_id=orders&client_secret=${mixed(12)}%2F${mixed(10)}%2B${mixed(8)}%3D&grant_type=client_credentials HTTP/1.1`);
export const cases = [...b.cases, ...bb.cases];
