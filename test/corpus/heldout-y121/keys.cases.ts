// Handcrafted key material and credential files captured while debugging (heldout-y121).
import type { CorpusCase } from "../types.ts";
import { A_AN, BECH_UP, Gen, hand, j, pw, wrap } from "./_gen.ts";

const g = new Gen(0x79121c);
const out: CorpusCase[] = [];
let n = 0;
const add = (group: string, intro: string, body: string, note: string) => {
  const w = wrap(g, intro, body);
  n += 1;
  out.push(hand(`y121-k-${String(n).padStart(3, "0")}`, `heldouty121-sec-${group}`, "positive", w.text, `${note}; via ${w.sink}`));
};
const BEGIN = "-----BEGIN ", END = "-----END ";
const esc = (s: string) => s.replace(/\n/g, "\\n");
const b64 = (s: string) => Buffer.from(s).toString("base64");

// ---------------------------------------------------------------- keys
{
  const key = g.pem("RSA PRIVATE KEY", 1190, "MIIEow" + "IBAAKCAQEA");
  add("keys", "Deploy box rejects the key, ssh -vvv plus the key file it's using:", `debug1: Offering public key: /home/deploy/.ssh/id_rsa RSA SHA256:${g.b64(43)} explicit\ndebug1: Authentications that can continue: publickey\ndebug1: No more authentication methods to try.\ndeploy@${g.ip()}: Permission denied (publickey).\n$ cat /home/deploy/.ssh/id_rsa\n${key}`, "RSA PKCS#1 private key (id_rsa); ssh -vvv output followed by cat of the key");
}
{
  const key = g.pem("OPENSSH PRIVATE KEY", 300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD");
  add("keys", "GitHub Actions can't clone the submodule. Here's the job log with the deploy key step expanded:", `Run webfactory/ssh-agent@v0.9.0\nAdding private key(s) to agent\n##[debug]SSH_PRIVATE_KEY was not registered as a secret (input came from vars)\n${key}\nIdentity added: (stdin) (ci@example.com)\nError: Permission denied (publickey).`, "OpenSSH ed25519 private key; CI log with key echoed");
}
{
  const key = g.pem("EC PRIVATE KEY", 121, "MHcCAQEEI");
  add("keys", "nginx -t fails after the cert rotation, this is the key file and the error:", `$ sudo nginx -t\nnginx: [emerg] SSL_CTX_use_PrivateKey("/etc/nginx/tls/api.key") failed (SSL: error:05800074:x509 certificate routines::key values mismatch)\nnginx: configuration file /etc/nginx/nginx.conf test failed\n$ sudo cat /etc/nginx/tls/api.key\n${key}`, "EC private key (SEC1); nginx -t failure plus cat of the key");
}
{
  const pem = g.pem("PRIVATE KEY", 1216, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
  add("keys", "cert-manager keeps reissuing, here's the secret it produced:", `$ kubectl get secret api-tls -n prod -o yaml\napiVersion: v1\ndata:\n  ca.crt: ""\n  tls.crt: ${b64(g.pem("CERTIFICATE", 700, "MIID"))}\n  tls.key: ${b64(pem + "\n")}\nkind: Secret\nmetadata:\n  annotations:\n    cert-manager.io/issuer-name: letsencrypt-prod\n  name: api-tls\n  namespace: prod\ntype: kubernetes.io/tls`, "PKCS#8 private key base64-encoded in k8s TLS Secret tls.key; kubectl get -o yaml");
}
{
  const key = g.pem("PGP PRIVATE KEY BLOCK", 1400, "lQdGBGX");
  add("keys", "Release signing step broke, the runner printed the imported key block:", `+ echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n${key.replace("-----\n", "-----\n\n")}\ngpg: key ${g.HX(16)}: secret key imported\ngpg: signing failed: Inappropriate ioctl for device`, "PGP private key block; CI bash -x trace");
}
{
  const k = j("AGE-SECRET-KEY-", "1", g.str(58, BECH_UP));
  add("keys", "sops -d fails with no identity matched; my keys.txt for reference:", `$ SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt sops -d secrets/prod.enc.yaml\nFailed to get the data key required to decrypt the SOPS file.\n$ cat ~/.config/sops/age/keys.txt\n# created: ${g.ts()}\n# public key: age1${g.str(58, BECH_UP.toLowerCase())}\n${k}`, "age X25519 identity (AGE-SECRET-KEY-1); sops debug session");
}
{
  add("keys", "wg-quick up works on my laptop but not on the VM, config + debug:", `$ sudo wg-quick up wg0\n[#] ip link add wg0 type wireguard\n[#] wg setconf wg0 /dev/fd/63\n[#] ip -4 address add 10.66.0.7/32 dev wg0\nRTNETLINK answers: File exists\n$ sudo cat /etc/wireguard/wg0.conf\n[Interface]\nPrivateKey = ${g.b64bytes(32)}\nAddress = 10.66.0.7/32\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.example.net:51820`, "WireGuard interface PrivateKey; wg-quick debug with config");
}
{
  const jwk = { kty: "EC", crv: "P-256", kid: g.hx(16), use: "sig", alg: "ES256", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) };
  add("keys", "Token verification fails, auth service logs the signing key it loaded at debug:", `${g.ts()} DEBUG auth.keys loaded signing key from SIGNING_JWK kid=${jwk.kid}\n${g.ts()} DEBUG auth.keys jwk=${JSON.stringify(jwk)}\n${g.ts()} ERROR auth.verify signature mismatch kid=${jwk.kid} iss=https://auth.example.com`, "EC private JWK (with d); application debug log");
}
{
  add("keys", "WinSCP rejects this .ppk after the upgrade, contents:", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: backup@nas\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\nPrivate-Lines: 1\nAAAAI${g.b64(39)}\nPrivate-MAC: ${g.hx(64)}`, "PuTTY PPK v3 private key (unencrypted); pasted file");
}
{
  add("keys", "Hardhat deploy crashes with insufficient funds, env dump from the failing run:", `Error HH110: Invalid JSON-RPC response received: {"jsonrpc":"2.0","id":4,"error":{"code":-32000,"message":"insufficient funds for gas * price + value"}}\n    at HttpProvider._fetchJsonRpcResponse (node_modules/hardhat/src/internal/core/providers/http.ts:259:17)\n\n$ env | grep -E 'RPC|KEY'\nRPC_URL=https://rpc.example.org/v1/mainnet\nDEPLOYER_PRIVATE_KEY=0x${g.hx(64)}\nETHERSCAN_API_KEY=${g.up(34)}`, "Ethereum deployer private key (0x + 64 hex) with Etherscan key; env grep after crash");
}
{
  const key = g.pem("RSA PRIVATE KEY", 1190, "MIIEpA" + "IBAAKCAQEA");
  add("keys", "Sentry event for the GitHub App auth failure (frame vars):", JSON.stringify({ event_id: g.hx(32), platform: "python", exception: { values: [{ type: "jwt.exceptions.InvalidKeyError", value: "Could not deserialize key data", stacktrace: { frames: [{ function: "get_installation_token", module: "app.github", vars: { app_id: String(g.range(100000, 999999)), private_key: key, installation_id: String(g.range(1e7, 9e7)) } }] } }] } }, null, 2), "GitHub App RSA private key in Sentry frame vars (JSON-escaped)");
}
{
  const key = g.pem("RSA PRIVATE KEY", 1190, "MIIEog" + "IBAAKCAQEA");
  add("keys", "strings over the core dump shows the key was in memory, is that expected?", `$ strings -n 10 core.signer.${g.range(1000, 40000)} | grep -n -A 28 'BEGIN RSA'\n${key.split("\n").map((l, i) => `${i + 4411}${i === 0 ? ":" : "-"}${l}`).join("\n")}`, "RSA private key lines from strings(1) on a core dump");
}
{
  add("keys", "opendkim won't sign, debug log and the key it points at:", `opendkim[${g.range(100, 9000)}]: ${g.hx(10).toUpperCase()}: no signing table match for 'ops@example.com'\nopendkim[${g.range(100, 9000)}]: can't load key from /etc/opendkim/keys/example.com/mail.private: PEM_read_bio_PrivateKey failed\n$ sudo cat /etc/opendkim/keys/example.com/mail.private\n${g.pem("RSA PRIVATE KEY", 600, "MIICXA" + "IBAAKBgQ")}`, "DKIM RSA private key; opendkim debug");
}
{
  const arr = Array.from(g.bytes(64));
  add("keys", "solana program deploy errors out; here's the keypair file it is reading:", `$ solana program deploy target/deploy/vault.so --keypair ~/.config/solana/id.json\nError: Account ${g.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")} has insufficient funds for spend (1.2 SOL) + fee (0.0001 SOL)\n$ cat ~/.config/solana/id.json\n[${arr.join(",")}]`, "Solana keypair file (64-byte secret array); CLI error output");
}
{
  const key = g.pem("RSA PRIVATE KEY", 1190, "MIIEpQ" + "IBAAKCAQEA");
  add("keys", "terraform state for the bastion key, state show output:", `$ terraform state show tls_private_key.bastion\n# tls_private_key.bastion:\nresource "tls_private_key" "bastion" {\n    algorithm                     = "RSA"\n    id                            = "${g.hx(40)}"\n    private_key_openssh           = (sensitive value)\n    private_key_pem               = <<-EOT\n${key.split("\n").map((l) => "            " + l).join("\n")}\n        EOT\n    public_key_fingerprint_md5    = "${Array.from({ length: 16 }, () => g.hx(2)).join(":")}"\n    rsa_bits                      = 2048\n}`, "RSA private key in terraform state show (private_key_pem)");
}
{
  add("keys", "The relay bot stopped posting, config it loaded (from the crash log):", `${g.ts()} FATAL relay: publish failed: auth-required\n${g.ts()} DEBUG relay: config = {"relays":["wss://relay.example.net"],"nsec":"nsec1${g.str(58, BECH_UP.toLowerCase())}","display_name":"status-bot"}`, "Nostr nsec private key; bot debug log");
}
{
  const key = g.pem("PRIVATE KEY", 1216, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC");
  add("keys", "Go panic when loading the signer; the struct dump includes the PEM:", `panic: x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)\n\ngoroutine 1 [running]:\nmain.mustSigner({0xc000${g.hx(6)}, 0x6a8})\n\t/src/cmd/signer/main.go:41 +0x1c5\n\ncfg: {KeyID:${g.hx(8)} PEM:"${esc(key)}" Issuer:https://auth.example.com}`, "PKCS#8 RSA private key with escaped newlines in Go panic struct dump");
}
{
  const oci = g.pem("PRIVATE KEY", 1216, "MIIEvwIBADANBgkqhkiG9w0BAQEFAASC");
  add("keys", "oci cli says NotAuthenticated; config and key file below:", `$ oci os ns get --debug\nDEBUG:oci.base_client: Request: GET https://objectstorage.oci.example.com/n/\nServiceError: {"code": "NotAuthenticated", "status": 401}\n$ cat ~/.oci/oci_api_key.pem\n${oci}`, "OCI API signing private key (PKCS#8); oci --debug plus cat");
}

// ---------------------------------------------------------------- cloud / auth / data / devtools credential files
{
  const sa = { type: "service_account", project_id: `acme-${g.word()}-prod`, private_key_id: g.hx(40), private_key: g.pem("PRIVATE KEY", 1216, "MIIEvAIBADANBgkqhkiG9w0BAQEFAASC") + "\n", client_email: `etl-runner@acme-${g.word()}-prod.iam.gserviceaccount.com`, client_id: g.dg(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs", universe_domain: "googleapis.com" };
  add("cloud", "gcloud auth activate-service-account fails with invalid_grant, key file attached:", `$ gcloud auth activate-service-account --key-file=sa.json --verbosity=debug\nERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})\n$ cat sa.json\n${JSON.stringify(sa, null, 2)}`, "GCP service account JSON key; gcloud debug session");
}
{
  add("cloud", "aws sts get-caller-identity returns InvalidClientTokenId, my credentials file:", `$ aws sts get-caller-identity --debug 2>&1 | tail -3\nbotocore.parsers - DEBUG - Response body: b'<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>'\n$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.str(40, A_AN + "/+")}\n\n[prod-admin]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.str(40, A_AN + "/+")}\nregion = eu-west-1`, "AWS shared credentials file (two profiles); aws --debug");
}
{
  add("cloud", "kubectl says Unauthorized against the new cluster, kubeconfig:", `$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)\n$ kubectl config view --raw --minify\napiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(g.pem("CERTIFICATE", 500, "MIIC"))}\n    server: https://k8s.prod.example.com:6443\n  name: prod\ncontexts:\n- context: {cluster: prod, user: ci-deployer}\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: ci-deployer\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", sub: "system:serviceaccount:ci:deployer", aud: ["https://kubernetes.default.svc"], exp: g.epoch() + 31_536_000 }, "RS256")}`, "kubeconfig user token (service-account JWT) via kubectl config view --raw");
}
{
  add("auth", "gcloud ADC refresh fails from the container, the mounted ADC file:", `google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})\n$ cat ~/.config/gcloud/application_default_credentials.json\n${JSON.stringify({ account: "", client_id: j(g.dg(12), "-", g.lo(32), ".apps.googleusercontent.com"), client_secret: j("GOC", "SPX-", g.b64u(28)), quota_project_id: "acme-data", refresh_token: j("1//0", "g", g.b64u(100)), type: "authorized_user", universe_domain: "googleapis.com" }, null, 2)}`, "gcloud ADC authorized_user file (client secret + refresh token); cat after RefreshError");
}
{
  add("auth", "curl works with -n locally but not in CI, my .netrc:", `$ curl -nv https://artifacts.example.com/api/v1/builds 2>&1 | grep -i '^< HTTP'\n< HTTP/1.1 401 Unauthorized\n$ cat ~/.netrc\nmachine artifacts.example.com\n  login ci-reader\n  password ${pw(g, 24)}\nmachine git.example.org login release-bot password ${g.an(32)}`, ".netrc with two machine passwords; curl -n debug");
}
{
  add("data", "psql falls back to the wrong password; .pgpass and the error:", `$ PGSSLMODE=require psql -h db-prod.example.com -U report_ro analytics\npsql: error: connection to server at "db-prod.example.com" (${g.ip()}), port 5432 failed: FATAL:  password authentication failed for user "report_ro"\n$ cat ~/.pgpass\ndb-prod.example.com:5432:analytics:report_ro:${g.an(22)}\ndb-replica.example.com:5432:*:etl:${pw(g, 20)}`, ".pgpass entries; psql auth failure");
}
{
  add("data", "mysql client warns and then denies access, my.cnf for the cron user:", `$ mysqldump --defaults-extra-file=/etc/backup/my.cnf shop > /dev/null\nmysqldump: Got error: 1045: Access denied for user 'backup'@'${g.ip()}' (using password: YES) when trying to connect\n$ sudo cat /etc/backup/my.cnf\n[client]\nhost=mysql-primary.internal.test\nuser=backup\npassword=${pw(g, 22)}`, "MySQL option file [client] password; mysqldump error");
}
{
  add("data", "Airflow task can't reach the warehouse, connection as exported:", `$ airflow connections get warehouse_pg -o json\n[{"id": "${g.range(1, 90)}", "conn_id": "warehouse_pg", "conn_type": "postgres", "description": "", "host": "pg-warehouse.example.com", "schema": "warehouse", "login": "airflow", "password": "${g.an(26)}", "port": "5432", "is_encrypted": "True", "is_extra_encrypted": "True", "extra": "{\\"sslmode\\": \\"require\\"}", "get_uri": "postgres://airflow:...@pg-warehouse.example.com:5432/warehouse"}]`, "Airflow connection export with password field; airflow CLI output");
}
{
  add("devtools", "npm publish 401s in CI, the .npmrc the job writes:", `npm ERR! code E401\nnpm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2fui-kit - unauthenticated: User cannot be authenticated with the token provided.\n$ cat ~/.npmrc\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.an(36))}\nalways-auth=true`, "npm registry _authToken in .npmrc; npm publish E401");
}
{
  const auth = b64(j("acmebuild:", "dc", "kr_pat_", g.b64u(27)));
  add("devtools", "docker push denied even after login; config.json:", `$ docker push acmebuild/worker:1.8.2\ndenied: requested access to the resource is denied\n$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "${auth}"\n\t\t}\n\t},\n\t"currentContext": "default"\n}`, "Docker config.json auths entry (base64 user:PAT); docker push denied");
}
{
  add("devtools", "git keeps prompting even with the credential store; .git-credentials:", `$ GIT_TRACE=1 GIT_CURL_VERBOSE=1 git fetch origin 2>&1 | grep -E 'HTTP/|credential'\n${g.range(10, 23)}:${g.range(10, 59)}:${g.range(10, 59)}.${g.dg(6)} run-command.c:659 trace: run_command: 'git credential-store get'\n< HTTP/2 401\n$ cat ~/.git-credentials\nhttps://release-bot:${j("gh", "p_", g.an(36))}@github.com\nhttps://oauth2:${j("gl", "pat-", g.b64u(20))}@gitlab.example.com`, ".git-credentials with GitHub PAT and GitLab PAT; GIT_TRACE output");
}
{
  add("devtools", "twine upload 403 on the release job, .pypirc:", `HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\nInvalid or non-existent authentication information.\n$ cat ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(140))}`, ".pypirc with PyPI API token; twine 403");
}
{
  add("devtools", "gh auth status says the token is invalid, hosts.yml:", `$ gh auth status\ngithub.com\n  X Failed to log in to github.com using token (GH_CONFIG_DIR)\n$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    users:\n        octo-ops:\n            oauth_token: ${j("gh", "o_", g.an(36))}\n    git_protocol: https\n    user: octo-ops`, "gh CLI hosts.yml oauth_token; gh auth status");
}
{
  add("devtools", "mvn deploy returns 401 from the repo manager; settings.xml servers section:", `[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project billing-core: status code: 401, reason phrase: Unauthorized (401)\n$ cat ~/.m2/settings.xml\n<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${pw(g, 24)}</password>\n    </server>\n  </servers>\n</settings>`, "Maven settings.xml server password; mvn deploy 401");
}
{
  add("comms", "Mailer container bounces everything; msmtprc from the image:", `msmtp: authentication failed (method PLAIN)\nmsmtp: server message: 535 5.7.8 Username and Password not accepted\n$ cat /etc/msmtprc\naccount default\nhost smtp.example.net\nport 587\ntls on\nauth on\nuser alerts@example.com\npassword ${pw(g, 20)}\nfrom alerts@example.com`, "msmtprc SMTP password; msmtp auth failure");
}
{
  add("saas", "rclone sync to the shared drive fails with 401, config show:", `$ rclone config show teamdrive\n[teamdrive]\ntype = drive\nscope = drive\ntoken = {"access_token":"${j("ya", "29.", "a0A", g.b64u(150))}","token_type":"Bearer","refresh_token":"${j("1//0", "3", g.b64u(96))}","expiry":"${g.ts()}"}\nteam_drive = 0A${g.an(17)}\n\n$ rclone sync ./exports teamdrive:exports -vv\nERROR : Attempt 1/3 failed with 1 errors and: couldn't list directory: googleapi: Error 401: Invalid Credentials`, "rclone config OAuth token JSON (access + refresh token); rclone -vv");
}

export const cases: CorpusCase[] = out;
