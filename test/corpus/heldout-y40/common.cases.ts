// Common providers: each token rotated through the shared renderers twice, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { B32, B64U, DIG, Gen, rotate, type Spec, UP } from "./_gen.ts";

const g = new Gen(0x40c0ffee);
const P = (...parts: string[]) => parts.join("");

const specs: Spec[] = [
  // ai
  { group: "ai", provider: "OpenAI project key", env: "OPENAI_API_KEY", make: (g) => P("sk-", "proj-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { group: "ai", provider: "OpenAI service account key", env: "OPENAI_API_KEY", make: (g) => P("sk-", "svcacct-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { group: "ai", provider: "OpenAI admin key", env: "OPENAI_ADMIN_KEY", make: (g) => P("sk-", "admin-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { group: "ai", provider: "Anthropic API key", env: "ANTHROPIC_API_KEY", slot: "x-api-key", make: (g) => P("sk-", "ant-", "api03-", g.b64u(93), "AA") },
  { group: "ai", provider: "Anthropic admin key", env: "ANTHROPIC_ADMIN_KEY", slot: "x-api-key", make: (g) => P("sk-", "ant-", "admin01-", g.b64u(93), "AA") },
  { group: "ai", provider: "Hugging Face token", env: "HF_TOKEN", make: (g) => P("h", "f_", g.a(34)) },
  { group: "ai", provider: "Groq API key", env: "GROQ_API_KEY", make: (g) => P("gs", "k_", g.a(52)) },
  { group: "ai", provider: "Replicate API token", env: "REPLICATE_API_TOKEN", make: (g) => P("r8", "_", g.a(37)) },
  { group: "ai", provider: "Perplexity API key", env: "PERPLEXITY_API_KEY", make: (g) => P("pp", "lx-", g.a(48)) },
  { group: "ai", provider: "Gemini API key", env: "GEMINI_API_KEY", slot: "x-goog-api-key", make: (g) => P("AI", "za", g.b64u(35)) },
  { group: "ai", provider: "xAI API key", env: "XAI_API_KEY", make: (g) => P("xa", "i-", g.a(80)) },
  { group: "ai", provider: "OpenRouter key", env: "OPENROUTER_API_KEY", make: (g) => P("sk-", "or-", "v1-", g.h(64)) },
  { group: "ai", provider: "DeepSeek API key", env: "DEEPSEEK_API_KEY", make: (g) => P("sk", "-", g.h(32)) },
  { group: "ai", provider: "Cohere API key", env: "COHERE_API_KEY", make: (g) => g.a(40) },
  { group: "ai", provider: "Mistral API key", env: "MISTRAL_API_KEY", make: (g) => g.a(32) },
  { group: "ai", provider: "LangSmith API key", env: "LANGSMITH_API_KEY", make: (g) => P("lsv2", "_pt_", g.h(32), "_", g.h(10)) },
  { group: "ai", provider: "Pinecone API key", env: "PINECONE_API_KEY", slot: "Api-Key", make: (g) => P("pc", "sk_", g.a(5), "_", g.a(63)) },
  // auth
  { group: "auth", provider: "Okta API token", env: "OKTA_API_TOKEN", make: (g) => P("0", "0", g.b64u(40)) },
  { group: "auth", provider: "Auth0 client secret", env: "AUTH0_CLIENT_SECRET", make: (g) => g.b64u(64) },
  { group: "auth", provider: "Google OAuth client secret", env: "GOOGLE_CLIENT_SECRET", make: (g) => P("GOC", "SPX-", g.b64u(28)) },
  { group: "auth", provider: "Google OAuth refresh token", env: "GOOGLE_REFRESH_TOKEN", make: (g) => P("1/", "/0", "g", g.b64u(100)) },
  { group: "auth", provider: "HashiCorp Vault token", env: "VAULT_TOKEN", slot: "X-Vault-Token", make: (g) => P("hv", "s.", "CAESI", g.b64u(86)) },
  { group: "auth", provider: "Doppler service token", env: "DOPPLER_TOKEN", make: (g) => P("dp", ".st.", "prd.", g.a(40)) },
  { group: "auth", provider: "JWT signing secret", env: "JWT_SECRET", make: (g) => g.h(64) },
  { group: "auth", provider: "Clerk secret key", env: "CLERK_SECRET_KEY", make: (g) => P("sk", "_live_", g.a(40)) },
  // cloud
  { group: "cloud", provider: "AWS secret access key", env: "AWS_SECRET_ACCESS_KEY", make: (g) => g.str(40, g.pick([UP, UP]) + "abcdefghijklmnopqrstuvwxyz0123456789/+") },
  { group: "cloud", provider: "Azure AD client secret", env: "AZURE_CLIENT_SECRET", make: (g) => P(g.a(3), "8Q", "~", g.str(31, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-")) },
  { group: "cloud", provider: "DigitalOcean PAT", env: "DIGITALOCEAN_TOKEN", make: (g) => P("do", "p_v1_", g.h(64)) },
  { group: "cloud", provider: "Heroku API key", env: "HEROKU_API_KEY", make: (g) => P("HR", "KU-", "AA", g.b64u(58)) },
  { group: "cloud", provider: "Netlify PAT", env: "NETLIFY_AUTH_TOKEN", make: (g) => P("nf", "p_", g.a(36)) },
  { group: "cloud", provider: "Vercel token", env: "VERCEL_TOKEN", make: (g) => g.a(24) },
  { group: "cloud", provider: "Fly.io token", env: "FLY_API_TOKEN", make: (g) => P("Fly", "V1 ", "fm2_", g.b64(180), "==") },
  { group: "cloud", provider: "Cloudflare API token", env: "CLOUDFLARE_API_TOKEN", make: (g) => g.b64u(40) },
  { group: "cloud", provider: "Supabase access token", env: "SUPABASE_ACCESS_TOKEN", make: (g) => P("sb", "p_", g.h(40)) },
  { group: "cloud", provider: "Terraform Cloud token", env: "TFE_TOKEN", make: (g) => P(g.a(14), ".atlas", "v1.", g.a(67)) },
  // devtools
  { group: "devtools", provider: "GitHub classic PAT", env: "GITHUB_TOKEN", make: (g) => P("gh", "p_", g.a(36)) },
  { group: "devtools", provider: "GitHub fine-grained PAT", env: "GH_TOKEN", make: (g) => P("github", "_pat_", "11", g.u(20), "_", g.a(59)) },
  { group: "devtools", provider: "GitHub OAuth token", env: "GITHUB_OAUTH_TOKEN", make: (g) => P("gh", "o_", g.a(36)) },
  { group: "devtools", provider: "GitHub App installation token", env: "GITHUB_APP_TOKEN", make: (g) => P("gh", "s_", g.a(36)) },
  { group: "devtools", provider: "GitLab PAT", env: "GITLAB_TOKEN", slot: "PRIVATE-TOKEN", make: (g) => P("gl", "pat-", g.b64u(20)) },
  { group: "devtools", provider: "npm token", env: "NPM_TOKEN", make: (g) => P("np", "m_", g.a(36)) },
  { group: "devtools", provider: "PyPI token", env: "PYPI_API_TOKEN", make: (g) => P("py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(70)) },
  { group: "devtools", provider: "Docker Hub PAT", env: "DOCKERHUB_TOKEN", make: (g) => P("dc", "kr_pat_", g.b64u(27)) },
  { group: "devtools", provider: "CircleCI PAT", env: "CIRCLECI_TOKEN", slot: "Circle-Token", make: (g) => P("CCI", "PAT_", g.a(22), "_", g.h(40)) },
  { group: "devtools", provider: "Postman API key", env: "POSTMAN_API_KEY", slot: "X-Api-Key", make: (g) => P("PM", "AK-", g.h(24), "-", g.h(34)) },
  { group: "devtools", provider: "Sentry user auth token", env: "SENTRY_AUTH_TOKEN", make: (g) => P("sntr", "yu_", g.h(64)) },
  { group: "devtools", provider: "Linear API key", env: "LINEAR_API_KEY", make: (g) => P("lin", "_api_", g.a(40)) },
  { group: "devtools", provider: "Atlassian API token", env: "JIRA_API_TOKEN", make: (g) => P("ATA", "TT3xFfGF0", g.b64u(180), "=", g.H(8)) },
  { group: "devtools", provider: "Bitbucket app password", env: "BITBUCKET_APP_PASSWORD", make: (g) => P("AT", "BB", g.a(32)) },
  // comms
  { group: "comms", provider: "Slack bot token", env: "SLACK_BOT_TOKEN", make: (g) => P("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { group: "comms", provider: "Slack user token", env: "SLACK_USER_TOKEN", make: (g) => P("xo", "xp-", g.d(12), "-", g.d(13), "-", g.d(13), "-", g.h(32)) },
  { group: "comms", provider: "Slack app-level token", env: "SLACK_APP_TOKEN", make: (g) => P("xa", "pp-1-", "A0", g.u(9), "-", g.d(13), "-", g.h(64)) },
  { group: "comms", provider: "Slack incoming webhook", env: "SLACK_WEBHOOK_URL", make: (g) => P("https://hooks.", "slack.com/services/", "T0", g.u(8), "/B0", g.u(9), "/", g.a(24)) },
  { group: "comms", provider: "Discord bot token", env: "DISCORD_BOT_TOKEN", slot: "Authorization", make: (g) => P("MT", g.b64u(24), ".", g.b64u(6), ".", g.b64u(38)) },
  { group: "comms", provider: "Discord webhook", env: "DISCORD_WEBHOOK_URL", make: (g) => P("https://discord.com/api/", "webhooks/", "12", g.d(17), "/", g.b64u(68)) },
  { group: "comms", provider: "Telegram bot token", env: "TELEGRAM_BOT_TOKEN", make: (g) => P(String(g.range(1, 7)), g.d(9), ":", "AA", g.b64u(33)) },
  { group: "comms", provider: "Twilio API key secret", env: "TWILIO_API_SECRET", make: (g) => g.a(32) },
  { group: "comms", provider: "Twilio auth token", env: "TWILIO_AUTH_TOKEN", make: (g) => g.h(32) },
  { group: "comms", provider: "SendGrid API key", env: "SENDGRID_API_KEY", make: (g) => P("S", "G.", g.b64u(22), ".", g.b64u(43)) },
  { group: "comms", provider: "Mailgun API key", env: "MAILGUN_API_KEY", make: (g) => P("ke", "y-", g.h(32)) },
  { group: "comms", provider: "Mailchimp API key", env: "MAILCHIMP_API_KEY", make: (g) => P(g.h(32), "-us", String(g.range(2, 21))) },
  { group: "comms", provider: "Resend API key", env: "RESEND_API_KEY", make: (g) => P("r", "e_", g.a(8), "_", g.a(24)) },
  { group: "comms", provider: "Brevo API key", env: "BREVO_API_KEY", slot: "api-key", make: (g) => P("xke", "ysib-", g.h(64), "-", g.a(16)) },
  // payment
  { group: "payment", provider: "Stripe live secret key", env: "STRIPE_SECRET_KEY", make: (g) => P("sk", "_live_", "51", g.a(97)) },
  { group: "payment", provider: "Stripe restricted key", env: "STRIPE_RESTRICTED_KEY", make: (g) => P("rk", "_live_", "51", g.a(97)) },
  { group: "payment", provider: "Stripe webhook secret", env: "STRIPE_WEBHOOK_SECRET", make: (g) => P("wh", "sec_", g.a(32)) },
  { group: "payment", provider: "Square access token", env: "SQUARE_ACCESS_TOKEN", make: (g) => P("EA", "AA", g.b64u(60)) },
  { group: "payment", provider: "PayPal client secret", env: "PAYPAL_CLIENT_SECRET", make: (g) => P("E", g.b64u(79)) },
  { group: "payment", provider: "Braintree access token", env: "BRAINTREE_ACCESS_TOKEN", make: (g) => P("access_token", "$production$", g.l(16), "$", g.h(32)) },
  { group: "payment", provider: "Shopify Admin API token", env: "SHOPIFY_ACCESS_TOKEN", slot: "X-Shopify-Access-Token", make: (g) => P("sh", "pat_", g.h(32)) },
  { group: "payment", provider: "Shopify app shared secret", env: "SHOPIFY_API_SECRET", make: (g) => P("sh", "pss_", g.h(32)) },
  { group: "payment", provider: "Plaid secret", env: "PLAID_SECRET", make: (g) => g.h(30) },
  // data
  { group: "data", provider: "Postgres URL", env: "DATABASE_URL", make: (g) => P("postgres", "ql://app_rw:", g.a(24), "@db-prod.", g.l(8), ".eu-west-1.rds.amazonaws.com:5432/app") },
  { group: "data", provider: "MongoDB Atlas URL", env: "MONGODB_URI", make: (g) => P("mongodb", "+srv://svc_api:", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/prod?retryWrites=true&w=majority") },
  { group: "data", provider: "Redis URL", env: "REDIS_URL", make: (g) => P("red", "iss://default:", g.a(32), "@", g.word(), "-", g.d(5), ".upstash.io:6379") },
  { group: "data", provider: "PlanetScale password", env: "DATABASE_PASSWORD", make: (g) => P("psc", "ale_pw_", g.b64u(43)) },
  { group: "data", provider: "Neon Postgres URL", env: "NEON_DATABASE_URL", make: (g) => P("postgres", "ql://neondb_owner:", "npg_", g.a(12), "@ep-", g.word(), "-", g.l(8), ".us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { group: "data", provider: "Databricks PAT", env: "DATABRICKS_TOKEN", make: (g) => P("da", "pi", g.h(32)) },
  { group: "data", provider: "Snowflake password", env: "SNOWFLAKE_PASSWORD", make: (g) => P(g.a(14), "!", g.a(6)) },
  // observability
  { group: "observability", provider: "Datadog API key", env: "DD_API_KEY", slot: "DD-API-KEY", make: (g) => g.h(32) },
  { group: "observability", provider: "Datadog application key", env: "DD_APP_KEY", slot: "DD-APPLICATION-KEY", make: (g) => g.h(40) },
  { group: "observability", provider: "New Relic user API key", env: "NEW_RELIC_API_KEY", slot: "Api-Key", make: (g) => P("NR", "AK-", g.u(27)) },
  { group: "observability", provider: "New Relic license key", env: "NEW_RELIC_LICENSE_KEY", make: (g) => P(g.h(36), "NRAL") },
  { group: "observability", provider: "Grafana service account token", env: "GRAFANA_TOKEN", make: (g) => P("gl", "sa_", g.a(32), "_", g.h(8)) },
  { group: "observability", provider: "Sentry org auth token", env: "SENTRY_AUTH_TOKEN", make: (g) => P("sntr", "ys_", "eyJpYXQiOjE3", g.b64(120), "_", g.b64(43)) },
  // saas
  { group: "saas", provider: "Notion integration token", env: "NOTION_TOKEN", make: (g) => P("nt", "n_", g.d(11), g.a(35)) },
  { group: "saas", provider: "Airtable PAT", env: "AIRTABLE_API_KEY", make: (g) => P("pa", "t", g.a(14), ".", g.h(64)) },
  { group: "saas", provider: "Figma PAT", env: "FIGMA_TOKEN", slot: "X-Figma-Token", make: (g) => P("fi", "gd_", g.b64u(40)) },
  { group: "saas", provider: "HubSpot private app token", env: "HUBSPOT_ACCESS_TOKEN", make: (g) => P("pat", "-na1-", g.uuid()) },
  { group: "saas", provider: "Contentful management token", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (g) => P("CF", "PAT-", g.b64u(43)) },
  { group: "saas", provider: "Algolia admin API key", env: "ALGOLIA_ADMIN_KEY", slot: "X-Algolia-API-Key", make: (g) => g.h(32) },
  { group: "saas", provider: "Mapbox secret token", env: "MAPBOX_SECRET_TOKEN", make: (g) => P("s", "k.eyJ1Ijoi", g.b64u(60), ".", g.b64u(22)) },
  { group: "saas", provider: "PostHog personal API key", env: "POSTHOG_PERSONAL_API_KEY", make: (g) => P("ph", "x_", g.a(47)) },
  { group: "saas", provider: "Dropbox access token", env: "DROPBOX_ACCESS_TOKEN", make: (g) => P("s", "l.", "B", g.b64u(138)) },
  { group: "saas", provider: "Asana PAT", env: "ASANA_TOKEN", make: (g) => P("2/", g.d(16), "/", g.d(16), ":", g.h(32)) },
  { group: "saas", provider: "Typeform PAT", env: "TYPEFORM_TOKEN", make: (g) => P("tf", "p_", g.b64u(44)) },
];

void B32; void B64U; void DIG;

const cat = (s: Spec) => `heldouty40-sec-${s.group}`;
const rotated = [
  ...rotate("y40-c", cat, specs, g, 0),
  ...rotate("y40-cr", cat, specs.filter((_, i) => i % 2 === 1), g, 11),
];

// handcrafted: key material and multi-value credentials
const hc: Array<[string, string, string]> = [];
const keyId = () => P("AK", "IA", g.str(16, B32));
const stsId = () => P("AS", "IA", g.str(16, B32));
const awsSec = () => g.b64(40).replace(/\+/g, "k");
hc.push(["cloud", "AWS key pair in ~/.aws/credentials pasted to chat", `{"role":"user","content":"${"aws cli says InvalidClientTokenId, creds below\\n\\n[default]\\naws_access_key_id = " + keyId() + "\\naws_secret_access_key = " + awsSec() + "\\nregion = us-east-1\\n"}"}`]);
hc.push(["cloud", "AWS STS session credentials in CLI JSON output (MCP result)", `{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"{\\n  \\"Credentials\\": {\\n    \\"AccessKeyId\\": \\"${stsId()}\\",\\n    \\"SecretAccessKey\\": \\"${awsSec()}\\",\\n    \\"SessionToken\\": \\"IQoJb3JpZ2luX2VjE${g.b64(300)}\\",\\n    \\"Expiration\\": \\"2026-12-06T03:11:52Z\\"\\n  }\\n}"}]}}`]);
hc.push(["cloud", "Azure storage connection string in appsettings.json", `{\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=acmeprod${g.l(4)};AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net"\n  }\n}`]);
hc.push(["cloud", "GCP service account JSON written by tool call", `{"type":"tool_use","id":"toolu_01${g.a(22)}","name":"write_file","input":{"path":"gcp-sa.json","content":${JSON.stringify(JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.d(6), private_key_id: g.h(40), private_key: g.pem("PRIVATE KEY", 25) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2))}}}`]);
hc.push(["keys", "RSA private key in deploy script heredoc", `#!/usr/bin/env bash\nset -euo pipefail\nmkdir -p ~/.ssh\ncat > ~/.ssh/deploy_key <<'KEY'\n${g.pem("RSA PRIVATE KEY", 24)}\nKEY\nchmod 600 ~/.ssh/deploy_key\nssh -i ~/.ssh/deploy_key deploy@10.0.3.14 'systemctl restart api'`]);
hc.push(["keys", "OpenSSH private key pasted in chat body (JSON-escaped)", `{"messages":[{"role":"user","content":${JSON.stringify("ssh keeps saying 'invalid format' for this key, what's wrong?\n\n" + g.pem("OPENSSH PRIVATE KEY", 6).replace("-----\n", "-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"))}}]}`]);
hc.push(["keys", "EC private key in k8s Secret tls.key", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${g.pem("EC PRIVATE KEY", 3).split("\n").map((l) => "    " + l).join("\n")}`]);
hc.push(["keys", "PGP private key block in CI log", `2026-12-05T20:01:11.000Z Importing signing key...\n2026-12-05T20:01:11.100Z ${g.pem("PGP PRIVATE KEY BLOCK", 12).replace("-----\n", "-----\n\n").split("\n").join("\n2026-12-05T20:01:11.100Z ")}\n2026-12-05T20:01:12.000Z gpg: key imported`]);
hc.push(["keys", "age secret key in sops keys.txt via shell", `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-11-02T10:44:01Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${P("AGE-", "SECRET-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}`]);
hc.push(["keys", "PKCS#8 private key in Python test fixture", `PRIVATE_KEY = """${g.pem("PRIVATE KEY", 16)}"""\n\ndef test_sign():\n    assert sign(b"hello", PRIVATE_KEY)\n`]);
hc.push(["auth", "basic auth credentials in git remote URL", `$ git remote -v\norigin\thttps://deploy-bot:${P("gh", "p_", g.a(36))}@github.com/acme/platform.git (fetch)\norigin\thttps://deploy-bot:${P("gh", "p_", g.a(36))}@github.com/acme/platform.git (push)`]);
hc.push(["auth", ".netrc with machine password", `{"type":"tool_use","id":"toolu_01${g.a(22)}","name":"write_file","input":{"path":"/home/dev/.netrc","content":"machine api.heroku.com\\n  login ops@acme.io\\n  password ${P("HR", "KU-", "AA", g.b64u(58))}\\nmachine git.heroku.com\\n  login ops@acme.io\\n"}}`]);
hc.push(["data", ".pgpass line via shell tool", `echo 'db-prod.internal:5432:app:app_admin:${g.a(22)}' >> ~/.pgpass && chmod 600 ~/.pgpass && psql -h db-prod.internal -U app_admin app`]);
hc.push(["devtools", ".npmrc auth token committed in diff", `diff --git a/.npmrc b/.npmrc\nnew file mode 100644\n--- /dev/null\n+++ b/.npmrc\n@@ -0,0 +1,2 @@\n+@acme:registry=https://registry.npmjs.org/\n+//registry.npmjs.org/:_authToken=${P("np", "m_", g.a(36))}`]);
hc.push(["devtools", "docker config.json auth (base64 user:token)", `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${Buffer.from("acme-ci:" + P("gh", "p_", g.a(36))).toString("base64")}"\n    }\n  }\n}`]);

const handcrafted: CorpusCase[] = hc.map(([grp, note, text], i) => ({
  id: `y40-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty40-sec-${grp}`,
  label: "positive",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
