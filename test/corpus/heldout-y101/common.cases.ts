// heldout-y101: common providers, each rotated through two contexts, plus handcrafted key material.
import type { CorpusCase } from "../types.ts";
import { G, S, rotate, type Spec } from "./_gen.ts";

const CAT = "heldouty101-sec";
const J = (...xs: string[]) => xs.join("");

const specs: Spec[] = [
  // ai
  S("OpenAI project key", "ai", "OPENAI_API_KEY", (g) => J("sk-", "proj-", g.w(74), "T3Blbk", "FJ", g.w(74))),
  S("OpenAI service account key", "ai", "OPENAI_API_KEY", (g) => J("sk-", "svcacct-", g.w(74), "T3Blbk", "FJ", g.w(74))),
  S("OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", (g) => J("sk-", "admin-", g.w(74), "T3Blbk", "FJ", g.w(74))),
  S("Anthropic API key", "ai", "ANTHROPIC_API_KEY", (g) => J("sk-", "ant-", "api03-", g.w(93), "AA"), { hdr: "x-api-key" }),
  S("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => J("sk-", "ant-", "admin01-", g.w(93), "AA"), { hdr: "x-api-key" }),
  S("Hugging Face user token", "ai", "HF_TOKEN", (g) => J("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))),
  S("Groq API key", "ai", "GROQ_API_KEY", (g) => J("gs", "k_", g.a(52))),
  S("Replicate API token", "ai", "REPLICATE_API_TOKEN", (g) => J("r8", "_", g.a(37))),
  S("Perplexity API key", "ai", "PERPLEXITY_API_KEY", (g) => J("pp", "lx-", g.a(48))),
  S("Google Gemini API key (server)", "ai", "GEMINI_API_KEY", (g) => J("AI", "za", g.w(35)), { hdr: "x-goog-api-key" }),
  S("xAI API key", "ai", "XAI_API_KEY", (g) => J("xa", "i-", g.a(80))),
  S("OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => J("sk-", "or-", "v1-", g.h(64))),
  S("Cohere API key", "ai", "COHERE_API_KEY", (g) => g.a(40)),
  S("Mistral API key", "ai", "MISTRAL_API_KEY", (g) => g.a(32)),
  S("LangSmith API key", "ai", "LANGSMITH_API_KEY", (g) => J("lsv2", "_pt_", g.h(32), "_", g.h(10)), { hdr: "x-api-key" }),
  S("Pinecone API key", "ai", "PINECONE_API_KEY", (g) => J("pc", "sk_", g.a(5), "_", g.a(64)), { hdr: "Api-Key" }),
  // auth
  S("Okta API token", "auth", "OKTA_API_TOKEN", (g) => J("00", g.w(40)), { sch: "SSWS" }),
  S("Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (g) => g.w(64)),
  S("Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (g) => J("GOC", "SPX-", g.w(28))),
  S("Clerk secret key", "auth", "CLERK_SECRET_KEY", (g) => J("sk", "_live_", g.a(42))),
  S("JWT signing secret", "auth", "JWT_SECRET", (g) => g.b64(64)),
  S("Session cookie secret", "auth", "SESSION_SECRET", (g) => g.h(64)),
  S("GitHub OAuth app client secret", "auth", "GITHUB_CLIENT_SECRET", (g) => g.h(40)),
  // cloud
  S("AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")),
  S("Azure AD client secret", "cloud", "AZURE_CLIENT_SECRET", (g) => J(g.a(3), String(g.int(10)), "Q", "~", g.w(34))),
  S("DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", (g) => J("do", "p_v1_", g.h(64))),
  S("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.w(40)),
  S("Heroku API key", "cloud", "HEROKU_API_KEY", (g) => J("HR", "KU-", "AA", g.w(58))),
  S("Vercel token", "cloud", "VERCEL_TOKEN", (g) => g.a(24)),
  S("Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (g) => J("nf", "p_", g.a(36))),
  S("Fly.io deploy token", "cloud", "FLY_API_TOKEN", (g) => J("Fly", "V1 ", "fm2_", g.b64(180))),
  S("Terraform Cloud token", "cloud", "TF_TOKEN_app_terraform_io", (g) => J(g.a(14), ".atlas", "v1.", g.a(67))),
  S("HashiCorp Vault service token", "cloud", "VAULT_TOKEN", (g) => J("hv", "s.", g.w(90)), { hdr: "X-Vault-Token" }),
  S("Doppler service token", "cloud", "DOPPLER_TOKEN", (g) => J("dp", ".st.", "prd.", g.a(43))),
  S("Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (g) => J("DefaultEndpointsProtocol=https;AccountName=", g.l(12), ";AccountKey=", g.b64(86), "==;EndpointSuffix=core.windows.net"), { url: true }),
  // comms
  S("Slack bot token", "comms", "SLACK_BOT_TOKEN", (g) => J("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24))),
  S("Slack user token", "comms", "SLACK_USER_TOKEN", (g) => J("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32))),
  S("Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (g) => J("https://hooks.", "slack.com/services/T", g.U(10), "/B", g.U(10), "/", g.a(24)), { url: true }),
  S("Discord bot token", "comms", "DISCORD_TOKEN", (g) => J(g.b64enc(g.d(18)).replace(/=+$/, ""), ".", g.w(6), ".", g.w(38)), { sch: "Bot" }),
  S("Discord webhook", "comms", "DISCORD_WEBHOOK_URL", (g) => J("https://discord.com/api/", "webhooks/", g.d(19), "/", g.w(68)), { url: true }),
  S("Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (g) => J(g.d(10), ":AA", g.w(33))),
  S("Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (g) => g.h(32)),
  S("SendGrid API key", "comms", "SENDGRID_API_KEY", (g) => J("S", "G.", g.w(22), ".", g.w(43))),
  S("Mailgun API key", "comms", "MAILGUN_API_KEY", (g) => J("ke", "y-", g.h(32))),
  S("Mailchimp API key", "comms", "MAILCHIMP_API_KEY", (g) => J(g.h(32), "-us", String(g.range(2, 21)))),
  // data
  S("Postgres URL with password", "data", "DATABASE_URL", (g) => J("postgres://app_", g.word(), ":", g.a(24), "@db-", g.l(6), ".internal.example:5432/prod"), { url: true }),
  S("MongoDB Atlas SRV URI", "data", "MONGODB_URI", (g) => J("mongodb+srv://", g.word(), ":", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/app?retryWrites=true"), { url: true }),
  S("Redis URL with password", "data", "REDIS_URL", (g) => J("rediss://default:", g.a(32), "@", g.word(), "-", g.d(5), ".upstash.io:6379"), { url: true }),
  S("PlanetScale password", "data", "PLANETSCALE_PASSWORD", (g) => J("psc", "ale_pw_", g.w(43))),
  S("Databricks PAT", "data", "DATABRICKS_TOKEN", (g) => J("da", "pi", g.h(32))),
  S("Supabase secret key", "data", "SUPABASE_SECRET_KEY", (g) => J("sb", "_secret_", g.w(32)), { hdr: "apikey" }),
  S("Airtable PAT", "data", "AIRTABLE_TOKEN", (g) => J("pa", "t", g.a(14), ".", g.h(64))),
  // devtools
  S("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => J("gh", "p_", g.a(36)), { sch: "token" }),
  S("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => J("github", "_pat_", "11", g.U(20), "_", g.a(59))),
  S("GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (g) => J("gh", "o_", g.a(36))),
  S("GitLab PAT", "devtools", "GITLAB_TOKEN", (g) => J("gl", "pat-", g.w(20)), { hdr: "PRIVATE-TOKEN" }),
  S("npm automation token", "devtools", "NPM_TOKEN", (g) => J("np", "m_", g.a(36))),
  S("PyPI upload token", "devtools", "PYPI_API_TOKEN", (g) => J("py", "pi-", "AgEIcHlwaS5vcmc", g.w(140))),
  S("Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (g) => J("dc", "kr_pat_", g.w(27))),
  S("Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", (g) => J("AT", "BB", g.a(32))),
  S("Atlassian API token", "devtools", "JIRA_API_TOKEN", (g) => J("ATA", "TT3xFfGF0", g.w(180), "=", g.H(8))),
  S("Postman API key", "devtools", "POSTMAN_API_KEY", (g) => J("PM", "AK-", g.h(24), "-", g.h(34)), { hdr: "X-Api-Key" }),
  S("Sentry user auth token", "devtools", "SENTRY_AUTH_TOKEN", (g) => J("sntr", "yu_", g.h(64))),
  S("Linear API key", "devtools", "LINEAR_API_KEY", (g) => J("lin", "_api_", g.a(40))),
  // observability
  S("Datadog API key", "observability", "DD_API_KEY", (g) => g.h(32), { hdr: "DD-API-KEY" }),
  S("Datadog application key", "observability", "DD_APP_KEY", (g) => g.h(40), { hdr: "DD-APPLICATION-KEY" }),
  S("New Relic user key", "observability", "NEW_RELIC_API_KEY", (g) => J("NR", "AK-", g.U(27)), { hdr: "Api-Key" }),
  S("Grafana service account token", "observability", "GRAFANA_TOKEN", (g) => J("gl", "sa_", g.a(32), "_", g.h(8))),
  // payment
  S("Stripe secret key", "payment", "STRIPE_SECRET_KEY", (g) => J("sk", "_live_", g.a(99))),
  S("Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", (g) => J("rk", "_live_", g.a(99))),
  S("Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", (g) => J("wh", "sec_", g.a(32))),
  S("Square access token", "payment", "SQUARE_ACCESS_TOKEN", (g) => J("EA", "AA", g.w(60))),
  S("PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", (g) => J("E", g.w(79))),
  S("Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => J("access_token", "$production$", g.l(16), "$", g.h(32))),
  // saas
  S("Shopify admin API token", "saas", "SHOPIFY_ACCESS_TOKEN", (g) => J("sh", "pat_", g.h(32)), { hdr: "X-Shopify-Access-Token" }),
  S("Notion integration token", "saas", "NOTION_TOKEN", (g) => J("nt", "n_", g.d(11), g.a(35))),
  S("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => J("pat", "-na1-", g.uuid())),
  S("Figma PAT", "saas", "FIGMA_TOKEN", (g) => J("fi", "gd_", g.w(40)), { hdr: "X-Figma-Token" }),
  S("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => J("CF", "PAT-", g.w(43))),
  S("Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => J("s", "l.", g.w(136))),
  S("Twitter/X app bearer token", "saas", "TWITTER_BEARER_TOKEN", (g) => J("AAAAAAAAAAAAAAAAAAAAA", g.a(25), "%3D", g.a(50))),
  S("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => J("s", "k.", "eyJ1Ijoi", g.a(40), ".", g.w(22))),
  S("Algolia admin API key", "saas", "ALGOLIA_ADMIN_KEY", (g) => g.h(32), { hdr: "X-Algolia-API-Key" }),
];

function handcrafted(): CorpusCase[] {
  const g = new G(101_777);
  const c = (n: number, grp: string, text: string, note: string): CorpusCase => ({ id: `y101-ck-${String(n).padStart(3, "0")}`, kind: "secrets", category: `${CAT}-${grp}`, label: "positive", text, note });
  const akid = () => J("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
  const sec40 = () => g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+");
  const B = "BEGIN ", P = "PRIVATE KEY";
  return [
    c(1, "cloud", `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${sec40()}\nregion = us-east-1`, "AWS key pair in ~/.aws/credentials pasted to chat"),
    c(2, "cloud", JSON.stringify({ role: "user", content: `terraform apply fails:\n\nError: error configuring Terraform AWS Provider: validating provider credentials\n  with provider[\"registry.terraform.io/hashicorp/aws\"],\n  access_key = \"${akid()}\"\n  secret_key = \"${sec40()}\"` }), "AWS key pair in chat body with terraform error"),
    c(3, "cloud", JSON.stringify({ type: "service_account", project_id: `${g.word()}-prod-${g.d(6)}`, private_key_id: g.h(40), private_key: g.pem(J("RSA ", P), 900) + "\n", client_email: `deployer@${g.word()}-prod.iam.gserviceaccount.com`, client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON key file in write_file"),
    c(4, "keys", `$ cat ~/.ssh/id_ed25519\n${g.pem(J("OPENSSH ", P), 300)}`, "OpenSSH private key in shell output"),
    c(5, "keys", JSON.stringify({ tool: "write_file", path: "certs/server.key", content: g.pem(J("EC ", P), 120) }), "EC private key in write_file tool call"),
    c(6, "keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signer\nstringData:\n  signer.pem: |\n${g.pem(P, 1200).split("\n").map((l) => "    " + l).join("\n")}`, "PKCS#8 private key in k8s Secret YAML"),
    c(7, "keys", `# age key for sops\n# created: 2026-10-02T11:20:04Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${J("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}`, "age secret key file pasted"),
    c(8, "keys", `# hardhat.config.ts\nnetworks: {\n  mainnet: {\n    url: process.env.RPC_URL,\n    accounts: ["0x${g.h(64)}"],\n  },\n},`, "Ethereum deployer private key in Hardhat config"),
    c(9, "keys", `[Interface]\nAddress = 10.8.0.${g.range(2, 250)}/24\nPrivateKey = ${g.b64(43)}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0`, "WireGuard private key in wg0.conf"),
    c(10, "keys", `-----${B}PGP ${P} BLOCK-----\n\n${Buffer.from(g.bytes(600)).toString("base64").match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n-----END PGP ${P} BLOCK-----`, "PGP private key block exported for CI signing"),
    c(11, "keys", `- name: Add deploy key\n  run: |\n    mkdir -p ~/.ssh\n    cat > ~/.ssh/id_rsa <<'KEY'\n${g.pem(J("RSA ", P), 1190)}\n    KEY\n    chmod 600 ~/.ssh/id_rsa`, "RSA private key inlined in GitHub Actions step"),
    c(12, "auth", `machine api.${g.word()}.example\n  login deploy\n  password ${g.a(32)}\nmachine github.com\n  login ci-bot\n  password ${J("gh", "p_", g.a(36))}`, ".netrc with passwords and GitHub PAT"),
    c(13, "data", `${g.word()}-db.internal:5432:app:app_rw:${g.a(28)}\n*:*:analytics:readonly:${g.a(22)}`, ".pgpass lines"),
    c(14, "cloud", `https://${g.l(12)}.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}`, "Azure SAS URL with signature"),
    c(15, "devtools", `//registry.npmjs.org/:_authToken=${J("np", "m_", g.a(36))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${J("gh", "p_", g.a(36))}`, ".npmrc with npm and GitHub tokens"),
    c(16, "devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: g.b64enc(`ci-bot:${J("dc", "kr_pat_", g.w(27))}`) } } }, null, 2), "docker config.json base64 auth"),
  ];
}

export const cases: CorpusCase[] = [
  ...rotate(101_001, "y101-c", CAT, specs, 0, 1),
  ...rotate(101_002, "y101-c", CAT, specs.filter((_, i) => i % 5 < 3), 17, specs.length + 1),
  ...handcrafted(),
];
