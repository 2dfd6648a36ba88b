// Round two (issue 24), class 3: named secret slots. A parameter, cookie, header or form field
// whose name says secret, carrying an opaque credential-like value, to any host. Benign: short
// session ids, CSRF nonces, feature flags, placeholders, pagination cursors.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, HEX } from "./_gen.ts";

const r = new Rng(0x5ec2403);
const { cases: secretCases, pos, ben } = builder({ category: "named-slots", expect: "secrets" });
const urlCases: CorpusCase[] = [];
const url = (label: "positive" | "benign", id: string, note: string, text: string) => urlCases.push({ id: "sec-" + id, kind: "url", category: label === "positive" ? "named-slots-url" : "named-slots-url-benign", label, text, note });
export const cases: CorpusCase[] = [];

const opaque = (n: number) => r.alnum(n);
const hex = (n: number) => r.str(n, HEX);

// ---- headers
pos("hdr-x-api-key-hex", "X-Api-Key header with 32 hex", `GET /v2/reports HTTP/1.1\nHost: api.vendor-one.example\nX-Api-Key: ${hex(32)}\nAccept: application/json\n`);
pos("hdr-x-auth-token", "X-Auth-Token header", `POST /v1/jobs HTTP/1.1\nHost: build.example.org\nX-Auth-Token: ${opaque(40)}\nContent-Type: application/json\n\n{"job":"nightly"}`);
pos("hdr-curl-apikey", "curl -H with apikey header", `curl -sS https://geo.example.net/v1/lookup?ip=8.8.8.8 -H "apikey: ${opaque(32)}"`);
pos("hdr-x-access-token", "x-access-token in a fetch call", `await fetch("https://data.example.com/export", { headers: { "x-access-token": "${r.str(48, B64URL)}" } });`);
pos("hdr-authorization-bearer-opaque", "Authorization: Bearer with an opaque 40-char value", `Authorization: Bearer ${opaque(40)}\nUser-Agent: agent/1.0`);
pos("hdr-private-token", "PRIVATE-TOKEN header", `curl --header "PRIVATE-TOKEN: ${opaque(26)}" "https://git.internal.example/api/v4/projects"`);
pos("hdr-x-secret-hex40", "X-Secret header with 40 hex", `X-Secret: ${hex(40)}`);
pos("hdr-token-upper-hex", "Token header", `Token: ${hex(36)}`);
// ---- cookies
pos("cookie-session-long", "Cookie: session=<long opaque>", `GET /dashboard HTTP/1.1\nHost: admin.example.io\nCookie: theme=dark; session=${r.str(64, B64URL)}; lang=en\n`);
pos("cookie-sid-b64", "connect.sid style cookie with a long signed value", `Cookie: connect.sid=s%3A${r.str(32, B64URL)}.${r.str(43, B64)}; _ga=GA1.2.${r.digits(9)}.${r.digits(10)}`);
pos("cookie-auth-token", "auth_token cookie", `curl https://app.example.com/api/me -b "auth_token=${hex(48)}"`);
pos("cookie-remember", "remember_user_token cookie", `Cookie: remember_user_token=${r.str(80, B64URL)}`);
pos("set-cookie-access", "Set-Cookie access_token", `Set-Cookie: access_token=${r.str(60, B64URL)}; Path=/; HttpOnly; Secure`);
// ---- forms and multipart
pos("form-api-key-hex", "form field api_key with 32 hex", `POST /v1/submit HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nformat=json&api_key=${hex(32)}&q=weather`);
pos("form-client-secret", "OAuth token request with a client secret", `grant_type=client_credentials&client_id=svc-reporting&client_secret=${r.str(40, ALNUM + "~._-")}`);
pos("form-password-login", "login form with a password", `POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nusername=jdoe&password=${encodeURIComponent("Qm7#" + r.alnum(8) + "!x")}&remember=1`);
pos("form-token-hex", "form token (webhook registration)", `url=https%3A%2F%2Fhooks.example.net%2Fin&token=${hex(40)}&events=push`);
pos("multipart-apikey", "multipart part named api_key", `--X-BOUNDARY\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${hex(32)}\r\n--X-BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nid,name\r\n1,a\r\n--X-BOUNDARY--\r\n`);
pos("multipart-secret-webkit", "multipart (browser boundary) part named secret", `------WebKitFormBoundaryq8Xb3YtK2mLpR7fA\r\nContent-Disposition: form-data; name="secret"\r\n\r\n${opaque(36)}\r\n------WebKitFormBoundaryq8Xb3YtK2mLpR7fA--\r\n`);
pos("json-apikey-hex", "JSON field apiKey with 32 hex", JSON.stringify({ apiKey: hex(32), city: "Berlin" }));
pos("json-token-hex", "JSON token with hex", `{"event":"deploy","token":"${hex(40)}"}`);

// ---- benign
ben("hdr-request-id", "request/trace ids", `X-Request-Id: ${r.uuid()}\nX-Amzn-Trace-Id: Root=1-${hex(8)}-${hex(24)}\ntraceparent: 00-${hex(32)}-${hex(16)}-01`);
ben("cookie-short-session", "short session id cookie", `Cookie: sessionid=${r.alnum(12)}; csrftoken=${r.alnum(10)}; theme=light`);
ben("cookie-prefs", "preference cookies", `Cookie: session_lang=en-US; session_tz=Europe/Berlin; feature_new_nav=true; consent=granted`);
ben("form-csrf", "CSRF nonce in a same-site form", `POST /account/settings HTTP/1.1\nHost: app.example.com\nOrigin: https://app.example.com\nContent-Type: application/x-www-form-urlencoded\n\nauthenticity_token=${r.str(43, B64URL)}&user%5Bname%5D=Jane&commit=Save`);
ben("form-csrf-django", "django csrfmiddlewaretoken", `csrfmiddlewaretoken=${r.alnum(64)}&title=Quarterly+report&body=Draft`);
ben("form-flags", "feature flags in a form", `feature_token_auth=on&session_timeout=3600&key_rotation=weekly&secret_scanning=enabled`);
ben("hdr-placeholder", "header placeholders", `curl https://api.example.com/v1/items -H "X-Api-Key: YOUR_API_KEY" -H "Authorization: Bearer <token>"`);
ben("json-pagination", "pagination cursor", JSON.stringify({ items: [1, 2, 3], nextPageToken: r.str(24, B64URL) }));
// Found through the proxy: every WebSocket handshake carries a random Sec-WebSocket-Key.
ben("hdr-ws-handshake", "WebSocket handshake nonce", `GET /chat HTTP/1.1\nHost: rt.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: ${r.b64bytes(16)}\nSec-WebSocket-Version: 13`);
ben("hdr-idempotency", "idempotency key and CSRF header", `Idempotency-Key: ${hex(32)}\nX-CSRF-Token: ${r.alnum(40)}\nX-Request-Key: ${r.alnum(24)}`);
ben("hdr-etag", "etag and content digests", `ETag: "${hex(32)}"\nContent-MD5: ${r.b64bytes(16)}\nDigest: sha-256=${r.b64bytes(32)}`);
ben("json-keys-meta", "JSON with key metadata", JSON.stringify({ keyId: r.uuid(), tokenType: "Bearer", expiresIn: 3600, session: { id: r.alnum(8), created: "2026-03-01" } }));
ben("multipart-plain", "multipart with ordinary fields", `--X\r\nContent-Disposition: form-data; name="title"\r\n\r\nHoliday photos\r\n--X\r\nContent-Disposition: form-data; name="session"\r\n\r\nsummer-2025\r\n--X--\r\n`);

// ---- URL queries (checked as URLs)
url("positive", "url-token-hex", "token= with 40 hex to an arbitrary host", `https://metrics.example.net/ingest?token=${hex(40)}&v=2`);
url("positive", "url-key-opaque", "key= with opaque value", `https://tiles.mapvendor.example/v3/streets/12/2048/1361.png?key=${opaque(32)}`);
url("positive", "url-apikey-hex32", "apikey= 32 hex", `http://feeds.example.org/rss?apikey=${hex(32)}`);
url("positive", "url-access-token", "access_token in query", `https://graph.example.com/v19.0/me?fields=id,name&access_token=${r.str(120, ALNUM)}`);
url("positive", "url-auth", "auth= opaque", `https://push.example.io/send?auth=${r.str(44, B64URL)}&channel=ops`);
url("positive", "url-secret", "secret= opaque", `https://hooks.example.dev/github?secret=${opaque(30)}`);
url("positive", "url-password", "password in query", `https://nas.home.example/api/login?user=admin&password=${encodeURIComponent("vK8!" + r.alnum(10))}`);
url("positive", "url-session-long", "session= with a long opaque value", `https://portal.example.com/sso/return?session=${r.str(96, B64URL)}`);
url("positive", "url-private-token", "private_token in query", `https://git.example.org/api/v4/projects?private_token=${opaque(20)}`);
url("benign", "url-session-short", "short session id", `https://shop.example.com/cart?session=${r.alnum(8)}&step=2`);
url("benign", "url-token-placeholder", "token placeholder", `https://api.example.com/v1/items?token=YOUR_TOKEN&limit=10`);
url("benign", "url-key-word", "key= is a word", `https://docs.example.com/search?key=timeout&lang=en`);
url("benign", "url-page-token", "pagination cursor", `https://www.googleapis.com/youtube/v3/playlistItems?part=snippet&pageToken=${r.str(12, B64URL)}&maxResults=50`);
url("benign", "url-feature-flag", "feature flags", `https://app.example.com/?feature_token_login=1&auth=sso&session=new`);
url("benign", "url-sorted-key", "sort key", `https://example.com/list?sort_key=created_at&sort_order=desc`);

cases.push(...secretCases, ...urlCases);
