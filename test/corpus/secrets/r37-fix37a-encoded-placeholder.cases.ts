// Round thirty-seven (fix37a): a credential-named slot whose value is an encoding (base64, base64url, hex, base64 with
// its padding percent-encoded) of a placeholder or a variable reference (`${VAR}`, `$VAR`, `{{ .Values.x }}`, `%VAR%`,
// `<your-key>`, `changeme`, `xxxx…`): a Kubernetes Secret's `data:` templated by CI, a Helm chart's defaults. It is a
// placeholder, as the plain value would be. Positives: the same slots holding the encoding of random bytes, of a drawn
// token or password, or a real token beside placeholder siblings.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x37a001);
const b = builder({ category: "r37-fix37a-encoded-placeholder" });
const bb = builder({ category: "r37-fix37a-encoded-placeholder-benign" });
const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64url = (s: string) => Buffer.from(s).toString("base64url");
const hex = (s: string) => Buffer.from(s).toString("hex");
const drawn = (n = 32) => r.str(n, ALNUM);
const k8s = (name: string, rows: Array<[string, string]>) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: prod\ntype: Opaque\ndata:\n${rows.map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`;

bb.ben("fix37a-encph-k8s-shell-var", "k8s Secret data: base64 of a ${VAR} reference envsubst fills in CI",
  k8s("payments", [["STRIPE_SECRET_KEY", b64("${STRIPE_SECRET_KEY}")], ["STRIPE_WEBHOOK_SECRET", b64("${STRIPE_WEBHOOK_SECRET}")]]));
bb.ben("fix37a-encph-json-helm-ref", "kubectl -o json Secret: base64url (unpadded) of a Helm values reference",
  `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"gh-app"},"data":{"GITHUB_APP_PRIVATE_TOKEN":"${b64url("{{ .Values.github.token }}")}"}}\n`);
bb.ben("fix37a-encph-hex-dollar-var", "env file of hex values: hex of a bare $VAR",
  `# values are hex-encoded by the deploy script\nSLACK_BOT_TOKEN_HEX=${hex("$SLACK_BOT_TOKEN")}\nSLACK_SIGNING_SECRET_HEX=${hex("$SLACK_SIGNING_SECRET")}\n`);
bb.ben("fix37a-encph-k8s-changeme-newline", "k8s Secret data: base64 of changeme with echo's newline, and of <your-api-token>",
  k8s("db", [["DB_PASSWORD", b64("changeme\n")], ["API_TOKEN", b64("<your-api-token>")]]));
bb.ben("fix37a-encph-windows-percent-var", "Helm values (Spanish comment): base64 of a Windows %VAR% reference",
  `# valores en base64; se sustituyen al desplegar\nsecrets:\n  sendgridApiKey: ${b64("%SENDGRID_API_KEY%")}\n  twilioAuthToken: ${b64("%TWILIO_AUTH_TOKEN%")}\n`);
bb.ben("fix37a-encph-query-padding", "a form body with base64 of your-api-key-here, its padding percent-encoded",
  `POST /v1/settings HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\napi_key=${b64("your-api-key-here").replace(/=/g, "%3D")}&region=eu\n`);
bb.ben("fix37a-encph-filler-x", "docker-compose secret file content documented as base64 of filler",
  `# secrets/openai.b64 (base64, replace before deploying)\nOPENAI_API_KEY_B64: ${b64("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}\n`);
bb.ben("fix37a-encph-hex-angle-upper", "Terraform local: upper-case hex of <DATADOG_API_KEY>",
  `locals {\n  datadog_api_key_hex = "${hex("<DATADOG_API_KEY>").toUpperCase()}"\n}\n`);
bb.ben("fix37a-encph-dockerconfig-user-var", "docker config.json template: base64 of user:${REGISTRY_PASSWORD}",
  `{\n  "auths": {\n    "registry.gitlab.example.com": { "auth": "${b64("deploy-bot:${REGISTRY_PASSWORD}")}" }\n  }\n}\n`);

b.pos("fix37a-encph-dockerconfig-user-drawn", "docker config.json: base64 of user:drawn password (the user a word, the password real)",
  `{\n  "auths": {\n    "registry.gitlab.example.com": { "auth": "${b64("deploy-bot:" + drawn(28))}" }\n  }\n}\n`);
b.pos("fix37a-encph-k8s-key-with-suffix", "k8s Secret data: base64 of a UUID-form key and its short suffix (no user:password pair)",
  k8s("translate", [["TRANSLATE_AUTH_KEY", b64(`${r.uuid()}:fx`)]]));
b.pos("fix37a-encph-k8s-drawn-token", "k8s Secret data: base64 of a drawn access token",
  k8s("shop", [["SHOPIFY_ACCESS_TOKEN", b64("shpat_" + r.str(32, HEX))]]));
b.pos("fix37a-encph-k8s-random-bytes", "k8s Secret data: base64 of 32 random bytes",
  k8s("session", [["SESSION_SECRET", r.b64bytes(32)]]));
b.pos("fix37a-encph-k8s-real-beside-placeholder", "k8s Secret: a ${VAR} placeholder beside a real encoded token",
  k8s("payments", [["STRIPE_PUBLISHABLE_KEY", b64("${STRIPE_PUBLISHABLE_KEY}")], ["STRIPE_SECRET_KEY", b64("sk_" + "live_" + drawn(40))]]));
b.pos("fix37a-encph-json-drawn-password", "kubectl -o json Secret: base64 of a drawn password",
  `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"pg"},"data":{"POSTGRES_PASSWORD":"${b64(r.str(22, ALNUM + "!#%"))}"}}\n`);
b.pos("fix37a-encph-hex-token", "env file of hex values: hex of a drawn API token",
  `# values are hex-encoded by the deploy script\nSLACK_BOT_TOKEN_HEX=${hex(drawn(40))}\n`);
b.pos("fix37a-encph-helm-b64url", "Helm values: base64url of 48 random bytes as a signing secret",
  `auth:\n  jwtSigningSecret: ${Buffer.from(r.b64bytes(48), "base64").toString("base64url")}\n`);
b.pos("fix37a-encph-k8s-sendgrid", "k8s Secret data: base64 of a SendGrid key",
  k8s("mail", [["SENDGRID_API_KEY", b64("SG." + drawn(22) + "." + drawn(43))]]));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
