// Handcrafted positives: key material, credential files, hard carriers (seed 156002).
import type { CorpusCase } from "../types.ts";
import { AN, DIG, HEX, LO, UP, URLB64, Rng, j, mk, prose } from "./_gen.ts";

const r = new Rng(156002);
const C = (c: string) => "heldouty156-sec-" + c;
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pemBody = (lead: string, bytes: number) => wrap(lead + r.b64(bytes));
const hdr = (t: string) => j("-----BEGIN ", t, " KEY-----");
const ftr = (t: string) => j("-----END ", t, " KEY-----");
const pem = (t: string, lead: string, bytes: number) => { const b = pemBody(lead, bytes); return { b, text: `${hdr(t)}\n${b}\n${ftr(t)}` }; };
const first = (b: string) => b.split("\n")[1]!;

export const cases: CorpusCase[] = [];
let n = 0;
const add = (cat: string, text: string, needles: string[], note: string) => cases.push(mk(`y156-k-${String(++n).padStart(3, "0")}`, C(cat), "positive", text, needles, note));

// keys
{ const k = pem(j("RSA PRI", "VATE"), "MIIEpAIBAAKCAQEA", 1180); add("keys", `${prose(r)}\n\n\`\`\`\n${k.text}\n\`\`\``, [first(k.b)], "RSA PEM pasted in chat"); }
{ const k = pem(j("EC PRI", "VATE"), "MHcCAQEEI", 108); add("keys", JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "certs/server.key", content: k.text + "\n" } }), [first(k.b)], "EC PEM in tool_use write_file (escaped newlines)"); }
{ const k = pem(j("PRI", "VATE"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1150); add("keys", `diff --git a/deploy/tls.key b/deploy/tls.key\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/tls.key\n@@ -0,0 +1,28 @@\n${k.text.split("\n").map((l) => "+" + l).join("\n")}`, [first(k.b)], "PKCS#8 PEM in a diff"); }
{ const k = pem(j("OPENSSH PRI", "VATE"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 300); add("keys", `$ cat ~/.ssh/id_ed25519\n${k.text}\n$ ssh-add ~/.ssh/id_ed25519`, [first(k.b)], "OpenSSH ed25519 key in terminal transcript"); }
{ const k = pem(j("DSA PRI", "VATE"), "MIIBuwIBAAKBgQD", 420); add("keys", `ansible_ssh_private_key: |\n${k.text.split("\n").map((l) => "  " + l).join("\n")}\n`, [first(k.b)], "DSA PEM in Ansible vars block"); }
{ const b = wrap(r.b64(900)); const t = `${j("-----BEGIN PGP PRI", "VATE KEY BLOCK-----")}\n\n${b}\n=${r.s(4)}\n${j("-----END PGP PRI", "VATE KEY BLOCK-----")}`; add("keys", `# backup of signing key\n${t}`, [b.split("\n")[2]!], "PGP private key block"); }
{ const k = pem(j("ENCRYPTED PRI", "VATE"), "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1200); add("keys", `const key = \`${k.text}\`;\nconst passphrase = "${r.s(18)}";`, [first(k.b)], "encrypted PKCS#8 plus passphrase in JS"); }
{ const d = r.b64u(32), x = r.b64u(32), y = r.b64u(32); add("keys", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: r.hex(8), use: "sig", x, y, d }] }, null, 2), [d], "JWK private (d) EC"); }
{ const d = r.b64u(256), nn = r.b64u(256), p = r.b64u(128), q = r.b64u(128); add("keys", `JWKS_PRIVATE='${JSON.stringify({ kty: "RSA", n: nn, e: "AQAB", d, p, q, dp: r.b64u(128), dq: r.b64u(128), qi: r.b64u(128) })}'`, [d], "JWK private RSA in env var"); }
{ const k = pem(j("RSA PRI", "VATE"), "MIIEowIBAAKCAQEA", 1180); const sa = { type: "service_account", project_id: "ml-pipeline-" + r.s(6, LO + DIG), private_key_id: r.hex(40), private_key: k.text + "\n", client_email: "trainer@ml-pipeline.iam.gserviceaccount.com", client_id: r.s(21, DIG), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }; add("keys", JSON.stringify(sa, null, 2), [first(k.b)], "GCP service-account JSON"); }
{ const k = pem(j("PRI", "VATE"), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1150); const e = Buffer.from(JSON.stringify({ type: "service_account", private_key: k.text })).toString("base64"); add("keys", `GOOGLE_APPLICATION_CREDENTIALS_JSON=${e}`, [e], "base64 service-account JSON in env"); }
{ const s = j("AGE-SECRET", "-KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")); add("keys", `# created: 2026-11-02T10:11:12Z\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${s}\n`, [s], "age identity file"); }
{ const k = r.b64(32); add("keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${k}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.example.org:51820\nAllowedIPs = 0.0.0.0/0\n`, [k], "WireGuard PrivateKey"); }
{ const k = pem(j("RSA PRI", "VATE"), "MIIEpQIBAAKCAQEA", 1180); const e = Buffer.from(k.text).toString("base64"); add("keys", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: ingress-tls\ndata:\n  tls.crt: ${Buffer.from("-----BEGIN CERTIFICATE-----\nMIID" + r.b64(60) + "\n-----END CERTIFICATE-----").toString("base64")}\n  tls.key: ${e}\n`, [e], "k8s TLS secret, base64 key"); }
{ const k = pem(j("EC PRI", "VATE"), "MHcCAQEEI", 108); const esc = k.text.replace(/\n/g, "\\n"); add("keys", `APPLE_PRIVATE_KEY="${esc}"\nAPPLE_KEY_ID=${r.s(10, UP + DIG)}\nAPPLE_TEAM_ID=${r.s(10, UP + DIG)}`, [first(k.b)], "Apple .p8 key one-lined in .env"); }
{ const k = pem(j("RSA PRI", "VATE"), "MIIEogIBAAKCAQEA", 1180); add("keys", `resource "tls_private_key" "deploy" {}\n# terraform state show\nprivate_key_pem = <<EOT\n${k.text}\nEOT`, [first(k.b)], "PEM in terraform state output"); }
{ const seed = r.s(56, UP + "234567"); const s = "S" + seed.slice(1); add("keys", `STELLAR_SECRET_SEED=${s}`, [s], "Stellar secret seed"); }
{ const h = r.hex(64); add("keys", `// hardhat.config.ts\nnetworks: {\n  mainnet: {\n    url: "https://eth-mainnet.g.alchemy.com/v2/${r.s(32, URLB64)}",\n    accounts: ["0x${h}"],\n  },\n},`, [h], "Ethereum private key in hardhat config"); }
{ const k = pem(j("OPENSSH PRI", "VATE"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcnNhAAAAAwEAAQAAAYEA", 1800); const esc = k.text.replace(/\n/g, "\\n"); add("keys", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "set_secret", arguments: { name: "DEPLOY_SSH_KEY", value: k.text } } }), [first(k.b)], "OpenSSH RSA key in MCP tools/call (" + (esc.length > 0 ? "multi-line" : "") + ")"); }

// credential files and hard carriers
{ const t = j("np", "m_", r.s(36)); add("devtools", `//registry.npmjs.org/:_authToken=${t}\n@acme:registry=https://npm.pkg.github.com\nalways-auth=true\n`, [t], ".npmrc authToken"); }
{ const p = r.s(20); add("devtools", `machine github.com\n  login ci-bot\n  password ${j("gh", "p_", r.s(36))}\nmachine api.heroku.com\n  login ops@example.com\n  password ${p}\n`, [p], ".netrc"); }
{ const p = r.s(22); add("data", `# ~/.pgpass\ndb.prod.internal:5432:orders:orders_rw:${p}\n*:5432:*:readonly:${r.s(14)}\n`, [p], ".pgpass"); }
{ const t = r.b64(180); add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://${r.ip()}:6443\n    certificate-authority-data: ${r.b64(60)}\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${t}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`, [t], "kubeconfig bearer token"); }
{ const a = Buffer.from(`deploy:${r.s(24)}`).toString("base64"); add("devtools", JSON.stringify({ auths: { "registry.gitlab.com": { auth: a }, "ghcr.io": { auth: Buffer.from(`bot:${j("gh", "p_", r.s(36))}`).toString("base64") } } }, null, 2), [a], "docker config.json auths"); }
{ const t = j("gh", "o_", r.s(36)); add("devtools", `$ cat ~/.git-credentials\nhttps://octocat:${t}@github.com\n`, [t], ".git-credentials with gho_"); }
{ const id = j("AK", "IA", r.s(16, UP + "234567")), s = r.s(40, AN + "/+"); add("cloud", `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${s}\nregion = eu-west-1\n`, [id, s], "~/.aws/credentials"); }
{ const id = j("AS", "IA", r.s(16, UP + "234567")), s = r.s(40, AN + "/+"), st = j("IQoJb3JpZ2luX2Vj", r.b64(300)); add("cloud", JSON.stringify({ Credentials: { AccessKeyId: id, SecretAccessKey: s, SessionToken: st, Expiration: "2026-12-08T02:00:00Z" } }, null, 2), [s, st], "aws sts assume-role output"); }
{ const k = r.b64(64); add("cloud", `DefaultEndpointsProtocol=https;AccountName=mlartifacts${r.s(4, LO + DIG)};AccountKey=${k};EndpointSuffix=core.windows.net`, [k], "Azure storage connection string"); }
{ const sig = encodeURIComponent(r.b64(32)); add("cloud", `az storage blob upload --file model.onnx --blob-url "https://mlmodels.blob.core.windows.net/models/model.onnx?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig}"`, [sig], "Azure SAS URL"); }
{ const t = j("ya", "29.", r.s(150, URLB64)); add("auth", `https://app.example.com/oauth/callback#access_token=${t}&token_type=Bearer&expires_in=3599&scope=email%20profile`, [t], "Google OAuth access token in URL fragment"); }
{ const p = r.s(32); add("devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", p)}\n`, [p], ".pypirc"); }
{ const p = r.s(20); add("devtools", `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>${p}</password>\n    </server>\n  </servers>\n</settings>`, [p], "maven settings.xml"); }
{ const t = j("gh", "p_", r.s(36)); add("devtools", JSON.stringify({ "github-oauth": { "github.com": t }, "http-basic": { "repo.packagist.com": { username: "token", password: r.s(40, HEX) } } }, null, 2), [t], "composer auth.json"); }
{ const t = j("xo", "xp-", r.s(12, DIG), "-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.hex(32)); const e = encodeURIComponent(JSON.stringify({ token: t })); add("comms", `POST /api/relay?payload=${e} HTTP/1.1\nHost: hooks.example.dev`, [e], "Slack user token URL-encoded JSON"); }
{ const t = j("sk", "_li", "ve_", "51", r.s(97)); const h = Math.floor(t.length / 3); add("payment", `STRIPE_SECRET_KEY=${t.slice(0, h)}\\\n${t.slice(h, 2 * h)}\\\n${t.slice(2 * h)}`, [t.slice(0, h), t.slice(h, 2 * h), t.slice(2 * h)], "Stripe key wrapped with line continuations"); }
{ const u = r.s(12, LO), p = r.s(18); add("data", `Connection failed: psycopg2.OperationalError: could not connect to server\nDSN: host=db.prod user=${u} password=${p} dbname=analytics sslmode=require`, [p], "libpq DSN in error log"); }
{ const p = r.s(24); add("data", `jdbc:sqlserver://sql-prod.database.windows.net:1433;database=crm;user=crm_admin@sql-prod;password=${p};encrypt=true;`, [p], "JDBC SQL Server password"); }
{ const t = j("glpat", "-", r.s(20, URLB64)); add("devtools", `git remote set-url origin https://oauth2:${t}@gitlab.com/acme/ml/platform.git\ngit push origin main`, [t], "GitLab token in remote URL"); }
{ const t = j("S", "G.", r.s(22, URLB64), ".", r.s(43, URLB64)); const b = Buffer.from(JSON.stringify({ apiKey: t })).toString("base64"); add("comms", `<meta name="x-config" content="${b}">`, [b], "SendGrid key in base64 JSON in HTML"); }
{ const s = r.hex(32); add("observability", `SPLUNK_HEC_URL=https://http-inputs-acme.splunkcloud.com/services/collector\ncurl -k $SPLUNK_HEC_URL -H "Authorization: Splunk ${r.uuid()}" -d '{"event":"deploy"}'\nSUMO_ACCESS_KEY=${s}`, [s], "Splunk HEC + Sumo key"); }
{ const t = j("sn", "trys_", Buffer.from(JSON.stringify({ iat: 1733000000, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", r.s(43, URLB64)); add("observability", `# .sentryclirc\n[auth]\ntoken=${t}\n`, [t], ".sentryclirc org token"); }
{ const t = j("shp", "ss_", r.hex(32)); add("saas", `# shopify.app.toml\n[access]\napi_secret = "${t}"\n`, [t], "Shopify app shared secret"); }
{ const t = j("ATC", "TT3xFfGN0", r.s(180, URLB64), "=", r.s(8, UP + DIG)); add("saas", `curl -u "ops@example.com:${t}" https://acme.atlassian.net/wiki/rest/api/content`, [t], "Confluence token in curl -u"); }
{ const k = j("rzp", "_live_", r.s(14)), s = r.s(24); add("payment", `Razorpay(auth=("${k}", "${s}"))`, [s], "Razorpay key pair in Python"); }
{ const t = j("AQE", r.s(6), "Hmfx", r.s(100, AN + "+/=")); add("payment", `X-API-Key: ${t}\nPOST https://checkout-live.adyen.com/v71/payments`, [t], "Adyen API key header"); }
{ const t = r.s(40); add("saas", `curl https://acme.zendesk.com/api/v2/tickets.json -u "agent@example.com/token:${t}"`, [t], "Zendesk API token basic auth"); }
{ const t = j("dp", ".st.", "prd.", r.s(40)); add("devtools", `doppler setup --token ${t} --no-interactive`, [t], "Doppler service token CLI arg"); }
{ const t = j("hf", "_", r.s(34, UP + LO)); add("ai", `from huggingface_hub import login\nlogin(token="${t.slice(0, 10)}" "${t.slice(10)}")`, [t.slice(0, 10), t.slice(10)], "HF token implicit string concat"); }
{ const t = j("sk-", "ant-", "admin01-", r.s(93, URLB64), "AA"); add("ai", `Authorization header for the admin API (x-api-key):\n${Buffer.from(t).toString("base64")}`, [Buffer.from(t).toString("base64")], "Anthropic admin key base64"); }
{ const t = j("dapi", r.hex(32)); add("data", `[DEFAULT]\nhost = https://adb-${r.s(16, DIG)}.7.azuredatabricks.net\ntoken = ${t}\n`, [t], ".databrickscfg"); }
{ const t = j("AC", r.hex(32)), s = r.hex(32); add("comms", `client = Client("${t}", "${s}")\nclient.messages.create(to="+15551234567", from_="+15557654321", body="ok")`, [s], "Twilio SID + auth token positional"); }
{ const t = r.s(32); add("auth", `<form method="post" action="https://idp.example.com/oauth2/token">\n  <input type="hidden" name="grant_type" value="client_credentials">\n  <input type="hidden" name="client_id" value="${r.uuid()}">\n  <input type="hidden" name="client_secret" value="${t}">\n</form>`, [t], "client_secret form field"); }
{ const u = "svc_etl", p = r.s(16, AN + "!$"); add("data", `sqlalchemy.create_engine("snowflake://${u}:${encodeURIComponent(p)}@acme-xy12345/ANALYTICS/PUBLIC?warehouse=ETL_WH")`, [encodeURIComponent(p)], "Snowflake URL with url-encoded password"); }
{ const t = j("sk-", "proj-", r.s(74, URLB64), "T3Blbk", "FJ", r.s(74, URLB64)); add("ai", `OPENAI_API_KEY=${t.slice(0, 60)}\n${t.slice(60)}`, [t.slice(0, 60), t.slice(60)], "OpenAI key hard-wrapped by terminal"); }
