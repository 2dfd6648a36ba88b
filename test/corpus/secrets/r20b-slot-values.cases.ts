// Round twenty, second wave (blind misses of heldout-y41..y44): secret-named slots whose value or
// form was not read. A symbol-drawn token on a shell trace's `+ NAME=…` line (after a CI log's
// timestamp) or a compose environment list's `- NAME=…` item; a lookup's fallback drawn with one
// symbol (a passphrase, a password), a provider's kind prefix before a UUID (`sk_<uuid>`), a
// fallback returned or assigned after a test of the lookup; an AK/SK pair's SK as the default of a
// Terraform variable named `…_sk`. Benign: traces and list items of other names or of code, format
// strings, words, a commit SHA looked up under a key's field, Terraform variables of other names.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x5ec20b57);
const b = builder({ category: "r20b-slot-values", expect: "secrets" });
const bb = builder({ category: "r20b-slot-values-benign" });

const SYMBOLS = "!#()*+,.:;<>?@^_~";
/** A draw from letters, digits and symbols: all four classes, two symbols or more, no word-like run of lower case. */
const punct = (n: number) => {
  for (;;) {
    const v = r.str(n, ALNUM + SYMBOLS + SYMBOLS);
    if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v) || (v.match(/[^A-Za-z0-9]/g) ?? []).length < 2) continue;
    if (/[a-z]{5}|[A-Z]{6}|\(\)|^[^A-Za-z0-9]|[^A-Za-z0-9]$/.test(v)) continue;
    return v;
  }
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
/** Mixed case and digits with one symbol inside (a generated passphrase's draw). */
const oneSymbol = (n: number) => {
  const v = mixed(n - 1);
  const at = 3 + r.int(n - 7);
  return v.slice(0, at) + "#%@*!^~"[r.int(7)] + v.slice(at);
};
const uuid = () => `${r.str(8, HEX)}-${r.str(4, HEX)}-4${r.str(3, HEX)}-${"89ab"[r.int(4)]}${r.str(3, HEX)}-${r.str(12, HEX)}`;
const ts = (s: number) => `2026-10-14T08:41:${String(s).padStart(2, "0")}.${r.str(7, "0123456789")}Z`;

// ---- A shell trace's or a compose list item's NAME=<symbol-drawn value>
b.pos("r20b-gha-trace-token", "GitHub Actions log with a set -x trace of a registry token with symbols",
  `${ts(10)} ##[group]Run ./ci/publish.sh\n${ts(11)} + REGISTRY_AUTH_TOKEN=${punct(21)}\n${ts(12)} + ./ci/push --all\n${ts(13)} ##[endgroup]`);
b.pos("r20b-sh-trace-password", "bash -x output with a nested trace of a database password with symbols",
  `$ bash -x ./deploy.sh\n+ source .env.prod\n++ DB_PASSWORD=${punct(23)}\n++ DB_HOST=db.internal\n+ ./migrate up`);
b.pos("r20b-compose-list-secret", "docker-compose environment list item holding a broker secret with symbols",
  `services:\n  consumer:\n    image: registry.example.org/consumer:3.2\n    environment:\n      - LOG_LEVEL=info\n      - BROKER_SECRET=${punct(24)}\n    restart: always`);
b.pos("r20b-compose-list-token", "compose list item with an auth token with symbols, last in the list",
  `x-common: &common\n  environment:\n    - TZ=UTC\n    - RELAY_AUTH_TOKEN=${punct(20)}\n`);

// ---- A lookup's fallback with one symbol, a kind prefix before a UUID, a fallback after a test
b.pos("r20b-py-passphrase", "Python getenv fallback holding a key passphrase with one symbol", `KEY_PASSPHRASE = os.getenv("SIGNING_KEY_PASSPHRASE", "${oneSymbol(24)}")`);
b.pos("r20b-rb-password-one-symbol", "Ruby ENV.fetch fallback holding a password with one symbol", `config.password = ENV.fetch("LDAP_BIND_PASSWORD", "${oneSymbol(22)}")`);
b.pos("r20b-php-sk-uuid", "Laravel env() fallback holding sk_test_ and a UUID", `    'secret_key' => env('PAYMENTS_SECRET_KEY', 'sk_test_${uuid()}'),`);
b.pos("r20b-js-sk-uuid", "JS process.env fallback holding sk_ and a UUID", `const secretKey = process.env.GATEWAY_SECRET_KEY ?? "sk_${uuid()}";`);
b.pos("r20b-go-lookup-return", "Go LookupEnv then a returned fallback with one symbol",
  `func dbPassword() string {\n\tif v, ok := os.LookupEnv("WAREHOUSE_PASSWORD"); ok && v != "" {\n\t\treturn v\n\t}\n\treturn "${oneSymbol(24)}"\n}`);
b.pos("r20b-py-if-not-assign", "Python lookup, then the variable assigned a fallback when unset",
  `token = os.environ.get("INGEST_API_TOKEN")\nif not token:\n    token = "${oneSymbol(26)}"\n`);

// ---- An AK/SK pair's SK as a Terraform variable's default
b.pos("r20b-tf-sk-variable", "Terraform variable named ..._sk with a description and a default", `variable "obs_sk" {\n  description = "Object storage secret key"\n  type        = string\n  default     = "${mixed(40)}"\n}`);
b.pos("r20b-tf-sk-variable-upper", "Terraform variable named ..._SK, marked sensitive", `variable "VOLC_SK" {\n  sensitive = true\n  type = string\n  default = "${mixed(40)}"\n}`);

// ---- Benign look-alikes
bb.ben("r20b-b-trace-flags", "set -x trace of build arguments with an alternation", `${ts(20)} + BUILD_ARGS=--flag=(a|b)\n${ts(21)} + TOKEN_SCOPES=(read|write)\n${ts(22)} + make image`);
bb.ben("r20b-b-trace-subst", "trace of a token read by command substitution", `+ AUTH_TOKEN=$(vault kv get -field=token secret/ci)\n+ export AUTH_TOKEN`);
bb.ben("r20b-b-compose-cron-ps1", "compose list items holding a cron line and a prompt", "    environment:\n      - CRON=*/5 * * * *\n      - PS1=\\u@\\h:\\w$ \n      - API_TOKEN=${API_TOKEN:?set it}\n");
bb.ben("r20b-b-compose-placeholder", "compose list item with a placeholder token", `    environment:\n      - AUTH_TOKEN=<paste-your-token>!\n      - DB_PASSWORD=%(password)s:%(port)d`);
bb.ben("r20b-b-log-format", "lookup of a log format with a format string", `LOG_FORMAT = os.environ.get("LOG_FORMAT", "%(asctime)s %(message)s")`);
bb.ben("r20b-b-passphrase-words", "passphrase lookup falling back to words with a symbol", `PASSPHRASE = os.getenv("GPG_PASSPHRASE", "Your#Passphrase1Here")`);
bb.ben("r20b-b-go-unknown", "Go Getenv of a non-secret name, then a returned word", `func region() string {\n\tif v := os.Getenv("DEPLOY_REGION"); v != "" {\n\t\treturn v\n\t}\n\treturn "unknown"\n}`);
bb.ben("r20b-b-tf-region", "Terraform variables of a region and an sk index", `variable "region" {\n  default = "eu-west-1"\n}\n\nvariable "db_sk_index" {\n  type    = number\n  default = 3\n}`);
bb.ben("r20b-b-tf-sk-placeholder", "Terraform ..._sk variable defaulting to a placeholder", `variable "obs_sk" {\n  type    = string\n  default = "REPLACE_WITH_YOUR_SECRET_KEY_VALUE"\n}`);
bb.ben("r20b-b-commit-sha", "a commit SHA looked up under an api_key field", `Upstream.configure do |c|\n  c.api_key = ENV.fetch("GIT_COMMIT_SHA", "${r.str(40, HEX)}")\nend`);
bb.ben("r20b-b-revision-token", "a build revision looked up as a token argument", `client = Client(token=os.getenv("BUILD_REVISION", "${r.str(40, HEX)}"))`);
bb.ben("r20b-b-asset-digest", "an asset digest looked up under a secret field", `config.secret = ENV.fetch("ASSET_DIGEST", "${r.str(64, HEX)}")`);

export const cases = [...b.cases, ...bb.cases];
