// heldout-y83 common providers: each token rendered twice through rotating contexts, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { build, esc, Gen, type Spec } from "./_gen.ts";

const P = "heldouty83-sec-";
const sb = (ref: string) => (g: Gen) =>
  g.jwt({ iss: "supabase", ref, role: "service_role", iat: 1730000000, exp: 2045576000 });

const specs: Spec[] = [
  // ai
  { provider: "OpenAI", group: "ai", env: "OPENAI_API_KEY", tpl: "sk-" + "proj-{S:58}T3BlbkFJ{S:58}" },
  { provider: "OpenAI", group: "ai", env: "OPENAI_SVC_KEY", tpl: "sk-" + "svcacct-{S:58}T3BlbkFJ{S:58}" },
  { provider: "OpenAI", group: "ai", env: "OPENAI_ADMIN_KEY", tpl: "sk-" + "admin-{S:58}T3BlbkFJ{S:58}" },
  { provider: "Anthropic", group: "ai", env: "ANTHROPIC_API_KEY", tpl: "sk-" + "ant-api03-{S:93}AA", header: "x-api-key" },
  { provider: "Anthropic", group: "ai", env: "ANTHROPIC_ADMIN_KEY", tpl: "sk-" + "ant-admin01-{S:93}AA", header: "x-api-key" },
  { provider: "HuggingFace", group: "ai", env: "HF_TOKEN", tpl: "hf" + "_{A:34}" },
  { provider: "Groq", group: "ai", env: "GROQ_API_KEY", tpl: "gsk" + "_{A:52}" },
  { provider: "Replicate", group: "ai", env: "REPLICATE_API_TOKEN", tpl: "r8" + "_{A:37}" },
  { provider: "Perplexity", group: "ai", env: "PPLX_API_KEY", tpl: "pplx" + "-{A:48}" },
  { provider: "Gemini", group: "ai", env: "GEMINI_API_KEY", tpl: "AI" + "za{S:35}", header: "x-goog-api-key", host: "generativelanguage.googleapis.com" },
  { provider: "xAI", group: "ai", env: "XAI_API_KEY", tpl: "xai" + "-{A:80}" },
  { provider: "OpenRouter", group: "ai", env: "OPENROUTER_API_KEY", tpl: "sk-" + "or-v1-{H:64}" },
  { provider: "Cohere", group: "ai", env: "CO_API_KEY", tpl: "{A:40}" },
  { provider: "Mistral", group: "ai", env: "MISTRAL_API_KEY", tpl: "{A:32}" },
  { provider: "DeepSeek", group: "ai", env: "DEEPSEEK_API_KEY", tpl: "sk-" + "{H:32}" },
  { provider: "LangSmith", group: "ai", env: "LANGSMITH_API_KEY", tpl: "lsv2" + "_pt_{H:32}_{H:10}" },
  { provider: "WandB", group: "ai", env: "WANDB_API_KEY", tpl: "{H:40}" },
  { provider: "Pinecone", group: "ai", env: "PINECONE_API_KEY", tpl: "pcsk" + "_{A:5}_{A:63}", header: "Api-Key" },
  // auth
  { provider: "Okta", group: "auth", env: "OKTA_API_TOKEN", tpl: "00" + "{S:40}" },
  { provider: "Auth0", group: "auth", env: "AUTH0_CLIENT_SECRET", tpl: "{S:64}" },
  { provider: "Google OAuth", group: "auth", env: "GOOGLE_CLIENT_SECRET", tpl: "GOC" + "SPX-{S:28}" },
  { provider: "Google OAuth", group: "auth", env: "GOOGLE_REFRESH_TOKEN", tpl: "1//0" + "{S:99}" },
  { provider: "Google OAuth", group: "auth", env: "GOOGLE_ACCESS_TOKEN", tpl: "ya" + "29.{S:150}" },
  { provider: "Clerk", group: "auth", env: "CLERK_SECRET_KEY", tpl: "sk_" + "live_{A:40}" },
  { provider: "App", group: "auth", env: "SESSION_SECRET", tpl: "{H:64}" },
  { provider: "NextAuth", group: "auth", env: "NEXTAUTH_SECRET", tpl: "{B:43}=" },
  { provider: "Azure AD", group: "auth", env: "AZURE_CLIENT_SECRET", tpl: "{A:3}8Q~" + "{S:34}" },
  { provider: "Keycloak", group: "auth", env: "KEYCLOAK_CLIENT_SECRET", tpl: "{A:32}" },
  { provider: "App", group: "auth", env: "JWT_SIGNING_KEY", tpl: "{B:86}==" },
  // cloud
  { provider: "AWS", group: "cloud", env: "AWS_SECRET_ACCESS_KEY", tpl: "{B:40}" },
  { provider: "Azure Storage", group: "cloud", env: "AZURE_STORAGE_KEY", tpl: "{B:86}==" },
  { provider: "Azure OpenAI", group: "cloud", env: "AZURE_OPENAI_API_KEY", tpl: "{H:32}", header: "api-key" },
  { provider: "DigitalOcean", group: "cloud", env: "DIGITALOCEAN_TOKEN", tpl: "dop" + "_v1_{H:64}" },
  { provider: "Heroku", group: "cloud", env: "HEROKU_API_KEY", tpl: "HRKU" + "-AA{S:58}" },
  { provider: "Cloudflare", group: "cloud", env: "CLOUDFLARE_API_TOKEN", tpl: "{S:40}" },
  { provider: "Cloudflare", group: "cloud", env: "CF_API_KEY", tpl: "{H:37}", header: "X-Auth-Key" },
  { provider: "Vercel", group: "cloud", env: "VERCEL_TOKEN", tpl: "{A:24}" },
  { provider: "Netlify", group: "cloud", env: "NETLIFY_AUTH_TOKEN", tpl: "nfp" + "_{A:36}" },
  { provider: "Fly.io", group: "cloud", env: "FLY_API_TOKEN", tpl: "fo1" + "_{S:43}" },
  { provider: "Terraform Cloud", group: "cloud", env: "TFE_TOKEN", tpl: "{A:14}.atlas" + "v1.{S:67}" },
  { provider: "Vault", group: "cloud", env: "VAULT_TOKEN", tpl: "hv" + "s.{S:90}", header: "X-Vault-Token" },
  { provider: "Doppler", group: "cloud", env: "DOPPLER_TOKEN", tpl: "dp" + ".st.prd.{A:43}" },
  { provider: "Pulumi", group: "cloud", env: "PULUMI_ACCESS_TOKEN", tpl: "pul" + "-{H:40}" },
  // comms
  { provider: "Slack", group: "comms", env: "SLACK_BOT_TOKEN", tpl: "xo" + "xb-{D:12}-{D:13}-{A:24}" },
  { provider: "Slack", group: "comms", env: "SLACK_USER_TOKEN", tpl: "xo" + "xp-{D:12}-{D:12}-{D:13}-{H:32}" },
  { provider: "Slack", group: "comms", env: "SLACK_WEBHOOK_URL", tpl: "https://hooks.slack.com/" + "services/T{U:10}/B{U:10}/{A:24}" },
  { provider: "Slack", group: "comms", env: "SLACK_APP_TOKEN", tpl: "xa" + "pp-1-A{U:10}-{D:13}-{H:64}" },
  { provider: "Discord", group: "comms", env: "DISCORD_BOT_TOKEN", tpl: "MT{A:24}.G{S:5}.{S:38}" },
  { provider: "Discord", group: "comms", env: "DISCORD_WEBHOOK", tpl: "https://discord.com/api/" + "webhooks/{D:19}/{S:68}" },
  { provider: "Telegram", group: "comms", env: "TELEGRAM_BOT_TOKEN", tpl: "{D:10}:AA" + "{S:33}" },
  { provider: "Twilio", group: "comms", env: "TWILIO_AUTH_TOKEN", tpl: "{H:32}" },
  { provider: "Twilio", group: "comms", env: "TWILIO_API_SECRET", tpl: "{A:32}" },
  { provider: "SendGrid", group: "comms", env: "SENDGRID_API_KEY", tpl: "SG" + ".{S:22}.{S:43}" },
  { provider: "Mailgun", group: "comms", env: "MAILGUN_API_KEY", tpl: "key" + "-{H:32}" },
  { provider: "Mailchimp", group: "comms", env: "MAILCHIMP_API_KEY", tpl: "{H:32}-us" + "{D:2}" },
  { provider: "Postmark", group: "comms", env: "POSTMARK_SERVER_TOKEN", tpl: "{G}", header: "X-Postmark-Server-Token" },
  { provider: "Resend", group: "comms", env: "RESEND_API_KEY", tpl: "re" + "_{A:8}_{A:24}" },
  // data
  { provider: "Postgres", group: "data", env: "DATABASE_URL", tpl: "postgres://app_user:" + "{A:24}@db-prod.internal:5432/app" },
  { provider: "MySQL", group: "data", env: "MYSQL_URL", tpl: "mysql://root:" + "{A:20}@10.0.3.14:3306/shop" },
  { provider: "Redis", group: "data", env: "REDIS_URL", tpl: "rediss://default:" + "{A:32}@cache-prod.internal:6380/0" },
  { provider: "MongoDB Atlas", group: "data", env: "MONGODB_URI", tpl: "mongodb+srv://admin:" + "{A:20}@cluster0.{L:5}.mongodb.net/prod?retryWrites=true" },
  { provider: "PlanetScale", group: "data", env: "PLANETSCALE_PASSWORD", tpl: "pscale" + "_pw_{S:43}" },
  { provider: "Neon", group: "data", env: "NEON_DATABASE_URL", tpl: "postgresql://neondb_owner:npg" + "_{A:12}@ep-cool-river-{L:8}.eu-central-1.aws.neon.tech/neondb?sslmode=require" },
  { provider: "Upstash", group: "data", env: "UPSTASH_REDIS_REST_TOKEN", tpl: "AX" + "{S:70}=" },
  { provider: "Snowflake", group: "data", env: "SNOWFLAKE_PASSWORD", tpl: "{A:12}!{A:8}" },
  { provider: "Databricks", group: "data", env: "DATABRICKS_TOKEN", tpl: "dapi" + "{H:32}" },
  { provider: "Supabase", group: "data", env: "SUPABASE_SERVICE_ROLE_KEY", tpl: sb("qwhrkxzplmtnvbcd") },
  // devtools
  { provider: "GitHub", group: "devtools", env: "GITHUB_TOKEN", tpl: "gh" + "p_{A:36}" },
  { provider: "GitHub", group: "devtools", env: "GH_PAT", tpl: "github" + "_pat_11{U:20}_{A:59}" },
  { provider: "GitHub", group: "devtools", env: "GH_OAUTH_TOKEN", tpl: "gh" + "o_{A:36}" },
  { provider: "GitHub", group: "devtools", env: "GH_INSTALL_TOKEN", tpl: "gh" + "s_{A:36}" },
  { provider: "GitLab", group: "devtools", env: "GITLAB_TOKEN", tpl: "glp" + "at-{S:20}", header: "PRIVATE-TOKEN" },
  { provider: "GitLab", group: "devtools", env: "RUNNER_TOKEN", tpl: "gl" + "rt-{S:20}" },
  { provider: "Bitbucket", group: "devtools", env: "BITBUCKET_APP_PASSWORD", tpl: "AT" + "BB{A:28}{X:8}" },
  { provider: "npm", group: "devtools", env: "NPM_TOKEN", tpl: "np" + "m_{A:36}" },
  { provider: "PyPI", group: "devtools", env: "PYPI_TOKEN", tpl: "py" + "pi-AgEIcHlwaS5vcmc{S:150}" },
  { provider: "Docker Hub", group: "devtools", env: "DOCKERHUB_TOKEN", tpl: "dckr" + "_pat_{S:27}" },
  { provider: "CircleCI", group: "devtools", env: "CIRCLECI_TOKEN", tpl: "CCI" + "PAT_{A:22}_{H:40}", header: "Circle-Token" },
  { provider: "Postman", group: "devtools", env: "POSTMAN_API_KEY", tpl: "PM" + "AK-{H:24}-{H:34}", header: "X-Api-Key" },
  { provider: "Atlassian", group: "devtools", env: "JIRA_API_TOKEN", tpl: "ATA" + "TT3xFfGF0{S:180}={X:8}" },
  { provider: "Linear", group: "devtools", env: "LINEAR_API_KEY", tpl: "lin" + "_api_{A:40}" },
  { provider: "Sentry", group: "devtools", env: "SENTRY_AUTH_TOKEN", tpl: "sntry" + "u_{H:64}" },
  // observability
  { provider: "Datadog", group: "observability", env: "DD_API_KEY", tpl: "{H:32}", header: "DD-API-KEY" },
  { provider: "Datadog", group: "observability", env: "DD_APP_KEY", tpl: "{H:40}", header: "DD-APPLICATION-KEY" },
  { provider: "New Relic", group: "observability", env: "NEW_RELIC_API_KEY", tpl: "NR" + "AK-{U:27}", header: "Api-Key" },
  { provider: "New Relic", group: "observability", env: "NEW_RELIC_LICENSE_KEY", tpl: "{H:36}NR" + "AL" },
  { provider: "Grafana", group: "observability", env: "GRAFANA_SA_TOKEN", tpl: "gl" + "sa_{A:32}_{H:8}" },
  { provider: "Grafana Cloud", group: "observability", env: "GRAFANA_CLOUD_TOKEN", tpl: (g) => "gl" + "c_" + Buffer.from(JSON.stringify({ o: String(g.range(100000, 999999)), n: "stack-ci", k: g.fill("{A:24}"), m: { r: "prod-eu-west-2" } })).toString("base64") },
  // payment
  { provider: "Stripe", group: "payment", env: "STRIPE_SECRET_KEY", tpl: "sk" + "_live_51{A:97}" },
  { provider: "Stripe", group: "payment", env: "STRIPE_RESTRICTED_KEY", tpl: "rk" + "_live_51{A:97}" },
  { provider: "Stripe", group: "payment", env: "STRIPE_WEBHOOK_SECRET", tpl: "wh" + "sec_{A:32}" },
  { provider: "PayPal", group: "payment", env: "PAYPAL_CLIENT_SECRET", tpl: "E" + "{S:79}" },
  { provider: "Square", group: "payment", env: "SQUARE_ACCESS_TOKEN", tpl: "EA" + "AA{S:60}" },
  { provider: "Braintree", group: "payment", env: "BRAINTREE_PRIVATE_KEY", tpl: "{H:32}" },
  { provider: "Shopify", group: "payment", env: "SHOPIFY_ADMIN_TOKEN", tpl: "sh" + "pat_{H:32}", header: "X-Shopify-Access-Token" },
  { provider: "Shopify", group: "payment", env: "SHOPIFY_API_SECRET", tpl: "sh" + "pss_{H:32}" },
  // saas
  { provider: "Notion", group: "saas", env: "NOTION_TOKEN", tpl: "nt" + "n_{D:11}{A:35}" },
  { provider: "Airtable", group: "saas", env: "AIRTABLE_TOKEN", tpl: "pat" + "{A:14}.{H:64}" },
  { provider: "Figma", group: "saas", env: "FIGMA_TOKEN", tpl: "fi" + "gd_{S:40}", header: "X-Figma-Token" },
  { provider: "HubSpot", group: "saas", env: "HUBSPOT_ACCESS_TOKEN", tpl: "pat" + "-na1-{G}" },
  { provider: "Contentful", group: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", tpl: "CF" + "PAT-{S:43}" },
  { provider: "Algolia", group: "saas", env: "ALGOLIA_ADMIN_KEY", tpl: "{H:32}", header: "X-Algolia-API-Key" },
  { provider: "Mapbox", group: "saas", env: "MAPBOX_SECRET_TOKEN", tpl: "sk" + ".eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I{S:24}J9.{S:22}" },
  { provider: "Dropbox", group: "saas", env: "DROPBOX_ACCESS_TOKEN", tpl: "sl" + ".u.{S:140}" },
  { provider: "1Password", group: "saas", env: "OP_SERVICE_ACCOUNT_TOKEN", tpl: "ops" + "_eyJ{S:200}" },
  { provider: "LaunchDarkly", group: "saas", env: "LAUNCHDARKLY_SDK_KEY", tpl: "sdk" + "-{G}" },
  { provider: "PostHog", group: "saas", env: "POSTHOG_PERSONAL_API_KEY", tpl: "ph" + "x_{A:43}" },
];

const rotated = [
  ...build(specs, { seed: 0x83c0, idPrefix: "y83-c", times: 1, offset: 0, catPrefix: P }),
  // second pass over every fourth provider, through different contexts
  ...build(specs.filter((_, i) => i % 4 === 0), { seed: 0x83c2, idPrefix: "y83-cr", times: 1, offset: 17, catPrefix: P }),
];

// Handcrafted: key material, paired credentials, multi-value files.
const g = new Gen(0x83c1);
const pem = (label: string, n: number) => {
  const body = g.b64(n).match(/.{1,64}/g)!.join("\n");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
};
const akid = () => g.fill("AK" + "IA{Z:16}");
const ask = () => g.fill("{B:40}");
const hand: [string, string, string][] = [];
const add = (group: string, note: string, text: string) => hand.push([group, note, text]);

add("keys", "RSA private key pasted into OpenAI chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying bad permissions for this key, what's wrong?\n\n${pem("RSA PRIVATE " + "KEY", 1190)}\n` }] }));
add("keys", "OpenSSH private key in write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_02", name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: pem("OPENSSH PRIVATE " + "KEY", 300) + "\n" } }));
add("keys", "EC private key in k8s Secret tls.key", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pem("EC PRIVATE " + "KEY", 121).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("keys", "PKCS#8 private key in Python crash locals", `Traceback (most recent call last):\n  File "signer.py", line 12, in sign\n    key = load_pem_private_key(PEM, None)\nValueError: Could not deserialize key data.\n\nLocals:\n    PEM = b'${esc(pem("PRIVATE " + "KEY", 1218))}'`);
add("keys", "PGP private key block in Markdown doc", `# Release signing\n\nImport the release key before tagging:\n\n\`\`\`\n${pem("PGP PRIVATE KEY " + "BLOCK", 900)}\n\`\`\`\n`);
add("keys", "age secret key in SOPS keys.txt shell cat", `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-10-02T09:12:44Z\n# public key: age1${g.fill("{C:58}")}\n${g.fill("AGE-SECRET-" + "KEY-1{C:58}").toUpperCase()}`);
add("keys", "WireGuard private key in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`);
add("keys", "JWK private key (d) in JSON config", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-2026", use: "sig", x: Buffer.from(g.bytes(32)).toString("base64url"), y: Buffer.from(g.bytes(32)).toString("base64url"), d: Buffer.from(g.bytes(32)).toString("base64url") }] }, null, 2));
add("cloud", "AWS key pair in ~/.aws/credentials via MCP result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${ask()}\nregion = us-east-1\n` }] } }));
add("cloud", "AWS STS session credentials in CI log", `+ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "${g.fill("AS" + "IA{Z:16}")}",\n        "SecretAccessKey": "${ask()}",\n        "SessionToken": "${g.fill("IQoJb3JpZ2luX2VjE{B:300}")}",\n        "Expiration": "2026-11-30T12:00:00Z"\n    }\n}`);
add("cloud", "AWS key pair in shell export tool call", JSON.stringify({ tool_calls: [{ id: "call_9", type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `AWS_ACCESS_KEY_ID=${akid()} AWS_SECRET_ACCESS_KEY=${ask()} aws s3 ls s3://acme-backups` }) } }] }));
add("cloud", "GCP service account JSON in write_file", JSON.stringify({ name: "write_file", input: { path: "gcp-sa.json", content: JSON.stringify({ type: "service_account", project_id: "acme-prod-311", private_key_id: g.fill("{H:40}"), private_key: pem("PRIVATE " + "KEY", 1218) + "\n", client_email: "deployer@acme-prod-311.iam.gserviceaccount.com", client_id: g.fill("1{D:20}"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) } }));
add("cloud", "Azure storage connection string in appsettings.json", JSON.stringify({ ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${g.fill("{B:86}")}==;EndpointSuffix=core.windows.net` } }, null, 2));
add("cloud", "Azure SAS URL in curl upload", `curl -X PUT -T backup.tar.gz "https://acmeprodstore.blob.core.windows.net/backups/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(32))}" -H "x-ms-blob-type: BlockBlob"`);
add("auth", "basic auth credentials in git remote URL", `$ git remote -v\norigin\thttps://deploy-bot:${g.fill("{A:20}")}@git.acme.internal/platform/api.git (fetch)\norigin\thttps://deploy-bot:${g.fill("{A:20}")}@git.acme.internal/platform/api.git (push)`);
add("auth", ".netrc with machine password", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.fill("HRKU" + "-AA{S:58}")}\nmachine git.acme.internal\n  login ci\n  password ${g.fill("{A:32}")}\n`);
add("data", ".pgpass line in shell cat", `$ cat ~/.pgpass\ndb-prod.internal:5432:app:app_admin:${g.fill("{A:28}")}\nlocalhost:5432:*:postgres:postgres`);
add("devtools", ".npmrc auth token in Dockerfile RUN", `FROM node:22\nRUN echo "//registry.npmjs.org/:_authToken=${g.fill("np" + "m_{A:36}")}" > ~/.npmrc && npm ci\n`);
add("devtools", "docker config.json auths", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${g.fill("dckr" + "_pat_{S:27}")}`).toString("base64") } } }, null, 2));

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([group, note, text], i): CorpusCase => ({
    id: `y83-ck-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: P + group,
    label: "positive",
    text,
    note,
  })),
];
