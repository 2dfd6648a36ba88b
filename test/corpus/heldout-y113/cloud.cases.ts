// heldout-y113 / cloud: cloud, hosting and CDN credentials leaking through logs and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, b64, B32, UPNUM, type Spec } from "./_gen.ts";

const g = new Gen(0x113a3);
const bearer = { header: "Authorization", scheme: "Bearer " };
const akia = (g: Gen) => g.j("AK", "IA", g.str(16, B32));
const asia = (g: Gen) => g.j("AS", "IA", g.str(16, B32));
const acct = (g: Gen) => g.lo(3 + g.range(5, 12));

const specs: Spec[] = [
  { provider: "AWS secret access key (with key id)", env: "AWS_SECRET_ACCESS_KEY", envOnly: true, make: (g) => g.b(40), extra: (g) => [["AWS_ACCESS_KEY_ID", akia(g)]], times: 2 },
  {
    provider: "AWS STS temporary credentials (secret + session token)", env: "AWS_SECRET_ACCESS_KEY", envOnly: true, make: (g) => g.b(40),
    extra: (g) => [["AWS_ACCESS_KEY_ID", asia(g)], ["AWS_SESSION_TOKEN", g.j("IQoJb3JpZ2luX2Vj", "EJv//////////wEaCXVzLWVhc3QtMSJHMEUCI", g.b(320))]],
  },
  { provider: "Azure Storage connection string", env: "AZURE_STORAGE_CONNECTION_STRING", envOnly: true, make: (g) => `DefaultEndpointsProtocol=https;AccountName=${acct(g)};AccountKey=${g.b(86)}==;EndpointSuffix=core.windows.net` },
  { provider: "Azure Service Bus connection string", env: "SERVICEBUS_CONNECTION", envOnly: true, make: (g) => `Endpoint=sb://${acct(g)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b(43)}=` },
  { provider: "Azure Cosmos DB connection string", env: "COSMOS_CONNECTION_STRING", envOnly: true, make: (g) => `AccountEndpoint=https://${acct(g)}.documents.azure.com:443/;AccountKey=${g.b(86)}==;` },
  { provider: "Azure Event Hubs connection string", env: "EVENTHUB_CONNECTION_STRING", envOnly: true, make: (g) => `Endpoint=sb://${acct(g)}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${g.b(43)}=;EntityPath=telemetry` },
  { provider: "Azure storage account key", env: "AZURE_STORAGE_KEY", envOnly: true, make: (g) => g.b(86) + "==", extra: (g) => [["AZURE_STORAGE_ACCOUNT", acct(g)]] },
  { provider: "DigitalOcean personal access token", env: "DIGITALOCEAN_TOKEN", ...bearer, path: "/v2/droplets", make: (g) => g.j("do", "p_v1_", g.h(64)) },
  { provider: "Heroku API key (HRKU)", env: "HEROKU_API_KEY", ...bearer, path: "/apps", make: (g) => g.j("HR", "KU-AA", g.u(58)) },
  { provider: "Linode personal access token", env: "LINODE_TOKEN", ...bearer, path: "/v4/linode/instances", make: (g) => g.h(64) },
  { provider: "Vultr API key", env: "VULTR_API_KEY", ...bearer, path: "/v2/instances", make: (g) => g.up(36) },
  { provider: "Hetzner Cloud API token", env: "HCLOUD_TOKEN", ...bearer, path: "/v1/servers", make: (g) => g.a(64) },
  { provider: "Scaleway secret key", env: "SCW_SECRET_KEY", header: "X-Auth-Token", path: "/instance/v1/zones/fr-par-1/servers", make: (g) => g.uuid(), extra: (g) => [["SCW_ACCESS_KEY", g.j("SCW", g.str(17, UPNUM))]] },
  { provider: "Alibaba Cloud AccessKey secret", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", envOnly: true, make: (g) => g.a(30), extra: (g) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", g.j("LT", "AI", g.a(20))]] },
  { provider: "Tencent Cloud SecretKey", env: "TENCENTCLOUD_SECRET_KEY", envOnly: true, make: (g) => g.a(32), extra: (g) => [["TENCENTCLOUD_SECRET_ID", g.j("AK", "ID", g.a(32))]] },
  {
    provider: "IBM Cloud API key (IAM token exchange form)", env: "IBMCLOUD_API_KEY", make: (g) => g.u(44),
    req: (g, v) => mkReq("POST", "iam.cloud.example.com", "/identity/token", [], [], form({ grant_type: "urn:ibm:params:oauth:grant-type:apikey", apikey: v }), "application/x-www-form-urlencoded"),
  },
  { provider: "Cloudflare API token", env: "CLOUDFLARE_API_TOKEN", ...bearer, path: "/client/v4/zones", make: (g) => g.u(40) },
  {
    provider: "Cloudflare global API key (X-Auth-Key)", env: "CLOUDFLARE_API_KEY", make: (g) => g.h(37),
    extra: () => [["CLOUDFLARE_EMAIL", "ops@example.com"]],
    req: (g, v) => mkReq("GET", "cf-api.example.com", "/client/v4/zones", [["X-Auth-Email", "ops@example.com"], ["X-Auth-Key", v]]),
  },
  {
    provider: "Backblaze B2 application key", env: "B2_APPLICATION_KEY", make: (g) => g.j("K00", String(g.range(1, 5)), g.b(27)),
    extra: (g) => [["B2_APPLICATION_KEY_ID", g.j("00", String(g.range(1, 5)), g.h(22))]],
    req: (g, v) => mkReq("GET", "b2.example.com", "/b2api/v3/b2_authorize_account", [["Authorization", basic(g.j("005", g.h(22)), v)]]),
  },
  { provider: "Fastly API token", env: "FASTLY_API_TOKEN", header: "Fastly-Key", path: "/service", make: (g) => g.u(32) },
  { provider: "Netlify personal access token", env: "NETLIFY_AUTH_TOKEN", ...bearer, path: "/api/v1/sites", make: (g) => g.j("nf", "p_", g.a(36)) },
  { provider: "Vercel access token", env: "VERCEL_TOKEN", ...bearer, path: "/v9/projects", make: (g) => g.a(24) },
  { provider: "Fly.io macaroon token", env: "FLY_API_TOKEN", header: "Authorization", path: "/v1/apps", make: (g) => g.j("FlyV1 ", "fm2_", g.b(280)) },
  { provider: "Render API key", env: "RENDER_API_KEY", ...bearer, path: "/v1/services", make: (g) => g.j("rn", "d_", g.a(32)) },
  { provider: "Akamai EdgeGrid client secret (with tokens)", env: "AKAMAI_CLIENT_SECRET", envOnly: true, make: (g) => g.b(43) + "=", extra: (g) => [["AKAMAI_CLIENT_TOKEN", g.j("akab-", g.lo(16), "-", g.lo(16))], ["AKAMAI_ACCESS_TOKEN", g.j("akab-", g.lo(16), "-", g.lo(16))]] },
  { provider: "Cloudinary URL (api secret)", env: "CLOUDINARY_URL", envOnly: true, make: (g) => `cloudinary://${g.d(15)}:${g.u(27)}@${g.pick(["acme-media", "shop-assets"])}` },
  { provider: "Pulumi access token", env: "PULUMI_ACCESS_TOKEN", header: "Authorization", scheme: "token ", path: "/api/user/stacks", make: (g) => g.j("pu", "l-", g.h(40)) },
  { provider: "Tailscale auth key", env: "TS_AUTHKEY", envOnly: true, make: (g) => g.j("tskey-", "auth-", g.a(17), "-", g.a(33)) },
  { provider: "Tailscale API access token", env: "TAILSCALE_API_KEY", ...bearer, path: "/api/v2/tailnet/-/devices", make: (g) => g.j("tskey-", "api-", g.a(17), "-", g.a(33)) },
  { provider: "Exoscale API secret", env: "EXOSCALE_API_SECRET", envOnly: true, make: (g) => g.u(43), extra: (g) => [["EXOSCALE_API_KEY", g.j("EX", "O", g.h(24))]] },
  { provider: "Yandex Cloud API key", env: "YC_API_KEY", header: "Authorization", scheme: "Api-Key ", path: "/foundationModels/v1/completion", method: "POST", make: (g) => g.j("AQ", "VN", g.u(36)) },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "cloud", group: "cloud", start: 6 });
let n = cases.length;
const id = () => `y113-cloud-${String(++n).padStart(3, "0")}`;

const saJson = (g: Gen) => JSON.stringify({
  type: "service_account",
  project_id: `acme-${g.pick(["prod", "data", "ml"])}-${g.d(6)}`,
  private_key_id: g.h(40),
  private_key: g.pkcs8Key() + "\n",
  client_email: `deployer@acme-prod-${g.d(6)}.iam.gserviceaccount.com`,
  client_id: g.d(21),
  auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token",
}, null, 2);

{
  const sa = saJson(g);
  cases.push(hand(g, id(), "cloud", [
    "$ kubectl get secret gcp-sa -n data -o yaml",
    "apiVersion: v1",
    "data:",
    `  key.json: ${b64(sa)}`,
    "kind: Secret",
    "metadata:",
    "  name: gcp-sa",
    "  namespace: data",
    `  uid: ${g.uuid()}`,
    "type: Opaque",
  ].join("\n"), "GCP service account JSON key; slot Secret data key.json (base64); context: kubectl get secret -o yaml", 1));
}
{
  const sa = saJson(g);
  cases.push(hand(g, id(), "cloud", JSON.stringify([{
    Id: g.h(64), Name: "/etl-runner",
    State: { Status: "exited", ExitCode: 1 },
    Config: { Env: [`GOOGLE_CREDENTIALS=${sa.replace(/\n\s*/g, "")}`, "PATH=/usr/local/bin:/usr/bin:/bin", "PYTHONUNBUFFERED=1"], Image: "registry.example.com/etl:3.2.0" },
  }], null, 2), "GCP service account JSON key; slot env GOOGLE_CREDENTIALS; context: docker inspect", 5));
}
{
  const tok = g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "deployer-token-" + g.lo(5), "kubernetes.io/serviceaccount/service-account.name": "deployer", "kubernetes.io/serviceaccount/service-account.uid": g.uuid(), sub: "system:serviceaccount:ci:deployer" }, "RS256", 342);
  cases.push(hand(g, id(), "cloud", [
    "$ kubectl config view --raw --minify",
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${b64(g.cert())}`,
    "    server: https://k8s.example.internal:6443",
    "  name: prod",
    "contexts:",
    "- context:",
    "    cluster: prod",
    "    user: deployer",
    "  name: prod",
    "current-context: prod",
    "kind: Config",
    "users:",
    "- name: deployer",
    "  user:",
    `    token: ${tok}`,
  ].join("\n"), "Kubernetes service account bearer token; slot kubeconfig users[].user.token; context: kubectl config view --raw", 8));
}
{
  const sec = g.b(40);
  const k = g.clock();
  cases.push(hand(g, id(), "cloud", [
    `${k.py()} botocore.credentials [DEBUG] Looking for credentials via: env`,
    `${k.tick(2).py()} botocore.credentials [INFO] Found credentials in environment variables.`,
    `${k.tick(30).py()} deploy [ERROR] upload failed, dumping session config for support`,
    `${k.tick(1).py()} deploy [ERROR] session: {'region_name': 'eu-west-1', 'aws_access_key_id': '${akia(g)}', 'aws_secret_access_key': '${sec}', 'profile_name': None}`,
    `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`,
  ].join("\n"), "AWS access key pair; slot aws_secret_access_key in a session dict; context: Python app debug log after boto3 error", 10));
}
{
  const pw = g.a(22);
  cases.push(hand(g, id(), "cloud", [
    "Error: Error creating Droplet: POST https://cloud-api.example.com/v2/droplets: 422 (request \"" + g.uuid() + "\") user_data is invalid",
    "",
    "  with digitalocean_droplet.bastion,",
    "  on main.tf line 41, in resource \"digitalocean_droplet\" \"bastion\":",
    "  41: resource \"digitalocean_droplet\" \"bastion\" {",
    "",
    "# terraform state show 'digitalocean_database_cluster.pg'",
    "resource \"digitalocean_database_cluster\" \"pg\" {",
    `    id           = "${g.uuid()}"`,
    "    engine       = \"pg\"",
    "    host         = \"pg-cluster-do-user-1.db.example.net\"",
    `    password     = "${pw}"`,
    "    port         = 25060",
    `    uri          = "postgresql://doadmin:${pw}@pg-cluster-do-user-1.db.example.net:25060/defaultdb?sslmode=require"`,
    "    user         = \"doadmin\"",
    "}",
  ].join("\n"), "managed Postgres admin password and URI; slot terraform state password/uri; context: terraform apply error + state show", 11));
}

export { cases };
