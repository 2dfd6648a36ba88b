// Benign: whole config / infrastructure files full of hard look-alikes and no secret —
// image digests, lockfile checksums, git SHAs, UUIDs, ARNs, public keys, CA certificates,
// secret-store references, sealed / SOPS / ansible-vault / KMS / systemd-creds encrypted values,
// masks and placeholders. Same outbound wrappers as the positives.
import type { CorpusCase } from "../types.ts";
import { type FileDoc, BENIGN, Gen, SVCS, WRAPPERS, b64e, j, mkCase, pad3 } from "./_gen.ts";

interface BSpec { what: string; build: (g: Gen) => FileDoc }

const AGE_ALPHA = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const ageRecipient = (g: Gen) => "age1" + g.str(58, AGE_ALPHA);
const sopsEnc = (g: Gen, n: number, type = "str") => `ENC[AES256_GCM,data:${g.b64(n)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:${type}]`;
const sealed = (g: Gen) => "AgB" + g.b64(690) + "==";
const vaultBlob = (g: Gen) => ["$ANSIBLE_VAULT;1.1;AES256", ...Array.from({ length: 5 }, () => g.hex(80))].join("\n");
const caPemB64 = (g: Gen) => b64e(g.cert() + "\n");
const acct = (g: Gen) => g.dig(12);

const specs: BSpec[] = [
  { what: "Kubernetes Deployment with image digest, checksum annotation and secretKeyRef references", build: (g) => { const svc = g.pick(SVCS); return { path: `k8s/${svc}/deployment.yaml`, lang: "yaml", kind: "Kubernetes Deployment", content:
`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${svc}
  annotations:
    deployment.kubernetes.io/revision: "${g.range(2, 90)}"
spec:
  template:
    metadata:
      annotations:
        checksum/config: ${g.sha256()}
        kubectl.kubernetes.io/restartedAt: "2024-09-0${g.range(1, 9)}T10:11:12Z"
    spec:
      serviceAccountName: ${svc}
      containers:
        - name: ${svc}
          image: registry.example.com/acme/${svc}@sha256:${g.sha256()}
          env:
            - name: GIT_COMMIT
              value: "${g.sha1()}"
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${svc}-db
                  key: password
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: stripe
                  key: secret-key
            - name: POD_UID
              valueFrom:
                fieldRef:
                  fieldPath: metadata.uid
` }; } },
  { what: "Bitnami SealedSecret (encryptedData blobs)", build: (g) => ({ path: "k8s/prod/sealed-secret.yaml", lang: "yaml", kind: "SealedSecret manifest", content:
`apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-env
  namespace: prod
spec:
  encryptedData:
    DATABASE_URL: ${sealed(g)}
    STRIPE_SECRET_KEY: ${sealed(g)}
  template:
    metadata:
      name: orders-env
      namespace: prod
    type: Opaque
` }) },
  { what: "SOPS-encrypted secrets.yaml with age recipient (public) and encrypted MAC", build: (g) => ({ path: "secrets/prod.enc.yaml", lang: "yaml", kind: "SOPS-encrypted YAML", content:
`database:
    user: ${sopsEnc(g, 8)}
    password: ${sopsEnc(g, 32)}
openai_api_key: ${sopsEnc(g, 220)}
replicas: ${sopsEnc(g, 4, "int")}
sops:
    kms: []
    age:
        - recipient: ${ageRecipient(g)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${g.b64(64)}
            ${g.b64(64)}
            ${g.b64(64)}
            ${g.b64(64)}
            ${g.b64(40)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-09-1${g.range(0, 9)}T08:${g.range(10, 59)}:02Z"
    mac: ENC[AES256_GCM,data:${g.b64(86)}==,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
` }) },
  { what: "ExternalSecret referencing AWS Secrets Manager / Vault paths", build: (g) => ({ path: "k8s/external-secret.yaml", lang: "yaml", kind: "ExternalSecret manifest", content:
`apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: ${g.pick(["aws-secretsmanager", "vault-backend"])}
  target:
    name: payments-env
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/payments/stripe
        property: secret_key
    - secretKey: DB_PASSWORD
      remoteRef:
        key: arn:aws:secretsmanager:eu-west-1:${acct(g)}:secret:prod/payments/db-${g.an(6)}
        property: password
        version: ${g.uuid()}
` }) },
  { what: "kubeconfig using an exec credential plugin (no token) and CA data", build: (g) => ({ path: "~/.kube/config", lang: "yaml", kind: "kubeconfig", content:
`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${caPemB64(g)}
    server: https://${g.HEX(32)}.gr7.eu-west-1.eks.example.com
  name: arn:aws:eks:eu-west-1:${acct(g)}:cluster/prod
contexts:
- context:
    cluster: arn:aws:eks:eu-west-1:${acct(g)}:cluster/prod
    user: eks-prod
  name: prod
current-context: prod
users:
- name: eks-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod", "--output", "json"]
      env:
        - name: AWS_PROFILE
          value: prod-admin
` }) },
  { what: "Helm Chart.lock with dependency digest and generated timestamp", build: (g) => ({ path: "charts/platform/Chart.lock", lang: "yaml", kind: "Helm Chart.lock", content:
`dependencies:
- name: postgresql
  repository: oci://registry.example.com/charts
  version: 15.5.${g.range(1, 30)}
- name: redis
  repository: oci://registry.example.com/charts
  version: 19.6.${g.range(1, 9)}
digest: sha256:${g.sha256()}
generated: "2024-08-2${g.range(0, 9)}T14:02:11.${g.dig(6)}+02:00"
` }) },
  { what: ".terraform.lock.hcl provider hashes", build: (g) => ({ path: ".terraform.lock.hcl", lang: "hcl", kind: "Terraform dependency lock file", content:
`# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.6${g.range(0, 9)}.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:${g.b64(43)}=",
    "zh:${g.sha256()}",
    "zh:${g.sha256()}",
    "zh:${g.sha256()}",
    "zh:${g.sha256()}",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.${g.range(0, 3)}"
  hashes = [
    "h1:${g.b64(43)}=",
    "zh:${g.sha256()}",
  ]
}
` }) },
  { what: "Terraform config reading secrets from data sources, random_password without value, KMS ciphertext payload", build: (g) => ({ path: "modules/db/main.tf", lang: "hcl", kind: "Terraform configuration", content:
`data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/orders/db"
}

data "aws_kms_secrets" "legacy" {
  secret {
    name    = "master"
    payload = "AQICAH${g.b64(178)}=="
  }
}

resource "random_password" "app" {
  length  = 32
  special = true
}

resource "aws_db_instance" "orders" {
  identifier          = "orders-prod"
  engine              = "postgres"
  username            = "orders_admin"
  password            = random_password.app.result
  kms_key_id          = "arn:aws:kms:eu-west-1:${acct(g)}:key/${g.uuid()}"
  snapshot_identifier = "rds:orders-prod-2024-09-0${g.range(1, 9)}-03-10"
}

output "db_password" {
  value     = random_password.app.result
  sensitive = true
}
` }) },
  { what: "terraform plan output with sensitive values masked", build: (g) => ({ path: "plan.txt", lang: "text", kind: "terraform plan output", content:
`Terraform will perform the following actions:

  # aws_ssm_parameter.api_key will be updated in-place
  ~ resource "aws_ssm_parameter" "api_key" {
        id             = "/orders/prod/API_KEY"
        name           = "/orders/prod/API_KEY"
      ~ value          = (sensitive value)
        version        = ${g.range(2, 20)}
        # (6 unchanged attributes hidden)
    }

  # kubernetes_secret.app will be updated in-place
  ~ resource "kubernetes_secret" "app" {
      ~ data = (sensitive value)
        id   = "prod/app-env"
    }

  # aws_lambda_function.ingest will be updated in-place
  ~ resource "aws_lambda_function" "ingest" {
      ~ source_code_hash = "${g.b64(43)}=" -> "${g.b64(43)}="
        # (18 unchanged attributes hidden)
    }

Plan: 0 to add, 3 to change, 0 to destroy.
` }) },
  { what: "Ansible vars with !vault-encrypted values and hashi_vault lookups", build: (g) => ({ path: "group_vars/prod/vault.yml", lang: "yaml", kind: "Ansible vars file", content:
`---
db_host: db-primary.example.com
db_user: app
db_password: !vault |
${vaultBlob(g).split("\n").map((l) => "  " + l).join("\n")}
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/prod/smtp:password') }}"
api_token: "{{ vault_api_token }}"
release_sha: ${g.sha1()}
` }) },
  { what: "docker-compose using Docker secrets files, required-variable interpolation and image digests", build: (g) => ({ path: "docker-compose.yml", lang: "yaml", kind: "docker-compose file", content:
`services:
  db:
    image: postgres:16.4@sha256:${g.sha256()}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  api:
    image: registry.example.com/acme/api@sha256:${g.sha256()}
    environment:
      DATABASE_URL: postgres://app:\${DB_PASSWORD:?set DB_PASSWORD}@db:5432/app
      OPENAI_API_KEY: \${OPENAI_API_KEY}
      SENTRY_RELEASE: ${g.sha1()}
secrets:
  db_password:
    file: ./secrets/db_password.txt
` }) },
  { what: "GitHub Actions workflow with SHA-pinned actions, secrets.* references and OIDC role ARN", build: (g) => ({ path: ".github/workflows/deploy.yml", lang: "yaml", kind: "GitHub Actions workflow", content:
`name: deploy
on: { push: { branches: [main] } }
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@${g.sha1()} # v4.2.0
      - uses: aws-actions/configure-aws-credentials@${g.sha1()} # v4.0.2
        with:
          role-to-assume: arn:aws:iam::${acct(g)}:role/gha-deploy
          aws-region: eu-west-1
      - uses: actions/cache@${g.sha1()}
        with:
          path: ~/.npm
          key: npm-\${{ hashFiles('package-lock.json') }}
      - run: npm ci && npm run deploy
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
` }) },
  { what: "GitLab CI with CI_JOB_TOKEN references and sha256 checksum verification", build: (g) => ({ path: ".gitlab-ci.yml", lang: "yaml", kind: "GitLab CI config", content:
`variables:
  HELM_VERSION: "3.15.4"
  HELM_SHA256: "${g.sha256()}"
publish:
  image: alpine:3.20@sha256:${g.sha256()}
  script:
    - wget -q https://get.example.com/helm-v$HELM_VERSION-linux-amd64.tar.gz
    - echo "$HELM_SHA256  helm-v$HELM_VERSION-linux-amd64.tar.gz" | sha256sum -c -
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file chart.tgz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/helm/api/stable/charts"'
  rules:
    - if: $CI_COMMIT_TAG
` }) },
  { what: ".npmrc with env-var token reference plus package-lock integrity hashes", build: (g) => ({ path: ".npmrc + package-lock.json (excerpt)", lang: "text", kind: ".npmrc and lockfile excerpt", content:
`# .npmrc
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}

# package-lock.json
"node_modules/@acme/ui": {
  "version": "4.2.${g.range(0, 9)}",
  "resolved": "https://npm.pkg.github.com/download/@acme/ui/4.2.1/${g.sha1()}",
  "integrity": "sha512-${g.b64(86)}=="
},
"node_modules/zod": {
  "version": "3.23.8",
  "integrity": "sha512-${g.b64(86)}=="
}
` }) },
  { what: "Cargo.lock excerpt with checksums", build: (g) => ({ path: "Cargo.lock", lang: "toml", kind: "Cargo.lock", content:
`# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "tokio"
version = "1.40.0"
source = "sparse+https://crates.example.org/index/"
checksum = "${g.sha256()}"

[[package]]
name = "serde"
version = "1.0.210"
source = "sparse+https://crates.example.org/index/"
checksum = "${g.sha256()}"

[[package]]
name = "acme-internal"
version = "0.4.1"
source = "git+https://git.example.com/acme/internal?rev=${g.sha1().slice(0, 7)}#${g.sha1()}"
` }) },
  { what: "go.sum and requirements.txt hashes", build: (g) => ({ path: "go.sum / requirements.txt", lang: "text", kind: "dependency hash files", content:
`# go.sum
golang.org/x/crypto v0.27.0 h1:${g.b64(43)}=
golang.org/x/crypto v0.27.0/go.mod h1:${g.b64(43)}=
github.com/acme/sdk v1.8.2 h1:${g.b64(43)}=

# requirements.txt
boto3==1.35.10 \\
    --hash=sha256:${g.sha256()} \\
    --hash=sha256:${g.sha256()}
requests==2.32.3 \\
    --hash=sha256:${g.sha256()}
` }) },
  { what: "AWS CLI config with SSO, role ARNs and credential_process (no keys)", build: (g) => ({ path: "~/.aws/config", lang: "ini", kind: "AWS CLI config", content:
`[default]
region = eu-west-1
output = json

[sso-session acme]
sso_start_url = https://acme.awsapps.example.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access

[profile prod-admin]
sso_session = acme
sso_account_id = ${acct(g)}
sso_role_name = AdministratorAccess

[profile ci]
role_arn = arn:aws:iam::${acct(g)}:role/ci-deployer
external_id = ${g.uuid()}
credential_process = /usr/local/bin/aws-vault export --format=json ci-base
mfa_serial = arn:aws:iam::${acct(g)}:mfa/jdoe
` }) },
  { what: "GCP workload identity federation config (external_account, no key)", build: (g) => ({ path: "gcp-wif-config.json", lang: "json", kind: "GCP external_account credential config", content: JSON.stringify({
    universe_domain: "googleapis.com", type: "external_account",
    audience: `//iam.example.com/projects/${g.dig(12)}/locations/global/workloadIdentityPools/github/providers/acme-gh`,
    subject_token_type: "urn:ietf:params:oauth:token-type:jwt", token_url: "https://sts.example.com/v1/token",
    service_account_impersonation_url: "https://iamcredentials.example.com/v1/projects/-/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com:generateAccessToken",
    credential_source: { file: "/var/run/secrets/tokens/gcp-ksa/token", format: { type: "text" } } }, null, 2) }) },
  { what: "cloud-init with SSH public keys and hashed known_hosts", build: (g) => ({ path: "user-data", lang: "yaml", kind: "cloud-init user-data", content:
`#cloud-config
users:
  - name: ops
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - ${g.sshEd("alice@laptop")}
      - ${g.sshRsa("bob@workstation")}
write_files:
  - path: /home/ops/.ssh/known_hosts
    content: |
      |1|${g.b64(27)}=|${g.b64(27)}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}
      git.example.com ${g.sshEd("").trim()}
` }) },
  { what: "nginx TLS site with cert paths, CSP script hashes and a CA bundle", build: (g) => ({ path: "/etc/nginx/sites-enabled/app.conf + ca.pem", lang: "nginx", kind: "nginx site config and CA bundle", content:
`server {
    listen 443 ssl http2;
    server_name app.example.com;
    ssl_certificate     /etc/letsencrypt/live/app.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/app.example.com/privkey.pem;
    ssl_trusted_certificate /etc/nginx/ca.pem;
    ssl_client_certificate /etc/nginx/ca.pem;
    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-${g.b64(43)}=' 'sha256-${g.b64(43)}='" always;
    add_header ETag "\\"${g.hex(32)}\\"";
    location / { proxy_pass http://127.0.0.1:3000; }
}
# /etc/nginx/ca.pem
${g.cert()}
` }) },
  { what: "Spring application.yml with property placeholders and Jasypt-encrypted value", build: (g) => ({ path: "application.yml", lang: "yaml", kind: "Spring Boot application.yml", content:
`spring:
  datasource:
    url: jdbc:postgresql://\${DB_HOST:localhost}:5432/orders
    username: \${DB_USER}
    password: \${DB_PASSWORD}
  mail:
    password: ENC(${g.b64(64)})
jasypt:
  encryptor:
    password: \${JASYPT_ENCRYPTOR_PASSWORD}
    algorithm: PBEWITHHMACSHA512ANDAES_256
acme:
  stripe:
    secret-key: \${vault.stripe.secret_key}
  build:
    commit: ${g.sha1()}
` }) },
  { what: ".NET appsettings.json with Key Vault references and managed-identity client id", build: (g) => ({ path: "appsettings.Production.json", lang: "json", kind: ".NET appsettings.json", content: JSON.stringify({
    KeyVault: { VaultUri: "https://acme-prod-kv.vault.azure.example.net/", ManagedIdentityClientId: g.uuid() },
    ConnectionStrings: { Orders: "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.example.net/secrets/orders-db/)" },
    Stripe: { SecretKey: "@Microsoft.KeyVault(VaultName=acme-prod-kv;SecretName=stripe-secret-key)" },
    AzureAd: { Instance: "https://login.example.com/", TenantId: g.uuid(), ClientId: g.uuid(), Audience: `api://${g.uuid()}` },
    Build: { Sha: g.sha1(), Version: "2024.09.1" } }, null, 2) }) },
  { what: "Rails encrypted credentials file (.yml.enc) and master key reference", build: (g) => ({ path: "config/credentials/production.yml.enc", lang: "text", kind: "Rails encrypted credentials", content:
`${g.b64(480)}==--${g.b64(16)}--${g.b64(22)}==
# decrypted at boot with RAILS_MASTER_KEY from the platform secret store
` }) },
  { what: ".env.example with placeholders and masked values", build: (g) => ({ path: ".env.example", lang: "dotenv", kind: "dotenv template", content:
`# Copy to .env and fill in. Never commit real values.
OPENAI_API_KEY=<your-openai-api-key>
ANTHROPIC_API_KEY=
STRIPE_SECRET_KEY=${j("sk", "_live_")}************************
GITHUB_TOKEN=${j("gh", "p_")}${"X".repeat(36)}
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
AWS_SECRET_ACCESS_KEY=REPLACE_ME
SLACK_WEBHOOK_URL=https://hooks.example.com/services/XXX/YYY/ZZZ
SESSION_SECRET=\${SESSION_SECRET}
# build metadata (safe)
BUILD_SHA=${g.sha1()}
TENANT_ID=${g.uuid()}
` }) },
  { what: "Jenkins credentials.xml with Jenkins-encrypted secrets", build: (g) => ({ path: "/var/lib/jenkins/credentials.xml", lang: "xml", kind: "Jenkins credentials.xml", content:
`<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1371.vfee6b_095f0a_3">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>${g.uuid()}</id>
          <username>deploy-bot</username>
          <password>{AQAAABAAAAAg${g.b64(64)}}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-token</id>
          <secret>{AQAAABAAAAAw${g.b64(86)}==}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
` }) },
  { what: "Docker config.json using credential helpers only", build: (g) => ({ path: "~/.docker/config.json", lang: "json", kind: "Docker config.json", content: JSON.stringify({
    auths: { "ghcr.io": {}, [`${acct(g)}.dkr.ecr.eu-west-1.amazonaws.com`]: {} }, credsStore: "desktop",
    credHelpers: { "europe-docker.pkg.dev": "gcloud", [`${acct(g)}.dkr.ecr.eu-west-1.amazonaws.com`]: "ecr-login" },
    currentContext: "desktop-linux", plugins: { "-x-cli-hints": { enabled: "true" } } }, null, "\t") }) },
  { what: "Envoy jwt_authn with inline public JWKS", build: (g) => ({ path: "envoy/jwt.yaml", lang: "yaml", kind: "Envoy jwt_authn filter config", content:
`http_filters:
- name: envoy.filters.http.jwt_authn
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication
    providers:
      acme:
        issuer: https://auth.example.com/
        audiences: [orders-api]
        local_jwks:
          inline_string: '{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"${g.hex(16)}","n":"${g.b64u(342)}","e":"AQAB"}]}'
    rules:
    - match: { prefix: /api }
      requires: { provider_name: acme }
` }) },
  { what: "Kyverno image-verification policy with cosign public key", build: (g) => ({ path: "policies/verify-images.yaml", lang: "yaml", kind: "Kyverno ClusterPolicy", content:
`apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: verify-acme-images
spec:
  validationFailureAction: Enforce
  rules:
    - name: cosign
      match:
        any:
          - resources: { kinds: [Pod] }
      verifyImages:
        - imageReferences: ["registry.example.com/acme/*"]
          attestors:
            - entries:
                - keys:
                    publicKeys: |-
${g.pubKeyPem().split("\n").map((l) => "                      " + l).join("\n")}
` }) },
  { what: "Vault Agent config with auto-auth role and template secret paths", build: (g) => ({ path: "/etc/vault-agent/agent.hcl", lang: "hcl", kind: "Vault Agent config", content:
`vault {
  address = "https://vault.example.com:8200"
  ca_cert = "/etc/vault-agent/ca.pem"
}
auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = { role = "orders" }
  }
  sink "file" { config = { path = "/home/vault/.vault-token" } }
}
template {
  destination = "/etc/app/env"
  contents    = <<EOT
{{ with secret "kv/data/prod/orders" }}DB_PASSWORD={{ .Data.data.db_password }}{{ end }}
EOT
}
# agent build ${g.sha1()}
` }) },
  { what: "Maven settings.xml with env-var password placeholders and checksum policy", build: (g) => ({ path: "ci/settings.xml", lang: "xml", kind: "Maven settings.xml", content:
`<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>\${env.MAVEN_USERNAME}</username>
      <password>\${env.MAVEN_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>ci</id>
      <repositories>
        <repository>
          <id>acme-releases</id>
          <url>https://artifacts.example.com/maven</url>
          <releases><checksumPolicy>fail</checksumPolicy></releases>
        </repository>
      </repositories>
      <properties><build.sha>${g.sha1()}</build.sha></properties>
    </profile>
  </profiles>
</settings>
` }) },
  { what: "Gradle verification-metadata.xml sha256 entries", build: (g) => ({ path: "gradle/verification-metadata.xml", lang: "xml", kind: "Gradle dependency verification metadata", content:
`<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">
   <configuration><verify-metadata>true</verify-metadata><verify-signatures>false</verify-signatures></configuration>
   <components>
      <component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">
         <artifact name="okhttp-4.12.0.jar"><sha256 value="${g.sha256()}" origin="Generated by Gradle"/></artifact>
      </component>
      <component group="org.slf4j" name="slf4j-api" version="2.0.16">
         <artifact name="slf4j-api-2.0.16.jar"><sha256 value="${g.sha256()}" origin="Generated by Gradle"/></artifact>
         <artifact name="slf4j-api-2.0.16.pom"><sha512 value="${g.hex(128)}" origin="Generated by Gradle"/></artifact>
      </component>
   </components>
</verification-metadata>
` }) },
  { what: "WireGuard config loading the private key from a file, peer public keys", build: (g) => ({ path: "/etc/wireguard/wg1.conf", lang: "ini", kind: "WireGuard config", content:
`[Interface]
Address = 10.9.0.1/24
ListenPort = 51821
PostUp = wg set %i private-key /etc/wireguard/wg1.key

[Peer]
# site-b
PublicKey = ${g.b64(42)}k=
Endpoint = vpn-b.example.net:51821
AllowedIPs = 10.20.0.0/16

[Peer]
# site-c
PublicKey = ${g.b64(42)}U=
AllowedIPs = 10.30.0.0/16
` }) },
  { what: "Prometheus / Alertmanager configs using *_file secret references", build: (g) => ({ path: "monitoring/prometheus.yml", lang: "yaml", kind: "prometheus.yml", content:
`global:
  external_labels: { cluster: prod, replica: "${g.uuid()}" }
remote_write:
  - url: https://metrics.example.com/api/v1/push
    basic_auth:
      username: prod-writer
      password_file: /etc/prometheus/secrets/remote-write-password
scrape_configs:
  - job_name: kubelet
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
    tls_config:
      ca_file: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
# alertmanager.yml: slack_api_url_file: /etc/alertmanager/secrets/slack-url
` }) },
  { what: "cert-manager Certificate plus ConfigMap holding a CA bundle", build: (g) => ({ path: "k8s/tls.yaml", lang: "yaml", kind: "Kubernetes manifests", content:
`apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: api-tls
spec:
  secretName: api-tls
  dnsNames: [api.example.com]
  issuerRef: { name: letsencrypt-prod, kind: ClusterIssuer }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: trusted-ca
data:
  ca.crt: |
${g.cert().split("\n").map((l) => "    " + l).join("\n")}
  fingerprint: "${Array.from({ length: 32 }, () => g.HEX(2)).join(":")}"
` }) },
  { what: "systemd unit with systemd-creds encrypted credential and LoadCredential", build: (g) => ({ path: "/etc/systemd/system/ingest.service", lang: "ini", kind: "systemd unit", content:
`[Unit]
Description=ingest worker

[Service]
DynamicUser=yes
LoadCredential=tls.key:/etc/ingest/tls.key
SetCredentialEncrypted=db-pass: \\
        ${g.b64(76)} \\
        ${g.b64(76)} \\
        ${g.b64(40)}==
Environment=DB_PASSWORD_FILE=%d/db-pass
Environment=BUILD_ID=${g.sha1()}
ExecStart=/usr/local/bin/ingest --config /etc/ingest/config.toml

[Install]
WantedBy=multi-user.target
` }) },
  { what: "Terraform state with only non-secret attributes (ids, ARNs, fingerprints, public key)", build: (g) => ({ path: "terraform.tfstate", lang: "json", kind: "Terraform state file", content: JSON.stringify({
    version: 4, terraform_version: "1.9.5", serial: g.range(10, 300), lineage: g.uuid(), outputs: { bucket_arn: { value: "arn:aws:s3:::acme-assets-prod", type: "string" } },
    resources: [
      { mode: "managed", type: "aws_key_pair", name: "deploy", instances: [{ attributes: { id: "deploy", key_name: "deploy", fingerprint: g.b64(43) + "=", key_pair_id: "key-" + g.hex(17), public_key: g.sshEd("deploy"), arn: `arn:aws:ec2:eu-west-1:${acct(g)}:key-pair/deploy` } }] },
      { mode: "managed", type: "aws_s3_object", name: "bundle", instances: [{ attributes: { bucket: "acme-assets-prod", key: "app/bundle.js", etag: g.hex(32), version_id: g.b64u(32), checksum_sha256: g.b64(43) + "=" } }] },
    ] }, null, 2) }) },
  { what: "Argo CD Application and Flux GitRepository with secretRef and SSH host keys", build: (g) => ({ path: "clusters/prod/apps.yaml", lang: "yaml", kind: "GitOps manifests", content:
`apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: orders
spec:
  source:
    repoURL: https://git.example.com/acme/deploy.git
    targetRevision: ${g.sha1()}
    path: apps/orders
  destination: { server: https://kubernetes.default.svc, namespace: prod }
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: platform
spec:
  url: ssh://git@git.example.com/acme/platform.git
  ref: { commit: ${g.sha1()} }
  secretRef: { name: flux-git-auth }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ssh-known-hosts
data:
  known_hosts: |
    git.example.com ${g.sshEd("").trim()}
    git.example.com ${g.sshRsa("").trim()}
` }) },
  { what: "Helm values with existingSecret names, image digest and OIDC client id", build: (g) => ({ path: "values.yaml", lang: "yaml", kind: "Helm values file", content:
`image:
  repository: registry.example.com/acme/grafana
  digest: sha256:${g.sha256()}
admin:
  existingSecret: grafana-admin
  userKey: admin-user
  passwordKey: admin-password
grafana.ini:
  auth.generic_oauth:
    client_id: ${g.uuid()}
    client_secret: $__file{/etc/secrets/oauth/client_secret}
postgresql:
  auth:
    existingSecret: grafana-db
    secretKeys:
      userPasswordKey: password
podAnnotations:
  checksum/values: ${g.sha256()}
` }) },
  { what: "OCI image index JSON with manifest and layer digests", build: (g) => ({ path: "index.json", lang: "json", kind: "OCI image index", content: JSON.stringify({
    schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [
      { mediaType: "application/vnd.oci.image.manifest.v1+json", digest: g.imageDigest(), size: g.range(800, 2000), platform: { architecture: "amd64", os: "linux" } },
      { mediaType: "application/vnd.oci.image.manifest.v1+json", digest: g.imageDigest(), size: g.range(800, 2000), platform: { architecture: "arm64", os: "linux" } },
      { mediaType: "application/vnd.oci.image.manifest.v1+json", digest: g.imageDigest(), size: 566, annotations: { "vnd.docker.reference.digest": g.imageDigest(), "vnd.docker.reference.type": "attestation-manifest" } },
    ], annotations: { "org.opencontainers.image.revision": g.sha1(), "org.opencontainers.image.created": "2024-09-10T07:00:00Z" } }, null, 2) }) },
  { what: "crontab with password-file references and checksum verification", build: (g) => ({ path: "crontab", lang: "crontab", kind: "crontab", content:
`MAILTO=ops@example.com
RESTIC_PASSWORD_FILE=/etc/restic/password
RESTIC_REPOSITORY=s3:https://s3.example.com/acme-restic/db-01
15 2 * * * restic backup /var/lib/postgresql --tag nightly --host db-01
30 4 * * 0 restic forget --keep-weekly 8 --prune
0 6 * * * cd /opt/tools && echo "${g.sha256()}  tool.tar.gz" | sha256sum -c - && ./refresh.sh
# job id ${g.uuid()}
` }) },
  { what: "PGP public key in an apt source with signed-by and fingerprint", build: (g) => ({ path: "/etc/apt/sources.list.d/acme.sources + keyring", lang: "text", kind: "apt deb822 source and public keyring", content:
`Types: deb
URIs: https://apt.example.com/debian
Suites: bookworm
Components: main
Signed-By: /etc/apt/keyrings/acme.asc
# fingerprint ${g.HEX(40)}

-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBG${g.b64(58)}
${Array.from({ length: 10 }, () => g.b64(64)).join("\n")}
=${g.b64(4)}
-----END PGP PUBLIC KEY BLOCK-----
` }) },
];

const g = new Gen(0x114b06);

export const cases: CorpusCase[] = Array.from({ length: 100 }, (_, k) => {
  const s = specs[k % specs.length]!;
  const f = s.build(g);
  const w = WRAPPERS[(k * 3 + Math.floor(k / specs.length) * 7 + 2) % WRAPPERS.length]!;
  return mkCase(`y114-b-${pad3(k + 1)}`, BENIGN, "benign", w.render(g, f),
    `benign: ${s.what}; ${f.kind} (${f.path}); sent via ${w.name}`);
});
