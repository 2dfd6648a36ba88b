// A credential handed over in a chat message with its value set apart in a code element: Slack's
// backticks ("Sharing the account password so you can finish tonight: `…`"), a Teams or HTML body's
// `<pre>`/`<code>` after the paragraph ("…signing secret:</p><pre>…</pre>"), a fenced block; or the
// sentence says the value comes below ("the SMTP password below. Rotate it after go-live. `…`").
// The element's delimiters, not the value's characters, end the value: a drawn password keeps its
// trailing `!` and its brackets. Read by prose-statement.ts after its noun, as a second reading.
import { charClasses, LOWER_DIGITS, lowerDigitsDrawn } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { generatedPassword } from "./secret-name.ts";
import { lesser } from "../bounds.ts";
import { nextMatchFinder } from "../next-match.ts";

/** The element's opening and its value (`min` characters or more) up to the closing delimiter: the value in group 1, 2, 3 or 4. */
const element = (min: number) => String.raw`(?:\x60{3}[ \t]{0,2}(?:\\n|\r?\n)?([^\x60\s\\]{${min},300})(?:\\n|\r?\n)?\x60{3}|\x60([^\x60\s]{${min},300})\x60(?!\x60)|<pre>(?:<code>)?([^<\s]{${min},300})<\/(?:code|pre)>|<code>([^<\s]{${min},300})<\/code>)`;
/** Between the sentence and the element: blanks, line breaks (escaped too), a paragraph's tags. */
const GAP = String.raw`(?:[ \t]|\\n|\r?\n|<\/?(?:p|div|span|br|b|strong)[ \t]*\/?>){0,6}`;

/** The sentence runs to its colon (no markup, quote or line break on the way), then the element. */
const afterColon = (min: number) => new RegExp(String.raw`^([^\n\r\x60<>"]{0,110}?)[:：]${GAP}${element(min)}`);
/** "… password below", "… key for the cluster is as follows": then up to two short sentences, then the element. */
const afterBelow = (min: number) => new RegExp(
  String.raw`^[ \t]{1,2}([^\n\r\x60<>".!?:;]{0,40}?(?<![\p{L}])(?:below|as follows|follows|underneath|unten|ci-dessous|abajo|a continuación|qui sotto|di seguito|abaixo|poniżej|hieronder|ниже)(?![\p{L}])[^\n\r\x60<>"]{0,120}?)${GAP}${element(min)}`,
  "u",
);
const AFTER_COLON = afterColon(12);
const AFTER_BELOW = afterBelow(12);
/** The same with a short value: a password the sentence names (announced-password.ts). */
const AFTER_COLON_SHORT = afterColon(8);
const AFTER_BELOW_SHORT = afterBelow(8);

export interface SetApart {
  /** The words between the noun and the element. */
  bridge: string;
  value: string;
  /** Where the value starts, from the start of `rest`. */
  start: number;
}

/** In `rest` (the text right after the noun): the value set apart in a code element. */
export function setApartValue(rest: string, short = false): SetApart | null {
  const m = short ? AFTER_COLON_SHORT.exec(rest) ?? AFTER_BELOW_SHORT.exec(rest) : AFTER_COLON.exec(rest) ?? AFTER_BELOW.exec(rest);
  if (!m) return null;
  const value = m[2] ?? m[3] ?? m[4] ?? m[5]!;
  return { bridge: m[1]!, value, start: m[0].lastIndexOf(value) };
}

/**
 * Cheap test before the regexes: a backtick, `<pre>` or `<code>` within 260 characters of the noun, no blank line
 * before it (a blank line ends the sentence's reach, unless a fence opens right after it: the block the colon
 * introduced). Asked at each of many hits in text order (a keyword's), the next of them is found once and reused
 * by the hits before it, not scanned for again from every hit. Each caller makes its own (the memo holds one text).
 */
export function setApartAheadFinder(): (text: string, pos: number) => boolean {
  const next = nextMatchFinder(/`|<pre>|<code>|\n\n/g);
  return (text, pos) => {
    const f = next(text, pos);
    if (f.at >= lesser(text.length, pos + 260)) return false;
    return f.match === "\n\n" ? text.startsWith("```", f.at + 2) : true;
  };
}

/** The test for callers asking about texts of their own, one question each (a slice after a noun). */
export const setApartAhead = setApartAheadFinder();

/**
 * Code in a code element: a format string, a template (`${NAME}`, `$(cmd)`, `$ENV_NAME`; a `$` before a letter or an
 * unclosed `{` is a drawn password's symbol), an escape, a URL, a path, an expression or a call. */
export const CODE_SHAPED = /%[-+ #0-9.]*[sdifxXc(]|\$\{[\w.:-]*\}|\$\(|\$[A-Z_][A-Z0-9_]{2,}(?![a-z])|^\$[A-Za-z_]\w*$|\{\{|\{[\w.-]*\}|\(\?|\\[nrtdswbu]|:\/\/|^[\/~.]|&&|\|\||==|=>|->|\w\(\)|\.[A-Za-z_]\w*\(|[a-z]{7}|[A-Z]{7}/;

/**
 * A password drawn with symbols that the element sets apart (brackets and a trailing mark kept): all
 * four kinds of character, a drawn password's entropy, no code's shape, at most one word in it.
 */
export function setApartDraw(v: string): boolean {
  if (v.length < 16 || v.length > 128 || charClasses(v) !== 4 || CODE_SHAPED.test(v)) return false;
  return (v.match(/[a-z]{5,}/g) ?? []).length <= 1 && generatedPassword(v, 3.5);
}

/**
 * A token drawn from lower-case letters and digits (BigCommerce's 31 of base36) that the element or its own line
 * sets apart: one case reads as words or a name in running text, but a random draw switches between
 * letters and digits often. Hex is judged as hex elsewhere (a commit's sha is set apart the same way).
 */
export function setApartLowerDraw(v: string): boolean {
  return v.length <= 64 && LOWER_DIGITS.test(v) && !/^[0-9a-f]+$/.test(v) && lowerDigitsDrawn(v, Math.max(6, v.length / 5), 3.5, 0.78) && !isGenericPlaceholder(v);
}
