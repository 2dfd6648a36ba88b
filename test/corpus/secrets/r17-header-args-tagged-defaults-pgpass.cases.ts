// Round seventeen (y24): (1) an Authorization value handed to a header call as its own quoted
// argument or map entry, an auth scheme word then a token with a short lower-case prefix and "_"
// (`"Bearer cxtp_…"`, `'Token pat_…'`): not prose naming an object id; (2) an environment lookup's
// fallback under an explicit secret name, a short kind prefix then lower case and digits
// (`ENV.fetch("X_SECRET_KEY", "sk_…")`); (3) a .pgpass line written by echo/printf inside a
// command chain or a tool call's JSON string, quotes maybe escaped. Every value is built at run time.
import { builder, Rng, LOWER, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x17a24f);
const b = builder({ category: "r17-header-args-tagged-defaults-pgpass", expect: "secrets" });
const bb = builder({ category: "r17-header-args-tagged-defaults-pgpass-benign", expect: "secrets" });

/** Mixed case and digits, each present several times. */
const tok = (n: number) => { for (;;) { const v = r.str(n, UPPER + LOWER + DIGITS); if ((v.match(/\d/g) ?? []).length >= 3 && (v.match(/[A-Z]/g) ?? []).length >= 3 && (v.match(/[a-z]/g) ?? []).length >= 3) return v; } };
/** Lower case and digits drawn at random, switching often. */
const lowDig = (n: number) => { for (;;) { const v = r.str(n, LOWER + DIGITS); if ((v.match(/(?=[a-z]\d|\d[a-z])/g) ?? []).length >= Math.max(8, n / 4)) return v; } };
const pw = () => "Q" + tok(15);

// (1) header name and value as two arguments or a map entry
b.pos("r17-hdr-csharp-bearer-prefixed", "C# DefaultRequestHeaders.Add with Bearer and a prefixed token", `client.DefaultRequestHeaders.Add("Authorization", "Bearer cxk_${tok(30)}");`);
b.pos("r17-hdr-java-token-prefixed", "Java setRequestProperty with a Token scheme", `HttpURLConnection conn = (HttpURLConnection) url.openConnection();\nconn.setRequestProperty("Authorization", "Token pat_${tok(32)}");`);
b.pos("r17-hdr-go-header-set", "Go Header.Set with a Bearer scheme", `req, _ := http.NewRequest("GET", endpoint, nil)\nreq.Header.Set("Authorization", "Bearer live_${tok(28)}")`);
b.pos("r17-hdr-kotlin-headers-put-apikey", "Kotlin headers.put with an ApiKey scheme", `val headers = HashMap<String, String>()\nheaders.put("Authorization", "ApiKey ak_${tok(30)}")`);
b.pos("r17-hdr-rust-header-lower-bearer", "Rust builder .header with a lower-case bearer", `let res = client.get(url).header("Authorization", "bearer svc_${tok(28)}").send().await?;`);
b.pos("r17-hdr-csharp-addheader-token", "RestSharp AddHeader with a Token scheme", `var request = new RestRequest("/v2/items");\nrequest.AddHeader("Authorization", "Token tkn_${tok(30)}");`);
bb.ben("r17-hdr-concat", "Bearer scheme joined to a variable", `req.Header.Set("Authorization", "Bearer " + token)\nconn.setRequestProperty("Authorization", "Token " + apiToken);`);
bb.ben("r17-hdr-placeholder", "Bearer scheme with a placeholder token", `client.DefaultRequestHeaders.Add("Authorization", "Bearer your_access_token_here");`);
bb.ben("r17-hdr-log-object-id", "a log message naming a token object by its id", `log.info("token tok_${tok(24)} created for account");`);
bb.ben("r17-hdr-ovh-application-key", "OVH application key (public, sent in X-Ovh-Application; the secret only signs)", `curl -sS 'https://eu.api.ovh.com/1.0/auth/time' \\\n  -H 'X-Ovh-Application: ${r.str(16, UPPER + LOWER + DIGITS)}'`);

// (2) a kind-prefixed lower-case default under an explicit secret name
b.pos("r17-envdef-ruby-fetch-sk", "Ruby ENV.fetch with a sk_ lower-case default", `Acme.configure do |c|\n  c.secret_key = ENV.fetch("ACME_SECRET_KEY", "sk_${lowDig(28)}")\nend`);
b.pos("r17-envdef-python-getenv-live", "Python os.getenv with a sk_live_ lower-case default", `PAYMENTS_API_TOKEN = os.getenv("PAYMENTS_API_TOKEN", "pt_live_${lowDig(26)}")`);
b.pos("r17-envdef-php-getenv-elvis", "PHP getenv ?: with a tagged lower-case secret", `$secret = getenv('PAYOUT_SECRET') ?: 'ps_${lowDig(30)}';`);
b.pos("r17-envdef-java-getordefault", "Java getOrDefault with a tagged lower-case key", `String key = System.getenv().getOrDefault("BILLING_API_KEY", "bk_${lowDig(32)}");`);
bb.ben("r17-envdef-cache-key", "a cache key name's default", `key = ENV.fetch("CACHE_KEY", "ck_users_v2_by_id_2024_01")`);
bb.ben("r17-envdef-dev-secret", "a made-up development default", `secret = ENV.fetch("SECRET_KEY", "dev_secret_key_1234567890")`);
bb.ben("r17-envdef-sequential", "a sequential stand-in after a prefix", `secret = os.getenv("APP_SECRET_KEY", "sk_abcdefghijklmnopqrst1234")`);

// (3) .pgpass lines written inside a chain or a JSON tool call
b.pos("r17-pgpass-json-printf-single", "printf with a format then the line, in a JSON tool call", `{"tool":"shell","command":"printf '%s\\\\n' 'pg-${r.str(5, LOWER)}.internal:5432:ledger:ledger_rw:${pw()}' > ~/.pgpass && chmod 600 ~/.pgpass"}`);
b.pos("r17-pgpass-json-echo-escaped", "echo with escaped double quotes in a JSON tool call", `{"tool":"bash","input":{"cmd":"echo \\"db.${r.str(6, LOWER)}.svc:6432:orders:svc_orders:${pw()}\\" >> ~/.pgpass"}}`);
b.pos("r17-pgpass-chain-after-cd", "echo after cd && in a one-liner", `cd /srv/app && echo 'replica-2:5432:*:replicator:${pw()}' >> ~/.pgpass; chmod 600 ~/.pgpass`);
b.pos("r17-pgpass-subshell-printf", "printf inside a command substitution", `$(printf '%s\\n' '10.20.${r.int(200)}.7:5439:dw:loader:${pw()}' > ~/.pgpass)`);
bb.ben("r17-pgpass-json-env", "JSON tool call writing the line from an environment variable", `{"tool":"shell","command":"echo \\"localhost:5432:*:postgres:\${PGPASSWORD}\\" > ~/.pgpass"}`);
bb.ben("r17-pgpass-json-placeholder", "JSON tool call writing a template line", `{"tool":"shell","command":"printf '%s\\\\n' 'db.example.com:5432:mydb:myuser:<your-password>' > ~/.pgpass"}`);
bb.ben("r17-pgpass-quoted-log-fields", "colon-separated fields in a quoted log string", `logger.info("at 12:30:45:INFO:worker-3:job done")`);

export const cases = [...b.cases, ...bb.cases];
