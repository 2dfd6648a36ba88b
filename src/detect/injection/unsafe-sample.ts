// "    # dangerous\n    exec(requests.get(url).text)", "// ❌ don't do this", "eval(input())  # unsafe":
// a code sample its own comment labels as what not to do is the warning against it, as a negated
// command is. The label is a comment line at most three lines above, in the same block (no blank
// line between), or a comment ending the sample's line.

const LABEL_WORD = String.raw`(?:[❌⚠️🚫✗✘]\s{0,2})?(?:dangerous|unsafe|insecure|vulnerable|bad|wrong|never|avoid|don['’]t|do\s{1,3}not|not\s{1,3}safe|anti-?pattern|gefährlich|unsicher|falsch|nicht\s{1,3}so|peligroso|inseguro|incorrecto|dangereux|non\s{1,3}sûr|à\s{1,3}éviter|pericoloso|perigoso|опасно|небезопасно|неправильно|危险|危險|不安全|错误|錯誤|不要这样|危険|安全でない|위험|안전하지\s{0,2}않)`;
const COMMENT_LABEL = new RegExp(String.raw`^[^\S\n]*(?:#|\/\/|--|\/\*|;|REM\s)[^\S\n]*${LABEL_WORD}(?![\p{L}])[^\n]{0,60}$`, "iu");
const TRAILING_LABEL = new RegExp(String.raw`[^\S\n](?:#|\/\/|--|\/\*)[^\S\n]*${LABEL_WORD}(?![\p{L}])[^\n]{0,60}$`, "iu");

/** The code line holding `pos` is labelled by a comment as a sample of what not to do. */
export function labelledUnsafe(text: string, pos: number): boolean {
  const ls = text.lastIndexOf("\n", pos - 1) + 1;
  const le = text.indexOf("\n", pos);
  if (TRAILING_LABEL.test(text.slice(pos, le < 0 ? text.length : le))) return true;
  let end = ls - 1;
  for (let i = 0; i < 3 && end > 0; i++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (!/\S/.test(line)) return false;
    if (COMMENT_LABEL.test(line)) return true;
    end = start - 1;
  }
  return false;
}
