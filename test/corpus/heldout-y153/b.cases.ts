// Benign look-alikes: placeholders, references, digests, ids, public keys, encrypted blobs,
// redactions, docs and lockfiles, in the same carriers as the positives. Seed 153003.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, HEX, LO, RENDERERS, Rng, UP, check, j, mk, say } from "./_gen.ts";

const r = new Rng(153003);
export const cases: CorpusCase[] = [];
let n = 0;
const CAT = "heldouty153-benign";
const add = (note: string, text: string, ...needles: string[]) => {
  const id = `y153-b-${String(++n).padStart(3, "0")}`;
  for (const x of needles) check(id, text, x);
  cases.push(mk(id, CAT, "benign", text, note));
};

// ---- look-alike values rotated through the shared renderers ----
type B = { env: string; note: string; make: (r: Rng) => string };
const B: B[] = [
  { env: "STRIPE_SECRET_KEY", note: "GitHub Actions secrets reference", make: () => "${{ secrets.STRIPE_SECRET_KEY }}" },
  { env: "OPENAI_API_KEY", note: "shell variable reference", make: () => "${OPENAI_API_KEY}" },
  { env: "DD_API_KEY", note: "angle-bracket placeholder", make: () => "<your-datadog-api-key>" },
  { env: "DATABASE_PASSWORD", note: "changeme default", make: () => "changeme" },
  { env: "SLACK_BOT_TOKEN", note: "xxxx placeholder", make: () => j("xo", "xb-", "xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx") },
  { env: "GITHUB_TOKEN", note: "Ansible/Jinja vault reference", make: () => "{{ vault_github_token }}" },
  { env: "ANTHROPIC_API_KEY", note: "redacted token with last four", make: (r) => j("sk-", "ant-…", r.str(4, ALNUM)) },
  { env: "AWS_SECRET_ACCESS_KEY", note: "masked value", make: () => "****************************************" },
  { env: "VAULT_SECRET_REF", note: "vals/vault ref URI", make: () => "ref+vault://secret/data/prod/billing#/api_key" },
  { env: "DB_CREDENTIALS_ARN", note: "Secrets Manager ARN", make: (r) => j("arn:aws:secretsmanager:eu-west-1:", r.str(12, DIG), ":secret:prod/ledger-", r.str(6, UP + LO)) },
  { env: "OP_SECRET_REF", note: "1Password reference", make: () => "op://platform/ledger-prod/credential" },
  { env: "IMAGE_DIGEST", note: "container image digest", make: (r) => j("sha256:", r.h(64)) },
  { env: "GIT_COMMIT", note: "git SHA", make: (r) => r.h(40) },
  { env: "BUILD_CHECKSUM_MD5", note: "md5 checksum", make: (r) => r.h(32) },
  { env: "REQUEST_ID", note: "request UUID", make: (r) => r.uuid() },
  { env: "TRACE_ID", note: "W3C trace id", make: (r) => r.h(32) },
  { env: "STRIPE_PUBLISHABLE_KEY", note: "publishable key, meant to be public", make: (r) => j("pk", "_live_", "51", r.a(97)) },
  { env: "DEPLOYMENT_ID", note: "short deployment id", make: (r) => j("dep_", r.str(8, LO + DIG)) },
  { env: "API_KEY", note: "REDACTED marker", make: () => "[REDACTED]" },
  { env: "SENTRY_ENVIRONMENT", note: "plain config value", make: () => "production-eu" },
  { env: "ARTIFACT_SHA1", note: "sha1 checksum", make: (r) => r.h(40) },
  { env: "SSH_HOST_FINGERPRINT", note: "SSH host key fingerprint", make: (r) => j("SHA256:", r.str(43, ALNUM + "+/")) },
  { env: "NPM_TOKEN", note: "npm token placeholder", make: () => j("np", "m_", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX") },
  { env: "AZURE_CLIENT_SECRET", note: "Key Vault reference", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)" },
];
let ri = 0;
for (let i = 0; i < 60; i++) {
  const b = B[i % B.length]!;
  const value = b.make(r);
  const val = { provider: "none", env: b.env, value };
  const rend = RENDERERS[(ri++ * 7) % RENDERERS.length]!;
  const out = rend.f(val, r);
  const id = `y153-b-${String(++n).padStart(3, "0")}`;
  check(id, out.text, out.needle ?? value);
  cases.push(mk(id, CAT, "benign", out.text, `${b.note} in ${b.env} via ${rend.name}`));
}

// ---- handcrafted look-alikes ----
add("package-lock integrity strings", JSON.stringify({ name: "deploy-tools", lockfileVersion: 3, packages: { "node_modules/yaml": { version: "2.4.1", resolved: "https://registry.npmjs.org/yaml/-/yaml-2.4.1.tgz", integrity: j("sha512-", r.str(86, ALNUM + "+/"), "==") } } }, null, 2));
add("go.sum lines", `github.com/hashicorp/vault/api v1.12.0 h1:${r.str(43, ALNUM + "+/")}=\ngithub.com/hashicorp/vault/api v1.12.0/go.mod h1:${r.str(43, ALNUM + "+/")}=\n`);
add(".terraform.lock.hcl hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.40.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.str(43, ALNUM + "+/")}=",\n    "zh:${r.h(64)}",\n    "zh:${r.h(64)}",\n  ]\n}\n`);
add("git log --oneline", Array.from({ length: 6 }, () => `${r.h(7)} ${r.pick(["ci: pin actions to SHAs", "chore(helm): bump chart to 2.3.1", "fix: rotate leaked token (old one revoked)", "infra: move tfstate to azurerm backend", "docs: explain SLACK_BOT_TOKEN setup"])}`).join("\n"));
add("commit message about rotation", `commit ${r.h(40)}\nAuthor: Platform Bot <platform@acme.io>\n\n    security: rotate Datadog API key\n\n    The previous key was revoked in the Datadog UI; the new one lives in\n    Vault at secret/observability/datadog and is synced by external-secrets.\n`);
add("GitHub Actions workflow using only secret references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n    steps:\n      - uses: actions/checkout@${r.h(40)} # v4.1.1\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::${r.str(12, DIG)}:role/gha-deploy\n          aws-region: eu-west-1\n      - run: ./deploy.sh\n        env:\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}\n`);
add("GitLab CI with predefined job token", `publish:\n  stage: deploy\n  script:\n    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/app.tgz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/app/$CI_COMMIT_TAG/app.tgz"'\n`);
add("Jenkinsfile withCredentials", `stage('Push') {\n  steps {\n    withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {\n      sh 'mvn -s settings.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'\n    }\n  }\n}\n`);
add("SSH public key in authorized_keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, ALNUM + "+/")} deploy@ci-runner-${r.range(1, 9)}\n`);
add("PEM public key", j("-----BEGIN PUBLIC", " KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", r.b64(220).replace(/(.{64})/g, "$1\n"), "\n-----END PUBLIC", " KEY-----\n"));
add("PEM certificate in a ConfigMap", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca-bundle\ndata:\n  ca.crt: |\n${j("    -----BEGIN CERTIFICATE", "-----\n    MIIDdzCCAl+gAwIBAgIE", r.b64(300).replace(/(.{64})/g, "$1\n    "), "\n    -----END CERTIFICATE", "-----")}\n`);
add("Ansible vault encrypted variable", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + r.h(80)).join("\n")}\n`);
add("SOPS-encrypted values", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger\nstringData:\n  DATABASE_PASSWORD: ENC[AES256_GCM,data:${r.str(32, ALNUM + "+/")}=,iv:${r.str(43, ALNUM + "+/")}=,tag:${r.str(22, ALNUM + "+/")}==,type:str]\nsops:\n  age:\n    - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
add("SealedSecret encrypted data", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.str(300, ALNUM + "+/")}==\n`);
add("Pulumi secure config", `config:\n  aws:region: eu-west-1\n  ledger:dbPassword:\n    secure: v1:${r.str(16, ALNUM + "+/")}:${r.str(48, ALNUM + "+/")}\n`);
add("Terraform plan with sensitive values hidden", `  # azurerm_key_vault_secret.db will be updated in-place\n  ~ resource "azurerm_key_vault_secret" "db" {\n        id    = "https://acme-kv.vault.azure.net/secrets/db/${r.h(32)}"\n      ~ value = (sensitive value)\n    }\n\nOutputs:\n\ndb_password = <sensitive>\n`);
add("Helm values with existingSecret", `postgresql:\n  auth:\n    existingSecret: ledger-postgres\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\n`);
add("Deployment with secretKeyRef", `env:\n  - name: DD_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: datadog-secret\n        key: api-key\n  - name: DD_SITE\n    value: datadoghq.eu\n`);
add("ExternalSecret manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: ledger\nspec:\n  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef: { key: payments/stripe, property: secret_key }\n`);
add("k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-meta\ndata:\n  DB_HOST: ${Buffer.from("postgres.prod.svc").toString("base64")}\n  DB_PORT: ${Buffer.from("5432").toString("base64")}\n  DB_USER: ${Buffer.from("ledger_ro").toString("base64")}\n`);
add("docker config.json with credsStore only", JSON.stringify({ auths: { "ghcr.io": {}, "https://index.docker.io/v1/": {} }, credsStore: "desktop", currentContext: "default" }, null, 2));
add(".npmrc with env interpolation", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}\n`);
add("kubeconfig using exec plugin", `users:\n- name: eks-prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]\n`);
add("docker pull by digest", `docker pull registry.example.com/ledger@sha256:${r.h(64)}\nStatus: Downloaded newer image`);
add("Artifactory upload with checksum headers", `curl -u "$ART_USER:$ART_TOKEN" -X PUT "https://acme.jfrog.io/artifactory/libs-release/app-1.2.jar" -H "X-Checksum-Sha1: ${r.h(40)}" -H "X-Checksum-Sha256: ${r.h(64)}" -T app-1.2.jar`);
add("Argo CD sync status with revisions", `Name:               argocd/ledger\nSync Status:        Synced to main (${r.h(7)})\nHealth Status:      Healthy\nOperation:          Sync\nSync Revision:      ${r.h(40)}\n`);
add("log lines with request and trace ids", Array.from({ length: 4 }, () => JSON.stringify({ level: "info", request_id: r.uuid(), trace_id: r.h(32), span_id: r.h(16), msg: "GET /healthz 200" })).join("\n"));
add("docs describing token formats", `${say(r)}\n\n## Token formats\n\nGitHub classic PATs start with \`ghp_\` and are 40 characters long; fine-grained ones start with \`github_pat_\`. GitLab tokens use \`glpat-\`. Slack bot tokens begin with \`xoxb-\`. Never commit them; use the \`secrets\` context instead.\n`);
add("Datadog docs snippet with placeholder", `DD_API_KEY=<DATADOG_API_KEY> DD_SITE="datadoghq.com" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"`);
add("clearly labelled test fixture with vendor example key", `# tests/fixtures/aws_config — FAKE credentials from the AWS docs, used by unit tests only\n[default]\naws_access_key_id = ${j("AK", "IA", "IOSFODNN7EXAMPLE")}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`);
add("CSRF nonce in a same-site form", `<form method="post" action="/settings/runners">\n  <input type="hidden" name="csrf_token" value="${r.str(43, ALNUM + "-_")}">\n  <button>Register runner</button>\n</form>`);
add("PagerDuty incident and short ids", `Incident #${r.range(1000, 9999)} (${j("P", r.str(6, UP + DIG))}) triggered on service ${j("P", r.str(6, UP + DIG))}; escalation policy ${j("P", r.str(6, UP + DIG))}. Dedup key: ledger-5xx-${r.range(10, 99)}`);
add("redacted CI log", `+ curl -H 'Authorization: Bearer ***' https://api.example.com/deploy\n+ export NPM_TOKEN=***\n##[warning]Secret values were masked in this log.`);
add("known_hosts entry", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, ALNUM + "+/")}\n`);
add("git config signing key id", `[user]\n  name = Platform Bot\n  signingkey = ${r.str(16, "0123456789ABCDEF")}\n[commit]\n  gpgsign = true\n`);
add("Chart.lock digest", `dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 15.2.5\ndigest: sha256:${r.h(64)}\ngenerated: "2026-10-02T09:11:43Z"\n`);
add("yarn.lock entry", `"@actions/core@^1.10.1":\n  version "1.10.1"\n  resolved "https://registry.yarnpkg.com/@actions/core/-/core-1.10.1.tgz#${r.h(40)}"\n  integrity sha512-${r.str(86, ALNUM + "+/")}==\n`);
add("Slack message about rotation, no value", `${say(r)}\nHeads-up: rotated the Buildkite agent token and the GitLab runner registration token. New values are in Vault under ci/agents — nothing to change in the pipelines.`);
add("Vault policy HCL", `path "secret/data/ci/*" {\n  capabilities = ["read"]\n}\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n`);
add("Grafana dashboard JSON with uids", JSON.stringify({ uid: r.str(9, ALNUM), title: "Ledger SLOs", panels: [{ id: 2, datasource: { type: "prometheus", uid: r.str(14, ALNUM) } }], version: r.range(1, 60) }));
add("Buildkite pipeline with secrets plugin names", `steps:\n  - command: make publish\n    plugins:\n      - seek-oss/aws-sm#v2.3.2:\n          env:\n            NPM_TOKEN: ci/npm-token\n            DOCKER_PASSWORD: ci/dockerhub\n`);
add("OpenAI chat body with request ids only", JSON.stringify({ id: j("chatcmpl-", r.a(29)), object: "chat.completion", system_fingerprint: j("fp_", r.h(10)), choices: [{ message: { role: "assistant", content: "The deploy failed because the runner image lacks kubectl." } }] }));
