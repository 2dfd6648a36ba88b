// Private key material inside infrastructure files sent whole: Kubernetes TLS Secret, Ansible
// vars, ARC Helm values, tfvars heredoc, CI GPG signing key, .NET appsettings, dbt key-pair auth,
// cloud-init host keys, private JWKS, App Store Connect API key JSON.
import type { CorpusCase } from "../types.ts";
import { type Spec, b64e, fromSpecs } from "./_gen.ts";

const ind = (s: string, n: number) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n");

const specs: Spec[] = [
  { group: "keys", provider: "TLS private key", slot: "kubernetes.io/tls Secret data tls.key (base64)", build: (g) => ({ path: "k8s/ingress-tls.yaml", lang: "yaml", kind: "Kubernetes TLS Secret", content:
`apiVersion: v1
kind: Secret
metadata:
  name: shop-example-com-tls
  namespace: ingress
type: kubernetes.io/tls
data:
  tls.crt: ${b64e(g.cert() + "\n")}
  tls.key: ${b64e(g.rsaKey() + "\n")}
` }) },
  { group: "keys", provider: "deploy SSH private key", slot: "group_vars deploy_ssh_private_key block scalar", build: (g) => ({ path: "group_vars/all/deploy.yml", lang: "yaml", kind: "Ansible vars file", content:
`---
deploy_user: deploy
deploy_repo: git@git.example.com:acme/shop.git
deploy_version: ${g.sha1()}
deploy_ssh_private_key: |
${ind(g.opensshKey(), 2)}
deploy_ssh_known_hosts:
  - "git.example.com ${g.sshEd("").trim()}"
` }) },
  { group: "keys", provider: "GitHub App private key (actions-runner-controller)", slot: "githubConfigSecret.github_app_private_key", build: (g) => ({ path: "arc/values.yaml", lang: "yaml", kind: "Helm values file", content:
`githubConfigUrl: "https://github.example.com/acme"
githubConfigSecret:
  github_app_id: "${g.dig(6)}"
  github_app_installation_id: "${g.dig(8)}"
  github_app_private_key: |
${ind(g.rsaKey(), 4)}
maxRunners: 20
minRunners: 1
containerMode:
  type: dind
` }) },
  { group: "keys", provider: "TLS private key", slot: "tfvars heredoc origin_private_key_pem", build: (g) => ({ path: "envs/prod/cdn.auto.tfvars", lang: "hcl", kind: "Terraform tfvars file", content:
`origin_hostname = "origin.example.com"
origin_certificate_pem = <<-EOT
${g.cert()}
EOT
origin_private_key_pem = <<-EOT
${g.ecKey()}
EOT
` }) },
  { group: "keys", provider: "PGP signing key", slot: "GitLab CI variable GPG_PRIVATE_KEY", build: (g) => ({ path: ".gitlab-ci.yml", lang: "yaml", kind: "GitLab CI config", content:
`variables:
  GPG_KEY_ID: "${g.HEX(16)}"
  GPG_PRIVATE_KEY: |
${ind(g.pgpKey(), 4)}
release:
  stage: deploy
  script:
    - echo "$GPG_PRIVATE_KEY" | gpg --batch --import
    - ./gradlew publish -Psigning.gnupg.keyName=$GPG_KEY_ID
` }) },
  { group: "keys", provider: "DocuSign JWT grant RSA key", slot: "appsettings DocuSign.PrivateKey", build: (g) => ({ path: "appsettings.json", lang: "json", kind: ".NET appsettings.json", content: JSON.stringify({
    DocuSign: { IntegrationKey: g.uuid(), UserId: g.uuid(), AuthServer: "account.docusign.example.net", PrivateKey: g.rsaKey() + "\n" },
    Logging: { LogLevel: { Default: "Information" } } }, null, 2) }) },
  { group: "keys", provider: "Snowflake key-pair auth private key", slot: "dbt profiles private_key", build: (g) => ({ path: "profiles.yml", lang: "yaml", kind: "dbt profiles.yml", content:
`warehouse:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: acme-${g.lan(7)}
      user: DBT_SVC
      private_key: |
${ind(g.pkcs8Key(), 8)}
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: core
` }) },
  { group: "keys", provider: "SSH host private key", slot: "cloud-init ssh_keys.ed25519_private", build: (g) => ({ path: "cloud-init/bastion.yaml", lang: "yaml", kind: "cloud-init user-data", content:
`#cloud-config
ssh_deletekeys: true
ssh_keys:
  ed25519_private: |
${ind(g.opensshKey(), 4)}
  ed25519_public: ${g.sshEd("root@bastion")}
package_update: true
` }) },
  { group: "keys", provider: "private JWK (RSA, with d/p/q)", slot: "jwks.json keys[].d", build: (g) => ({ path: "config/oidc/jwks.json", lang: "json", kind: "OIDC provider signing JWKS", content: JSON.stringify({
    keys: [{ kty: "RSA", kid: "sig-" + g.hex(8), use: "sig", alg: "RS256", e: "AQAB", n: g.b64u(342), d: g.b64u(342), p: g.b64u(171), q: g.b64u(171), dp: g.b64u(171), dq: g.b64u(171), qi: g.b64u(171) }] }, null, 2) }) },
  { group: "keys", provider: "App Store Connect API key (.p8)", slot: "fastlane api_key.json key", build: (g) => ({ path: "fastlane/api_key.json", lang: "json", kind: "fastlane App Store Connect API key JSON", content: JSON.stringify({
    key_id: g.uan(10), issuer_id: g.uuid(), key: g.p8Key() + "\n", duration: 1200, in_house: false }, null, 2) }) },
];

export const cases: CorpusCase[] = fromSpecs(0x114707, "y114-k", specs, 4, 6);
