// Round fifteen (key material and wrappings): a PEM private key whose lines are wrapped by the
// file's syntax (a .properties `\n\` continuation, a shell `\` continuation, a doubly escaped
// JSON string); a Nostr secret key (nsec1…); a Bitcoin WIF under a name saying WIF or private key
// even with a broken checksum; a value split over `+`-glued literals that starts on the line after
// its name; a YAML block scalar (`>-`, `|`) holding one opaque line; an Apify API token. Look-alikes:
// public keys and placeholders in the same wrappings, npub and short nsec strings, base58 runs
// under other names, prose and identifiers glued from literals, multi-line block scalars and
// prose under secret names, Apify placeholders, cache keys and digests in timestamped log lines
// (a `?key=` query value and a qualified `api_key=` in a log line still count). Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, pemPrivate, wif, base58 } from "./_gen.ts";

const r = new Rng(0x15ae7a1);
const b = builder({ category: "r15-key-material", expect: "secrets" });
const bb = builder({ category: "r15-key-material-benign", expect: "secrets" });

const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const D5 = "-".repeat(5);
const lines = (pem: string) => pem.split("\n");
/** .properties value: each line ends `\n\`, the next indented. */
const props = (pem: string) => lines(pem).map((l, i) => (i === 0 ? l : `    ${l}`)).join("\\n\\\n");
/** A WIF with its last character changed: the checksum fails, the shape holds. */
const brokenWif = () => {
  const w = wif(r);
  const last = w[w.length - 1] === "z" ? "y" : "z";
  return w.slice(0, -1) + last;
};
const nsec = () => "nsec1" + r.str(58, BECH);

// PEM bodies wrapped by the file's syntax
b.pos("r15-pem-properties-ec", "EC private key in a .properties value with \\n\\ continuations", `# signing\napp.signing.key=${props(pemPrivate(r, "EC"))}\napp.signing.alg=ES256\n`);
b.pos("r15-pem-shell-continuation", "RSA private key in a shell assignment with backslash line continuations", `export DEPLOY_KEY="${lines(pemPrivate(r, "RSA")).join("\\\n")}"\n./deploy.sh`);
b.pos("r15-pem-json-double-escaped", "PKCS#8 private key doubly escaped inside a JSON string in JSON", JSON.stringify({ body: JSON.stringify({ private_key: pemPrivate(r, "PKCS8") }) }));
b.pos("r15-pem-yaml-folded", "private key in a YAML folded scalar", `auth:\n  key: >\n${lines(pemPrivate(r, "PKCS8")).map((l) => `    ${l}`).join("\n")}\n`);
bb.ben("r15-pem-public-properties", "public key in a .properties value with continuations", `jwt.public-key=${props(`${D5}BEGIN PUBLIC KEY${D5}\n${r.b64bytes(294).replace(/(.{64})/g, "$1\n").trim()}\n${D5}END PUBLIC KEY${D5}`)}\n`);
bb.ben("r15-pem-placeholder-properties", "placeholder private key with continuations", `jwt.private-key=${D5}BEGIN PRIVATE KEY${D5}\\n\\\n    <paste your key here>\\n\\\n    ${D5}END PRIVATE KEY${D5}\n`);

// Nostr and WIF keys
b.pos("r15-nsec-json", "Nostr secret key in a JSON bot config", JSON.stringify({ relays: ["wss://relay.acme-corp.test"], nsec: nsec() }, null, 2));
b.pos("r15-nsec-prose-de", "Nostr secret key in German chat prose", `Für den Bot nimm bitte diesen Schlüssel: ${nsec()} – der öffentliche steht im Wiki.`);
b.pos("r15-nsec-env", "Nostr secret key in an env file", `NOSTR_RELAY=wss://relay.acme-corp.test\nBOT_KEY=${nsec()}\n`);
b.pos("r15-wif-go-valid", "checksum-valid WIF in a Go constant under a neutral name", `package wallet\n\nconst sweepKey = "${wif(r)}"\n`);
b.pos("r15-wif-broken-ts", "WIF with a broken checksum under privateKeyWif in TypeScript", `export const cfg = {\n  network: "testnet",\n  privateKeyWif: "${brokenWif()}",\n};`);
b.pos("r15-wif-broken-rust", "WIF with a broken checksum in a Rust let under secret_wif", `let secret_wif = "${brokenWif()}";\nlet key = PrivateKey::from_wif(secret_wif)?;`);
b.pos("r15-wif-broken-call", "WIF with a broken checksum passed to fromWIF", `const kp = ECPair.fromWIF("${brokenWif()}", network);`);
bb.ben("r15-npub-prose", "Nostr public key and a truncated nsec in prose", `follow me: npub1${r.str(58, BECH)}\nnever share your nsec1… key; mine starts nsec1${r.str(10, BECH)}`);
bb.ben("r15-nsec-placeholder", "nsec placeholders in docs", `NOSTR_NSEC=nsec1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSet BOT_KEY to your nsec1... key.`);
bb.ben("r15-base58-other-names", "base58 runs of WIF length under non-key names, checksum invalid", `const snapshotRef = "K${base58(r.bytes(37)).slice(0, 51)}";\nconst batchId = "L${base58(r.bytes(37)).slice(0, 51)}";`);

// A glued value starting on the line after its name
b.pos("r15-concat-java", "API secret split over two literals in Java, value on the next line", `private static final String apiSecret =\n    "${r.alnum(16)}" +\n    "${r.alnum(16)}";`);
b.pos("r15-concat-kotlin", "auth token split over three literals in Kotlin", `val authToken =\n    "${r.alnum(14)}" +\n    "${r.alnum(14)}" +\n    "${r.alnum(12)}"`);
b.pos("r15-concat-csharp-hex", "client secret of hex split over two literals in C#", `var clientSecret =\n    "${r.str(20, HEX)}" +\n    "${r.str(20, HEX)}";`);
bb.ben("r15-concat-prose", "prose and identifiers glued from literals under secret-ish names", `const tokenHelp =\n  "Paste the token " +\n  "from your settings page";\nconst secretKeyPath =\n  "config/secrets/" +\n  "production.yml";\nconst authErrorKey =\n  "auth.errors." +\n  "invalidToken";`);

// YAML block scalars holding one line
b.pos("r15-yaml-literal-token", "API token in a YAML literal block scalar (|-)", `integrations:\n  billing_api_token: |-\n    ${r.alnum(40)}\n  timeout: 30\n`);
b.pos("r15-yaml-folded-secret", "client secret in a YAML folded scalar (>)", `oauth:\n  client_secret: >\n    ${r.alnum(34)}\n  scopes: [read]\n`);
b.pos("r15-yaml-literal-password", "database password in a Helm values literal scalar", `postgresql:\n  auth:\n    password: |\n      ${r.alnum(24)}\n`);
bb.ben("r15-yaml-block-prose", "prose and scripts in block scalars under secret names", `secret_description: >-\n  The signing key rotates every thirty days automatically\ntoken_script: |\n  echo "$TOKEN" > /tmp/token\n  chmod 600 /tmp/token\nkey_usage: >-\n  digitalSignature\n`);

// Apify
const apify = () => "apify_api_" + r.str(36, ALNUM);
b.pos("r15-apify-env", "Apify API token in an env file", `APIFY_TOKEN=${apify()}\nAPIFY_ACTOR=acme~scraper`);
b.pos("r15-apify-curl", "Apify API token in a curl Authorization header", `curl -H "Authorization: Bearer ${apify()}" https://api.apify.com/v2/acts`);
b.pos("r15-apify-python", "Apify API token passed to the Python client", `from apify_client import ApifyClient\nclient = ApifyClient("${apify()}")`);
bb.ben("r15-apify-placeholders", "Apify placeholders and identifiers", `APIFY_TOKEN=apify_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nimport apify_api_client\nexport APIFY_TOKEN=<your apify_api_ token>`);

// Bare cache keys and digests in timestamped log lines
bb.ben("r15-log-cache-key-iso", "cache key and digest in an ISO-timestamped log line", `2026-04-02T08:11:52Z INFO cache hit key=${r.str(32, HEX)} etag=${r.str(40, HEX)} size=1832`);
bb.ben("r15-log-key-syslog", "sha256 key field in a syslog line", `Apr  2 08:11:52 edge-3 varnishd[411]: purge key=${r.str(64, HEX)} status=200`);
b.pos("r15-log-query-key", "API key in a ?key= query parameter inside a timestamped log line", `2026/04/02 08:11:52 [warn] upstream GET https://maps.acme-corp.test/geocode?key=${r.str(32, HEX)}&q=berlin failed`);
b.pos("r15-log-api-key", "qualified api_key= field in a timestamped log line", `2026-04-02 08:11:52 DEBUG sending request api_key=${r.str(32, HEX)} region=eu`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
