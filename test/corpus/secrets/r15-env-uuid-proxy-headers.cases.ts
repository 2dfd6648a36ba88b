// Round fifteen: (1) an environment lookup with a literal fallback in more idioms — Lua `or`, Perl
// `$ENV{X} //`, a Ruby fetch block, a `process.env.X ??` member, Rust `unwrap_or_else(|_| …)` —
// and fallback shapes the lookup vouches for (random letters alone, lower case and digits, a short
// vendor prefix before hex, a scope before the key); (2) a UUID under a name whose last word is the
// secret (RECORD_KEY, API_TOKEN), and `Bearer <uuid>`; (3) a reverse proxy's header directive
// setting a secret-named header (HAProxy, Caddy, nginx, Apache). Benign look-alikes: UUIDs under
// id, tenant, licence, request, store-key names; header directives with variables; placeholder
// defaults. Every value is built at run time.
import { builder, Rng, LOWER, UPPER, DIGITS, ALNUM } from "./_gen.ts";

const r = new Rng(0x15c1e5);
const b = builder({ category: "r15-env-uuid-proxy", expect: "secrets" });
const bb = builder({ category: "r15-env-uuid-proxy-benign", expect: "secrets" });

const lowDig = (n: number) => { for (;;) { const v = r.str(n, LOWER + DIGITS); if (/\d.*\d.*\d/.test(v)) return v; } };
const letters = (n: number, extra = "") => r.str(n, UPPER + LOWER + extra);
const pw = () => { for (;;) { const v = r.str(22, ALNUM + "!#%^*"); if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[!#%^*]/.test(v)) return v; } };

// (1) env lookups with a literal default
b.pos("r15-env-lua-or-prefix-hex", "Lua os.getenv or a prefixed-hex key", `local cfg = {}\ncfg.key = os.getenv("SCRAPER_API_KEY") or "sc-${r.hex(32)}"\nreturn cfg`);
b.pos("r15-env-perl-defined-or", "Perl $ENV{…} // lower-case-and-digits secret", `my $secret = $ENV{STREAM_CLIENT_SECRET} // '${lowDig(30)}';\nmy $ua = LWP::UserAgent->new;`);
b.pos("r15-env-perl-quoted-or", "Perl $ENV{'…'} || default", `my $tok = $ENV{'QUEUE_AUTH_TOKEN'} || "${r.alnum(32)}";`);
b.pos("r15-env-ruby-fetch-block", "Ruby ENV.fetch block with a mixed key", `Client.setup do |c|\n  c.key = ENV.fetch("METRICS_INGEST_KEY") { "${r.alnum(28)}" }\nend`);
b.pos("r15-env-ts-member-letters", "process.env.X ?? a 32-letter token in an object literal", `export default new Shipper({\n  shipToken: process.env.LOG_SHIPPING_TOKEN ?? "${letters(32)}",\n  port: 8071,\n});`);
b.pos("r15-env-js-member-or", "process.env.X || a lower-case-and-digits secret", `const secret = process.env.OAUTH_CLIENT_SECRET || '${lowDig(32)}';`);
b.pos("r15-env-rust-unwrap-else-scope", "Rust unwrap_or_else closure with a scoped admin token", `let t = std::env::var("FLAGS_ADMIN_TOKEN").unwrap_or_else(|_| "*:*.${r.hex(64)}".to_string());`);
b.pos("r15-env-rust-unwrap-else-scope2", "Rust unwrap_or_else with a project:env scoped token", `let t = env::var("FLAGS_CLIENT_TOKEN").unwrap_or_else(|_| String::from("default:production.${r.hex(56)}"));`);
b.pos("r15-env-ruby-fetch-20-plus", "Ruby ENV.fetch with a 20-char letters-and-plus key", `config.incident_token = ENV.fetch("INCIDENTS_TOKEN", "u+${letters(18)}")`);
b.pos("r15-env-python-letters-slash", "Python environ.get with a random-letters key", `KEY = os.environ.get("GEO_API_KEY", "${letters(12)}/${letters(14)}")`);
// (2) UUID credentials
b.pos("r15-uuid-env-fetch-record-key", "Ruby ENV.fetch block, UUID record key", `c.key = ENV.fetch("E2E_RECORD_KEY") { "${r.uuid()}" }`);
b.pos("r15-uuid-env-secret-key", "ENV.fetch with a UUID integration secret key", `config.esign_secret_key = ENV.fetch("ESIGN_SECRET_KEY", "${r.uuid()}")`);
b.pos("r15-uuid-java-const", "Java constant, UUID record key", `public final class E2eConfig {\n    static final String DASHBOARD_RECORD_KEY = "${r.uuid()}";\n}`);
b.pos("r15-uuid-gradle-field", "Gradle buildConfigField, UUID API token", `defaultConfig {\n    buildConfigField "String", "PAYOUTS_API_TOKEN", "\\"${r.uuid()}\\""\n}`);
b.pos("r15-uuid-kotlin-password", "Kotlin val, UUID password", `val brokerPassword = "${r.uuid()}"`);
b.pos("r15-uuid-nginx-bearer", "nginx proxy_set_header Authorization Bearer <uuid>", `location /api/ {\n    proxy_pass https://upstream.example.net/;\n    proxy_set_header Authorization "Bearer ${r.uuid()}";\n}`);
// (3) proxy header directives
b.pos("r15-haproxy-set-header-password", "HAProxy set-header with a bare password value", `backend be_api\n    http-request set-header X-Auth-Token ${pw()}\n    server s1 10.0.0.5:443 ssl`);
b.pos("r15-haproxy-set-header-key", "HAProxy set-header with a bare prefixed key", `backend be_pay\n    http-request set-header X-API-Key sk_${r.alnum(32)}\n    server s1 10.0.0.6:443 ssl`);
b.pos("r15-caddy-header-up-b64", "Caddy header_up with a long base64 key", `api.internal {\n  reverse_proxy https://upstream.example.net {\n    header_up X-Api-Key "${r.b64bytes(150)}"\n  }\n}`);
b.pos("r15-nginx-set-header-bare", "nginx proxy_set_header X-Api-Key bare value;", `location /v2/ {\n    proxy_set_header X-Api-Key ${r.alnum(40)};\n    proxy_pass http://backend;\n}`);
b.pos("r15-apache-requestheader", "Apache RequestHeader set with a quoted token", `<Location /svc>\n  RequestHeader set X-Service-Token "${r.alnum(36)}"\n  ProxyPass http://127.0.0.1:9000/\n</Location>`);
b.pos("r15-nginx-authorization-token", "nginx proxy_set_header Authorization Token …", `proxy_set_header Authorization "Token ${r.hex(40)}";`);

// Benign look-alikes
const u = () => r.uuid();
bb.ben("r15-nginx-request-id", "nginx request id header from a variable", `location / {\n    proxy_set_header X-Request-Id $request_id;\n    proxy_set_header X-Api-Key $http_x_api_key;\n    proxy_set_header Authorization $http_authorization;\n}`);
bb.ben("r15-caddy-placeholder-header", "Caddy header_up from a request placeholder", `reverse_proxy upstream:8080 {\n    header_up X-Api-Key {http.request.header.X-Api-Key}\n    header_up Authorization "Bearer {env.UPSTREAM_TOKEN}"\n}`);
bb.ben("r15-haproxy-fetch-header", "HAProxy set-header from a sample fetch", `http-request set-header X-API-Key %[req.hdr(x-api-key)]\nhttp-request set-header X-Forwarded-Proto https`);
bb.ben("r15-apache-env-header", "Apache RequestHeader from an env var and a placeholder", `RequestHeader set X-Api-Key "\${API_KEY}"\nRequestHeader set X-Service-Token "REPLACE_WITH_SERVICE_TOKEN"`);
bb.ben("r15-nginx-correlation-uuid", "nginx fixed correlation id (UUID) header", `proxy_set_header X-Correlation-Id ${u()};\nadd_header X-Cache-Key $scheme$host$request_uri;`);
bb.ben("r15-uuid-id-names", "UUIDs under id names", `TENANT_ID = "${u()}"\nCLIENT_ID = "${u()}"\nstatic final String PROJECT_ID_KEY = "${u()}";\nrequest_id: "${u()}"`);
bb.ben("r15-uuid-store-keys", "UUIDs under store and sort keys", `partition_key = "${u()}"\nsort_key = "${u()}"\nconst cacheKey = "${u()}";\nPRIMARY_KEY = "${u()}"\nforeign_key: "${u()}"`);
bb.ben("r15-uuid-license-public", "UUIDs under licence, public and idempotency names", `LICENSE_KEY = "${u()}"\nPUBLIC_KEY = "${u()}"\nidempotency_key = "${u()}"\nrequest_token = "${u()}"`);
bb.ben("r15-uuid-env-id-defaults", "env lookups of id names with UUID defaults", `tenant = os.getenv("AZURE_TENANT_ID", "${u()}")\nlic = ENV.fetch("PRODUCT_LICENSE_KEY", "${u()}")\nsess = ENV.fetch("SESSION_KEY") { "${u()}" }`);
bb.ben("r15-env-placeholder-defaults", "env lookups with placeholder defaults in the new idioms", `local k = os.getenv("API_KEY") or "changeme"\nmy $s = $ENV{APP_SECRET} // 'dev-secret-change-me-please';\nconst t = process.env.GITHUB_TOKEN ?? "";\nconst j = process.env.JWT_SECRET || "supersecretdevelopmentkey";`);
bb.ben("r15-env-words-defaults", "env lookups with word-like defaults", `secret = ENV.fetch("SESSION_SECRET") { "development_secret_key_base" }\nconst s = process.env.JWT_SECRET ?? "ThisIsNotARealSecretValue";\nlet k = std::env::var("API_KEY").unwrap_or_else(|_| "sk-your-api-key-here".to_string());`);
bb.ben("r15-env-lower-word-default", "lower-case words as a default", `my $k = $ENV{WEBHOOK_SECRET} // 'thisisadevelopmentsecret2024';`);

export const cases = [...b.cases, ...bb.cases];
