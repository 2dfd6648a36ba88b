// Round twenty-six (held-out Y113 benign Sentry events): a log scrubber's mask standing where a
// secret was (`"password": "[Filtered]"`, Rails' `[FILTERED]`, `(hidden)`, `[removed by scrubber]`)
// is not a credential. Positives: the same slots holding real values, bracketed or not. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { ALNUM, builder, Rng } from "./_gen.ts";

const r = new Rng(0x26e001);
const b = builder({ category: "r26-scrubber-mask" });
const bb = builder({ category: "r26-scrubber-mask-benign" });
const key = () => r.alnum(6) + r.digits(4) + r.alnum(18);
const pw = () => r.str(5, "abcdefghjkmnpqrstuvwxyz") + r.digits(3) + r.pick(["#", "!", "%"]) + r.str(6, ALNUM) + r.digits(2);

b.pos("r26-mask-pos-json", "event extra api_key with a live value", JSON.stringify({ extra: { api_key: key(), job: "sync" } }, null, 2));
b.pos("r26-mask-pos-rails", "Rails params log with an unfiltered password", `Started POST "/session" for 10.0.0.4\n  Parameters: {"email"=>"ops@example.org", "password"=>"${pw()}"}\n`);
b.pos("r26-mask-pos-bracketed", "a password that opens with a bracket", `db_password: "[${r.alnum(4)}${r.digits(3)}]${r.alnum(9)}"\n`);
b.pos("r26-mask-pos-yaml", "settings dump with a secret", `settings:\n  secret_key: ${key()}\n  debug: false\n`);
b.pos("r26-mask-pos-headers", "a header map with one value left in", JSON.stringify({ headers: { "X-Api-Key": key(), Cookie: "[Filtered]" } }));
b.pos("r26-mask-pos-logfmt", "logfmt line with a token", `level=warn msg="retry" client_secret=${key()} attempt=2\n`);

bb.ben("r26-mask-sentry", "Sentry-style scrubbed event", JSON.stringify({ request: { data: { password: "[Filtered]" }, headers: { Authorization: "[Filtered]" } }, extra: { api_key: "[Filtered]", token: "[Filtered]" } }, null, 2));
bb.ben("r26-mask-rails", "Rails filter_parameters log", `Started POST "/users" for 10.0.0.9\n  Parameters: {"user"=>{"email"=>"a@example.org", "password"=>"[FILTERED]", "password_confirmation"=>"[FILTERED]"}, "api_token"=>"[FILTERED]"}\n`);
bb.ben("r26-mask-hidden", "parenthesised mask in a settings table", `SECRET_KEY       (hidden)\nDATABASE_PASSWORD (hidden)\nclient_secret: (hidden)\n`);
bb.ben("r26-mask-words", "mask of several words", `{"password": "[removed by scrubber]", "secret": "[Sensitive Data]"}\n`);
bb.ben("r26-mask-upper", "upper-case masks in a log line", `auth ok token=[MASKED] secret=[SCRUBBED] user=ops\n`);
bb.ben("r26-mask-django", "Django debug page settings", `API_KEY = '[Protected]'\nSECRET_KEY = '[Redacted Value]'\nDEBUG = True\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
