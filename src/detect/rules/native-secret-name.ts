// A secret named in the developer's own language (round twenty-six, held-out Y115): an identifier
// spelling the word in that language or its transliteration (`chave_api`, `kluczTajnyYcStorage`,
// `token_dostupa`, `gupt_kunji`), or a label or quoted key in its script ("Khóa API: …",
// `"Geheimer Schlüssel": "…"`, "المفتاح السري: …"). The name is read whole at the word, put into
// English (secret-words.ts), and judged with its value as name-then-literal judges an English name.
import type { Matcher, MatchResult, Rule } from "./types.ts";
import { matchesAtKeywords, rule } from "./call-arguments.ts";
import { glossName, SECRET_WORD_KEYWORDS } from "../secret-words.ts";
import { judgeName, valueAfterName } from "./name-then-literal.ts";
import { sealedCiphertext } from "./sealed-ciphertext.ts";
import { sqlColumnToValues } from "../table.ts";
import { GENERIC_RULES } from "./builtin-generic.ts";
import { glossedSlot } from "./glossed-slot.ts";

/** The English rules that judge a named slot's value whole, read after a glossed name when name-then-literal's walk takes none. */
let slotRules: Rule[] | undefined;
const englishSlotRules = () => (slotRules ??= GENERIC_RULES.filter((r) => r.id === "named-secret-slot" || r.id === "generic-secret-assignment"));

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** A character of a name: ASCII letters, digits, `_`, `-`; a letter or mark of any script. */
function nameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Past the text's end text[i] is undefined, which LETTER would read as the word "undefined".
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  return LETTER.test(text[i]!);
}

/** Where the name holding `pos` starts: back over name characters, not into an escape's letter (`\nKhóa`). */
function nameStart(text: string, pos: number, lo: number): number {
  let s = pos;
  while (s > lo && nameChar(text, s - 1) && text.charCodeAt(s - 2) !== 92) s--;
  return s;
}
function nameEnd(text: string, pos: number, hi: number): number {
  let e = pos;
  while (e < hi && nameChar(text, e)) e++;
  return e;
}

/**
 * A label of words (`Khóa API`, `Clé secrète`, `액세스 토큰`): words joined by single blanks from
 * the line's start or a quote to a colon (after the quote's close). [s, e) of the label, or undefined.
 */
function labelAround(text: string, s: number, e: number): [number, number] | undefined {
  let ls = s;
  let le = e;
  for (let n = 0; n < 3 && text.charCodeAt(ls - 1) === 32 && ls - 1 > 0 && nameChar(text, ls - 2); n++) ls = nameStart(text, ls - 1, Math.max(0, e - 40));
  for (let n = 0; n < 3 && text.charCodeAt(le) === 32 && nameChar(text, le + 1); n++) le = nameEnd(text, le + 1, Math.min(text.length, s + 40));
  if (ls === s && le === e) return undefined;
  const before = text.slice(Math.max(0, ls - 2), ls);
  const quoted = /["']$/.test(before);
  if (!(ls === 0 || quoted || /\n$|\\n$/.test(before))) return undefined;
  const after = text.slice(le, le + 8);
  return (quoted ? /^\\{0,3}["'][ \t]*[:：]/ : /^[ \t]?[:：]/).test(after) ? [ls, le] : undefined;
}

/** A copula right after the name in its own language ("la contraseña es …", "das Passwort ist …", "a senha é …", "パスワードは …"). */
const COPULA = /^(?:[ \t]{1,2}(?:es|era|será|ist|lautet|war|est|était|é|è|är|er|jest|je|это|є)[ \t]{1,3}|[ \t]?(?:は|是|为|為|는|은)[ \t]{0,3})(?=[^\s])/u;

function nameAt(text: string, pos: number): MatchResult | null {
  let s = nameStart(text, pos, Math.max(0, pos - 60));
  let e = nameEnd(text, pos, Math.min(text.length, pos + 60));
  const label = labelAround(text, s, e);
  if (label !== undefined) [s, e] = label;
  const english = glossName(text.slice(s, e));
  if (english === undefined) return null;
  // The copula read as the name's colon, the text's length kept (offsets stay true): its value is judged as after "contraseña:".
  const copula = COPULA.exec(text.slice(e, e + 16));
  const read = copula ? text.slice(0, e) + ":".padEnd(copula[0].length) + text.slice(e + copula[0].length) : text;
  // A bare head (キー, clave, 키 → `key`) is no name name-then-literal takes; the slot rules judge it as they judge English `key:`.
  // Any other name judgeName refuses (`sifre_hash` → `hash_password`) says what the value is not.
  if (!judgeName(english)) return english.includes("_") ? null : glossedSlot(englishSlotRules(), read, english, s, e);
  return valueAfterName(read, english, s, e) ?? glossedSlot(englishSlotRules(), read, english, s, e);
}

const matcher: Matcher = { matchAt: nameAt, matchAll: (text) => matchesAtKeywords(text, SECRET_WORD_KEYWORDS, nameAt) };

/** Italian "accesso" is inside English "accessor" (getAccessor, accessors: ~100 per MB of JavaScript), never a secret's name. */
function notEnglishAccessor(text: string, end: number): boolean {
  return (text.charCodeAt(end) | 32) !== 114 || !/accesso$/i.test(text.slice(end - 7, end));
}

export const NATIVE_SECRET_NAME_RULES: Rule[] = [
  { ...rule("native-secret-name", "Opaque literal under a secret's name in another language (chave_api, kluczTajny, \"Khóa API:\", \"Geheimer Schlüssel\")", [...SECRET_WORD_KEYWORDS], matcher), before: 60, after: 420,
    ahead: notEnglishAccessor,
    excusedAt: (t, s, e) => sealedCiphertext(t, s, e) || sqlColumnToValues(t, s, e) },
];
