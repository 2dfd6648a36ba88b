// A command's named parameter for a secret, its value the next word: PowerShell's `-MysqlPassword
// "…"`, `-OciAuthToken '…'`, a script's `--db-password …`, `-client-secret …`, in a shell line, a
// scheduled task's <Arguments>, a CI step. The flag's name is judged as a variable's name; a
// password-named one takes a password of any punctuation, a token- or secret-named one a
// generated draw with symbols (opaque keys there are the name-then-literal rule's).
import type { MatchResult, Rule } from "./types.ts";
import { result, rule, scanMatcher } from "./call-arguments.ts";
import { nextWord } from "./cli-credentials.ts";
import { judgeName } from "./name-then-literal.ts";
import { punctuatedDraw, writtenPassword } from "./secret-name.ts";

const KEYWORDS = ["password ", "passwd ", "passphrase ", "token ", "secret "];
/** The flag ending at the keyword: one or two dashes after a blank, a quote or a paren, then the name. */
const FLAG_BEFORE = /(?:^|[\s"'(])--?([A-Za-z][\w-]{0,40})$/;
export const PASSWORD_NAME = /pass(?:word|wd|phrase)$/i;

function parameterAt(text: string, pos: number, kw: string): MatchResult | null {
  const nameEnd = pos + kw.length - 1;
  const flag = FLAG_BEFORE.exec(text.slice(Math.max(0, pos - 44), nameEnd));
  if (!flag) return null;
  const name = flag[1]!;
  if (!judgeName(name)) return null;
  const w = nextWord(text, pos + kw.length);
  // A word glued to a call's or index's opening (`@Microsoft.KeyVault(SecretUri=…)`) is an expression's head.
  if (!w || /[([{]/.test(text[w.end] ?? "")) return null;
  const v = w.lit.value;
  const ok = PASSWORD_NAME.test(name) ? writtenPassword(v) : punctuatedDraw(v, 16);
  return ok ? result(nameEnd - name.length, w.lit.start + v.length, w.lit) : null;
}

export const CLI_NAMED_PARAMETER_RULES: Rule[] = [
  { ...rule("cli-secret-parameter", "Secret given in a command's secret-named parameter (-DbPassword \"…\", --api-secret …)", KEYWORDS, scanMatcher(KEYWORDS, parameterAt)), before: 48, after: 160 },
];
