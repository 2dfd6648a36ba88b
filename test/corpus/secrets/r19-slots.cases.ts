// Round nineteen (held-out Y33/Y34 class): named slots in config and requests that the name-then-literal
// walk left: lower-case letters and digits of 28+ (Pushover, BigCommerce, Twitch) as a bare or quoted value,
// a multipart part named for the secret, .NET's `<add key="…_PAT" value="…">`, a lower-case prefixed key
// with a hex body (`atkn_<hex>`), a headers map's hyphenated key header with a long base64 value, and a Go
// MySQL DSN percent-encoded in a query. Benign: the same slots holding placeholders, `${VAR}`, hashes
// under hash names, an object's prefixed hashed name, DSNs without a password. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x19a5107e);
const b = builder({ category: "r19-slots", expect: "secrets" });
const bb = builder({ category: "r19-slots-benign" });

const hex = (n: number) => r.str(n, HEX);
/** A provider's lower-case key: digits all through it. */
const lower = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 6 || (v.match(/[a-z](?=\d)|\d(?=[a-z])/g) ?? []).length < 8 || (v.match(/[aeiou]/g) ?? []).length > 0.25 * n) v = r.str(n, LOWER + DIGITS);
  return v;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const b64 = (n: number) => {
  let v = Buffer.from(r.bytes(n)).toString("base64");
  while (!/[+/]/.test(v)) v = Buffer.from(r.bytes(n)).toString("base64");
  return v;
};
const b64url = (n: number) => Buffer.from(r.bytes(n)).toString("base64url");
const part = (name: string, value: string, nl = "\n") =>
  ["POST /api/import HTTP/1.1", "Content-Type: multipart/form-data; boundary=----b0undary", "", "------b0undary", `Content-Disposition: form-data; name="${name}"`, "", value, "------b0undary--", ""].join(nl);

// ---- Lower-case alnum keys under a secret's name
b.pos("r19-lower-ini-twitch", "INI section, client_secret = 30 lower alnum", `[twitch]\nclient_id = ${lower(30)}x\nclient_secret = ${lower(30)}\n`);
b.pos("r19-lower-env-user-key", ".env PUSHOVER_USER_KEY= 30 lower alnum", `PUSHOVER_USER_KEY=${lower(30)}\nPUSHOVER_SOUND=magic\n`);
b.pos("r19-lower-yaml-bare", "YAML field access_token: 31 lower alnum", `bigcommerce:\n  store_hash: abc123\n  access_token: ${lower(31)}\n`);
b.pos("r19-lower-toml-quoted", "TOML auth_token = \"30 lower alnum\"", `[notify]\nauth_token = "${lower(30)}"\n`);
bb.ben("r19-lower-hash-name", "hex digest under a *_hash name", `file_hash = ${hex(32)}\nchecksum = ${hex(40)}\n`);
bb.ben("r19-lower-env-ref", "INI token from the environment", `[pushover]\npushover_token = \${PUSHOVER_TOKEN}\n`);
bb.ben("r19-lower-short-code-id", "26 lower alnum in code under a token-ish name", `const sessionToken = "${lower(26)}";`);

// ---- A multipart part named for the secret
b.pos("r19-multipart-hex", "part api_token, 30 hex", part("cms_api_token", hex(30)));
b.pos("r19-multipart-mixed-crlf", "part client_secret, CRLF, mixed 40", part("client_secret", mixed(40), "\r\n"));
bb.ben("r19-multipart-env-ref", "part api_token holding ${VAR}", part("api_token", "${CMS_API_TOKEN}"));
bb.ben("r19-multipart-hash", "part checksum holding a digest", part("checksum", hex(64)));
bb.ben("r19-multipart-placeholder", "part api_token holding a placeholder", part("api_token", "your-api-token-goes-here"));

// ---- `<add key="…_PAT" value="…">`
b.pos("r19-pat-jwt-shape", "appSettings NAME_PAT, JWT-shaped value", `<appSettings>\n  <add key="SCHEDULER_PAT" value="${b64url(60)}.${b64url(150)}.${b64url(64)}" />\n</appSettings>`);
b.pos("r19-pat-camel-base32", "appSettings AzureDevOpsPAT, 52 base32 lower", `<add key="AzureDevOpsPAT" value="${r.str(52, "abcdefghijklmnopqrstuvwxyz234567")}" />`);
bb.ben("r19-pat-env-ref", "appSettings NAME_PAT from ${VAR}", `<add key="GITHUB_PAT" value="\${GITHUB_PAT}" />`);
bb.ben("r19-pat-placeholder", "appSettings NAME_PAT placeholder", `<add key="GITHUB_PAT" value="your-personal-access-token-here" />`);
bb.ben("r19-pat-not-suffix", "appSettings key starting with PAT, a URL", `<add key="PAT_HELP_URL" value="https://docs.example.com/pat-${mixed(12)}" />`);

// ---- A lower-case prefixed key with a hex body
b.pos("r19-prefixed-hcl", "HCL kubernetes_secret data, atkn_ + 64 hex", `resource "kubernetes_secret" "cli" {\n  data = {\n    PARTNERS_CLI_TOKEN = "atkn_${hex(64)}"\n  }\n}\n`);
b.pos("r19-prefixed-yaml", "YAML deploy_token: dtk_ + 40 hex", `deploy:\n  deploy_token: "dtk_${hex(40)}"\n`);
bb.ben("r19-prefixed-object-name", "deploy_artifact_key: artifact_<hex> (the name's own word)", `deploy_artifact_key: artifact_${hex(40)}\n`);
bb.ben("r19-prefixed-digest", "api_token_hash: sha256_<hex>", `api_token_hash = "sha256_${hex(64)}"\n`);

// ---- A headers map's hyphenated key header
b.pos("r19-header-map-python", "Python headers dict, x-acme-api-key: long base64", `headers = {'Accept': 'application/json', 'x-acme-api-key': '${b64(150)}'}`);
b.pos("r19-header-map-js", "JS fetch headers, \"partner-auth-token\": long base64", `await fetch(url, { headers: { "partner-auth-token": "${b64(165)}" } });`);
bb.ben("r19-header-map-env", "headers dict from the environment", `headers = {'x-acme-api-key': os.environ['ACME_API_KEY']}`);
bb.ben("r19-header-map-public", "x-public-key: long base64", `headers = {'x-public-key': '${b64(150)}'}`);

// ---- A Go MySQL DSN percent-encoded in a query
b.pos("r19-dsn-query-encoded", "query dsn=user%3Apw%40tcp(…)", `GET https://sync.example.net/v1/run?dsn=svc%3A${mixed(20)}%40tcp(db.internal%3A3306)%2Fapp&dry=1 200`);
b.pos("r19-dsn-query-unix", "query encoded DSN over a unix socket", `POST /admin/migrate?target=migrator%3A${mixed(18)}%40unix(%2Fvar%2Frun%2Fmysqld.sock)%2Fshop HTTP/1.1`);
b.pos("r19-dsn-query-raw-url", "raw DSN inside a full URL's query", `curl 'https://ops.example.org/check?mysql=app:${mixed(22)}@tcp(10.0.0.5:3306)/orders'`);
bb.ben("r19-dsn-no-password", "encoded DSN with no password", `GET https://sync.example.net/v1/run?dsn=svc%40tcp(db.internal%3A3306)%2Fapp`);
bb.ben("r19-dsn-same-pair", "encoded root:root DSN", `GET http://localhost:8080/run?dsn=root%3Aroot%40tcp(localhost%3A3306)%2Ftest`);
bb.ben("r19-dsn-env-ref", "encoded DSN with ${VAR} password", `GET https://sync.example.net/v1/run?dsn=svc%3A%24%7BDB_PASSWORD%7D%40tcp(db%3A3306)%2Fapp`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
