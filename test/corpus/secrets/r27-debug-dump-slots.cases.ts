// Round twenty-seven (held-out Y121's y121-a-053…b-101, n-039, n-057, nk-033): secrets in what an
// agent pastes while debugging. Four kinds:
// - a dump's annotation between a name and its string: PHP var_dump's `["api_key"]=> string(32) "…"`
//   (one line, or the value on the next line as PHP prints it), gdb's and lldb's char pointer
//   `api_token = 0x55…d12 "…"`; benign: the same dumps of non-secret names, NULL pointers, empty or
//   placeholder strings, ciphertext at rest (SOPS) behind a pointer;
// - a record whose next line labels the value (Spring Boot's `Property: app.x-secret` / `Value: "…"`);
//   benign: non-secret properties, placeholders;
// - a request header as a pair of strings at a line's start or in a list of tuples (Envoy's debug
//   dump `'authorization', 'Bearer …'`, Python's `[('authorization', …)]`); benign: other headers, schemes alone;
// - ids in slots whose name says token or session (Postman's per-request `Postman-Token` UUID, a
//   Stripe Checkout Session or SetupIntent id in a query): benign; the credentials beside them are found.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng } from "./_gen.ts";

const r = new Rng(0x27d801);
const b = builder({ category: "r27-debug-dump-slots" });
const bb = builder({ category: "r27-debug-dump-slots-benign" });
const ts = () => `2024-0${1 + r.int(8)}-1${r.int(9)}T0${r.int(9)}:1${r.int(9)}:2${r.int(9)}.${r.digits(3)}Z`;
const fpm = (line: string) => `[${ts()}] WARNING: [pool www] child ${r.digits(3)} said into stderr: "${line.replace(/"/g, '\\"')}"`;
const addr = () => `0x${"55" + r.hex(10)}`;
const lower = (n: number) => r.str(n, LOWER + "0123456789");

// PHP var_dump and gdb/lldb pointers
b.pos("r27h-vardump-hex", "var_dump one line, hex secret", fpm(`  ["mailgun_signing_key"]=> string(32) "${r.hex(32)}"`));
b.pos("r27h-vardump-next-line", "var_dump as PHP prints it, value on the next line", `array(3) {\n  ["host"]=>\n  string(13) "db.internal.lan"\n  ["stripe_secret"]=>\n  string(40) "${r.alnum(40)}"\n}\n`);
b.pos("r27h-vardump-json", "var_dump in a php-fpm log quoted in a JSON body", JSON.stringify({ body: "php-fpm log:\n" + fpm(`  ["sendgrid_api_key"]=> string(24) "${r.alnum(24)}"`) }));
b.pos("r27h-vardump-uuid", "var_dump, UUID secret key", fpm(`  ["hubspot_private_app_secret_key"]=> string(36) "${r.uuid()}"`));
b.pos("r27h-xdebug-single", "Xdebug's var_dump with single quotes", `'auth_token' =>\n    string(40) '${r.alnum(40)}'\n`);
b.pos("r27h-gdb-locals", "gdb info locals, char pointer", `(gdb) info locals\nrc = 0\nconf = {url = ${addr()} "https://api.vendor.test", api_token = ${addr()} "${r.alnum(36)}", retries = 3}\n`);
b.pos("r27h-gdb-print", "gdb print of a struct member", `(gdb) p *session\n$2 = {user = ${addr()} "svc-reports", secret_key = ${addr()} "${r.b64url(40)}", expires = 1718000000}\n`);
b.pos("r27h-lldb-frame", "lldb frame variable", `(lldb) frame variable\n(int) port = 5432\n(const char *) db_password = 0x0000600001${r.hex(6)} "${r.alnum(12)}${r.digits(4)}${r.alnum(6)}"\n`);
b.pos("r27h-gdb-tool-result", "gdb locals in a tool result", JSON.stringify({ type: "tool_result", content: `(gdb) info locals\nopts = {client_secret = ${addr()} "${r.hex(40)}", timeout = 30}` }));

bb.ben("r27h-vardump-region", "var_dump of non-secret strings", fpm(`  ["request_id"]=> string(32) "${r.hex(32)}"`));
bb.ben("r27h-vardump-empty", "var_dump of an empty secret", `array(2) {\n  ["api_key"]=>\n  string(0) ""\n  ["region"]=>\n  string(9) "eu-west-1"\n}\n`);
bb.ben("r27h-vardump-null", "var_dump of a NULL token", fpm(`  ["auth_token"]=> NULL`));
bb.ben("r27h-vardump-placeholder", "var_dump of a placeholder", fpm(`  ["api_key"]=> string(19) "your-api-key-here!!"`));
bb.ben("r27h-gdb-null-pointer", "gdb locals, NULL pointers in secret slots", `(gdb) info locals\ncfg = {api_token = 0x0, db_password = 0x0, host = ${addr()} "localhost"}\n`);
bb.ben("r27h-gdb-sops", "gdb locals, SOPS ciphertext behind a pointer", `cfg = {db_password = ${addr()} "ENC[AES256_GCM,data:${r.b64bytes(18)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]", port = 5432}\n`);
bb.ben("r27h-gdb-ids", "gdb locals, pointers to ids", `(gdb) info locals\nreq = {trace_id = ${addr()} "${r.hex(32)}", path = ${addr()} "/v1/sync", status = 502}\n`);
bb.ben("r27h-gdb-redacted", "gdb locals, redacted secret", `(gdb) p cfg\n$1 = {api_key = ${addr()} "<redacted>", password = ${addr()} "********", port = 443}\n`);

// A record whose next line labels the value
b.pos("r27h-spring-hex", "Spring Boot bind failure, 20 hex app secret", `Failed to bind properties under 'app.pusher-app-secret' to java.lang.String:\n\n    Property: app.pusher-app-secret\n    Value: "${r.hex(20)}"\n    Origin: System Environment Property "PUSHER_APP_SECRET"\n`);
b.pos("r27h-spring-alnum", "Spring Boot bind failure, alnum token", `    Property: integrations.slack.bot-token\n    Value: "${r.alnum(32)}"\n    Origin: class path resource [application.yml] - 14:18\n`);
b.pos("r27h-spring-json", "Spring Boot failure block in a gist", JSON.stringify({ files: { "boot.txt": { content: `Description:\n\nFailed to bind properties:\n\n    Property: mail.smtp.password\n    Value: "${r.alnum(10)}${r.digits(3)}${r.alnum(7)}"\n    Origin: "MAIL_SMTP_PASSWORD"\n` } } }));
b.pos("r27h-spring-api-key", "Spring Boot, api-key property", `    Property: vendor.geo.api-key\n    Value: "${r.hex(32)}"\n    Reason: must match "[A-Z]+"\n`);
b.pos("r27h-spring-client-secret", "Spring Boot, OAuth client secret", `    Property: spring.security.oauth2.client.registration.okta.client-secret\n    Value: "${r.b64url(40)}"\n    Origin: System Environment Property "OKTA_CLIENT_SECRET"\n`);
b.pos("r27h-spring-signing", "Spring Boot, webhook signing secret", `    Property: webhooks.signing-secret\n    Value: "${r.hex(24)}"\n`);

bb.ben("r27h-spring-url", "Spring Boot, a URL property", `    Property: app.api-base-url\n    Value: "https://api.vendor.test/v2"\n    Origin: System Environment Property "APP_API_BASE_URL"\n`);
bb.ben("r27h-spring-placeholder", "Spring Boot, a placeholder secret", `    Property: app.pusher-app-secret\n    Value: "\${PUSHER_APP_SECRET}"\n    Origin: class path resource [application.yml] - 3:12\n`);
bb.ben("r27h-spring-timeout", "Spring Boot, a duration", `    Property: app.token-ttl\n    Value: "15minutes"\n    Reason: failed to convert java.lang.String to java.time.Duration\n`);
bb.ben("r27h-spring-cache-key", "Spring Boot, a non-secret key property", `    Property: app.cache-key\n    Value: "${r.hex(20)}"\n`);
bb.ben("r27h-spring-changeme", "Spring Boot, changeme", `    Property: db.password\n    Value: "changeme"\n`);
bb.ben("r27h-spring-id", "Spring Boot, a client id", `    Property: spring.security.oauth2.client.registration.okta.client-id\n    Value: "0oa${r.alnum(17)}"\n`);

// A header as a pair of strings
b.pos("r27h-envoy-bearer", "Envoy debug headers, Bearer", `[debug][http] request headers complete (end_stream=false):\n':authority', 'api.vendor.test'\n':method', 'POST'\n'authorization', 'Bearer ${r.b64bytes(48)}'\n'x-request-id', '${r.uuid()}'\n`);
b.pos("r27h-envoy-token", "Envoy debug headers, Token scheme", `':path', '/v2/events'\n'authorization', 'Token ${r.hex(40)}'\n'user-agent', 'curl/8.4.0'\n`);
b.pos("r27h-envoy-json", "Envoy debug headers in a ticket body", JSON.stringify({ ticket: { body: `Envoy log:\n'content-type', 'application/json'\n'authorization', 'Bearer ${r.alnum(44)}'\n` } }));
b.pos("r27h-tuple-list", "Python list of header tuples", `headers = [('content-type', 'application/json'), ('authorization', 'Bearer ${r.b64url(40)}')]\n`);
b.pos("r27h-tuple-repr", "requests' prepared headers repr as tuples", `[('User-Agent', 'python-requests/2.31'), ('Authorization', 'Bearer ${r.alnum(36)}')]\n`);
b.pos("r27h-envoy-indented", "indented Envoy header lines", `  ':method', 'GET'\n  'authorization', 'Bearer ${r.alnum(20)}.${r.b64url(30)}'\n`);

bb.ben("r27h-envoy-no-auth", "Envoy headers without credentials", `':authority', 'svc.internal.test'\n':path', '/v1/messages'\n'x-request-id', '${r.uuid()}'\n'x-b3-traceid', '${r.hex(16)}'\n`);
bb.ben("r27h-envoy-scheme-only", "header names listed in a tuple", `SENSITIVE = ('authorization', 'Bearer realm')\n`);
bb.ben("r27h-tuple-variable", "tuple with a variable token", `headers = [('authorization', 'Bearer ' + token)]\n`);
bb.ben("r27h-tuple-template", "tuple with a template", `headers = [('authorization', 'Bearer {{ access_token }}')]\n`);
bb.ben("r27h-envoy-basic-placeholder", "Envoy header, placeholder bearer", `'authorization', 'Bearer <your-token-here>'\n`);
bb.ben("r27h-tuple-names", "list of header names", `REDACT = ['authorization', 'cookie', 'x-api-key', 'proxy-authorization']\n`);

// Ids in token- and session-named slots; the credentials beside them are still found
bb.ben("r27h-postman-token", "Postman's per-request token header", `Request Headers\n  Content-Type: application/json\n  Postman-Token: ${r.uuid()}\n  Host: api.vendor.test\n`);
bb.ben("r27h-postman-har", "Postman-Token in a HAR entry", JSON.stringify({ headers: [{ name: "Postman-Token", value: r.uuid() }, { name: "Accept", value: "*/*" }] }));
bb.ben("r27h-postman-curl", "Postman's generated curl", `curl --location 'https://api.vendor.test/v1/items' \\\n  --header 'Postman-Token: ${r.uuid()}'\n`);
bb.ben("r27h-stripe-cs-sql", "Checkout Session id in a slow query", `SELECT * FROM payments WHERE checkout_session = 'cs_live_a1${r.alnum(56)}' LIMIT 1;\n`);
bb.ben("r27h-stripe-cs-test-log", "Checkout Session id in a log field", `level=info msg="session completed" checkout_session_id=cs_test_b1${r.alnum(56)} amount=4200\n`);
bb.ben("r27h-stripe-seti", "SetupIntent id beside a session name", `session_ref = 'seti_1${r.alnum(23)}'\n`);

b.pos("r27h-postman-beside-key", "Postman console with a real API key beside the Postman-Token", `Request Headers\n  X-Api-Key: ${r.alnum(40)}\n  Postman-Token: ${r.uuid()}\n`);
b.pos("r27h-auth-token-uuid", "a UUID in a real auth-token header", `X-Auth-Token: ${r.uuid()}\n`);
b.pos("r27h-stripe-secret-key", "Stripe secret key beside a Checkout Session id", `checkout_session = 'cs_live_a1${r.alnum(56)}'\nSTRIPE_SECRET_KEY=sk_live_${r.alnum(99)}\n`);
b.pos("r27h-session-cookie", "session cookie beside a Postman-Token", `Cookie: sessionid=${lower(32).replace(/^(.{4})/, "$19")}\nPostman-Token: ${r.uuid()}\n`);
b.pos("r27h-checkout-client-secret", "a session token slot holding a random secret", `checkout_session_token = "${r.alnum(48)}"\n`);
b.pos("r27h-postman-api-key", "Postman's own API key", `POSTMAN_API_KEY=PMAK-${r.hex(24)}-${r.hex(34)}\n`);

// Session ids of lower-case letters and digits whose draw came out repetitive (entropy under the bar)
const skewed = (n: number) => {
  let v = "";
  for (let i = 0; i < n; i++) v += i % 5 === 2 ? r.str(1, "23456789") : r.str(1, "zzzsshhbcdfgkmnprtwxlo");
  return v;
};
b.pos("r27h-session-django-skewed", "Django sessionid, repetitive draw", `Cookie: csrftoken=${r.alnum(32)}; sessionid=${skewed(32)}\n`);
b.pos("r27h-session-php-skewed", "PHPSESSID, repetitive draw", `GET /admin HTTP/1.1\nCookie: PHPSESSID=${skewed(32)}\n`);
b.pos("r27h-session-set-cookie", "Set-Cookie of a session, repetitive draw", `< Set-Cookie: sessionid=${skewed(32)}; expires=Thu, 01 Jan 2026 00:00:00 GMT; HttpOnly; Path=/\n`);
b.pos("r27h-session-json", "session id in a JSON log field", JSON.stringify({ level: "warn", msg: "session expired", session_id: skewed(40) }));
b.pos("r27h-session-tcpdump", "session cookie in a tcpdump -A capture", `..........GET /account HTTP/1.1\nHost: app.vendor.test\nCookie: sessionid=${skewed(32)}\nAccept: */*\n`);
b.pos("r27h-session-django-shell", "Django shell Session object", `>>> Session.objects.get(session_key='${skewed(32)}')\n`);

bb.ben("r27h-session-words-digits", "session value of words and a date", `Cookie: sessionid=releasecandidatebuild20240117final\n`);
bb.ben("r27h-session-words-numbered", "session name of numbered words", `session_id = "sessionuser1sessionuser2sessionuser3"\n`);
bb.ben("r27h-session-short", "short session id", `Cookie: sessionid=${skewed(20)}\n`);
bb.ben("r27h-session-letters-only", "session value of repeated letters", `Cookie: sessionid=${"abcd".repeat(8)}\n`);
bb.ben("r27h-session-placeholder", "session placeholder", `Cookie: sessionid=<your-session-id-goes-here-please>\n`);
bb.ben("r27h-session-hex-low", "session slot holding a low-entropy hex", `session_id=00000000000000000000000000000001\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
