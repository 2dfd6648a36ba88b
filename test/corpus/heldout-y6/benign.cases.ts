// Benign: hard look-alikes from the same families, in the same outbound contexts.
import { createHash } from "node:crypto";
import type { CorpusCase } from "../types.ts";
import { AL, Gen } from "./_gen.ts";

const g = new Gen(0xbe9199);
const P = (a: string, b: string) => a + b;
const J = JSON.stringify;
const out: CorpusCase[] = [];
const add = (text: string, note: string) => out.push({ id: `y6-b${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty6-benign", label: "benign", text, note });
const chat = (s: string) => J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: s }] });
const sha = (a: string, s: string) => createHash(a).update(s).digest("hex");

// placeholders in the provider prefix families
const ph: [string, string][] = [
  ["OPENAI_API_KEY", P("sk-", "proj-") + "x".repeat(48)],
  ["ANTHROPIC_API_KEY", P("sk-ant-", "api03-") + "<your-key-here>"],
  ["STRIPE_SECRET_KEY", P("sk", "_live_") + "XXXXXXXXXXXXXXXXXXXXXXXX"],
  ["GITHUB_TOKEN", P("gh", "p_") + "<YOUR_TOKEN>"],
  ["AWS_ACCESS_KEY_ID", "<YOUR_ACCESS_KEY_ID>"],
  ["AWS_SECRET_ACCESS_KEY", "<YOUR_SECRET_ACCESS_KEY>"],
  ["SLACK_BOT_TOKEN", P("xo", "xb-") + "your-bot-token"],
  ["HF_TOKEN", P("h", "f_") + "********************************"],
  ["NPM_TOKEN", "${NPM_TOKEN}"],
  ["DATABASE_URL", "postgres://user:password@localhost:5432/mydb"],
  ["MONGODB_URI", "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"],
  ["SENDGRID_API_KEY", P("S", "G.") + "YOUR_SENDGRID_API_KEY"],
  ["TELEGRAM_BOT_TOKEN", "123456789:YOUR_BOT_TOKEN_HERE"],
  ["GROQ_API_KEY", P("gs", "k_") + "..."],
  ["DD_API_KEY", "changeme"],
  ["JWT_SECRET", "replace-me-in-production"],
  ["REDIS_URL", "redis://localhost:6379/0"],
  ["VAULT_TOKEN", "$(vault print token)"],
];
ph.forEach(([k, v], i) => {
  const ctx = i % 6;
  if (ctx === 0) add(chat(`here's my .env.example, can you add the missing keys?\n\n${k}=${v}\nPORT=3000`), `placeholder ${k}`);
  else if (ctx === 1) add(`# .env.example - copy to .env and fill in\n${k}=${v}\nLOG_LEVEL=info\n`, `placeholder ${k} in .env.example`);
  else if (ctx === 2) add(J({ name: "write_file", input: { path: "README.md", content: `## Setup\n\n\`\`\`bash\nexport ${k}="${v}"\nnpm start\n\`\`\`\n` } }), `placeholder ${k} in README tool call`);
  else if (ctx === 3) add(`docker run -e ${k}="${v}" acme/app:latest`, `placeholder ${k} in docker run`);
  else if (ctx === 4) add(`services:\n  app:\n    environment:\n      ${k}: "${v}"\n`, `placeholder ${k} in compose`);
  else add(`config = {\n    "${k.toLowerCase()}": "${v}",  # TODO: load from env\n}\n`, `placeholder ${k} in python`);
});

// references to secret stores / env, not values
const refs = [
  `env:\n  OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`,
  `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });`,
  `api_key = os.environ["ANTHROPIC_API_KEY"]\nclient = anthropic.Anthropic(api_key=api_key)`,
  `DATABASE_PASSWORD=op://Production/postgres-main/password\nSTRIPE_KEY=op://Production/stripe/credential`,
  `aws ssm get-parameter --name /prod/api/stripe_secret_key --with-decryption --query Parameter.Value --output text`,
  `token = vault.read("secret/data/ci/github")["data"]["data"]["token"]`,
  `valueFrom:\n  secretKeyRef:\n    name: openai-credentials\n    key: OPENAI_API_KEY`,
  `password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/db:password') }}"`,
  `GITHUB_TOKEN=$(gh auth token) ./scripts/release.sh`,
  `resource "aws_secretsmanager_secret_version" "api" {\n  secret_id     = aws_secretsmanager_secret.api.id\n  secret_string = var.api_key\n}`,
  `SENTRY_AUTH_TOKEN=\${SENTRY_AUTH_TOKEN:?must be set}`,
  `builder.Configuration.AddAzureKeyVault(new Uri("https://acme-kv.vault.azure.net/"), new DefaultAzureCredential());`,
];
refs.forEach((r, i) => add(i % 2 ? r : chat(`is this the right way to load the secret?\n\n${r}`), `secret reference ${i + 1}`));

// masked values
const masks = [
  `OPENAI_API_KEY=${P("sk-", "proj-")}...${g.an(4)}`,
  `Using key ${P("sk", "_live_")}••••••••••••${g.an(4)}`,
  `GITHUB_TOKEN=***`,
  `2025-03-02T11:40:01Z   AWS_SECRET_ACCESS_KEY: ***`,
  `Authorization: Bearer [REDACTED]`,
  `{"api_key":"${P("sk-ant-", "")}…${g.an(4)}","model":"claude-3-5-haiku"}`,
  `Key ID: AKIA************${g.s(4, AL.upalnum)} (last used 3 days ago)`,
  `password=********`,
];
masks.forEach((m, i) => add(i % 2 ? chat(`my logs show this:\n${m}\nis it leaking?`) : m, `masked ${i + 1}`));

// digests, hashes, ids
add(`commit ${g.hex(40)}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Tue Mar 4 10:12:09 2025 +0100\n\n    fix: retry on 429`, "git commit sha");
add(chat(`can you cherry-pick ${g.hex(40)} and ${g.hex(7)} onto release/2.3?`), "git shas in chat");
add(`sha256:${sha("sha256", "layer-a")}`, "docker layer digest");
add(`FROM node:20-alpine@sha256:${sha("sha256", "node20")}`, "pinned image digest");
add(`<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${createHash("sha384").update("lib").digest("base64")}" crossorigin="anonymous"></script>`, "SRI hash");
add(J({ name: "left-pad", version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: "sha512-" + createHash("sha512").update("lp").digest("base64") }), "lockfile integrity");
add(`${sha("sha256", "release.tar.gz")}  acme-cli_2.4.1_linux_amd64.tar.gz\n${sha("sha256", "release.zip")}  acme-cli_2.4.1_darwin_arm64.zip`, "checksums.txt");
add(`md5sum: ${sha("md5", "backup")}  backup-2025-03-01.sql.gz`, "md5sum");
add(`"etag": "W/\\"${sha("sha1", "etag")}\\""`, "etag");
add(J({ id: P("cus", "_") + g.an(14), object: "customer", email: "jane@example.com", default_source: P("ca", "rd_") + g.an(24) }), "stripe customer object");
add(chat(`refund failed for ${P("p", "i_")}${"3" + g.an(23)} and charge ${P("c", "h_")}${"3" + g.an(23)}, webhook ${P("ev", "t_")}${"1" + g.an(23)}`), "stripe object ids");
add(J({ id: P("ms", "g_01") + g.an(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "Done." }], usage: { input_tokens: 812, output_tokens: 4 } }), "anthropic message id");
add(J({ id: P("chatcmpl", "-") + g.an(29), object: "chat.completion", created: 1741000000, model: "gpt-4o-2024-08-06" }), "openai completion id");
add(`request-id: ${P("re", "q_")}${g.an(24)}\nx-request-id: ${g.uuid()}\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01`, "request / trace ids");
add(`2025-02-01T12:00:03Z ERROR upstream timeout trace_id=${g.hex(32)} span_id=${g.hex(16)} request_id=${g.uuid()}`, "trace ids in log");
add(`INSERT INTO orders (id, customer_id, idempotency_key) VALUES ('${g.uuid()}', '${g.uuid()}', '${g.uuid()}');`, "uuids in SQL");
add(J({ tool: "github_api", arguments: { repo: "acme/web", run_id: +g.dig(10), head_sha: g.hex(40), node_id: "WFR_kwLO" + g.b64u(12) } }), "github run ids");
add(`ObjectId("${g.hex(24)}")`, "mongo object id");
add(`arn:aws:iam::${g.dig(12)}:role/github-actions-deploy`, "AWS ARN");
add(`aws_access_key_id is the ${P("AK", "IA")}… value from IAM; see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html`, "docs prose about key prefix");
add(`ami-0${g.hex(16)} subnet-0${g.hex(16)} sg-0${g.hex(16)} vpc-0${g.hex(16)}`, "AWS resource ids");
add(`gcloud projects describe acme-prod-${g.dig(6)} --format="value(projectNumber)"\n${g.dig(12)}`, "GCP project number");
add(`STRIPE_PUBLISHABLE_KEY=${P("pk", "_live_")}${"51" + g.an(97)}`, "stripe publishable key");
add(`NEXT_PUBLIC_SUPABASE_URL=https://${g.s(20, AL.low)}.supabase.co\nNEXT_PUBLIC_POSTHOG_KEY=${P("ph", "c_")}${g.an(43)}`, "public client keys");
add(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dana@laptop`, "ssh public key");
add(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(540)} deploy@ci`, "ssh rsa public key");
add(g.pem("CERTIFICATE", 900), "PEM certificate");
add(g.pem("PUBLIC KEY", 294), "PEM public key");
add(chat(`here is our JWKS, why does verification fail?\n${J({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(342), e: "AQAB" }] })}`), "public JWKS");
add(`age1${g.s(58, AL.bech.toLowerCase())}`, "age public recipient");
add(`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${g.b64(180)}==" alt="logo">`, "base64 image");
add(`!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})};var _0x${g.hex(4)}=["${g.an(24)}","${g.an(24)}"]}`, "minified JS");
add(`<div class="css-${g.la(6)} e1${g.la(6)}0 jsx-${g.dig(10)} sc-${g.an(6)} ${g.an(8)}__${g.an(6)}">`, "CSS-in-JS class names");
add(`.tw-${g.la(10)} { color: #${g.hex(6)}; } ._${g.an(22)} { display: grid }`, "hashed CSS classes");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("new-checkout,dark-mode").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`, "k8s secret with non-secret config");
add(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: ${Buffer.from("worker_processes 2;\nevents { worker_connections 1024; }").toString("base64")}\n`, "configmap base64 nginx.conf");
add(J({ cells: [{ cell_type: "code", source: ["df = pd.read_csv('sales.csv')\n", "df.head()"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgo" + g.b64(400) } }] }], nbformat: 4, nbformat_minor: 5 }), "notebook image output");
add(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha("sha256", "serde")}"`, "Cargo.lock checksum");
add(`github.com/stretchr/testify v1.9.0 h1:${createHash("sha256").update("t").digest("base64")}`, "go.sum");
add(`Successfully built ${g.hex(12)}\nSuccessfully tagged acme/api:${g.hex(7)}`, "docker build output");
add(`-----BEGIN PGP SIGNATURE-----\n\niQIzBAABCAAdFiEE${g.b64(60)}\n=${g.b64(4)}\n-----END PGP SIGNATURE-----`, "PGP signature");
add(`openssl rand -hex 32  # run this to generate your own JWT_SECRET, don't reuse the example`, "instructions to generate a secret");
add(`Webhook signature header: Stripe-Signature: t=1741000000,v1=${sha("sha256", "sig")}`, "webhook signature (not the secret)");
add(`X-Hub-Signature-256: sha256=${sha("sha256", "gh")}`, "GitHub webhook signature header");
add(chat(`the nonce is ${g.hex(32)} and the csrf token in the form is ${g.b64u(43)}, why does the POST 403?`), "nonce / csrf in chat (session-scoped)");
add(`{"kid":"${g.hex(40)}","x5t":"${g.b64u(27)}","use":"sig"}`, "key id / thumbprint");
add(`https://cdn.example.com/assets/app.${g.hex(20)}.js`, "content-hashed asset URL");
add(`https://storage.googleapis.com/acme-public/reports/${g.uuid()}.pdf`, "public object URL with uuid");
add(`curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/acme/web/pulls`, "curl with env var");
add(`curl -u "$JENKINS_USER:$JENKINS_TOKEN" https://ci.acme.io/job/build/api/json`, "curl -u env vars");
add(J({ name: "run_shell", arguments: J({ command: "aws sts get-caller-identity --profile prod" }) }), "aws cli profile");
add(`Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    client = OpenAI()\nopenai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable`, "missing key traceback");
add(`diff --git a/.env.example b/.env.example\n+STRIPE_SECRET_KEY=\n+STRIPE_WEBHOOK_SECRET=\n+OPENAI_API_KEY=`, "diff with empty values");
add(`model_id = "meta-llama/Llama-3.1-8B-Instruct"\nrevision = "${g.hex(40)}"`, "HF model revision sha");
add(`Order ${g.ua(3)}-${g.dig(8)} shipped, tracking 1Z${g.ua(16)}`, "order / tracking numbers");
add(`IBAN: DE89 3704 0044 0532 0130 00 (Muster GmbH sample account from bank docs)`, "documented sample IBAN");
add(`wasm hash: 0x${g.hex(64)}\nblock: 0x${g.hex(64)}`, "chain hashes");
add(`const ICONS = { home: "M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z", key: "${g.an(40)}".length };`, "SVG path + computed");
add(`yarn.lock:\n"@babel/core@^7.24.0":\n  version "7.24.4"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#${sha("sha1", "babel")}"\n  integrity sha512-${createHash("sha512").update("b").digest("base64")}`, "yarn.lock entry");
add(`TERRAFORM_STATE_LOCK_ID=${g.uuid()}\nTF_WORKSPACE=prod`, "tf lock id");
add(`sentry-trace: ${g.hex(32)}-${g.hex(16)}-1\nbaggage: sentry-environment=production,sentry-public_key=${g.hex(32)},sentry-trace_id=${g.hex(32)}`, "sentry trace headers (public DSN key)");
add(`export GOOGLE_APPLICATION_CREDENTIALS="$HOME/.config/gcloud/application_default_credentials.json"`, "path to credentials file");
add(`kubectl create secret generic api-keys --from-env-file=.env.prod --dry-run=client -o yaml | kubeseal > sealed.yaml`, "kubeseal command");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.b64(380)}==\n`, "sealed secret ciphertext");
add(`sops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}\n  mac: ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`, "sops metadata");
add(`Your verification code is ${g.dig(6)}. It expires in 10 minutes.`, "OTP code text");
add(chat(`what's the difference between ${P("pk", "_live_")} and ${P("sk", "_live_")} keys in Stripe? I only want to put the publishable one in the frontend.`), "prefix discussion");
add(`| Provider | Key format |\n|---|---|\n| GitHub | \`${P("gh", "p_")}\` + 36 chars |\n| Slack | \`${P("xo", "xb-")}…\` |\n| OpenAI | \`${P("sk-", "proj-")}…\` |`, "docs table of prefixes");
add(`const re = /${P("gh", "p_")}[A-Za-z0-9]{36}/g; // redact GitHub tokens before logging`, "redaction regex");
add(`ETag: "${g.hex(32)}"\nLast-Modified: Tue, 04 Mar 2025 10:12:09 GMT\nX-Cache: Hit from cloudfront\nX-Amz-Cf-Id: ${g.b64u(54)}==`, "CDN response headers");
add(`session.id=${g.uuid()}; Path=/; HttpOnly; ... (expired test cookie from localhost:3000)`, "expired local session id");
add(`GOOGLE_CLIENT_ID=${g.dig(12)}-${g.la(32)}.apps.googleusercontent.com`, "google oauth client id alone (public)");
add(`"firebaseConfig": {"apiKey": "see console", "authDomain": "acme-app.firebaseapp.com", "projectId": "acme-app", "appId": "1:${g.dig(12)}:web:${g.hex(22)}"}`, "firebase web app id");
add(`Created PR #4821: https://github.com/acme/web/pull/4821 (head ${g.hex(7)})`, "PR link");
add(`docker pull ghcr.io/acme/api@sha256:${sha("sha256", "api")}`, "docker pull by digest");
add(`base64 of the logo: ${Buffer.from("GIF89a" + "\u0001\u0000".repeat(40)).toString("base64")}`, "base64 gif");
add(J({ tool: "search_code", arguments: { query: "OPENAI_API_KEY language:python", per_page: 20 } }), "code search for variable name");

export const cases: CorpusCase[] = out;
