// Key material, credential files and hard carriers (escaped, encoded, split, wrapped). Seed 150002.
import type { CorpusCase } from "../types.ts";
import { Rng, j, mk, prose, AN, HEX } from "./_gen.ts";

const r = new Rng(150002);
const out: CorpusCase[] = [];
let n = 0;
const add = (cat: string, text: string, needle: string | string[], note: string) => {
  n++;
  out.push(mk(`y150-k-${String(n).padStart(3, "0")}`, cat, "positive", text, needle, note));
};
const J = (o: unknown) => JSON.stringify(o);

const hx = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const cat = (...a: Uint8Array[]) => { const b = new Uint8Array(a.reduce((x, y) => x + y.length, 0)); let o = 0; for (const x of a) { b.set(x, o); o += x.length; } return b; };
const wrap = (b64: string, w = 64) => b64.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const pem = (label: string, der: Uint8Array) => j("-----BEGIN ", label, "-----\n", wrap(Buffer.from(der).toString("base64")), "\n-----END ", label, "-----\n");
const PRIV = "PRIVATE KEY";
const rsa1 = () => pem("RSA " + PRIV, cat(hx("308204a40201000282010100"), r.bytes(1184)));
const pkcs8 = () => pem(PRIV, cat(hx("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100"), r.bytes(1180)));
const ec1 = () => pem("EC " + PRIV, cat(hx("30770201010420"), r.bytes(32), hx("a00a06082a8648ce3d030107a14403420004"), r.bytes(64)));
const p8ec = () => pem(PRIV, cat(hx("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"), r.bytes(32), hx("a14403420004"), r.bytes(64)));
const u32 = (x: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, x); return b; };
const sstr = (b: Uint8Array | string) => { const x = typeof b === "string" ? new TextEncoder().encode(b) : b; return cat(u32(x.length), x); };
const openssh = (comment: string) => {
  const pub = r.bytes(32);
  const pubBlob = cat(sstr("ssh-ed25519"), sstr(pub));
  const chk = r.bytes(4);
  const priv = cat(chk, chk, sstr("ssh-ed25519"), sstr(pub), sstr(cat(r.bytes(32), pub)), sstr(comment), hx("010203"));
  const body = cat(new TextEncoder().encode("openssh-key-v1\0"), sstr("none"), sstr("none"), sstr(""), u32(1), sstr(pubBlob), sstr(priv));
  return j("-----BEGIN OPENSSH ", PRIV, "-----\n", wrap(Buffer.from(body).toString("base64"), 70), "\n-----END OPENSSH ", PRIV, "-----\n");
};
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// ---- key material (sec-keys) ----
{
  const k = rsa1();
  add("sec-keys", J({ model: "claude-opus-4-1", max_tokens: 1024, messages: [{ role: "user", content: `${prose(r)}\n\n${k}` }] }), k.split("\n")[3]!, "RSA PKCS#1 PEM pasted in Anthropic chat (JSON-escaped)");
}
{
  const k = pkcs8();
  add("sec-keys", `diff --git a/deploy/keys/signing.pem b/deploy/keys/signing.pem\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/keys/signing.pem\n@@ -0,0 +1,28 @@\n${k.trimEnd().split("\n").map((l) => "+" + l).join("\n")}\n`, k.split("\n")[5]!, "PKCS#8 RSA PEM added in a diff");
}
{
  const k = ec1();
  add("sec-keys", J({ role: "assistant", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "write_file", arguments: J({ path: "certs/server.key", content: k }) } }] }), JSON.stringify(JSON.stringify(k.split("\n")[1]!)).slice(3, -3), "EC SEC1 PEM in OpenAI tool_call arguments (double-escaped)");
}
{
  const k = p8ec();
  const one = k.trimEnd().replace(/\n/g, "\\n");
  add("sec-keys", `# App Store Connect API\nASC_KEY_ID=${r.up(10)}\nASC_ISSUER_ID=${r.uuid()}\nASC_PRIVATE_KEY="${one}"\n`, one.split("\\n")[2]!, "Apple .p8 EC PKCS#8 on one line in .env");
}
{
  const k = openssh("deploy@ci");
  add("sec-keys", `$ cat ~/.ssh/id_ed25519\n${k}$ ssh -T git@github.com\nHi acme-deploy! You've successfully authenticated.`, k.split("\n")[2]!, "OpenSSH ed25519 private key in terminal output");
}
{
  const k = openssh("ci@runner");
  add("sec-keys", J({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "ssh_exec", arguments: { host: "10.0.4.7", user: "ubuntu", private_key: k, command: "systemctl restart app" } } }), JSON.stringify(k.split("\n")[1]!).slice(1, -1), "OpenSSH key in MCP tools/call arguments");
}
{
  const k = rsa1();
  const sa = { type: "service_account", project_id: `${r.word()}-prod-${r.dig(6)}`, private_key_id: r.hex(40), private_key: k, client_email: `ci-deployer@${r.word()}-prod.iam.gserviceaccount.com`, client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("sec-keys", JSON.stringify(sa, null, 2), JSON.stringify(k).slice(40, 100), "GCP service-account JSON");
}
{
  const k = pkcs8();
  const sa = { type: "service_account", project_id: `${r.word()}-firebase`, private_key_id: r.hex(40), private_key: k, client_email: `firebase-adminsdk-${r.lo(5)}@app.iam.gserviceaccount.com` };
  const b = Buffer.from(JSON.stringify(sa)).toString("base64");
  add("sec-keys", `gh secret set FIREBASE_SERVICE_ACCOUNT_B64 --body "${b}"`, b, "Firebase admin SA JSON base64 in gh secret set");
}
{
  const d = r.b64url(32);
  const jwk = { kty: "EC", crv: "P-256", kid: r.hex(16), use: "sig", x: r.b64url(32), y: r.b64url(32), d };
  add("sec-keys", `// auth/keys.ts\nexport const SIGNING_JWK = ${JSON.stringify(jwk, null, 2)} as const;\n`, d, "EC JWK with private d");
}
{
  const d = r.b64url(256);
  const jwk = { keys: [{ kty: "RSA", kid: r.hex(12), alg: "RS256", n: r.b64url(256), e: "AQAB", d, p: r.b64url(128), q: r.b64url(128), dp: r.b64url(128), dq: r.b64url(128), qi: r.b64url(128) }] };
  add("sec-keys", J({ role: "user", content: `${prose(r)}\n${JSON.stringify(jwk)}` }), d, "RSA private JWK set in chat");
}
{
  const v = j("AGE-SECRET", "-KEY-1", r.str(58, BECH).toUpperCase());
  add("sec-keys", `# created: 2026-10-02T09:14:22Z\n# public key: age1${r.str(58, BECH)}\n${v}\n`, v, "age identity file");
}
{
  const v = r.b64bytes(32);
  add("sec-keys", `[Interface]\nPrivateKey = ${v}\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nEndpoint = vpn.${r.word()}.net:51820\nAllowedIPs = 0.0.0.0/0\n`, v, "WireGuard config");
}
{
  const v = j("0", "x", r.hex(64));
  add("sec-keys", `import "@nomicfoundation/hardhat-toolbox";\n\nexport default {\n  solidity: "0.8.24",\n  networks: {\n    sepolia: { url: "https://rpc.sepolia.org", accounts: ["${v}"] },\n  },\n};\n`, v, "EVM private key in hardhat config");
}
{
  const arr = Array.from(r.bytes(64)).join(",");
  add("sec-keys", `$ cat ~/.config/solana/id.json\n[${arr}]\n$ solana balance\n2.5 SOL`, arr, "Solana keypair file");
}
{
  const k = ec1();
  const b = Buffer.from(k).toString("base64");
  add("sec-keys", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n    certificate-authority-data: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + r.b64bytes(300) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + r.b64bytes(300) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n    client-key-data: ${b}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`, b, "kubeconfig client-key-data (base64 PEM)");
}
{
  const priv = r.b64bytes(48);
  add("sec-keys", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20261104\nPublic-Lines: 2\n${wrap(r.b64bytes(51))}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${r.hex(64)}\n`, priv, "PuTTY .ppk");
}
{
  const v = j("ns", "ec1", r.str(58, BECH));
  add("sec-keys", `NOSTR_PRIVATE_KEY=${v}\nRELAYS=wss://relay.damus.io,wss://nos.lol\n`, v, "Nostr nsec in env");
}
{
  const v = j("K", r.str(51, B58));
  add("sec-keys", `bitcoin-cli importprivkey "${v}" "cold-wallet" false`, v, "Bitcoin WIF in CLI");
}
{
  const body = wrap(r.b64bytes(1800));
  const text = j("-----BEGIN PGP ", PRIV, " KEY BLOCK-----\n\nlQdGBG", r.url(10), "\n", body, "\n=", r.an(4), "\n-----END PGP ", PRIV, " KEY BLOCK-----\n");
  add("sec-keys", `$ gpg --armor --export-secret-keys release@acme.dev\n${text}`, body.split("\n")[4]!, "PGP private key export");
}
{
  const k = rsa1();
  add("sec-keys", J({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "tls_private_key", name: "bastion", instances: [{ attributes: { algorithm: "RSA", private_key_pem: k, public_key_openssh: `ssh-rsa ${r.b64bytes(270)}` } }] }] }), JSON.stringify(k).slice(60, 120), "terraform.tfstate tls_private_key");
}
{
  const k = pkcs8();
  add("sec-keys", `FROM alpine:3.20\nRUN mkdir -p /root/.ssh && echo "${k.trimEnd().replace(/\n/g, "\\n")}" > /root/.ssh/id_rsa && chmod 600 /root/.ssh/id_rsa\n`, k.split("\n")[7]!, "PEM echoed in Dockerfile RUN");
}
{
  const k = p8ec();
  add("sec-keys", `<md:EntityDescriptor entityID="https://sp.${r.word()}.com">\n<!-- sp signing key, move to vault later -->\n<ds:KeyInfo><PrivateKey>${k.split("\n").slice(1, -2).join("")}</PrivateKey></ds:KeyInfo>\n</md:EntityDescriptor>`, k.split("\n").slice(1, -2).join(""), "SAML SP private key inline in XML (unwrapped base64)");
}
{
  const ks = r.b64bytes(2400);
  const pw = r.pw(16);
  add("sec-keys", `# android/key.properties\nstoreFile=upload-keystore.jks\nstorePassword=${pw}\nkeyAlias=upload\nkeyPassword=${pw}\n\n# CI secret\nANDROID_KEYSTORE_BASE64=${ks}\n`, [ks, pw], "Android keystore base64 + passwords");
}
{
  const k = openssh("gh-actions");
  add("sec-keys", `name: deploy\njobs:\n  ssh:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: webfactory/ssh-agent@v0.9.0\n        with:\n          ssh-private-key: |\n${k.trimEnd().split("\n").map((l) => "            " + l).join("\n")}\n`, k.split("\n")[3]!, "OpenSSH key inlined in GitHub Actions");
}

// ---- credential files ----
{
  const v = j("np", "m_", r.an(36));
  add("sec-devtools", `$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\n@acme:registry=https://npm.pkg.github.com\n`, v, ".npmrc authToken");
}
{
  const v = r.uuid();
  add("sec-cloud", `machine api.heroku.com\n  login ops@${r.word()}.io\n  password ${v}\nmachine git.heroku.com\n  login ops@${r.word()}.io\n  password ${v}\n`, v, ".netrc Heroku");
}
{
  const v = r.pw(22);
  add("sec-data", J({ tool: "write_file", path: "/home/dev/.pgpass", content: `db.${r.word()}.internal:5432:analytics:etl_user:${v}\n` }), v, ".pgpass in tool call");
}
{
  const v = r.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" });
  add("sec-cloud", `apiVersion: v1\nkind: Config\nclusters:\n- name: eks\n  cluster:\n    server: https://${r.uhex(32)}.gr7.eu-west-1.eks.amazonaws.com\nusers:\n- name: deployer\n  user:\n    token: ${v}\n`, v, "kubeconfig bearer token");
}
{
  const tok = j("dc", "kr_pat_", r.url(27));
  const b = Buffer.from(`acmebot:${tok}`).toString("base64");
  add("sec-devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b } }, credsStore: "" }, null, 2), b, "docker config.json auth (base64 user:PAT)");
}
{
  const v = j("py", "pi-", "AgEIcHlwaS5vcmc", r.url(150));
  add("sec-devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${v}\n`, v, ".pypirc");
}
{
  const id = j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")); const sk = r.str(40, AN + "/+");
  add("sec-cloud", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sk}\n\n[staging]\nrole_arn = arn:aws:iam::${r.dig(12)}:role/dev\nsource_profile = default\n`, [id, sk], "~/.aws/credentials");
}
{
  const v = j("gh", "p_", r.an(36));
  add("sec-devtools", `$ cat ~/.git-credentials\nhttps://dev-${r.word()}:${v}@github.com\n`, v, ".git-credentials");
}
{
  const v = r.pw(20);
  add("sec-devtools", `<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>acme-release</username>\n      <password>${v}</password>\n    </server>\n  </servers>\n</settings>\n`, v, "maven settings.xml server password");
}
{
  const v = j("gh", "o_", r.an(36));
  add("sec-devtools", `github.com:\n    user: ${r.word()}-dev\n    oauth_token: ${v}\n    git_protocol: https\n`, v, "gh hosts.yml oauth_token");
}
{
  const ak = r.up(20); const sk = r.str(40, AN + "/+");
  add("sec-cloud", `[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = ${ak}\nsecret_access_key = ${sk}\nendpoint = s3.eu-central-1.wasabisys.com\n`, [ak, sk], "rclone.conf");
}
{
  const pw = r.pw(18); const salt = r.str(64, AN + "!@#%^&*()-_[]{}<>~+=,.;:/?|");
  add("sec-data", `<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '${pw}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'AUTH_KEY', '${salt}' );\n`, [pw, salt], "wp-config.php");
}
{
  const v = r.an(32);
  add("sec-data", `# redis.conf\nbind 0.0.0.0\nport 6379\nrequirepass ${v}\nmaxmemory 2gb\n`, v, "redis.conf requirepass");
}
{
  const v = j("gh", "p_", r.an(36));
  add("sec-devtools", `{\n    "github-oauth": {\n        "github.com": "${v}"\n    }\n}\n`, v, "composer auth.json");
}
{
  const v = r.an(64);
  add("sec-devtools", `[global]\nindex-url = https://__token__:${v}@pkgs.${r.word()}.dev/simple/\ntimeout = 60\n`, v, "pip.conf index-url token");
}

// ---- hard carriers ----
{
  const v = j("gh", "p_", r.an(36));
  const a = v.slice(0, 18); const b = v.slice(18);
  add("sec-devtools", `// TODO move to secrets manager\nconst token = "${a}" +\n  "${b}";\nconst octokit = new Octokit({ auth: token });\n`, [a, b], "GitHub PAT split across string concatenation");
}
{
  const v = j("sk-", "ant-api03-", r.url(93), "AA");
  const b = Buffer.from(v).toString("base64");
  add("sec-ai", J({ model: "gpt-4.1", messages: [{ role: "user", content: `${prose(r)}\nkubectl get secret llm -o jsonpath='{.data.key}' gives: ${b}` }] }), b, "Anthropic key base64 in chat");
}
{
  const v = j("xo", "xb-", r.dig(13), "-", r.dig(13), "-", r.an(24));
  const e = encodeURIComponent(JSON.stringify({ token: v, channel: "#deploys" }));
  add("sec-comms", `https://hooks.internal.${r.word()}.dev/relay?payload=${e}`, e, "Slack bot token inside URL-encoded JSON in query");
}
{
  const v = j("sk", "_live_", "51", r.an(97));
  const b = Buffer.from(`${v}:`).toString("base64");
  add("sec-payment", `> POST /v1/refunds HTTP/1.1\n> Host: api.stripe.com\n> Authorization: Basic ${b}\n> Content-Type: application/x-www-form-urlencoded\n`, b, "Stripe key in Basic auth (base64 key:)");
}
{
  const v = j("NR", "AK-", r.str(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
  const inner = JSON.stringify({ env: { NEW_RELIC_API_KEY: v } });
  const outer = JSON.stringify({ tool: "run", input: JSON.stringify({ stdin: inner }) });
  add("sec-observability", J({ messages: [{ role: "tool", content: outer }] }), v, "New Relic key triple-nested JSON");
}
{
  const v = j("sh", "pat_", r.hex(32));
  const esc = Array.from(v).map((ch) => (ch === "_" ? "\\u005f" : ch)).join("");
  add("sec-saas", `{"shop":"${r.word()}.myshopify.com","access_token":"${esc}"}`, esc, "Shopify token with unicode-escaped underscore");
}
{
  const v = j("gl", "pat-", r.url(20));
  const lines = `time="2026-12-01T08:00:00Z" level=error msg="clone failed: remote: HTTP Basic: Access denied for https://oauth2:${v}@gitlab.${r.word()}.com/platform/api.git"`;
  add("sec-devtools", lines, v, "GitLab PAT in clone URL inside logfmt error");
}
{
  const v = j("AI", "za", "Sy", r.url(33));
  add("sec-ai", `python - <<'PY'\nimport google.generativeai as genai\ngenai.configure(api_key="${v}")\nprint(genai.GenerativeModel("gemini-2.0-flash").generate_content("ping").text)\nPY`, v, "Gemini key in heredoc script");
}
{
  const v = r.url(64);
  const parts = (v.match(/.{1,16}/g) ?? []);
  add("sec-auth", `# auth0 secret was too long for the form so it's in 4 parts\nAUTH0_SECRET_P1=${parts[0]}\nAUTH0_SECRET_P2=${parts[1]}\nAUTH0_SECRET_P3=${parts[2]}\nAUTH0_SECRET_P4=${parts[3]}\nAUTH0_CLIENT_SECRET=$AUTH0_SECRET_P1$AUTH0_SECRET_P2$AUTH0_SECRET_P3$AUTH0_SECRET_P4\n`, parts as string[], "Auth0 client secret split over four env vars");
}
{
  const v = j("SG", ".", r.url(22), ".", r.url(43));
  add("sec-comms", `<a href="mailto:ops@${r.word()}.io?subject=sendgrid&body=key%3D${encodeURIComponent(v)}">send key</a>`, encodeURIComponent(v), "SendGrid key url-encoded in mailto body");
}
{
  const v = j("wh", "sec_", r.an(32));
  const hexed = Buffer.from(v).toString("hex");
  add("sec-payment", `[debug] env dump (hex): STRIPE_WEBHOOK_SECRET=${hexed}`, hexed, "Stripe webhook secret hex-encoded in debug dump");
}
{
  const v = r.hex(32);
  add("sec-saas", `curl -X POST "https://${r.word()}-dsn.algolia.net/1/indexes/products/batch" \\\n  -H "X-Algolia-Application-Id: ${r.up(10)}" \\\n  -H "X-Algolia-API-Key: ${v}" -d @records.json`, v, "Algolia admin key in curl");
}

void HEX;
export const cases: CorpusCase[] = out;
