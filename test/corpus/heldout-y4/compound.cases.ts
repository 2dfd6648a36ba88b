// heldout-y4: multi-part credentials (pairs, connection strings, key files, PEM blocks, webhooks, JWTs)
// in the shapes an agent sends them out.
import type { CorpusCase } from "../types.ts";
import { mk, j, b64, B32, UP, DIG } from "./_gen.ts";

const g = mk(0x3c9d);
const akid = () => j("AK", "IA", g.s(16, B32));
const asia = () => j("AS", "IA", g.s(16, B32));
const awsSecret = () => g.b64(40);
const pw = (n = 20) => g.s(n, UP + "abcdefghijklmnopqrstuvwxyz" + DIG);
const BEGIN = (l: string) => j("-----BEGIN ", l, "-----");
const END = (l: string) => j("-----END ", l, "-----");
const rsa = () => g.pem("RSA PRIVATE KEY", 24, "MIIEow" + "IBAAKCAQEA");
const pkcs8 = () => g.pem("PRIVATE KEY", 25, "MIIEvQ" + "IBADANBgkqhkiG9w0BAQEFAASC");
const ec = () => g.pem("EC PRIVATE KEY", 2, "MHcCAQEEI");
const openssh = () => g.pem("OPENSSH PRIVATE KEY", 6, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
const pgp = () => [BEGIN("PGP PRIVATE KEY BLOCK"), "", g.pemBody(30, "lQdGBGX"), "=" + g.b64(4), END("PGP PRIVATE KEY BLOCK")].join("\n");

type P = [string, string, string]; // group, note, text
const items: P[] = [
  ["cloud", "AWS pair in ~/.aws/credentials via tool call", JSON.stringify({ name: "write_file", arguments: { path: "/home/dev/.aws/credentials", content: `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${awsSecret()}\nregion = us-east-1\n` } })],
  ["cloud", "AWS pair as env exports", `export AWS_ACCESS_KEY_ID=${akid()}\nexport AWS_SECRET_ACCESS_KEY=${awsSecret()}\naws s3 ls s3://acme-prod-backups`],
  ["cloud", "AWS pair in boto3 code", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${akid()}",\n    aws_secret_access_key="${awsSecret()}",\n    region_name="eu-central-1",\n)\n`],
  ["cloud", "AWS pair in terraform provider", `provider "aws" {\n  region     = "us-west-2"\n  access_key = "${akid()}"\n  secret_key = "${awsSecret()}"\n}\n`],
  ["cloud", "AWS STS session creds in chat JSON", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `aws sts get-session-token output:\n${JSON.stringify({ Credentials: { AccessKeyId: asia(), SecretAccessKey: awsSecret(), SessionToken: j("IQoJb3JpZ2luX2VjE", g.b64(300)), Expiration: "2025-06-01T12:00:00Z" } }, null, 2)}` }] })],
  ["cloud", "AWS key id alone in a log line", `2025-02-11 14:02:55 WARN botocore.credentials Found credentials in environment variables. key=${akid()} secret=${awsSecret()}`],
  ["cloud", "AWS pair in docker run", `docker run --rm -e AWS_ACCESS_KEY_ID=${akid()} -e AWS_SECRET_ACCESS_KEY=${awsSecret()} amazon/aws-cli s3 sync ./dist s3://acme-site`],
  ["cloud", "GCP service-account JSON via write_file", JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "secrets/sa.json", content: JSON.stringify({ type: "service_account", project_id: "acme-prod-318211", private_key_id: g.hex(40), private_key: pkcs8() + "\n", client_email: "deployer@acme-prod-318211.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2) } })],
  ["cloud", "GCP service-account JSON pasted in chat", JSON.stringify({ messages: [{ role: "user", content: "gcloud says invalid_grant with this key file:\n" + JSON.stringify({ type: "service_account", project_id: "shop-analytics", private_key_id: g.hex(40), private_key: pkcs8() + "\n", client_email: "etl@shop-analytics.iam.gserviceaccount.com", client_id: g.dig(21) }) }] })],
  ["cloud", "Azure storage connection string in appsettings.json", JSON.stringify({ ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net` }, Logging: { LogLevel: { Default: "Information" } } }, null, 2)],
  ["cloud", "Azure Service Bus connection string in C#", `var client = new ServiceBusClient("Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b64(43)}=");\n`],
  ["cloud", "Azure SAS URL", `https://acmeprodstore.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}`],
  ["cloud", "Azure SP credentials from az ad sp create-for-rbac", JSON.stringify({ appId: g.uuid(), displayName: "gh-deployer", password: j(g.an(3), "8Q", "~", g.b64u(34)), tenant: g.uuid() }, null, 2)],
  ["cloud", "Cloudinary URL", `CLOUDINARY_URL=cloudinary://${g.dig(15)}:${g.b64u(27)}@acme-media`],
  ["data", "postgres URL in .env", `DATABASE_URL=postgresql://app_user:${pw(24)}@db.prod.acme.internal:5432/orders?sslmode=require`],
  ["data", "Supabase pooler URL in prisma schema", `datasource db {\n  provider = "postgresql"\n  url      = "postgresql://postgres.abcdefghijklmnop:${pw(22)}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"\n}\n`],
  ["data", "Neon URL in chat JSON", JSON.stringify({ messages: [{ role: "user", content: `psql "postgresql://neondb_owner:npg_${g.an(12)}@ep-cool-darkness-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require" hangs, why?` }] })],
  ["data", "MongoDB Atlas SRV URL in Node", `const client = new MongoClient("mongodb+srv://admin:${pw(16)}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority");\n`],
  ["data", "MySQL URL in docker-compose", `services:\n  api:\n    image: acme/api:2.3\n    environment:\n      DATABASE_URL: mysql://root:${pw(18)}@mysql:3306/shop\n`],
  ["data", "PlanetScale URL in .env", `DATABASE_URL='mysql://${g.anl(12)}:${j("psc", "ale_pw_", g.b64u(43))}@aws.connect.psdb.cloud/acme?sslaccept=strict'`],
  ["data", "Redis URL with password in log", `[ioredis] Unhandled error event: Error: connect ETIMEDOUT redis://default:${pw(32)}@redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com:12345`],
  ["data", "Upstash rediss URL in Python", `r = redis.from_url("rediss://default:${j("A", g.b64u(4), "AAIjcDE", g.hex(32))}@eu1-cool-bird-12345.upstash.io:6379")\n`],
  ["data", "SQL Server connection string in appsettings", `"DefaultConnection": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=prod;User ID=sqladmin;Password=${pw(20)}!;Encrypt=True;"`],
  ["data", "JDBC URL with password in properties", `spring.datasource.url=jdbc:postgresql://pg.acme.internal:5432/billing?user=billing&password=${pw(22)}\nspring.jpa.hibernate.ddl-auto=validate\n`],
  ["data", "RabbitMQ AMQP URL", `CELERY_BROKER_URL=amqps://worker:${pw(24)}@b-1234abcd.mq.us-east-1.amazonaws.com:5671/prod`],
  ["data", "ClickHouse Cloud URL in curl", `curl --user 'default:${pw(16)}~' --data-binary 'SELECT 1' https://abc123.eu-west-1.aws.clickhouse.cloud:8443`],
  ["data", "Turso DB auth token (JWT) in env", `TURSO_DATABASE_URL=libsql://acme-prod-acme.turso.io\nTURSO_AUTH_TOKEN=${g.jwt({ a: "rw", iat: 1718000000, id: g.uuid() }, "EdDSA", 86)}`],
  ["auth", "Supabase service_role JWT in TS", `export const supabaseAdmin = createClient(\n  "https://qwertyuiopasdfgh.supabase.co",\n  "${g.jwt({ iss: "supabase", ref: "qwertyuiopasdfgh", role: "service_role", iat: 1700000000, exp: 2015576000 })}",\n);\n`],
  ["auth", "JWT bearer in HTTP request", `GET /api/v2/admin/users HTTP/1.1\r\nHost: api.acme.io\r\nAuthorization: Bearer ${g.jwt({ sub: g.uuid(), email: "ops@acme.io", role: "admin", iat: 1735689600, exp: 1767225600 })}\r\n\r\n`],
  ["auth", "JWT plus its HS256 signing secret in chat", JSON.stringify({ messages: [{ role: "user", content: `jwt.verify fails. token=${g.jwt({ sub: "42", iat: 1730000000 })} secret=${g.b64u(48)}` }] })],
  ["auth", "k8s service-account token in kubeconfig", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256", 342)}\n`],
  ["auth", "basic auth in git remote URL", `git remote set-url origin https://deploy-bot:${j("gh", "p_", g.an(36))}@github.com/acme/infra.git && git push origin main`],
  ["auth", "basic auth in URL to private registry", `pip install --index-url https://ci:${pw(28)}@pypi.acme.internal/simple/ acme-core==2.4.1`],
  ["auth", "curl -u user:password", `curl -u admin:${pw(20)} -X POST https://jenkins.acme.io/job/release/build`],
  ["auth", "Authorization Basic header", `Authorization: Basic ${b64("api:" + j("ke", "y-", g.hex(32)))}`],
  ["devtools", ".npmrc with authToken", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.an(36))}\n`],
  ["devtools", ".pypirc", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmcCJD", g.b64u(150))}\n`],
  ["devtools", "docker config.json auths", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64("acmebot:" + j("dc", "kr_pat_", g.b64u(27))) }, "ghcr.io": { auth: b64("acme:" + j("gh", "p_", g.an(36))) } } }, null, 2)],
  ["devtools", ".netrc", `machine api.heroku.com\n  login dev@acme.io\n  password ${j("HR", "KU-AA", g.b64u(58))}\nmachine git.heroku.com\n  login dev@acme.io\n  password ${j("HR", "KU-AA", g.b64u(58))}\n`],
  ["devtools", ".git-credentials", `https://oauth2:${j("gl", "pat-", g.b64u(20))}@gitlab.com\n`],
  ["devtools", "gh hosts.yml", `github.com:\n    user: acme-dev\n    oauth_token: ${j("gh", "o_", g.an(36))}\n    git_protocol: https\n`],
  ["comms", "Slack incoming webhook in JS", `await fetch("https://hooks.slack.com/services/T${g.anu(8)}/B${g.anu(10)}/${g.an(24)}", { method: "POST", body: JSON.stringify({ text: "deploy done" }) });`],
  ["comms", "Slack webhook in GH Actions", `      - name: notify\n        run: |\n          curl -X POST -H 'Content-type: application/json' --data '{"text":"build failed"}' https://hooks.slack.com/services/T${g.anu(10)}/B${g.anu(11)}/${g.an(24)}\n`],
  ["comms", "Discord webhook URL", `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${g.dig(19)}/${g.b64u(68)}`],
  ["comms", "Microsoft Teams workflow webhook", `TEAMS_WEBHOOK=https://prod-12.westeurope.logic.azure.com:443/workflows/${g.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${g.b64u(43)}`],
  ["comms", "Twilio SID + auth token in Python", `from twilio.rest import Client\n\nclient = Client("AC${g.hex(32)}", "${g.hex(32)}")\nclient.messages.create(to="+15558675310", from_="+15017122661", body="hi")\n`],
  ["comms", "Twilio API key SID + secret in curl", `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${g.hex(32)}/Messages.json -u SK${g.hex(32)}:${g.an(32)} -d To=+15558675310 -d Body=test`],
  ["comms", "Vonage key + secret pair", `VONAGE_API_KEY=${g.hex(8)}\nVONAGE_API_SECRET=${g.an(16)}`],
  ["payment", "Razorpay key id + secret in Node", `const rzp = new Razorpay({ key_id: "rzp_live_${g.an(14)}", key_secret: "${g.an(24)}" });`],
  ["payment", "PayPal client id + secret basic auth", `curl -v https://api-m.paypal.com/v1/oauth2/token -u "A${g.b64u(79)}:E${g.b64u(79)}" -d "grant_type=client_credentials"`],
  ["payment", "Alpaca key + secret headers", `APCA-API-KEY-ID: AK${g.anu(18)}\nAPCA-API-SECRET-KEY: ${g.an(40)}`],
  ["payment", "Coinbase CDP key JSON", JSON.stringify({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: ec() + "\n" })],
  ["saas", "Trello key + token query", `https://api.trello.com/1/members/me/boards?key=${g.hex(32)}&token=${j("AT", "TA", g.hex(64), g.s(8, "0123456789ABCDEF"))}`],
  ["saas", "Ghost admin key in JS SDK", `const api = new GhostAdminAPI({ url: "https://blog.acme.io", key: "${g.hex(24)}:${g.hex(64)}", version: "v5.0" });`],
  ["keys", "RSA private key in chat JSON", JSON.stringify({ messages: [{ role: "user", content: "ssh says 'invalid format' for this key, can you check it?\n\n" + rsa() }] })],
  ["keys", "PKCS8 private key in .env (escaped newlines)", `JWT_PRIVATE_KEY="${pkcs8().replace(/\n/g, "\\n")}"`],
  ["keys", "EC private key via write_file", JSON.stringify({ name: "write_file", arguments: { path: "certs/server.key", content: ec() + "\n" } })],
  ["keys", "OpenSSH private key cat output", `$ cat ~/.ssh/id_ed25519\n${openssh()}\n$ `],
  ["keys", "OpenSSH key in GH Actions secret misuse", `      - name: ssh\n        env:\n          SSH_KEY: |\n${openssh().split("\n").map((l) => "            " + l).join("\n")}\n        run: echo "$SSH_KEY" > ~/.ssh/id_rsa\n`],
  ["keys", "PGP private key block", pgp()],
  ["keys", "RSA key in k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signing\ntype: Opaque\nstringData:\n  signing.pem: |\n${rsa().split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["keys", "private key base64 in k8s Secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-key\ntype: Opaque\ndata:\n  id_ed25519: ${b64(openssh() + "\n")}\n`],
  ["keys", "private JWK", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: g.hex(16), use: "sig", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) }] })],
  ["keys", "WireGuard config", `[Interface]\nPrivateKey = ${g.b64(43)}=\nAddress = 10.8.0.2/24\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`],
];

export const cases: CorpusCase[] = items.map(([grp, note, text], i) => ({
  id: `y4-c-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty4-sec-${grp}`,
  label: "positive",
  text,
  note,
}));
