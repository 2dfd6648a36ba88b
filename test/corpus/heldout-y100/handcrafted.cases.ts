// Handcrafted positives: key material and multi-value credentials. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Gen, j, B32 } from "./_gen.ts";

const g = new Gen(0x3003);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, bytes: number) => [j("-----BEGIN ", label, "-----"), wrap(g.b64bytes(bytes)), j("-----END ", label, "-----")].join("\n");
const awsId = () => j("AK", "IA", g.str(16, B32));
const P = (id: string, group: string, note: string, text: string): CorpusCase => ({ id, kind: "secrets", category: `heldouty100-sec-${group}`, label: "positive", text, note });

const rsa = pem("RSA PRIVATE KEY", 1190);
const ec = pem("EC PRIVATE KEY", 121);
const pk8 = pem("PRIVATE KEY", 1218);
const ossh = [j("-----BEGIN OPENSSH", " PRIVATE KEY-----"), wrap(j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", g.b64bytes(300)), 70), j("-----END OPENSSH", " PRIVATE KEY-----")].join("\n");
const pgp = [j("-----BEGIN PGP PRIVATE", " KEY BLOCK-----"), "", wrap(g.b64bytes(900)), "=" + g.a(4), j("-----END PGP PRIVATE", " KEY BLOCK-----")].join("\n");
const saKey = pem("PRIVATE KEY", 1218);

export const cases: CorpusCase[] = [
  P("y100-ck-001", "keys", "RSA private key; file content; anthropic tool_use write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "deploy/keys/app.pem", content: rsa + "\n" } })),
  P("y100-ck-002", "keys", "EC private key; pasted in openai chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `why does openssl say "unable to load key"?\n\n${ec}\n` }] })),
  P("y100-ck-003", "keys", "PKCS#8 private key; k8s TLS secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pk8.split("\n").map((l) => "    " + l).join("\n")}\n`),
  P("y100-ck-004", "keys", "OpenSSH private key; MCP tool result cat ~/.ssh/id_ed25519", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: ossh + "\n" }] } })),
  P("y100-ck-005", "keys", "PGP private key block; Markdown doc for release signing", `## Release signing\n\nImport this key on the build box:\n\n\`\`\`\n${pgp}\n\`\`\`\n`),
  P("y100-ck-006", "keys", "age secret key; shell history", `  88  age-keygen -o key.txt\n  89  echo ${j("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))} > ~/.config/sops/age/keys.txt\n  90  sops -e secrets.yaml`),
  P("y100-ck-007", "cloud", "GCP service account JSON; pasted in anthropic chat body", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "gcloud auth fails with this key file, help?\n\n" + JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.d(6), private_key_id: g.h(40), private_key: saKey + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] })),
  P("y100-ck-008", "cloud", "AWS key pair; ~/.aws/credentials INI via write_file tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "/home/dev/.aws/credentials", content: `[default]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${g.b(40)}\nregion = us-east-1\n` }) } }] })),
  P("y100-ck-009", "cloud", "AWS STS session credentials; CI log", `2026-11-02T10:01:03Z + aws sts assume-role --role-arn arn:aws:iam::${g.d(12)}:role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "${j("AS", "IA", g.str(16, B32))}",\n        "SecretAccessKey": "${g.b(40)}",\n        "SessionToken": "${j("IQoJb3JpZ2luX2Vj", g.b(360))}",\n        "Expiration": "2026-11-02T11:01:03Z"\n    }\n}`),
  P("y100-ck-010", "cloud", "Azure SAS URL; curl upload", `curl -X PUT -H "x-ms-blob-type: BlockBlob" --data-binary @backup.tar.gz "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&${j("si", "g=")}${encodeURIComponent(g.b64bytes(32))}"`),
  P("y100-ck-011", "auth", "basic auth in URL; git remote in shell command tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "bash", input: { command: `git remote set-url origin https://deploy-bot:${j("gh", "p_", g.a(36))}@github.com/acme/platform.git && git push origin main` } })),
  P("y100-ck-012", "auth", ".netrc machine password", `machine api.heroku.com\n  login ops@acme-corp.net\n  password ${j("HRK", "U-AA", g.w(58))}\nmachine git.heroku.com\n  login ops@acme-corp.net\n  password ${j("HRK", "U-AA", g.w(58))}\n`),
  P("y100-ck-013", "data", ".pgpass entry; MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `$ cat ~/.pgpass\ndb-prod-1.internal:5432:orders:orders_admin:${g.w(28)}\nlocalhost:5432:*:postgres:postgres\n` }] } })),
  P("y100-ck-014", "devtools", "npmrc auth token; Dockerfile RUN echo", `FROM node:20\nWORKDIR /app\nCOPY . .\nRUN echo "//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}" > .npmrc && npm ci && rm .npmrc\n`),
  P("y100-ck-015", "devtools", "docker config.json auth; pasted in chat", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "docker push keeps failing with denied, this is ~/.docker/config.json:\n" + JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-ci:" + j("gh", "p_", g.a(36))).toString("base64") } } }, null, 2) }] })),
  P("y100-ck-016", "auth", "Google OAuth client secret; .env diff", `--- a/.env\n+++ b/.env\n@@ -1,3 +1,5 @@\n APP_ENV=prod\n+OAUTH_CLIENT_ID=${g.d(12)}-${g.l(32)}.apps.googleusercontent.com\n+OAUTH_CLIENT_SECRET=${j("GOC", "SPX-", g.w(28))}\n REDIS_HOST=cache\n`),
  P("y100-ck-017", "comms", "Twilio API key secret pair; Python code", `from twilio.rest import Client\n\nclient = Client(\n    "${j("S", "K")}${g.h(32)}",\n    "${g.a(32)}",\n    account_sid="${j("A", "C")}${g.h(32)}",\n)\nclient.messages.create(to="+15550100", from_="+15550101", body="deploy done")\n`),
  P("y100-ck-018", "payment", "Stripe live key as CLI positional arg; shell tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "shell", arguments: JSON.stringify({ cmd: `stripe listen --api-key ${j("sk", "_live_", "51", g.a(97))} --forward-to localhost:4242/webhook` }) } }] })),
  P("y100-ck-019", "observability", "Sentry DSN with secret; JS init", `import * as Sentry from "@sentry/node";\n\nSentry.init({\n  dsn: "https://${g.h(32)}:${g.h(32)}@o${g.d(6)}.ingest.sentry.io/${g.d(7)}",\n  tracesSampleRate: 0.1,\n});\n`),
  P("y100-ck-020", "keys", "RSA private key JSON-escaped in Jupyter cell", JSON.stringify({ cells: [{ cell_type: "code", source: ["import jwt\n", `PRIVATE_KEY = """${pem("RSA PRIVATE KEY", 1190)}"""\n`, "token = jwt.encode({'sub': 'svc'}, PRIVATE_KEY, algorithm='RS256')\n"] }], nbformat: 4, nbformat_minor: 5 })),
  P("y100-ck-021", "ai", "Azure OpenAI key; C# constructor", `using Azure;\nusing Azure.AI.OpenAI;\n\nvar client = new AzureOpenAIClient(\n    new Uri("https://acme-eastus.openai.azure.com/"),\n    new AzureKeyCredential("${g.h(32)}"));\n`),
];
