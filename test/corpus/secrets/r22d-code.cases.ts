// Round twenty-two, fourth wave (held-out Y76–Y78 classes): an environment lookup whose fallback is a
// drawn password with a symbol and no digit (`System.getenv().getOrDefault("X_PASSWORD", "…#…")`);
// a Solana keypair array as the whole string a tool call or a write call puts in a file. Benign: an
// AWS X-Ray trace id in a secret-named slot, a SealedSecrets ciphertext under a sealed_/encrypted_
// password name, a contract's address as the fallback of a CONTRACT-named lookup; and the look-alikes
// of each positive (words with a symbol, counts and sorted arrays in a string).
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x22d0c0de);
const b = builder({ category: "r22d-code", expect: "secrets" });
const bb = builder({ category: "r22d-code-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
/** Letters drawn in both cases (no digit), a symbol inside: a generated password. */
const symbolDraw = (sym: string) => {
  const part = (n: number) => {
    let v = "";
    // Case runs of one to three letters, as a draw from both cases gives.
    for (let up = r.int(2) === 1; v.length < n; up = !up) v += r.str(1 + r.int(3), up ? UPPER : LOWER);
    return v.slice(0, n);
  };
  return `${part(10)}${sym}${part(13)}`;
};
/** 64 random bytes as a keypair file's JSON array. */
const keypair = () => `[${Array.from(r.bytes(64)).join(",")}]`;
const sealed = () => "Ag" + r.b64bytes(256).replace(/=+$/, "") + "=";

// ---- env lookup fallback: drawn letters and one symbol
b.pos("r22d-java-getordefault", "Java getenv().getOrDefault with a drawn password (symbol, no digit)",
  `public final class Db {\n  static final String PASS = System.getenv().getOrDefault("SCALEWAY_DB_PASSWORD", "${symbolDraw("#")}");\n}\n`);
b.pos("r22d-kotlin-getordefault", "Kotlin getenv().getOrDefault, secret name",
  `object Config {\n    val apiSecret: String = System.getenv().getOrDefault("LINODE_API_SECRET", "${symbolDraw("%")}")\n}\n`);
b.pos("r22d-python-environ-get", "Python os.environ.get with a drawn password fallback",
  `import os\n\nDB_PASS = os.environ.get("HETZNER_DB_PASSWORD", "${symbolDraw("@")}")\n`);
b.pos("r22d-ruby-env-fetch", "Ruby ENV.fetch with a drawn token fallback",
  `Vultr.configure do |c|\n  c.token = ENV.fetch("VULTR_API_TOKEN", "${symbolDraw("!")}")\nend\n`);
bb.ben("r22d-words-symbol", "words in camel case joined by a symbol as a password fallback",
  `static final String PASS = System.getenv().getOrDefault("APP_PASSWORD", "HelloWorld#GoodMorning");`);
bb.ben("r22d-changeme-symbol", "change-me placeholder with a symbol",
  `val pw = System.getenv().getOrDefault("DB_PASSWORD", "PleaseChangeMe#BeforeDeploy")`);
bb.ben("r22d-non-secret-name", "drawn-looking value under a non-secret name",
  `title = os.environ.get("APP_TITLE", "${symbolDraw("#")}")`);

// ---- Solana keypair as a string's whole value
b.pos("r22d-keypair-create-file", "keypair array as a create_file tool call's content",
  JSON.stringify({ name: "create_file", arguments: { filename: "ops/mainnet-7.json", content: keypair() } }));
b.pos("r22d-keypair-double-encoded", "keypair in a JSON-encoded arguments string",
  JSON.stringify({ type: "function", function: { name: "write", arguments: JSON.stringify({ file: "keys/treasury-authority.json", text: keypair() }) } }));
b.pos("r22d-keypair-newline", "keypair content ending with a newline escape",
  JSON.stringify({ tool: "fs.write", input: { target: "config/deploy-7.json", data: keypair() + "\n" } }));
b.pos("r22d-keypair-write-text", "Python write_text of the array",
  `from pathlib import Path\nPath("deploy/ops.json").write_text("${keypair()}")\n`);
b.pos("r22d-keypair-writefilesync", "Node writeFileSync of the array in single quotes",
  `const fs = require("fs");\nfs.writeFileSync(process.argv[2], '${keypair()}');\n`);
bb.ben("r22d-counts-string", "64 small counts as a string's whole value",
  JSON.stringify({ name: "write_file", arguments: { path: "stats/hist.json", content: `[${Array.from({ length: 64 }, () => r.int(20)).join(",")}]` } }));
bb.ben("r22d-sorted-string", "64 sorted byte values as a string's whole value",
  JSON.stringify({ name: "write_file", arguments: { path: "lut/gamma.json", content: `[${Array.from({ length: 64 }, (_, i) => i * 4).join(",")}]` } }));
bb.ben("r22d-bytes-in-text", "random bytes inside a longer string, not its whole value",
  JSON.stringify({ name: "write_file", arguments: { path: "notes.md", content: `sample payload bytes: ${keypair()} (from the fuzzer)` } }));

// ---- AWS X-Ray trace ids in secret-named slots
const xray = () => `1-${hex(8)}-${hex(24)}`;
bb.ben("r22d-xray-yaml", "X-Ray trace header under a token key in YAML",
  `tracing:\n  upstream_token: "Root=${xray()};Parent=${hex(16)};Sampled=0"\n`);
bb.ben("r22d-xray-bare-json", "bare X-Ray trace id under a secret key in JSON",
  JSON.stringify({ request: { secret: xray(), status: 502 } }, null, 2));
bb.ben("r22d-xray-sql", "X-Ray header in a SQL token column",
  `INSERT INTO audit (id, token, at) VALUES (7, 'Root=${xray()};Sampled=1', now());`);
b.pos("r22d-sql-secret-beside-trace", "a drawn secret in a SQL secret column, a trace id beside it",
  `INSERT INTO integration_credentials (tenant_id, secret, trace) VALUES (9, '${mixed(40)}', 'Root=${xray()}');`);

// ---- SealedSecrets ciphertext under sealed/encrypted password names
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text }], isError: false } });
bb.ben("r22d-sealed-ini-mcp", "sealed_api_password = Ag… in an INI echoed by an MCP result",
  mcp(`$ cat settings.ini\n[prod]\nsealed_api_password = ${sealed()}\nregion = us-east-2\n`));
bb.ben("r22d-encrypted-password-yaml", "encrypted_password: Ag… in YAML",
  `db:\n  host: db.internal\n  encrypted_password: ${sealed()}\n`);
bb.ben("r22d-sealed-passphrase-props", "sealed.passphrase=Ag… in a properties file",
  `signing.sealed.passphrase=${sealed()}\nsigning.alias=release\n`);
b.pos("r22d-ini-plain-password", "a plain drawn password in the same INI shape",
  mcp(`$ cat settings.ini\n[prod]\ndb_password = ${mixed(22)}\nregion = us-east-2\n`));

// ---- contract addresses as lookup fallbacks
const addr = () => `0x${hex(40)}`;
bb.ben("r22d-contract-env-fetch", "ENV.fetch of a *_CONTRACT name with an address fallback",
  `config.x.usdc = ENV.fetch("USDC_CONTRACT", "${addr()}")`);
bb.ben("r22d-contract-process-env", "process.env.ROUTER_CONTRACT ?? address",
  `export const router = process.env.ROUTER_CONTRACT ?? "${addr()}";`);
bb.ben("r22d-contract-getenv", "os.getenv of an NFT contract with an address fallback",
  `NFT = os.getenv("NFT_CONTRACT", "${addr()}")`);
bb.ben("r22d-contract-camel", "stakingContract: address in a TS config",
  `export default { chainId: 1, stakingContract: "${addr()}" };`);

export const cases = [...b.cases, ...bb.cases];
