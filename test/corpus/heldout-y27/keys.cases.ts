// heldout-y27 handcrafted positives: private key material and credential files that do not fit
// one env-var slot (PEM blocks, SA JSON, .netrc, .pgpass, docker config, kubeconfig, .npmrc).
import type { CorpusCase } from "../types.ts";
import { B64, BECH, Gen, HEX, LOWNUM, URLSAFE } from "./_gen.ts";

const x = new Gen(0x27c0_0003);
const BEGIN = "-----BEGIN ";
const rsa = () => x.pem(["RSA ", "PRIVATE KEY"].join(""), 1190);
const ec = () => x.pem(["EC ", "PRIVATE KEY"].join(""), 121);
const pkcs8 = () => x.pem(["PRIVATE", " KEY"].join(""), 1217);
const openssh = () => x.pem(["OPENSSH ", "PRIVATE KEY"].join(""), 399).replace(/-----\n/, "-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n");
void BEGIN;

type C = Omit<CorpusCase, "kind" | "label">;
const raw: C[] = [
  {
    id: "y27-k-001",
    category: "heldouty27-sec-keys",
    note: "RSA private key (PKCS#1 PEM) pasted into an OpenAI chat body, JSON-escaped",
    text: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `why does paramiko say "not a valid RSA private key file"? here's deploy_key:\n\n${rsa()}\n` }] }),
  },
  {
    id: "y27-k-002",
    category: "heldouty27-sec-keys",
    note: "OpenSSH private key written by an Anthropic tool_use write_file",
    text: JSON.stringify({ type: "tool_use", id: "toolu_01Kk", name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: `${openssh()}\n` } }),
  },
  {
    id: "y27-k-003",
    category: "heldouty27-sec-keys",
    note: "EC private key inline in a Go test fixture",
    text: `package jwtutil\n\nimport "testing"\n\nconst signingKeyPEM = \`${ec()}\`\n\nfunc TestSign(t *testing.T) {\n\tif _, err := Sign(signingKeyPEM, claims); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n`,
  },
  {
    id: "y27-k-004",
    category: "heldouty27-sec-cloud",
    note: "GCP service account JSON (private_key PKCS#8) returned by an MCP read_file result",
    text: JSON.stringify({
      jsonrpc: "2.0",
      id: 3,
      result: {
        content: [
          {
            type: "text",
            text: JSON.stringify(
              {
                type: "service_account",
                project_id: "acme-analytics-prod",
                private_key_id: x.hex(40),
                private_key: `${pkcs8()}\n`,
                client_email: "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",
                client_id: x.s(21, "0123456789"),
                auth_uri: "https://accounts.google.com/o/oauth2/auth",
                token_uri: "https://oauth2.googleapis.com/token",
              },
              null,
              2,
            ),
          },
        ],
      },
    }),
  },
  {
    id: "y27-k-005",
    category: "heldouty27-sec-keys",
    note: "PGP private key block in a CI log (gpg --export-secret-keys --armor echoed)",
    text: `2026-11-04T08:01:12.5512Z + gpg --batch --armor --export-secret-keys release@acme.io\n${x.pem(["PGP PRIVATE ", "KEY BLOCK"].join(""), 1400).replace(/-----\n/, "-----\n\n").split("\n").map((l) => `2026-11-04T08:01:12.5520Z ${l}`).join("\n")}\n2026-11-04T08:01:13.0011Z + ./gradlew publish`,
  },
  {
    id: "y27-k-006",
    category: "heldouty27-sec-keys",
    note: "age secret key in a SOPS keys.txt shown in Markdown",
    text: `### Decrypting secrets locally\n\nPut this into \`~/.config/sops/age/keys.txt\`:\n\n\`\`\`\n# created: 2026-10-12T09:33:41Z\n# public key: age1${x.s(58, BECH.toLowerCase())}\n${["AGE-SECRET-", "KEY-1"].join("")}${x.s(58, BECH)}\n\`\`\`\n`,
  },
  {
    id: "y27-k-007",
    category: "heldouty27-sec-keys",
    note: "WireGuard interface PrivateKey in wg0.conf via shell heredoc tool call",
    text: JSON.stringify({ tool: "shell", command: `sudo tee /etc/wireguard/wg0.conf <<'EOF'\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${x.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${x.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\nEOF` }),
  },
  {
    id: "y27-k-008",
    category: "heldouty27-sec-keys",
    note: "kubeconfig client-key-data (base64 of RSA key) in a pasted kubeconfig",
    text: `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.12.4:6443\n    certificate-authority-data: ${x.b64(96)}\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${x.b64(90)}\n    client-key-data: ${Buffer.from(rsa()).toString("base64")}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`,
  },
  {
    id: "y27-k-009",
    category: "heldouty27-sec-keys",
    note: "PKCS#8 private key in a Python settings module (triple-quoted)",
    text: `# settings/prod.py\nAPPLE_TEAM_ID = "9K2L4M7P1Q"\nAPPLE_KEY_ID = "X8Y2Z4W6V1"\nAPPLE_PRIVATE_KEY = """${x.pem(["PRIVATE", " KEY"].join(""), 138)}"""\n`,
  },
  {
    id: "y27-k-010",
    category: "heldouty27-sec-keys",
    note: "Unencrypted PuTTY private key file (.ppk) contents read back by an agent",
    text: `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 6\n${x.b64(279).replace(/(.{64})/g, "$1\n").trimEnd()}\nPrivate-Lines: 14\n${x.b64(660).replace(/(.{64})/g, "$1\n").trimEnd()}\nPrivate-MAC: ${x.hex(64)}\n`,
  },
  {
    id: "y27-k-011",
    category: "heldouty27-sec-auth",
    note: ".netrc with machine password pasted in an Anthropic chat body",
    text: JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: `pip can't reach our private index. ~/.netrc:\n\nmachine pypi.internal.acme.io\n  login ci-reader\n  password ${x.s(28)}\n` }] }),
  },
  {
    id: "y27-k-012",
    category: "heldouty27-sec-data",
    note: ".pgpass line written by a shell tool call",
    text: `$ echo 'db-prod.internal.acme.io:5432:billing:billing_rw:${x.s(26)}' >> ~/.pgpass && chmod 600 ~/.pgpass\n$ psql -h db-prod.internal.acme.io -U billing_rw billing\n`,
  },
  {
    id: "y27-k-013",
    category: "heldouty27-sec-devtools",
    note: "docker config.json auth (base64 user:token) echoed in a CI log",
    text: `+ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"registry.gitlab.com": {\n\t\t\t"auth": "${Buffer.from(`deploy-bot:${["gl", "pat-"].join("")}${x.s(20, URLSAFE)}`).toString("base64")}"\n\t\t}\n\t}\n}\n+ docker push registry.gitlab.com/acme/api:1.9.0`,
  },
  {
    id: "y27-k-014",
    category: "heldouty27-sec-devtools",
    note: ".npmrc _authToken for npm registry in a diff",
    text: `diff --git a/.npmrc b/.npmrc\nnew file mode 100644\n--- /dev/null\n+++ b/.npmrc\n@@ -0,0 +1,2 @@\n+@acme:registry=https://registry.npmjs.org/\n+//registry.npmjs.org/:_authToken=${["np", "m_"].join("")}${x.s(36)}\n`,
  },
  {
    id: "y27-k-015",
    category: "heldouty27-sec-devtools",
    note: "git remote URL with embedded GitHub PAT in shell history",
    text: `cd ~/src/infra\ngit remote set-url origin https://x-access-token:${["gh", "p_"].join("")}${x.s(36)}@github.com/acme/infra.git\ngit push origin main\n`,
  },
  {
    id: "y27-k-016",
    category: "heldouty27-sec-auth",
    note: "HTTP basic auth in a curl -u command (internal admin API)",
    text: `curl -u admin:${x.s(22)} -X POST https://jenkins.acme.internal/job/deploy/buildWithParameters -d ENV=prod`,
  },
  {
    id: "y27-k-017",
    category: "heldouty27-sec-auth",
    note: "Authorization: Basic header (base64 user:password) in a HAR entry",
    text: JSON.stringify({ request: { method: "GET", url: "https://grafana.acme.internal/api/dashboards/uid/ops", headers: [{ name: "Accept", value: "application/json" }, { name: "Authorization", value: `Basic ${Buffer.from(`admin:${x.s(20)}`).toString("base64")}` }] }, response: { status: 200 } }, null, 2),
  },
  {
    id: "y27-k-018",
    category: "heldouty27-sec-data",
    note: "JDBC URL with password in Spring application.yml",
    text: `spring:\n  datasource:\n    url: jdbc:postgresql://pg-main.acme.internal:5432/orders\n    username: orders_app\n    password: ${x.s(18)}${x.pick(["!", "#", "%"])}${x.s(4, "0123456789")}\n  jpa:\n    hibernate:\n      ddl-auto: validate\n`,
  },
  {
    id: "y27-k-019",
    category: "heldouty27-sec-cloud",
    note: "AWS credentials file ([default] profile) pasted in a chat body",
    text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `aws cli says InvalidClientTokenId, my ~/.aws/credentials is\n\n[default]\naws_access_key_id = ${["AK", "IA"].join("")}${x.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${x.s(40, B64)}\nregion = us-west-2\n` }] }),
  },
  {
    id: "y27-k-020",
    category: "heldouty27-sec-data",
    note: "SQL Server connection string with Password= in C# appsettings.json",
    text: JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=${x.s(20)}${x.s(2, HEX)};Encrypt=True;` }, Logging: { LogLevel: { Default: "Information" } } }, null, 2),
  },
  {
    id: "y27-k-021",
    category: "heldouty27-sec-data",
    note: "MongoDB URI with password in a Node crash dump",
    text: `MongoServerSelectionError: connection timed out\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)\n    at listOnTimeout (node:internal/timers:581:17) {\n  reason: TopologyDescription { type: 'ReplicaSetNoPrimary' },\n  uri: 'mongodb://reporting:${x.s(24)}@mongo-0.acme.internal:27017,mongo-1.acme.internal:27017/reports?replicaSet=rs0'\n}`,
  },
  {
    id: "y27-k-022",
    category: "heldouty27-sec-keys",
    note: "Ed25519 JWK private key (d) in a JSON config",
    text: JSON.stringify({ keys: [{ kty: "OKP", crv: "Ed25519", kid: "sig-2026-10", use: "sig", x: x.b64url(32), d: x.b64url(32) }] }, null, 2),
  },
];
void LOWNUM;

export const cases: CorpusCase[] = raw.map((c) => ({ ...c, kind: "secrets" as const, label: "positive" as const }));
