// Held-out secrets cases in file formats an agent meets in the wild (Kubernetes manifests, compose
// files, CI logs, notebooks, HAR, shell history, connection strings, package-manager configs,
// cookie exports, Terraform state) plus benign look-alikes in the same formats. Every
// credential-shaped value is built at run time from a seeded PRNG; prefixes are concatenated.
import type { CorpusCase } from "../types.ts";
import { aws, B62, B64URL, checksummed, jwt, maker, P, pemBody, Rng } from "./_gen.ts";

const m = maker("secrets");
const r = new Rng(0x00c0ffee);
const pos = (id: string, category: string, text: string, note?: string) => m(id, category, "positive", text, note);
const ben = (id: string, category: string, text: string, note?: string) => m(id, category, "benign", text, note);
const b64 = (s: string) => Buffer.from(s).toString("base64");

const ghp = () => checksummed(P.ghp(), r);
const npmTok = () => checksummed(P.npm(), r);
const stripe = () => P.skLive() + r.b62(24);
const slackBot = () => P.xoxb() + `${1000000000 + r.int(8999999999)}-${1000000000 + r.int(8999999999)}-${r.b62(24)}`;
const openai = () => P.skProj() + r.str(B64URL, 48) + "T3Blb" + "kFJ" + r.str(B64URL, 48);
const anth = () => P.skAnt() + r.str(B64URL, 93) + "AA";
const hfTok = () => P.hf() + r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34);
const pypiTok = () => P.pypi() + "AgEIcHlwaS5vcmc" + r.str(B64URL, 150);
const glpat = () => P.glpat() + r.str(B62 + "-_", 20);
const sendgrid = () => P.sg() + r.str(B64URL, 22) + "." + r.str(B64URL, 43);
const vault = () => P.hvs() + r.str(B62 + "_-", 90);
const azureKey = () => r.b64(86) + "==";
const pw = () => r.password();

const k1 = aws(r);
const k2 = aws(r);
const k3 = aws(r);
const pemRsa = `${P.pem("RSA PRIVATE")}\n${pemBody(r, 16)}\n${P.pemEnd("RSA PRIVATE")}`;
const pemPkcs8 = `${P.pem("PRIVATE")}\n${pemBody(r, 12)}\n${P.pemEnd("PRIVATE")}`;

export const cases: CorpusCase[] = [
  // ---------------------------------------------------------------- Kubernetes / Helm
  pos("ho-sec-k8s-01", "heldout-secrets-k8s", `apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: prod
type: Opaque
data:
  username: ${b64("billing_svc")}
  password: ${b64(pw())}
  DATABASE_URL: ${b64(`postgresql://billing_svc:${pw()}@pg-prod.internal:5432/billing`)}`, "base64 data values"),
  pos("ho-sec-k8s-02", "heldout-secrets-k8s", `apiVersion: v1
kind: Secret
metadata:
  name: ci-tokens
stringData:
  GITHUB_TOKEN: ${ghp()}
  NPM_TOKEN: ${npmTok()}`),
  pos("ho-sec-k8s-03", "heldout-secrets-k8s", `apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${b64(JSON.stringify({ auths: { "registry.gitlab.com": { auth: b64(`deploy-bot:${glpat()}`) } } }))}`, "nested base64 docker auth"),
  pos("ho-sec-k8s-04", "heldout-secrets-k8s", `# values-prod.yaml
replicaCount: 3
image:
  repository: ghcr.io/acme/api
  tag: 2.14.0
env:
  STRIPE_SECRET_KEY: "${stripe()}"
  SENTRY_ENVIRONMENT: production`),
  pos("ho-sec-k8s-05", "heldout-secrets-k8s", `apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
data:
  credentials: ${b64(`[default]\naws_access_key_id = ${k1.id}\naws_secret_access_key = ${k1.secret}\n`)}`),

  // ---------------------------------------------------------------- docker-compose / env
  pos("ho-sec-compose-01", "heldout-secrets-compose", `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${pw()}
  api:
    build: .
    environment:
      - OPENAI_API_KEY=${openai()}
      - DATABASE_URL=postgres://app@db:5432/app`),
  pos("ho-sec-compose-02", "heldout-secrets-compose", `version: "3.8"
services:
  worker:
    image: acme/worker:latest
    environment:
      AWS_ACCESS_KEY_ID: ${k2.id}
      AWS_SECRET_ACCESS_KEY: ${k2.secret}
      AWS_REGION: eu-west-1`),
  pos("ho-sec-compose-03", "heldout-secrets-compose", `# .env.production (committed by mistake)
NODE_ENV=production
SLACK_BOT_TOKEN=${slackBot()}
SENDGRID_API_KEY=${sendgrid()}
PORT=8080`),
  pos("ho-sec-compose-04", "heldout-secrets-compose", `FROM node:20-alpine
WORKDIR /app
ENV ANTHROPIC_API_KEY=${anth()}
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]`, "key baked into a Dockerfile"),

  // ---------------------------------------------------------------- CI logs
  pos("ho-sec-ci-01", "heldout-secrets-ci-logs", `2024-03-01T10:12:44.1234567Z ##[group]Run ./scripts/publish.sh
2024-03-01T10:12:44.1240000Z + echo "//registry.npmjs.org/:_authToken=${npmTok()}" > ~/.npmrc
2024-03-01T10:12:44.9000000Z + npm publish --access public
2024-03-01T10:12:51.0000000Z npm notice Publishing to https://registry.npmjs.org/`, "token echoed by set -x, not masked"),
  pos("ho-sec-ci-02", "heldout-secrets-ci-logs", `Step 5/9 : RUN pip install --index-url https://__token__:${pypiTok()}@upload.pypi.org/simple private-lib
 ---> Running in 3a4b5c6d7e8f
Looking in indexes: https://__token__:****@upload.pypi.org/simple`),
  pos("ho-sec-ci-03", "heldout-secrets-ci-logs", `[Pipeline] sh
+ curl -s -H "Authorization: token ${ghp()}" https://api.github.com/repos/acme/infra/releases/latest
{
  "tag_name": "v3.2.1"
}`),
  pos("ho-sec-ci-04", "heldout-secrets-ci-logs", `$ env | sort
CI=true
CI_JOB_ID=5123987
HF_TOKEN=${hfTok()}
HOME=/root
PATH=/usr/local/bin:/usr/bin`),

  // ---------------------------------------------------------------- Jupyter notebook JSON
  pos("ho-sec-nb-01", "heldout-secrets-notebook", JSON.stringify({
    cells: [
      { cell_type: "markdown", metadata: {}, source: ["# Exploring the embeddings API\n"] },
      { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import openai\n", `client = openai.OpenAI(api_key="${openai()}")\n`] },
    ],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
    nbformat: 4, nbformat_minor: 5,
  }, null, 1)),
  pos("ho-sec-nb-02", "heldout-secrets-notebook", JSON.stringify({
    cells: [
      { cell_type: "code", execution_count: 3, metadata: {}, source: ["import os\n", "print(os.environ)"], outputs: [{ output_type: "stream", name: "stdout", text: [`environ({'HOME': '/home/jovyan', 'AWS_ACCESS_KEY_ID': '${k3.id}', 'AWS_SECRET_ACCESS_KEY': '${k3.secret}'})\n`] }] },
    ],
    metadata: {}, nbformat: 4, nbformat_minor: 5,
  }, null, 1), "secret in a cell output"),

  // ---------------------------------------------------------------- HAR / HTTP captures
  pos("ho-sec-har-01", "heldout-secrets-har", JSON.stringify({
    log: { version: "1.2", creator: { name: "Firefox", version: "123.0" }, entries: [{
      startedDateTime: "2024-03-01T10:00:00.000Z",
      request: { method: "GET", url: "https://api.acme-internal.example/v1/me", httpVersion: "HTTP/2", headers: [
        { name: "Accept", value: "application/json" },
        { name: "Authorization", value: `Bearer ${jwt(r, { sub: "u_1029", scope: "admin", exp: 1893456000 })}` },
      ], cookies: [], queryString: [] },
      response: { status: 200, statusText: "OK", headers: [], content: { size: 120, mimeType: "application/json" } },
    }] },
  }, null, 2)),
  pos("ho-sec-har-02", "heldout-secrets-har", JSON.stringify({
    log: { entries: [{ request: { method: "POST", url: "https://hooks.slack.com/api/chat.postMessage", headers: [{ name: "Authorization", value: `Bearer ${slackBot()}` }], postData: { mimeType: "application/json", text: "{\"channel\":\"C123\",\"text\":\"deploy done\"}" } } }] },
  })),
  pos("ho-sec-har-03", "heldout-secrets-har", `POST /v1/charges HTTP/1.1
Host: api.stripe.com
Authorization: Basic ${b64(stripe() + ":")}
Content-Type: application/x-www-form-urlencoded

amount=2000&currency=eur&source=tok_visa`, "raw HTTP capture with Basic auth"),

  // ---------------------------------------------------------------- shell: curl -u, history, git credential store
  pos("ho-sec-shell-01", "heldout-secrets-shell", `curl -u admin:${pw()} -X POST https://jenkins.acme.example/job/deploy/build`),
  pos("ho-sec-shell-02", "heldout-secrets-shell", `  501  cd infra
  502  export VAULT_TOKEN=${vault()}
  503  vault kv get secret/prod/db
  504  history | tail`, "bash history"),
  pos("ho-sec-shell-03", "heldout-secrets-shell", `https://oauth2:${glpat()}@gitlab.com
https://ci-bot:${ghp()}@github.com`, "~/.git-credentials store lines"),
  pos("ho-sec-shell-04", "heldout-secrets-shell", `machine api.heroku.com
  login dev@acme.example
  password ${r.uuid()}
machine git.heroku.com
  login dev@acme.example
  password ${r.uuid()}`, ".netrc with Heroku API keys"),
  pos("ho-sec-shell-05", "heldout-secrets-shell", `mysql -h db.prod.acme.example -u reporting -p'${pw()}' analytics -e "select count(*) from events"`),
  pos("ho-sec-shell-06", "heldout-secrets-shell", `docker login -u acmebot -p ${"dckr" + "_pat_" + r.str(B64URL, 27)} docker.io`),

  // ---------------------------------------------------------------- connection strings
  pos("ho-sec-conn-01", "heldout-secrets-conn", `jdbc:postgresql://pg-prod.acme.internal:5432/orders?user=orders_rw&password=${encodeURIComponent(pw())}&sslmode=require`),
  pos("ho-sec-conn-02", "heldout-secrets-conn", `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;Persist Security Info=False;User ID=crmadmin;Password=${pw()};MultipleActiveResultSets=False;Encrypt=True;`),
  pos("ho-sec-conn-03", "heldout-secrets-conn", `MONGO_URI="mongodb+srv://analytics:${r.b62(20)}@cluster0.${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 5)}.mongodb.net/prod?retryWrites=true&w=majority"`),
  pos("ho-sec-conn-04", "heldout-secrets-conn", `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${azureKey()};EndpointSuffix=core.windows.net`, "Azure storage connection string"),
  pos("ho-sec-conn-05", "heldout-secrets-conn", `CELERY_BROKER_URL = "amqp://celery:${r.b62(24)}@rabbitmq.prod.internal:5672/jobs"
REDIS_URL = "rediss://default:${r.b62(32)}@redis-12345.c1.eu-west-1.cache.example.com:6380/0"`),

  // ---------------------------------------------------------------- Java properties, Spring, INI
  pos("ho-sec-props-01", "heldout-secrets-properties", `# application-prod.properties
spring.datasource.url=jdbc:mysql://mysql-prod:3306/shop
spring.datasource.username=shop
spring.datasource.password=${pw()}
spring.jpa.hibernate.ddl-auto=validate`),
  pos("ho-sec-props-02", "heldout-secrets-properties", `cloud.aws.credentials.access-key=${k1.id}
cloud.aws.credentials.secret-key=${k1.secret}
cloud.aws.region.static=eu-central-1`),
  pos("ho-sec-props-03", "heldout-secrets-properties", `[smtp]
host = smtp.sendgrid.net
port = 587
username = apikey
password = ${sendgrid()}`, "INI with SendGrid key"),
  pos("ho-sec-props-04", "heldout-secrets-properties", `<?xml version="1.0"?>
<settings>
  <servers>
    <server>
      <id>github</id>
      <username>release-bot</username>
      <password>${ghp()}</password>
    </server>
  </servers>
</settings>`, "Maven settings.xml"),

  // ---------------------------------------------------------------- package manager configs
  pos("ho-sec-pkg-01", "heldout-secrets-pkgconfig", `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${ghp()}
//registry.npmjs.org/:_authToken=${npmTok()}`, ".npmrc"),
  pos("ho-sec-pkg-02", "heldout-secrets-pkgconfig", `[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${pypiTok()}`, ".pypirc"),
  pos("ho-sec-pkg-03", "heldout-secrets-pkgconfig", `{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "${b64(`acme:${pw()}`)}" },
    "ghcr.io": { "auth": "${b64(`acme-bot:${ghp()}`)}" }
  }
}`, "~/.docker/config.json"),
  pos("ho-sec-pkg-04", "heldout-secrets-pkgconfig", `# ~/.cargo/credentials.toml
[registry]
token = "cio${r.b62(32)}"`, "crates.io token"),
  pos("ho-sec-pkg-05", "heldout-secrets-pkgconfig", `npmAuthToken: ${npmTok()}
npmRegistryServer: "https://registry.npmjs.org"
nodeLinker: node-modules`, ".yarnrc.yml"),

  // ---------------------------------------------------------------- browser cookie exports
  pos("ho-sec-cookie-01", "heldout-secrets-cookies", `# Netscape HTTP Cookie File
# This file was generated by a cookies.txt export extension
.github.com\tTRUE\t/\tTRUE\t1735689600\tlogged_in\tyes
github.com\tFALSE\t/\tTRUE\t1735689600\tuser_session\t${r.str(B64URL, 48)}
.slack.com\tTRUE\t/\tTRUE\t1735689600\td\t${encodeURIComponent(P.xoxd() + r.str(B62 + "%", 120))}`),
  pos("ho-sec-cookie-02", "heldout-secrets-cookies", JSON.stringify([
    { domain: ".example-bank.com", name: "SESSIONID", value: r.hex(64), path: "/", secure: true, httpOnly: true, expirationDate: 1735689600 },
    { domain: "console.aws.amazon.com", name: "aws-creds", value: jwt(r, { arn: "arn:aws:sts::123456789012:assumed-role/Admin/dev", exp: 1735689600 }), path: "/", secure: true, httpOnly: true },
  ], null, 2), "EditThisCookie-style JSON export"),

  // ---------------------------------------------------------------- Terraform state / cloud JSON
  pos("ho-sec-tf-01", "heldout-secrets-terraform", JSON.stringify({
    version: 4, terraform_version: "1.7.4", serial: 42,
    resources: [{
      mode: "managed", type: "aws_iam_access_key", name: "ci", provider: "provider[\"registry.terraform.io/hashicorp/aws\"]",
      instances: [{ schema_version: 0, attributes: { id: k2.id, user: "ci-deployer", secret: k2.secret, status: "Active" }, sensitive_attributes: [] }],
    }],
  }, null, 2)),
  pos("ho-sec-tf-02", "heldout-secrets-terraform", JSON.stringify({
    version: 4, terraform_version: "1.6.0",
    resources: [{
      mode: "managed", type: "random_password", name: "db",
      instances: [{ attributes: { id: "none", length: 24, result: pw(), special: true } }],
    }, {
      mode: "managed", type: "aws_db_instance", name: "main",
      instances: [{ attributes: { identifier: "prod-main", engine: "postgres", username: "dbadmin", password: pw() } }],
    }],
  }, null, 2)),
  pos("ho-sec-tf-03", "heldout-secrets-terraform", JSON.stringify({
    type: "service_account",
    project_id: "acme-analytics-prod",
    private_key_id: r.hex(40),
    private_key: pemPkcs8 + "\n",
    client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
    client_id: String(100000000000000000000n + BigInt(r.int(999999999))),
    token_uri: "https://oauth2.googleapis.com/token",
  }, null, 2), "GCP service-account key JSON"),
  pos("ho-sec-tf-04", "heldout-secrets-terraform", `provider "github" {
  owner = "acme"
  token = "${ghp()}"
}

resource "github_repository" "docs" {
  name       = "docs"
  visibility = "public"
}`, "token hard-coded in HCL"),

  // ---------------------------------------------------------------- other embedded forms
  pos("ho-sec-misc-01", "heldout-secrets-misc", `deploy_key: |
  ${pemRsa.split("\n").join("\n  ")}
known_hosts: github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl`, "PEM private key embedded in YAML"),
  pos("ho-sec-misc-02", "heldout-secrets-misc", `// config.js — TODO move to env
module.exports = {
  shopify: { shop: "acme-store.myshopify.com", accessToken: "${P.shpat() + r.hex(32)}" },
  digitalocean: { token: "${P.dop() + r.hex(64)}" },
};`),
  pos("ho-sec-misc-03", "heldout-secrets-misc", `> Hey, can you check why this fails? I'm calling it like:
> client = Anthropic(api_key="${anth()}")
> and get a 529.`, "key pasted into a chat message"),
];

// ---------------------------------------------------------------- benign look-alikes in the same formats
const sha1 = () => r.hex(40);
const sha256 = () => r.hex(64);
cases.push(
  ben("ho-sec-ben-k8s-01", "heldout-secrets-benign", `apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
stringData:
  username: <set-me>
  password: <set-me>
# Fill these in with: kubectl create secret generic billing-db --from-literal=password=... (never commit real values)`),
  ben("ho-sec-ben-k8s-02", "heldout-secrets-benign", `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-keys
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: api-keys }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: apps/billing, property: stripe_secret_key }`),
  ben("ho-sec-ben-k8s-03", "heldout-secrets-benign", `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:${sha256()}
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: billing-db, key: password }`),
  ben("ho-sec-ben-k8s-04", "heldout-secrets-benign", `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
  annotations:
    checksum/config: ${sha256()}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: ${b64("dark_mode,new_checkout")}`, "base64 of non-secret flags in a ConfigMap"),
  ben("ho-sec-ben-compose-01", "heldout-secrets-benign", `services:
  db:
    image: postgres:16@sha256:${sha256()}
    environment:
      POSTGRES_USER: \${POSTGRES_USER:-app}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  api:
    env_file: .env
    environment:
      - OPENAI_API_KEY=\${OPENAI_API_KEY}`),
  ben("ho-sec-ben-compose-02", "heldout-secrets-benign", `# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
STRIPE_SECRET_KEY=your-stripe-secret-key
AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID
AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY
DATABASE_URL=postgres://user:password@localhost:5432/dbname`),
  ben("ho-sec-ben-ci-01", "heldout-secrets-benign", `2024-03-01T10:12:44.1240000Z + echo "//registry.npmjs.org/:_authToken=***" > ~/.npmrc
2024-03-01T10:12:44.9000000Z + npm publish --access public
2024-03-01T10:12:51.0000000Z npm notice package: @acme/ui@3.2.0
2024-03-01T10:12:51.0000000Z npm notice shasum: ${sha1()}
2024-03-01T10:12:51.0000000Z npm notice integrity: sha512-${r.b64(86)}==`, "masked token, shasum and integrity"),
  ben("ho-sec-ben-ci-02", "heldout-secrets-benign", `Run actions/checkout@${sha1()}
  with:
    repository: acme/api
    token: ***
    ssh-strict: true
    persist-credentials: true
Syncing repository: acme/api
HEAD is now at ${sha1().slice(0, 7)} Merge pull request #1234 from acme/feature/login`),
  ben("ho-sec-ben-ci-03", "heldout-secrets-benign", `Step 3/9 : FROM python:3.12-slim@sha256:${sha256()}
 ---> ${r.hex(12)}
Step 4/9 : RUN pip install --require-hashes -r requirements.txt
Collecting requests==2.31.0 (from -r requirements.txt (line 1))
  Downloading requests-2.31.0-py3-none-any.whl (62 kB)
Successfully built ${r.hex(12)}`),
  ben("ho-sec-ben-nb-01", "heldout-secrets-benign", JSON.stringify({
    cells: [{ cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", "from openai import OpenAI\n", "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n"] }],
    metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5,
  }, null, 1)),
  ben("ho-sec-ben-nb-02", "heldout-secrets-benign", JSON.stringify({
    cells: [{ cell_type: "code", execution_count: 2, metadata: {}, source: ["df.head()"], outputs: [{ output_type: "display_data", data: { "image/png": r.b64(600), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }],
    metadata: {}, nbformat: 4, nbformat_minor: 5,
  }, null, 1), "base64 PNG output in a notebook"),
  ben("ho-sec-ben-har-01", "heldout-secrets-benign", JSON.stringify({
    log: { version: "1.2", entries: [{
      request: { method: "GET", url: `https://api.example.com/v1/items/${r.uuid()}`, headers: [{ name: "Authorization", value: "Bearer <redacted>" }, { name: "If-None-Match", value: `W/"${r.hex(32)}"` }, { name: "X-Request-Id", value: r.uuid() }] },
      response: { status: 304, headers: [{ name: "ETag", value: `W/"${r.hex(32)}"` }] },
    }] },
  }, null, 2), "redacted auth, ETags and request ids"),
  ben("ho-sec-ben-har-02", "heldout-secrets-benign", `GET /assets/app.${r.hex(8)}.js HTTP/2
Host: www.example.com
Accept-Encoding: gzip, br
If-None-Match: "${r.hex(40)}"
Cookie: _ga=GA1.2.${1000000000 + r.int(999999999)}.${1700000000 + r.int(9999999)}; theme=dark; locale=en-GB`),
  ben("ho-sec-ben-shell-01", "heldout-secrets-benign", `curl -u "$JENKINS_USER:$JENKINS_API_TOKEN" -X POST https://jenkins.acme.example/job/deploy/build`),
  ben("ho-sec-ben-shell-02", "heldout-secrets-benign", `git config --global credential.helper store
# stores credentials in ~/.git-credentials as lines like:
#   https://<username>:<token>@github.com
git config --global credential.helper 'cache --timeout=3600'`),
  ben("ho-sec-ben-shell-03", "heldout-secrets-benign", `$ git log --format='%H %s' -3
${sha1()} Bump lodash from 4.17.20 to 4.17.21
${sha1()} Fix race in session refresh
${sha1()} Add retry to webhook sender`),
  ben("ho-sec-ben-shell-04", "heldout-secrets-benign", `$ sha256sum dist/*
${sha256()}  dist/toolkit-linux-amd64
${sha256()}  dist/toolkit-darwin-arm64
${sha256()}  dist/toolkit-windows-amd64.exe`),
  ben("ho-sec-ben-shell-05", "heldout-secrets-benign", `$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:${r.b64(43)} dev@laptop (ED25519)
$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} dev@laptop`, "public key and fingerprint"),
  ben("ho-sec-ben-conn-01", "heldout-secrets-benign", `jdbc:postgresql://\${DB_HOST}:5432/orders?user=\${DB_USER}&password=\${DB_PASSWORD}&sslmode=require`),
  ben("ho-sec-ben-conn-02", "heldout-secrets-benign", `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;Authentication=Active Directory Default;Encrypt=True;`, "passwordless managed-identity connection string"),
  ben("ho-sec-ben-conn-03", "heldout-secrets-benign", `# Local development only (docker-compose service)
DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0`, "well-known local default credentials"),
  ben("ho-sec-ben-conn-04", "heldout-secrets-benign", `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=<AZURITE_DEFAULT_KEY>;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`),
  ben("ho-sec-ben-props-01", "heldout-secrets-benign", `spring.datasource.url=jdbc:mysql://mysql:3306/shop
spring.datasource.username=\${DB_USERNAME}
spring.datasource.password=\${DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
server.servlet.session.timeout=30m`),
  ben("ho-sec-ben-props-02", "heldout-secrets-benign", `<settings>
  <servers>
    <server>
      <id>github</id>
      <username>\${env.GITHUB_ACTOR}</username>
      <password>\${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
</settings>`),
  ben("ho-sec-ben-props-03", "heldout-secrets-benign", `[auth]
# password_hash is a bcrypt hash, not the password itself
admin_user = admin
password_hash = $2b$12$${r.str(B62 + "./", 53)}
session_timeout = 3600`, "bcrypt hash"),
  ben("ho-sec-ben-pkg-01", "heldout-secrets-benign", `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}
save-exact=true`),
  ben("ho-sec-ben-pkg-02", "heldout-secrets-benign", `[distutils]
index-servers = pypi testpypi

[pypi]
username = __token__
# password: paste your token from https://pypi.org/manage/account/token/

[testpypi]
repository = https://test.pypi.org/legacy/`),
  ben("ho-sec-ben-pkg-03", "heldout-secrets-benign", `{
  "name": "@acme/ui",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/react": {
      "version": "18.2.0",
      "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
      "integrity": "sha512-${r.b64(86)}=="
    }
  }
}`),
  ben("ho-sec-ben-pkg-04", "heldout-secrets-benign", `github.com/spf13/cobra v1.8.0 h1:${r.b64(43)}=
github.com/spf13/cobra v1.8.0/go.mod h1:${r.b64(43)}=
golang.org/x/sys v0.17.0 h1:${r.b64(43)}=`, "go.sum"),
  ben("ho-sec-ben-pkg-05", "heldout-secrets-benign", `{
  "auths": { "ghcr.io": {}, "https://index.docker.io/v1/": {} },
  "credsStore": "osxkeychain"
}`, "docker config using a credential store"),
  ben("ho-sec-ben-pkg-06", "heldout-secrets-benign", `[[package]]
name = "serde"
version = "1.0.197"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256()}"`, "Cargo.lock"),
  ben("ho-sec-ben-cookie-01", "heldout-secrets-benign", `# Netscape HTTP Cookie File
.example.com\tTRUE\t/\tFALSE\t1735689600\ttheme\tdark
.example.com\tTRUE\t/\tFALSE\t1735689600\tlocale\ten-GB
.example.com\tTRUE\t/\tFALSE\t1735689600\t_ga\tGA1.2.${1000000000 + r.int(999999999)}.${1700000000 + r.int(9999999)}
.example.com\tTRUE\t/\tFALSE\t1735689600\tcookie_consent\taccepted`),
  ben("ho-sec-ben-tf-01", "heldout-secrets-benign", JSON.stringify({
    version: 4, terraform_version: "1.7.4", serial: 17,
    resources: [{
      mode: "managed", type: "aws_s3_bucket", name: "assets",
      instances: [{ attributes: { id: "acme-assets-prod", arn: "arn:aws:s3:::acme-assets-prod", bucket_regional_domain_name: "acme-assets-prod.s3.eu-west-1.amazonaws.com", hosted_zone_id: "Z1BKCTXD74EZPE" } }],
    }, {
      mode: "managed", type: "aws_iam_role", name: "ci",
      instances: [{ attributes: { arn: "arn:aws:iam::123456789012:role/ci-deployer", unique_id: "AROA" + r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17) } }],
    }],
  }, null, 2), "state with ARNs and a role unique id only"),
  ben("ho-sec-ben-tf-02", "heldout-secrets-benign", `variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier = "prod-main"
  username   = "dbadmin"
  password   = var.db_password
}`),
  ben("ho-sec-ben-tf-03", "heldout-secrets-benign", `# .terraform.lock.hcl
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.40.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:${r.b64(43)}=",
    "zh:${sha256()}",
    "zh:${sha256()}",
  ]
}`),
  ben("ho-sec-ben-misc-01", "heldout-secrets-benign", `-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBF${r.b64(58)}
${r.b64(64)}
${r.b64(64)}
=${r.b64(4)}
-----END PGP PUBLIC KEY BLOCK-----`, "PGP public key"),
  // DESIGN.md: a published example is a finding labelled `example` (outbound traffic blocks it;
  // repository scanning shows it as info), so this case is a positive.
  pos("ho-sec-ben-misc-02", "heldout-secrets-examples", `# AWS documentation example values — not real
aws_access_key_id = ${P.akia() + "IOSFODNN7EXAMPLE"}
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLEKEY"}`, "AWS's documented example key pair"),
  ben("ho-sec-ben-misc-03", "heldout-secrets-benign", `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${r.b64(64)}" crossorigin="anonymous"></script>
<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${r.b64(22)}=' 'strict-dynamic'">`, "SRI hash and CSP nonce"),
  ben("ho-sec-ben-misc-04", "heldout-secrets-benign", `{
  "id": "${r.uuid()}",
  "object": "event",
  "request_id": "req_${r.b62(14)}",
  "idempotency_key": "${r.uuid()}",
  "trace_id": "${r.hex(32)}",
  "span_id": "${r.hex(16)}"
}`, "ids and trace ids"),
  ben("ho-sec-ben-misc-05", "heldout-secrets-benign", `const config = {
  apiKey: process.env.NEXT_PUBLIC_MAPS_KEY ?? "",
  secret: "",           // set SECRET in the environment
  password: "********", // masked in UI
  token: "REPLACE_ME",
};`),
  ben("ho-sec-ben-misc-06", "heldout-secrets-benign", `sentry:
  dsn_env: SENTRY_DSN
  release: "api@${sha1()}"
  sample_rate: 0.2
cache:
  key_prefix: "v3:${r.hex(8)}:"`),
);
