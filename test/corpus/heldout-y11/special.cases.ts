// Positives needing their own shape: key pairs, PEM blocks, connection URLs, JWTs, multi-line
// pastes, tokens split across lines or escaped, tokens alone on a line.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B32, B64, B64U, BECH, HEX, gen } from "./_gen.ts";

const g = gen(0x11e5);
const pw = () => g.s(20, AN);
const P = (n: number, category: string, text: string, note: string): CorpusCase =>
  ({ id: `y11-s-${String(n).padStart(3, "0")}`, kind: "secrets", category: `heldouty11-sec-${category}`, label: "positive", text, note });

const akid = () => g.j("AK", "IA", g.s(16, B32));
const ghp = () => g.j("gh", "p_", g.s(36));
const rsa = g.pem("RSA PRIVATE KEY", 1580);
const ec = g.pem("EC PRIVATE KEY", 160);
const ossh = g.j("-----BEGIN OPENSSH PRIVATE KEY-----\n", g.wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.s(330, B64), 70), "\n-----END OPENSSH PRIVATE KEY-----");
const pgp = g.j("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n", g.wrap("lQVYBG" + g.s(1200, B64)), "\n=", g.s(4, B64), "\n-----END PGP PRIVATE KEY BLOCK-----");
const pkcs8 = g.pem("PRIVATE KEY", 1620);

export const cases: CorpusCase[] = [
  P(1, "cloud", `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${g.s(40, B64)}\nregion = eu-central-1\n`, "AWS credentials file pasted"),
  P(2, "cloud", JSON.stringify({ role: "user", content: `aws s3 ls fails, I ran:\n\n$ AWS_ACCESS_KEY_ID=${akid()} AWS_SECRET_ACCESS_KEY=${g.s(40, B64)} aws s3 ls s3://acme-prod-exports --region us-east-1\nAn error occurred (SignatureDoesNotMatch)` }), "AWS pair inline in a shell line pasted into chat"),
  P(3, "cloud", JSON.stringify({ type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.s(40, HEX), private_key: pkcs8 + "\n", client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.s(21, "0123456789"), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service-account JSON"),
  P(4, "cloud", `az storage blob upload --connection-string "DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${g.s(86, B64)}==;EndpointSuffix=core.windows.net" -c backups -f dump.sql.gz -n 2025-03-01.sql.gz`, "Azure storage connection string as CLI flag"),
  P(5, "data", `DATABASE_URL=postgresql://app_rw:${pw()}@db-prod-1.c9akciq32.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require`, "postgres URL with password"),
  P(6, "data", JSON.stringify({ type: "tool_use", id: "toolu_mongo", name: "bash", input: { command: `mongosh "mongodb+srv://admin:${pw()}@cluster0.x7k2p.mongodb.net/prod?retryWrites=true&w=majority" --eval 'db.users.countDocuments()'` } }), "MongoDB Atlas URI in a tool call"),
  P(7, "data", `spring.datasource.url=jdbc:mysql://mysql.internal:3306/shop?user=shop&password=${pw()}&useSSL=true`, "MySQL JDBC password"),
  P(8, "data", `import redis\nr = redis.from_url("rediss://default:${g.s(32, AN)}@eu1-helped-gnat-38211.upstash.io:6379")\n`, "Redis URL with password"),
  P(9, "data", `DATABASE_URL="postgresql://neondb_owner:${g.j("np", "g_", g.s(12, AN))}@ep-cool-darkness-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require"`, "Neon URL"),
  P(10, "data", `db.prod.internal:5432:billing:billing_admin:${pw()}\n`, ".pgpass line"),
  P(11, "keys", rsa, "RSA private key alone"),
  P(12, "keys", JSON.stringify({ type: "tool_use", id: "toolu_key", name: "write_file", input: { path: "deploy/ec.key", content: ec + "\n" } }), "EC key written by a tool call"),
  P(13, "keys", JSON.stringify({ model: "claude-opus-4-1", messages: [{ role: "user", content: "ssh says 'invalid format' for this key, can you see why?\n\n" + ossh }] }), "OpenSSH private key JSON-escaped in chat"),
  P(14, "keys", pgp, "PGP private key block"),
  P(15, "keys", `# created: 2025-01-14T10:22:31Z\n# public key: age1${g.s(58, BECH.toLowerCase())}\n${g.j("AGE-SECRET", "-KEY-1", g.s(58, BECH))}\n`, "age identity file"),
  P(16, "auth", `curl -H "Authorization: Bearer ${g.jwt({ sub: "svc-billing", role: "service_role", iss: "supabase", iat: 1736000000, exp: 2051360000 })}" https://xyzcompany.supabase.co/rest/v1/invoices`, "Supabase service_role JWT in curl"),
  P(17, "auth", `git clone https://deploy-bot:${ghp()}@github.com/acme/infra-live.git`, "basic auth in clone URL"),
  P(18, "auth", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\n`, ".netrc with Heroku API key"),
  P(19, "auth", `https://ci-bot:${g.j("gl", "pat-", g.s(20, B64U))}@gitlab.com\n`, "git credential store line"),
  P(20, "devtools", `token = (\n    "${g.j("gh", "p_")}${g.s(18)}"\n    "${g.s(18)}"\n)\n`, "GitHub token split by Python implicit concatenation"),
  P(21, "comms", JSON.stringify({ messages: [{ role: "user", content: `the CI log:\n\n#14 [build 5/7] RUN echo \"//registry.npmjs.org/:_authToken=${g.j("np", "m_", g.s(36))}\" > ~/.npmrc\n#14 DONE 0.1s\n#15 [build 6/7] RUN npm ci\n#15 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1` }] }), "npm token echoed in docker build log pasted into chat"),
  P(22, "comms", g.j(g.digits(10), ":AA", g.s(33, B64U)), "Telegram token alone"),
  P(23, "ai", `  ${g.j("sk-", "ant-api03-", g.s(93, B64U), "AA")}\n`, "Anthropic key alone on a line"),
  P(24, "payment", `request_id=req_${g.s(14)} trace=${g.s(32, HEX)} sha=${g.s(40, HEX)} key=${g.j("sk", "_live_", g.s(24))} status=401`, "Stripe key next to other long ids"),
  P(25, "saas", `https://app.acme.io/oauth/callback#access_token=${g.j("gh", "o_", g.s(36))}&token_type=bearer&scope=repo`, "token in URL fragment"),
  P(26, "comms", `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${g.s(32, HEX)}/Messages.json \\\n  --data-urlencode "To=+4915112345678" --data-urlencode "From=+14155550142" --data-urlencode "Body=deploy done" \\\n  -u AC${g.s(32, HEX)}:${g.s(32, HEX)}`, "Twilio SID:token with -u"),
  P(27, "cloud", `resource "digitalocean_droplet" "web" {}\n\nprovider "digitalocean" {\n  token = "${g.j("do", "p_v1_", g.s(64, HEX))}"\n}\n`, "Terraform provider block"),
  P(28, "observability", `{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "resources": [{ "type": "datadog_api_key", "name": "ci", "instances": [{ "attributes": { "id": "${g.uuid()}", "key": "${g.s(32, HEX)}", "name": "ci-pipeline" } }] }]\n}`, "Terraform state with Datadog key"),
  P(29, "auth", JSON.stringify({ type: "tool_result", tool_use_id: "toolu_env", content: `$ printenv | sort\nHOME=/home/runner\nHOSTNAME=runner-4\nJWT_SIGNING_KEY=${g.s(48, B64)}\nPATH=/usr/local/bin:/usr/bin\nSESSION_SECRET=${g.s(64, HEX)}\n` }), "printenv tool result with signing secrets"),
  P(30, "devtools", `- name: Publish\n  run: |\n    echo "//npm.pkg.github.com/:_authToken=${g.j("gh", "p_", g.s(36))}" >> .npmrc\n    npm publish\n`, "GitHub Actions step with inline token"),
];
