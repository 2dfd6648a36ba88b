// Round twenty-two, second wave (held-out Y70/Y71 classes). (1) A credential stated in a sentence
// with words between its noun and the copula ("the Infobip API key for staging is X"), its value a
// shape the prose reader did not take: hex joined by hyphens past a UUID's length (Infobip's
// "<32 hex>-<uuid>"), or a vendor's token scoped to a project, org, user or team
// ("depot_project_<64 hex>"), which is also a token in any slot whose name says token or secret.
// (2) An application password in its six groups of four as an env lookup's default in Rust or Java
// (`.unwrap_or_else(|_| "…")`, `.orElse("…")`) or inside nested quotes. Benign: the same sentences
// stating a URL, a request id, a build; a project id; a cache key; four-letter words; a serial.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x22b0c4a7);
const b = builder({ category: "r22b-stated-scoped-grouped", expect: "secrets" });
const bb = builder({ category: "r22b-stated-scoped-grouped-benign" });

const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const grouped = () => {
  let v = "";
  while (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v)) v = Array.from({ length: 6 }, () => r.str(4, ALNUM)).join(" ");
  return v;
};

b.pos("r22b-infobip-for-env", "the Infobip API key for staging is <32 hex>-<uuid>, in a JSON-escaped chat body",
  `{"messages":[{"role":"user","content":"write a short note to Sam: \\"the Infobip API key for production is ${hex(32)}-${uuid()} — please swap it in tonight\\""}]}`);
b.pos("r22b-hexdash-plain", "plain chat: the SMS gateway key for the EU tenant is <hex-dash>",
  `fyi the Infobip key for the EU tenant is ${hex(32)}-${uuid()}, don't paste it anywhere public`);
b.pos("r22b-scoped-project", "the Depot token for CI is depot_project_<64 hex>",
  `heads up: the Depot token for CI is depot_project_${hex(64)} until Friday`);
b.pos("r22b-scoped-org-de", "German: der Depot-Token für staging ist depot_org_<64 hex>",
  `kurz: der Depot-Token für staging ist depot_org_${hex(64)} — bitte nach der Demo rotieren`);
b.pos("r22b-scoped-user-secret", "the Acme secret for the bot is acme_user_<48 hex>",
  `ok so the Acme secret for the bot is acme_user_${hex(48)}`);
b.pos("r22b-scoped-slot-token", "token = '<vendor>_org_<hex>' in a bare token slot",
  `client = Client(\n    token = 'quill_org_${hex(48)}',\n)`);
b.pos("r22b-scoped-slot-json", "JSON apiKey field holding <vendor>_team_<hex>",
  `{"endpoint": "https://api.example.net", "apiKey": "harbor_team_${hex(40)}"}`);
b.pos("r22b-wp-rust-unwrap-or-else", "Rust env default: WP_APP_PASSWORD .unwrap_or_else(|_| \"groups\")",
  `let pw = std::env::var("WP_APP_PASSWORD").unwrap_or_else(|_| "${grouped()}".to_string());`);
b.pos("r22b-wp-rust-unwrap-or", "Rust env default: WORDPRESS_APPLICATION_PASSWORD .unwrap_or(\"groups\")",
  `let pw: String = env::var("WORDPRESS_APPLICATION_PASSWORD").unwrap_or("${grouped()}".into());`);
b.pos("r22b-wp-java-orelse", "Java Optional.ofNullable(System.getenv(\"WP_APP_PASSWORD\")).orElse(\"groups\")",
  `String pw = Optional.ofNullable(System.getenv("WP_APP_PASSWORD")).orElse("${grouped()}");`);
b.pos("r22b-wp-nested-quotes", "Python locals dump: wp_app_password = '\"groups\"'",
  `Locals:\n  site = 'https://blog.example.org'\n  wp_app_password = '"${grouped()}"'\n  retries = 2`);
b.pos("r22b-wp-json-escaped", "JSON value with an escaped quoted app password",
  `{"wp_application_password": "\\"${grouped()}\\""}`);

bb.ben("r22b-url-for-env", "the staging URL for the demo is https://…",
  `fyi the staging URL for the demo is https://staging.example.com/demo/${hex(12)} — rotate it after`);
bb.ben("r22b-request-id-for-env", "the request id for staging is <uuid>",
  `the request id for staging is ${uuid()}, can you check the logs?`);
bb.ben("r22b-build-for-env", "the build for staging is <short sha>",
  `the build for staging is ${hex(7)} and the key rotation is done`);
bb.ben("r22b-version", "the key format version for staging is 1.2.3",
  `the key format version for staging is 1.2.3`);
bb.ben("r22b-project-id", "depot_project_id = <hex> (an id, not a token)",
  `depot_project_id = "${hex(40)}"\nproject_id = "depot_project_${hex(40)}"`);
bb.ben("r22b-cache-key", "cache key with a user scope and a sha1",
  `cache_key = 'cache_user_${hex(40)}'\nkey = 'session_user_${hex(40)}'`);
bb.ben("r22b-token-hash", "a token's hash under a _hash name",
  `token_hash = 'acme_org_${hex(64)}'`);
bb.ben("r22b-wp-words", "six four-letter words as the env default",
  `let pw = std::env::var("WP_APP_PASSWORD").unwrap_or_else(|_| "this that then what when with".to_string());`);
bb.ben("r22b-wp-filler", "filler groups as the env default",
  `let pw = std::env::var("WP_APP_PASSWORD").unwrap_or_else(|_| "xxxx xxxx xxxx xxxx xxxx xxxx".to_string());`);
bb.ben("r22b-serial", "spaced serial number under a non-secret name",
  `let serial = std::env::var("DEVICE_SERIAL").unwrap_or_else(|_| "AB12 CD34 EF56 GH78 JK90 LM12".to_string());`);
bb.ben("r22b-hexdash-trace", "a trace id of hex and dashes stated in a sentence",
  `the trace for staging is ${hex(32)}-${uuid()} if you want to look`);

export const cases = [...b.cases, ...bb.cases];
