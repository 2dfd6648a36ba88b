// A SQL statement's option list, each option a name, a blank and a quoted literal: SQL/MED's
// `OPTIONS (…)` (Postgres FDW `CREATE USER MAPPING … OPTIONS (user '…', password '…')`, `ALTER …
// OPTIONS (SET password '…')`, Spark SQL's `USING jdbc OPTIONS (url '…', password '…')`) and DuckDB's
// `CREATE SECRET (TYPE s3, KEY_ID '…', SECRET '…')`. No `=` joins name and value, so the
// assignment rules never see a pair; here the list's syntax says which literal is whose.
import type { MatchResult, Rule } from "./types.ts";
import { rule, scanMatcher } from "./call-arguments.ts";
import { judgeName, literal, notLiveName } from "./name-then-literal.ts";

const KEYWORDS = ["options (", "options(", "create secret", "create or replace secret", "create persistent secret", "create or replace persistent secret", "create temporary secret"];
/** From `CREATE SECRET` to the list's `(`: DuckDB's `IF NOT EXISTS` and the secret's name. */
const TO_LIST = /^(?:[ \t]+if[ \t]+not[ \t]+exists)?(?:[ \t]+[\w"]{1,63})?[ \t]*\(/i;
/** One option: an optional ALTER action, the name (bare or quoted), a blank or `=`, and a single-quoted literal. */
const OPTION = /(?:^|,)\s{0,8}(?:(?:SET|ADD)[ \t]+)?["`]?([A-Za-z][\w.-]{0,63})["`]?[ \t]*=?[ \t]*'((?:[^'\\\r\n]|''){1,256})'/giy;
/** Up to the next option's comma: an unquoted value or blanks, not the list's close. */
const NEXT_OPTION = /^[^,)'";]*,/;
/** An option's name that is the credential itself (`password`, DuckDB's `SECRET`, `token`). */
const BARE_CREDENTIAL = /^(?:password|passwd|secret|token|pat|credentials?)$/i;

function optionListAt(text: string, pos: number, kw: string): MatchResult | null {
  let from = pos + kw.length;
  if (!kw.endsWith("(")) {
    const head = TO_LIST.exec(text.slice(from, from + 100));
    if (!head) return null;
    from += head[0].length;
  }
  const list = text.slice(from, from + 1200);
  let at = 0;
  for (let n = 0; n < 24 && at < list.length; n++) {
    OPTION.lastIndex = at;
    const m = OPTION.exec(list);
    if (m) {
      const name = m[1]!;
      const value = m[2]!;
      // A doubled quote inside the literal is SQL's escape: judged as written, it is no opaque key anyway.
      if ((BARE_CREDENTIAL.test(name) || judgeName(name)) && !notLiveName(name)) {
        const start = from + m.index + m[0].length - 1 - value.length;
        const found = literal(text, name, value, start, pos, start + value.length + 1, false, true);
        if (found) return found;
      }
      at = OPTION.lastIndex;
    }
    // On to the next option's comma, past an unquoted one (`PROVIDER credential_chain`); the list ends at `)`.
    const skip = !m && list[at] === "," ? 1 : 0;
    const next = NEXT_OPTION.exec(list.slice(at + skip, at + skip + 200));
    if (!next) return null;
    at += skip + next[0].length - 1;
  }
  return null;
}

export const SQL_OPTION_LIST_RULES: Rule[] = [
  { ...rule("sql-option-list-secret", "Password or secret as a quoted option in a SQL statement's option list (FDW user mapping OPTIONS, Spark OPTIONS, DuckDB CREATE SECRET)", KEYWORDS, scanMatcher(KEYWORDS, optionListAt)), before: 0, after: 1400 },
];
