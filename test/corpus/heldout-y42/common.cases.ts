// Common providers, each rendered twice through rotating contexts. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B32, B64, DG, Gen, HX, HXU, LO, pad, render, UP, URLS, type Part, type Spec } from "./_gen.ts";

type Slot = [string, ...Part[]];
const S = (provider: string, group: string, slots: Slot[], header?: string, api?: string): Spec => ({
  provider, group, header, api,
  kv: (g) => slots.map(([k, ...parts]) => [k, g.mk(...parts)]),
});

const SPECS: Spec[] = [
  // ai
  S("OpenAI project key", "ai", [["OPENAI_API_KEY", "sk-", "proj-", [64, URLS], "T3Blbk", "FJ", [64, URLS]]], undefined, "api.openai.com"),
  S("OpenAI service account key", "ai", [["OPENAI_API_KEY", "sk-", "svcacct-", [64, URLS], "T3Blbk", "FJ", [64, URLS]]], undefined, "api.openai.com"),
  S("OpenAI admin key", "ai", [["OPENAI_ADMIN_KEY", "sk-", "admin-", [64, URLS], "T3Blbk", "FJ", [64, URLS]]], undefined, "api.openai.com"),
  S("Anthropic API key", "ai", [["ANTHROPIC_API_KEY", "sk-", "ant-api03-", [93, URLS], "AA"]], "x-api-key:", "api.anthropic.com"),
  S("Anthropic admin key", "ai", [["ANTHROPIC_ADMIN_KEY", "sk-", "ant-admin01-", [93, URLS], "AA"]], "x-api-key:", "api.anthropic.com"),
  S("Hugging Face token", "ai", [["HF_TOKEN", "hf", "_", [34, UP + LO]]], undefined, "huggingface.co"),
  S("Groq API key", "ai", [["GROQ_API_KEY", "gs", "k_", [52, AN]]], undefined, "api.groq.com"),
  S("Replicate token", "ai", [["REPLICATE_API_TOKEN", "r8", "_", [37, AN]]], undefined, "api.replicate.com"),
  S("Perplexity key", "ai", [["PERPLEXITY_API_KEY", "pp", "lx-", [48, AN]]], undefined, "api.perplexity.ai"),
  S("xAI key", "ai", [["XAI_API_KEY", "xa", "i-", [80, AN]]], undefined, "api.x.ai"),
  S("OpenRouter key", "ai", [["OPENROUTER_API_KEY", "sk-", "or-v1-", [64, HX]]], undefined, "openrouter.ai"),
  S("Google Gemini API key", "ai", [["GEMINI_API_KEY", "AI", "za", "Sy", [33, URLS]]], "x-goog-api-key:", "generativelanguage.googleapis.com"),
  S("Cohere API key", "ai", [["COHERE_API_KEY", [40, AN]]], undefined, "api.cohere.com"),
  S("Mistral API key", "ai", [["MISTRAL_API_KEY", [32, AN]]], undefined, "api.mistral.ai"),
  S("LangSmith key", "ai", [["LANGSMITH_API_KEY", "lsv2", "_pt_", [32, HX], "_", [10, HX]]], "x-api-key:", "api.smith.langchain.com"),
  S("Pinecone key", "ai", [["PINECONE_API_KEY", "pcsk", "_", [5, AN], "_", [63, AN]]], "Api-Key:", "api.pinecone.io"),
  // auth
  S("Google OAuth client", "auth", [["GOOGLE_CLIENT_ID", [12, DG], "-", [32, ANL], ".apps.googleusercontent.com"], ["GOOGLE_CLIENT_SECRET", "GOC", "SPX-", [28, URLS]]], undefined, "oauth2.googleapis.com"),
  S("Okta API token", "auth", [["OKTA_API_TOKEN", "00", [40, URLS]]], "Authorization: SSWS", "acme.okta.com"),
  S("Auth0 client secret", "auth", [["AUTH0_DOMAIN", "acme-prod.us.auth0.com"], ["AUTH0_CLIENT_ID", [32, AN]], ["AUTH0_CLIENT_SECRET", [64, URLS]]], undefined, "acme-prod.us.auth0.com"),
  S("Clerk secret key", "auth", [["CLERK_SECRET_KEY", "sk", "_live_", [40, AN]]], undefined, "api.clerk.com"),
  S("Stytch secret", "auth", [["STYTCH_PROJECT_ID", "project-live-", [8, HX], "-", [4, HX], "-4", [3, HX], "-a", [3, HX], "-", [12, HX]], ["STYTCH_SECRET", "secret-", "live-", [36, URLS]]], undefined, "api.stytch.com"),
  S("WorkOS API key", "auth", [["WORKOS_API_KEY", "sk", "_", [64, AN]]], undefined, "api.workos.com"),
  S("JWT signing secret", "auth", [["JWT_SECRET", [64, HX]]]),
  S("Session secret", "auth", [["SESSION_SECRET", [48, B64]]]),
  // cloud
  S("AWS access key pair", "cloud", [["AWS_ACCESS_KEY_ID", "AK", "IA", [16, B32]], ["AWS_SECRET_ACCESS_KEY", [40, AN + "/+"]]], undefined, "sts.amazonaws.com"),
  S("AWS STS session credentials", "cloud", [["AWS_ACCESS_KEY_ID", "AS", "IA", [16, B32]], ["AWS_SECRET_ACCESS_KEY", [40, AN + "/+"]], ["AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2Vj", [300, B64], "=="]]),
  S("Azure Storage connection string", "cloud", [["AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=acmeprod", [4, ANL], ";AccountKey=", [86, B64], "==;EndpointSuffix=core.windows.net"]]),
  S("Azure AD client secret", "cloud", [["AZURE_TENANT_ID", [8, HX], "-", [4, HX], "-4", [3, HX], "-9", [3, HX], "-", [12, HX]], ["AZURE_CLIENT_ID", [8, HX], "-", [4, HX], "-4", [3, HX], "-a", [3, HX], "-", [12, HX]], ["AZURE_CLIENT_SECRET", [3, AN], "8Q", "~", [31, AN + "_.-~"]]], undefined, "login.microsoftonline.com"),
  S("DigitalOcean token", "cloud", [["DIGITALOCEAN_TOKEN", "dop", "_v1_", [64, HX]]], undefined, "api.digitalocean.com"),
  S("Cloudflare API token", "cloud", [["CLOUDFLARE_API_TOKEN", [40, URLS]]], undefined, "api.cloudflare.com"),
  S("Cloudflare global API key", "cloud", [["CLOUDFLARE_EMAIL", "ops@acme.io"], ["CLOUDFLARE_API_KEY", [37, HX]]], "X-Auth-Key:", "api.cloudflare.com"),
  S("Heroku API key", "cloud", [["HEROKU_API_KEY", "HR", "KU-", "AA", [58, URLS]]], undefined, "api.heroku.com"),
  S("Netlify token", "cloud", [["NETLIFY_AUTH_TOKEN", "nf", "p_", [36, AN]]], undefined, "api.netlify.com"),
  S("Vercel token", "cloud", [["VERCEL_TOKEN", [24, AN]]], undefined, "api.vercel.com"),
  S("Fly.io token", "cloud", [["FLY_API_TOKEN", "FlyV1 ", "fm2_", [180, B64]]], undefined, "api.machines.dev"),
  S("HashiCorp Vault token", "cloud", [["VAULT_TOKEN", "hv", "s.", [90, URLS]]], "X-Vault-Token:", "vault.acme.internal:8200"),
  S("Terraform Cloud token", "cloud", [["TFE_TOKEN", [14, AN], ".atlas", "v1.", [67, AN]]], undefined, "app.terraform.io"),
  S("Doppler service token", "cloud", [["DOPPLER_TOKEN", "dp", ".st.", "prd.", [40, AN]]], undefined, "api.doppler.com"),
  // comms
  S("Slack bot token", "comms", [["SLACK_BOT_TOKEN", "xo", "xb-", [12, DG], "-", [13, DG], "-", [24, AN]]], undefined, "slack.com"),
  S("Slack user token", "comms", [["SLACK_USER_TOKEN", "xo", "xp-", [12, DG], "-", [12, DG], "-", [13, DG], "-", [32, HX]]], undefined, "slack.com"),
  S("Slack app-level token", "comms", [["SLACK_APP_TOKEN", "xa", "pp-1-", "A0", [9, ANU], "-", [13, DG], "-", [64, HX]]], undefined, "slack.com"),
  S("Slack incoming webhook", "comms", [["SLACK_WEBHOOK_URL", "https://hooks.", "slack.com/services/", "T0", [8, ANU], "/B0", [8, ANU], "/", [24, AN]]]),
  S("Discord bot token", "comms", [["DISCORD_BOT_TOKEN", "MT", [24, AN], ".", [6, URLS], ".", [38, URLS]]], "Authorization: Bot", "discord.com"),
  S("Discord webhook", "comms", [["DISCORD_WEBHOOK_URL", "https://discord.com/api/", "webhooks/", "12", [17, DG], "/", [68, URLS]]]),
  S("Telegram bot token", "comms", [["TELEGRAM_BOT_TOKEN", "7", [9, DG], ":AA", [33, URLS]]], undefined, "api.telegram.org"),
  S("Twilio API key", "comms", [["TWILIO_ACCOUNT_SID", "A", "C", [32, HX]], ["TWILIO_API_KEY", "S", "K", [32, HX]], ["TWILIO_API_SECRET", [32, AN]]]),
  S("Twilio auth token", "comms", [["TWILIO_ACCOUNT_SID", "A", "C", [32, HX]], ["TWILIO_AUTH_TOKEN", [32, HX]]]),
  S("SendGrid key", "comms", [["SENDGRID_API_KEY", "S", "G.", [22, URLS], ".", [43, URLS]]], undefined, "api.sendgrid.com"),
  S("Mailgun key", "comms", [["MAILGUN_API_KEY", [32, HX], "-", [8, HX], "-", [8, HX]]], undefined, "api.mailgun.net"),
  S("Mailchimp key", "comms", [["MAILCHIMP_API_KEY", [32, HX], "-us", "21"]], undefined, "us21.api.mailchimp.com"),
  S("Resend key", "comms", [["RESEND_API_KEY", "r", "e_", [8, AN], "_", [24, AN]]], undefined, "api.resend.com"),
  S("Brevo key", "comms", [["BREVO_API_KEY", "xkey", "sib-", [64, HX], "-", [16, AN]]], "api-key:", "api.brevo.com"),
  S("Postmark server token", "comms", [["POSTMARK_SERVER_TOKEN", [8, HX], "-", [4, HX], "-", [4, HX], "-", [4, HX], "-", [12, HX]]], "X-Postmark-Server-Token:", "api.postmarkapp.com"),
  // data
  S("PostgreSQL URL", "data", [["DATABASE_URL", "postgres", "ql://app_user:", [24, AN], "@db-prod.", [6, ANL], ".eu-west-1.rds.amazonaws.com:5432/app"]]),
  S("MongoDB Atlas URL", "data", [["MONGODB_URI", "mongodb", "+srv://svc-api:", [20, AN], "@cluster0.", [5, ANL], ".mongodb.net/prod?retryWrites=true&w=majority"]]),
  S("Redis URL", "data", [["REDIS_URL", "redi", "ss://default:", [32, AN], "@redis-", [5, DG], ".c1.us-east-1-2.ec2.cloud.redislabs.com:", [5, DG]]]),
  S("MySQL URL", "data", [["MYSQL_URL", "mys", "ql://root:", [18, AN], "@10.0.", [2, DG], ".14:3306/shop"]]),
  S("Upstash Redis REST token", "data", [["UPSTASH_REDIS_REST_URL", "https://eu1-", [10, ANL], "-3", [4, DG], ".upstash.io"], ["UPSTASH_REDIS_REST_TOKEN", "AX", [58, AN], "="]], undefined, "eu1-good-mole.upstash.io"),
  S("PlanetScale password", "data", [["PLANETSCALE_PASSWORD", "psc", "ale_pw_", [43, URLS]]]),
  S("Neon database URL", "data", [["DATABASE_URL", "postgres", "ql://neondb_owner:", "npg", "_", [12, AN], "@ep-", [6, ANL], "-", [8, ANL], ".us-east-2.aws.neon.tech/neondb?sslmode=require"]]),
  S("Databricks token", "data", [["DATABRICKS_HOST", "https://adb-", [16, DG], ".7.azuredatabricks.net"], ["DATABRICKS_TOKEN", "da", "pi", [32, HX]]]),
  S("Supabase service role key", "data", [["SUPABASE_URL", "https://", [20, ANL], ".supabase.co"]]),
  S("Snowflake password", "data", [["SNOWFLAKE_ACCOUNT", "xy", [5, DG], ".eu-central-1"], ["SNOWFLAKE_USER", "ETL_SVC"], ["SNOWFLAKE_PASSWORD", [20, AN + "!#%"]]]),
  // devtools
  S("GitHub classic PAT", "devtools", [["GITHUB_TOKEN", "gh", "p_", [36, AN]]], "Authorization: token", "api.github.com"),
  S("GitHub fine-grained PAT", "devtools", [["GH_TOKEN", "github", "_pat_", "11", [20, ANU], "_", [59, AN]]], undefined, "api.github.com"),
  S("GitHub OAuth token", "devtools", [["GITHUB_OAUTH_TOKEN", "gh", "o_", [36, AN]]], undefined, "api.github.com"),
  S("GitHub App installation token", "devtools", [["GITHUB_INSTALLATION_TOKEN", "gh", "s_", [36, AN]]], undefined, "api.github.com"),
  S("GitLab PAT", "devtools", [["GITLAB_TOKEN", "gl", "pat-", [20, URLS]]], "PRIVATE-TOKEN:", "gitlab.com"),
  S("npm token", "devtools", [["NPM_TOKEN", "np", "m_", [36, AN]]], undefined, "registry.npmjs.org"),
  S("PyPI token", "devtools", [["PYPI_TOKEN", "pypi-", "AgEIcHlwaS5vcmc", [150, URLS]]], undefined, "upload.pypi.org"),
  S("Docker Hub PAT", "devtools", [["DOCKERHUB_TOKEN", "dck", "r_pat_", [27, URLS]]], undefined, "hub.docker.com"),
  S("Bitbucket app password", "devtools", [["BITBUCKET_APP_PASSWORD", "AT", "BB", [32, AN], [8, HXU]]], undefined, "api.bitbucket.org"),
  S("Atlassian API token", "devtools", [["JIRA_API_TOKEN", "ATA", "TT3xFfGF0", [180, URLS], "=", [8, HXU]]], undefined, "acme.atlassian.net"),
  S("Postman API key", "devtools", [["POSTMAN_API_KEY", "PM", "AK-", [24, HX], "-", [34, HX]]], "X-Api-Key:", "api.getpostman.com"),
  S("CircleCI token", "devtools", [["CIRCLECI_TOKEN", "CCI", "PAT_", [22, AN], "_", [40, HX]]], "Circle-Token:", "circleci.com"),
  // keys (rendered as env/config values)
  S("age secret key", "keys", [["SOPS_AGE_KEY", "AGE-", "SECRET-KEY-1", [58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"]]]),
  // observability
  S("Datadog API + app key", "observability", [["DD_API_KEY", [32, HX]], ["DD_APP_KEY", [40, HX]]], "DD-API-KEY:", "api.datadoghq.eu"),
  S("New Relic user key", "observability", [["NEW_RELIC_API_KEY", "NR", "AK-", [27, ANU]]], "Api-Key:", "api.newrelic.com"),
  S("New Relic license key", "observability", [["NEW_RELIC_LICENSE_KEY", [36, HX], "NR", "AL"]]),
  S("Sentry auth token", "observability", [["SENTRY_AUTH_TOKEN", "sntr", "ys_", "eyJpYXQiOjE3", [100, URLS], "_", [43, URLS]]], undefined, "sentry.io"),
  S("Grafana service account token", "observability", [["GRAFANA_TOKEN", "gl", "sa_", [32, AN], "_", [8, HX]]], undefined, "acme.grafana.net"),
  // payment
  S("Stripe secret key", "payment", [["STRIPE_SECRET_KEY", "sk", "_live_", "51", [22, AN], [75, AN]]], undefined, "api.stripe.com"),
  S("Stripe restricted key", "payment", [["STRIPE_API_KEY", "rk", "_live_", "51", [22, AN], [75, AN]]], undefined, "api.stripe.com"),
  S("Stripe webhook secret", "payment", [["STRIPE_WEBHOOK_SECRET", "wh", "sec_", [32, AN]]]),
  S("Square access token", "payment", [["SQUARE_ACCESS_TOKEN", "EA", "AA", "l", [60, URLS]]], undefined, "connect.squareup.com"),
  S("PayPal client secret", "payment", [["PAYPAL_CLIENT_ID", "A", [79, URLS]], ["PAYPAL_CLIENT_SECRET", "E", [79, URLS]]], undefined, "api-m.paypal.com"),
  S("Braintree access token", "payment", [["BRAINTREE_ACCESS_TOKEN", "access_token", "$production$", [16, ANL], "$", [32, HX]]]),
  S("Shopify admin token", "payment", [["SHOPIFY_ACCESS_TOKEN", "sh", "pat_", [32, HX]]], "X-Shopify-Access-Token:", "acme-store.myshopify.com"),
  S("Shopify app secret", "payment", [["SHOPIFY_API_SECRET", "sh", "pss_", [32, HX]]]),
  // saas
  S("Notion integration token", "saas", [["NOTION_TOKEN", "nt", "n_", [11, DG], [35, AN]]], undefined, "api.notion.com"),
  S("Airtable PAT", "saas", [["AIRTABLE_TOKEN", "pa", "t", [14, AN], ".", [64, HX]]], undefined, "api.airtable.com"),
  S("Linear API key", "saas", [["LINEAR_API_KEY", "lin", "_api_", [40, AN]]], "Authorization:", "api.linear.app"),
  S("Figma PAT", "saas", [["FIGMA_TOKEN", "fig", "d_", [40, URLS]]], "X-Figma-Token:", "api.figma.com"),
  S("HubSpot private app token", "saas", [["HUBSPOT_ACCESS_TOKEN", "pat-", "na1-", [8, HX], "-", [4, HX], "-", [4, HX], "-", [4, HX], "-", [12, HX]]], undefined, "api.hubapi.com"),
  S("Contentful management token", "saas", [["CONTENTFUL_MANAGEMENT_TOKEN", "CFP", "AT-", [43, URLS]]], undefined, "api.contentful.com"),
  S("Mapbox secret token", "saas", [["MAPBOX_SECRET_TOKEN", "s", "k.", "eyJ1IjoiYWNtZS1vcHMiLCJhIjoi", [24, AN], "In0.", [22, URLS]]]),
  S("Algolia admin key", "saas", [["ALGOLIA_APP_ID", [10, ANU]], ["ALGOLIA_ADMIN_API_KEY", [32, HX]]], "X-Algolia-API-Key:", "acme-dsn.algolia.net"),
  S("PostHog personal API key", "saas", [["POSTHOG_PERSONAL_API_KEY", "ph", "x_", [47, AN]]], undefined, "us.posthog.com"),
  S("Dropbox access token", "saas", [["DROPBOX_ACCESS_TOKEN", "s", "l.u.", [130, URLS]]], undefined, "api.dropboxapi.com"),
];

// Supabase service role: needs a JWT body; patch in after construction.
const supa = SPECS.find((s) => s.provider === "Supabase service role key")!;
supa.kv = (g) => {
  const ref = g.str(20, "abcdefghijklmnopqrstuvwxyz");
  return [["SUPABASE_URL", `https://${ref}.supabase.co`], ["SUPABASE_SERVICE_ROLE_KEY", g.jwt({ iss: "supabase", ref, role: "service_role", iat: 1730000000 + g.int(9e6), exp: 2045000000 + g.int(9e6) })]];
};

const g = new Gen(0x42c0ffee);
const out: CorpusCase[] = [];
let n = 0;
for (let round = 0; round < 2; round++) {
  SPECS.forEach((spec, i) => {
    if (round === 1 && i % 4 !== 0) return;
    n++;
    out.push(render(g, spec, i * 2 + round * 17 + round, `y42-c-${pad(n)}`, `heldouty42-sec-${spec.group}`));
  });
}

// Handcrafted: key material and connection forms that need their own framing.
const hk: [string, string, string][] = [];
const dash = "-----";
hk.push(["keys", "RSA private key pasted in OpenAI chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying 'invalid format' for this deploy key, what's wrong?\n\n${g.pem("RSA PRIVATE KEY", 1190)}\n` }] })]);
hk.push(["keys", "OpenSSH private key in write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.str(22, AN), name: "write_file", input: { path: "/home/ci/.ssh/id_ed25519", content: `${dash}BEGIN OPENSSH PRIVATE KEY${dash}\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA${g.str(43, B64)}AAAAJ${g.str(60, B64)}\n${g.str(70, B64)}\n${g.str(70, B64)}\n${g.str(36, B64)}=\n${dash}END OPENSSH PRIVATE KEY${dash}\n` } })]);
hk.push(["keys", "EC private key in Kubernetes Secret manifest", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: jwt-signer\ntype: Opaque\nstringData:\n  signing.pem: |\n${g.pem("EC PRIVATE KEY", 121).split("\n").map((l) => "    " + l).join("\n")}`]);
hk.push(["keys", "PKCS#8 private key in GCP service account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.str(6, DG), private_key_id: g.str(40, HX), private_key: g.pem("PRIVATE KEY", 1218) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.str(21, DG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)]);
hk.push(["keys", "PGP private key block in Markdown runbook", `### Signing releases\n\nImport the release key on the build box:\n\n\`\`\`\n${dash}BEGIN PGP PRIVATE KEY BLOCK${dash}\n\n${Buffer.from(g.bytes(900)).toString("base64").replace(/(.{64})/g, "$1\n")}\n=${g.str(4, B64)}\n${dash}END PGP PRIVATE KEY BLOCK${dash}\n\`\`\`\n\nThen run \`gpg --list-secret-keys\`.`]);
hk.push(["keys", "encrypted-less private key in Python crash dump locals", `Traceback (most recent call last):\n  File "/srv/app/sign.py", line 12, in <module>\n    key = load_pem_private_key(pem, password=None)\nValueError: Could not deserialize key data.\n\nLocals:\n  pem = b'${g.pem("RSA PRIVATE KEY", 600).replace(/\n/g, "\\n")}'`]);
hk.push(["data", "Postgres password in .pgpass via MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `db-prod.internal:5432:orders:orders_rw:${g.str(22, AN)}\nlocalhost:5432:*:postgres:${g.str(16, AN)}\n` }] } })]);
hk.push(["devtools", ".netrc with GitHub token in shell tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.str(24, AN), type: "function", function: { name: "shell", arguments: JSON.stringify({ cmd: `printf 'machine github.com\\nlogin x-access-token\\npassword ${g.mk("gh", "p_", [36, AN])}\\n' > ~/.netrc && chmod 600 ~/.netrc` }) } }] })]);
hk.push(["devtools", "npm token in .npmrc written by agent", `//registry.npmjs.org/:_authToken=${g.mk("np", "m_", [36, AN])}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${g.mk("gh", "p_", [36, AN])}\nalways-auth=true`]);
hk.push(["devtools", "docker config.json auth blob", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + g.mk("gh", "p_", [36, AN])).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from("acmeci:" + g.mk("dck", "r_pat_", [27, URLS])).toString("base64") } } }, null, 2)]);
hk.push(["cloud", "AWS credentials file in chat message", `here's my ~/.aws/credentials, boto3 says the token is invalid:\n\n[default]\naws_access_key_id = ${g.mk("AK", "IA", [16, B32])}\naws_secret_access_key = ${g.str(40, AN + "/+")}\n\n[staging]\naws_access_key_id = ${g.mk("AK", "IA", [16, B32])}\naws_secret_access_key = ${g.str(40, AN + "/+")}\nregion = eu-central-1`]);
hk.push(["cloud", "Azure SAS URL in curl upload", `curl -X PUT -T build.zip -H "x-ms-blob-type: BlockBlob" "https://acmeartifacts.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(32))}"`]);
hk.push(["auth", "basic auth credentials in URL in CI log", `2026-11-30T09:01:12Z Cloning into 'infra'...\n2026-11-30T09:01:12Z + git clone https://deploy-bot:${g.str(24, AN)}@git.acme.io/platform/infra.git\n2026-11-30T09:01:14Z Receiving objects: 100% (4123/4123), done.`]);
hk.push(["auth", "Google OAuth refresh token in token.json", JSON.stringify({ token: g.mk("ya", "29.", "a0AfB_by", [150, URLS]), refresh_token: g.mk("1//0", [2, AN], "Cg", "YIARAAGAQSNwF-L9Ir", [60, URLS]), token_uri: "https://oauth2.googleapis.com/token", client_id: g.str(12, DG) + "-" + g.str(32, ANL) + ".apps.googleusercontent.com", client_secret: g.mk("GOC", "SPX-", [28, URLS]), scopes: ["https://www.googleapis.com/auth/drive"] }, null, 2)]);
hk.push(["payment", "Stripe key in Go source", `package billing\n\nimport "github.com/stripe/stripe-go/v79"\n\nfunc init() {\n\tstripe.Key = "${g.mk("sk", "_live_", "51", [22, AN], [75, AN])}"\n}`]);
hk.push(["comms", "Slack webhook in systemd unit", `[Unit]\nDescription=Backup notifier\n\n[Service]\nType=oneshot\nEnvironment=SLACK_WEBHOOK=${g.mk("https://hooks.", "slack.com/services/", "T0", [8, ANU], "/B0", [8, ANU], "/", [24, AN])}\nExecStart=/usr/local/bin/notify-backup\n`]);
hk.forEach(([grp, note, text], i) => out.push({ id: `y42-ck-${pad(i + 1)}`, kind: "secrets", category: `heldouty42-sec-${grp}`, label: "positive", text, note }));

export const cases: CorpusCase[] = out;
