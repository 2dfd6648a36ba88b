import type { CorpusCase } from "../types";
import { makeGen, b64 as B64 } from "./_gen";

const g = makeGen(0x5eed_0001);
const { j, hex, an, lo, up, dig, b64, b64u, uuid, s } = g;
const cases: CorpusCase[] = [];
let n = 0;
const P = (category: string, text: string, note?: string) =>
  cases.push({ id: `v-sp-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldoutv-${category}`, label: "positive", text, ...(note ? { note } : {}) });

// ---------- regional / second-tier clouds ----------
P("sec-cloud", `[default]\naccess_key_id = ${j("LT", "AI", an(20))}\naccess_key_secret = ${an(30)}\nregion_id = cn-hangzhou\n`, "Alibaba Cloud CLI config");
P("sec-cloud", `from tencentcloud.common import credential\ncred = credential.Credential("${j("AK", "ID", an(32))}", "${an(32)}")\nclient = cvm_client.CvmClient(cred, "ap-guangzhou")`, "Tencent Cloud SecretId/SecretKey");
P("sec-cloud", `curl -s -X POST http://10.0.0.5:8080/deploy \\\n  -H "Authorization: Api-Key ${j("AQ", "VN", b64u(36))}" \\\n  -d '{"folderId":"b1g${lo(17)}"}'`, "Yandex Cloud API key");
P("sec-cloud", `export SCW_ACCESS_KEY=${j("SC", "W", up(17))}\nexport SCW_SECRET_KEY=${uuid()}\nexport SCW_DEFAULT_PROJECT_ID=${uuid()}\nscw instance server list`, "Scaleway keys");
P("sec-cloud", `{"type":"digitalocean","token":"${j("dop", "_v1_", hex(64))}","region":"fra1"}`, "DigitalOcean PAT");
P("sec-cloud", `provider "linode" {\n  token = "${hex(64)}"\n}\n# linode_token for the staging account`, "Linode token, context-only");
P("sec-cloud", `[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa${lo(52)}\nfingerprint=${Array.from({ length: 16 }, () => hex(2)).join(":")}\ntenancy=ocid1.tenancy.oc1..aaaaaaaa${lo(52)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n\n${g.pem("PRIVATE KEY", 24)}\n`, "OCI config with inline private key pasted");
P("sec-cloud", `ibmcloud login --apikey ${b64u(44)} -r us-south`, "IBM Cloud API key on command line");
P("sec-cloud", `DefaultEndpointsProtocol=https;AccountName=stgprodlogs01;AccountKey=${b64(86)}==;EndpointSuffix=core.windows.net`, "Azure storage connection string");
P("sec-cloud", `aws_access_key_id=${j("AS", "IA", s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key=${b64(40).replace(/\+/g, "x")}\naws_session_token=${b64(300)}`, "AWS temporary creds in credentials file");
P("sec-cloud", JSON.stringify({ type: "service_account", project_id: "billing-prod-4471", private_key_id: hex(40), private_key: g.pem("PRIVATE KEY", 25) + "\n", client_email: "ci-deployer@billing-prod-4471.iam.gserviceaccount.com", client_id: dig(21) }, null, 2), "GCP service-account key file");
P("sec-cloud", `const hcloud = new HCloud({ token: "${an(64)}" }); // hetzner cloud project token`, "Hetzner Cloud token, context-only");
P("sec-cloud", `OVH_APPLICATION_KEY=${an(16)}\nOVH_APPLICATION_SECRET=${an(32)}\nOVH_CONSUMER_KEY=${an(32)}\nOVH_ENDPOINT=ovh-eu`, "OVHcloud API triplet");
P("sec-cloud", `I keep getting 403 from the Cloudflare API, here's what I'm sending:\n\nAuthorization: Bearer ${j(an(20), b64u(20))}\nX-Auth-Email: ops@example.com\n\nany idea why?`, "Cloudflare API token in a chat prompt");

// ---------- VCS / CI/CD ----------
P("sec-vcs-ci", `git remote set-url origin https://oauth2:${j("glp", "at-", b64u(20))}@gitlab.example.com/platform/infra.git`, "GitLab PAT in remote URL");
P("sec-vcs-ci", `- name: checkout private submodule\n  env:\n    GH_TOKEN: ${j("github", "_pat_", "11", up(20), "_", an(59))}\n  run: gh repo clone acme/secret-sauce`, "GitHub fine-grained PAT in workflow");
P("sec-vcs-ci", `{"installation_token":"${j("gh", "s_", an(36))}","expires_at":"2026-12-05T04:00:00Z"}`, "GitHub App installation token");
P("sec-vcs-ci", `# .circleci personal token for the release bot\nCIRCLE_TOKEN=${j("CCI", "PAT_", an(22), "_", hex(40))}`, "CircleCI PAT");
P("sec-vcs-ci", `steps:\n  - label: ":pipeline: upload"\n    command: |\n      curl -H "Authorization: Bearer ${j("bk", "ua_", hex(40))}" \\\n        http://buildkite.internal.test/v2/organizations/acme/pipelines`, "Buildkite API token");
P("sec-vcs-ci", `x-token-auth:${j("AT", "BB", an(32))}\n^ bitbucket app password for the deploy user, please add it to the pipeline vars`, "Bitbucket app password");
P("sec-vcs-ci", `$pat = "${s(52, "abcdefghijklmnopqrstuvwxyz234567")}"\n$b = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))\nInvoke-RestMethod -Uri "https://dev.azure.example.com/acme/_apis/projects" -Headers @{Authorization = "Basic $b"}`, "Azure DevOps PAT (legacy 52-char) with context");
P("sec-vcs-ci", `credentials "app.terraform.io" {\n  token = "${j(an(14), ".atlas", "v1.", an(67))}"\n}`, "Terraform Cloud token in .terraformrc");
P("sec-vcs-ci", `JENKINS_URL=http://10.20.0.4:8080\nJENKINS_USER=release\nJENKINS_API_TOKEN=11${hex(32)}\njava -jar jenkins-cli.jar -s $JENKINS_URL -auth $JENKINS_USER:$JENKINS_API_TOKEN build deploy-prod`, "Jenkins API token");
P("sec-vcs-ci", `drone secret add --repository acme/api --name harness_key --data ${j("pat.", an(22), ".", hex(24), ".", an(20))}`, "Harness PAT");
P("sec-vcs-ci", `[remote "origin"]\n\turl = https://x-access-token:${j("gh", "o_", an(36))}@github.example.com/acme/web.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*`, "GitHub OAuth token in .git/config");
P("sec-vcs-ci", `{"registry":"ghcr","username":"bot","password":"${j("gh", "p_", an(36))}"}`, "GitHub classic PAT as registry password");
P("sec-vcs-ci", `export GITEA_TOKEN=${hex(40)}\ntea login add --url http://git.lan.test --token $GITEA_TOKEN`, "Gitea token, context-only");

// ---------- AI / LLM providers ----------
P("sec-ai", `import Groq from "groq-sdk";\nconst groq = new Groq({ apiKey: "${j("gs", "k_", an(52))}" });`, "Groq key");
P("sec-ai", `from huggingface_hub import login\nlogin(token="${j("h", "f_", an(34))}")`, "Hugging Face token");
P("sec-ai", `REPLICATE_API_TOKEN=${j("r8", "_", an(37))}`, "Replicate token");
P("sec-ai", `curl http://127.0.0.1:4000/chat/completions -H "Authorization: Bearer ${j("pplx", "-", an(48))}" -d @req.json`, "Perplexity key");
P("sec-ai", `{"model":"grok-3","api_key":"${j("xa", "i-", an(80))}","temperature":0.2}`, "xAI key");
P("sec-ai", `OPENROUTER_API_KEY="${j("sk-", "or-", "v1-", hex(64))}"`, "OpenRouter key");
P("sec-ai", `client = OpenAI(\n    api_key="${j("sk-", "proj-", b64u(74), "T3Blbk", "FJ", b64u(74))}",\n)`, "OpenAI project key");
P("sec-ai", `Hey, can you debug why this fails? my key is ${j("sk-", "ant-", "api03-", b64u(93), "AA")} and I get 401 on every call`, "Anthropic key pasted in prompt");
P("sec-ai", `[llm.deepseek]\nbase_url = "http://localhost:8000/v1"\napi_key = "${j("sk-", hex(32))}"`, "DeepSeek-style key in TOML");
P("sec-ai", `os.environ["FIREWORKS_API_KEY"] = "${j("fw", "_", an(24))}"`, "Fireworks key");
P("sec-ai", `PINECONE_API_KEY=${j("pc", "sk_", an(5), "_", an(64))}`, "Pinecone key");
P("sec-ai", `AZURE_OPENAI_ENDPOINT=https://acme-oai.openai.azure.example.com/\nAZURE_OPENAI_API_KEY=${hex(32)}\nAZURE_OPENAI_DEPLOYMENT=gpt-4o`, "Azure OpenAI key, context-only");
P("sec-ai", `{"messages":[{"role":"user","content":"Summarize this .env for me:\\nMISTRAL_API_KEY=${an(32)}\\nLOG_LEVEL=debug"}]}`, "Mistral key inside chat message");
P("sec-ai", `cohere_client = cohere.ClientV2(api_key="${an(40)}")  # production cohere key`, "Cohere key, context-only");

// ---------- payments beyond the big two ----------
P("sec-payment", `Razorpay keys for checkout service:\nkey_id: ${j("rzp", "_live_", an(14))}\nkey_secret: ${an(24)}`, "Razorpay");
P("sec-payment", `const paystack = require("paystack")("${j("sk", "_live_", hex(40))}");`, "Paystack secret key");
P("sec-payment", `FLW_SECRET_KEY=${j("FLW", "SECK-", hex(32), "-X")}`, "Flutterwave secret");
P("sec-payment", `$mollie->setApiKey("${j("li", "ve_", an(30))}");`, "Mollie live key");
P("sec-payment", `gateway = braintree.BraintreeGateway(access_token="${j("access_token", "$production$", lo(16), "$", hex(32))}")`, "Braintree access token");
P("sec-payment", `SQUARE_ACCESS_TOKEN=${j("EAAA", "E", b64u(59))}\nSQUARE_APPLICATION_SECRET=${j("sq0", "csp-", b64u(43))}`, "Square tokens");
P("sec-payment", `POST /v1/refunds HTTP/1.1\nHost: pay.internal.test\nAuthorization: Bearer ${j("rk", "_live_", an(99))}\nContent-Type: application/x-www-form-urlencoded\n\ncharge=ch_${an(24)}&amount=1200`, "Stripe restricted key in raw HTTP");
P("sec-payment", `{"client_id":"${j("access-", "production-", uuid())}","plaid_secret":"${hex(30)}"}`, "Plaid access token + secret");
P("sec-payment", `adyen:\n  environment: LIVE\n  api_key: ${j("AQE", an(14), "+", b64(120), "=")}`, "Adyen API key");

// ---------- email / SMS / chat ----------
P("sec-comms", `sg.send(msg)  # SENDGRID_API_KEY='${j("S", "G.", b64u(22), ".", b64u(43))}'`, "SendGrid");
P("sec-comms", `curl -s --user 'api:${j("key", "-", hex(32))}' http://mail.lan.test/v3/mg.example.com/messages -F from=bot@example.com`, "Mailgun legacy key");
P("sec-comms", `twilio:\n  account_sid: ${j("A", "C", hex(32))}\n  auth_token: ${hex(32)}\n  from: "+15005550006"`, "Twilio SID+token");
P("sec-comms", `TWILIO_API_KEY=${j("S", "K", hex(32))}\nTWILIO_API_SECRET=${an(32)}`, "Twilio API key");
P("sec-comms", `BREVO_KEY=${j("xkey", "sib-", hex(64), "-", an(16))}`, "Brevo/Sendinblue");
P("sec-comms", `resend.api_key = "${j("r", "e_", an(8), "_", an(24))}"`, "Resend");
P("sec-comms", `mailchimp.setConfig({ apiKey: "${hex(32)}-us21", server: "us21" });`, "Mailchimp key");
P("sec-comms", `TELEGRAM_BOT_TOKEN=${dig(10)}:${j("AA", b64u(33))}`, "Telegram bot token");
P("sec-comms", `client.run("${j("MT", b64u(24))}.${b64u(6)}.${b64u(38)}")  # discord bot`, "Discord bot token");
P("sec-comms", `slack_token: ${j("xo", "xp-", dig(12), "-", dig(12), "-", dig(13), "-", hex(32))}`, "Slack user token");
P("sec-comms", `{"text":"deploy ok","token":"${j("xa", "pp-1-", up(11), "-", dig(13), "-", hex(64))}"}`, "Slack app-level token");
P("sec-comms", `vonage = Vonage(Auth(api_key="${hex(8)}", api_secret="${an(16)}"))  # nexmo sms`, "Vonage key+secret");
P("sec-comms", `POSTMARK_SERVER_TOKEN=${uuid()}\nPOSTMARK_FROM=noreply@example.com`, "Postmark server token (UUID-shaped, named)");
P("sec-comms", `PUSHER_APP_ID=${dig(7)}\nPUSHER_KEY=${hex(20)}\nPUSHER_SECRET=${hex(20)}\nPUSHER_CLUSTER=eu`, "Pusher");

// ---------- SaaS / feature flags / analytics ----------
P("sec-saas", `ldclient.set_config(Config("${j("sd", "k-", uuid())}"))`, "LaunchDarkly SDK key");
P("sec-saas", `LD_API_TOKEN=${j("ap", "i-", uuid())}`, "LaunchDarkly API token");
P("sec-saas", `posthog.personal_api_key = '${j("ph", "x_", an(47))}'`, "PostHog personal key");
P("sec-saas", `curl -H "Authorization: Bearer ${j("lin", "_api_", an(40))}" -d '{"query":"{ viewer { id } }"}' http://127.0.0.1:9090/graphql`, "Linear key");
P("sec-saas", `NOTION_TOKEN=${j("nt", "n_", dig(11), an(35))}`, "Notion integration token");
P("sec-saas", `AIRTABLE_PAT=${j("p", "at", an(14), ".", hex(64))}`, "Airtable PAT");
P("sec-saas", `figma_token = "${j("fi", "gd_", b64u(40))}"`, "Figma token");
P("sec-saas", `JIRA_EMAIL=dev@example.com\nJIRA_API_TOKEN=${j("ATATT", "3xFfGF0", b64u(180), "=", hex(8).toUpperCase())}`, "Atlassian API token");
P("sec-saas", `SHOPIFY_ADMIN_TOKEN=${j("shp", "at_", hex(32))}\nSHOPIFY_SHARED_SECRET=${j("shp", "ss_", hex(32))}`, "Shopify");
P("sec-saas", `contentful space import --management-token ${j("CFP", "AT-", b64u(43))} --space-id ${lo(12)}`, "Contentful PAT");
P("sec-saas", `const mapboxAdmin = "${j("s", "k.", g.b64u(60), ".", b64u(22))}";`, "Mapbox secret token");
P("sec-saas", `ALGOLIA_APP_ID=${up(10)}\nALGOLIA_ADMIN_API_KEY=${hex(32)}`, "Algolia admin key, context-only");
P("sec-saas", `HEROKU_API_KEY=${j("HRK", "U-", uuid())}`, "Heroku key");
P("sec-saas", `netlify deploy --prod --auth ${j("nf", "p_", an(36))}`, "Netlify PAT");
P("sec-saas", `tailscale up --authkey=${j("tskey", "-auth-", an(17), "-", an(33))}`, "Tailscale auth key");
P("sec-saas", `okta:\n  orgUrl: https://acme.okta.example.com\n  token: ${j("0", "0", b64u(40))}\n  # used with Authorization: SSWS`, "Okta API token");
P("sec-saas", `fly secrets set --access-token "${j("Fly", "V1 fm2_", b64(300))}"`, "Fly.io token");
P("sec-saas", `FIREBASE_SERVER_KEY=${j("AAAA", an(7), ":", "APA91b", b64u(134))}`, "FCM legacy server key");
P("sec-saas", `{"apiKey":"${j("AI", "za", b64u(35))}","authDomain":"acme-prod.firebaseapp.example.com","note":"server key with no restrictions"}`, "Google API key");
P("sec-saas", `PREFECT_API_KEY=${j("pn", "u_", an(36))}`, "Prefect key");
P("sec-saas", `SNOWFLAKE_ACCOUNT=xy12345.eu-central-1\nSNOWFLAKE_USER=ETL_SVC\nSNOWFLAKE_PASSWORD=${j(an(14), "!", dig(3))}`, "Snowflake password");
P("sec-saas", `databricks configure --token <<EOF\nhttp://10.1.2.3\n${j("da", "pi", hex(32))}\nEOF`, "Databricks PAT");

// ---------- registries ----------
P("sec-registry", `//registry.npmjs.org/:_authToken=${j("np", "m_", an(36))}\nalways-auth=true`, ".npmrc");
P("sec-registry", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", b64u(140))}`, ".pypirc");
P("sec-registry", `---\n:rubygems_api_key: ${j("ruby", "gems_", hex(48))}`, "RubyGems credentials");
P("sec-registry", `dotnet nuget push pkg.nupkg --api-key ${j("oy", "2", s(43, "abcdefghijklmnopqrstuvwxyz234567"))} --source nuget`, "NuGet key");
P("sec-registry", `echo "${j("dck", "r_pat_", b64u(27))}" | docker login -u acmebot --password-stdin`, "Docker Hub PAT");
P("sec-registry", `[registries.crates-io]\ntoken = "${j("ci", "o", an(32))}"`, "crates.io token");
P("sec-registry", `composer config --global http-basic.repo.packagist.example.com token ${hex(40)}\n# packagist private token`, "Packagist token, context-only");
P("sec-registry", `JFROG_ACCESS_TOKEN=${j("cm", "VmdGtu", b64u(58))}`, "JFrog reference token");

// ---------- observability ----------
P("sec-observability", `DD_API_KEY=${hex(32)}\nDD_APP_KEY=${hex(40)}\nDD_SITE=datadoghq.eu`, "Datadog");
P("sec-observability", `newrelic:\n  license_key: ${hex(36)}NRAL\n  user_key: ${j("NR", "AK-", up(27))}`, "New Relic");
P("sec-observability", `GRAFANA_SA_TOKEN=${j("gl", "sa_", an(32), "_", hex(8))}`, "Grafana service account");
P("sec-observability", `sentry-cli --auth-token ${j("sntr", "yu_", hex(64))} releases new 4.2.0`, "Sentry user token");
P("sec-observability", `export HONEYCOMB_API_KEY=${j("hc", "aik_", up(58))}`, "Honeycomb ingest key");
P("sec-observability", `curl -X POST "http://10.9.8.7/api/v2/metrics/ingest" -H "Authorization: Api-Token ${j("dt0", "c01.", up(24), ".", up(64))}"`, "Dynatrace token");
P("sec-observability", `[OUTPUT]\n    Name  loki\n    Host  10.0.3.3\n    http_user 812345\n    http_passwd ${j("gl", "c_", b64(120))}=`, "Grafana Cloud token in fluent-bit config");
P("sec-observability", `ROLLBAR_ACCESS_TOKEN=${hex(32)}`, "Rollbar, context-only");
P("sec-observability", `2026-12-04T10:22:01Z INFO exporter started endpoint=http://otel.lan.test:4318 headers="x-honeycomb-team=${up(22)},signoz-ingestion-key=${uuid()}"`, "ingest keys in a log line");

// ---------- databases / DBaaS ----------
P("sec-db", `DATABASE_URL=postgres://app_rw:${an(24)}@10.0.12.7:5432/orders?sslmode=require`, "Postgres URL");
P("sec-db", `mongoose.connect("mongodb+srv://admin:${an(16)}@cluster0.${lo(5)}.mongodb.example.net/prod?retryWrites=true")`, "MongoDB SRV");
P("sec-db", `REDIS_URL=rediss://default:${an(32)}@cache.internal.test:6380/0`, "Redis URL");
P("sec-db", `PLANETSCALE_PASSWORD=${j("pscale", "_pw_", b64u(43))}`, "PlanetScale password");
P("sec-db", `SUPABASE_ACCESS_TOKEN=${j("sb", "p_", hex(40))}\nSUPABASE_SERVICE_ROLE_KEY=${g.jwt({ iss: "supabase", ref: lo(20), role: "service_role", iat: 1764900000, exp: 2080476000 })}`, "Supabase");
P("sec-db", `Server=tcp:10.4.4.4,1433;Initial Catalog=crm;User ID=sa;Password=${j(an(12), "#", an(6))};Encrypt=True;`, "SQL Server conn string");
P("sec-db", `jdbc:mysql://db.internal.test:3306/shop?user=shop&password=${an(20)}`, "JDBC with password");
P("sec-db", `NEON_DATABASE_URL=postgresql://neondb_owner:${j("npg", "_", an(12))}@ep-${lo(6)}-${lo(8)}.eu-central-1.aws.neon.example.tech/neondb`, "Neon");
P("sec-db", `turso db tokens create prod -> ${g.jwt({ a: "rw", iat: 1764900000, id: uuid() }, "EdDSA")}\nLIBSQL_URL=libsql://prod-acme.turso.example.io`, "Turso JWT");
P("sec-db", `clickhouse-client --host 10.2.2.2 --user default --password '${j(an(10), "%", an(10))}'`, "ClickHouse password in CLI");
P("sec-db", `UPSTASH_REDIS_REST_TOKEN="${j("AX", b64u(70))}="`, "Upstash REST token");

// ---------- secret managers / password managers ----------
P("sec-secretmgr", `VAULT_ADDR=http://127.0.0.1:8200\nVAULT_TOKEN=${j("hv", "s.", b64u(24))}`, "Vault service token");
P("sec-secretmgr", `vault login -method=token ${j("hv", "s.CAESI", b64u(90))}`, "Vault batch-style token");
P("sec-secretmgr", `DOPPLER_TOKEN=${j("dp", ".st.", "prd.", an(43))}`, "Doppler service token");
P("sec-secretmgr", `OP_SERVICE_ACCOUNT_TOKEN=${j("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", b64u(200))}`, "1Password service account");
P("sec-secretmgr", `"folder","favorite","type","name","notes","fields","reprompt","login_uri","login_username","login_password","login_totp"\n,,login,Prod DB,,,0,https://db.example.com,admin,${j(an(14), "$", dig(2))},${s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`, "Bitwarden CSV export row");
P("sec-secretmgr", `pulumi login --cloud-url http://10.0.0.9 \nPULUMI_ACCESS_TOKEN=${j("pu", "l-", hex(40))}`, "Pulumi token");
P("sec-secretmgr", `INFISICAL_TOKEN=${j("st.", uuid(), ".", hex(32), ".", hex(32))}`, "Infisical service token");
P("sec-secretmgr", `{"akeyless":{"access_id":"p-${lo(12)}","access_key":"${b64(44)}"}}`, "Akeyless access key");

// ---------- private keys ----------
P("sec-keys", `${g.pem("OPENSSH PRIVATE KEY", 6).replace(/^(-----BEGIN OPENSSH PRIVATE KEY-----\n)/, "$1b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n")}`, "OpenSSH private key");
P("sec-keys", `scp deploy@10.0.0.4:~/.ssh/id_rsa . && cat id_rsa\n${g.pem("RSA PRIVATE KEY", 25)}`, "RSA PEM in command output");
P("sec-keys", `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${b64(34)}\noAoGCCqGSM49AwEHoUQDQgAE${b64(40)}\n${b64(24)}==\n-----END EC PRIVATE KEY-----`, "EC PEM");
P("sec-keys", `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${b64(58)}\n${b64(64)}\n${b64(64)}\n${b64(64)}\n=${b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`, "PGP private key");
P("sec-keys", `# created: 2026-11-02T09:12:44Z\n# public key: age1${s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1", s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}`, "age identity");
P("sec-keys", JSON.stringify({ kty: "EC", crv: "P-256", x: b64u(43), y: b64u(43), d: b64u(43), kid: "signing-2026" }), "private JWK");
P("sec-keys", `wg0.conf:\n[Interface]\nPrivateKey = ${b64(43)}=\nAddress = 10.66.0.2/32\n[Peer]\nPublicKey = ${b64(43)}=\nEndpoint = 10.0.0.1:51820`, "WireGuard private key");
P("sec-keys", `solana keypair: [${Array.from({ length: 64 }, () => Math.floor(Number("0." + dig(6)) * 256)).join(",")}]`, "Solana keypair byte array", );
P("sec-keys", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}\nPrivate-Lines: 1\nAAAAI${b64(43)}\nPrivate-MAC: ${hex(64)}`, "PuTTY ppk");

// ---------- credential files / infra configs ----------
P("sec-credfiles", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.96.0.1:6443\n    certificate-authority-data: ${b64(120)}\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(160)}\n    client-key-data: ${B64(g.pem("RSA PRIVATE KEY", 10))}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod`, "kubeconfig with client key");
P("sec-credfiles", `users:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", "kubernetes.io/serviceaccount/service-account.name": "ci-admin", sub: "system:serviceaccount:kube-system:ci-admin" }, "RS256")}`, "k8s SA token");
P("sec-credfiles", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\ntype: Opaque\ndata:\n  STRIPE_KEY: ${B64(j("sk", "_live_", an(24)))}`, "k8s Secret data (base64)");
P("sec-credfiles", JSON.stringify({ auths: { "registry.internal.test:5000": { auth: B64(`ci-bot:${an(20)}`) } } }, null, 2), "docker config.json");
P("sec-credfiles", `machine api.internal.test\n  login deploy\n  password ${an(22)}\nmachine ftp.lan.test login anon password guest`, ".netrc");
P("sec-credfiles", `https://alice:${j("gh", "p_", an(36))}@github.example.com\nhttps://bob:${an(20)}@git.lan.test`, ".git-credentials");
P("sec-credfiles", JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ type: "aws_iam_access_key", name: "ci", instances: [{ attributes: { id: j("AK", "IA", s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), secret: b64(40).replace(/\+/g, "k"), user: "ci" } }] }] }), "Terraform state");
P("sec-credfiles", `<?xml version="1.0"?>\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>${an(18)}</password>\n    </server>\n  </servers>\n</settings>`, "Maven settings.xml");
P("sec-credfiles", `spring.datasource.url=jdbc:postgresql://10.1.1.1:5432/app\nspring.datasource.username=app\nspring.datasource.password=${j(an(10), "@", an(6))}\nspring.mail.password=${an(16)}`, "Spring properties");
P("sec-credfiles", `FROM node:20-alpine\nENV NPM_TOKEN=${j("np", "m_", an(36))}\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci`, "Dockerfile with baked token");
P("sec-credfiles", `[gcloud]\nauth/access_token_file =\n{"client_id":"${dig(12)}-${lo(32)}.apps.googleusercontent.example.com","client_secret":"${j("GOC", "SPX-", b64u(28))}","refresh_token":"1//${b64u(100)}","type":"authorized_user"}`, "gcloud ADC user creds");
P("sec-credfiles", `~/.config/gh/hosts.yml\ngithub.com:\n    user: alice\n    oauth_token: ${j("gh", "o_", an(36))}\n    git_protocol: https`, "gh hosts.yml");
P("sec-credfiles", `[profile prod]\nsso_start_url = https://acme.awsapps.example.com/start\n[default]\naws_access_key_id = ${j("AK", "IA", s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${b64(40).replace(/[+/]/g, "Q")}`, "AWS credentials file");
P("sec-credfiles", `ansible_become_password: ${an(18)}\nansible_ssh_pass: ${j(an(9), "!", an(5))}`, "Ansible vars plaintext");

// ---------- JWTs and sessions ----------
P("sec-jwt", `Authorization: Bearer ${g.jwt({ sub: "user_" + dig(6), email: "dana@example.com", scope: "admin billing:write", iat: 1764890000, exp: 1764976400, iss: "https://auth.example.com/" }, "RS256")}`, "access token header");
P("sec-jwt", `Cookie: session=${g.jwt({ uid: 4412, role: "owner", csrf: hex(16) })}; theme=dark`, "session JWT cookie");
P("sec-jwt", `{"refresh_token":"${g.jwt({ typ: "refresh", sub: uuid(), exp: 1796432000 })}","token_type":"Bearer"}`, "refresh JWT");

export { cases };
