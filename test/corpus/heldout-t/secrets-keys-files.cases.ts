import type { CorpusCase } from "../types";
import { b64, b64url, chunk, digits, ecKey, hex, j, jwt, opensshKey, pgpKey, pkcs8Key, rawB64, rsaKey, s, t, toHex, uuid, AN, ANL, ANU, B64, B64U } from "./_gen";

const P = (id: string, category: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "secrets", category: `heldoutt-${category}`, label: "positive", text, ...(note ? { note } : {}) });

const kubeconfig = () => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${rawB64(1000)}
    server: https://10.96.0.1:6443
  name: prod
contexts:
- context: { cluster: prod, user: admin }
  name: prod-admin
current-context: prod-admin
users:
- name: admin
  user:
    client-certificate-data: ${rawB64(1100)}
    client-key-data: ${b64(rsaKey() + "\n")}
`;

export const cases: CorpusCase[] = [
  // ---------- private keys / tokens ----------
  P("key-openssh-upload", "keys", `Content-Disposition: form-data; name="file"; filename="id_ed25519"
Content-Type: application/octet-stream

${opensshKey()}
`),
  P("key-rsa-chat", "keys", `ssh keeps saying "Permission denied (publickey)". This is the key I'm using, does it look malformed?

${rsaKey()}`),
  P("key-ec-env", "keys", `APNS_KEY_ID=${s(10, ANU)}
APNS_TEAM_ID=${s(10, ANU)}
APNS_PRIVATE_KEY="${ecKey().replace(/\n/g, "\\n")}"`),
  P("key-pkcs8-js", "keys", `const privateKey = \`${pkcs8Key()}\`;
const signer = crypto.createSign("RSA-SHA256");`),
  P("key-pgp", "keys", `gpg --import <<'KEY'
${pgpKey()}
KEY`),
  P("key-age", "keys", `# created: 2026-11-30T10:02:11Z
# public key: age1${s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
${t.ageSecret()}`),
  P("key-sops-age-env", "keys", `SOPS_AGE_KEY=${t.ageSecret()} sops -d secrets.enc.yaml > secrets.yaml`),
  P("key-wireguard", "keys", `[Interface]
PrivateKey = ${t.wireguard()}
Address = 10.66.0.2/32
DNS = 10.66.0.1

[Peer]
PublicKey = ${rawB64(32)}
Endpoint = 192.168.50.1:51820
AllowedIPs = 0.0.0.0/0`),
  P("key-putty", "keys", `PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: deploy@build
Public-Lines: 6
${chunk("AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rawB64(250), 64).join("\n")}
Private-Lines: 14
${chunk(rawB64(880), 64).join("\n")}
Private-MAC: ${hex(64)}`),
  P("key-jwt-bearer", "keys", `GET /internal/admin/users?limit=50 HTTP/1.1
Host: 10.2.0.40:8443
Authorization: Bearer ${jwt({ iss: "https://auth.acme.example.com/", sub: "auth0|" + hex(24), aud: ["https://api.acme.example.com"], iat: 1764900000, exp: 1764986400, scope: "openid profile admin:users", azp: s(32) }, "RS256")}`),
  P("key-jwt-cookie", "keys", `Cookie: _ga=GA1.2.${digits(9)}.${digits(10)}; session=${jwt({ user_id: 48213, email: "jane.doe@example.com", role: "owner", org: "acme", iat: 1764901111, exp: 1765505911 })}; theme=dark`),
  P("key-k8s-secret", "keys", `apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: prod
type: Opaque
data:
  username: ${b64("payments")}
  password: ${b64(t.password() + s(6))}
  stripe-key: ${b64(t.stripeLive())}`),

  // ---------- credential files ----------
  P("file-kubeconfig", "credfiles", kubeconfig()),
  P("file-kubeconfig-token", "credfiles", `users:
- name: ci-deployer
  user:
    token: ${jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "deployer-token-x7k2p", "kubernetes.io/serviceaccount/service-account.name": "deployer", "kubernetes.io/serviceaccount/service-account.uid": uuid(), sub: "system:serviceaccount:ci:deployer" }, "RS256")}`),
  P("file-tfstate", "credfiles", JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 42, lineage: uuid(), outputs: {}, resources: [{ mode: "managed", type: "aws_iam_access_key", name: "ci", provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { id: t.awsId(), user: "ci", secret: t.awsSecret(), status: "Active", ses_smtp_password_v4: s(44, B64) }, sensitive_attributes: [] }] }, { mode: "managed", type: "random_password", name: "db", instances: [{ attributes: { result: t.password() + s(10), length: 26 } }] }] }, null, 2)),
  P("file-docker-config", "credfiles", JSON.stringify({ auths: { "registry.example.com": { auth: b64("deploy:" + t.password() + s(5)) }, "ghcr.io": { auth: b64("acme-bot:" + t.ghp()) } } }, null, "\t")),
  P("file-netrc", "credfiles", `machine api.heroku.example.com
  login ops@example.com
  password ${uuid()}
machine git.example.com
  login builder
  password ${t.password()}${s(5)}`),
  P("file-git-credentials", "credfiles", `https://oauth2:${t.glpat()}@gitlab.example.com
https://x-access-token:${t.ghs()}@github.com`),
  P("file-bitwarden-export", "credfiles", JSON.stringify({ encrypted: false, folders: [], items: [{ id: uuid(), type: 1, name: "AWS root", login: { username: "root@acme.example.com", password: t.password() + s(8), totp: "otpauth://totp/AWS?secret=" + s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") }, notes: null }, { id: uuid(), type: 1, name: "Bank", login: { username: "acme-finance", password: t.password() + s(4) } }] }, null, 2)),
  P("file-1password-csv", "credfiles", `Title,Website,Username,Password,OTPAuth,Notes
"Prod DB",https://db.example.com,postgres,${t.password()}${s(7)},,
"Registrar",https://registrar.example.net,acme-admin,${t.password()}${s(5)},otpauth://totp/registrar?secret=${s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")},renews in March`),
  P("file-keepass-xml", "credfiles", `<Entry>
  <UUID>${rawB64(16)}</UUID>
  <String><Key>Title</Key><Value>VPN</Value></String>
  <String><Key>UserName</Key><Value>j.smith</Value></String>
  <String><Key>Password</Key><Value ProtectInMemory="True">${t.password()}${s(6)}</Value></String>
  <String><Key>URL</Key><Value>https://vpn.example.com</Value></String>
</Entry>`),
  P("file-azure-msal", "credfiles", JSON.stringify({ AccessToken: { [`${uuid()}.${uuid()}-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-organizations-https://management.core.windows.net//.default`]: { credential_type: "AccessToken", secret: jwt({ aud: "https://management.core.windows.net/", iss: "https://sts.windows.net/" + uuid() + "/", oid: uuid(), upn: "ops@acme.example.com", exp: 1764990000 }, "RS256"), home_account_id: uuid() } }, RefreshToken: { x: { credential_type: "RefreshToken", secret: "1.AR" + s(400, B64U) } } })),
  P("file-boto-cfg", "credfiles", `[Credentials]
gs_access_key_id = GOOG1E${s(55, ANU)}
gs_secret_access_key = ${s(40, B64)}`),
  P("file-s3cfg", "credfiles", `[default]
access_key = ${t.awsId()}
secret_key = ${t.awsSecret()}
host_base = s3.amazonaws.com
use_https = True`),
  P("file-rclone", "credfiles", `[b2]
type = b2
account = ${hex(12)}
key = K00${s(28, AN)}

[dropbox]
type = dropbox
token = {"access_token":"sl.B${s(130, B64U)}","token_type":"bearer","refresh_token":"${s(64, AN)}","expiry":"2026-12-05T06:11:11Z"}`),
  P("file-composer-auth", "credfiles", `{
    "http-basic": {
        "repo.packagist.example.com": { "username": "token", "password": "${s(40, ANL)}" }
    },
    "github-oauth": { "github.com": "${t.gho()}" }
}`),
  P("file-env-mixed", "credfiles", `# .env.production — DO NOT COMMIT
NODE_ENV=production
PORT=8080
SESSION_SECRET=${s(64, AN)}
STRIPE_SECRET_KEY=${t.stripeLive()}
OPENAI_API_KEY=${t.openai()}
SENTRY_DSN=
FEATURE_NEW_CHECKOUT=true`),
  P("file-htpasswd-like-ini", "credfiles", `[smtp]
host = 10.0.0.25
port = 587
user = alerts@example.com
pass = ${t.password()}${s(4)}
starttls = yes`),
  P("file-ssh-config-plus-key", "credfiles", `tar cz ~/.ssh | base64 -w0 > /tmp/ssh.b64 && cat /tmp/ssh.b64
${b64("./id_ed25519\u0000" + opensshKey())}`, "base64 of a tar-like blob containing an OpenSSH private key"),
  P("file-basic-auth-url", "credfiles", `pip install --index-url https://deploy:${t.password()}${s(6)}@pypi.internal.example.com/simple/ acme-billing==3.2.0`),

  // ---------- disguised ----------
  P("dis-b64-env", "disguised", `{"filename": "config.env", "content_b64": "${b64(`AWS_ACCESS_KEY_ID=${t.awsId()}\nAWS_SECRET_ACCESS_KEY=${t.awsSecret()}\n`)}"}`),
  P("dis-b64-token-only", "disguised", `X-Debug-Payload: ${b64(t.ghp())}`),
  P("dis-hex", "disguised", `dump: ${toHex("STRIPE_KEY=" + t.stripeLive())}`),
  P("dis-percent", "disguised", `POST /collect HTTP/1.1
Host: 10.0.0.9
Content-Type: application/x-www-form-urlencoded

user=jdoe&note=${encodeURIComponent(`my key is ${t.anthropic()} please store`)}&submit=1`),
  P("dis-concat-js", "disguised", (() => { const k = t.openai(); const p = chunk(k, 20); return `const key = ${p.map((x) => JSON.stringify(x)).join(" +\n  ")};\nconst client = new OpenAI({ apiKey: key });`; })()),
  P("dis-concat-py", "disguised", (() => { const k = t.glpat(); return `TOKEN = (\n    "${k.slice(0, 9)}"\n    "${k.slice(9, 18)}"\n    "${k.slice(18)}"\n)\ngl = gitlab.Gitlab("https://gitlab.example.com", private_token=TOKEN)`; })()),
  P("dis-split-lines", "disguised", (() => { const k = t.slackBot(); return `here's the bot token, split so slack doesn't eat it:\n${k.slice(0, 15)}\n${k.slice(15, 35)}\n${k.slice(35)}`; })()),
  P("dis-json-escaped", "disguised", JSON.stringify({ tool: "write_file", args: { path: "deploy/.env", content: `DOCKERHUB_TOKEN="${t.dockerhub()}"\nHF_TOKEN="${t.hf()}"\n` } })),
  P("dis-unicode-escapes", "disguised", `{"secret":"${[...t.npm()].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("")}"}`),
  P("dis-glued-left", "disguised", `trace_id=abc;auth=X${t.ghp()}`, "token glued to a leading character"),
  P("dis-glued-right", "disguised", `[fetch] used credential ${t.sendgrid()}) for tenant 42`),
  P("dis-glued-both", "disguised", `key:"${t.groq()}",`),
  P("dis-query-param", "disguised", `GET /v1/reports?format=csv&api_key=${t.datadogApi()}&from=2026-11-01 HTTP/1.1
Host: 10.30.0.4`),
  P("dis-cookie", "disguised", `Cookie: ajs_anonymous_id=${uuid()}; gh_token=${t.gho()}; tz=Europe%2FBerlin`),
  P("dis-multipart-env", "disguised", `------WebKitFormBoundary${s(16)}
Content-Disposition: form-data; name="description"

backup of my dotfiles
------WebKitFormBoundary${s(16)}
Content-Disposition: form-data; name="file"; filename=".env.local"
Content-Type: text/plain

DATABASE_URL=postgres://postgres:${t.password()}@localhost:5432/dev
RESEND_API_KEY=${t.resend()}
------WebKitFormBoundary${s(16)}--`),
  P("dis-stacktrace", "disguised", `Traceback (most recent call last):
  File "/srv/app/jobs/sync.py", line 88, in run
    resp = shopify.get(url, headers={"X-Shopify-Access-Token": "${t.shopify()}"})
  File "/srv/app/lib/http.py", line 41, in get
    raise HTTPError(resp.status_code, resp.text)
lib.http.HTTPError: 429 Too Many Requests`),
  P("dis-reversed-b64-double", "disguised", `payload=${b64(b64("LINEAR_API_KEY=" + t.linear()))}`, "double base64"),
  P("dis-yaml-folded", "disguised", (() => { const k = t.sentryUser(); return `sentry:\n  token: >-\n    ${k.slice(0, 32)}\n    ${k.slice(32)}`; })(), "YAML folded scalar splits the token with a space; a careful reader rejoins it"),
  P("dis-b64url-jsonblob", "disguised", `state=${b64url(JSON.stringify({ return_to: "/dashboard", pat: t.ghFine() }))}`),
  P("dis-sql-insert", "disguised", `INSERT INTO integrations (org_id, provider, secret, created_at) VALUES (17, 'buildkite', '${t.buildkite()}', now());`),
  P("dis-log-masked-partially", "disguised", `INFO  outbound call auth="Bearer ${t.replicate()}" (mask=false)`),
];
