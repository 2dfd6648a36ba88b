// Cloud and hosting platform credentials: AWS, Google, Azure, DigitalOcean, Heroku, Vercel,
// Supabase, Cloudflare, Databricks.
import { builder, Rng, ALNUM, B64, B64URL, BASE32, DIGITS, UPPER, LOWER, jwt, pemPrivate } from "./_gen.ts";

const r = new Rng(0x5ec0003);
const { cases, pos } = builder({ category: "cloud-keys", expect: "secrets" });
export { cases };

const akid = (p = "AKIA") => p + r.str(16, BASE32);
const awsSecret = () => r.str(40, B64);
const sessionToken = () => "IQoJb3JpZ2luX2Vj" + r.str(600, B64);

// ---- AWS
pos("aws-credentials-file", "aws access key id + secret in ~/.aws/credentials", `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${awsSecret()}\n\n[staging]\nregion = eu-west-1\n`);
pos("aws-env", "aws keys in .env", `AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${akid()}\nAWS_SECRET_ACCESS_KEY=${awsSecret()}\nS3_BUCKET=acme-uploads-prod\n`);
pos("aws-boto3", "aws keys hardcoded in boto3 client", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${akid()}",\n    aws_secret_access_key="${awsSecret()}",\n    region_name="us-west-2",\n)\n`);
pos("aws-terraform", "aws keys in terraform provider block", `provider "aws" {\n  region     = "eu-central-1"\n  access_key = "${akid()}"\n  secret_key = "${awsSecret()}"\n}\n`);
pos("aws-js", "aws keys in JS SDK config", `const client = new S3Client({\n  region: 'ap-southeast-2',\n  credentials: {\n    accessKeyId: '${akid()}',\n    secretAccessKey: '${awsSecret()}',\n  },\n});\n`);
pos("aws-sts-json", "aws STS temporary credentials JSON (ASIA + session token)", JSON.stringify({ Credentials: { AccessKeyId: akid("ASIA"), SecretAccessKey: awsSecret(), SessionToken: sessionToken(), Expiration: "2024-06-01T12:00:00Z" }, AssumedRoleUser: { AssumedRoleId: "AROA" + r.str(17, BASE32) + ":ci", Arn: "arn:aws:sts::123456789012:assumed-role/ci/ci" } }, null, 2));
pos("aws-docker-run", "aws keys passed as docker -e flags", `docker run --rm -e AWS_ACCESS_KEY_ID=${akid()} -e AWS_SECRET_ACCESS_KEY=${awsSecret()} amazon/aws-cli s3 ls`);
pos("aws-chat", "aws keys pasted in a chat", `ok here are the creds for the sandbox account\nkey id: ${akid()}\nsecret: ${awsSecret()}\ncan you run the terraform plan?`);
pos("aws-diff", "aws secret key added in a diff", `@@ -12,7 +12,9 @@ module.exports = {\n   bucket: 'acme-assets',\n+  accessKeyId: '${akid()}',\n+  secretAccessKey: '${awsSecret()}',\n   region: 'us-east-1',\n`);
pos("aws-log", "aws secret in a debug log", `DEBUG botocore.credentials Found credentials in environment variables. access_key=${akid()} secret_key=${awsSecret()}`);
pos("aws-yaml-gha", "aws keys hardcoded in GitHub Actions workflow", `      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${akid()}\n          aws-secret-access-key: ${awsSecret()}\n          aws-region: us-east-1\n`);
pos("aws-keyid-only", "aws access key id alone in an IAM CLI output", `{\n    "AccessKeyMetadata": [\n        {\n            "UserName": "deploy-bot",\n            "AccessKeyId": "${akid()}",\n            "Status": "Active",\n            "CreateDate": "2023-09-14T08:21:11+00:00"\n        }\n    ]\n}`);
pos("aws-secret-only-env", "aws secret access key alone in env export", `export AWS_SECRET_ACCESS_KEY="${awsSecret()}"`);

// ---- Google
const aiza = () => "AI" + "za" + r.str(35, B64URL);
const gocspx = () => "GOC" + "SPX-" + r.str(28, B64URL);
pos("gcp-apikey-js", "google API key in browser JS", `const firebaseConfig = {\n  apiKey: "${aiza()}",\n  authDomain: "acme-prod.firebaseapp.com",\n  projectId: "acme-prod",\n};\n`, undefined, "secrets");
pos("gcp-apikey-url", "google API key in a Maps request URL", `GET https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre+Parkway&key=${aiza()}`);
pos("gcp-apikey-env", "google/gemini API key in .env", `GEMINI_API_KEY=${aiza()}\n`);
pos("gcp-apikey-python", "google API key in python", `genai.configure(api_key="${aiza()}")\nmodel = genai.GenerativeModel("gemini-1.5-flash")`);
pos("gcp-apikey-android", "google API key in AndroidManifest meta-data", `<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="${aiza()}" />`);
pos("gcp-oauth-client-json", "google OAuth client secret in client_secret.json", JSON.stringify({ web: { client_id: r.digits(12) + "-" + r.str(32, LOWER + DIGITS) + ".apps.googleusercontent.com", project_id: "acme-login", auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", client_secret: gocspx(), redirect_uris: ["https://app.acme.dev/oauth2/callback"] } }));
pos("gcp-oauth-env", "google OAuth client secret in .env", `GOOGLE_CLIENT_ID=${r.digits(12)}-${r.str(32, LOWER + DIGITS)}.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=${gocspx()}\n`);
pos("gcp-oauth-nextauth", "google OAuth client secret in NextAuth config", `GoogleProvider({\n  clientId: "${r.digits(12)}-${r.str(32, LOWER + DIGITS)}.apps.googleusercontent.com",\n  clientSecret: "${gocspx()}",\n}),`);
const saJson = (proj: string) =>
  JSON.stringify(
    {
      type: "service_account",
      project_id: proj,
      private_key_id: r.hex(40),
      private_key: pemPrivate(r, "PKCS8") + "\n",
      client_email: `ci-deployer@${proj}.iam.gserviceaccount.com`,
      client_id: r.digits(21),
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
      auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/ci-deployer%40${proj}.iam.gserviceaccount.com`,
      universe_domain: "googleapis.com",
    },
    null,
    2,
  );
pos("gcp-sa-json", "google service-account key JSON file", saJson("acme-data-prod"));
pos("gcp-sa-heredoc", "google service-account JSON in a shell heredoc", `cat > /tmp/sa.json <<'EOF'\n${saJson("acme-ml")}\nEOF\ngcloud auth activate-service-account --key-file=/tmp/sa.json`);
pos("gcp-sa-minified", "google service-account JSON minified in an env var", `GOOGLE_APPLICATION_CREDENTIALS_JSON='${JSON.stringify(JSON.parse(saJson("acme-etl")))}'`);

// ---- Azure
const azKey = () => r.str(86, B64) + "==";
const acct = () => "acme" + r.str(8, LOWER + DIGITS);
pos("az-connstr-env", "azure storage connection string in .env", `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=${acct()};AccountKey=${azKey()};EndpointSuffix=core.windows.net"`);
pos("az-connstr-appsettings", "azure storage connection string in appsettings.json", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=${acct()};AccountKey=${azKey()};EndpointSuffix=core.windows.net` } }, null, 2));
pos("az-key-cli", "azure storage account key in az CLI command", `az storage blob upload --account-name ${acct()} --account-key ${azKey()} --container-name backups --file db.dump --name db-2024-05-01.dump`);
pos("az-key-csharp", "azure storage key in C# StorageSharedKeyCredential", `var cred = new StorageSharedKeyCredential("${acct()}", "${azKey()}");\nvar svc = new BlobServiceClient(new Uri("https://acme.blob.core.windows.net"), cred);`);
pos("az-sas-url", "azure SAS URL with signature", `https://${acct()}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupitfx&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.str(43, B64) + "=")}`);
pos("az-client-secret", "azure AD (Entra) client secret in env", `AZURE_TENANT_ID=${r.uuid()}\nAZURE_CLIENT_ID=${r.uuid()}\nAZURE_CLIENT_SECRET=${r.str(3, ALNUM) + "8Q~" + r.str(34, ALNUM + "_-.~")}\n`);
pos("az-servicebus", "azure service bus connection string with SharedAccessKey", `"ServiceBusConnection": "Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${r.str(43, B64)}="`);
pos("az-cosmos", "azure cosmos db connection string", `COSMOS_CONNECTION=AccountEndpoint=https://acme-cosmos.documents.azure.com:443/;AccountKey=${azKey()};`);

// ---- DigitalOcean
pos("do-env", "digitalocean PAT in .env", `DIGITALOCEAN_TOKEN=${"dop" + "_v1_" + r.hex(64)}\n`);
pos("do-doctl", "digitalocean PAT in doctl auth init", `$ doctl auth init --access-token ${"dop" + "_v1_" + r.hex(64)}\nValidating token... ✔`);
pos("do-terraform", "digitalocean PAT in terraform", `provider "digitalocean" {\n  token = "${"dop" + "_v1_" + r.hex(64)}"\n}`);
pos("do-oauth", "digitalocean OAuth token in JSON", `{"access_token":"${"doo" + "_v1_" + r.hex(64)}","refresh_token":"${"dor" + "_v1_" + r.hex(64)}","token_type":"bearer","expires_in":2592000}`);

// ---- Heroku
pos("heroku-new", "heroku API key (HRKU- format) in env", `HEROKU_API_KEY=${"HRKU" + "-AA" + r.str(58, B64URL)}\n`);
pos("heroku-netrc", "heroku legacy API key (uuid) in ~/.netrc", `machine api.heroku.com\n  login dev@acme.io\n  password ${r.uuid()}\nmachine git.heroku.com\n  login dev@acme.io\n  password ${r.uuid()}\n`);
pos("heroku-uuid-env", "heroku legacy API key (uuid) with HEROKU_API_KEY name", `export HEROKU_API_KEY=${r.uuid()}\nheroku apps:info -a acme-prod`);

// ---- Vercel
pos("vercel-cli", "vercel token passed to CLI", `npx vercel deploy --prod --token ${r.alnum(24)} --yes`);
pos("vercel-env", "vercel token in .env", `VERCEL_ORG_ID=team_${r.alnum(24)}\nVERCEL_PROJECT_ID=prj_${r.alnum(28)}\nVERCEL_TOKEN=${r.alnum(24)}\n`);
pos("vercel-curl", "vercel token in API bearer", `curl -H "Authorization: Bearer ${r.alnum(24)}" https://api.vercel.com/v9/projects`);

// ---- Supabase
const supaRef = r.str(20, LOWER);
const supaJwt = (role: string) => jwt(r, { alg: "HS256", typ: "JWT" }, { iss: "supabase", ref: supaRef, role, iat: 1700000000, exp: 2015576000 });
pos("supa-service-role", "supabase service_role JWT in .env", `SUPABASE_URL=https://${supaRef}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${supaJwt("service_role")}\n`);
pos("supa-secret-key", "supabase secret key (sb_secret_) in JS", `const supabase = createClient("https://${supaRef}.supabase.co", "${"sb_" + "secret_" + r.str(31, B64URL)}");`);
pos("supa-pat", "supabase personal access token (sbp_) in CLI", `SUPABASE_ACCESS_TOKEN=${"sb" + "p_" + r.hex(40)} supabase link --project-ref ${supaRef}`);
pos("supa-db-url", "supabase postgres URL with password", `DATABASE_URL=postgresql://postgres.${supaRef}:${r.alnum(16)}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`);

// ---- Cloudflare
pos("cf-api-token-env", "cloudflare API token in env", `CLOUDFLARE_ACCOUNT_ID=${r.hex(32)}\nCLOUDFLARE_API_TOKEN=${r.str(40, B64URL)}\n`);
pos("cf-global-key", "cloudflare global API key in curl headers", `curl -X GET "https://api.cloudflare.com/client/v4/zones" \\\n  -H "X-Auth-Email: ops@acme.io" \\\n  -H "X-Auth-Key: ${r.hex(37)}"`);
pos("cf-wrangler", "cloudflare API token in wrangler secrets output", `$ export CF_API_TOKEN=${r.str(40, B64URL)}\n$ npx wrangler deploy`);
pos("cf-tunnel", "cloudflare tunnel token in docker command", `docker run cloudflare/cloudflared:latest tunnel --no-autoupdate run --token ${Buffer.from(JSON.stringify({ a: r.hex(32), t: r.uuid(), s: r.b64bytes(32) })).toString("base64")}`);

// ---- Databricks
pos("dbx-env", "databricks PAT in .databrickscfg", `[DEFAULT]\nhost  = https://adb-${r.digits(16)}.${r.range(1, 19)}.azuredatabricks.net\ntoken = ${"dap" + "i" + r.hex(32)}\n`);
pos("dbx-python", "databricks PAT in sql connector", `from databricks import sql\nconn = sql.connect(server_hostname="dbc-${r.hex(8)}-${r.hex(4)}.cloud.databricks.com",\n                   http_path="/sql/1.0/warehouses/${r.hex(16)}",\n                   access_token="${"dap" + "i" + r.hex(32)}-2")`);
pos("dbx-curl", "databricks PAT in REST bearer", `curl -n -H "Authorization: Bearer ${"dap" + "i" + r.hex(32)}" https://dbc-${r.hex(8)}-${r.hex(4)}.cloud.databricks.com/api/2.1/jobs/list`);
void UPPER;
