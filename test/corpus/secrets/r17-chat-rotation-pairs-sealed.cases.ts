// Round seventeen (held-out Y20/Y21 classes): a value stated as "the new one" in chat with its
// secret-named variable beside it; an env lookup handed to a credential-named argument; a
// punctuated password as a Bearer token; a sensitive Terraform variable's default; an unencoded
// `id:secret` key in a Basic header; Chromatic project tokens; Flagsmith server keys; short hex
// under an explicit secret name in a SQL row; Apple app-specific passwords. Benign: SealedSecret
// ciphertexts, storage object keys, and each class's look-alikes (no value, a non-secret name,
// placeholders). Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x17a20f01);
const b = builder({ category: "r17-chat-rotation-pairs", expect: "secrets" });
const bb = builder({ category: "r17-chat-rotation-pairs-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64").replace(/=+$/, "");
const punct = (n: number) => {
  let v = r.str(n, ALNUM + "#%*^!");
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/[#%*^!]/.test(v)) v = r.str(n, ALNUM + "#%*^!");
  return v;
};
/** Apple's shape: four groups of four random lower-case letters. */
const appPassword = () => {
  let v = "";
  do v = [0, 1, 2, 3].map(() => r.str(4, LOWER)).join("-");
  while ((v.match(/[aeiou]/g) ?? []).length > 3 || !/[^aeiouy-]{4}/.test(v.replace(/-/g, "")));
  return v;
};
const sealed = () => "Ag" + Buffer.from(r.bytes(420)).toString("base64").replace(/=+$/, "");

// ---- Chat: the value stated as the new one, the variable named beside it
b.pos("r17-chat-new-one-same-var", "chat, new one is X, then the variable", `fyi the Sentry creds got rotated, new one is ${mixed(40)} — same SENTRY_AUTH_TOKEN as before`);
b.pos("r17-chat-new-value-for", "chat, new value is `X` for NAME", "heads up: new value is `" + hex(32) + "` for STRIPE_WEBHOOK_SECRET, old one is revoked");
b.pos("r17-chat-is-the-new", "chat, X is the new NAME", `${b64(30)} is the new GITHUB_TOKEN for the runners, please update the org secret`);
b.pos("r17-chat-name-before", "chat, the variable first, then the new one", `OPENAI_API_KEY was leaked so I rolled it; the new one is ${mixed(36)}`);
b.pos("r17-chat-de", "German, der neue ist X (Variable)", `Hab den Circle-Token erneuert, der neue ist ${mixed(32)} (gleiche Variable CIRCLE_TOKEN).`);
b.pos("r17-chat-es", "Spanish, la nueva es X (variable)", `Rotamos la clave de SendGrid: la nueva es ${mixed(34)} (misma variable SENDGRID_API_KEY)`);
b.pos("r17-chat-fr", "French, la nouvelle est X (variable)", `On a changé la clé Mailgun, la nouvelle est ${hex(32)} (même variable MAILGUN_API_KEY).`);
bb.ben("r17-chat-no-value", "chat, new one is ready, no value", `the staging Datadog creds rotated — new one is ready in the vault (same DD_API_KEY var)`);
bb.ben("r17-chat-not-secret-name", "chat, new one is a build id under a non-secret name", `the new one is ${hex(40)} (same COMMIT_SHA var), redeploy when you can`);
bb.ben("r17-chat-is-the-new-region", "chat, X is the new region variable", `eu-central-1-zone-b-frankfurt is the new DEPLOY_REGION for the workers`);
bb.ben("r17-chat-template", "chat, the value is a variable reference", `the value is \${{ secrets.DD_API_KEY }} in the workflow, same DD_API_KEY var`);
bb.ben("r17-chat-placeholder", "chat, the new one is a placeholder", `new one is YOUR_API_KEY_GOES_HERE_1234 (same STRIPE_SECRET_KEY var) — fill it in yourself`);

// ---- An env lookup handed to a credential-named argument
b.pos("r17-env-arg-python", "Python, api_key=os.getenv(<id name>, <hex>)", `client = Client(\n    api_key=os.getenv("SERVICE_ACCOUNT_KEY_ID", "${hex(40)}"),\n)\n`);
b.pos("r17-env-arg-js", "JS, apiKey: process.env.<id> ?? '<value>'", `const client = new Api({\n  apiKey: process.env.ACME_CLIENT_ID ?? "${mixed(32)}",\n});\n`);
bb.ben("r17-env-arg-project-id", "Python, project_id=os.getenv(<id>, <hex>)", `client = Client(\n    project_id=os.getenv("GCP_PROJECT_ID", "${hex(40)}"),\n)\n`);
bb.ben("r17-env-arg-key-id", "Python, key_id=os.getenv(<id>, <hex>)", `signer = Signer(key_id=os.getenv("SIGNING_KEY_ID", "${hex(40)}"))\n`);

// ---- A punctuated password as the Bearer token
b.pos("r17-bearer-punct-http", "raw HTTP request, Bearer with # and %", `GET /api/v2/query HTTP/1.1\nHost: db.acme-cluster.example-vendor.net\nAuthorization: Bearer ${punct(22)}\nAccept: application/json\n`);
b.pos("r17-bearer-punct-python", "Python headers dict, Bearer with symbols", `headers = {"Authorization": "Bearer ${punct(20)}", "Content-Type": "application/json"}\n`);
bb.ben("r17-bearer-email", "Bearer with an email address", `Authorization: Bearer jane.doe.admin@acme-corp.com\n`);
bb.ben("r17-bearer-masked", "Bearer masked with asterisks", `Authorization: Bearer ********************\n`);

// ---- A sensitive Terraform variable's default
b.pos("r17-tf-sensitive-default", "Terraform, sensitive variable with a punctuated default", `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${punct(20)}"\n}\n`);
bb.ben("r17-tf-sensitive-empty", "Terraform, sensitive variable with an empty default", `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = ""\n}\n`);
bb.ben("r17-tf-sensitive-changeme", "Terraform, sensitive variable with a stand-in default", `variable "admin_password" {\n  sensitive = true\n  default   = "ChangeMe-Please!1"\n}\n`);

// ---- An unencoded id:secret key in a Basic header
b.pos("r17-basic-raw-pair-curl", "curl -H Authorization: Basic appId.keyId:secret", `curl -s https://rest.example-realtime.io/channels \\\n  -H "Authorization: Basic ${r.str(6, ALNUM)}.${r.str(6, ALNUM)}:${b64(32)}"\n`);
b.pos("r17-basic-raw-pair-header", "HTTP header, Basic id:secret", `POST /keys/publish HTTP/1.1\nAuthorization: Basic svc-reporter:${mixed(36)}\n`);
bb.ben("r17-basic-raw-pair-weak", "Basic with a word password", `curl -H "Authorization: Basic admin:changeme" http://localhost:8080/\n`);

// ---- Chromatic project tokens
b.pos("r17-chromatic-env", "shell export of a Chromatic project token", `export CHROMATIC_PROJECT_TOKEN=chpt_${hex(14)}\nnpx chromatic --exit-zero-on-changes\n`);
b.pos("r17-chromatic-package-json", "package.json script with the token", JSON.stringify({ scripts: { chromatic: `chromatic --project-token=chpt_${hex(16)}` } }, null, 2));
bb.ben("r17-chromatic-placeholder", "Chromatic token placeholder", `export CHROMATIC_PROJECT_TOKEN=chpt_xxxxxxxxxxxxxx\n`);
bb.ben("r17-chromatic-zeros", "Chromatic token of zeros", `CHROMATIC_PROJECT_TOKEN=chpt_00000000000000\n`);

// ---- Flagsmith server-side keys
b.pos("r17-flagsmith-env", ".env with a Flagsmith server key", `FLAGSMITH_ENVIRONMENT_KEY=ser.${mixed(22)}\nFLAGSMITH_API_URL=https://edge.api.flagsmith.com/api/v1/\n`);
b.pos("r17-flagsmith-js", "JS client init with a server key", `import Flagsmith from "flagsmith-nodejs";\nconst flagsmith = new Flagsmith({\n  environmentKey: "ser.${mixed(22)}",\n});\n`);
bb.ben("r17-flagsmith-user-dot", "Flagsmith code with user./parser. members", `import flagsmith from "flagsmith";\nconst traits = user.serializeTraitsForFlagsmithNow(parser.serializeAllTheThings());\n`);
bb.ben("r17-flagsmith-placeholder", "Flagsmith server key placeholder", `FLAGSMITH_ENVIRONMENT_KEY=ser.xxxxxxxxxxxxxxxxxxxxxx\n`);

// ---- Short hex under an explicit secret name in a row
b.pos("r17-sql-row-hex-secret", "SQL seed row, a signing key's name then 24 hex", `INSERT INTO settings (name, value) VALUES\n  ('mailgun_signing_key', '${hex(24)}'),\n  ('mailgun_domain', 'mg.acme.dev');\n`);
b.pos("r17-tuple-hex-secret", "Python tuple list, a webhook secret then 20 hex", `DEFAULTS = [\n    ("WEBHOOK_SECRET", "${hex(20)}"),\n    ("REGION", "eu-west-1"),\n]\n`);
bb.ben("r17-sql-row-hex-sha", "SQL row, a commit sha", `INSERT INTO builds (name, value) VALUES ('commit_sha', '${hex(40)}');\n`);
bb.ben("r17-sql-row-hex-app-key", "SQL row, a public app key's name then 20 hex", `INSERT INTO integration_settings (name, value) VALUES ('pusher_key', '${hex(20)}');\n`);
bb.ben("r17-sql-row-hex-cache", "SQL row, a cache key", `INSERT INTO kv (k, v) VALUES ('cache_key', '${hex(20)}');\n`);

// ---- Apple app-specific passwords
b.pos("r17-apple-asp-env", ".env, the fastlane variable", `FASTLANE_USER=ci@acme.dev\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${appPassword()}\n`);
b.pos("r17-apple-asp-yaml", "YAML, app_specific_password", `apple:\n  id: ci@acme.dev\n  app_specific_password: "${appPassword()}"\n`);
bb.ben("r17-apple-asp-words", "a password of four-letter words (a slug)", `password = 'main-line-test-case'\n`);
bb.ben("r17-apple-asp-filler", "the app-specific password placeholder", `FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx\n`);
bb.ben("r17-apple-asp-alphabet", "the alphabet in groups", `app_specific_password: "abcd-efgh-ijkl-mnop"\n`);

// ---- Encrypted or stored, not secret
bb.ben("r17-sealed-json", "SealedSecret as JSON", JSON.stringify({ apiVersion: "bitnami.com/v1alpha1", kind: "SealedSecret", metadata: { name: "db" }, spec: { encryptedData: { DB_PASSWORD: sealed(), API_TOKEN: sealed() } } }, null, 2));
bb.ben("r17-sealed-helm-values", "Helm values with sealed secrets", `sealedSecrets:\n  enabled: true\n  encryptedData:\n    webhookSecret: ${sealed()}\n`);
bb.ben("r17-sealed-ts-const", "TS constant named sealed", `export const SEALED_SESSION_SECRET = "${sealed()}";\n`);
bb.ben("r17-object-key-json", "S3 put log with an object key", JSON.stringify({ level: "info", msg: "put", bucket: "media", key: `uploads/2024/${r.uuid()}.jpeg`, versionId: b64(24) }));
bb.ben("r17-object-key-yaml", "YAML, a storage key path", `backup:\n  key: snapshots/${mixed(24)}.tar\n`);
export const cases = [...b.cases, ...bb.cases];
