// A credential stated in chat as the one in use: "I'm using X as the key, is the header wrong?",
// "tried `X` as my token", "with X as the API key it still 401s". Anchored at "as <the|my> <noun>"
// (rare in code); the value is the opaque run just before it, and a verb of use stands just before
// the value. A bare or quoted run; a name, id or digest is not opaque and is not taken.
import type { Matcher, MatchResult, Rule } from "./types.ts";
import { opaqueLiteral, randomUuid, result, rule, scanMatcher, wordCharBefore } from "./call-arguments.ts";

const ARTICLES = ["the ", "my ", "our ", "an ", ""];
const NOUNS = ["key", "api key", "apikey", "api token", "token", "access token", "auth token", "bearer token", "secret", "password", "pat", "personal access token"];
const KEYWORDS = ARTICLES.flatMap((a) => NOUNS.map((n) => `as ${a}${n}`));
/** The verb of use before the value (a few forms each). */
const VERB = /(?:^|[^\p{L}\p{N}_])(?:using|use|used|with|tried|trying|try|passing|pass|passed|sending|send|sent|set|setting|put|pasted|entered|supplied|providing|provided)[ \t]{1,3}$/iu;
const TOKEN = /[A-Za-z0-9+/_.~=-]/;

function asNounAt(text: string, pos: number, kw: string): MatchResult | null {
  // "as" starts a word and the noun ends one ("as the keys", "as the token_id" are something else).
  if (pos < 18 || wordCharBefore(text, pos) || /[\p{L}\p{N}_-]/u.test(text[pos + kw.length] ?? "")) return null;
  let e = pos;
  while (e > pos - 4 && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
  if (e === pos) return null;
  const q = text[e - 1] === "`" || text[e - 1] === "'" || text[e - 1] === '"' ? text[e - 1] : "";
  if (q) e--;
  let s = e;
  while (s > 0 && e - s <= 300 && TOKEN.test(text[s - 1]!)) s--;
  if (e - s < 16 || e - s > 300) return null;
  if (q ? text[s - 1] !== q : s > 0 && !/[ \t]/.test(text[s - 1]!)) return null;
  const verbEnd = q ? s - 1 : s;
  if (!VERB.test(text.slice(Math.max(0, verbEnd - 16), verbEnd))) return null;
  const value = text.slice(s, e);
  if (!opaqueLiteral(value)) return null;
  return result(s, pos + kw.length, { value, start: s });
}

const matcher: Matcher = scanMatcher(KEYWORDS.sort((x, y) => y.length - x.length), asNounAt);

// The same statement with the noun first: "keeps returning 403 with this key X", "using my token `X`",
// "mit diesem Schlüssel X". Anchored at "<with|using> <this|my> <noun>"; the value follows at once
// (a colon or a quote allowed), so "with this key id X" or "with this commit X" is something else.
const WITH_VERBS = ["with", "using", "tried"];
const WITH_DETS = ["this", "my"];
const WITH_NOUNS = ["key", "api key", "apikey", "api token", "token", "access token", "auth token", "bearer token", "secret", "secret key", "password", "pat"];
const WITH_KEYWORDS = [
  ...WITH_VERBS.flatMap((v) => WITH_DETS.flatMap((d) => WITH_NOUNS.map((n) => `${v} ${d} ${n} `))),
  "mit diesem schlüssel ", "mit diesem token ", "mit meinem token ", "avec cette clé ", "avec ce token ", "con esta clave ", "con este token ",
];

function withNounAt(text: string, pos: number, kw: string): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  let s = pos + kw.length;
  if (text[s] === ":") s++;
  while (text[s] === " ") s++;
  const q = text[s] === "`" || text[s] === "'" || text[s] === '"' ? text[s] : "";
  if (q) s++;
  let e = s;
  while (e < text.length && e - s <= 300 && TOKEN.test(text[e]!)) e++;
  while (e > s && (text[e - 1] === "." || text[e - 1] === "-")) e--;
  if (e - s < 16 || e - s > 300) return null;
  // The value ends a word: a blank, a quote, punctuation of the sentence, a line end.
  if (q ? text[e] !== q : e < text.length && !/[\s,;:!?)\]—–.\\-]/.test(text[e]!)) return null;
  const value = text.slice(s, e);
  if (!opaqueLiteral(value) && !randomUuid(value)) return null;
  return result(pos, e, { value, start: s });
}

const withMatcher: Matcher = scanMatcher(WITH_KEYWORDS.sort((x, y) => y.length - x.length), withNounAt);
export const VALUE_AS_NOUN_RULES: Rule[] = [
  { ...rule("prose-value-as-credential", "Opaque value stated in prose as the credential in use (\"I'm using X as the key\")", KEYWORDS, matcher), before: 340, after: 40 },
  { ...rule("prose-credential-with-value", "Opaque value stated in prose right after the credential in use (\"403 with this key X\")", WITH_KEYWORDS, withMatcher), before: 40, after: 340 },
];
