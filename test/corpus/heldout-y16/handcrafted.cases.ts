// heldout-y16: handcrafted positives for private key material and credentials that need their
// own file shape (netrc, pgpass, git remotes, basic auth, IdP exports).
import type { CorpusCase } from "../types.ts";
import { B64, DG, HX, LOD, URLS, b64, j, pem, rng, s, uuid } from "./_gen.ts";

const r = rng(0x16e7);
const js = (x: unknown) => JSON.stringify(x, null, 2);

const rsa = pem(r, "RSA PRIVATE KEY", 1560);
const ossh = pem(r, "OPENSSH PRIVATE KEY", 330);
const ec = pem(r, "EC PRIVATE KEY", 150);
const p8 = pem(r, "PRIVATE KEY", 1580);
const p8b = pem(r, "PRIVATE KEY", 1580);
const rsa2 = pem(r, "RSA PRIVATE KEY", 1560);
const ec2 = pem(r, "EC PRIVATE KEY", 150);
const pgp = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", ...Array.from({ length: 14 }, () => s(r, 64, B64)), `=${s(r, 4, B64)}`, "-----END PGP PRIVATE KEY BLOCK-----"].join("\n");
const age = j("AGE-SECRET-", "KEY-1", s(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
const wg = j(s(r, 43, B64), "=");
const eth = j("0x", s(r, 64, HX));

type K = { g: string; note: string; text: string };
const items: K[] = [
  // keys
  { g: "keys", note: "RSA private key (PKCS#1) pasted into an Anthropic chat body, JSON-escaped", text: js({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `ssh keeps saying "invalid format" for this deploy key, can you see what's wrong?\n\n${rsa}\n` }] }) },
  { g: "keys", note: "OpenSSH private key written by a write_file tool call to ~/.ssh/id_ed25519", text: js({ type: "tool_use", id: "toolu_01" + s(r, 22), name: "write_file", input: { path: "/home/runner/.ssh/id_ed25519", content: `${ossh}\n`, mode: "0600" } }) },
  { g: "keys", note: "EC private key in a Kubernetes TLS Secret (stringData tls.key)", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\n  namespace: edge\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIU${s(r, 40, B64)}\n    -----END CERTIFICATE-----\n  tls.key: |\n${ec.split("\n").map((l) => `    ${l}`).join("\n")}\n` },
  { g: "keys", note: "GCP service-account JSON (private_key PKCS#8) echoed back in an MCP read_file result", text: js({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: js({ type: "service_account", project_id: "acme-analytics-prod", private_key_id: s(r, 40, HX), private_key: `${p8}\n`, client_email: "bq-loader@acme-analytics-prod.iam.gserviceaccount.com", client_id: s(r, 21, DG), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }) }] } }) },
  { g: "keys", note: "PGP private key block printed in a CI log (gpg --export-secret-keys --armor)", text: `2026-11-28T14:01:10.552Z + gpg --batch --armor --export-secret-keys release@acme.io\n${pgp.split("\n").map((l) => `2026-11-28T14:01:10.553Z ${l}`).join("\n")}\n2026-11-28T14:01:10.600Z + ./gradlew publish` },
  { g: "keys", note: "age secret key shown by a shell tool call (cat ~/.config/sops/age/keys.txt)", text: js({ tool_call_id: "call_" + s(r, 24), role: "tool", name: "bash", content: `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-09-14T10:22:31Z\n# public key: age1${s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${age}\n` }) },
  { g: "keys", note: "RSA private key in Terraform state (tls_private_key.private_key_pem)", text: js({ version: 4, terraform_version: "1.9.8", serial: 42, lineage: uuid(r), resources: [{ mode: "managed", type: "tls_private_key", name: "deploy", provider: 'provider["registry.terraform.io/hashicorp/tls"]', instances: [{ schema_version: 1, attributes: { algorithm: "RSA", rsa_bits: 2048, private_key_pem: `${rsa2}\n`, public_key_fingerprint_md5: Array.from({ length: 16 }, () => s(r, 2, HX)).join(":") } }] }] }) },
  { g: "keys", note: "PKCS#8 private key embedded in Python code (JWT signing for a GitHub App)", text: `import time\nimport jwt\n\nAPP_ID = 912345\nPRIVATE_KEY = """${p8b}\n"""\n\n\ndef app_jwt() -> str:\n    now = int(time.time())\n    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": APP_ID}, PRIVATE_KEY, algorithm="RS256")\n` },
  { g: "keys", note: "WireGuard PrivateKey in wg0.conf written by a tool call", text: `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${wg}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${s(r, 43, B64)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25\n` },
  { g: "keys", note: "Ethereum deployer private key in hardhat.config.ts", text: `import { HardhatUserConfig } from "hardhat/config";\nimport "@nomicfoundation/hardhat-toolbox";\n\nconst DEPLOYER_PRIVATE_KEY = process.env.DEPLOYER_PRIVATE_KEY ?? "${eth}";\n\nconst config: HardhatUserConfig = {\n  solidity: "0.8.24",\n  networks: {\n    base: { url: "https://mainnet.base.org", accounts: [DEPLOYER_PRIVATE_KEY] },\n  },\n};\nexport default config;\n` },
  { g: "keys", note: "EC private key added in a diff to a deploy script (Apple .p8 style)", text: `diff --git a/fastlane/AuthKey.p8 b/fastlane/AuthKey.p8\nnew file mode 100644\nindex 0000000..${s(r, 7, HX)}\n--- /dev/null\n+++ b/fastlane/AuthKey.p8\n@@ -0,0 +1,${ec2.split("\n").length} @@\n${ec2.split("\n").map((l) => `+${l}`).join("\n")}\n` },
  { g: "keys", note: "JWK private key (RSA, with d/p/q) in a JSON config", text: js({ keys: [{ kty: "RSA", kid: s(r, 16, LOD), use: "sig", alg: "RS256", n: s(r, 342, URLS), e: "AQAB", d: s(r, 342, URLS), p: s(r, 171, URLS), q: s(r, 171, URLS), dp: s(r, 171, URLS), dq: s(r, 171, URLS), qi: s(r, 171, URLS) }] }) },
  // auth
  { g: "auth", note: ".netrc machine password pasted in a chat message", text: js({ model: "gpt-4.1", messages: [{ role: "user", content: `pip install from our private index fails with 401, this is my ~/.netrc:\n\nmachine pypi.acme.internal\n  login ci-bot\n  password ${s(r, 28, URLS)}\n\nmachine api.heroku.com\n  login ops@acme.io\n  password ${j("HRKU", "-AA", s(r, 58, URLS))}` }] }) },
  { g: "auth", note: ".pgpass entry echoed in an MCP tool result", text: js({ jsonrpc: "2.0", id: 22, result: { content: [{ type: "text", text: `# ~/.pgpass\nlocalhost:5432:*:postgres:postgres\ndb-prod.internal:5432:billing:billing_rw:${s(r, 26)}\n` }] } }) },
  { g: "auth", note: "basic auth in a git remote URL (git remote -v output in a shell tool result)", text: `$ git remote -v\norigin\thttps://deploy-bot:${s(r, 24)}@git.acme.internal/platform/infra.git (fetch)\norigin\thttps://deploy-bot:${s(r, 24)}@git.acme.internal/platform/infra.git (push)` },
  { g: "auth", note: "curl -u user:password against an internal registry", text: `curl -fsSL -u "release:${s(r, 20, `${URLS}!@`)}" \\\n  -X PUT "https://nexus.acme.internal/repository/raw-releases/cli/1.8.0/cli-linux-amd64" \\\n  --upload-file dist/cli-linux-amd64` },
  { g: "auth", note: "Authorization: Basic (user:password) in a HAR entry", text: js({ log: { entries: [{ startedDateTime: "2026-12-01T09:12:44.120Z", request: { method: "GET", url: "https://grafana.acme.internal/api/dashboards/uid/ops", headers: [{ name: "Accept", value: "application/json" }, { name: "Authorization", value: `Basic ${b64(`admin:${s(r, 18)}`)}` }] }, response: { status: 200 } }] } }) },
  { g: "auth", note: "Keycloak client secret in a realm export JSON", text: js({ realm: "acme", enabled: true, clients: [{ clientId: "backend-api", enabled: true, clientAuthenticatorType: "client-secret", secret: s(r, 32), redirectUris: ["https://app.acme.io/*"], serviceAccountsEnabled: true }] }) },
  { g: "auth", note: "LDAP bind password in Spring application.properties", text: `spring.ldap.urls=ldaps://ldap.acme.internal:636\nspring.ldap.base=dc=acme,dc=internal\nspring.ldap.username=cn=svc-portal,ou=services,dc=acme,dc=internal\nspring.ldap.password=${s(r, 20, `${URLS}#%`)}\n` },
  { g: "auth", note: "OAuth client_secret in a token request form body (curl -d)", text: `curl -s https://login.acme-idp.com/oauth2/token \\\n  -d grant_type=client_credentials \\\n  -d client_id=${s(r, 20, LOD)} \\\n  -d client_secret=${s(r, 40, URLS)} \\\n  -d audience=https://api.acme.io` },
  { g: "auth", note: "Django SECRET_KEY in settings.py", text: `from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\nSECRET_KEY = "django-insecure-${s(r, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")}"\n\nDEBUG = False\nALLOWED_HOSTS = ["app.acme.io"]\n` },
  { g: "auth", note: "Rails master.key content written by a tool call", text: js({ type: "tool_use", id: "toolu_01" + s(r, 22), name: "write_file", input: { path: "config/master.key", content: s(r, 32, HX) } }) },
  { g: "auth", note: "NextAuth secret in a Vercel env pull .env.local", text: `# Created by Vercel CLI\nNEXTAUTH_URL="https://app.acme.io"\nNEXTAUTH_SECRET="${s(r, 44, B64)}"\nGITHUB_ID="Iv1.${s(r, 16, HX)}"\nGITHUB_SECRET="${s(r, 40, HX)}"\n` },
];

export const cases: CorpusCase[] = items.map((k, i) => ({
  id: `y16-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty16-sec-${k.g}`,
  label: "positive",
  text: k.text,
  note: k.note,
}));
