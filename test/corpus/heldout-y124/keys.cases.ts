// Handcrafted positives: key material (PEM/PKCS/JWK/OpenSSH/PGP/age/wallets), JWTs, and credentials
// in shapes the rotated specs do not produce (SOAP WS-Security, otpauth, split literals, .npmrc,
// docker config, .netrc, .pgpass, JAAS, base64 k8s data, URL fragments, XML RSA keys).
import type { CorpusCase } from "../types.ts";
import { cat, Gen, hand, pem } from "./_gen.ts";

const g = new Gen(0x7124e2);
const SET = "heldouty124";
let n = 0;
const id = () => `y124-k-${String(++n).padStart(3, "0")}`;
const j = (v: unknown) => JSON.stringify(v);
const chat = (text: string) => j({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const claude = (text: string) => j({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: text }] });
const mcpWrite = (path: string, content: string) => j({ jsonrpc: "2.0", id: g.range(2, 99), method: "tools/call", params: { name: "write_file", arguments: { path, content } } });

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const RSA1 = "MIIEpAIBAAKCAQEA";
const PK8RSA = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ";
const PK8EC = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg";
const SEC1EC = "MHcCAQEEI";
const OSSH = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
const WORDS = "abandon ability absorb abstract access accident account achieve acid acquire across actor adapt address adjust admit adult advance advice aerobic afford agent agree airport aisle alarm album alert alley almost alpha already amateur amazing among anchor ancient angle animal ankle announce antenna antique anxiety apart apology appear approve april arch arctic arena armor arrange arrest artefact artist aspect asset assist athlete atom attend auction audit august author autumn average avocado awake awkward axis balance bamboo banana banner bargain barrel basket battle beach beauty become believe bench benefit betray bicycle biology blanket blossom bonus border borrow bottom bounce bracket brave breeze brick bridge brisk broccoli bronze brother bubble buddy budget buffalo bullet bundle burden butter cabbage cabin cable".split(" ");

const wrap64 = (s: string) => s.match(/.{1,64}/g)!.join("\n");

export const cases: CorpusCase[] = [];
const push = (group: Parameters<typeof hand>[2], text: string, note: string) => cases.push(hand(SET, id(), group, "positive", text, note));

// 1 RSA PKCS#1 client key for bank mTLS pasted into a chat
push("keys", chat(`The bank's ISO 20022 endpoint rejects our mTLS handshake. This is the client key we generated for the SEPA gateway, does it match the CSR?\n\n${pem(g, "RSA PRIVATE KEY", RSA1, 1676)}`), "RSA PKCS#1 private key (bank mTLS client key) pasted in an OpenAI chat body");

// 2 Apple Pay merchant identity key via tool_use
{
  const tid = cat("toolu_01", g.an(22));
  push("keys", j({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: tid, name: "write_file", input: { path: "certs/applepay/merchant_id.key", content: pem(g, "PRIVATE KEY", PK8EC, 184) + "\n" } }] }] }), "Apple Pay merchant identity EC private key (PKCS#8) written via Anthropic tool_use");
}

// 3 App Store Connect .p8 in Node code
{
  const p8 = pem(g, "PRIVATE KEY", PK8EC, 184).replace(/\n/g, "\\n");
  const code = `import jwt from "jsonwebtoken";\n\nconst KEY_ID = "${g.up(10)}";\nconst ISSUER_ID = "${g.uuid()}";\nconst PRIVATE_KEY = "${p8}";\n\nexport const appStoreToken = () =>\n  jwt.sign({ iss: ISSUER_ID, aud: "appstoreconnect-v1", bid: "com.example.shop" }, PRIVATE_KEY, { algorithm: "ES256", expiresIn: "20m", keyid: KEY_ID });\n`;
  push("keys", mcpWrite("src/subscriptions/appStoreToken.ts", code), "App Store Connect / App Store Server API .p8 key (PKCS#8 EC) inlined in TypeScript, MCP write_file");
}

// 4 OpenSSH private key via heredoc in OpenAI tool_calls (double-escaped)
{
  const key = pem(g, "OPENSSH PRIVATE KEY", OSSH, 400);
  const cmd = `mkdir -p ~/.ssh && cat > ~/.ssh/bank_sftp_ed25519 <<'EOF'\n${key}\nEOF\nchmod 600 ~/.ssh/bank_sftp_ed25519 && sftp -i ~/.ssh/bank_sftp_ed25519 acme_treasury@sftp.bank-partner.example.com`;
  push("keys", j({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: cat("call_", g.an(24)), type: "function", function: { name: "run_shell", arguments: j({ command: cmd }) } }] }] }), "OpenSSH private key for bank SFTP in a heredoc inside OpenAI tool_calls arguments (double-escaped)");
}

// 5 PGP private key for NACHA file encryption in Slack
{
  const lines: string[] = [];
  const body = "lQVYBG" + g.b64(1590);
  const blk = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap64(body)}\n=${g.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  lines.push(blk);
  push("keys", j({ channel: `C0${g.up(9)}`, text: `Hier der private PGP-Schlüssel für die ACH/NACHA-Dateien an die Bank (Passphrase kommt per Signal):\n\`\`\`\n${lines.join("\n")}\n\`\`\`` }), "PGP private key block (ACH file signing/decryption) in a Slack chat.postMessage body; prose in de");
}

// 6 GCP service account JSON in a gist
{
  const sa = { type: "service_account", project_id: "acme-fin-analytics", private_key_id: g.hex(40), private_key: pem(g, "PRIVATE KEY", PK8RSA, 1624) + "\n", client_email: "finance-export@acme-fin-analytics.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", universe_domain: "googleapis.com" };
  push("keys", j({ description: "bq export creds", public: false, files: { "finance-export-sa.json": { content: JSON.stringify(sa, null, 2) } } }), "GCP service account JSON key (BigQuery finance export) in a gist create body");
}

// 7 private JWK for open-banking private_key_jwt
{
  const k = (n: number) => g.b64u(n);
  const jwk = { keys: [{ kty: "RSA", kid: g.uuid(), use: "sig", alg: "PS256", n: k(342), e: "AQAB", d: k(342), p: k(171), q: k(171), dp: k(171), dq: k(171), qi: k(171) }] };
  push("keys", claude(`Für den Open-Banking-Client (private_key_jwt bei der PSD2-Schnittstelle) nutzen wir dieses JWKS. Warum lehnt der ASPSP die client_assertion ab?\n\n\`\`\`json\n${JSON.stringify(jwk, null, 2)}\n\`\`\``), "RSA private JWK (d, p, q, ...) for PSD2 private_key_jwt pasted in an Anthropic body; prose in de");
}

// 8 HS256 JWT as bearer to internal payouts API
{
  const tok = g.jwt({ sub: "svc:payout-scheduler", aud: "payouts-api", scope: "payouts:write ledger:read", iat: 1730000000, exp: 1893456000, iss: "https://auth.internal.example.com" });
  push("auth", `curl -sS -X POST https://payouts.internal.example.com/v2/batches \\\n  -H 'Authorization: Bearer ${tok}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"currency":"EUR","cutoff":"2025-01-31T16:00:00Z"}'`, "long-lived service JWT (HS256, exp 2030) as a Bearer token in curl to an internal payouts API");
}

// 9 Swish PKCS#12 + password in a k8s Secret
{
  const p12 = Buffer.from([0x30, 0x82, 0x0a, 0x51, 0x02, 0x01, 0x03, ...g.bytes(1200)]).toString("base64");
  const yml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: swish-client-cert\n  namespace: payments\ntype: Opaque\ndata:\n  swish.p12: ${p12}\nstringData:\n  SWISH_CERT_PASSWORD: "${g.an(14)}"\n  SWISH_PAYEE_ALIAS: "123${g.dig(7)}"`;
  push("keys", mcpWrite("deploy/k8s/swish-client-cert.yaml", yml), "Swish PKCS#12 client certificate (base64) with its password in a k8s Secret, MCP write_file");
}

// 10 age secret key in CI log
{
  const age = cat("AGE-SECRET-", "KEY-1", g.str(58, BECH32).toUpperCase());
  push("keys", chat(`sops decrypt fails in CI:\n\n2025-02-03T09:12:44.551Z + export SOPS_AGE_KEY=${age}\n2025-02-03T09:12:44.902Z + sops -d deploy/secrets.enc.yaml\n2025-02-03T09:12:45.013Z Failed to get the data key required to decrypt the SOPS file.`), "age secret key (SOPS_AGE_KEY) in a CI log pasted to chat");
}

// 11 Ethereum hot wallet private key in .env
push("keys", claude(`Refund payouts in USDC stopped. .env of the payout worker:\n\n\`\`\`\nCHAIN_ID=8453\nRPC_URL=https://rpc.example.org/base\nPAYOUT_WALLET_ADDRESS=0x${g.hex(40)}\nPAYOUT_WALLET_PRIVATE_KEY=0x${g.hex(64)}\nUSDC_CONTRACT=0x${g.hex(40)}\n\`\`\``), "Ethereum hot-wallet private key (0x + 64 hex) in a pasted .env, Anthropic body");

// 12 BIP39 mnemonic in support chat
{
  const words: string[] = [];
  for (let i = 0; i < 12; i++) words.push(g.pick(WORDS));
  push("keys", j({ conversation_id: g.dig(12), message_type: "comment", body: `<p>Recovery phrase for the treasury hot wallet (needed to re-import on the new signer):</p><pre>${words.join(" ")}</pre>` }), "BIP39 12-word recovery phrase for a treasury hot wallet in a helpdesk reply");
}

// 13 encrypted PKCS#8 + passphrase in Java
{
  const enc = pem(g, "ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1776).replace(/\n/g, "\\n\" +\n        \"");
  const code = `public final class SigningKeys {\n    static final String KEY_PEM =\n        "${enc}";\n    static final char[] KEY_PASSPHRASE = "${g.an(10)}-${g.an(6)}".toCharArray();\n}`;
  push("keys", mcpWrite("src/main/java/com/example/bank/SigningKeys.java", code), "encrypted PKCS#8 key together with its passphrase in Java source (the passphrase unlocks it), MCP write_file");
}

// 14 keytool -storepass in shell history
push("keys", j({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "save_note", arguments: { title: "bastion history", body: `: 1733912201:0;cd /opt/sepa-gateway\n: 1733912240:0;keytool -importkeystore -srckeystore bank-client.p12 -srcstoretype PKCS12 -srcstorepass '${g.an(12)}' -destkeystore gateway.jks -deststorepass '${g.an(8)}!${g.dig(3)}'\n: 1733912301:0;systemctl restart sepa-gateway` } } }), "keystore passwords (keytool -srcstorepass/-deststorepass) in shell history sent via MCP save_note");

// 15 WireGuard config with PrivateKey
push("keys", mcpWrite("/etc/wireguard/wg-bank.conf", `[Interface]\nAddress = 10.77.0.2/32\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.77.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nPresharedKey = ${g.b64bytes(32)}\nEndpoint = vpn.bank-partner.example.com:51820\nAllowedIPs = 10.88.0.0/16`), "WireGuard PrivateKey + PresharedKey for the bank VPN tunnel (peer PublicKey alongside), MCP write_file");

// 16 SOAP WS-Security UsernameToken
push("payment", `POST /PaymentService/v3 HTTP/1.1\r\nHost: soap.bank-partner.example.com\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: "urn:submitPayment"\r\n\r\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n  <soapenv:Header>\n    <wsse:Security>\n      <wsse:UsernameToken>\n        <wsse:Username>ACME_H2H_${g.up(4)}</wsse:Username>\n        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${g.an(12)}#${g.an(4)}</wsse:Password>\n      </wsse:UsernameToken>\n    </wsse:Security>\n  </soapenv:Header>\n  <soapenv:Body><submitPayment><batchId>${g.dig(9)}</batchId></submitPayment></soapenv:Body>\n</soapenv:Envelope>`, "host-to-host bank SOAP API: WS-Security UsernameToken PasswordText in a raw HTTP request");

// 17 otpauth TOTP seed in Slack
push("auth", j({ channel: `C0${g.up(9)}`, text: `2FA seed for the shared bank portal login (treasury@), add it to your authenticator:\notpauth://totp/BankPortal:treasury%40example.com?secret=${g.str(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}&issuer=BankPortal&digits=6&period=30` }), "TOTP seed in an otpauth:// URI for a shared bank-portal login in a Slack message");

// 18 split Stripe key across concatenated literals
{
  const parts = [cat("sk_", "live_"), "51" + g.an(30), g.an(34), g.an(31)];
  const py = `# stripe key split so the linter stops complaining\nSTRIPE_KEY = (\n${parts.map((p) => `    "${p}"`).join("\n")}\n)\nstripe.api_key = STRIPE_KEY\n`;
  const tid = cat("toolu_01", g.an(22));
  push("payment", j({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: tid, name: "str_replace", input: { path: "billing/stripe_client.py", old_str: "stripe.api_key = os.environ[\"STRIPE_KEY\"]\n", new_str: py } }] }] }), "Stripe live secret key split across adjacent Python string literals (implicit concatenation) in a tool_use edit");
}

// 19 Basic auth (base64 user:password) to ERP
push("auth", `GET /sap/opu/odata/sap/API_SUPPLIERINVOICE_PROCESS_SRV/A_SupplierInvoice?$top=50 HTTP/1.1\r\nHost: erp.example.com\r\nAuthorization: Basic ${Buffer.from(`AP_INTEGRATION:${g.an(10)}%${g.an(5)}`).toString("base64")}\r\nAccept: application/json\r\n\r\n`, "ERP OData call with HTTP Basic auth (base64 of technical user:password) in a raw HTTP request");

// 20 .npmrc with GitHub Packages token
push("devtools", mcpWrite(".npmrc", `@acme-fin:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${cat("gh", "p_", g.an(36))}\nalways-auth=true\n`), ".npmrc _authToken (GitHub classic PAT) for npm.pkg.github.com, MCP write_file");

// 21 docker config.json
push("devtools", j({ jsonrpc: "2.0", id: 12, method: "tools/call", params: { name: "write_file", arguments: { path: "/root/.docker/config.json", content: JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`acme-ci:${cat("gh", "p_", g.an(36))}`).toString("base64") }, "registry.example.com": { auth: Buffer.from(`deploy:${g.an(20)}`).toString("base64") } } }, null, 2) } } }), "docker config.json auths (base64 user:token for ghcr.io and a private registry), MCP write_file");

// 22 .netrc
push("auth", chat(`Why does curl --netrc still get 401 from the bank statements API?\n\n~/.netrc:\nmachine statements.bank-partner.example.com\n  login acme_stmt_api\n  password ${g.an(16)}\nmachine sftp.bank-partner.example.com login acme_treasury password ${g.an(12)}`), ".netrc with bank API and SFTP passwords pasted in an OpenAI chat body");

// 23 .pgpass
push("data", mcpWrite("/home/finance/.pgpass", `# host:port:database:username:password\nledger-replica.example.com:5432:ledger:reporting_ro:${g.an(20)}\nwarehouse.example.net:5432:*:etl_loader:${g.b64u(18)}\n`), ".pgpass lines with Postgres passwords for ledger replica and warehouse, MCP write_file");

// 24 Stripe CLI output with webhook secret
push("payment", claude(`stripe listen output, the handler still says signature mismatch:\n\n> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is ${cat("wh", "sec_", g.an(32))} (^C to quit)\n2025-01-14 10:22:31   --> charge.succeeded [evt_${g.an(24)}]\n2025-01-14 10:22:31  <--  [400] POST http://localhost:4242/webhooks/stripe [evt_${g.an(24)}]`), "Stripe CLI `listen` output with the webhook signing secret, pasted in an Anthropic body");

// 25 Kafka JAAS config
push("data", mcpWrite("config/consumer.properties", `bootstrap.servers=pkc-${g.lo(5)}.eu-west-1.aws.confluent.example.net:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.up(16)}" password="${g.b64(64)}";\ngroup.id=ledger-projector\n`), "Kafka sasl.jaas.config with Confluent API key/secret as username/password in consumer.properties, MCP write_file");

// 26 legacy gateway query-string credentials
push("payment", `curl -sS 'https://secure.gateway.example.net/api/transact.php?username=acmeshop_api&password=${g.an(14)}&type=sale&amount=49.90&ccnumber=tok_ref_${g.dig(6)}&orderid=ORD-${g.dig(7)}'`, "legacy payment gateway (NMI-style direct post) username/password in URL query string, curl");

// 27 Google OAuth access token in URL fragment
push("auth", j({ type: "tool_use", id: cat("toolu_01", g.an(22)), name: "browser_navigate", input: { url: `https://merchant.example.com/oauth/callback#access_token=${cat("ya", "29.", "a0A", g.b64u(180))}&token_type=Bearer&expires_in=3599&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontent` } }), "Google OAuth access token (ya29.) in an implicit-flow URL fragment passed to a browser tool");

// 28 base64-encoded Square token in k8s data
push("payment", mcpWrite("deploy/k8s/square-secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: pos-sync-square\ntype: Opaque\ndata:\n  SQUARE_ACCESS_TOKEN: ${Buffer.from(cat("EA", "AA", g.b64u(60))).toString("base64")}\n  SQUARE_LOCATION_ID: ${Buffer.from("L" + g.up(12)).toString("base64")}`), "Square production access token base64-encoded in a k8s Secret `data` field, MCP write_file");

// 29 Azure Service Bus connection string
push("cloud", chat(`Settlement events stopped flowing. appsettings.Production.json:\n\n{\n  "ServiceBus": {\n    "ConnectionString": "Endpoint=sb://acme-settlements.servicebus.windows.net/;SharedAccessKeyName=ledger-writer;SharedAccessKey=${g.b64(43)}="\n  }\n}`), "Azure Service Bus connection string with SharedAccessKey in appsettings JSON, OpenAI chat body");

// 30 .NET RSAKeyValue XML private key
{
  const x = (n: number) => g.b64(n);
  const xml = `<RSAKeyValue><Modulus>${x(342)}==</Modulus><Exponent>AQAB</Exponent><P>${x(171)}=</P><Q>${x(171)}=</Q><DP>${x(171)}=</DP><DQ>${x(171)}=</DQ><InverseQ>${x(171)}=</InverseQ><D>${x(342)}==</D></RSAKeyValue>`;
  push("keys", mcpWrite("src/Shop.Payments/Keys/p24-signing.xml", xml), ".NET RSAKeyValue XML private key (D, P, Q, ...) for signing payment requests, MCP write_file");
}

// 31 Coinbase CDP API key JSON
push("keys", j({ envVars: [{ key: "CDP_API_KEY_JSON", type: "secret", value: JSON.stringify({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: pem(g, "EC PRIVATE KEY", SEC1EC, 164) + "\n" }) }] }), "Coinbase CDP API key JSON (key name + EC private key PEM) in a deploy-platform env-var API body");

// 32 DocuSign RSA key in C# verbatim string
{
  const key = pem(g, "RSA PRIVATE KEY", RSA1, 1676);
  const cs = `internal static class DocuSignJwt\n{\n    internal const string IntegrationKey = "${g.uuid()}";\n    internal const string ImpersonatedUserId = "${g.uuid()}";\n    internal const string PrivateKey = @"${key}";\n}`;
  push("keys", j({ description: "docusign jwt grant", public: false, files: { "DocuSignJwt.cs": { content: cs } } }), "DocuSign JWT-grant RSA private key in a C# verbatim string, gist create body");
}

// 33 Plaid + Stripe processor token exchange log line with secret echoed
push("payment", j([{ ddsource: "python", service: "bank-linking", message: `DEBUG plaid request POST https://plaid.example.com/processor/stripe/bank_account_token/create body={"client_id": "${g.hex(24)}", "secret": "${g.hex(30)}", "access_token": "${cat("access-", "production-", g.uuid())}", "account_id": "${g.b58(37)}"}` }]), "Plaid secret + item access token echoed in a DEBUG log line shipped to a log intake");

