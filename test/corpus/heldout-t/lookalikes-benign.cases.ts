import type { CorpusCase } from "../types";
import { b64, digits, hex, rawB64, s, uuid, AN, ANL, ANU, B64U } from "./_gen";

const B = (id: string, category: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "secrets", category: `heldoutt-${category}`, label: "benign", text, ...(note ? { note } : {}) });
const U = (id: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "url", category: "heldoutt-url-benign", label: "benign", text, ...(note ? { note } : {}) });

export const cases: CorpusCase[] = [
  // prefix families used in non-secret ways
  B("la-npm-lifecycle-env", "benign-lookalikes", `$ env | grep ^npm_ | sort
npm_command=run-script
npm_config_cache=/home/ci/.npm
npm_config_registry=https://registry.npmjs.org/
npm_lifecycle_event=build
npm_package_version=2.4.1
npm_config_user_agent=npm/10.9.0 node/v22.11.0 linux x64 workspaces/false`, "npm_ env vars share the npm_ token prefix"),
  B("la-hf-functions", "benign-lookalikes", `from huggingface_hub import hf_hub_download, hf_hub_url
path = hf_hub_download(repo_id="acme/tiny-classifier", filename="model.safetensors", revision="${hex(40)}")`),
  B("la-spinkit-css", "benign-lookalikes", `<div class="sk-fading-circle sk-spinner-lg">
  <div class="sk-circle1 sk-circle"></div>
  <div class="sk-circle2 sk-circle"></div>
</div>`, "SpinKit CSS classes start with sk-"),
  B("la-gitleaks-rules", "benign-lookalikes", `[[rules]]
id = "gitlab-pat"
regex = '''glpat-[0-9a-zA-Z\\-_]{20}'''
keywords = ["glpat-"]

[[rules]]
id = "digitalocean-pat"
regex = '''dop_v1_[a-f0-9]{64}'''`),
  B("la-regex-ts", "benign-lookalikes", `const PATTERNS = {
  github: /\\b(gh[pousr]_[A-Za-z0-9]{36})\\b/,
  slack: /\\bxox[baprs]-[0-9A-Za-z-]{10,}\\b/,
  age: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/,
};`),
  B("la-grep-age", "benign-lookalikes", `grep -rl "AGE-SECRET-KEY-1" ~/projects || echo "no age identities lying around"`),
  B("la-hubspot-placeholder", "benign-lookalikes", `Authorization: Bearer pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`),
  B("la-aiza-truncated", "benign-lookalikes", `Restrict the key (AIzaSy…) to the Maps JavaScript API and to referrers *.example.com/*.`),
  B("la-ltai-masked", "benign-lookalikes", `AccessKeyId: LTAI****************  Status: Active  CreateDate: 2025-03-02`),
  B("la-twilio-msg-sid", "benign-lookalikes", `{"sid": "SM${hex(32)}", "status": "delivered", "to": "+4915112345678", "date_sent": "Thu, 04 Dec 2026 18:01:11 +0000", "messaging_service_sid": "MG${hex(32)}"}`, "message SIDs (SM/MG + 32 hex) are resource ids, not credentials"),
  B("la-postmark-msgid", "benign-lookalikes", `{"To":"a@example.com","SubmittedAt":"2026-12-04T18:02:01Z","MessageID":"${uuid()}","ErrorCode":0,"Message":"OK"}`),
  B("la-slack-ids", "benign-lookalikes", `channel=C0${s(9, ANU)} team=T0${s(9, ANU)} user=U0${s(9, ANU)} ts=17${digits(8)}.${digits(6)}`),
  B("la-azure-arm-ids", "benign-lookalikes", `/subscriptions/${uuid()}/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/acmelogs01
tenantId: ${uuid()}
clientId: ${uuid()}  # managed identity, no secret`),
  B("la-oci-ocids", "benign-lookalikes", `compartment_id = "ocid1.compartment.oc1..aaaaaaaa${s(52, ANL)}"
subnet_id      = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaa${s(52, ANL)}"`),
  B("la-git-lfs-pointer", "benign-lookalikes", `version https://git-lfs.github.com/spec/v1
oid sha256:${hex(64)}
size ${digits(8)}`),
  B("la-tfstate-nonsensitive", "benign-lookalikes", JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 7, lineage: uuid(), resources: [{ mode: "managed", type: "aws_s3_bucket", name: "logs", instances: [{ attributes: { id: "acme-logs-prod", arn: "arn:aws:s3:::acme-logs-prod", bucket_regional_domain_name: "acme-logs-prod.s3.eu-west-1.amazonaws.com", hosted_zone_id: "Z1BKCTXD74EZPE", tags: { team: "platform" } } }] }] }, null, 2)),
  B("la-kubeconfig-tokenfile", "benign-lookalikes", `clusters:
- cluster:
    certificate-authority-data: ${rawB64(1000)}
    server: https://10.96.0.1:443
  name: in-cluster
users:
- name: sa
  user:
    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token`, "CA certificate data is public; token is read from a file path"),
  B("la-docker-credhelpers", "benign-lookalikes", JSON.stringify({ credHelpers: { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "europe-docker.pkg.dev": "gcloud" } }, null, 2)),
  B("la-aws-sso-config", "benign-lookalikes", `[profile prod-admin]
sso_session = acme
sso_account_id = ${digits(12)}
sso_role_name = AdministratorAccess
region = eu-west-1

[sso-session acme]
sso_start_url = https://acme.awsapps.example.com/start
sso_registration_scopes = sso:account:access

[profile legacy]
credential_process = /usr/local/bin/aws-vault exec legacy --json`),
  B("la-b64-plain-config", "benign-lookalikes", `{"prefs_b64":"${b64(JSON.stringify({ theme: "dark", locale: "de-DE", sidebar: { collapsed: true, width: 280 }, recent: ["/projects/42", "/projects/7"] }))}"}`, "base64 of harmless preferences"),
  B("la-amz-content-sha", "benign-lookalikes", `PUT /acme-logs-prod/2026/12/04/app.log.gz HTTP/1.1
Host: 10.0.0.80:9000
x-amz-content-sha256: ${hex(64)}
x-amz-date: 20261204T180000Z
Content-Length: 48213`),
  B("la-pkce-state", "benign-lookalikes", `GET /authorize?response_type=code&client_id=spa-web&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&code_challenge=${s(43, B64U)}&code_challenge_method=S256&state=${s(32, B64U)} HTTP/1.1
Host: auth.example.com`, "PKCE challenge is a hash; state is a public anti-CSRF nonce"),
  B("la-rfc-test-vector", "benign-lookalikes", `# RFC 4231 test case 2
key  = "Jefe"
data = "what do ya want for nothing?"
assert hmac.new(key.encode(), data.encode(), hashlib.sha256).hexdigest() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"`, "published HMAC test vector"),
  B("la-shopify-gids", "benign-lookalikes", `{"data":{"product":{"id":"gid://shopify/Product/${digits(13)}","variants":{"nodes":[{"id":"gid://shopify/ProductVariant/${digits(14)}","sku":"TEE-BLK-M"}]}}}}`),
  B("la-datadog-ids", "benign-lookalikes", `dd.trace_id=${digits(19)} dd.span_id=${digits(19)} dd.service=checkout dd.env=prod dd.version=2.4.1`),
  B("la-sri-like-dockerfile-arg", "benign-lookalikes", `ARG NODE_VERSION=22.11.0
ARG NODE_SHA256=${hex(64)}
RUN curl -fsSLO https://nodejs.example.org/dist/v\${NODE_VERSION}/node-v\${NODE_VERSION}-linux-x64.tar.xz \\
 && echo "\${NODE_SHA256}  node-v\${NODE_VERSION}-linux-x64.tar.xz" | sha256sum -c -`),
  B("la-netrc-doc", "benign-lookalikes", `# ~/.netrc (template; chmod 600)
machine git.example.com
  login <username>
  password <personal access token>`),
  B("la-vault-accessor-only", "benign-lookalikes", `$ vault token lookup -accessor ${s(24, AN)}
Key                 Value
---                 -----
accessor            ${s(24, AN)}
display_name        userpass-ops
expire_time         2027-01-05T10:00:00Z
policies            [default ops]`, "token accessors cannot be used to authenticate"),
  B("la-sops-yaml-config", "benign-lookalikes", `creation_rules:
  - path_regex: \\.enc\\.yaml$
    kms: arn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}
    pgp: ${hex(40).toUpperCase()}`),
  B("la-etag-list", "benign-lookalikes", `2026-12-04 18:00:01    48213 app.log.gz    "${hex(32)}-3"
2026-12-04 18:05:01    51022 app.log.gz.1  "${hex(32)}"`),

  // extra benign URLs
  U("u-pkce", `https://auth.example.com/authorize?response_type=code&client_id=spa-web&code_challenge=${s(43, B64U)}&code_challenge_method=S256&state=${s(24, B64U)}`),
  U("u-key-revoke-path", `https://api.example.com/v1/api-keys/${uuid()}/revoke`, "key id, not key material"),
  U("u-docs-imds", "https://docs.example.com/compute/instance-metadata-service-v2-169-254-169-254"),
  U("u-lfs-object", `https://lfs.example.org/acme/assets/objects/${hex(64)}`),
  U("u-npm-integrity-page", `https://example.com/packages/lodash/4.17.21?integrity=sha512-${encodeURIComponent(rawB64(64))}`),
];
