// A key given to a CLI as a positional argument, where no flag or variable names it: a login or
// auth verb and then the key (`<tool> login KEY`, `<tool> auth KEY`, `<tool> apikey save NAME
// KEY`, `<tool> config add-authtoken KEY`), and a key echoed into a login that reads it from
// stdin (`echo KEY | <tool> auth login --with-token`). The verb must stand a few words into a
// command (a tool word, at most two subcommands) and the key must be opaque: a user name, a
// host, a path or a plain word after `login` is not taken.
import type { MatchResult, Rule } from "./types.ts";
import { charClasses, shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { indexWithin, type Literal, opaqueLiteral, prefixedLowerKey, result, rule, scanMatcher } from "./call-arguments.ts";

/**
 * Where a shell command starts: a line, a separator, a quote opening a JSON/escaped command string;
 * in a CI log, after the line's timestamp and the shell's trace mark (`2024-…Z + tool login KEY`). A log
 * level is a log line's first word, not a tool (`INFO auth ok token=…`).
 */
const COMMAND_HEAD = /(?:^|[\n;&|(`"'$]|\\n|\\")[ \t]*(?:\d{4}-\d\d-\d\d[T ][\d:.,]{5,20}Z?[ \t]+|\[\d\d:\d\d:\d\d(?:\.\d{1,9})?\][ \t]+)?(?:\+{1,3}[ \t]+)?(?!(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE|FATAL|NOTICE|info|debug|warn|warning|error|trace|fatal|notice)\b)(?:sudo[ \t]+)?(?:(?:npx|bunx|uvx|pipx[ \t]+run|python3?[ \t]+-m)[ \t]+)?[A-Za-z][\w.@/-]{0,40}(?:[ \t]+[\w.:-]{1,30}){0,2}[ \t]+$/;

/** A command-line word at `i`: bare, or quoted; stops at blanks, separators, escaped quotes. */
export function wordAt(text: string, i: number): { lit: Literal; end: number } | undefined {
  const q = text[i];
  if (q === '"' || q === "'") {
    const e = indexWithin(text, q, i + 1, 299);
    if (e < 0) return undefined;
    const value = text.slice(i + 1, e);
    return /[\s\\]/.test(value) ? undefined : { lit: { value, start: i + 1 }, end: e + 1 };
  }
  const m = /^[^\s"'`\\;&|()<>]{1,300}/.exec(text.slice(i, i + 301));
  return m ? { lit: { value: m[0], start: i }, end: i + m[0].length } : undefined;
}

/** The command-line word after the blanks at `i`. */
export function nextWord(text: string, i: number): ReturnType<typeof wordAt> {
  while (text[i] === " " || text[i] === "\t") i++;
  return wordAt(text, i);
}

function cliKey(v: string): boolean {
  return opaqueLiteral(v) || prefixedLowerKey(v);
}

/** Up to `max` words after `i` on the same command; the first opaque one (a `name=KEY` word counts by its value). */
function keyAmongWords(text: string, i: number, max: number): Literal | undefined {
  for (let n = 0; n < max; n++) {
    const w = nextWord(text, i);
    if (!w) return undefined;
    let lit = w.lit;
    const eq = /^[\w.-]{1,30}=/.exec(lit.value);
    if (eq && !lit.value.startsWith("-")) lit = { value: lit.value.slice(eq[0].length), start: lit.start + eq[0].length };
    if (!lit.value.startsWith("-") && cliKey(lit.value)) return lit;
    i = w.end;
    if (text[i] !== " " && text[i] !== "\t") return undefined;
  }
  return undefined;
}

function headBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 120);
  const nl = text.lastIndexOf("\n", pos);
  return COMMAND_HEAD.test(text.slice(Math.max(from, nl), pos));
}

const VERB_KEYWORDS = [" login ", " auth ", " authtoken ", " add-authtoken ", " apikey ", " api-key ", " signin "];
function verbAt(text: string, pos: number, kw: string): MatchResult | null {
  const lit = keyAmongWords(text, pos + kw.length, 4);
  if (!lit || !headBefore(text, pos + 1)) return null;
  return result(pos + 1, lit.start + lit.value.length, lit);
}

/**
 * `echo KEY | tool … --with-token` (or `--password-stdin`, `--token-stdin`): the key is echoed earlier on the line.
 * A password flag (`openconnect --passwd-on-stdin`, Heimdal's `kinit --password-file=STDIN`, `htpasswd -i`)
 * reads a password a person may have typed: shorter than a key, with marks in it.
 */
const KEY_STDIN_KEYWORDS = ["--with-token", "--password-stdin", "--token-stdin"];
const PASSWORD_STDIN_KEYWORDS = ["--passwd-on-stdin", "--password-from-stdin", "--password-file=stdin", "htpasswd -i", "htpasswd -ci", "htpasswd -bi"];
const STDIN_KEYWORDS = [...KEY_STDIN_KEYWORDS, ...PASSWORD_STDIN_KEYWORDS];
const ECHOED = /(?:echo|printf)[ \t]+(?:-[neE]{1,2}[ \t]+)?(?:(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s)[ \t]+)?(?:"([^"\s\\]{8,300})"|'([^'\s\\]{8,300})'|([^\s"'`\\|;&]{8,300}))[ \t]*\|[^|\n]{0,200}$/;

/** The value (`min` characters or more) echoed (or printf'd) into the pipe that reaches `pos` on its line, and where its echo starts. */
export function echoedInto(text: string, pos: number, min = 16): { lit: Literal; from: number } | undefined {
  const nl = text.lastIndexOf("\n", pos);
  const from = Math.max(0, pos - 400, nl + 1);
  const m = ECHOED.exec(text.slice(from, pos));
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? m[3]!;
  if (value.length < min) return undefined;
  return { lit: { value, start: from + m.index + m[0].indexOf(value) }, from: from + m.index };
}

function stdinAt(text: string, pos: number, kw: string): MatchResult | null {
  if (!PASSWORD_STDIN_KEYWORDS.includes(kw)) {
    const e = echoedInto(text, pos);
    return e && cliKey(e.lit.value) ? result(e.from, pos, e.lit) : null;
  }
  const e = echoedInto(text, pos, 8);
  return e && (cliKey(e.lit.value) || typedPassword(e.lit.value)) ? result(e.from, pos, e.lit) : null;
}

/** Three kinds of character or more (cases, digits, marks) at a draw's entropy: no word, variable or placeholder. */
function typedPassword(v: string): boolean {
  return charClasses(v) >= 3 && shannonEntropy(v) >= 3.0 && !/^[$<%{]/.test(v) && !isGenericPlaceholder(v);
}

/**
 * A secret manager's key share given to its operator command (`vault operator unseal KEY`, OpenBao's `bao`, with
 * `-migrate`, or `generate-root`/`rekey` with `-nonce=…` before the share; an unseal or a recovery key): the first word
 * after the flags, base64 or hex as `operator init` prints them. Echoed into the command, it is the same share.
 */
const SHARE_KEYWORDS = ["operator unseal", "operator generate-root", "operator rekey"];
const SHARE_TOOL = /(?:^|[\s/;&|(`"'])(?:vault|bao)(?:\.exe)?[ \t]+$/;
function shareAt(text: string, pos: number, kw: string): MatchResult | null {
  if (!SHARE_TOOL.test(text.slice(Math.max(0, pos - 40), pos))) return null;
  let i = pos + kw.length;
  if (text[i] !== " " && text[i] !== "\t" && text[i] !== "\n" && text[i] !== "\r" && i < text.length) return null;
  for (let n = 0; n < 6; n++) {
    const w = nextWord(text, i);
    if (!w) break;
    if (!w.lit.value.startsWith("-")) return cliKey(w.lit.value) ? result(pos, w.end, w.lit) : null;
    i = w.end;
  }
  const e = echoedInto(text, pos);
  return e && cliKey(e.lit.value) ? result(e.from, pos + kw.length, e.lit) : null;
}

export const CLI_CREDENTIAL_RULES: Rule[] = [
  { ...rule("secret-manager-key-share", "Unseal or recovery key share given to a secret manager's operator command (vault operator unseal KEY)", SHARE_KEYWORDS, scanMatcher(SHARE_KEYWORDS, shareAt)), before: 420, after: 600 },
  { ...rule("cli-login-key-argument", "Key given to a CLI's login, auth or apikey command as a positional argument", VERB_KEYWORDS, scanMatcher(VERB_KEYWORDS, verbAt)), before: 120, after: 1400 },
  { ...rule("cli-stdin-login-key", "Key echoed into a CLI login that reads it from stdin (--with-token, --password-stdin)", STDIN_KEYWORDS, scanMatcher(STDIN_KEYWORDS, stdinAt)), before: 420, after: 20 },
];
