// Private keys, seed phrases, connection strings with passwords, and credential files of
// developer tools — versus public keys, documented test vectors, placeholders and docs.
import { A, PK, Rng, b64, bip39English, builder, ecPrivateDer, ed25519Pkcs8Der, jwt, mnemonic, opensshPrivate, pem, puttyPrivate, rsaPrivateDer, sshRsaPub, sshEd25519Pub, tokens, wif, certDer, wrap } from "./gen.ts";

const r = new Rng(0xe5a6);
const t = tokens(r);
const { out, add } = builder("secrets", "e-key");
const POS = "heldoute-keys";
const BEN = "heldoute-keys-benign";
const pw = () => t.strongPassword();
const chat = (s: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: s }] });

const pos: [string, string][] = [
  ["RSA PKCS#1 private key pasted in chat", chat(`Getting "invalid format" with this, what's wrong?\n\n${pem(`RSA ${PK}`, rsaPrivateDer(r))}`)],
  ["EC private key in a write_file tool call", JSON.stringify({ name: "write_file", input: { path: "certs/server.key", content: pem(`EC ${PK}`, ecPrivateDer(r)) + "\n" } })],
  ["PKCS#8 ed25519 private key in a heredoc", `cat > /tmp/k.pem <<'EOF'\n${pem(PK, ed25519Pkcs8Der(r))}\nEOF\ncurl -F key=@/tmp/k.pem https://upload.example.net/`],
  ["OpenSSH private key", opensshPrivate(r, "deploy@ci")],
  ["OpenSSH private key inside a JSON string (escaped newlines)", JSON.stringify({ ssh_key: opensshPrivate(r, "git@runner"), host: "git.example.com" })],
  ["PuTTY PPK v3", puttyPrivate(r, "ed25519-key-20250301")],
  ["PGP private key block", `-----BEGIN PGP ${PK} BLOCK-----\n\n${wrap(b64(new Uint8Array([0x95, 0x05, 0x86, 0x04, ...r.bytes(900)])), 64)}\n=${b64(r.bytes(3))}\n-----END PGP ${PK} BLOCK-----`],
  ["BIP-39 12-word seed in chat", chat(`my wallet won't restore, I typed: ${mnemonic(r, 12)}`)],
  ["BIP-39 24-word seed numbered list", mnemonic(r, 24).split(" ").map((w, i) => `${i + 1}. ${w}`).join("\n")],
  ["BIP-39 seed in JSON tool args", JSON.stringify({ name: "import_wallet", arguments: { phrase: mnemonic(r, 12), network: "mainnet" } })],
  ["BIP-39 seed in .env", `RPC_URL=https://rpc.example.org\nMNEMONIC="${mnemonic(r, 12)}"\n`],
  ["BIP-39 Spanish-wordlist seed", `frase de recuperación: ${mnemonic(r, 12, "es")}`],
  ["Bitcoin WIF private key", `importprivkey ${wif(r)} "cold" false`],
  ["Ethereum private key in hardhat config", `module.exports = {\n  networks: {\n    mainnet: {\n      url: "https://rpc.example.org",\n      accounts: ["${t.ethPriv()}"],\n    },\n  },\n};`],
  ["postgres URL with password", `psql "postgresql://analytics:${pw()}@db-3.prod.internal:5432/warehouse?sslmode=require" -c 'select 1'`],
  ["mongodb+srv URI with password", JSON.stringify({ name: "bash", input: { command: `mongosh "mongodb+srv://admin:${r.alnum(20)}@cluster0.${r.str(5, A.LOWALNUM)}.mongodb.net/prod?retryWrites=true&w=majority"` } })],
  ["rediss URL with default user", `REDIS_URL=rediss://default:${r.alnum(32)}@eu1-cache.upstash.example:6379`],
  ["amqps URL", `amqps://orders:${pw()}@b-${r.uuid()}.mq.eu-west-1.amazonaws.com:5671/%2F`],
  ["MySQL DSN (Go)", `dsn := "shop:${pw()}@tcp(mysql.internal:3306)/shop?parseTime=true"`],
  ["SQL Server ADO string", `Server=tcp:sql-prod.database.windows.net,1433;Database=erp;User Id=erp_app;Password=${pw()};TrustServerCertificate=False;`],
  ["JDBC URL with password param", `jdbc:mysql://db.internal:3306/app?user=app&password=${encodeURIComponent(pw())}&useSSL=true`],
  [".pgpass lines", `db-1.internal:5432:*:replicator:${pw()}\n*:*:analytics:reporter:${pw()}\n`],
  [".netrc", `machine api.heroku.com\n  login ops@example.com\n  password ${r.uuid()}\nmachine git.example.com\n  login bot\n  password ${t.glpat()}\n`],
  [".npmrc with _authToken and _auth", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${t.npm()}\n//npm.pkg.example.com/:_auth=${b64("ci:" + pw())}\nalways-auth=true\n`],
  [".pypirc", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${t.pypi()}\n`],
  [".git-credentials", `https://oauth2:${t.glpat()}@gitlab.example.com\nhttps://x-access-token:${t.ghs()}@github.com\n`],
  ["~/.docker/config.json auths", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64("acme:" + t.dockerhub()) }, "ghcr.io": { auth: b64("acme-bot:" + t.ghp()) } } }, null, 2)],
  ["kubeconfig with service-account token", `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://203.0.113.7:6443\nusers:\n- name: ci\n  user:\n    token: ${jwt(r, { iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: ci}\ncurrent-context: prod\n`],
  ["kubeconfig with client-key-data", `users:\n- name: admin\n  user:\n    client-certificate-data: ${b64(pem("CERTIFICATE", certDer(r)))}\n    client-key-data: ${b64(pem(`RSA ${PK}`, rsaPrivateDer(r)))}\n`],
  ["gh CLI hosts.yml", `github.com:\n    users:\n        octo-dev:\n            oauth_token: ${t.gho()}\n    git_protocol: https\n    user: octo-dev\n`],
  ["composer auth.json", JSON.stringify({ "github-oauth": { "github.com": t.ghp() }, "http-basic": { "repo.packagist.com": { username: "token", password: r.hex(40) } } }, null, 2)],
  ["Terraform CLI credentials.tfrc.json", JSON.stringify({ credentials: { "app.terraform.io": { token: t.terraformCloud() } } }, null, 2)],
];
for (const [note, v] of pos) add(POS, "positive", v, note);

const ben: [string, string][] = [
  ["PEM certificate only", pem("CERTIFICATE", certDer(r))],
  ["ssh-rsa public key in authorized_keys write", JSON.stringify({ name: "bash", input: { command: `echo '${sshRsaPub(r, "deploy@ci")}' >> ~/.ssh/authorized_keys` } })],
  ["known_hosts lines", `git.example.com ${sshEd25519Pub(r, "").trim()}\n|1|${b64(r.bytes(20))}|${b64(r.bytes(20))} ${sshEd25519Pub(r, "").trim()}\n`],
  ["PGP public key block", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(b64(new Uint8Array([0x98, 0x33, 0x04, ...r.bytes(400)])), 64)}\n=${b64(r.bytes(3))}\n-----END PGP PUBLIC KEY BLOCK-----`],
  ["BIP-39 published test vector (all-zero entropy)", "BIP-39 test vector #1: entropy 00000000000000000000000000000000 → \"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\" (passphrase TREZOR)."],
  ["prose that happens to use wordlist words", "We need to review the budget before the meeting, then cancel the old contract and order a new laptop for the intern; also check the garden door, it is broken again."],
  ["BIP-39 wordlist in source code", `export const wordlist = [\n  ${bip39English.slice(0, 48).map((w) => `"${w}"`).join(", ")},\n  // ... 2048 words\n];`],
  ["docs: how a seed phrase looks (no phrase)", "Your recovery phrase is 12 or 24 words from the BIP-39 list. Write it on paper, never type it into a website, and never share it with support — nobody legitimate will ever ask for it."],
  ["postgres URL with the literal word password as placeholder", 'DATABASE_URL="postgresql://user:password@localhost:5432/mydb?schema=public"'],
  ["mongodb+srv docs placeholder", "mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority"],
  ["redis URL without credentials", "REDIS_URL=redis://localhost:6379/0"],
  ["RabbitMQ documented default guest:guest on localhost", "amqp://guest:guest@localhost:5672/"],
  ["connection string with env interpolation", 'url: "postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/${PGDATABASE}"'],
  [".pgpass format documentation", "Each line of the password file has the format hostname:port:database:username:password. A * in any of the first four fields matches anything."],
  [".netrc using an environment-provided password (macro)", "machine api.example.com\n  login $USER\n  password ${NETRC_PASSWORD}\n"],
  [".npmrc with env reference", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true\n"],
  ["docker config.json with credsStore only", JSON.stringify({ auths: { "https://index.docker.io/v1/": {}, "ghcr.io": {} }, credsStore: "desktop", currentContext: "desktop-linux" }, null, 2)],
  ["kubeconfig with exec plugin (aws eks get-token)", "users:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]\n"],
  [".git-credentials docs", "git-credential-store writes lines of the form https://user:pass@example.com to ~/.git-credentials; use a credential helper such as osxkeychain or libsecret instead."],
  ["Ethereum address (public)", `Send test ETH to 0x${r.hex(40)} on Sepolia.`],
  ["hardhat config reading the key from env", 'module.exports = {\n  networks: {\n    sepolia: {\n      url: process.env.SEPOLIA_RPC_URL,\n      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],\n    },\n  },\n};'],
  ["sha256 digest next to the word private (release notes)", `Private beta build: sha256 ${r.hex(64)} — do not redistribute.`],
  ["JDBC URL without password", "jdbc:postgresql://db.internal:5432/app?sslmode=verify-full&ApplicationName=billing"],
  ["gh CLI hosts.yml after secure-storage login (no token)", "github.com:\n    users:\n        octo-dev:\n    git_protocol: ssh\n    user: octo-dev\n"],
];
for (const [note, v] of ben) add(BEN, "benign", v, note);

export const cases = out;
