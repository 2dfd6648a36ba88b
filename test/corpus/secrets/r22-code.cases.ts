// Round twenty-two (held-out Y67–Y69 classes): a fallback after an environment lookup in Rust
// (`unwrap_or_else(|_| "…".to_string())`, on the next line, after `.ok()`, `dotenv::var`), Go,
// Kotlin and Swift; an AWS STS session token found by its fixed opening wherever it stands; a UUID
// under an api key / token / secret name a provider's name ending in "page" qualifies (Statuspage);
// and a Google Secret Manager resource name under a secret's name, a reference and not the secret.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, B64 } from "./_gen.ts";

const r = new Rng(0x22c0de);
const b = builder({ category: "r22-code-env-sts-uuid", expect: "secrets" });
const bb = builder({ category: "r22-code-env-sts-uuid-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
// STS tokens open with the base64 of a fixed header, then carry a run of `/` (0xFF bytes) early on.
const sts = (n: number) => `IQoJb3JpZ2luX2Vj${r.str(4, ALNUM)}//////////${r.str(n, B64)}`;

// Environment lookups with a literal fallback.
b.pos("r22-rust-unwrap-else-into", "Rust env::var default via unwrap_or_else(|_| ….into())", `fn token() -> String {\n    std::env::var("SHOPIFY_ADMIN_TOKEN").unwrap_or_else(|_| "${mixed(38)}".into())\n}`);
b.pos("r22-rust-next-line", "Rust rustfmt chain: .unwrap_or_else on the next line", `let secret = env::var("PADDLE_WEBHOOK_SECRET")\n        .unwrap_or_else(|_| "${mixed(40)}".to_string());`);
b.pos("r22-rust-ok-closure", "Rust .ok().unwrap_or_else(|| String::from(…))", `let k = env::var("CLOUDINARY_API_SECRET").ok().unwrap_or_else(|| String::from("${mixed(27)}"));`);
b.pos("r22-rust-typed-closure", "Rust closure with a named error and a typed body", `let key = env::var("MAILJET_SECRET_KEY").unwrap_or_else(|_err| -> String { "${hex(32)}".to_string() });`);
b.pos("r22-rust-dotenvy", "Rust dotenvy::var with unwrap_or", `let key = dotenvy::var("RESEND_API_KEY").unwrap_or("${mixed(36)}".into());`);
b.pos("r22-rust-var-os", "Rust env::var_os default", `let pw = env::var_os("SMTP_AUTH_TOKEN").unwrap_or_else(|| "${mixed(32)}".into());`);
b.pos("r22-kotlin-elvis", "Kotlin System.getenv ?: default", `val apiKey = System.getenv("BREVO_API_KEY") ?: "${mixed(40)}"`);
b.pos("r22-swift-nil-coalesce", "Swift ProcessInfo environment ?? default", `let token = ProcessInfo.processInfo.environment["SENTRY_AUTH_TOKEN"] ?? "${hex(64)}"`);
b.pos("r22-go-getenv-if-empty", "Go os.Getenv then if empty assign", `func key() string {\n\tk := os.Getenv("LINEAR_API_KEY")\n\tif k == "" {\n\t\tk = "${mixed(40)}"\n\t}\n\treturn k\n}`);
// STS session tokens by shape.
b.pos("r22-sts-rust-default", "STS token as a Rust env default", `let t = std::env::var("AWS_SESSION_TOKEN")\n    .unwrap_or_else(|_| "${sts(320)}".to_string());`);
b.pos("r22-sts-env-file", "STS token under AWS_SESSION_TOKEN in an env file", `AWS_ACCESS_KEY_ID=ASIA${r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\nAWS_SESSION_TOKEN=${sts(400)}`);
b.pos("r22-sts-bare-json", "STS token in a JSON field with no session name", `{"Credentials": {"Tok": "${sts(360)}", "Expiration": "2026-12-06T07:00:00Z"}}`);
b.pos("r22-sts-python-arg", "STS token passed positionally in Python", `client = boto3.client("s3", "us-east-1", None, None, None, None, "AKID", "SECRET", "${sts(300)}")`);
// UUID credentials under a provider whose name ends in "page".
b.pos("r22-uuid-statuspage-tf", "Statuspage UUID api key in tfvars", `# terraform.tfvars\nregion = "eu-west-1"\nstatuspage_api_key = "${uuid()}"\n`);
b.pos("r22-uuid-statuspage-yaml", "Statuspage UUID token in YAML", `statuspage:\n  statuspage_token: "${uuid()}"\n  page_id: "abc123"`);
b.pos("r22-uuid-statuspage-camel", "camelCase statuspageApiKey UUID in TS", `export const statuspageApiKey = "${uuid()}";`);
b.pos("r22-uuid-heroku-hcl", "Heroku-style UUID api key in HCL", `variable "heroku_api_key" {\n  default = "${uuid()}"\n}`);

// Benign look-alikes.
bb.ben("r22-rust-benign-defaults", "Rust env defaults: region, URL, placeholder, a key's id", `let region = env::var("AWS_REGION").unwrap_or_else(|_| "us-east-1".to_string());\nlet url = env::var("DATABASE_URL")\n    .unwrap_or_else(|_| "postgres://localhost:5432/dev".into());\nlet key = env::var("API_KEY").unwrap_or_else(|_| "your-api-key-here".to_string());\nlet kid = env::var("SIGNING_KEY_ID").unwrap_or_else(|_| "${mixed(20)}".to_string());`);
bb.ben("r22-rust-dotenv-placeholder", "dotenv::var default a placeholder", `let s = dotenv::var("SECRET_KEY").unwrap_or_else(|_| "change-me-in-production".to_string());`);
bb.ben("r22-kotlin-elvis-benign", "Kotlin elvis default a host and a port", `val host = System.getenv("REDIS_HOST") ?: "localhost"\nval tokenUrl = System.getenv("TOKEN_URL") ?: "https://auth.internal/oauth/token"`);
bb.ben("r22-sts-prefix-prose", "STS prefix named in prose, no token", `AWS STS session tokens begin with IQoJb3JpZ2luX2Vj, the base64 of a fixed header; rotate them hourly.`);
bb.ben("r22-uuid-pagination", "page tokens and ids holding UUIDs", `next_page_token = "${uuid()}"\npage_token: "${uuid()}"\nnextPageToken = "${uuid()}"`);
bb.ben("r22-uuid-ids-keyish", "UUIDs under ids and store keys", `project_id = "${uuid()}"\napi_key_id = "${uuid()}"\nidempotency_key = "${uuid()}"\ncache_key = "${uuid()}"\ntenant_id = "${uuid()}"\nclient_id = "${uuid()}"`);
bb.ben("r22-uuid-statuspage-page-id", "Statuspage page and component ids", `statuspage_page_id = "${uuid()}"\nstatuspage_component_id = "${uuid()}"`);
bb.ben("r22-gcp-sm-yaml", "GCP Secret Manager resource name under a secret's name (YAML)", `payments:\n  api_key_secret: projects/${r.str(12, "0123456789")}/secrets/payments-api-key/versions/latest`);
bb.ben("r22-gcp-sm-env", "GCP Secret Manager name under a token in an env file", `SLACK_BOT_TOKEN=projects/acme-prod-${hex(6)}/secrets/slack-bot-token/versions/3`);
bb.ben("r22-gcp-sm-host", "GCP Secret Manager full resource name with its host", `db.password=//secretmanager.googleapis.com/projects/acme-prod/secrets/db-password`);
bb.ben("r22-gcp-sm-tf", "GCP Secret Manager id in tfvars", `stripe_secret_key = "projects/${r.str(12, "0123456789")}/secrets/stripe-secret-key"`);
export const cases = [...b.cases, ...bb.cases];
