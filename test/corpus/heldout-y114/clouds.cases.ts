// Cloud / platform CLI and SDK credential files sent whole: AWS credentials, GCP service-account
// and ADC JSON, Azure SP JSON, kubeconfig, doctl, hcloud, OCI, Alibaba, Tencent, Scaleway, rclone,
// restic, borg, s3cmd, boto, wrangler, flyctl, Vercel, Netlify, Vault, Pulumi, OpenStack,
// Databricks, dbt, .pgpass, .my.cnf, Akamai .edgerc, SSH keys, Kaggle, Hugging Face, Codex.
import type { CorpusCase } from "../types.ts";
import { type Gen, type Spec, AN, b64e, fromSpecs, j } from "./_gen.ts";

const akia = (g: Gen) => j("AK", "IA") + g.b32(16);
const awsSecret = (g: Gen) => g.str(40, AN + "/+");
const saJwt = (g: Gen) => g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "deployer-token-" + g.lan(5), "kubernetes.io/serviceaccount/service-account.name": "deployer", "kubernetes.io/serviceaccount/service-account.uid": g.uuid(), sub: "system:serviceaccount:ci:deployer" }, "RS256", 342);
const caData = (g: Gen) => b64e(g.cert() + "\n");

const kubeconfig = (cluster: string, server: string, ca: string, user: string) =>
`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${ca}
    server: ${server}
  name: ${cluster}
contexts:
- context:
    cluster: ${cluster}
    namespace: default
    user: ${cluster}-admin
  name: ${cluster}
current-context: ${cluster}
users:
- name: ${cluster}-admin
  user:
${user}
`;

const specs: Spec[] = [
  { group: "cloud", provider: "AWS access key pair", slot: "[default] aws_secret_access_key", build: (g) => ({ path: "~/.aws/credentials", lang: "ini", kind: "AWS shared credentials file", content:
`[default]
aws_access_key_id = ${akia(g)}
aws_secret_access_key = ${awsSecret(g)}

[prod-readonly]
role_arn = arn:aws:iam::${g.dig(12)}:role/ReadOnly
source_profile = default
` }) },
  { group: "cloud", provider: "AWS STS session credentials", slot: "[mfa] aws_session_token + secret", build: (g) => ({ path: ".aws/credentials", lang: "ini", kind: "AWS shared credentials file", content:
`[mfa]
aws_access_key_id = ${j("AS", "IA")}${g.b32(16)}
aws_secret_access_key = ${awsSecret(g)}
aws_session_token = ${j("IQoJb3JpZ2lu", "X2VjE")}${g.b64(620)}
# expires 2024-09-12T18:04:11Z
` }) },
  { group: "cloud", provider: "AWS access key pair (aws configure export)", slot: "credential_process-less profile secret", build: (g) => ({ path: "~/.aws/config", lang: "ini", kind: "AWS CLI config", content:
`[profile ci]
region = eu-central-1
output = json
aws_access_key_id = ${akia(g)}
aws_secret_access_key = ${awsSecret(g)}

[profile sso-dev]
sso_session = acme
sso_account_id = ${g.dig(12)}
sso_role_name = Developer
` }) },
  { group: "keys", provider: "GCP service-account key JSON", slot: "private_key", build: (g) => ({ path: "gcp-sa-deployer.json", lang: "json", kind: "GCP service-account key file", content: JSON.stringify({
    type: "service_account", project_id: "acme-prod-" + g.dig(6), private_key_id: g.hex(40), private_key: g.pkcs8Key() + "\n",
    client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://oauth2.example.com/auth",
    token_uri: "https://oauth2.example.com/token", universe_domain: "googleapis.com" }, null, 2) }) },
  { group: "auth", provider: "Google ADC authorized_user refresh token", slot: "refresh_token / client_secret", build: (g) => ({ path: "~/.config/gcloud/application_default_credentials.json", lang: "json", kind: "gcloud application_default_credentials.json", content: JSON.stringify({
    account: "", client_id: g.dig(12) + "-" + g.lan(32) + ".apps.googleusercontent.com", client_secret: "d-" + g.b64u(22), quota_project_id: "acme-dev",
    refresh_token: "1//0" + g.b64u(99), type: "authorized_user", universe_domain: "googleapis.com" }, null, 2) }) },
  { group: "auth", provider: "Azure service principal (AZURE_CREDENTIALS JSON)", slot: "clientSecret", build: (g) => ({ path: "azure-credentials.json", lang: "json", kind: "Azure SDK auth file", content: JSON.stringify({
    clientId: g.uuid(), clientSecret: g.an(3) + j("8", "Q~") + g.str(31, AN + "_~.-"), subscriptionId: g.uuid(), tenantId: g.uuid(),
    activeDirectoryEndpointUrl: "https://login.example.com", resourceManagerEndpointUrl: "https://management.example.com/" }, null, 2) }) },
  { group: "cloud", provider: "Kubernetes service-account token", slot: "users[].user.token", build: (g) => ({ path: "~/.kube/config", lang: "yaml", kind: "kubeconfig", content: kubeconfig("prod-eks", "https://" + g.HEX(32) + ".gr7.eu-west-1.eks.example.com", caData(g), `    token: ${saJwt(g)}`) }) },
  { group: "keys", provider: "kubeconfig client key", slot: "users[].user.client-key-data", build: (g) => ({ path: "kubeconfig-admin.yaml", lang: "yaml", kind: "kubeconfig", content: kubeconfig("k3s-home", "https://10.0.0.20:6443", caData(g),
`    client-certificate-data: ${b64e(g.cert() + "\n")}
    client-key-data: ${b64e(g.ecKey() + "\n")}`) }) },
  { group: "cloud", provider: "Rancher API token", slot: "users[].user.token", build: (g) => ({ path: "rancher-kubeconfig.yaml", lang: "yaml", kind: "kubeconfig", content: kubeconfig("rancher-prod", "https://rancher.example.com/k8s/clusters/c-m-" + g.lan(8), caData(g), `    token: kubeconfig-u-${g.lan(13)}:${g.lan(54)}`) }) },
  { group: "auth", provider: "kube-apiserver basic auth password", slot: "users[].user.password", build: (g) => ({ path: "legacy-kubeconfig", lang: "yaml", kind: "kubeconfig", content: kubeconfig("onprem", "https://k8s.example.net:6443", caData(g),
`    username: admin
    password: ${g.an(32)}`) }) },
  { group: "cloud", provider: "DigitalOcean token", slot: "access-token", build: (g) => ({ path: "~/.config/doctl/config.yaml", lang: "yaml", kind: "doctl config.yaml", content:
`access-token: ${j("do", "p_v1_")}${g.hex(64)}
auth-contexts:
  staging: ${j("do", "p_v1_")}${g.hex(64)}
context: default
output: text
` }) },
  { group: "cloud", provider: "Hetzner Cloud token", slot: "[[contexts]] token", build: (g) => ({ path: "~/.config/hcloud/cli.toml", lang: "toml", kind: "hcloud cli.toml", content:
`active_context = "prod"

[[contexts]]
  name = "prod"
  token = "${g.an(64)}"
` }) },
  { group: "cloud", provider: "Linode token", slot: "[DEFAULT] token", build: (g) => ({ path: "~/.config/linode-cli", lang: "ini", kind: "linode-cli config", content:
`[DEFAULT]
default-user = acme-ops

[acme-ops]
token = ${g.hex(64)}
region = eu-central
type = g6-standard-2
image = linode/debian12
` }) },
  { group: "keys", provider: "OCI API signing key", slot: "key file content (~/.oci/oci_api_key.pem)", build: (g) => ({ path: "~/.oci/config + oci_api_key.pem", lang: "text", kind: "OCI CLI config and API key", content:
`# ~/.oci/config
[DEFAULT]
user=ocid1.user.oc1..aaaaaaaa${g.lan(52)}
fingerprint=${Array.from({ length: 16 }, () => g.hex(2)).join(":")}
tenancy=ocid1.tenancy.oc1..aaaaaaaa${g.lan(52)}
region=eu-frankfurt-1
key_file=~/.oci/oci_api_key.pem

# ~/.oci/oci_api_key.pem
${g.pkcs8Key()}
` }) },
  { group: "cloud", provider: "Alibaba Cloud AccessKey secret", slot: "profiles[].access_key_secret", build: (g) => ({ path: "~/.aliyun/config.json", lang: "json", kind: "aliyun CLI config.json", content: JSON.stringify({
    current: "default", profiles: [{ name: "default", mode: "AK", access_key_id: j("LT", "AI") + g.an(20), access_key_secret: g.an(30), region_id: "cn-hangzhou", output_format: "json", language: "en" }] }, null, 2) }) },
  { group: "cloud", provider: "Tencent Cloud SecretKey", slot: "default.credential secretKey", build: (g) => ({ path: "~/.tccli/default.credential", lang: "json", kind: "tccli credential file", content: JSON.stringify({ secretId: j("AK", "ID") + g.an(32), secretKey: g.an(32) }, null, 4) }) },
  { group: "cloud", provider: "Scaleway secret key", slot: "secret_key", build: (g) => ({ path: "~/.config/scw/config.yaml", lang: "yaml", kind: "Scaleway CLI config", content:
`access_key: SCW${g.uan(17)}
secret_key: ${g.uuid()}
default_organization_id: ${g.uuid()}
default_project_id: ${g.uuid()}
default_region: fr-par
default_zone: fr-par-1
` }) },
  { group: "cloud", provider: "S3-compatible secret key in rclone", slot: "[wasabi] secret_access_key", build: (g) => ({ path: "~/.config/rclone/rclone.conf", lang: "ini", kind: "rclone.conf", content:
`[wasabi]
type = s3
provider = Wasabi
access_key_id = ${g.uan(20)}
secret_access_key = ${g.an(40)}
endpoint = s3.eu-central-1.example.com

[crypt]
type = crypt
remote = wasabi:backups
` }) },
  { group: "cloud", provider: "Backblaze B2 key in rclone", slot: "[b2] key", build: (g) => ({ path: "rclone.conf", lang: "ini", kind: "rclone.conf", content:
`[b2]
type = b2
account = 005${g.hex(22)}
key = ${j("K0", "05")}${g.an(27)}
hard_delete = true
` }) },
  { group: "cloud", provider: "Azure Blob account key in rclone", slot: "[azblob] key", build: (g) => ({ path: "rclone.conf", lang: "ini", kind: "rclone.conf", content:
`[azblob]
type = azureblob
account = acmebackups${g.lan(4)}
key = ${g.b64(86)}==
` }) },
  { group: "auth", provider: "restic repository password", slot: "RESTIC_PASSWORD", build: (g) => ({ path: "/etc/restic/env", lang: "dotenv", kind: "restic environment file", content:
`export RESTIC_REPOSITORY=s3:https://s3.example.com/acme-restic/hosts/db-01
export RESTIC_PASSWORD='${g.pw(32)}'
export RESTIC_CACHE_DIR=/var/cache/restic
export AWS_ACCESS_KEY_ID=${g.uan(20)}
export AWS_SECRET_ACCESS_KEY=${g.an(40)}
` }) },
  { group: "auth", provider: "BorgBackup passphrase", slot: "BORG_PASSPHRASE", build: (g) => ({ path: "/usr/local/bin/borg-backup.sh", lang: "bash", kind: "borg backup script", content:
`#!/bin/sh
export BORG_REPO=ssh://u${g.dig(6)}@u${g.dig(6)}.storagebox.example.net:23/./backups/web
export BORG_PASSPHRASE='${g.pw(28)}'
borg create --stats --compression zstd ::'{hostname}-{now}' /etc /srv /var/www
borg prune --keep-daily 7 --keep-weekly 4
` }) },
  { group: "cloud", provider: "S3 secret key in s3cmd", slot: "[default] secret_key", build: (g) => ({ path: "~/.s3cfg", lang: "ini", kind: ".s3cfg", content:
`[default]
access_key = ${g.uan(20)}
secret_key = ${g.an(40)}
host_base = s3.example.com
host_bucket = %(bucket)s.s3.example.com
use_https = True
signature_v2 = False
` }) },
  { group: "cloud", provider: "GCS HMAC key in .boto", slot: "[Credentials] gs_secret_access_key", build: (g) => ({ path: "~/.boto", lang: "ini", kind: ".boto", content:
`[Credentials]
gs_access_key_id = GOOG1E${g.uan(57)}
gs_secret_access_key = ${g.b64(40)}

[GSUtil]
default_project_id = acme-data
` }) },
  { group: "cloud", provider: "Cloudflare wrangler OAuth tokens", slot: "oauth_token / refresh_token", build: (g) => ({ path: "~/.wrangler/config/default.toml", lang: "toml", kind: "wrangler default.toml", content:
`oauth_token = "${g.b64u(43)}.${g.b64u(43)}"
expiration_time = "2024-09-13T09:12:44.301Z"
refresh_token = "${g.b64u(43)}.${g.b64u(43)}"
scopes = [ "account:read", "user:read", "workers:write", "workers_kv:write", "zone:read", "offline_access" ]
` }) },
  { group: "cloud", provider: "Fly.io access token", slot: "access_token", build: (g) => ({ path: "~/.fly/config.yml", lang: "yaml", kind: "flyctl config.yml", content:
`access_token: ${j("Fly", "V1 ")}fm2_${g.b64(320)},fm2_${g.b64(120)}
last_login: 2024-09-02T08:14:55Z
metrics_token: ${g.hex(32)}
send_metrics: true
` }) },
  { group: "cloud", provider: "Vercel CLI token", slot: "auth.json token", build: (g) => ({ path: "~/.local/share/com.vercel.cli/auth.json", lang: "json", kind: "Vercel CLI auth.json", content: JSON.stringify({ "// Note": "This is your Vercel credentials file. DO NOT SHARE!", "// Docs": "https://vercel.example.com/docs/projects/project-configuration/global-configuration#auth.json", token: g.an(24) }, null, 2) }) },
  { group: "cloud", provider: "Netlify CLI auth token", slot: "users[].auth.token", build: (g) => { const id = g.hex(24); return { path: "~/.config/netlify/config.json", lang: "json", kind: "Netlify CLI config.json", content: JSON.stringify({ telemetryDisabled: false, cliId: g.uuid(), userId: id, users: { [id]: { id, name: "Jane Ops", email: "jane@example.com", auth: { token: j("nf", "p_") + g.an(36), github: { user: "janeops", token: j("gh", "o_") + g.an(36) } } } } }, null, 2) }; } },
  { group: "auth", provider: "Vault token file", slot: "~/.vault-token (whole file)", build: (g) => ({ path: "~/.vault-token", lang: "text", kind: "Vault token helper file", content: j("hv", "s.") + "CAESI" + g.b64u(85) }) },
  { group: "cloud", provider: "Pulumi access token", slot: "accessTokens[url]", build: (g) => ({ path: "~/.pulumi/credentials.json", lang: "json", kind: "Pulumi credentials.json", content: JSON.stringify({ current: "https://api.pulumi.example.com", accessTokens: { "https://api.pulumi.example.com": j("pu", "l-") + g.hex(40) }, accounts: { "https://api.pulumi.example.com": { accessToken: j("pu", "l-") + g.hex(40), username: "acme-ops", organizations: ["acme"], lastValidatedAt: "2024-09-01T10:00:00Z" } } }, null, 4) }) },
  { group: "cloud", provider: "OpenStack application credential secret", slot: "clouds.ovh.auth.application_credential_secret", build: (g) => ({ path: "~/.config/openstack/clouds.yaml", lang: "yaml", kind: "OpenStack clouds.yaml", content:
`clouds:
  prod:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.example.net:5000/v3
      application_credential_id: "${g.hex(32)}"
      application_credential_secret: "${g.b64u(86)}"
    region_name: GRA11
    interface: public
    identity_api_version: 3
` }) },
  { group: "cloud", provider: "OpenStack user password", slot: "clouds.lab.auth.password", build: (g) => ({ path: "clouds.yaml", lang: "yaml", kind: "OpenStack clouds.yaml", content:
`clouds:
  lab:
    auth:
      auth_url: https://openstack.lab.example.org:5000/v3
      username: svc-terraform
      password: ${g.pw(20)}
      project_name: platform
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
` }) },
  { group: "data", provider: "Databricks PAT", slot: "[DEFAULT] token", build: (g) => ({ path: "~/.databrickscfg", lang: "ini", kind: ".databrickscfg", content:
`[DEFAULT]
host  = https://adb-${g.dig(16)}.${g.range(1, 9)}.example.net
token = ${j("da", "pi")}${g.hex(32)}

[staging]
host = https://adb-${g.dig(16)}.${g.range(1, 9)}.example.net
auth_type = databricks-cli
` }) },
  { group: "data", provider: "Snowflake password in dbt profile", slot: "outputs.prod.password", build: (g) => ({ path: "~/.dbt/profiles.yml", lang: "yaml", kind: "dbt profiles.yml", content:
`analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: acme-${g.lan(7)}
      user: DBT_PROD
      password: "${g.pw(22)}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: marts
      threads: 8
` }) },
  { group: "data", provider: "Postgres password in .pgpass", slot: "hostname:port:database:username:password", build: (g) => ({ path: "~/.pgpass", lang: "text", kind: ".pgpass", content:
`# hostname:port:database:username:password
db-primary.example.com:5432:orders:app_rw:${g.upw(24)}
db-replica.example.com:5432:*:readonly:${g.upw(24)}
` }) },
  { group: "data", provider: "MySQL client password", slot: "[client] password", build: (g) => ({ path: "~/.my.cnf", lang: "ini", kind: ".my.cnf", content:
`[client]
user=backup
password="${g.pw(20)}"
host=mysql-primary.example.net
default-character-set=utf8mb4

[mysqldump]
single-transaction
` }) },
  { group: "cloud", provider: "Akamai EdgeGrid client secret", slot: "[default] client_secret", build: (g) => ({ path: "~/.edgerc", lang: "ini", kind: "Akamai .edgerc", content:
`[default]
client_secret = ${g.b64(43)}=
host = akab-${g.lan(16)}-${g.lan(16)}.luna.example.net
access_token = akab-${g.lan(16)}-${g.lan(16)}
client_token = akab-${g.lan(16)}-${g.lan(16)}
` }) },
  { group: "keys", provider: "OpenSSH private key", slot: "~/.ssh/id_ed25519 (whole file, with config)", build: (g) => ({ path: "~/.ssh/id_ed25519 + ~/.ssh/config", lang: "text", kind: "SSH key and config", content:
`# ~/.ssh/config
Host bastion
  HostName bastion.example.net
  User ops
  IdentityFile ~/.ssh/id_ed25519

# ~/.ssh/id_ed25519
${g.opensshKey()}
` }) },
  { group: "data", provider: "Kaggle API key", slot: "kaggle.json key", build: (g) => ({ path: "~/.kaggle/kaggle.json", lang: "json", kind: "kaggle.json", content: JSON.stringify({ username: "acme-ds", key: g.hex(32) }) }) },
  { group: "ai", provider: "Hugging Face token", slot: "token file (whole) + stored_tokens", build: (g) => { const t = j("h", "f_") + g.alpha(34); return { path: "~/.cache/huggingface/stored_tokens", lang: "ini", kind: "Hugging Face stored_tokens", content:
`[default]
hf_token = ${t}

[ci-write]
hf_token = ${j("h", "f_")}${g.alpha(34)}
` }; } },
  { group: "ai", provider: "OpenAI key in Codex CLI auth.json", slot: "OPENAI_API_KEY", build: (g) => ({ path: "~/.codex/auth.json", lang: "json", kind: "Codex CLI auth.json", content: JSON.stringify({ OPENAI_API_KEY: j("sk-", "proj-") + g.b64u(74) + j("T3Blbk", "FJ") + g.b64u(74), tokens: null, last_refresh: null }, null, 2) }) },
  { group: "cloud", provider: "Exoscale API secret", slot: "[[accounts]] secret", build: (g) => ({ path: "~/.config/exoscale/exoscale.toml", lang: "toml", kind: "Exoscale CLI config", content:
`defaultaccount = "acme"

[[accounts]]
  account = "acme"
  defaultZone = "ch-gva-2"
  key = "EXO${g.hex(24)}"
  name = "acme"
  secret = "${g.b64u(43)}"
` }) },
];

export const cases: CorpusCase[] = fromSpecs(0x114c04, "y114-c", specs, 3, 5);
