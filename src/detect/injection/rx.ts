// Building blocks for the injection patterns. Every pattern must stay linear-safe on
// JavaScriptCore (which silently reports "no match" after heavy backtracking): gaps are bounded
// word/separator alternations over DISJOINT character classes, never `.*` or nested unbounded
// quantifiers.

/** A word: letters (Latin incl. accents), digits, apostrophes, inner hyphens. */
export const WORD = String.raw`[A-Za-z0-9_'’\u00C0-\u024F-]{1,30}`;
/**
 * Between words: spaces, punctuation except sentence ends, and JSON/JS `\n` escapes. Disjoint from WORD.
 * A banner's closing marks (`<<<`, `>>>`, `===`, `###`) end a unit as a sentence end does: a phrase
 * running across them ("OVERRIDE FOR AI <<< Forget your task") would swallow the order after them.
 */
export const SEP = String.raw`(?:(?![<>=#]{3})[^A-Za-z0-9_'’\u00C0-\u024F\-.!?;\\]|\\[nrt]){1,6}`;

/** Up to n whole words between two parts of a phrase (lazy, bounded, sentence-local). */
export function gap(n: number): string {
  return `(?:${SEP}${WORD}){0,${n}}?${SEP}`;
}

/** Alternation of phrases; spaces inside a phrase match any run of 1–3 whitespace characters. */
export function alt(phrases: readonly string[]): string {
  return `(?:${phrases.map((p) => p.replace(/ /g, String.raw`\s{1,8}`)).join("|")})`;
}

/** A download piped into a shell: `| sh`, `| sudo bash`, `|zsh`. */
export const PIPE_TO_SHELL = String.raw`\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|k|da)?sh\b`;

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
