// Positives: fresh provider credentials (random bodies, published shapes) in outbound payloads.
import { builder, reseed, tok, hex, r, digits, LO } from "./gen.ts";

reseed(101);
const { cases, pos } = builder("secrets-tokens", "secrets");
export { cases };

const C = "cloud";
const V = "vcs-ci";
const A = "ai-api";
const PAY = "payments";
const MSG = "chat-email";
const OBS = "observability";
const REG = "registries";
const DB = "databases";
const KEYS = "keys-jwt";

// --- cloud
pos(C, `POST /v1/chat/completions\n{"messages":[{"role":"user","content":"why does boto3 say InvalidClientTokenId? my creds are aws_access_key_id=${tok.awsId()} aws_secret_access_key=${tok.awsSecret()} region eu-west-1"}]}`);
pos(C, `[default]\naws_access_key_id = ${tok.awsId()}\naws_secret_access_key = ${tok.awsSecret()}\n\n[staging]\nregion = us-east-2\n`);
pos(C, `export AWS_ACCESS_KEY_ID=${tok.awsTempId()}\nexport AWS_SECRET_ACCESS_KEY=${tok.awsSecret()}\nexport AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjE${r(180)}\naws s3 ls s3://build-artifacts-${r(6, LO)}/`);
pos(C, `{"level":"debug","msg":"signing request","accessKey":"${tok.awsId()}","host":"sqs.ap-south-1.amazonaws.com"}`, "key id alone in a log line");
pos(C, `const client = new S3Client({ region: "eu-central-1", credentials: { accessKeyId: "${tok.awsId()}", secretAccessKey: "${tok.awsSecret()}" } });`);
pos(C, `gcloud auth says my key is bad, here it is: ${tok.gapi()} — it's restricted to the Maps JS API, is that why?`);
pos(C, `<script src="https://maps.googleapis.com/maps/api/js?key=${tok.gapi()}&callback=initMap" async></script>`);
pos(C, `{\n  "type": "service_account",\n  "project_id": "ledger-prod-${digits(5)}",\n  "private_key_id": "${hex(40)}",\n  "private_key": "${tok.pem("PRIVATE KEY", 12).replace(/\n/g, "\\n")}\\n",\n  "client_email": "ci-runner@ledger-prod.iam.gserviceaccount.com",\n  "client_id": "${digits(21)}"\n}`);
pos(C, `AZURE_STORAGE_CONNECTION_STRING="${tok.azureConn()}"`);
pos(C, `curl -X GET "https://api.digitalocean.com/v2/droplets" -H "Authorization: Bearer ${tok.digitalocean()}"`);
pos(C, `aliyun configure set --access-key-id ${tok.alibaba()} --access-key-secret ${r(30)} --region cn-hangzhou`);
pos(C, `FLY_API_TOKEN="${tok.flyio()}"\nflyctl deploy --remote-only`);
pos(C, `provider "tfe" {\n  hostname = "app.terraform.io"\n  token    = "${tok.tfc()}"\n}`);
pos(C, `pulumi login --cloud-url https://api.pulumi.com\n# PULUMI_ACCESS_TOKEN=${tok.pulumi()}`);
pos(C, `sudo tailscale up --authkey=${tok.tailscale()} --advertise-tags=tag:ci`);
pos(C, `DOPPLER_TOKEN=${tok.doppler()} doppler run -- npm start`);

// --- VCS and CI
pos(V, `git remote set-url origin https://x-access-token:${tok.ghs()}@github.com/acme-internal/payments.git && git push`);
pos(V, `Hi Claude, the GitHub API keeps giving 401. Token: ${tok.ghp()}. Can you check the scopes I need for repo dispatch?`);
pos(V, `{"tool":"http_request","args":{"url":"https://api.github.com/user/repos","headers":{"Authorization":"token ${tok.gho()}"}}}`);
pos(V, `//npm.pkg.github.com/:_authToken=${tok.ghFine()}\n@acme:registry=https://npm.pkg.github.com`);
pos(V, `variables:\n  GITLAB_TOKEN: "${tok.glpat()}"\nbuild:\n  script:\n    - curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "$CI_API_V4_URL/projects"`);
pos(V, `gitlab-runner register --non-interactive --url https://gitlab.example.com --token ${tok.glRunner()} --executor docker`);
pos(V, `steps:\n  - label: ":rocket: deploy"\n    command: "BUILDKITE_API_TOKEN=${tok.buildkite()} ./scripts/trigger.sh"`);
pos(V, `echo "${tok.dockerhub()}" | docker login -u acmebot --password-stdin`);
pos(V, `2026-11-30T09:12:44Z [step 4/9] Run git clone https://oauth2:${tok.glpat()}@gitlab.com/acme/infra.git`);
pos(V, `const octokit = new Octokit({ auth: "${tok.ghp()}" });\nawait octokit.rest.issues.create({ owner, repo, title });`);
pos(V, `POST https://api.linear.app/graphql\nAuthorization: ${tok.linear()}\n\n{"query":"{ viewer { id name } }"}`);
pos(V, `ATLASSIAN_API_TOKEN=${tok.atlassian()}\nJIRA_USER=ops@example.com`);
pos(V, `curl -s https://api.postman.com/collections -H "X-Api-Key: ${tok.postman()}"`);
pos(V, `databricks configure --token\nhost = https://adb-${digits(16)}.7.azuredatabricks.net\ntoken = ${tok.databricks()}`);

// --- AI APIs
pos(A, `import anthropic\nclient = anthropic.Anthropic(api_key="${tok.anthropic()}")\nmsg = client.messages.create(model="claude-sonnet", max_tokens=512, messages=msgs)`);
pos(A, `OPENAI_API_KEY=${tok.openai()}\nOPENAI_ORG=org-${r(24)}`);
pos(A, `{"model":"gpt-4o","messages":[{"role":"system","content":"You are a helpful bot."},{"role":"user","content":"debug: my key ${tok.openai()} returns 429, rate limits?"}]}`);
pos(A, `from huggingface_hub import login\nlogin(token="${tok.hf()}")`);
pos(A, `curl https://api.groq.com/openai/v1/models -H "Authorization: Bearer ${tok.groq()}"`);
pos(A, `export REPLICATE_API_TOKEN=${tok.replicate()}\nreplicate run stability-ai/sdxl`);
pos(A, `perplexity:\n  api_key: ${tok.perplexity()}\n  model: sonar-pro`);
pos(A, `const xai = createXai({ apiKey: '${tok.xai()}' });`);
pos(A, `User: here's my .env, why does the SDK not pick it up?\nANTHROPIC_API_KEY=${tok.anthropic()}\nANTHROPIC_BASE_URL=https://api.anthropic.com`);
pos(A, `HUGGINGFACEHUB_API_TOKEN: ${tok.hf()}`);

// --- payments
pos(PAY, `Stripe::API.key = '${tok.stripeSk()}'\ncharge = Stripe::Charge.create(amount: 2000, currency: 'eur')`);
pos(PAY, `STRIPE_RESTRICTED_KEY=${tok.stripeRk()}\nSTRIPE_WEBHOOK_SECRET=${tok.stripeWh()}`);
pos(PAY, `curl https://api.stripe.com/v1/refunds -u ${tok.stripeSk()}: -d charge=ch_${r(24)}`);
pos(PAY, `square:\n  environment: production\n  access_token: ${tok.square()}`);
pos(PAY, `BraintreeGateway gateway = new BraintreeGateway("${tok.braintree()}");`);
pos(PAY, `FLW_SECRET_KEY=${tok.flutterwave()}`);
pos(PAY, `shopify:\n  shop: acme-store.myshopify.com\n  admin_token: ${tok.shopify()}`);

// --- chat and e-mail
pos(MSG, `const app = new App({ token: "${tok.slackBot()}", signingSecret: "${hex(32)}" });`);
pos(MSG, `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${tok.slackHook()}`);
pos(MSG, `SLACK_USER_TOKEN=${tok.slackUser()}`);
pos(MSG, `{"webhook":"${tok.discordHook()}","content":"nightly build failed"}`);
pos(MSG, `client.run('${tok.discordBot()}')`);
pos(MSG, `TELEGRAM_BOT_TOKEN=${tok.telegram()}\nCHAT_ID=-100${digits(10)}`);
pos(MSG, `requests.get(f"https://api.telegram.org/bot${tok.telegram()}/sendMessage", params={"chat_id": cid, "text": msg})`);
pos(MSG, `sgMail.setApiKey('${tok.sendgrid()}');`);
pos(MSG, `curl -s --user 'api:${tok.mailgun()}' https://api.mailgun.net/v3/mg.example.com/messages -F to=ops@example.com`);
pos(MSG, `TWILIO_ACCOUNT_SID=${tok.twilioAc()}\nTWILIO_API_KEY=${tok.twilioSk()}\nTWILIO_API_SECRET=${r(32)}`);
pos(MSG, `NOTION_TOKEN=${tok.notion()}`);

// --- observability
pos(OBS, `Sentry.init({ dsn: "${tok.sentryDsn()}", tracesSampleRate: 0.2 });`);
pos(OBS, `DD_API_KEY=${tok.datadogApi()}\nDD_APP_KEY=${tok.datadogApp()}\nDD_SITE=datadoghq.eu`);
pos(OBS, `newrelic:\n  license_key: ${hex(36)}NRAL\n  user_key: ${tok.newrelic()}`);
pos(OBS, `curl -H "Authorization: Bearer ${tok.grafana()}" https://acme.grafana.net/api/dashboards/uid/abc`);
pos(OBS, `helm install dd datadog/datadog --set datadog.apiKey=${tok.datadogApi()} --set datadog.site=datadoghq.com`);

// --- registries
pos(REG, `//registry.npmjs.org/:_authToken=${tok.npm()}`);
pos(REG, `[pypi]\n  username = __token__\n  password = ${tok.pypi()}`);
pos(REG, `twine upload dist/* -u __token__ -p ${tok.pypi()}`);
pos(REG, `---\n:rubygems_api_key: ${tok.rubygems()}`);
pos(REG, `dotnet nuget push bin/Release/Acme.Core.2.1.0.nupkg --api-key ${tok.nuget()} --source https://api.nuget.org/v3/index.json`);
pos(REG, `{:deploy-repositories [["clojars" {:username "acme" :password "${tok.clojars()}"}]]}`);
pos(REG, `NPM_TOKEN=${tok.npm()} npm publish --access public`);
pos(REG, `mapboxgl.accessToken = '${tok.mapbox()}';`, "mapbox secret-scope token");

// --- databases / connection strings
pos(DB, `DATABASE_URL=postgres://app_rw:${tok.password()}@db-primary.internal:5432/orders?sslmode=require`);
pos(DB, `mongoose.connect("mongodb+srv://admin:${tok.password()}@cluster0.${r(5, LO)}.mongodb.net/prod?retryWrites=true")`);
pos(DB, `REDIS_URL=rediss://default:${r(32)}@redis-${digits(5)}.c1.eu-west-1.ec2.cloud.redislabs.com:${digits(5)}`);
pos(DB, `spring.datasource.url=jdbc:mysql://10.0.4.12:3306/billing\nspring.datasource.username=billing\nspring.datasource.password=${tok.password()}`);
pos(DB, `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=${tok.password()};Encrypt=True;`);
pos(DB, `amqp://orders:${tok.password()}@rabbit.internal:5672/prod`);
pos(DB, `const pool = new Pool({ host: "10.1.2.3", user: "reporting", password: "${tok.password()}", database: "analytics" });`);

// --- keys, JWTs, seed phrases
pos(KEYS, `Here is the deploy key for the box, please add it to the authorized config:\n${tok.openssh()}`);
pos(KEYS, `tls:\n  cert: /etc/ssl/acme.crt\n  key: |\n    ${tok.pem().split("\n").join("\n    ")}`);
pos(KEYS, tok.pem("EC PRIVATE KEY", 4));
pos(KEYS, `curl -H "Authorization: Bearer ${tok.jwt({ sub: "svc-billing", role: "admin", iat: 1764800000, exp: 1767400000 })}" https://api.internal.example.com/v2/invoices`);
pos(KEYS, `document.cookie = "session=${tok.jwt({ uid: digits(7), scope: "user", iat: 1764700000 })}; path=/";`);
pos(KEYS, `AGE_KEY=${tok.age()}\nsops --decrypt secrets.enc.yaml`);
pos(KEYS, `my wallet recovery phrase in case I lose the laptop: ${tok.bip39(12)}`);
pos(KEYS, `{"mnemonic":"${tok.bip39(24)}","derivationPath":"m/44'/60'/0'/0/0"}`);
pos(KEYS, `const wallet = ethers.Wallet.fromPhrase("${tok.bip39(12)}");`);
pos(KEYS, `PRIVATE_KEY=0x${hex(64)}\nRPC_URL=https://eth-mainnet.example.net/v2/demo`, "raw secp256k1 private key in env");
