// Credentials handed to code instead of assigned (issue 24, round ten): a setter, builder method
// or keyword argument named for the secret (`.secretKey("…")`, `setAccessToken('…')`,
// `auth=("id", "…")`), an SDK client's constructor or init call holding an opaque literal next to
// its id or URL, and an API key sent as the basic-auth user with an empty or dummy password
// (`curl -u KEY:X`, `"Basic " + base64("KEY:")`). Small scanners rather than one regex: the
// decision needs the call's name, its argument list and each literal's shape, and each scan
// reads a bounded stretch after its keyword (linear).
import type { Matcher, MatchResult, Rule } from "./types.ts";
import { literalWrapperEnd } from "./literal-wrapper.ts";
import { charClasses, letterDigitSwitches, LOWER_DIGITS, lowerDigitsDrawn, shannonEntropy } from "../entropy.ts";
import { groupedPassword, isGenericPlaceholder } from "../placeholder.ts";
import { randomLetters } from "./builtin-near.ts";
import { idOnlyObjectId } from "../vendor-object-id.ts";
import { passwordName } from "../slot-name.ts";
import { setterPassword } from "./setter-call.ts";
import { keepOutOfLine } from "../jit.ts";
import { PUBLISHABLE_VALUE } from "../value-form.ts";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID drawn at random (not a placeholder, not a run like 1111…): a key where the context names one. */
export function randomUuid(v: string): boolean {
  return UUID.test(v) && !isGenericPlaceholder(v) && shannonEntropy(v.replace(/-/g, "")) >= 3.0;
}

/**
 * A key built from a UUID and a second random part (fal's `<uuid>:<32 hex>`, Bunny's `<uuid>-<uuid>`):
 * the id and the secret joined in one value, judged as the hex it is.
 */
const COMPOUND_UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[-:](?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,64})$/i;

/** A name with a content hash (`chunk-3f2a…`, `app.min.<hash>`): a build artefact's name, not a credential. */
export const HASHED_NAME = /^[A-Za-z][A-Za-z0-9._-]*[-_.][0-9a-f]{32,}$/;
/** A storage object's path ending in a file name (`exports/…/<hash>.parquet`, `avatars/<uuid>.webp`): a key into a bucket, not a credential. */
export const FILE_AT_PATH_END = /\/[\w-]{1,120}\.[a-z][a-z0-9]{1,7}$/i;

/**
 * A literal that reads as a credential: hex of 32+, or letters and digits dense enough to be
 * random (mixed case from 16 characters, one case from 32). `strong` asks more, for literals
 * whose call names nothing secret: mixed case of 20+ whose case flips as random text does (not
 * an identifier, not hex, not a hash).
 */
export function opaqueLiteral(v: string, strong = false): boolean {
  if (COMPOUND_UUID_KEY.test(v)) return !strong && shannonEntropy(v.replace(/[-:]/g, "")) >= 3.3 && !isGenericPlaceholder(v);
  if (v.length < 16 || v.length > 300 || !/^[A-Za-z0-9+/_.~=-]+$/.test(v)) return false;
  if (UUID.test(v) || /^[\d.-]+$/.test(v)) return false;
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(v)) return !strong && v.length >= 32 && shannonEntropy(v) >= 3.0 && !isGenericPlaceholder(v);
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (HASHED_NAME.test(v) || /\.(?:com|org|net|io|json|js|ts|html|png|svg|css)$/i.test(v) || FILE_AT_PATH_END.test(v)) return false;
  const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v);
  if (!mixed && (strong || v.length < 32)) return false;
  // One case and digits in a run or two (`stagingdeploymentnightly20241205`: words and a date): a random draw switches often.
  if (!mixed && letterDigitSwitches(v) < 4) return false;
  if (strong && (v.length < 20 || !randomLetters(v) || base64Text(v))) return false;
  return shannonEntropy(v) >= Math.min(4.0, 0.8 * Math.log2(Math.min(v.length, 64))) && !isGenericPlaceholder(v) && !idOnlyObjectId(v);
}

/** Base64 of readable text (a test fixture's encoded sentence), not a key. */
function base64Text(v: string): boolean {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const s = Buffer.from(v, "base64").toString("latin1");
  return /^[\x20-\x7e\t\r\n]+$/.test(s) && /[ \t\n]/.test(s);
}

/** A password that stands in for none: basic auth with the key as user and the password unused (`KEY:`, `KEY:X`). */
const DUMMY_PASSWORD = /^(?:|[xX_*.-]|none|null|dummy|unused|ignored?|blank)$/i;

export interface Literal { value: string; start: number }
interface Arg { literal?: Literal; bare?: string; idName?: boolean }
/** A keyword argument named as an id (`last_completion_id=`, `projectId:`): a handle or an object's id, not a credential. */
const ID_ARG = /(?:^|_)id[ \t]*[:=]|[a-z]I[dD][ \t]*[:=]/;

/** An ASCII letter, digit or `_`: a character of an identifier. */
export const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** A letter or digit of any script, or `_`, right before `pos`: a keyword hit there is inside a word. */
export const wordCharBefore = (text: string, pos: number) => pos > 0 && /[\p{L}\p{N}_]/u.test(text[pos - 1]!);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => (c >= 65 && c <= 90) || isLower(c);

/**
 * A quoted literal at `i` (after blanks and a one-letter prefix such as Python's b/r/f or C#'s @/$):
 * "…", '…', `…`, or \"…\" inside an escaped JSON string. Undefined when none opens there.
 */
/**
 * The first `needle` at `from` … `from + limit`, or -1: indexOf would read on to the end of the
 * text (a megabyte of minified code) for a quote that never closes nearby.
 */
export function indexWithin(text: string, needle: string, from: number, limit: number): number {
  const first = needle.charCodeAt(0);
  const stop = Math.min(text.length - needle.length, from + limit);
  for (let j = from; j <= stop; j++) if (text.charCodeAt(j) === first && (needle.length === 1 || text.startsWith(needle, j))) return j;
  return -1;
}

/** The last `needle` starting at `from` … `at` (lastIndexOf, not reading back past `from`), or -1. */
export function lastIndexWithin(text: string, needle: string, from: number, at: number): number {
  const first = needle.charCodeAt(0);
  for (let j = Math.min(at, text.length - needle.length); j >= Math.max(0, from); j--) if (text.charCodeAt(j) === first && (needle.length === 1 || text.startsWith(needle, j))) return j;
  return -1;
}

export function literalAt(text: string, i: number, limit = 300): { lit: Literal; end: number } | undefined {
  if (/[bBrRfFuU@$]/.test(text[i] ?? "") && /["'`]/.test(text[i + 1] ?? "")) i++;
  let close: string;
  if (text[i] === "\\" && text[i + 1] === '"') {
    close = '\\"';
    i += 2;
  } else if (text[i] === '"' || text[i] === "'" || text[i] === "`") {
    close = text[i]!;
    i++;
  } else return undefined;
  const end = indexWithin(text, close, i, limit);
  if (end < 0) return undefined;
  const value = text.slice(i, end);
  if (/[\r\n]/.test(value) || (close !== '\\"' && value.includes("\\"))) return undefined;
  return { lit: { value, start: i }, end: end + close.length };
}

/**
 * The arguments of a call whose opening bracket is at `open`: up to five, each a literal (an
 * optional `name:` or `name=` before it is skipped) or bare code up to the next comma. Reads at
 * most 600 characters.
 */
export function readArgs(text: string, open: number): Arg[] {
  const args: Arg[] = [];
  const stop = Math.min(text.length, open + 600);
  let i = open + 1;
  while (i < stop && args.length < 5) {
    while (i < stop && /\s/.test(text[i]!)) i++;
    const named = /^[A-Za-z_]\w{0,30}[ \t]{0,2}(?::(?!:)|=(?!=))[ \t]{0,2}/.exec(text.slice(i, i + 40));
    if (named) i += named[0].length;
    // A literal through its language's wrapper (`TEXT("…")`, `FString(TEXT("…"))`, `L"…"`): its value is the literal's.
    let wrappers = 0;
    // Go's conversion of the literal to bytes (`[]byte("…")`): a wrapper like the others.
    if (text.startsWith("[]byte(", i)) {
      i += 7;
      wrappers++;
    }
    for (let w; wrappers < 2 && (w = /^[A-Za-z_]\w{0,15}/.exec(text.slice(i, i + 16))) !== null; ) {
      const at = literalWrapperEnd(text, i + w[0].length, w[0].toLowerCase());
      if (at < 0) break;
      if (text.charCodeAt(at) !== 40) {
        i = at; // a prefix glued to the quote (`L"…"`)
        break;
      }
      i = at + 1;
      wrappers++;
      while (text[i] === " ") i++;
    }
    const l = literalAt(text, i);
    if (l) {
      args.push(named && ID_ARG.test(named[0]) ? { literal: l.lit, idName: true } : { literal: l.lit });
      i = l.end;
      // Past the blanks and the wrappers' own closing brackets.
      for (;;) {
        while (i < stop && (text[i] === " " || text[i] === "\t")) i++;
        if (wrappers === 0 || text[i] !== ")") break;
        wrappers--;
        i++;
      }
    } else {
      // Bare code: up to a comma or the close at depth 0, skipping nested brackets and quotes.
      const from = i;
      let depth = 0;
      for (; i < stop; i++) {
        const c = text[i]!;
        if (c === "(" || c === "[" || c === "{") depth++;
        else if (c === ")" || c === "]" || c === "}") {
          if (depth === 0) break;
          depth--;
        } else if (c === "," && depth === 0) break;
        else if (c === '"' || c === "'" || c === "`") {
          const q = indexWithin(text, c, i + 1, stop - i - 1);
          if (q < 0) return args;
          i = q;
        }
      }
      args.push({ bare: text.slice(from, i).trim() });
    }
    const c = text[i];
    if (c === ",") i++;
    else break;
  }
  return args;
}

export function result(start: number, end: number, lit: Literal): MatchResult {
  return { start, end, group: (g) => (g === 1 ? lit.value : g === 0 ? "" : undefined), groupStart: (g) => (g === 1 ? lit.start : start) };
}

/** Whether text at `pos` spells `kw` (lower case) in any case. */
function startsWithLower(text: string, pos: number, kw: string): boolean {
  if (pos + kw.length > text.length) return false;
  for (let i = 0; i < kw.length; i++) if ((text.charCodeAt(pos + i) | (isLetter(text.charCodeAt(pos + i)) ? 32 : 0)) !== kw.charCodeAt(i)) return false;
  return true;
}

/** Every match `at` finds at an occurrence of a keyword (any case), keyword by keyword: a matchAll for a scan that matchAt already tells apart. */
export function matchesAtKeywords(text: string, keywords: readonly string[], at: (text: string, pos: number) => MatchResult | null): MatchResult[] {
  const out: MatchResult[] = [];
  const low = text.toLowerCase();
  for (const k of keywords) for (let i = low.indexOf(k); i >= 0; i = low.indexOf(k, i + 1)) {
    const m = at(text, i);
    if (m) out.push(m);
  }
  return out;
}

/** A Matcher over a hand-written scan anchored at keyword hits (matchAll finds the keywords itself). */
export function scanMatcher(keywords: readonly string[], at: (text: string, pos: number, kw: string) => MatchResult | null): Matcher {
  // The keywords by their first character (folded as startsWithLower folds): a hit tries the few
  // that can spell it, in the list's order, not all of them (twenty for a constructor's `new `).
  const byFirst = new Map<number, string[]>();
  for (const kw of keywords) {
    const c = kw.charCodeAt(0);
    const list = byFirst.get(c) ?? [];
    list.push(kw);
    byFirst.set(c, list);
  }
  const matchAt = (text: string, pos: number): MatchResult | null => {
    const c = text.charCodeAt(pos);
    const list = byFirst.get(c | (isLetter(c) ? 32 : 0));
    if (list === undefined) return null;
    for (const kw of list) if (startsWithLower(text, pos, kw)) {
      const m = at(text, pos, kw);
      if (m) return m;
    }
    return null;
  };
  return {
    matchAt,
    matchAll(text: string): MatchResult[] {
      const lower = text.toLowerCase();
      const starts = new Set<number>();
      for (const kw of keywords) for (let p = lower.indexOf(kw); p >= 0; p = lower.indexOf(kw, p + 1)) starts.add(p);
      const out: MatchResult[] = [];
      let last = -1;
      for (const p of [...starts].sort((a, b) => a - b)) {
        if (p < last) continue;
        const m = matchAt(text, p);
        if (m) {
          out.push(m);
          last = m.end;
        }
      }
      return out;
    },
  };
}

/** `after` covers the farthest a scan reads past its keyword (an argument list, then a literal), for the stream overlap. */
export function rule(id: string, description: string, keywords: string[], matcher: Matcher): Rule {
  return {
    id, description, detector: "secrets", keywords, matcher, anchored: true, secretGroup: 1, placeholder: "standard",
    severity: "high", confidence: "medium", tags: ["generic"], before: 48, after: 1000, examples: new Set(),
  };
}

// ---- A call named for the secret: setAccessToken("…"), .clientSecret("…"), setAuth(id, "…"), auth=("id", "…")

const NAMED_KEYWORDS = ["key(", "token(", "secret(", "auth(", "password(", "passwd(", "passphrase(", "credential(", "credentials(", "username(", "apikey("];
/** Calls that read, test or transform a secret rather than hand one over (`getKey("name")`, `verifyToken(jwt)`, `hashPassword(…)`). */
const READ_VERB = /^(?:get|has|is|find|lookup|load|read|fetch|remove|delete|del|drop|unset|clear|contains|exists|verify|validate|check|compare|decode|parse|hash|describe|list|revoke|generate|gen|create|random|mask|redact|encrypt|decrypt|sign|expect|assert|should|invalidate|translate|t|i18n|trans|lang|label|text|msg|message)(?=[A-Z_]|$)/i;
/** Names whose key or token is public, a nonce or a cache or paging handle. */
const NOT_SECRET_NAME = /public|publishable|(?:^|[a-z_])pub(?=[A-Z_]|key|$)|csrf|xsrf|nonce|cache|idempotency|page|cursor|sort|partition|primary|foreign|site|lookup|trace|request|hot|monkey|turkey|donkey|jockey|whiskey|hockey/i;

function namedCallAt(text: string, pos: number, kw: string): MatchResult | null {
  const c0 = text.charCodeAt(pos);
  let b = pos;
  while (b > 0 && pos - b < 40 && isWordCode(text.charCodeAt(b - 1))) b--;
  // The keyword starts a word or a camelCase hump: "monkey(" and "hotkey(" are other words.
  if (b < pos && isLower(c0) && isLower(text.charCodeAt(pos - 1))) return null;
  const word = /^[A-Za-z]+/.exec(text.slice(pos, pos + 12))![0];
  const name = text.slice(b, pos) + word;
  if (READ_VERB.test(name) || NOT_SECRET_NAME.test(name)) return null;
  const open = pos + kw.length - 1;
  const args = readArgs(text, open);
  const user = word.toLowerCase() === "username";
  let pick: Literal | undefined;
  for (const a of args) if (a.literal && opaqueLiteral(a.literal.value) && (!user || a.literal.value.length >= 24)) pick = a.literal;
  // A password setter's one argument (`setStorePassword("…")`, Kotlin DSL's `keyPassword("…")`): judged as its Groovy form `keyPassword "…"`.
  if (!pick && args.length === 1 && args[0]!.literal && passwordName(name, true) && setterPassword(args[0]!.literal.value)) pick = args[0]!.literal;
  return pick ? result(b, pick.start + pick.value.length + 1, pick) : null;
}

// ---- A user/password pair given as a value: auth=("KEY", ""), 'auth' => ['KEY', ''], username: "KEY", password: ""

/** "user" only where a sign or "name" follows: the bare word is thousands of hits per MB of code. */
const PAIR_KEYWORDS = ["auth", "user=", "user:", "user\"", "user'", "user =", "user :", "username", "user_name", "user-name"];
/** Past an assignment sign at `i` (a closing quote, blanks, then `=`, `:` or `=>`, blanks); -1 when none. */
function signEnd(text: string, i: number): number {
  if (text[i] === '"' || text[i] === "'") i++;
  let n = 0;
  while ((text[i] === " " || text[i] === "\t") && n++ < 4) i++;
  const c = text[i];
  if (c === "=") {
    if (text[i + 1] === "=") return -1;
    i += text[i + 1] === ">" ? 2 : 1;
  } else if (c === ":") {
    if (text[i + 1] === ":") return -1;
    i++;
  } else return -1;
  n = 0;
  while ((text[i] === " " || text[i] === "\t") && n++ < 4) i++;
  return i;
}

function pairAt(text: string, pos: number, kw: string): MatchResult | null {
  if (pos > 0 && isLetter(text.charCodeAt(pos - 1))) return null;
  if (kw === "auth") {
    const open = signEnd(text, pos + 4);
    if (open < 0 || (text[open] !== "(" && text[open] !== "[")) return null;
    const lits = readArgs(text, open).map((a) => a.literal);
    const secret = lits.length === 2 && lits[0] && lits[1] ? basicPairSecret(lits[0], lits[1]) : undefined;
    return secret ? result(pos, secret.start + secret.value.length, secret) : null;
  }
  // user / username / user_name / --user=: an opaque user beside a dummy password.
  let at = pos + 4;
  if (text[at] === "_" || text[at] === "-") at++;
  if (startsWithLower(text, at, "name")) at += 4;
  else at = pos + 4;
  const from = signEnd(text, at);
  if (from < 0) return null;
  const user = valueAt(text, from);
  if (!user || !opaqueLiteral(user.lit.value) || user.lit.value.length < 20) return null;
  const rest = text.slice(user.end, user.end + 120);
  const pass = /^[^\n]{0,80}?(?:pass(?:word|wd)?|pwd)["']?[ \t]{0,4}(?:=>|=(?!=)|:(?!:))[ \t]{0,4}/i.exec(rest);
  if (!pass) return null;
  const pw = valueAt(text, user.end + pass[0].length);
  return pw && DUMMY_PASSWORD.test(pw.lit.value) ? result(pos, user.end, user.lit) : null;
}

/** A literal, or a bare value up to a blank, comma or close (`--user=KEY`, YAML `username: KEY`). */
function valueAt(text: string, i: number): { lit: Literal; end: number } | undefined {
  const l = literalAt(text, i);
  if (l) return l;
  const m = /^[^\s"'`,;)\]}]{0,300}/.exec(text.slice(i, i + 301))!;
  return { lit: { value: m[0], start: i }, end: i + m[0].length };
}

// ---- A client's constructor or init call: new LiqPay('id', '…'), XClient("https://…", "id", "…"), Sdk.Initialize("…", "…")

/** Client class names ending so, called without `new` (Python, Kotlin): only PascalCase names count. */
const CLIENT_NAME_KEYWORDS = ["api(", "handler(", "parser(", "verifier("];
const NAME_ONLY = new Set(CLIENT_NAME_KEYWORDS);
const CTOR_KEYWORDS = ["new ", "client(", "initialize(", "init(", "initapp(", "configure(", ".new(", "::new(", ...CLIENT_NAME_KEYWORDS];
/** Constructors of values, not clients: their opaque literals are data (hashes, addresses, encodings). */
const VALUE_TYPE = /public|(?:^|[a-z])Pub(?:[A-Z]|$)|error|exception|date|time|regexp?|url|uri|path|file|buffer|hash|digest|uuid|guid|decoder|encoder|big|decimal|color|transaction|^tx|address|signature|image|blob|text|string|test|mock|fake|stub|sample|fixture/i;
/** Calls that test or look up rather than build a client (a factory's "create"/"new" builds one). */
const CHECK_VERB = /^(?:get|has|is|find|lookup|verify|validate|check|compare|decode|parse|hash|expect|assert|should)(?=[A-Z_]|$)/i;
/** Call names that say the arguments include credentials. */
const CLIENT_CUE = /client|api|sdk|auth|credential|config|init|service|session|connect|account|gateway|merchant|payment|pay/i;
/** A comment after the call on its line naming the arguments as secrets (`// appKey, secretKey`). */
const SECRET_COMMENT = /^[^\n]{0,40}?(?:\/\/|#|--|\/\*)[^\n]{0,80}?(?:secret|key|token|passw|credential)/i;

/**
 * Precheck: a quote after a top-level comma before the call's close (within 400 characters).
 * Most constructor calls in code (`new Map()`, `new Foo(a, b)`) stop here without allocating.
 */
function literalAfterComma(text: string, open: number): boolean {
  const stop = Math.min(text.length, open + 400);
  let depth = 0;
  let comma = false;
  for (let i = open + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) return false;
      depth--;
    } else if (c === 44 && depth === 0) comma = true;
    else if ((c === 34 || c === 39 || c === 96) && comma) return true;
  }
  return false;
}

/** A URL as the first argument: the client is pointed at a server, the literals after it are how it logs in. */
const URL_ARG = /^https?:\/\/[^\s/]+/i;

function ctorCallAt(text: string, pos: number, kw: string): MatchResult | null {
  return kw === "new " ? newCallAt(text, pos) : namedCtorCallAt(text, pos, kw);
}

/** `new Foo(…)`: most hits in code. Apart from the named calls, each compiles for its own hits. */
function newCallAt(text: string, pos: number): MatchResult | null {
  const before = text.charCodeAt(pos - 1);
  if (isWordCode(before) || before === 36 || before === 46) return null; // a word, `$` or `.` before: renew, obj.new
  let j = pos + 4;
  while (text.charCodeAt(j) === 32 && j < pos + 8) j++;
  const from = j;
  for (let c = text.charCodeAt(j); j < pos + 100 && (isWordCode(c) || c === 46 || c === 92 || c === 36); c = text.charCodeAt(++j));
  if (j === from || text.charCodeAt(j) !== 40) return null;
  const literal = literalAfterComma(text, j);
  // Most calls (`new Promise(`, `new Map(`) name no client type: no name cut out for them.
  if (!literal && !clientTypeEnd(text, j)) return null;
  const path = text.slice(from, j);
  const name = path.slice(Math.max(path.lastIndexOf("."), path.lastIndexOf("\\")) + 1);
  return literal ? ctorLiteralArgAt(text, pos, name, j) : clientFirstArgAt(text, pos, name, j);
}

/** `Foo.init(…)`, `FooClient(…)`, `Client::new(…)`: a call named as a constructor or initializer. */
function namedCtorCallAt(text: string, pos: number, kw: string): MatchResult | null {
  let b = pos;
  while (b > 0 && pos - b < 40 && isWordCode(text.charCodeAt(b - 1))) b--;
  const open = pos + kw.length - 1;
  // Ruby's Foo::Client.new(…) and Rust's Client::new(…) name the class before the call.
  const name = kw === ".new(" || kw === "::new(" ? text.slice(b, pos) : text.slice(b, open);
  if (NAME_ONLY.has(kw) && (b === pos || !isUpper(text.charCodeAt(b)))) return null;
  // A client built by name (`DeepgramClient("…")`, `Foo.Client("…")`): PascalCase, not a lookup.
  if (!literalAfterComma(text, open)) return isUpper(text.charCodeAt(b)) ? clientFirstArgAt(text, pos, name, open) : null;
  return ctorLiteralArgAt(text, pos, name, open);
}

/** The opaque literal among a constructor or init call's arguments after the first (a quote follows a comma in it). */
function ctorLiteralArgAt(text: string, pos: number, name: string, open: number): MatchResult | null {
  if (VALUE_TYPE.test(name) || CHECK_VERB.test(name)) return null;
  const args = readArgs(text, open);
  if (args.length < 2) return null;
  let end = open;
  for (const a of args) if (a.literal) end = a.literal.start + a.literal.value.length;
  const first = args[0]!.literal;
  const cue = CLIENT_CUE.test(name) || SECRET_COMMENT.test(text.slice(end, end + 160)) || (!!first && URL_ARG.test(first.value));
  let pick: Literal | undefined;
  for (let k = 1; k < args.length; k++) {
    const lit = args[k]!.idName ? undefined : args[k]!.literal;
    // An application password in spaced groups (WordPress's) is a credential whatever the client's name.
    if (lit && (opaqueLiteral(lit.value, true) || (cue && opaqueLiteral(lit.value)) || groupedPassword(lit.value))) pick = lit;
  }
  return pick ? result(pos, pick.start + pick.value.length + 1, pick) : null;
}

/** The endings of API clients' type names: `PostmarkClient`, `Foo.Client`, `Ably.Realtime`, `StatsApi`, `FooSdk`. */
const CLIENT_TYPE_ENDS = ["Client", "Sdk", "SDK", "Api", "API", "Realtime", "Rest", "Webhook", "WebhookHandler", "WebhookParser", "WebhookVerifier"];
const CLIENT_TYPE = new RegExp(`^(?:[A-Z]\\w*)?(?:${CLIENT_TYPE_ENDS.join("|")})$`);
/** Whether the name ending at `end` can be a client's type (CLIENT_TYPE's ending), read in place. */
function clientTypeEnd(text: string, end: number): boolean {
  for (const w of CLIENT_TYPE_ENDS) if (text.startsWith(w, end - w.length)) return true;
  return false;
}

/**
 * The credential an SDK client's constructor takes as its first argument. Only here do a UUID
 * or a hex digest count (the provider's key in that shape); elsewhere they are ids and hashes.
 */
export function clientKeyLiteral(v: string): boolean {
  // A key published by design (a payment SDK's tokenization key: `BTAPIClient(authorization: "production_…")`).
  if (v.length < 16 || v.length > 300 || idOnlyObjectId(v) || PUBLISHABLE_VALUE.test(v)) return false;
  if (UUID.test(v)) return randomUuid(v);
  // id.key:secret (a key name and its secret in one string).
  if (/^[A-Za-z0-9_-]{4,16}\.[A-Za-z0-9_-]{4,16}:[A-Za-z0-9_+/=-]{20,200}$/.test(v)) return shannonEntropy(v) >= 4.0 && !isGenericPlaceholder(v);
  if (opaqueLiteral(v)) return true;
  // Lower-case letters and digits drawn at random (BigCommerce's 31): shorter than opaqueLiteral's one-case 32.
  if (LOWER_DIGITS.test(v) && !/^[0-9a-f]+$/.test(v) && lowerDigitsDrawn(v, Math.max(6, v.length / 5), 3.5, 0.78) && !isGenericPlaceholder(v)) return true;
  // A short prefix and a body of random letters of both cases (`md-…`), digits or not.
  const m = /^[a-z]{2,10}[-_]([A-Za-z0-9_-]{16,200})$/.exec(v);
  return !!m && randomLetters(m[1]!) && shannonEntropy(m[1]!) >= 3.8 && !isGenericPlaceholder(v);
}

function clientFirstArgAt(text: string, pos: number, name: string, open: number): MatchResult | null {
  if (!CLIENT_TYPE.test(name) || VALUE_TYPE.test(name.replace(/(?:Realtime|Rest)$/, ""))) return null;
  const arg = readArgs(text, open)[0];
  const lit = arg?.idName ? undefined : arg?.literal;
  return lit && clientKeyLiteral(lit.value) ? result(pos, lit.start + lit.value.length + 1, lit) : null;
}
// ctorCallAt runs at every `new ` of code (~380 per MB) and returns early at nearly all of them;
// the last two read and judge the arguments of the few calls left. As one function, the top tier
// compiled all of it (13 KB of machine code) and threw it back to the slower tiers at the first
// named call after `new ` hits had shaped it (100 InadequateCoverage exits and a recompile).
keepOutOfLine(newCallAt, namedCtorCallAt, ctorLiteralArgAt, clientFirstArgAt);

// ---- Basic auth with the key as user: curl -u KEY:X, --user "id:secret", "Basic " + base64("KEY:")

/** Which half of a basic-auth pair is the secret: an opaque password, else an opaque user beside a dummy password. */
function basicPairSecret(user: Literal, pass: Literal): Literal | undefined {
  if (opaqueLiteral(pass.value) || groupedPassword(pass.value)) return pass;
  if (DUMMY_PASSWORD.test(pass.value) && ((opaqueLiteral(user.value) && user.value.length >= 20) || prefixedLowerKey(user.value))) return user;
  return undefined;
}

/** A key of a prefix and random lower-case letters and digits (`skey_…`, `key_test_…`): digits spread through the body, not a name with a year. */
export function prefixedLowerKey(v: string): boolean {
  const m = /^[a-z]{2,8}_(?:[a-z]{2,5}_)?([a-z0-9]{16,64})$/.exec(v);
  if (!m) return false;
  const body = m[1]!;
  const digits = body.replace(/\D/g, "").length;
  return digits >= 3 && digits <= body.length - 6 && letterDigitSwitches(body) >= 4 && shannonEntropy(body) >= 3.5 && !isGenericPlaceholder(v);
}

function splitPair(lit: Literal): [Literal, Literal] | undefined {
  const colon = lit.value.indexOf(":");
  if (colon < 1 || lit.value.indexOf(":", colon + 1) >= 0) return undefined;
  return [{ value: lit.value.slice(0, colon), start: lit.start }, { value: lit.value.slice(colon + 1), start: lit.start + colon + 1 }];
}

const CLI_KEYWORDS = ["-u ", "-u'", '-u"', "-u\\\"", "--user ", "--user=", "--user'", '--user"', "-a ", "--auth ", "--auth="];
function cliUserAt(text: string, pos: number, kw: string): MatchResult | null {
  if (pos > 0 && /[\w-]/.test(text[pos - 1]!)) return null;
  let i = pos + (kw.startsWith("--") ? kw.replace(/[ ='"]+$/, "").length : 2);
  while ((text[i] === " " || text[i] === "\t" || text[i] === "=") && i - pos < 12) i++;
  let lit: Literal | undefined;
  const quoted = literalAt(text, i, 400);
  if (quoted) lit = quoted.lit;
  else {
    const m = /^[^\s"'`\\]{2,400}/.exec(text.slice(i, i + 401));
    if (!m) return null;
    lit = { value: m[0], start: i };
  }
  const pair = splitPair(lit);
  const secret = pair && basicPairSecret(...pair);
  return secret ? result(pos, lit.start + lit.value.length, secret) : null;
}

const BASIC_KEYWORDS = ["basic"];
/** `"Basic " + base64("KEY:")` and the like: a user:password literal built into a Basic header later on the line. */
function basicBuiltAt(text: string, pos: number): MatchResult | null {
  if (pos > 0 && /[A-Za-z]/.test(text[pos - 1]!)) return null;
  // A helper taking the pair as two arguments: Credentials.basic("KEY", "").
  if (text[pos + 5] === "(") {
    const lits = readArgs(text, pos + 5).map((a) => a.literal);
    const secret = lits.length === 2 && lits[0] && lits[1] ? basicPairSecret(lits[0], lits[1]) : undefined;
    return secret ? result(pos, secret.start + secret.value.length, secret) : null;
  }
  const stop = Math.min(text.length, pos + 200);
  for (let i = pos + 5; i < stop; i++) {
    const c = text[i]!;
    if (c === "\n") return null;
    let lit: Literal | undefined;
    let end = 0;
    if (c === '"' || c === "'" || c === "`" || c === "\\") {
      const l = literalAt(text, i, 300);
      if (l) [lit, end] = [l.lit, l.end];
    } else if ((c === " " || c === "\t") && /[A-Za-z0-9]/.test(text[i + 1] ?? "")) {
      // A bare word in a shell pipeline: $(echo -n KEY: | base64).
      const m = /^[A-Za-z0-9+/_.~=-]{16,300}:[^\s"'`|);]{0,300}(?=[\s|);]|$)/.exec(text.slice(i + 1, i + 602));
      if (m) [lit, end] = [{ value: m[0], start: i + 1 }, i + 1 + m[0].length];
    }
    const pair = lit && splitPair(lit);
    const secret = pair && basicPairSecret(...pair);
    if (secret) return result(pos, end, secret);
  }
  return null;
}

// ---- A login given by position: PDO->__construct('mysql:…', 'user', 'pass'), connect(host, user, password)

/**
 * Calls whose arguments are (where, user, password) by position: database drivers' connects and
 * constructors (`new PDO`, `mysqli`, `DriverManager.getConnection`, Python's DB-API `connect`), as
 * code writes them and as PHP stack traces print them (`PDO->__construct(…)`), and MATLAB's
 * `database(source, user, password, …)`.
 */
const LOGIN_KEYWORDS = ["__construct(", "connect(", "getconnection(", "pdo(", "mysqli(", "database("];
/** Where to log in: a DSN or URL (`mysql:host=…`, `jdbc:…`, `postgres://…`), a dotted host or IP, localhost. */
const WHERE_ARG = /^(?:[a-z][a-z0-9+]{1,15}:\S*|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?|localhost(?::\d{1,5})?)$/i;
const USER_ARG = /^[\w.@+-]{1,64}$/;
/** MATLAB's database(source, user, password, …) opens with a data source's or database's name. */
const SOURCE_NAME_ARG = /^[A-Za-z][\w .-]{0,63}$/;

/** A password written as a literal: not empty, a variable, a mask, a word, the user again or a placeholder. */
function loginPassword(value: string, user: string): boolean {
  // A PHP trace cuts long arguments and marks the cut with "...": the rest is still the password's start.
  const v = value.replace(/\.\.\.$/, "");
  if (v.length < 6 || v.length > 128 || /\s/.test(v) || v.toLowerCase() === user.toLowerCase()) return false;
  if (/^[$%<{*]|\$\{|\{\{|:\/\/|^\//.test(v) || /^(?:utf-?8(?:mb4)?|latin-?1|ascii)$/i.test(v)) return false;
  return charClasses(v) >= 2 && shannonEntropy(v) >= 2.5 && !isGenericPlaceholder(v);
}

function loginCallAt(text: string, pos: number, kw: string): MatchResult | null {
  if ((kw === "pdo(" || kw === "mysqli(" || kw === "database(") && pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
  const open = pos + kw.length - 1;
  if (!literalAfterComma(text, open)) return null;
  const args = readArgs(text, open);
  if (args.length < 3) return null;
  const [where, user, pass] = [args[0]!.literal, args[1]!.literal, args[2]!.literal];
  if (!where || !user || !pass || !USER_ARG.test(user.value)) return null;
  if (!WHERE_ARG.test(where.value) && !(kw === "database(" && SOURCE_NAME_ARG.test(where.value))) return null;
  return loginPassword(pass.value, user.value) ? result(pos, pass.start + pass.value.length + 1, pass) : null;
}

// ---- A JWT library's signing call with its HMAC key written in: jwt.encode(payload, "…", algorithm="HS256")

const JWT_SIGN_KEYWORDS = ["jwt.encode(", "jwt.sign(", "jwt::encode(", "jsonwebtoken.sign("];

/** The key argument (the second) of a JWT signing call, when a literal drawn at random: the token's signing secret. */
function jwtSignAt(text: string, pos: number, kw: string): MatchResult | null {
  const args = readArgs(text, pos + kw.length - 1);
  const key = args[1]?.literal;
  if (args[0] === undefined || key === undefined) return null;
  return (opaqueLiteral(key.value) || jwtSecretDraw(key.value)) ? result(pos, key.start + key.value.length + 1, key) : null;
}

/** A generated HMAC secret with punctuation (base64's `+/=` among others): 24+ of all three classes at a random draw's entropy. */
export const jwtSecretDraw = (v: string) => v.length >= 24 && v.length <= 300 && /^[\x21-\x7e]+$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= 4.2 && !isGenericPlaceholder(v);

export const CALL_ARGUMENT_RULES: Rule[] = [
  rule("jwt-signing-key-argument", "HMAC secret written into a JWT signing call (jwt.encode, jwt.sign)", JWT_SIGN_KEYWORDS, scanMatcher(JWT_SIGN_KEYWORDS, jwtSignAt)),
  rule("credential-call-argument", "Credential passed to a setter, builder or argument named for it", NAMED_KEYWORDS, scanMatcher(NAMED_KEYWORDS, namedCallAt)),
  rule("client-constructor-secret", "Opaque secret passed to an SDK client's constructor or init call", CTOR_KEYWORDS, scanMatcher(CTOR_KEYWORDS, ctorCallAt)),
  rule("basic-auth-pair-value", "API key as the user of a user/password pair with an empty or dummy password", PAIR_KEYWORDS, scanMatcher(PAIR_KEYWORDS, pairAt)),
  rule("basic-auth-key-user", "API key sent as the basic-auth user (curl -u KEY:, --user) or an opaque id:secret pair", CLI_KEYWORDS, scanMatcher(CLI_KEYWORDS, cliUserAt)),
  rule("positional-login-password", "Password passed by position after a host, DSN or data source and a user (database connect, PDO, database())", LOGIN_KEYWORDS, scanMatcher(LOGIN_KEYWORDS, loginCallAt)),
  rule("basic-auth-built-pair", "user:password literal encoded into an Authorization: Basic header", BASIC_KEYWORDS, scanMatcher(BASIC_KEYWORDS, (t, p) => basicBuiltAt(t, p))),
];
