// heldout-y142 handcrafted positives: private keys of every common format, service-account JSON,
// wallet keys, credential files, and a few carriers the rotated renderers do not use.
// All key material and tokens are assembled at run time from SeededRng (seed 142003).
import type { CorpusCase } from "../types.ts";
import { Gen, b64, hand, wrap } from "./_gen.ts";

const g = new Gen(142003);
const H = (hex: string) => Buffer.from(hex.replace(/\s+/g, ""), "hex");
const cat = (...b: Uint8Array[]) => Buffer.concat(b.map((x) => Buffer.from(x)));
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshStr = (b: Uint8Array | string) => {
  const x = typeof b === "string" ? Buffer.from(b) : Buffer.from(b);
  return cat(u32(x.length), x);
};
const pemOf = (label: string, der: Buffer, width = 64) => `-----BEGIN ${label}-----\n${wrap(der.toString("base64"), width)}\n-----END ${label}-----`;

// ---- key material builders (DER-shaped headers, random key bytes)
const rsaPkcs1 = () => pemOf("RSA PRIVATE KEY", cat(H("308204a40201000282010100"), g.bytes(1180)));
const rsaPkcs8 = () => pemOf("PRIVATE KEY", cat(H("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100"), g.bytes(1180)));
const ecSec1 = () => pemOf("EC PRIVATE KEY", cat(H("30770201010420"), g.bytes(32), H("a00a06082a8648ce3d030107a144034200 04"), g.bytes(64)));
const ecPkcs8 = () => pemOf("PRIVATE KEY", cat(H("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"), g.bytes(32), H("a14403420004"), g.bytes(64)));
function openssh(comment: string): string {
  const pub = g.bytes(32);
  const priv = g.bytes(32);
  const pubBlob = cat(sshStr("ssh-ed25519"), sshStr(pub));
  const check = g.bytes(4);
  let sec = cat(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(cat(priv, pub)), sshStr(comment));
  const padN = (8 - (sec.length % 8)) % 8;
  sec = cat(sec, Buffer.from(Array.from({ length: padN }, (_, i) => i + 1)));
  const body = cat(Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pubBlob), sshStr(sec));
  return pemOf("OPENSSH PRIVATE KEY", body, 70);
}
function pgpPrivate(): string {
  const body = cat(H("9505860466"), g.bytes(3), H("160908"), g.bytes(1100));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString("base64"), 64)}\n=${g.b64s(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
const BIP39 = (
  "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor " +
  "actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again agent agree ahead aim air airport aisle alarm " +
  "album alert alien alley allow almost alone alpha already alter always amateur amazing among amount anchor ancient anger angle animal ankle announce annual " +
  "antenna antique anxiety apart apology appear apple approve april arch arctic arena argue armor army arrange arrest arrive arrow artist artwork aspect " +
  "asset assist assume athlete atom attack attend auction audit august aunt author autumn average avocado avoid awake aware awesome awkward axis baby bachelor " +
  "bacon badge balance balcony bamboo banana banner barely bargain barrel basket battle beach bean beauty become beef before begin behave believe below bench " +
  "benefit betray better beyond bicycle biology birth bitter blade blame blanket blast bleak bless blossom blouse blur blush board boat bonus border boring"
).split(" ");

const list: CorpusCase[] = [];
let n = 0;
const id = () => `y142-k-${String(++n).padStart(3, "0")}`;

// 1. RSA PKCS#1 JWT signing key pasted into a chat-completion body
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "user", content: `jose keeps throwing "ERR_JOSE_NOT_SUPPORTED" when I sign with this key in middleware. keys/jwt-rs256.pem:\n\n\`\`\`\n${rsaPkcs1()}\n\`\`\`\n\nThe middleware runs on the edge runtime.` },
      ],
    }),
    "RSA PKCS#1 private key (JWT signing) pasted in an OpenAI chat body",
  ),
);

// 2. SEC1 EC key written by an agent tool_use
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      model: "claude-sonnet-4-20250514",
      max_tokens: 4096,
      messages: [
        { role: "user", content: "Generate the ES256 signing key for the session service and save it under certs/." },
        { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "apps/auth/certs/es256.key", content: `${ecSec1()}\n` } }] },
      ],
    }),
    "EC (SEC1) private key in an Anthropic tool_use write_file input",
  ),
);

// 3. Sign in with Apple .p8 (PKCS#8 EC) inline in .env.local read through MCP
{
  const p8 = ecPkcs8().replace(/\n/g, "\\n");
  list.push(
    hand(
      id(),
      "keys",
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: { content: [{ type: "text", text: `AUTH_APPLE_ID=com.${g.slug().replace("-", "")}.web\nAPPLE_TEAM_ID=${g.uan(10)}\nAPPLE_KEY_ID=${g.uan(10)}\nAPPLE_PRIVATE_KEY="${p8}"\n` }], isError: false },
      }),
      "Apple Sign in .p8 (PKCS#8 EC private key) in APPLE_PRIVATE_KEY, MCP file-read result",
    ),
  );
}

// 4. OpenSSH ed25519 deploy key in a double-escaped tool_calls heredoc
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      model: "gpt-4o",
      messages: [
        {
          role: "assistant",
          content: null,
          tool_calls: [
            {
              id: `call_${g.an(24)}`,
              type: "function",
              function: { name: "bash", arguments: JSON.stringify({ command: `mkdir -p ~/.ssh && cat > ~/.ssh/deploy_ed25519 <<'EOF'\n${openssh("deploy@vercel-build")}\nEOF\nchmod 600 ~/.ssh/deploy_ed25519 && git clone git@github.com:acme/cms-content.git` }) },
            },
          ],
        },
      ],
    }),
    "OpenSSH ed25519 private key in a heredoc inside double-escaped tool_calls arguments",
  ),
);

// 5. PGP private key block in a hand-over message
list.push(
  hand(
    id(),
    "keys",
    [
      "Übergabe: das ist der Signierschlüssel für die npm-Releases (provenance + git tags). Passphrase schicke ich separat.",
      "",
      pgpPrivate(),
    ].join("\n"),
    "PGP private key block in a German chat hand-over",
  ),
);

// 6. age secret key (SOPS keys.txt) pasted in an Anthropic chat
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      model: "claude-sonnet-4-20250514",
      max_tokens: 2048,
      messages: [
        {
          role: "user",
          content: `sops -d secrets.enc.yaml fails on the CI runner with "no identity matched". This is ~/.config/sops/age/keys.txt from my laptop:\n\n# created: 2024-09-12T10:22:31+02:00\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${["AGE", "-SECRET-KEY-1"].join("")}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}`,
        },
      ],
    }),
    "age secret key (SOPS keys.txt) in an Anthropic chat body",
  ),
);

// 7. WireGuard config read by an MCP tool
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      jsonrpc: "2.0",
      id: 7,
      result: {
        content: [
          {
            type: "text",
            text: `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${g.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nPresharedKey = ${g.b64bytes(32)}\nEndpoint = vpn.${g.domain()}:51820\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25\n`,
          },
        ],
      },
    }),
    "WireGuard PrivateKey and PresharedKey in wg0.conf, MCP tool result",
  ),
);

// 8. PuTTY .ppk v3 pasted in a Markdown question
{
  const pub = cat(sshStr("ssh-ed25519"), sshStr(g.bytes(32))).toString("base64");
  const priv = sshStr(g.bytes(32)).toString("base64");
  list.push(
    hand(
      id(),
      "keys",
      [
        "### Converting my PuTTY key for the Netlify build image",
        "",
        "Netlify's build wants an OpenSSH key for the private submodule. This is the .ppk I use from Windows:",
        "",
        "```",
        "PuTTY-User-Key-File-3: ssh-ed25519",
        "Encryption: none",
        "Comment: eddsa-key-20240611",
        "Public-Lines: 2",
        ...wrap(pub, 64).split("\n"),
        "Private-Lines: 1",
        priv,
        `Private-MAC: ${g.hex(64)}`,
        "```",
      ].join("\n"),
      "PuTTY v3 private key file (unencrypted) in a Markdown question",
    ),
  );
}

// 9. Private JWK (with d) stored via wrangler secret put
{
  const jwk = JSON.stringify({ kty: "EC", crv: "P-256", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43), kid: g.hex(16), alg: "ES256", use: "sig" });
  list.push(
    hand(
      id(),
      "keys",
      [`$ echo '${jwk}' | npx wrangler secret put JWT_PRIVATE_JWK`, " ⛅️ wrangler 3.80.4", "-------------------", `🌀 Creating the secret for the Worker "auth-edge"`, "✨ Success! Uploaded secret JWT_PRIVATE_JWK"].join("\n"),
      "EC private JWK (with d) in a wrangler secret put transcript",
    ),
  );
}

// 10. Firebase Admin service-account JSON returned by an MCP read_file
{
  const project = `${g.slug()}-${g.dig(5)}`;
  const sa = {
    type: "service_account",
    project_id: project,
    private_key_id: g.hex(40),
    private_key: `${rsaPkcs8()}\n`,
    client_email: `firebase-adminsdk-${g.lan(5)}@${project}.iam.gserviceaccount.com`,
    client_id: g.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-${g.lan(5)}%40${project}.iam.gserviceaccount.com`,
    universe_domain: "googleapis.com",
  };
  list.push(
    hand(
      id(),
      "cloud",
      JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }], isError: false } }),
      "Google/Firebase Admin service-account JSON (private_key) in an MCP read_file result",
    ),
  );
}

// 11. Firebase Admin credentials inline in a Next.js lib file
{
  const project = `${g.slug()}-prod`;
  list.push(
    hand(
      id(),
      "cloud",
      [
        `// lib/firebase-admin.ts`,
        `import { cert, getApps, initializeApp } from "firebase-admin/app";`,
        "",
        "export const admin =",
        "  getApps()[0] ??",
        "  initializeApp({",
        "    credential: cert({",
        `      projectId: "${project}",`,
        `      clientEmail: "firebase-adminsdk-${g.lan(5)}@${project}.iam.gserviceaccount.com",`,
        `      privateKey: "${rsaPkcs8().replace(/\n/g, "\\n")}\\n".replace(/\\\\n/g, "\\n"),`,
        "    }),",
        "  });",
      ].join("\n"),
      "Firebase Admin private key inline in cert() in a TypeScript lib file",
    ),
  );
}

// 12. GitHub App private key as an escaped env value in a Netlify env import
list.push(
  hand(
    id(),
    "keys",
    [
      "$ netlify env:import .env.github-app",
      "site: docs-portal",
      "",
      "| Key                     | Value |",
      "|-------------------------|-------|",
      `| GITHUB_APP_ID           | ${g.dig(6)} |`,
      `| GITHUB_APP_PRIVATE_KEY  | ${rsaPkcs1().replace(/\n/g, "\\n")} |`,
      `| GITHUB_APP_WEBHOOK_URL  | https://docs.${g.domain()}/api/github |`,
      "",
      "Successfully imported 3 variables.",
    ].join("\n"),
    "GitHub App RSA private key (escaped newlines) in netlify env:import output",
  ),
);

// 13. Ethereum deployer key in hardhat.config.ts
list.push(
  hand(
    id(),
    "keys",
    [
      `import { HardhatUserConfig } from "hardhat/config";`,
      `import "@nomicfoundation/hardhat-toolbox";`,
      "",
      "const config: HardhatUserConfig = {",
      `  solidity: "0.8.24",`,
      "  networks: {",
      "    base: {",
      `      url: "https://mainnet.base.org",`,
      `      accounts: ["0x${g.hex(64)}"],`,
      "    },",
      "  },",
      "};",
      "export default config;",
    ].join("\n"),
    "Ethereum wallet private key in hardhat.config.ts accounts",
  ),
);

// 14. Solana keypair (id.json) pasted in a chat
list.push(
  hand(
    id(),
    "keys",
    JSON.stringify({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Mi wallet de deploy para el programa de Anchor (~/.config/solana/id.json), ¿por qué falla solana program deploy?\n\n[${Array.from(g.bytes(64)).join(",")}]` }],
    }),
    "Solana keypair byte array (id.json) in a Spanish chat body",
  ),
);

// 15. BIP39 mnemonic in a .env diff
{
  const words = Array.from({ length: 12 }, () => g.pick(BIP39)).join(" ");
  list.push(
    hand(
      id(),
      "keys",
      [
        "diff --git a/contracts/.env b/contracts/.env",
        "new file mode 100644",
        `index 0000000..${g.hex(7)}`,
        "--- /dev/null",
        "+++ b/contracts/.env",
        "@@ -0,0 +1,3 @@",
        `+RPC_URL=https://mainnet.base.org`,
        `+MNEMONIC="${words}"`,
        `+BASESCAN_VERIFY=true`,
      ].join("\n"),
      "BIP39 wallet mnemonic in a unified diff adding contracts/.env",
    ),
  );
}

// 16. .npmrc with npm and GitHub Packages tokens
list.push(
  hand(
    id(),
    "devtools",
    JSON.stringify({
      model: "claude-sonnet-4-20250514",
      max_tokens: 2048,
      messages: [
        {
          role: "user",
          content: `pnpm install fails on Vercel with 401 for @acme/ui but works locally. My .npmrc:\n\n\`\`\`ini\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_"].join("")}${g.an(36)}\n//registry.npmjs.org/:_authToken=${["np", "m_"].join("")}${g.an(36)}\nauto-install-peers=true\n\`\`\``,
        },
      ],
    }),
    "npm and GitHub Packages tokens in .npmrc, pasted in an Anthropic chat body",
  ),
);

// 17. docker config.json with registry auth
list.push(
  hand(
    id(),
    "devtools",
    JSON.stringify({
      jsonrpc: "2.0",
      id: 9,
      result: {
        content: [
          {
            type: "text",
            text: JSON.stringify(
              { auths: { "ghcr.io": { auth: b64(`ci-bot:${["gh", "p_"].join("")}${g.an(36)}`) }, "https://index.docker.io/v1/": { auth: b64(`${g.slug()}:${["dckr", "_pat_"].join("")}${g.b64u(27)}`) } }, currentContext: "desktop-linux" },
              null,
              "\t",
            ),
          },
        ],
      },
    }),
    "docker config.json auths (base64 user:token for ghcr.io and Docker Hub), MCP tool result",
  ),
);

// 18. .netrc for Heroku
const netrcUser = `ops@${g.domain()}`;
list.push(
  hand(
    id(),
    "cloud",
    [
      "$ cat ~/.netrc",
      "machine api.heroku.com",
      `  login ${netrcUser}`,
      `  password ${["HR", "KU-"].join("")}AA${g.b64u(58)}`,
      "machine git.heroku.com",
      `  login ${netrcUser}`,
      `  password ${["HR", "KU-"].join("")}AA${g.b64u(58)}`,
    ].join("\n"),
    "Heroku API token as .netrc password (shell transcript)",
  ),
);

// 19. .pgpass for Supabase
{
  const ref = g.low(20);
  list.push(
    hand(
      id(),
      "data",
      [`cat >> ~/.pgpass <<'EOF'`, `db.${ref}.supabase.co:5432:postgres:postgres:${g.an(20)}`, `aws-0-eu-central-1.pooler.supabase.com:6543:postgres:postgres.${ref}:${g.an(20)}`, "EOF", "chmod 600 ~/.pgpass"].join("\n"),
      "Supabase Postgres passwords in .pgpass lines (heredoc)",
    ),
  );
}

// 20. .git-credentials returned to the model as a tool message
list.push(
  hand(
    id(),
    "devtools",
    JSON.stringify({
      model: "gpt-4o",
      messages: [
        { role: "tool", tool_call_id: `call_${g.an(24)}`, content: `https://${g.slug()}:${["gh", "p_"].join("")}${g.an(36)}@github.com\nhttps://oauth2:${["glp", "at-"].join("")}${g.b64u(20)}@gitlab.com\n` },
      ],
    }),
    "GitHub and GitLab tokens in .git-credentials, OpenAI tool message",
  ),
);

// 21. AWS shared credentials file (SST profile)
list.push(
  hand(
    id(),
    "cloud",
    [
      "sst deploy --stage production fails with ExpiredToken, here's my ~/.aws/credentials:",
      "",
      "```ini",
      "[default]",
      `aws_access_key_id = ${["AK", "IA"].join("")}${g.b32(16)}`,
      `aws_secret_access_key = ${g.b64s(40)}`,
      "",
      "[acme-production]",
      `aws_access_key_id = ${["AK", "IA"].join("")}${g.b32(16)}`,
      `aws_secret_access_key = ${g.b64s(40)}`,
      "region = eu-central-1",
      "```",
    ].join("\n"),
    "AWS credentials file with two access key pairs in a Markdown message",
  ),
);

// 22. kubeconfig with client key and token
{
  const keyPem = ecSec1();
  list.push(
    hand(
      id(),
      "cloud",
      [
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- cluster:",
        `    certificate-authority-data: ${b64(`-----BEGIN CERTIFICATE-----\n${wrap(g.b64bytes(600), 64)}\n-----END CERTIFICATE-----\n`)}`,
        `    server: https://${g.ip()}:6443`,
        "  name: preview-envs",
        "contexts:",
        "- context: {cluster: preview-envs, user: preview-admin}",
        "  name: preview-envs",
        "current-context: preview-envs",
        "users:",
        "- name: preview-admin",
        "  user:",
        `    client-certificate-data: ${b64(`-----BEGIN CERTIFICATE-----\n${wrap(g.b64bytes(420), 64)}\n-----END CERTIFICATE-----\n`)}`,
        `    client-key-data: ${b64(`${keyPem}\n`)}`,
        "- name: ci-deployer",
        "  user:",
        `    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "preview", "kubernetes.io/serviceaccount/secret.name": "ci-deployer-token", sub: "system:serviceaccount:preview:ci-deployer" }, "RS256", 342)}`,
      ].join("\n"),
      "kubeconfig with client-key-data (base64 EC key) and a service-account token",
    ),
  );
}

// 23. .pypirc
list.push(
  hand(
    id(),
    "devtools",
    ["[distutils]", "index-servers =", "    pypi", "", "[pypi]", "username = __token__", `password = ${["py", "pi-"].join("")}AgEIcHlwaS5vcmc${g.b64u(160)}`].join("\n"),
    "PyPI upload token in .pypirc",
  ),
);

// 24. gh CLI hosts.yml in a bug report
list.push(
  hand(
    id(),
    "devtools",
    [
      "**Bug:** `gh pr create` in the devcontainer says I'm not logged in, but hosts.yml looks fine?",
      "",
      "```yaml",
      "github.com:",
      "    users:",
      `        ${g.slug()}:`,
      `            oauth_token: ${["gh", "o_"].join("")}${g.an(36)}`,
      "    git_protocol: https",
      `    oauth_token: ${["gh", "o_"].join("")}${g.an(36)}`,
      `    user: ${g.slug()}`,
      "```",
    ].join("\n"),
    "GitHub CLI OAuth tokens in hosts.yml inside a Markdown bug report",
  ),
);

// 25. Vercel CLI auth.json
list.push(
  hand(
    id(),
    "devtools",
    JSON.stringify({
      model: "gpt-4.1",
      messages: [
        {
          role: "user",
          content: `Le CLI Vercel me redemande toujours de me connecter. Voici ~/Library/Application Support/com.vercel.cli/auth.json :\n\n${JSON.stringify({ "// Note": "This is your Vercel credentials file. DO NOT SHARE!", "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json", token: g.an(24) }, null, 2)}`,
        },
      ],
    }),
    "Vercel CLI token in auth.json pasted in a French chat body",
  ),
);

// 26. wrangler OAuth config
list.push(
  hand(
    id(),
    "cloud",
    [
      "$ cat ~/.wrangler/config/default.toml",
      `oauth_token = "${g.b64u(43)}.${g.b64u(43)}"`,
      `expiration_time = "2024-11-03T09:12:44.118Z"`,
      `refresh_token = "${g.b64u(43)}.${g.b64u(43)}"`,
      `scopes = [ "account:read", "user:read", "workers:write", "workers_kv:write", "workers_routes:write", "workers_scripts:write", "pages:write", "zone:read", "d1:write", "offline_access" ]`,
    ].join("\n"),
    "Cloudflare wrangler OAuth access and refresh tokens in default.toml (shell transcript)",
  ),
);

// 27. .yarnrc.yml diff
list.push(
  hand(
    id(),
    "devtools",
    [
      "--- a/.yarnrc.yml",
      "+++ b/.yarnrc.yml",
      "@@ -1,3 +1,6 @@",
      " nodeLinker: node-modules",
      " enableTelemetry: false",
      "+npmScopes:",
      "+  acme:",
      "+    npmRegistryServer: \"https://registry.npmjs.org\"",
      `+    npmAuthToken: "${["np", "m_"].join("")}${g.an(36)}"`,
    ].join("\n"),
    "npm token as npmAuthToken in a .yarnrc.yml diff",
  ),
);

// 28. firebase-tools configstore
list.push(
  hand(
    id(),
    "cloud",
    JSON.stringify(
      {
        user: { email: `dev@${g.domain()}`, email_verified: true },
        tokens: {
          expires_at: 1731000000000,
          refresh_token: `1//0${g.b64u(99)}`,
          scopes: ["email", "openid", "https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/firebase"],
          token_type: "Bearer",
          access_token: `${["ya", "29."].join("")}a0${g.b64u(160)}`,
        },
        usage: true,
      },
      null,
      2,
    ),
    "Google OAuth refresh and access tokens in firebase-tools configstore JSON",
  ),
);

// 29. VS Code REST Client .http file (carrier not used elsewhere)
list.push(
  hand(
    id(),
    "payment",
    [
      "### requests/stripe.http",
      `@stripeKey = ${["sk", "_live_"].join("")}51${g.an(97)}`,
      "@base = https://api.stripe.com/v1",
      "",
      "### List recent checkout sessions",
      "GET {{base}}/checkout/sessions?limit=5",
      "Authorization: Bearer {{stripeKey}}",
    ].join("\n"),
    "Stripe live secret key as a variable in a REST Client .http file",
  ),
);

// 30. Forwarded e-mail (RFC 822) with a database URL
const mailDom = g.domain();
list.push(
  hand(
    id(),
    "data",
    [
      `From: Lea Hoffmann <lea@${mailDom}>`,
      `To: dev-agent@${mailDom}`,
      "Subject: Fwd: Zugang Produktionsdatenbank",
      `Date: Tue, 08 Oct 2024 09:14:02 +0200`,
      `Message-ID: <${g.hex(16)}@mail.${mailDom}>`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hallo, hier die Verbindung für die Migration heute Abend:",
      "",
      `postgresql://neondb_owner:${["np", "g_"].join("")}${g.an(12)}@ep-${g.slug()}-${g.lan(8)}.eu-central-1.aws.neon.tech/neondb?sslmode=require`,
      "",
      "Viele Grüße, Lea",
    ].join("\r\n"),
    "Neon Postgres URL with password in a forwarded e-mail (German)",
  ),
);

// 31. CSV export of environment variables (carrier not used elsewhere)
list.push(
  hand(
    id(),
    "comms",
    ["name,value,environment", `NEXT_PUBLIC_SITE_URL,https://${g.domain()},production`, `RESEND_API_KEY,${["r", "e_"].join("")}${g.an(8)}_${g.an(24)},production`, `RESEND_AUDIENCE_ID,${g.uuid()},production`].join("\n"),
    "Resend API key in a CSV export of environment variables",
  ),
);

// 32. Postman environment export
list.push(
  hand(
    id(),
    "saas",
    JSON.stringify(
      {
        id: g.uuid(),
        name: "Storefront – production",
        values: [
          { key: "baseUrl", value: "https://api.northwind.store", type: "default", enabled: true },
          { key: "shopifyAdminToken", value: `${["shp", "at_"].join("")}${g.hex(32)}`, type: "secret", enabled: true },
          { key: "algoliaAdminKey", value: g.hex(32), type: "secret", enabled: true },
        ],
        _postman_variable_scope: "environment",
        _postman_exported_using: "Postman/11.2.0",
      },
      null,
      2,
    ),
    "Shopify Admin token and Algolia admin key in a Postman environment export",
  ),
);

// 33. terraform.tfstate excerpt with a sensitive value in state
list.push(
  hand(
    id(),
    "data",
    JSON.stringify(
      {
        version: 4,
        terraform_version: "1.9.5",
        resources: [
          {
            mode: "managed",
            type: "upstash_redis_database",
            name: "cache",
            provider: 'provider["registry.terraform.io/upstash/upstash"]',
            instances: [{ attributes: { database_name: "web-cache", endpoint: `${g.slug()}-${g.dig(5)}.upstash.io`, password: g.j("A", "X", g.b64u(60)), rest_token: g.j("A", "X", g.b64u(2), "ASQg", g.b64u(60)), port: 6379, tls: true } }],
          },
        ],
      },
      null,
      2,
    ),
    "Upstash Redis password and REST token in a terraform.tfstate excerpt",
  ),
);

export const cases: CorpusCase[] = list;
