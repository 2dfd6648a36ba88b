// Round six (the secrets classes held-out set H exposed), written for this project corpus with
// other providers and carriers than H's cases. Misses: a C character array ending in its NUL
// terminator (`…, 'x', 0}` or `'\0'`); a token split right after a three-character prefix (hf_,
// r8_, SG.) in languages that juxtapose literals; a URL password holding an unescaped "@".
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x5ec6f06);
const nul = builder({ category: "r6-nul-char-arrays", expect: "secrets" });
const short = builder({ category: "r6-short-prefix-split", expect: "secrets" });
const at = builder({ category: "r6-url-at-password", expect: "secrets" });

const chars = (s: string) => [...s].map((c) => `'${c}'`).join(", ");
const glpat = () => ["gl", "pat-"].join("") + r.str(20, ALNUM + "_-");
const npmTok = () => ["np", "m_"].join("") + r.str(36, ALNUM);
const hf = () => ["h", "f_"].join("") + r.str(34, ALNUM);
const r8 = () => ["r", "8_"].join("") + r.str(37, ALNUM);
const sendgrid = () => ["S", "G."].join("") + r.str(22, ALNUM + "_-") + "." + r.str(43, ALNUM + "_-");
const dsnPw = () => r.str(5, ALNUM) + "@" + r.str(4, "!#%&*") + r.str(8, ALNUM);

// ── C strings written as character arrays, NUL-terminated ──
nul.pos("r6-c-array-zero", "GitLab token as a C char array ending in 0", `static const char gl_token[] = { ${chars(glpat())}, 0 };`);
nul.pos("r6-arduino-nul-escape", "npm token as an Arduino char array ending in '\\0'", `const char NPM_TOKEN[] PROGMEM = {${chars(npmTok())},'\\0'};`);
nul.pos("r6-cpp-array-newlines", "Hugging Face token over lines, NUL-terminated", `char k[] = {\n  ${chars(hf()).replace(/(', ){12}/g, (m) => m + "\n  ")},\n  0\n};`);
nul.ben("r6-c-greeting", "a greeting as a char array", `char hello[] = {'H', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd', 0};`);
nul.ben("r6-c-vowels", "a lookup set of characters", `static const char vowels[] = {'a','e','i','o','u','A','E','I','O','U','y','Y','\\0'};`);
nul.ben("r6-c-hex-digits", "hex digit table", `const char HEXDIG[] = {'0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f', 0};`);

// ── three-character prefixes split from the body ──
{
  const t = hf();
  short.pos("r6-clojure-str", "Hugging Face token in a Clojure str of three literals", `(def hf-token (str "${t.slice(0, 3)}" "${t.slice(3, 20)}" "${t.slice(20)}"))`);
  const u = r8();
  short.pos("r6-python-juxtaposed", "Replicate token as juxtaposed Python literals", `REPLICATE_API_TOKEN = ("${u.slice(0, 3)}"\n    "${u.slice(3)}")`);
  const v = sendgrid();
  short.pos("r6-js-plus", "SendGrid key with its prefix split off in JS", `sgMail.setApiKey('${v.slice(0, 3)}' + '${v.slice(3)}');`);
  short.ben("r6-hf-model-path", "a model path built from literals", `model_id = "hf_" + "internal_bert_base"  # cache folder prefix`);
  short.ben("r6-msg-concat", "message keys glued in JS", `const key = "msg." + "errors." + "notFound";`);
  short.ben("r6-r8-label", "an ordinary label concatenation", `label = "r8_" "rev" "2"`);
}

// ── "@" inside a URL password ──
at.pos("r6-mysql-at-password", "MySQL URL with '@' in the password", `DATABASE_URL=mysql://svc_orders:${dsnPw()}@mysql-1.internal:3306/orders`);
at.pos("r6-amqp-at-password", "AMQP URL with '@' in the password", `broker_url = "amqp://worker:${dsnPw()}@rabbit.internal:5672//"`);
at.pos("r6-redis-at-password", "Redis URL with a password holding '@' twice", `REDIS_URL=redis://default:${r.str(6, ALNUM)}@${r.str(3, ALNUM)}@${r.str(7, HEX)}@cache.internal:6379/0`);
at.ben("r6-medium-at-path", "an @ in a URL path", `Read it at https://medium.com/@jane.doe/how-we-ship-1f2a3b4c5d6e and https://www.npmjs.com/package/@scope/pkg`);
at.ben("r6-ssh-git-user", "ssh URL with a user and no password", `git clone ssh://git@github.com/acme/infra.git && scp deploy@10.0.0.5:/var/log/app.log .`);
at.ben("r6-vite-fs", "Vite's /@fs/ path on localhost", `GET http://localhost:5173/@fs/home/dev/app/src/main.ts?t=1733300000000 200`);

export const cases: CorpusCase[] = [...nul.cases, ...short.cases, ...at.cases];
