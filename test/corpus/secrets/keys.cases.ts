// JWTs and private-key material: PEM (RSA/EC/PKCS#8/DSA/encrypted), OpenSSH, PGP, WireGuard,
// age, PuTTY.
import { builder, Rng, jwt, pemPrivate, opensshPrivate, opensshPrivateRsa, pgpBlock, wrap, B64, BASE32, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec0006);
const { cases, pos } = builder({ category: "jwt", expect: "secrets" });
export { cases };

const now = 1716200000;
const jHS = () => jwt(r, { alg: "HS256", typ: "JWT" }, { sub: r.uuid(), email: "jane.doe@acme.io", role: "admin", iat: now, exp: now + 3600 });
const jRS = () => jwt(r, { alg: "RS256", typ: "JWT", kid: r.b64url(43) }, { iss: "https://login.acme.io/", sub: "auth0|" + r.hex(24), aud: ["https://api.acme.io", "https://acme.eu.auth0.com/userinfo"], iat: now, exp: now + 86400, azp: r.alnum(32), scope: "openid profile email read:orders" });
const jES = () => jwt(r, { alg: "ES256", kid: r.hex(8) }, { iss: "https://token.actions.githubusercontent.com", sub: "repo:acme/api:ref:refs/heads/main", aud: "sts.amazonaws.com", exp: now + 300 });
const jAzure = () => jwt(r, { typ: "JWT", alg: "RS256", x5t: r.b64url(27), kid: r.b64url(27) }, { aud: "https://graph.microsoft.com", iss: `https://sts.windows.net/${r.uuid()}/`, iat: now, nbf: now, exp: now + 4199, app_displayname: "acme-sync", appid: r.uuid(), oid: r.uuid(), roles: ["User.Read.All"], tid: r.uuid() });
const jK8s = () => jwt(r, { alg: "RS256", kid: r.b64url(43) }, { aud: ["https://kubernetes.default.svc.cluster.local"], exp: now + 31536000, iat: now, iss: "https://kubernetes.default.svc.cluster.local", "kubernetes.io": { namespace: "ci", serviceaccount: { name: "deployer", uid: r.uuid() } }, sub: "system:serviceaccount:ci:deployer" });

pos("jwt-bearer-curl", "JWT (HS256) access token in curl Authorization", `curl -H "Authorization: Bearer ${jHS()}" https://api.acme.io/v2/orders?limit=50`);
pos("jwt-http-headers", "JWT (RS256) in an HTTP request header block", `POST /graphql HTTP/2\nhost: api.acme.io\ncontent-type: application/json\nauthorization: Bearer ${jRS()}\nx-request-id: ${r.uuid()}\n\n{"query":"{ me { id } }"}`);
pos("jwt-token-response", "JWT in OAuth token response JSON", JSON.stringify({ access_token: jRS(), id_token: jRS(), token_type: "Bearer", expires_in: 86400 }));
pos("jwt-cookie", "JWT in Set-Cookie header", `HTTP/1.1 200 OK\nSet-Cookie: access_token=${jHS()}; Path=/; HttpOnly; Secure; SameSite=Lax\nContent-Type: application/json`);
pos("jwt-localstorage", "JWT in a browser localStorage dump", `> localStorage\nStorage {auth:token: '${jHS()}', theme: 'dark', length: 2}`);
pos("jwt-oidc-gha", "GitHub Actions OIDC JWT (ES256) in a debug log", `##[debug]OIDC token: ${jES()}`);
pos("jwt-azure", "Azure AD access token JWT in python", `headers = {"Authorization": "Bearer ${jAzure()}"}\nrequests.get("https://graph.microsoft.com/v1.0/users", headers=headers)`);
pos("jwt-k8s-sa", "kubernetes service-account token in kubeconfig", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: deployer\n  user:\n    token: ${jK8s()}\n`);
pos("jwt-chat", "JWT pasted in chat for debugging", `my token keeps getting rejected, can you decode it and see what's wrong? ${jHS()}`);
pos("jwt-env", "JWT in .env", `API_TOKEN=${jRS()}\n`);
pos("jwt-hs512-go", "JWT (HS512) hardcoded in a Go test", `req.Header.Set("Authorization", "Bearer ${jwt(r, { alg: "HS512", typ: "JWT" }, { user_id: 1842, tenant: "acme", exp: now + 7200 })}")`);
pos("jwt-ws-url", "JWT in websocket URL query", `const ws = new WebSocket("wss://rt.acme.io/socket?token=${jHS()}");`);
pos("jwt-jwt-secret", "JWT signing secret in env (HS256 key)", `JWT_SECRET=${r.str(64, B64)}\nJWT_EXPIRES_IN=1h\n`, "generic-credentials");

// ---- Private keys
const K = "private-keys";
pos("pem-rsa-file", "RSA private key PEM (cat id_rsa output)", `$ cat ~/.ssh/deploy_rsa\n${pemPrivate(r, "RSA")}\n$`, K);
pos("pem-ec", "EC private key PEM", pemPrivate(r, "EC") + "\n", K);
pos("pem-pkcs8-nginx", "PKCS#8 private key in nginx tls dir listing + cat", `# /etc/nginx/tls/acme.io.key\n${pemPrivate(r, "PKCS8")}\n`, K);
pos("pem-rsa-yaml-k8s", "RSA private key in k8s TLS secret stringData", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: acme-tls\nstringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIDdzCCAl+gAwIBAgIU${r.str(40, B64)}\n    -----END CERTIFICATE-----\n  tls.key: |\n${pemPrivate(r, "RSA").split("\n").map((l) => "    " + l).join("\n")}\n`, K);
pos("pem-terraform-heredoc", "PKCS#8 private key in Terraform heredoc", `resource "tls_locally_signed_cert" "x" {\n  ca_private_key_pem = <<EOT\n${pemPrivate(r, "PKCS8")}\nEOT\n}`, K);
pos("pem-dsa", "DSA private key PEM", pemPrivate(r, "DSA"), K);
pos("pem-encrypted", "encrypted PKCS#8 private key PEM", `key.pem:\n${pemPrivate(r, "ENCRYPTED")}`, K);
pos("pem-rsa-diff", "RSA private key added in a diff", `diff --git a/certs/server.key b/certs/server.key\nnew file mode 100644\nindex 0000000..${r.hex(7)}\n--- /dev/null\n+++ b/certs/server.key\n@@ -0,0 +1,27 @@\n${pemPrivate(r, "RSA").split("\n").map((l) => "+" + l).join("\n")}\n`, K);
pos("pem-python-string", "EC private key in a Python triple-quoted string", `SIGNING_KEY = """${pemPrivate(r, "EC")}"""\n\ntoken = jwt.encode(claims, SIGNING_KEY, algorithm="ES256")`, K);
pos("ssh-ed25519", "OpenSSH ed25519 private key", opensshPrivate(r, "ci@build-01") + "\n", K);
pos("ssh-rsa-openssh", "OpenSSH RSA private key in a chat", `this is the key the server wants, can you add it to the runner?\n\n${opensshPrivateRsa(r)}\n`, K);
pos("ssh-in-ansible", "OpenSSH private key in an Ansible vars file", `deploy_user: deploy\ndeploy_ssh_key: |\n${opensshPrivate(r, "deploy@acme").split("\n").map((l) => "  " + l).join("\n")}\n`, K);
pos("ssh-gha-secret-inline", "OpenSSH key inline in a workflow", `      - uses: webfactory/ssh-agent@v0.9.0\n        with:\n          ssh-private-key: |\n${opensshPrivate(r, "gha").split("\n").map((l) => "            " + l).join("\n")}\n`, K);
pos("pgp-private", "PGP private key block (gpg --export-secret-keys --armor)", `$ gpg --export-secret-keys --armor ops@acme.io\n${pgpBlock(r, "PRIVATE", 1900)}\n`, K);
pos("pgp-private-small", "PGP private key block (ed25519 secret key)", pgpBlock(r, "PRIVATE", 340), K);
pos("wireguard", "WireGuard config with PrivateKey", `[Interface]\nPrivateKey = ${r.b64bytes(32)}\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`, K);
pos("age-secret", "age secret key file", `# created: 2024-05-01T10:00:00Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET" + "-KEY-1" + r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`, K);
pos("putty-ppk", "PuTTY private key file", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20240501\nPublic-Lines: 6\n${wrap(r.b64bytes(279), 64)}\nPrivate-Lines: 14\n${wrap(r.b64bytes(660), 64)}\nPrivate-MAC: ${r.hex(64)}\n`, K);
pos("pem-rsa-env-oneline", "RSA private key in env var with spaces for newlines", `PRIVATE_KEY="${pemPrivate(r, "RSA").replace(/\n/g, " ")}"`, K);
pos("pem-pkcs8-js", "PKCS#8 key in a JS template literal (GitHub App)", `const app = new App({\n  appId: ${r.digits(6)},\n  privateKey: \`${pemPrivate(r, "RSA")}\`,\n});`, K);
void BASE32;
void LOWER;
void DIGITS;
