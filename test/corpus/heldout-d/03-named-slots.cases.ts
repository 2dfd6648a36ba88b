// Class 3: named secret slots — query params, Cookie header, custom headers, form fields named
// token/key/secret/password/auth/session with opaque credential-like values (no provider prefix).
// Benign: short session ids, CSRF nonces, feature flags, placeholders, masked values.
import { gen, maker, ALNUM, B64URL, B64, HEX } from "./gen.ts";

const g = gen(0xd003);
const { pos, neg, cases } = maker("secrets", "heldoutd-named-slots", "slot");
const o = (n: number, cs = ALNUM) => g.opaque(n, cs);

// ---- positives
pos(`GET /v1/reports?access_token=${o(40)}&format=csv HTTP/1.1\r\nHost: api.reporting.example\r\n`, "access_token query param");
pos(`https://api.weather-data.example/forecast?lat=52.52&lon=13.40&apikey=${o(32)}`, "apikey query param in URL sent as text");
pos(`fetch("https://maps.example.com/geocode?address=Berlin&key=${o(39, B64URL)}")`, "key= query param");
pos(`Cookie: _ga=GA1.2.${g.s(10, "0123456789")}.${g.s(10, "0123456789")}; session=${o(64, B64URL)}; theme=dark\r\n`, "long session cookie");
pos(`Cookie: sid=s%3A${o(32, B64URL)}.${o(43, B64)}\r\n`, "express-session signed sid cookie");
pos(`X-Api-Key: ${o(40)}\r\nContent-Type: application/json\r\n`, "X-Api-Key header");
pos(`X-Auth-Token: ${o(48, B64URL)}\r\n`, "X-Auth-Token header");
pos(`X-Vault-Token: ${o(26)}\r\n`, "X-Vault-Token header, opaque");
pos(`PRIVATE-TOKEN: ${o(20, B64URL)}\r\nAccept: */*\r\n`, "PRIVATE-TOKEN header (gitlab style) without prefix");
pos(`Authorization: Token ${g.hex(40)}\r\n`, "Authorization: Token hex40 (DRF style)");
pos(`Authorization: Basic ${Buffer.from(`deploy:${o(24)}`).toString("base64")}\r\n`, "Basic auth with random password");
pos(`username=svc-backup&password=${encodeURIComponent(o(18, ALNUM + "!@#$%^&*"))}&grant_type=password`, "password form field");
pos(`client_id=${g.uuid()}&client_secret=${o(40, ALNUM + "~._-")}&grant_type=client_credentials&scope=api`, "client_secret form field");
pos(`{"auth":{"user":"etl","secret":"${o(32)}"},"retry":3}`, "JSON secret field");
pos(JSON.stringify({ connection: { host: "db.internal", token: o(44, B64URL) } }), "JSON token field");
pos(`--BOUNDARY\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${o(32)}\r\n--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na,b\r\n--BOUNDARY--`, "multipart api_key field");
pos(`wss://stream.example.io/v1/feed?auth=${o(36, B64URL)}&channels=trades`, "auth query param on websocket URL");
pos(`Set-Cookie: remember_token=${o(22)}|${g.hex(128)}; Path=/; HttpOnly; Secure`, "remember_token cookie");
pos(`session_token: ${o(56, B64URL)}`, "session_token yaml-ish line");
pos(`X-Shopify-Access-Token: ${g.hex(32)}\r\n`, "custom access token header, hex value");
pos(`?sig=${encodeURIComponent(o(43, B64))}%3D&se=2025-01-01&sp=r&sv=2022-11-02&sr=b`, "Azure SAS signature param");
pos(`x-goog-api-key: ${o(32)}`, "lower-case custom key header");
pos(`curl -X POST https://hooks.internal.example/ingest -d "secret=${o(30)}&event=deploy"`, "secret field in curl -d");
pos(`Proxy-Authorization: Bearer ${o(52, B64URL)}\r\n`, "Proxy-Authorization bearer");

// ---- benign
neg(`Cookie: session=abc123; theme=dark; lang=en-GB\r\n`, "short toy session id");
neg(`Cookie: _ga=GA1.2.${g.s(10, "0123456789")}.${g.s(10, "0123456789")}; _gid=GA1.2.${g.s(9, "0123456789")}.${g.s(10, "0123456789")}; cookieconsent_status=dismiss\r\n`, "analytics cookies only");
neg(`csrfmiddlewaretoken=${o(64)}&title=Weekly+notes&body=Ship+it`, "Django CSRF token in form (nonce)", );
neg(`<input type="hidden" name="authenticity_token" value="${o(86, B64)}==">`, "Rails authenticity token (per-form nonce) in HTML");
neg(`X-Request-Id: ${g.uuid()}\r\nX-Correlation-Id: ${g.uuid()}\r\n`, "request id headers");
neg(`https://shop.example.com/search?q=red+shoes&page=2&sort=price_asc&session=1`, "session=1 query param");
neg(`feature_flags=new_checkout,dark_mode&token_refresh=true&secret_menu=false`, "feature flags mentioning token/secret words");
neg(`password=********&username=alice`, "masked password");
neg(`X-Api-Key: YOUR_API_KEY\r\n`, "header placeholder");
neg(`curl https://api.example.com/v1/items -H "X-Auth-Token: $AUTH_TOKEN"`, "env var reference");
neg(`{"token": "<token>", "expires_in": 3600}`, "angle placeholder in JSON");
neg(`https://example.com/reset?token=REPLACE_ME`, "REPLACE_ME token");
neg(`https://app.example.com/invite?key=team-onboarding-2024`, "human-readable key value");
neg(`state=${g.hex(16)}&nonce=${g.hex(16)}&response_type=code&client_id=web-frontend&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`, "OAuth state/nonce and public client id");
neg(`https://accounts.example.com/callback?code=${o(20)}&state=${g.hex(16)}`, "one-shot OAuth code (short-lived)");
neg(`password_min_length=12&password_require_symbol=true&session_timeout=1800`, "policy settings named password/session");
neg(`X-Api-Key-Id: key_${g.s(8, "0123456789")}\r\nX-Api-Version: 2024-06-01\r\n`, "key id header (identifier)");
neg(`{"secret": false, "token_type": "Bearer", "scope": "read:user"}`, "secret false, token_type");
neg(`Set-Cookie: locale=de-DE; Path=/; Max-Age=31536000; SameSite=Lax`, "locale cookie");
neg(`ETag: W/"${g.hex(16)}"\r\nX-Cache: HIT\r\nAge: 12`, "cache headers");
neg(`auth=none&key=name&order=asc`, "auth=none, key=name sort key");
neg(`{"session": {"id": ${g.int(1000, 9999)}, "started": "2024-10-01T09:00:00Z", "user": "alice"}}`, "numeric session id");
neg(`?page_token=${b64(`{"offset":${g.int(100, 999)}}`)}&limit=50`, "pagination cursor page_token (base64 JSON offset)");

function b64(s: string) {
  return Buffer.from(s).toString("base64");
}
void HEX;
export { cases };
