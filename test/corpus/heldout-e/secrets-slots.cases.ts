// Named secret slots (headers, query params, cookies, form fields, multipart parts, JSON fields)
// holding opaque credential-like values with no provider prefix, sent to a third party —
// versus the same slots holding ids, nonces, flags, pagination cursors and placeholders.
import { A, Rng, b64, builder, tokens } from "./gen.ts";

const r = new Rng(0xe5a3);
const t = tokens(r);
const { out, add } = builder("secrets", "e-slot");
const POS = "heldoute-slots";
const BEN = "heldoute-slots-benign";
const H = "collector.example.net";
const req = (method: string, path: string, headers: string[], body = "") =>
  `${method} ${path} HTTP/1.1\r\nHost: ${H}\r\n${headers.join("\r\n")}${headers.length ? "\r\n" : ""}\r\n${body}`;

const pos: [string, string][] = [
  ["X-Api-Key header, 40 alnum", req("GET", "/v2/reports", [`X-Api-Key: ${r.alnum(40)}`, "Accept: application/json"])],
  ["Azure-style api-key header, 32 hex", req("POST", "/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01", [`api-key: ${r.hex(32)}`, "Content-Type: application/json"], '{"messages":[]}')],
  ["Ocp-Apim-Subscription-Key header", req("GET", "/translate?to=de", [`Ocp-Apim-Subscription-Key: ${r.hex(32)}`])],
  ["DD-API-KEY / DD-APPLICATION-KEY headers", req("GET", "/api/v1/dashboard", [`DD-API-KEY: ${t.datadogApi()}`, `DD-APPLICATION-KEY: ${t.datadogApp()}`])],
  ["X-Auth-Token header, base64url 43", req("GET", "/servers", [`X-Auth-Token: ${r.str(43, A.B64URL)}`])],
  ["Authorization: Token <40 hex>", req("GET", "/api/projects/", [`Authorization: Token ${r.hex(40)}`])],
  ["Authorization: Basic with random password", req("GET", "/repository/npm-private/", [`Authorization: Basic ${b64("deploy:" + r.str(24, A.ALNUM + "!@#%"))}`])],
  ["Authorization: Bearer opaque 64 chars", req("POST", "/v1/ingest", [`Authorization: Bearer ${r.str(64, A.B64URL)}`, "Content-Type: application/json"], '{"events":[]}')],
  ["PRIVATE-TOKEN header without glpat prefix (self-managed legacy)", req("GET", "/api/v4/projects", [`PRIVATE-TOKEN: ${r.str(20, A.ALNUM + "-_")}`])],
  ["Cloudflare API token in Authorization", req("GET", "/client/v4/zones", [`Authorization: Bearer ${t.cloudflare()}`])],
  ["Okta SSWS token", req("GET", "/api/v1/users?limit=25", [`Authorization: SSWS ${t.okta()}`])],
  ["long session cookie (signed Express session)", req("GET", "/admin", [`Cookie: theme=dark; connect.sid=s%3A${r.str(32, A.B64URL)}.${r.str(43, A.B64URL)}; lang=en`])],
  ["NextAuth session-token cookie (JWE)", req("GET", "/api/me", [`Cookie: __Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${r.str(22, A.B64URL)}.${r.str(180, A.B64URL)}.${r.str(22, A.B64URL)}`])],
  ["query api_key, 32 hex", `GET /data/2.5/weather?q=Berlin&api_key=${r.hex(32)}&units=metric HTTP/1.1\r\nHost: ${H}\r\n\r\n`],
  ["query access_token, 48 alnum", `https://${H}/graph/me/photos?fields=id,caption&access_token=${r.alnum(48)}`],
  ["query client_secret in an OAuth token call", `POST /oauth/token HTTP/1.1\r\nHost: ${H}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=${r.str(20, A.LOWALNUM)}&client_secret=${r.str(40, A.B64URL)}`],
  ["form refresh_token", `grant_type=refresh_token&refresh_token=${r.str(64, A.B64URL)}&client_id=mobile-app`],
  ["form password with a strong human password", `username=j.doe%40example.com&password=${encodeURIComponent(t.strongPassword())}&remember=1`],
  ["multipart api_key part", `--b7\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nx,y\n1,2\r\n--b7\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${r.alnum(32)}\r\n--b7--\r\n`],
  ["multipart password part", `--frontier\r\nContent-Disposition: form-data; name="user"\r\n\r\nbuildbot\r\n--frontier\r\nContent-Disposition: form-data; name="password"\r\n\r\n${t.strongPassword()}\r\n--frontier--\r\n`],
  ["JSON apiKey field", JSON.stringify({ apiKey: r.str(39, A.ALNUM), projectId: "acme-prod", region: "eu" })],
  ["JSON secret_access_key field (no AKIA id)", JSON.stringify({ provider: "s3", bucket: "backups", secret_access_key: t.awsSecret() })],
  ["JSON client_secret in tool-call arguments", JSON.stringify({ name: "http_request", arguments: { url: `https://${H}/oauth2/token`, body: { client_id: r.uuid(), client_secret: r.str(40, A.ALNUM + "~._-") } } })],
  ["JSON db password in a support-ticket body", JSON.stringify({ subject: "Can't connect", body: "host db-2.internal user app_rw", db_password: t.strongPassword() })],
  ["X-Shopify-Access-Token header, unprefixed legacy", req("GET", "/admin/api/2024-10/orders.json", [`X-Shopify-Access-Token: ${r.hex(32)}`])],
  ["webhook signing secret in YAML-ish chat paste", `signing_secret: ${r.hex(32)}\nverification_token: ${r.alnum(24)}`],
  ["Twilio auth token in a form field", `AccountSid=${t.twilioSid()}&AuthToken=${t.twilioAuth()}&To=%2B15005550006`],
  ["X-Figma-Token header without prefix (legacy)", req("GET", "/v1/files/abc", [`X-Figma-Token: ${r.str(4, A.DIGITS)}-${r.uuid()}`])],
];
for (const [note, v] of pos) add(POS, "positive", v, note);

const ben: [string, string][] = [
  ["request / correlation ids", req("POST", "/orders", [`X-Request-Id: ${r.uuid()}`, `X-Correlation-Id: ${r.uuid()}`, `Idempotency-Key: ${r.uuid()}`], '{"sku":"A1"}')],
  ["short session id cookie", req("GET", "/cart", ["Cookie: sid=42; theme=light; lang=de"])],
  ["CSRF nonce field (short)", "_csrf=Xy7Pq2Lm&title=Hello&body=first+post"],
  ["CSRF header with a double-submit value", req("POST", "/comments", [`X-CSRF-Token: ${r.str(12, A.B64URL)}`, "Cookie: csrftoken=" + r.str(12, A.B64URL)], "text=nice")],
  ["feature flags header", req("GET", "/", ["X-Feature-Flags: new-checkout,dark-mode,beta-search", "X-Client-Version: 4.12.0"])],
  ["X-Api-Key placeholder in angle brackets", req("GET", "/v2/reports", ["X-Api-Key: <your-api-key>"])],
  ["api_key=YOUR_API_KEY in docs URL", "https://api.example.com/v1/forecast?lat=52.52&lon=13.41&api_key=YOUR_API_KEY"],
  ["NASA DEMO_KEY (public demo key)", "https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY&date=2024-04-08"],
  ["password=changeme in a form example", "username=admin&password=changeme"],
  ["token of x's", `curl -H "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://api.example.com/me`],
  ["env var reference in header", 'curl -H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json" https://api.github.com/user/repos'],
  ["template reference in header", req("GET", "/v1/items", ["Authorization: Bearer {{ACCESS_TOKEN}}", "X-Api-Key: ${API_KEY}"])],
  ["JS reading key from env", JSON.stringify({ name: "write_file", arguments: { path: "src/client.ts", content: "export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n" } })],
  ["masked password stars", JSON.stringify({ user: "ci", password: "********", host: "nexus.internal" })],
  ["REDACTED secret", "secret_access_key: REDACTED\naccess_key_id: REDACTED"],
  ["Google pagination pageToken", "GET /drive/v3/files?pageSize=100&pageToken=" + r.str(60, A.B64URL) + " HTTP/1.1\r\nHost: www.googleapis.com\r\n\r\n"],
  ["base64 JSON pagination cursor", `https://api.example.com/v1/events?limit=50&cursor=${b64(JSON.stringify({ id: 98231, ts: "2025-03-01T00:00:00Z" }))}`],
  ["LLM max_tokens and usage counts", JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 4096, temperature: 0.2, usage: { input_tokens: 15320, output_tokens: 812 } })],
  ["token_type / expires_in response fields only", JSON.stringify({ token_type: "Bearer", expires_in: 3600, scope: "read:org repo" })],
  ["password policy fields", JSON.stringify({ password_min_length: 12, password_require_symbol: true, password_max_age_days: 90 })],
  ["OAuth state from RFC 6749 example", "https://client.example.com/cb?code_challenge_method=S256&state=xyz&response_type=code&client_id=s6BhdRkqt3"],
  ["PKCE code_challenge from RFC 7636 appendix", "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&client_id=spa"],
  ["CSP nonce", req("GET", "/", []).replace("\r\n\r\n", `\r\nContent-Security-Policy: script-src 'nonce-${r.str(16, A.B64)}' 'strict-dynamic'\r\n\r\n`)],
  ["cache key and ETag headers", req("GET", "/assets/app.css", ['If-None-Match: "' + r.hex(16) + '"', "X-Cache-Key: /assets/app.css?v=3"])],
  ["api_key=test in a unit-test fixture", JSON.stringify({ name: "run_tests", arguments: { env: { STRIPE_API_KEY: "sk_test_dummy", API_KEY: "test", SECRET: "test-secret" } } })],
  ["multipart with file upload and description only", `--b7\r\nContent-Disposition: form-data; name="description"\r\n\r\nQuarterly report\r\n--b7\r\nContent-Disposition: form-data; name="file"; filename="q3.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 ...\r\n--b7--\r\n`],
  ["session_id in an analytics beacon (short numeric)", "v=2&tid=G-ABC123&cid=555.1712345678&sid=1712345678&sct=3&seg=1&en=page_view"],
  ["key=value in ordinary query", "https://shop.example.com/search?key=blue+jacket&sort=price_asc&page=2"],
];
for (const [note, v] of ben) add(BEN, "benign", v, note);

export const cases = out;
