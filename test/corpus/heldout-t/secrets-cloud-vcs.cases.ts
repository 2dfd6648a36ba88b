import type { CorpusCase } from "../types";
import { b64, digits, hex, j, rsaKey, s, t, uuid, AN, ANL, ANU, B64, pkcs8Key } from "./_gen";

const P = (id: string, category: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "secrets", category: `heldoutt-${category}`, label: "positive", text, ...(note ? { note } : {}) });

export const cases: CorpusCase[] = [
  // ---------- cloud ----------
  P("cloud-aws-credfile", "cloud", `[default]
aws_access_key_id = ${t.awsId()}
aws_secret_access_key = ${t.awsSecret()}
region = eu-central-1

[profile deploy]
role_arn = arn:aws:iam::${digits(12)}:role/deployer
source_profile = default
`),
  P("cloud-aws-sts-json", "cloud", `{"Credentials": {"AccessKeyId": "${t.awsTmpId()}", "SecretAccessKey": "${t.awsSecret()}", "SessionToken": "${t.awsSession()}", "Expiration": "2026-12-05T03:11:09+00:00"}, "AssumedRoleUser": {"Arn": "arn:aws:sts::${digits(12)}:assumed-role/ci/gh-actions"}}`),
  P("cloud-aws-dockerfile", "cloud", `FROM python:3.12-slim
WORKDIR /app
COPY . .
ENV AWS_DEFAULT_REGION=us-west-2 \\
    AWS_ACCESS_KEY_ID=${t.awsId()} \\
    AWS_SECRET_ACCESS_KEY=${t.awsSecret()}
RUN pip install -r requirements.txt
CMD ["python", "sync_s3.py"]
`),
  P("cloud-gcp-sa-json", "cloud", JSON.stringify({ type: "service_account", project_id: "billing-prod-" + digits(6), private_key_id: hex(40), private_key: pkcs8Key() + "\n", client_email: "exporter@billing-prod.iam.gserviceaccount.com", client_id: digits(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)),
  P("cloud-gcp-adc", "cloud", `Uploading ~/.config/gcloud/application_default_credentials.json for debugging:
{
  "client_id": "${digits(12)}-${s(32, ANL)}.apps.googleusercontent.com",
  "client_secret": "${t.googleOauthSecret()}",
  "refresh_token": "${t.googleRefresh()}",
  "type": "authorized_user"
}`),
  P("cloud-google-apikey-js", "cloud", `// maps.js
const loader = new Loader({
  apiKey: "${t.googleApi()}",
  version: "weekly",
  libraries: ["places"],
});`),
  P("cloud-azure-conn", "cloud", `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelogs${digits(3)};AccountKey=${t.azureStorageKey()};EndpointSuffix=core.windows.net"`),
  P("cloud-azure-sp", "cloud", `az login --service-principal \\
  --username ${uuid()} \\
  --password ${s(3, AN)}8Q~${s(34, AN + "_.-~")} \\
  --tenant ${uuid()}`),
  P("cloud-alibaba-ini", "cloud", `# aliyun cli config
[default]
mode = AK
access_key_id = ${t.alibabaId()}
access_key_secret = ${t.alibabaSecret()}
region_id = cn-hangzhou
output_format = json`),
  P("cloud-alibaba-go", "cloud", `client, err := oss.New("https://oss-cn-shanghai.aliyuncs.com",
    "${t.alibabaId()}",
    "${t.alibabaSecret()}")
if err != nil {
    log.Fatal(err)
}`),
  P("cloud-tencent-py", "cloud", `from tencentcloud.common import credential
cred = credential.Credential("${t.tencentId()}", "${t.tencentKey()}")
client = cvm_client.CvmClient(cred, "ap-guangzhou")`),
  P("cloud-yandex-apikey", "cloud", `curl -X POST -H "Authorization: Api-Key ${t.yandexApiKey()}" \\
  -d @body.json https://10.8.0.4/foundationModels/v1/completion`),
  P("cloud-yandex-iam", "cloud", `export YC_TOKEN=${t.yandexIam()}
yc compute instance list --folder-id b1g${s(17, ANL)}`),
  P("cloud-scaleway-env", "cloud", `SCW_ACCESS_KEY=${t.scwAccess()}
SCW_SECRET_KEY=${uuid()}
SCW_DEFAULT_ORGANIZATION_ID=${uuid()}
SCW_DEFAULT_REGION=fr-par`),
  P("cloud-do-tf", "cloud", `terraform {
  required_providers { digitalocean = { source = "digitalocean/digitalocean" } }
}
provider "digitalocean" {
  token = "${t.doPat()}"
}`),
  P("cloud-do-oauth-header", "cloud", `GET /v2/droplets?per_page=200 HTTP/1.1
Host: 10.20.0.9
Authorization: Bearer ${t.doOauth()}
Accept: application/json`),
  P("cloud-ibm-yaml", "cloud", `ibmcloud:
  region: eu-de
  resource_group: default
  api_key: ${t.ibmKey()}`),
  P("cloud-oci-config", "cloud", `[DEFAULT]
user=ocid1.user.oc1..aaaaaaaa${s(52, ANL)}
fingerprint=${Array.from({ length: 16 }, () => hex(2)).join(":")}
tenancy=ocid1.tenancy.oc1..aaaaaaaa${s(52, ANL)}
region=eu-frankfurt-1
key_file=~/.oci/oci_api_key.pem

--- ~/.oci/oci_api_key.pem ---
${rsaKey()}`),
  P("cloud-cf-global", "cloud", `curl -s "https://10.0.3.3/client/v4/zones" \\
  -H "X-Auth-Email: ops@example.com" \\
  -H "X-Auth-Key: ${t.cloudflareGlobal()}"`, "Cloudflare global API key shape (37 hex) with X-Auth-Key header"),
  P("cloud-cf-token-wrangler", "cloud", `# wrangler.toml was not enough, so put it here
CLOUDFLARE_ACCOUNT_ID=${hex(32)}
CLOUDFLARE_API_TOKEN=${t.cloudflareToken()}`),
  P("cloud-cf-originca", "cloud", `origin_ca_key = "${t.cfOriginCa()}"`),
  P("cloud-heroku", "cloud", `$ heroku auth:token
 ›   Warning: token will expire 2027-01-04
${t.heroku()}`),
  P("cloud-fly", "cloud", `FLY_API_TOKEN="${t.flyio()}" flyctl deploy --remote-only`),
  P("cloud-netlify", "cloud", `netlify deploy --prod --dir=dist --auth ${t.netlify()} --site ${uuid()}`),
  P("cloud-render-js", "cloud", `await fetch("https://10.1.1.1/v1/services?limit=20", {
  headers: { Accept: "application/json", Authorization: "Bearer ${t.render()}" },
});`),
  P("cloud-hetzner-ctx", "cloud", `hcloud context create prod
Token: ${s(64, AN)}
Context prod created and activated`, "hcloud token is 64 alnum with no prefix; context makes it a credential"),

  // ---------- VCS / CI ----------
  P("vcs-ghp-remote", "vcs-ci", `git remote set-url origin https://${t.ghp()}@github.com/acme/payments.git && git push origin HEAD`),
  P("vcs-gho-hosts", "vcs-ci", `github.com:
    user: mona-dev
    oauth_token: ${t.gho()}
    git_protocol: https`),
  P("vcs-ghs-log", "vcs-ci", `2026-12-04T22:10:03.114Z DEBUG octokit request GET /repos/acme/api/actions/runs
2026-12-04T22:10:03.115Z DEBUG headers {"authorization":"token ${t.ghs()}","user-agent":"octokit-rest.js/20.0.2"}
2026-12-04T22:10:03.402Z DEBUG 200 in 287ms`),
  P("vcs-gh-fine", "vcs-ci", `Hi! I'm stuck, the API returns 403. Here is the fine-grained token I created: ${t.ghFine()}
Can you check which permissions it's missing for contents:write?`),
  P("vcs-glpat-ci", "vcs-ci", `release:
  stage: deploy
  script:
    - npm config set @acme:registry https://gitlab.example.com/api/v4/projects/412/packages/npm/
    - npm config set -- '//gitlab.example.com/api/v4/projects/412/packages/npm/:_authToken' "${t.glpat()}"
    - npm publish`),
  P("vcs-glrt-config", "vcs-ci", `concurrent = 4
[[runners]]
  name = "build-01"
  url = "https://gitlab.example.com"
  token = "${t.glrt()}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"`),
  P("vcs-glptt-curl", "vcs-ci", `curl -X POST --fail -F token=${t.glptt()} -F ref=main https://gitlab.example.com/api/v4/projects/88/trigger/pipeline`),
  P("vcs-gldt-k8s", "vcs-ci", `kubectl create secret docker-registry gl-pull \\
  --docker-server=registry.example.com \\
  --docker-username=gitlab+deploy-token-17 \\
  --docker-password=${t.gldt()}`),
  P("vcs-atlassian", "vcs-ci", `JIRA_BASE_URL=https://acme.atlassian.example.com
JIRA_USER=release-bot@example.com
JIRA_API_TOKEN=${t.atlassian()}`),
  P("vcs-bitbucket-app", "vcs-ci", `{"username":"ci-runner","app_password":"${t.bitbucketApp()}","workspace":"acme"}`),
  P("vcs-circleci", "vcs-ci", `import requests
CIRCLE_TOKEN = "${t.circleci()}"
r = requests.get("https://circleci.example.com/api/v2/me", headers={"Circle-Token": CIRCLE_TOKEN})`),
  P("vcs-buildkite", "vcs-ci", `steps:
  - label: ":pipeline: upload"
    command: buildkite-agent pipeline upload
    env:
      BUILDKITE_API_TOKEN: ${t.buildkite()}`),
  P("vcs-sonar", "vcs-ci", `mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.example.com -Dsonar.token=${t.sonar()} -Dsonar.projectKey=acme_api`),
  P("vcs-azdo-pat", "vcs-ci", `# NuGet.Config
<packageSourceCredentials>
  <AcmeFeed>
    <add key="Username" value="build" />
    <add key="ClearTextPassword" value="${t.azdo()}" />
  </AcmeFeed>
</packageSourceCredentials>`),
  P("vcs-harness", "vcs-ci", `harness login --api-key ${t.harness()} --account-id ${s(22, AN)}`),
  P("vcs-octopus", "vcs-ci", `octo create-release --project "Web" --server https://deploy.example.com --apiKey ${t.octopus()}`),
  P("vcs-jenkins", "vcs-ci", `curl -X POST -u admin:${t.jenkins()} "https://jenkins.example.com/job/nightly/buildWithParameters?BRANCH=main"`),
  P("vcs-tfc", "vcs-ci", `# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "${t.tfc()}"
    }
  }
}`),
  P("vcs-pulumi", "vcs-ci", `- name: Pulumi up
  uses: pulumi/actions@v5
  with:
    command: up
    stack-name: acme/prod
  env:
    PULUMI_ACCESS_TOKEN: ${t.pulumi()}`),
  P("vcs-gh-actions-secret-echo", "vcs-ci", `Run echo "token is $GH_TOKEN"
token is ${t.ghp()}
Run gh release create v2.4.1 --generate-notes`),
];
