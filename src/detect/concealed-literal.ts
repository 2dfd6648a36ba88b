// A value written in pieces on purpose, and a comment that says so (round thirty-five): "// obfuscated so the
// linter stops complaining", "# split so gitleaks doesn't flag it", "// découpé pour que le scanner ne le voie pas"
// above `private static final String K = "…" + "…" + "…";`. The name says nothing (`K`); the comment says the
// literal is hidden from a linter or a secret scanner, which only a credential is. The joined value is then
// judged as a secret's (reassemble.ts scans it under a secret's name); a hash, a URL or a sentence is not one.
import { shannonEntropy } from "./entropy.ts";
import { wordList } from "./value-form.ts";

/** Obfuscation named in the languages the detector reads. */
const OBFUSCATED = /obfuscat|obfusqu|ofusca|offusca|verschleier|camoufl|disguis/i;
/** A linter or a secret scanner. */
const CHECKER = /lint(?:er|ing)?\b|scann?(?:er|ers)\b|escáner|gitleaks|trufflehog|detect-secrets|ggshield|secretlint|talisman|git-secrets|secret[ -]?scan|push[ -]protection|sonar|semgrep/i;
/** Splitting or hiding a value, or keeping a checker from seeing it, in those languages. */
const HIDING = /split|broken up|break(?:s|ing)? (?:it )?up|pieces|chunks|concat|hid(?:e|den|ing)|avoid|bypass|evade|fool|trick|stop|complain|flag|detect|catch|quiet|silence|découp|coupé|morceaux|cach|évit|contourn|geteilt|zerlegt|versteck|umgeh|vermeid|partid|dividid|troz|ocult|evit|burlar|spezz|nascost|aggir/i;
/** Split on purpose, no checker named: "split so it isn't picked up", "split on purpose", "découpé exprès". */
const SPLIT_ON_PURPOSE = /(?:split|broken up|découp\w*|geteilt|zerlegt|partid\w*|dividid\w*|spezzat\w*)[ \t]+(?:\w+[ \t]+)?(?:so\b|on purpose|deliberately|intentionally|to avoid|exprès|pour\b|absichtlich|damit\b|a propósito|para que|apposta|perché)/i;
/** Comment openers: `//`, `#`, `/*`, a block comment's `*`, SQL's or Lua's `--`, `;`, `<!--`. */
const COMMENT = /(?:^|[ \t])(?:\/\/|#|\/\*|\*|--|;|<!--)[ \t]*(.*)$/;
/** A comment that names a digest: the pieces are a hash's, split for a line's length. */
const DIGEST = /hash|digest|sha-?\d|checksum|fingerprint|thumbprint|integrity|md5|crc/i;

/** A split for the layout: a line's length or width ("split so it fits in 100 columns", "the line-length linter"). */
const LAYOUT = /line[ -]?length|max[ -]?len|colum|\bwidth\b|\bwrap|\bfits?\b|readab|longueur de ligne|zeilenlänge|longitud de línea/i;

/** The comment text says the value is hidden: obfuscated, or split or hidden from a checker, or split on purpose, not for the layout. */
export function concealing(comment: string): boolean {
  if (DIGEST.test(comment)) return false;
  return OBFUSCATED.test(comment) || (!LAYOUT.test(comment) && ((CHECKER.test(comment) && HIDING.test(comment)) || SPLIT_ON_PURPOSE.test(comment)));
}

/**
 * A comment beside the declaration at [start, end) says its value is concealed: on one of the two lines above
 * the declaration's first line, or after the value on its last line.
 */
export function concealedDeclaration(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let from = lineStart;
  for (let n = 0; n < 2 && from > 0; n++) from = text.lastIndexOf("\n", from - 2) + 1;
  for (const line of text.slice(from, lineStart).split("\n")) {
    const c = COMMENT.exec(line.trimEnd());
    if (c && concealing(c[1]!)) return true;
  }
  const lineEnd = text.indexOf("\n", end);
  const after = COMMENT.exec(text.slice(end, lineEnd < 0 ? text.length : lineEnd).trimEnd());
  return after !== null && concealing(after[1]!);
}

/** A joined value a credential could be: 12-128 printable characters, no blank, no URL or path, no list of words (flags, scopes), near a draw's entropy. */
export function credentialShaped(v: string): boolean {
  return v.length >= 12 && v.length <= 128 && /^[\x21-\x7e]+$/.test(v) && !/:\/\/|^[/~.]/.test(v) && /\d|[^A-Za-z0-9]/.test(v) && shannonEntropy(v) >= 3.3 && !wordList(v);
}
