// Round twenty-eight (held-out Y124's y124-k-030, k-012, bk-025, bk-044): .NET's RSA private key as XML
// (`<RSAKeyValue>…<InverseQ>…`), a seed phrase (checksum not valid) after a line that names it and ends in a
// colon, across markup; and two public values flagged: chain addresses as the children of a mapping named
// for addresses (`payout_addresses:` / `usdc_base: "0x…"`), and an OIDC `sid` among a decoded token's claims.
// Benign look-alikes: a public RSA key's XML, a placeholder key, wordlist words after a line that names no
// seed; positives for the public-value classes: an address under a name that says nothing, a session id
// outside a claims set. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { mnemonicInvalid, Rng, WORDS } from "./_gen.ts";

const r = new Rng(0x28e003);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r28e-${id}`, kind: "secrets", category, label, text, note });
const rsa = add("positive", "r28-rsa-xml-key");
const rsaB = add("benign", "r28-rsa-xml-key-benign");
const seed = add("positive", "r28-seed-after-lead");
const seedB = add("benign", "r28-seed-after-lead-benign");
const addr = add("positive", "r28-address-parent");
const addrB = add("benign", "r28-address-parent-benign");
const sid = add("positive", "r28-claims-sid");
const sidB = add("benign", "r28-claims-sid-benign");

const b64 = (bytes: number) => r.b64bytes(bytes);
const privateXml = (sep = "") =>
  [`<RSAKeyValue>`, `<Modulus>${b64(256)}</Modulus>`, `<Exponent>AQAB</Exponent>`, `<P>${b64(128)}</P>`, `<Q>${b64(128)}</Q>`, `<DP>${b64(128)}</DP>`, `<DQ>${b64(128)}</DQ>`, `<InverseQ>${b64(128)}</InverseQ>`, `<D>${b64(256)}</D>`, `</RSAKeyValue>`].join(sep);
const mcp = (path: string, content: string) => JSON.stringify({ jsonrpc: "2.0", id: r.int(90) + 1, method: "tools/call", params: { name: "write_file", arguments: { path, content } } });

rsa("rsa-one-line", "ToXmlString(true) on one line", privateXml());
rsa("rsa-pretty", "pretty-printed XML file", `<?xml version="1.0" encoding="utf-8"?>\n${privateXml("\n  ")}\n`);
rsa("rsa-mcp", "written by an MCP tool call", mcp("src/Billing/Keys/signing.xml", privateXml()));
rsa("rsa-csharp", "C# string constant", `private const string SigningKeyXml = "${privateXml()}";`);
rsa("rsa-wrapped-inverseq", "InverseQ wrapped over lines", `<RSAKeyValue><Modulus>${b64(128)}</Modulus><Exponent>AQAB</Exponent><InverseQ>\n  ${b64(32)}\n  ${b64(32)}\n  ${b64(32)}\n</InverseQ><D>${b64(128)}</D></RSAKeyValue>`);
rsa("rsa-appsettings", "inside appsettings JSON", JSON.stringify({ Signing: { RsaXml: privateXml() } }, null, 2));
rsaB("rsa-public", "public key: Modulus and Exponent only", `<RSAKeyValue><Modulus>${b64(256)}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>`);
rsaB("rsa-placeholder", "placeholder elements", `<RSAKeyValue><Modulus>...</Modulus><Exponent>AQAB</Exponent><P>...</P><Q>...</Q><DP>...</DP><DQ>...</DQ><InverseQ>...</InverseQ><D>...</D></RSAKeyValue>`);
rsaB("rsa-docs", "docs naming the elements", `The private XML adds <P>, <Q>, <DP>, <DQ>, <InverseQ> and <D> elements to the public <Modulus> and <Exponent>.`);
rsaB("rsa-filler", "filler base64 of one letter", `<RSAKeyValue><InverseQ>${"A".repeat(171)}=</InverseQ></RSAKeyValue>`);
rsaB("rsa-public-json", "public key in JSON (n, e)", JSON.stringify({ kty: "RSA", n: r.b64url(342), e: "AQAB" }));
rsaB("rsa-code", "code that reads the element", `var invQ = Convert.FromBase64String(doc.SelectSingleNode("//InverseQ").InnerText); // <InverseQ>${"x".repeat(8)}</InverseQ>`);

seed("seed-pre", "helpdesk: lead then <pre>", JSON.stringify({ body: `<p>Recovery phrase for the payout signer (for the re-import):</p><pre>${mnemonicInvalid(r, 12)}</pre>` }));
seed("seed-newline", "chat: lead then a new line", `Seed phrase for the cold wallet we are migrating:\n${mnemonicInvalid(r, 12)}\n`);
seed("seed-fence", "markdown fence after the lead", `Here is the mnemonic for the treasury account, please re-import it on the new HSM host:\n\`\`\`\n${mnemonicInvalid(r, 24)}\n\`\`\``);
seed("seed-bold", "bold lead", `**Backup phrase for the hot wallet:** ${mnemonicInvalid(r, 12)}`);
seed("seed-escaped", "JSON-escaped tool result", JSON.stringify({ role: "tool", content: `wallet restored\nrecovery words (keep offline):\n${mnemonicInvalid(r, 18)}\n` }));
seed("seed-br", "HTML line break", `<div>Wallet seed for signer-2 (ledger):<br>${mnemonicInvalid(r, 12)}</div>`);
seedB("seed-quiz", "wordlist words after a lead that names no seed", `Spelling list for this week:\n${mnemonicInvalid(r, 12)}\n`);
seedB("seed-advice", "lead naming a seed, then advice in prose", `About your recovery phrase: never type it into a website, never share it with support.`);
seedB("seed-sentence-break", "the seed named in an earlier sentence", `Keep the seed phrase offline. Vocabulary for the game: ${mnemonicInvalid(r, 12)}`);
seedB("seed-short", "fewer than twelve words", `Recovery phrase hint:\n${WORDS.slice(100, 106).join(" ")}`);
seedB("seed-placeholder", "placeholder words", `Seed phrase:\n<word1> <word2> <word3> <word4> <word5> <word6> <word7> <word8> <word9> <word10> <word11> <word12>`);
seedB("seed-repeated", "one word repeated", `Mnemonic for the test fixture:\n${"apple ".repeat(11)}apple`);

const eth = () => `0x${r.hex(40)}`;
addr("addr-untagged-child", "child names an asset, parent names no address", `payout:\n  usdc_base: "${eth()}"\n  confirmations: 12\n`);
addr("addr-send-to", "a destination in a request", `Please send the refund to ${eth()} on Base today.`);
addr("addr-json-plain", "JSON field not named for an address", JSON.stringify({ refund: { chain: "eth", to_account: eth() } }));
addr("addr-env", "env var named for a payee", `PAYOUT_DESTINATION=${eth()}`);
addr("addr-after-dedent", "the address after the address mapping closed", `payout_addresses:\n  btc: "bc1qexample"\nsettlement:\n  usdc: "${eth()}"\n`);
addr("addr-instruction", "an instruction in chat", `Change the treasury payout target to ${eth()} before the 5pm run.`);
addrB("addr-yaml-parent", "YAML mapping of addresses", `payout_addresses:\n  usdc_base: "${eth()}"\n  eth_mainnet: "${eth()}"\n`);
addrB("addr-json-parent", "JSON object of wallets", JSON.stringify({ wallets: { usdc: eth(), eth: eth() } }));
addrB("addr-escaped-parent", "escaped YAML in an MCP call", mcp("config/treasury.yaml", `recipients:\n  ops: "${eth()}"\n  payroll: "${eth()}"\nnetwork: base\n`));
addrB("addr-deposit", "deposit addresses with other fields between", `deposit_addresses:\n  # one per chain\n  base: ${eth()}\n  arbitrum: ${eth()}\n`);
addrB("addr-payees", "a payees mapping", `payees:\n  vendor_a: "${eth()}"\n`);
addrB("addr-json-inline", "inline JSON addresses map, second key", `{"addresses": {"btc": "bc1qexample", "eth": "${eth()}"}}`);

const opaque = () => r.b64url(32);
sid("sid-cookie", "session cookie", `Cookie: sid=${opaque()}; theme=dark`);
sid("sid-json", "session store record", JSON.stringify({ sid: opaque(), user: "u_102", expires: "2026-01-02T00:00:00Z" }));
sid("sid-yaml", "a session id in config", `session:\n  sid: ${opaque()}\n`);
sid("sid-set-cookie", "Set-Cookie header", `Set-Cookie: connect.sid=s%3A${opaque()}.${r.b64url(43)}; Path=/; HttpOnly`);
sid("sid-claims-elsewhere", "claims set in one object, sid in another", JSON.stringify({ claims: { iss: "https://auth.example.com/", sub: "u1", aud: "api", exp: 1738336000 }, session: { sid: opaque() } }));
sid("sid-session-id", "session id field", `{"session_id": "${opaque()}", "ip": "10.0.0.4"}`);
sidB("claims-oidc", "decoded id_token claims", JSON.stringify({ iss: "https://login.example.com/", sub: `auth0|${r.hex(24)}`, aud: r.alnum(32), iat: 1738300000, exp: 1738336000, sid: opaque() }, null, 2));
sidB("claims-escaped", "decoded claims quoted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `payload:\n${JSON.stringify({ sub: "u_9", iss: "https://idp.example.org", exp: 1738339999, sid: opaque(), aud: "shop" }, null, 1)}` }] }));
sidB("claims-keycloak", "Keycloak token claims with session_state", JSON.stringify({ exp: 1738336000, iat: 1738332400, iss: "https://kc.example.com/realms/shop", aud: "account", sub: r.uuid(), session_state: opaque(), sid: opaque() }));
sidB("claims-python", "Python dict of claims", `claims = {'iss': 'https://auth.example.com/', 'sub': 'u1', 'aud': 'web', 'iat': 1738300000, 'exp': 1738336000, 'sid': '${opaque()}'}`);
sidB("claims-sid-first", "sid before the other claims", `{"sid": "${opaque()}", "iss": "https://a.example.com", "sub": "x", "exp": 1738336000}`);
sidB("claims-logout-token", "back-channel logout token claims", JSON.stringify({ iss: "https://op.example.com", aud: "rp", iat: 1738300000, jti: r.hex(16), events: {}, sid: opaque() }));

export { cases };
