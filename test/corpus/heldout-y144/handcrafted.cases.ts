// heldout-y144, handcrafted positives: private keys of every common format, service-account JSON,
// wallet keys, credential files and a few carriers the rotated files do not use. Every secret is
// built at run time from the seeded generator; armour lines and prefixes are split or generic.
import type { CorpusCase } from "../types.ts";
import { b64, catOf, Gen, J, J2, pad, type Cat } from "./_gen.ts";

const g = new Gen(144003);
const SK = "s" + "k";
const BEGIN = "-----BEGIN ";
const END = "-----END ";

// ---- helpers -------------------------------------------------------------------------------------

const chat = (text: string) =>
  J({ model: g.pick(["gpt-4o", "gpt-4.1", "o4-mini"]), messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: text }], stream: true });
const claude = (text: string) =>
  J2({ model: g.pick(["claude-sonnet-4-5", "claude-opus-4-1"]), max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text }] }] });
const mcp = (text: string) => J({ jsonrpc: "2.0", id: g.range(2, 80), result: { content: [{ type: "text", text }], isError: false } });
const toolResult = (command: string, out: string) => {
  const id = `toolu_01${g.a(22)}`;
  return J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: out }] }] });
};
const writeFile = (path: string, content: string) => {
  const id = `toolu_01${g.a(22)}`;
  return J({ model: "claude-sonnet-4-5", max_tokens: 8192, messages: [{ role: "user", content: `Set up ${path} for me.` }, { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path, content } }] }] });
};
const toolCall = (name: string, args: Record<string, unknown>) => {
  const id = `call_${g.a(24)}`;
  return J({ model: "gpt-4.1", messages: [{ role: "user", content: "Go ahead." }, { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: J(args) } }] }] });
};

const wrap = (s: string, n: number) => (s.match(new RegExp(`.{1,${n}}`, "g")) ?? []).join("\n");
const armour = (label: string, body: string) => `${BEGIN}${label}-----\n${body}\n${END}${label}-----`;
/** random DER-ish body of n bytes whose base64 starts with a real ASN.1 header */
const derB64 = (lead: string, n: number) => lead + b64(g.bytes(n)).slice(lead.length);

function sshStr(d: Uint8Array | string): Buffer {
  const buf = Buffer.from(d);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
/** an unencrypted OpenSSH ed25519 private key, laid out as ssh-keygen writes it */
function opensshEd25519(comment: string): { priv: string; pub: string } {
  const pub = g.bytes(32);
  const seed = g.bytes(32);
  const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
  const check = g.bytes(4);
  let priv = Buffer.concat([Buffer.from(check), Buffer.from(check), sshStr("ssh-ed25519"), sshStr(pub), sshStr(Buffer.concat([Buffer.from(seed), Buffer.from(pub)])), sshStr(comment)]);
  for (let i = 1; priv.length % 8 !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  const n1 = Buffer.alloc(4);
  n1.writeUInt32BE(1);
  const blob = Buffer.concat([Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), n1, sshStr(pubBlob), sshStr(priv)]);
  return { priv: armour("OPENSSH PRIVATE KEY", wrap(b64(blob), 70)), pub: `ssh-ed25519 ${b64(pubBlob)} ${comment}` };
}
function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const b of data) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
function pgpPrivate(): string {
  const body = Buffer.concat([Buffer.from([0x95, 0x07, 0x46, 0x04]), Buffer.from(g.bytes(1600))]);
  const c = crc24(body);
  const sum = b64(Buffer.from([(c >> 16) & 255, (c >> 8) & 255, c & 255]));
  return `${BEGIN}PGP PRIVATE KEY BLOCK-----\n\n${wrap(b64(body), 64)}\n=${sum}\n${END}PGP PRIVATE KEY BLOCK-----`;
}
const rsaPkcs1 = () => armour("RSA PRIVATE KEY", wrap(derB64("MIIEpAIBAAKCAQEA", 1192), 64));
const pkcs8Rsa = () => armour("PRIVATE KEY", wrap(derB64("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1217), 64));
const pkcs8Ec = () => armour("PRIVATE KEY", wrap(derB64("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 138), 64));
const sec1Ec = () => armour("EC PRIVATE KEY", wrap(derB64("MHcCAQEEI", 121), 64));
const ghp = () => g.t("gh", "p_", g.a(36));
const npmTok = () => g.t("np", "m_", g.a(36));
const dckr = () => g.t("dc", "kr_pat_", g.c64u(27));
const awsId = () => g.t("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
const awsSecret = () => g.c64(40);
const bech = (n: number) => g.str(n, "qpzry9x8gf2tvdw0s3jn54khce6mua7l");
function serviceAccount(project: string, name: string) {
  return {
    type: "service_account",
    project_id: project,
    private_key_id: g.h(40),
    private_key: pkcs8Rsa() + "\n",
    client_email: `${name}@${project}.iam.gserviceaccount.com`,
    client_id: g.d(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${name}%40${project}.iam.gserviceaccount.com`,
    universe_domain: "googleapis.com",
  };
}

// ---- cases ---------------------------------------------------------------------------------------

type K = { cat: Cat; note: string; text: () => string };
const ks: K[] = [
  {
    cat: "keys",
    note: "RSA private key (PKCS#1 PEM) pasted into a chat-completion body; deploy key for a CI runner",
    text: () => chat(`Ansible can't log into the build box with this deploy key, it says "invalid format". Here's the key file as it is on disk:\n\n${rsaPkcs1()}\n\nand the inventory line is \`ci-runner-03 ansible_host=${g.ip()} ansible_user=deploy\`.`),
  },
  {
    cat: "keys",
    note: "EC private key (SEC1 PEM) written by a tool_use write_file to certs/server.key",
    text: () => writeFile("certs/server.key", sec1Ec() + "\n"),
  },
  {
    cat: "keys",
    note: "PKCS#8 RSA private key inline in a .env (JWT_PRIVATE_KEY with literal \\n) returned by an MCP read_file",
    text: () => mcp(`NODE_ENV=production\nJWT_ISSUER=https://auth.${g.domain()}\nJWT_PRIVATE_KEY="${pkcs8Rsa().replace(/\n/g, "\\n")}"\nJWT_TTL=900\n`),
  },
  {
    cat: "keys",
    note: "OpenSSH ed25519 private key from `cat ~/.ssh/id_ed25519` in an Anthropic tool_result",
    text: () => toolResult("cat ~/.ssh/id_ed25519", opensshEd25519(`${g.name()}@laptop`).priv + "\n"),
  },
  {
    cat: "keys",
    note: "PGP private key block in a release-signing shell step (gpg --import heredoc)",
    text: () => `#!/usr/bin/env bash\n# release signing for ${g.project()} — ${g.pick(["temporal, hasta que tengamos el vault", "nur bis der Vault läuft", "until the vault is wired up"])}\nset -euo pipefail\ngpg --batch --import <<'EOF'\n${pgpPrivate()}\nEOF\ngpg --list-secret-keys --keyid-format=long\n./gradlew publishToMavenCentral -Psigning.gnupg.keyName=${g.H(16)}\n`,
  },
  {
    cat: "keys",
    note: "age identity file (keys.txt) shared in a chat hand-over (French prose)",
    text: () => `Salut, pour déchiffrer les secrets SOPS du repo infra il te faut cette clé, mets-la dans ~/.config/sops/age/keys.txt :\n\n\`\`\`\n# created: ${g.iso().slice(0, 19)}+02:00\n# public key: age1${bech(58)}\n${g.t("AGE-SECRET", "-KEY-1", bech(58).toUpperCase())}\n\`\`\`\n\nEnsuite \`sops -d secrets/prod.enc.yaml\` devrait marcher.`,
  },
  {
    cat: "keys",
    note: "WireGuard wg0.conf (Interface PrivateKey + Peer PresharedKey) pasted in a chat body",
    text: () => chat(`The tunnel comes up but no traffic passes. Config:\n\n[Interface]\nPrivateKey = ${g.b64(32)}\nAddress = 10.66.0.${g.range(2, 200)}/32\nDNS = 1.1.1.1\nListenPort = 51820\n\n[Peer]\nPublicKey = ${g.b64(32)}\nPresharedKey = ${g.b64(32)}\nAllowedIPs = 10.66.0.0/24, 172.20.0.0/16\nEndpoint = vpn.${g.domain()}:51820\nPersistentKeepalive = 25\n`),
  },
  {
    cat: "keys",
    note: "PuTTY PPK v3 (ed25519, unencrypted) returned by an MCP read_file",
    text: () => {
      const pub = g.bytes(32);
      const pubBlob = Buffer.concat([sshStr("ssh-ed25519"), sshStr(pub)]);
      const priv = sshStr(g.bytes(32));
      return mcp(`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-${g.iso().slice(0, 10).replace(/-/g, "")}\nPublic-Lines: 2\n${wrap(b64(pubBlob), 64)}\nPrivate-Lines: 1\n${b64(priv)}\nPrivate-MAC: ${g.h(64)}\n`);
    },
  },
  {
    cat: "keys",
    note: "EC P-256 JWK with private member d in a signing-keys JSON written through tool_calls (double-escaped)",
    text: () =>
      toolCall("write_file", {
        path: "config/signing-keys.json",
        content: J2({ keys: [{ kty: "EC", crv: "P-256", kid: g.c64u(16), use: "sig", alg: "ES256", x: g.b64u(32), y: g.b64u(32), d: g.b64u(32) }] }),
      }),
  },
  {
    cat: "cloud",
    note: "GCP service-account JSON key pasted into an Anthropic messages body",
    text: () => claude(`Terraform says "invalid_grant" with this service account. Did I download the wrong key?\n\n\`\`\`json\n${J2(serviceAccount(`${g.project()}-${g.d(6)}`, "terraform-ci"))}\n\`\`\``),
  },
  {
    cat: "keys",
    note: "Ethereum private key in hardhat.config.js accounts array, shown as a unified diff",
    text: () => `diff --git a/hardhat.config.js b/hardhat.config.js\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/hardhat.config.js\n+++ b/hardhat.config.js\n@@ -12,7 +12,10 @@ module.exports = {\n   networks: {\n     hardhat: {},\n+    sepolia: {\n+      url: "https://sepolia.${g.domain()}/rpc",\n+      accounts: ["0x${g.h(64)}"],\n+    },\n   },\n   etherscan: { apiKey: process.env.ETHERSCAN_API_KEY },\n };\n`,
  },
  {
    cat: "keys",
    note: "BIP39 recovery phrase (12 words, valid checksum) in a wallet .env returned by MCP read_file",
    text: () => mcp(`# foundry deploy env\nRPC_URL=https://base-sepolia.${g.domain()}\nMNEMONIC="${g.mnemonic(12)}"\nDEPLOYER_INDEX=0\nCHAIN_ID=84532\n`),
  },
  {
    cat: "keys",
    note: "BIP39 recovery phrase (24 words) in a chat hand-over (Portuguese prose)",
    text: () => `Oi! Pra rodar o bot de arbitragem na VPS nova, usa essa seed da carteira quente (não a principal):\n\n${g.mnemonic(24)}\n\nO endereço que deve aparecer é 0x${g.h(40)}.`,
  },
  {
    cat: "keys",
    note: "Solana keypair id.json (64-byte array) from `cat ~/.config/solana/id.json` in a tool_result",
    text: () => toolResult("cat ~/.config/solana/id.json", `[${Array.from(g.bytes(64)).join(",")}]`),
  },
  {
    cat: "devtools",
    note: ".npmrc with npm and GitHub Packages auth tokens pasted into a chat body",
    text: () => chat(`npm publish fails with 403 on the scoped package, here's my .npmrc:\n\n\`\`\`ini\n@${g.domain().split(".")[0]}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${ghp()}\n//registry.npmjs.org/:_authToken=${npmTok()}\nalways-auth=true\n\`\`\``),
  },
  {
    cat: "devtools",
    note: "Docker ~/.docker/config.json with base64 auths (Docker Hub PAT, GHCR PAT) in an MCP result",
    text: () => {
      const u = g.name();
      return mcp(J2({ auths: { "https://index.docker.io/v1/": { auth: b64(`${u}:${dckr()}`) }, "ghcr.io": { auth: b64(`${u}:${ghp()}`) } }, currentContext: "desktop-linux" }));
    },
  },
  {
    cat: "cloud",
    note: ".netrc with Heroku API key and GitHub PAT from `cat ~/.netrc` in a tool_result",
    text: () => {
      const e = g.email();
      return toolResult("cat ~/.netrc", `machine api.heroku.com\n  login ${e}\n  password ${g.t("HR", "KU-", "AA", g.c64u(58))}\nmachine git.heroku.com\n  login ${e}\n  password ${g.t("HR", "KU-", "AA", g.c64u(58))}\nmachine github.com\n  login ${g.name()}\n  password ${ghp()}\n`);
    },
  },
  {
    cat: "data",
    note: ".pgpass lines with passwords in a chat hand-over (Russian prose)",
    text: () => `Передаю доступы к базам для миграции, положи в ~/.pgpass (chmod 600):\n\n\`\`\`\n${g.project()}-primary.${g.l(8)}.${g.region()}.rds.amazonaws.com:5432:app:app_owner:${g.pw(24)}\nreplica.internal:5432:*:readonly:${g.pw(18)}\nlocalhost:5432:postgres:postgres:${g.pw(14)}\n\`\`\``,
  },
  {
    cat: "devtools",
    note: ".git-credentials (GitHub PAT, GitLab PAT in URLs) written by a tool_use",
    text: () => writeFile("/home/runner/.git-credentials", `https://${g.name()}:${ghp()}@github.com\nhttps://oauth2:${g.t("gl", "pat-", g.c64u(20))}@gitlab.${g.domain()}\n`),
  },
  {
    cat: "cloud",
    note: "AWS shared credentials file with two profiles pasted into a chat body",
    text: () => chat(`aws s3 ls works with default but not with --profile prod, why?\n\n~/.aws/credentials:\n[default]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${awsSecret()}\n\n[prod]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${awsSecret()}\nregion = ${g.region()}\n`),
  },
  {
    cat: "cloud",
    note: "kubeconfig with client-key-data (base64 EC key) and a bearer token from `kubectl config view --raw` in an MCP result",
    text: () => {
      const cl = `${g.project()}-prod`;
      const saToken = g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "deployer-token", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256", g.c64u(43));
      return mcp(`apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(armour("CERTIFICATE", wrap(derB64("MIIDBTCCAe2gAwIBAgII", 770), 64)) + "\n")}\n    server: https://${g.h(32).toUpperCase()}.gr7.${g.region()}.eks.amazonaws.com\n  name: ${cl}\ncontexts:\n- context:\n    cluster: ${cl}\n    user: admin\n  name: ${cl}\ncurrent-context: ${cl}\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(armour("CERTIFICATE", wrap(derB64("MIIBkTCCATegAwIBAgII", 405), 64)) + "\n")}\n    client-key-data: ${b64(sec1Ec() + "\n")}\n- name: deployer\n  user:\n    token: ${saToken}\n`);
    },
  },
  {
    cat: "devtools",
    note: ".pypirc with a PyPI API token accidentally added in a unified diff",
    text: () => `diff --git a/.pypirc b/.pypirc\nnew file mode 100644\nindex 0000000..${g.h(7)}\n--- /dev/null\n+++ b/.pypirc\n@@ -0,0 +1,7 @@\n+[distutils]\n+index-servers = pypi\n+\n+[pypi]\n+username = __token__\n+password = ${g.t("py", "pi-", "AgEIcHlwaS5vcmc", g.c64u(150))}\n+\n`,
  },
  {
    cat: "devtools",
    note: "Maven settings.xml with server passwords (Sonatype, GitHub Packages) in an Anthropic body",
    text: () => claude(`mvn deploy returns 401 from GitHub Packages, settings.xml below:\n\n\`\`\`xml\n<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>${g.a(8)}</username>\n      <password>${g.c64u(44)}</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>${g.name()}</username>\n      <password>${ghp()}</password>\n    </server>\n  </servers>\n</settings>\n\`\`\``),
  },
  {
    cat: "devtools",
    note: "Composer auth.json (github-oauth token, private Packagist http-basic) written via tool_calls",
    text: () => toolCall("write_file", { path: "auth.json", content: J2({ "github-oauth": { "github.com": ghp() }, "http-basic": { "repo.packagist.com": { username: "token", password: g.h(60) } } }) }),
  },
  {
    cat: "cloud",
    note: "rclone.conf with Backblaze B2 and S3 keys pasted in a chat body (German prose)",
    text: () => chat(`Der nächtliche Sync bricht mit "401 unauthorized" ab. Hier ist meine rclone.conf:\n\n[b2-backup]\ntype = b2\naccount = ${g.t("00", g.d(1), g.h(22))}\nkey = ${g.t("K00", g.d(1), g.c64(27))}\nhard_delete = true\n\n[s3-archive]\ntype = s3\nprovider = AWS\naccess_key_id = ${awsId()}\nsecret_access_key = ${awsSecret()}\nregion = eu-central-1\n`),
  },
  {
    cat: "devtools",
    note: "git remote -v with a GitHub App installation token in the URL, inside a CI log",
    text: () => {
      const t = g.t("gh", "s_", g.a(36));
      const ts = g.iso().slice(0, 19);
      return [`##[group]Run git remote -v`, `origin\thttps://x-access-token:${t}@github.com/${g.domain().split(".")[0]}/${g.project()}.git (fetch)`, `origin\thttps://x-access-token:${t}@github.com/${g.domain().split(".")[0]}/${g.project()}.git (push)`, `##[endgroup]`].map((l, i) => `${ts}.${String(2000000 + i * 311).slice(1)}Z ${l}`).join("\n") + "\n";
    },
  },
  {
    cat: "payment",
    note: "Postman collection v2.1 export with a bearer-auth Stripe live key, sent in a chat body",
    text: () =>
      chat(
        `Convert this Postman collection to a pytest file please:\n\n${J2({
          info: { _postman_id: g.uuid(), name: "Billing API", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
          auth: { type: "bearer", bearer: [{ key: "token", value: g.t(SK, "_live_", "51", g.a(97)), type: "string" }] },
          item: [{ name: "List charges", request: { method: "GET", url: { raw: "https://api.stripe.com/v1/charges?limit=3", protocol: "https", host: ["api", "stripe", "com"], path: ["v1", "charges"], query: [{ key: "limit", value: "3" }] } } }],
        })}`,
      ),
  },
  {
    cat: "comms",
    note: "forwarded .eml with SendGrid SMTP credentials (user apikey, password SG. key) pasted in a chat body",
    text: () =>
      chat(
        `Can you turn the settings in this mail into a Django EMAIL_* config?\n\nFrom: ${g.email()}\nTo: ${g.email()}\nSubject: Fwd: SMTP relay for the newsletter service\nDate: ${new Date(g.epoch() * 1000).toUTCString()}\nMessage-ID: <${g.h(24)}@mail.${g.domain()}>\nContent-Type: text/plain; charset="UTF-8"\n\nHi, here are the relay settings:\n\n  host: smtp.sendgrid.net\n  port: 587\n  user: apikey\n  pass: ${g.t("S", "G.", g.c64u(22), ".", g.c64u(43))}\n\nThanks!\n`,
      ),
  },
  {
    cat: "cloud",
    note: "Terraform state excerpt (aws_iam_access_key secret, SES SMTP password) returned by an MCP tool",
    text: () =>
      mcp(
        J2({
          version: 4,
          terraform_version: "1.9.8",
          serial: g.range(10, 400),
          lineage: g.uuid(),
          resources: [{ mode: "managed", type: "aws_iam_access_key", name: "ci", provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { id: awsId(), user: "ci-deployer", status: "Active", secret: awsSecret(), ses_smtp_password_v4: g.c64(44), create_date: g.iso().slice(0, 19) + "Z" }, sensitive_attributes: [] }] }],
        }),
      ),
  },
  {
    cat: "keys",
    note: "App Store Connect API key (.p8 PKCS#8 EC) in a fastlane api_key.json written via tool_use",
    text: () => writeFile("fastlane/api_key.json", J2({ key_id: g.u(10), issuer_id: g.uuid(), key: pkcs8Ec() + "\n", duration: 1200, in_house: false })),
  },
  {
    cat: "payment",
    note: "Coinbase CDP API key JSON (name + EC private key) pasted in an Anthropic body",
    text: () => claude(`Getting "Unauthorized" from the Advanced Trade API with this key file, what's wrong with my JWT code?\n\n\`\`\`json\n${J2({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: sec1Ec() + "\n" })}\n\`\`\``),
  },
  {
    cat: "cloud",
    note: "base64-encoded service-account JSON in GOOGLE_CREDENTIALS_B64 from `vercel env pull` output",
    text: () => toolResult("vercel env pull .env.local && cat .env.local", `# Created by Vercel CLI\nVERCEL_ENV="development"\nNEXT_PUBLIC_APP_URL="https://${g.project()}.vercel.app"\nGOOGLE_CREDENTIALS_B64="${b64(J(serviceAccount(`${g.project()}-${g.d(6)}`, "firestore-writer")))}"\n`),
  },
  {
    cat: "data",
    note: "Slack chat.postMessage body whose message text carries a Redis URL with password",
    text: () => J({ channel: `C${g.u(10)}`, text: `:rotating_light: cache is full again. I bumped maxmemory on \`rediss://default:${g.a(32)}@${g.l(8)}-${g.range(10000, 99999)}.upstash.io:6379\`, please check the eviction policy`, unfurl_links: false }),
  },
  {
    cat: "saas",
    note: "crontab -l output with a Linear API key in a curl header, in an OpenAI tool message",
    text: () =>
      J({
        model: "gpt-4.1",
        messages: [
          { role: "assistant", content: null, tool_calls: [{ id: "call_cron", type: "function", function: { name: "shell", arguments: J({ cmd: "crontab -l" }) } }] },
          { role: "tool", tool_call_id: "call_cron", content: `# m h dom mon dow command\n*/15 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n0 9 * * 1 curl -s -X POST https://api.linear.app/graphql -H 'Authorization: ${g.t("lin", "_api_", g.a(40))}' -H 'Content-Type: application/json' -d @/opt/reports/weekly.json\n` },
        ],
      }),
  },
  {
    cat: "observability",
    note: "GitHub issue comment (REST body) with a pasted agent log containing a Datadog API key",
    text: () => J({ body: `Agent still fails to ship logs after the upgrade. Startup log:\n\n\`\`\`\n${g.iso()} | CORE | INFO | (pkg/config/setup.go:412) | Config: site=datadoghq.eu\n${g.iso()} | CORE | DEBUG | api_key=${g.h(32)} dd_url=https://app.datadoghq.eu\n${g.iso()} | CORE | ERROR | (pkg/forwarder/worker.go:179) | Error while processing transaction: 403 Forbidden\n\`\`\`` }),
  },
];

export const cases: CorpusCase[] = ks.map((k, i) => ({
  id: `y144-k-${pad(i + 1)}`,
  kind: "secrets" as const,
  category: catOf(k.cat),
  label: "positive" as const,
  text: k.text(),
  note: k.note,
}));
