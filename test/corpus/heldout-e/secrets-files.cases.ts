// Structured files sent whole (pasted into a prompt, written via a tool, uploaded): nested
// credentials in real layouts, versus the same layouts with placeholders, env / template
// references, or encrypted values.
import { A, PK, Rng, b64, builder, pem, rsaPrivateDer, tokens } from "./gen.ts";

const r = new Rng(0xe5a4);
const t = tokens(r);
const { out, add } = builder("secrets", "e-file");
const POS = "heldoute-files";
const BEN = "heldoute-files-benign";
const pw = () => t.strongPassword();
const inPrompt = (name: string, body: string) =>
  JSON.stringify({ model: "claude-opus-4-1", max_tokens: 2048, messages: [{ role: "user", content: `Here is my ${name}, why does the app not start?\n\n\`\`\`\n${body}\n\`\`\`` }] });
const inWrite = (path: string, body: string) => JSON.stringify({ name: "write_file", input: { path, content: body } });

const pos: [string, string][] = [
  [".env with several credentials", `NODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://app:${pw()}@db.internal:5432/app\nSTRIPE_SECRET=${t.stripeLive()}\nSENTRY_DSN=https://${r.hex(32)}@o${r.str(6, A.DIGITS)}.ingest.sentry.io/${r.str(7, A.DIGITS)}\nJWT_SIGNING_SECRET=${r.str(48, A.B64URL)}\n`],
  ["YAML app config, nested db password", inPrompt("config.yaml", `server:\n  port: 8080\ndatabase:\n  primary:\n    host: db-1.internal\n    user: svc_orders\n    password: "${pw()}"\n  replica:\n    host: db-2.internal\ncache:\n  url: redis://cache:6379/0\n`)],
  ["TOML with nested credentials", `[server]\nbind = "0.0.0.0:8443"\n\n[storage.s3]\nbucket = "media"\naccess_key = "${t.awsId()}"\nsecret_key = "${t.awsSecret()}"\n\n[smtp]\nuser = "postmaster@mg.example.com"\npass = "${r.hex(32)}-${r.hex(8)}-${r.hex(8)}"\n`],
  ["~/.aws/credentials INI", `[default]\naws_access_key_id = ${t.awsId()}\naws_secret_access_key = ${t.awsSecret()}\n\n[prod]\naws_access_key_id = ${t.awsTempId()}\naws_secret_access_key = ${t.awsSecret()}\naws_session_token = ${t.awsSession()}\n`],
  ["Spring application.properties", `spring.application.name=billing\nspring.datasource.url=jdbc:postgresql://db:5432/billing\nspring.datasource.username=billing\nspring.datasource.password=${pw()}\nspring.mail.password=${r.str(16, A.LOWER)}\nmanagement.endpoints.web.exposure.include=health\n`],
  ["appsettings.json with connection string", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Default: `Server=tcp:sql-${r.str(6, A.LOWALNUM)}.database.windows.net,1433;Initial Catalog=shop;User ID=shopadmin;Password=${pw()};Encrypt=True;` }, AzureAd: { ClientId: r.uuid(), ClientSecret: t.azureAdSecret() } }, null, 2)],
  ["docker-compose with literal passwords", inWrite("docker-compose.yml", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${pw()}\n  api:\n    build: .\n    environment:\n      - OPENAI_API_KEY=${t.openaiProj()}\n      - REDIS_URL=redis://:${r.alnum(32)}@cache:6379\n`)],
  ["Kubernetes Secret with base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\ndata:\n  username: ${b64("api")}\n  password: ${b64(pw())}\n  api-key: ${b64(r.alnum(40))}\n`],
  ["Kubernetes Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: slack\nstringData:\n  SLACK_BOT: ${t.slackBot()}\n  SIGNING: ${r.hex(32)}\n`],
  ["Terraform provider block with keys", `provider "aws" {\n  region     = "eu-central-1"\n  access_key = "${t.awsId()}"\n  secret_key = "${t.awsSecret()}"\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n`],
  ["terraform.tfvars", `db_password     = "${pw()}"\ncloudflare_api  = "${t.cloudflare()}"\ndatadog_api_key = "${t.datadogApi()}"\n`],
  ["terraform.tfstate fragment with sensitive attribute", JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "random_password", name: "db", instances: [{ attributes: { id: "none", length: 24, result: pw() + r.alnum(7), special: true }, sensitive_attributes: [[{ type: "get_attr", value: "result" }]] }] }] }, null, 2)],
  ["Helm values.yaml", `replicaCount: 2\nimage:\n  repository: ghcr.io/acme/api\nauth:\n  adminUser: admin\n  adminPassword: ${pw()}\nexternalServices:\n  sendgrid: ${t.sendgrid()}\n`],
  ["GitHub Actions workflow with a hardcoded token", `name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${t.npm()}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n`],
  ["wp-config.php", `<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '${pw()}' );\ndefine( 'AUTH_KEY',  '${r.str(64, A.ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|")}' );\n`],
  ["Django settings.py", `DEBUG = False\nALLOWED_HOSTS = ["shop.example.com"]\nSECRET_KEY = "${r.str(50, A.LOWALNUM + "!@#$%^&*(-_=+)")}"\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop", "PASSWORD": "${pw()}", "HOST": "db"}}\n`],
  ["GCP service-account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + r.str(6, A.DIGITS), private_key_id: r.hex(40), private_key: pem(PK, rsaPrivateDer(r)) + "\n", client_email: `ci-deployer@acme-prod.iam.gserviceaccount.com`, client_id: r.str(21, A.DIGITS), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)],
  ["gcloud application_default_credentials.json", JSON.stringify({ client_id: r.str(12, A.DIGITS) + "-" + r.str(32, A.LOWALNUM) + ".apps.googleusercontent.com", client_secret: t.googleOauthSecret(), refresh_token: "1//0" + r.str(99, A.B64URL), type: "authorized_user" }, null, 2)],
  ["Maven settings.xml", `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>${pw()}</password>\n    </server>\n  </servers>\n</settings>`],
  ["NuGet.config ClearTextPassword", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${r.str(52, A.LOWALNUM)}" />\n    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>`],
  ["rclone.conf", `[b2]\ntype = b2\naccount = ${r.hex(12)}\nkey = K00${r.str(28, A.ALNUM)}\n\n[dropbox]\ntype = dropbox\ntoken = {"access_token":"sl.${r.str(130, A.B64URL)}","token_type":"bearer","refresh_token":"${r.str(64, A.ALNUM)}","expiry":"2025-04-01T10:00:00Z"}\n`],
  ["serverless.yml with inline env", `service: thumbnailer\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    HF_TOKEN: ${t.hf()}\n    MONGO_URI: mongodb+srv://svc:${r.alnum(20)}@cluster0.${r.str(5, A.LOWALNUM)}.mongodb.net/thumbs\n`],
];
for (const [note, v] of pos) add(POS, "positive", v, note);

const ben: [string, string][] = [
  [".env.example with empty values", "NODE_ENV=development\nPORT=3000\nDATABASE_URL=\nSTRIPE_SECRET=\nSENTRY_DSN=\nJWT_SIGNING_SECRET=\n"],
  ["YAML config with env references", inPrompt("config.yaml", "server:\n  port: 8080\ndatabase:\n  primary:\n    host: ${DB_HOST}\n    user: ${DB_USER}\n    password: ${DB_PASSWORD}\ncache:\n  url: ${REDIS_URL:-redis://localhost:6379/0}\n")],
  ["TOML with env interpolation", '[storage.s3]\nbucket = "media"\naccess_key = "${S3_ACCESS_KEY}"\nsecret_key = "${S3_SECRET_KEY}"\n\n[smtp]\nuser = "postmaster@mg.example.com"\npass = "${SMTP_PASS}"\n'],
  ["~/.aws/config (no secrets)", "[default]\nregion = eu-west-1\noutput = json\n\n[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = default\nmfa_serial = arn:aws:iam::123456789012:mfa/jdoe\n"],
  ["Spring properties with placeholders", "spring.datasource.url=jdbc:postgresql://db:5432/billing\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD:}\nspring.mail.password=${MAIL_PASSWORD}\n"],
  ["appsettings.Development.json with empty password and user secrets id", JSON.stringify({ ConnectionStrings: { Default: "Server=(localdb)\\mssqllocaldb;Database=shop;Trusted_Connection=True;" }, AzureAd: { ClientId: "", ClientSecret: "" }, UserSecretsId: r.uuid() }, null, 2)],
  ["docker-compose using secrets files", inWrite("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n")],
  ["Kubernetes Secret with changeme placeholder", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\ndata:\n  username: ${b64("admin")}\n  password: ${b64("changeme")}\n`],
  ["SealedSecret (encrypted at rest, safe to commit)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    password: Ag${r.str(680, A.B64)}==\n`],
  ["SOPS-encrypted YAML", `db:\n    password: ENC[AES256_GCM,data:${b64(r.bytes(18))},iv:${b64(r.bytes(32))},tag:${b64(r.bytes(16))},type:str]\nsops:\n    age:\n        - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2025-01-12T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${b64(r.bytes(32))},iv:${b64(r.bytes(32))},tag:${b64(r.bytes(16))},type:str]\n    version: 3.9.1\n`],
  ["Ansible Vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.hex(80)).join("\n")}\n`],
  ["Terraform referencing variables and data sources", 'provider "aws" {\n  region = var.region\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db"\n}\n\nresource "aws_db_instance" "main" {\n  username = "app"\n  password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n'],
  ["Helm values with existingSecret", "auth:\n  adminUser: admin\n  existingSecret: grafana-admin\n  passwordKey: admin-password\nexternalServices:\n  sendgrid: \"\"\n"],
  ["GitHub Actions workflow with secrets context", "name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"],
  ["wp-config-sample.php", "<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\ndefine( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n"],
  ["Django settings reading env", 'import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": os.getenv("DB_USER"), "PASSWORD": os.getenv("DB_PASSWORD"), "HOST": "db"}}\n'],
  ["Maven settings.xml with env refs", "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>${env.NEXUS_USER}</username>\n      <password>${env.NEXUS_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>"],
  ["Vault agent template", '{{ with secret "database/creds/readonly" }}\nDB_USER={{ .Data.username }}\nDB_PASS={{ .Data.password }}\n{{ end }}\n'],
  ["package.json with scripts and no secrets", JSON.stringify({ name: "web", version: "1.4.2", scripts: { build: "vite build", test: "vitest run", "db:migrate": "prisma migrate deploy" }, dependencies: { react: "^19.0.0", zod: "^3.23.8" }, packageManager: "pnpm@9.12.0+sha512." + r.hex(128) }, null, 2)],
  ["docker-compose for local dev with documented default creds", "services:\n  rabbit:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_USER: guest\n      RABBITMQ_DEFAULT_PASS: guest\n  mail:\n    image: axllent/mailpit\n"],
  ["k8s Deployment using secretKeyRef", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.8.0\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db\n                  key: password\n"],
  ["nginx.conf with cert paths", "server {\n  listen 443 ssl http2;\n  server_name example.com;\n  ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;\n  ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;\n  location / { proxy_pass http://127.0.0.1:3000; }\n}\n"],
];
for (const [note, v] of ben) add(BEN, "benign", v, note);

export const cases = out;
