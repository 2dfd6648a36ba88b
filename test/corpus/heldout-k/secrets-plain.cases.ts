import type { CorpusCase } from "../types";
import { gen } from "./_gen";

const g = gen(91011);
const out: CorpusCase[] = [];
const P = (id: string, category: string, text: string, note?: string) =>
  out.push({ id: `k-${id}`, kind: "secrets", category: `heldoutk-${category}`, label: "positive", text, ...(note ? { note } : {}) });

// ---- cloud keys
P("aws-env", "sec-cloud", `# staging creds, do not commit\nAWS_ACCESS_KEY_ID=${g.awsId()}\nAWS_SECRET_ACCESS_KEY=${g.awsSecret()}\nAWS_DEFAULT_REGION=eu-west-1\n`);
P("aws-ini", "sec-cloud", `[default]\naws_access_key_id = ${g.awsId()}\naws_secret_access_key = ${g.awsSecret()}\n\n[prod]\nregion = us-east-1\n`);
P("aws-sts-json", "sec-cloud", JSON.stringify({ Credentials: { AccessKeyId: g.awsTmpId(), SecretAccessKey: g.awsSecret(), SessionToken: "IQoJb3JpZ2luX2VjE" + g.an(300), Expiration: "2026-12-05T03:11:09Z" } }, null, 2));
P("aws-boto", "sec-cloud", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${g.awsId()}",\n    aws_secret_access_key="${g.awsSecret()}",\n)\nprint(s3.list_buckets())\n`);
P("gcp-sa", "sec-cloud", JSON.stringify({ type: "service_account", project_id: "billing-etl-3321", private_key_id: g.hex(40), private_key: g.pem("PRIVATE KEY") + "\n", client_email: "etl-runner@billing-etl-3321.iam.gserviceaccount.com", client_id: "1" + g.s(20, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2));
P("gapi-js", "sec-cloud", `const map = new google.maps.Map(el, { center, zoom: 12 });\nconst GEOCODE_KEY = "${g.gapi()}";\nfetch(\`/geocode?address=\${q}&key=\${GEOCODE_KEY}\`);\n`);
P("azure-conn", "sec-cloud", `"ConnectionStrings": {\n  "Blob": "DefaultEndpointsProtocol=https;AccountName=contosoinvoices;AccountKey=${g.azureStorage()};EndpointSuffix=core.windows.net"\n}`);
P("azure-ad-secret", "sec-cloud", `az login --service-principal \\\n  -u 5f1c2a9e-1e34-4c8a-9d3b-7a0f4d2c8b11 \\\n  -p '${g.azureAdSecret()}' \\\n  --tenant 0d9e8f7a-6b5c-4d3e-a2f1-0e9d8c7b6a54`);
P("gocspx", "sec-cloud", `{"web":{"client_id":"${g.s(12, "0123456789")}-${g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com","client_secret":"${g.gocspx()}","redirect_uris":["http://localhost:8080/cb"]}}`);
P("ya29-header", "sec-cloud", `GET /drive/v3/files?pageSize=50 HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${g.ya29()}\nAccept: application/json\n`);
P("alibaba", "sec-cloud", `oss:\n  endpoint: oss-cn-hangzhou.example.com\n  access-key-id: ${g.alibaba()}\n  access-key-secret: ${g.an(30)}\n`);
P("do-token", "sec-cloud", `$ doctl auth init --access-token ${g.doToken()}\nValidating token... OK`);
P("databricks", "sec-cloud", `[DEFAULT]\nhost  = https://adb-1234.5.azuredatabricks.example.net\ntoken = ${g.databricks()}\n`);

// ---- VCS / CI
P("ghp-curl", "sec-vcs", `curl -sS -H "Authorization: token ${g.ghp()}" https://api.example.com/repos/acme/infra/issues?state=open`);
P("ghfine-remote", "sec-vcs", `git remote set-url origin https://x-access-token:${g.ghFine()}@git.example.com/acme/payments.git\ngit push origin HEAD:release/2.4`);
P("gho-prompt", "sec-vcs", `hey, the CLI keeps saying bad credentials. this is what's in ~/.config/gh/hosts.yml:\n\ngithub.com:\n    user: dana-k\n    oauth_token: ${g.gho()}\n    git_protocol: ssh\n\nwhat am I doing wrong?`);
P("ghs-log", "sec-vcs", `2026-12-04T10:14:55.120Z DEBUG installation token minted token=${g.ghs()} expires_at=2026-12-04T11:14:55Z repo=acme/web`);
P("glpat-ci", "sec-vcs", `variables:\n  GIT_STRATEGY: clone\n  GITLAB_TOKEN: "${g.glpat()}"\n\nrelease:\n  stage: deploy\n  script:\n    - semantic-release\n`);
P("glrt-toml", "sec-vcs", `concurrent = 4\n\n[[runners]]\n  name = "build-box-02"\n  url = "https://gitlab.internal.example/"\n  token = "${g.glrt()}"\n  executor = "docker"\n`);
P("azdo-pat", "sec-vcs", `# pipeline helper\n$env:AZURE_DEVOPS_EXT_PAT = "${g.azdoPat()}"\naz devops configure --defaults organization=https://dev.example.com/contoso`);
P("buildkite", "sec-vcs", `export BUILDKITE_API_TOKEN=${g.buildkite()}\nbk build create --pipeline acme/monorepo --branch main`);
P("sourcegraph", "sec-vcs", `{"endpoint":"https://sourcegraph.internal.example","accessToken":"${g.sourcegraph()}"}`);

// ---- chat / bots
P("slack-bot-py", "sec-chat", `from slack_sdk import WebClient\nclient = WebClient(token="${g.xoxb()}")\nclient.chat_postMessage(channel="#deploys", text="v2.4.1 is live")\n`);
P("slack-user-form", "sec-chat", `token=${g.xoxp()}&channel=C04KJ3M2L&text=build+green&as_user=true`);
P("telegram-url", "sec-chat", `import requests\nBOT = "${g.telegram()}"\nrequests.post(f"https://bot.example.org/bot{BOT}/sendMessage", json={"chat_id": 4411, "text": "disk 91%"})\n`);
P("discord-env", "sec-chat", `DISCORD_BOT_TOKEN=${g.discord()}\nGUILD_ID=884422113355\n`);

// ---- payment
P("stripe-node", "sec-payment", `const stripe = require('stripe')('${g.stripe()}');\nconst charge = await stripe.paymentIntents.create({ amount: 4200, currency: 'eur' });\n`);
P("stripe-rk-yaml", "sec-payment", `billing:\n  provider: stripe\n  restricted_key: ${g.stripeRk()}\n  webhook_secret: ${g.whsec()}\n`);
P("square", "sec-payment", `curl https://connect.example.com/v2/locations \\\n  -H 'Square-Version: 2024-10-17' \\\n  -H 'Authorization: Bearer ${g.squareTok()}'`);
P("shopify", "sec-payment", `SHOPIFY_STORE=acme-outlet\nSHOPIFY_ADMIN_TOKEN=${g.shopify()}\n`);

// ---- AI APIs
P("openai-prompt", "sec-ai", `can you debug this? it returns 401\n\nfrom openai import OpenAI\nclient = OpenAI(api_key="${g.openai()}")\nresp = client.responses.create(model="gpt-4.1-mini", input="ping")\n`);
P("anthropic-json", "sec-ai", JSON.stringify({ model: "claude-sonnet-4", max_tokens: 512, messages: [{ role: "user", content: `Use this key for the eval harness: ${g.anthropic()} and summarise the results.` }] }));
P("groq-header", "sec-ai", `POST /openai/v1/chat/completions HTTP/1.1\nHost: llm.example.net\nAuthorization: Bearer ${g.groq()}\nContent-Type: application/json\n\n{"model":"llama-3.1-8b","messages":[{"role":"user","content":"hi"}]}`);
P("replicate", "sec-ai", `REPLICATE_API_TOKEN=${g.replicate()} python run_sdxl.py --prompt "lighthouse at dusk"`);
P("hf-git", "sec-ai", `git clone https://user:${g.hf()}@hub.example.co/acme/private-llm-ft`);
P("perplexity", "sec-ai", `const client = new OpenAI({ apiKey: "${g.perplexity()}", baseURL: "https://pplx.example.ai" });`);
P("xai-dotenv", "sec-ai", `# .env.local\nNEXT_PUBLIC_APP_NAME=grokbot\nXAI_API_KEY=${g.xai()}\n`);

// ---- registries
P("npmrc", "sec-registry", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${g.npm()}\nalways-auth=true\n`);
P("pypirc", "sec-registry", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${g.pypi()}\n`);
P("docker-login", "sec-registry", `echo "${g.dockerPat()}" | docker login -u acmebuild --password-stdin`);
P("docker-config", "sec-registry", JSON.stringify({ auths: { "registry.internal.example:5000": { auth: Buffer.from(`deploy:${g.pw()}${g.an(8)}`).toString("base64") } } }, null, 2), "docker config.json auth field is base64(user:password)");

// ---- observability
P("dd-helm", "sec-observability", `datadog:\n  apiKey: ${g.ddApi()}\n  appKey: ${g.hex(40)}\n  site: datadoghq.eu\n`);
P("newrelic", "sec-observability", `newrelic.config.licenseKey=eu01xx${g.hex(34)}\nnewrelic.api.userKey=${g.newrelic()}\n`);
P("grafana", "sec-observability", `curl -H "Authorization: Bearer ${g.grafana()}" http://grafana.internal:3000/api/dashboards/uid/node-exporter`);

// ---- SaaS
P("linear", "sec-saas", `const linear = new LinearClient({ apiKey: "${g.linear()}" });\nconst issues = await linear.issues({ first: 20 });`);
P("notion", "sec-saas", `NOTION_TOKEN=${g.notion()}\nNOTION_DB=1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6\n`);
P("atlassian", "sec-saas", `curl -u ops-bot@acme.example:${g.atlassian()} \\\n  -X GET https://acme.atlassian.example/rest/api/3/myself`);
P("postman", "sec-saas", `newman run collection.json --env-var "postman_api_key=${g.postman()}"`);
P("sendgrid", "sec-saas", `sg = sendgrid.SendGridAPIClient("${g.sendgrid()}")\nsg.send(message)`);
P("mailgun", "sec-saas", `curl -s --user 'api:${g.mailgun()}' https://mail.example.net/v3/mg.acme.example/messages -F from='ops@acme.example' -F to=dana@example.org -F subject=hi`);
P("twilio", "sec-saas", `TWILIO_ACCOUNT_SID=${g.twilioSid()}\nTWILIO_API_KEY=${g.twilioKey()}\nTWILIO_API_SECRET=${g.an(32)}\n`);
P("figma", "sec-saas", `headers = {"X-Figma-Token": "${g.figma()}"}\nr = httpx.get(f"{BASE}/v1/files/{file_key}", headers=headers)`);
P("airtable", "sec-saas", `Authorization: Bearer ${g.airtable()}`);
P("contentful", "sec-saas", `contentful space export --space-id 9x8y7z6w --management-token ${g.contentful()}`);
P("mapbox", "sec-saas", `MAPBOX_DOWNLOADS_TOKEN=${g.mapbox()}`);
P("fb-graph", "sec-saas", `GET /v19.0/me/accounts?access_token=${g.fbToken()} HTTP/1.1\nHost: graph.example.com`);
P("resend", "sec-saas", `import { Resend } from 'resend';\nconst resend = new Resend('${g.resend()}');`);
P("tailscale", "sec-saas", `RUN tailscale up --authkey=${g.tailscale()} --hostname=ci-runner`);
P("clerk", "sec-saas", `CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuYWNtZS5leGFtcGxlJA\nCLERK_SECRET_KEY=${g.clerk()}`);

// ---- infra / secrets managers / dbs
P("vault", "sec-infra", `export VAULT_ADDR=https://vault.internal.example:8200\nexport VAULT_TOKEN=${g.vault()}\nvault kv get secret/payments/db`);
P("doppler", "sec-infra", `steps:\n  - run: doppler run --token ${g.doppler()} -- npm test`);
P("pulumi", "sec-infra", `env:\n  PULUMI_ACCESS_TOKEN: ${g.pulumi()}\n`);
P("tfc", "sec-infra", `credentials "app.terraform.io" {\n  token = "${g.tfc()}"\n}`);
P("supabase", "sec-infra", `supabase link --project-ref abcdwxyzqrstuvmnopef --password '${g.pw()}'\nSUPABASE_ACCESS_TOKEN=${g.supabase()}`);
P("pscale", "sec-infra", `DATABASE_URL='mysql://k2v8xq1lmn0p:${g.pscale()}@aws.connect.psdb.example/shop?sslaccept=strict'`);
P("neon", "sec-infra", `curl https://console.example.tech/api/v2/projects -H "Authorization: Bearer ${g.neon()}"`);
P("age", "sec-infra", `# created: 2026-11-30T09:12:44Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${g.ageKey()}\n`);
P("pg-url", "sec-db", `DATABASE_URL=postgres://app_rw:${g.pw()}@10.20.3.14:5432/orders?sslmode=require`);
P("mongo-srv", "sec-db", `const uri = "mongodb+srv://analytics:${g.pw()}@cluster0.ab12c.mongodb.example/?retryWrites=true&w=majority";\nconst client = new MongoClient(uri);`);
P("redis-url", "sec-db", `cache:\n  url: redis://:${g.an(28)}@redis-master.cache.svc.cluster.local:6379/0\n`);
P("mysql-jdbc", "sec-db", `spring.datasource.url=jdbc:mysql://db.internal:3306/ledger\nspring.datasource.username=ledger_svc\nspring.datasource.password=${g.pw()}\n`);
P("amqp", "sec-db", `CELERY_BROKER_URL = "amqp://worker:${g.pw()}@rabbit.internal.example:5672/prod"`);
P("basic-auth-url", "sec-db", `pip install --index-url https://ci-reader:${g.an(24)}@pkgs.internal.example/simple/ acme-core==3.2.0`);
P("mssql", "sec-db", `Server=tcp:sql-prod.internal.example,1433;Initial Catalog=Billing;User ID=billing_app;Password=${g.pw()};Encrypt=True;`);

// ---- private keys
P("rsa-pem", "sec-privkey", `Here's the deploy key from the box, can you add it to the ansible vault?\n\n${g.pem("RSA PRIVATE KEY")}\n`);
P("openssh", "sec-privkey", `cat > ~/.ssh/id_ed25519 <<'KEY'\n${g.opensshKey()}\nKEY\nchmod 600 ~/.ssh/id_ed25519`);
P("ec-pem-json", "sec-privkey", JSON.stringify({ kid: "signing-2026-11", alg: "ES256", pem: g.pem("EC PRIVATE KEY", 160) }));
P("pkcs8-env", "sec-privkey", `JWT_SIGNING_KEY="${g.pem("PRIVATE KEY", 1216).replace(/\n/g, "\\n")}"`);
P("pgp", "sec-privkey", `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${g.s(1800, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").match(/.{1,64}/g)!.join("\n")}\n=${g.an(4)}\n-----END PGP PRIVATE KEY BLOCK-----`);

// ---- JWTs
P("jwt-header", "sec-jwt", `GET /api/v2/admin/users HTTP/1.1\nHost: portal.internal.example\nAuthorization: Bearer ${g.jwt({ sub: "u_8812", email: "ops@acme.example", role: "admin", iat: 1764830000, exp: 1764916400, iss: "https://auth.acme.example" })}\n`);
P("jwt-supabase", "sec-jwt", `SUPABASE_URL=https://abcd.supabase.example\nSUPABASE_SERVICE_ROLE_KEY=${g.jwt({ iss: "supabase", ref: "abcdwxyzqrstuvmnopef", role: "service_role", iat: 1733000000, exp: 2048576000 })}`);
P("jwt-cookie", "sec-jwt", `Cookie: theme=dark; session=${g.jwt({ sid: g.hex(24), uid: 4471, scope: "read write", exp: 1764999999 })}; _ga=GA1.2.1234.5678`);

// ---- keyword-style generic secrets
P("cloudflare", "sec-generic", `export CLOUDFLARE_API_TOKEN="${g.cloudflare()}"\nwrangler deploy`);
P("heroku", "sec-generic", `machine api.heroku.example\n  login ops@acme.example\n  password ${g.herokuUuid()}\n`, "netrc entry with an API key as password");
P("generic-client-secret", "sec-generic", `oauth:\n  client_id: acme-dashboard\n  client_secret: ${g.an(48)}\n  redirect_uri: https://dash.acme.example/callback\n`);
P("generic-props", "sec-generic", `app.name=ledger\nsmtp.host=smtp.internal.example\nsmtp.password=${g.pw()}\nencryption.key=${g.an(32)}\n`);
P("dockerfile-arg", "sec-generic", `FROM node:20-alpine\nWORKDIR /app\nENV SENTRY_AUTH_TOKEN=sntrys_${g.an(120)}\nRUN npm ci && npm run build\n`);

export const cases = out;
