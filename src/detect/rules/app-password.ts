// An application password (WordPress's, a mail provider's app-specific password) named and then
// given in the groups of four it is shown in, with only blanks between (`wp_application_password
// 8ChH MQ9j …` in a chat message, `app password: abcD 1234 …`). The generic assignment rules need
// `=` or `:` and read one word; the grouped value is the whole secret. A call's next argument
// (`env('WP_APP_PASSWORD', '…')`, a lookup's fallback, `?? "…"` after the lookup) is the name's value
// too (Rust's `.unwrap_or_else(|_| "…")`, Java's `.orElse("…")`, Ruby's `ENV.fetch("…") { "…" }` block), and so is the value a sentence gives after a few words (`application password key for staging is …`).
import type { MatchResult, Rule } from "./types.ts";
import { result, rule, scanMatcher } from "./call-arguments.ts";
import { groupedPassword } from "../placeholder.ts";

const KEYWORDS = ["application_password", "application password", "application-password", "applicationpassword", "app_password", "app password", "app-password", "apppassword"];
/** The rest of the name, a separator (blanks, `:`/`=`, "is"), and the groups. */
const AFTER = /^[\w-]{0,20}["'`]?(?:[ \t]{1,4}(?:(?:is|was|ist|est|es|=|:)[ \t]{1,4})?|(?:[ \t]{1,4}\p{L}[\p{L}\p{N}_-]{0,15}){1,4}?[ \t]{1,4}(?:is|was|ist|est|es|=|:)[ \t]{1,4}|[ \t]{0,4}(?:=>|[:=,])[ \t]{0,4}|\)\)?[ \t]{0,4}(?:\?\?|\|\||\?:|or|\{|\.(?:unwrap_or(?:_else)?|or_?[eE]lse|getOrElse)\([ \t]{0,4}(?:\|_?\||\(\)[ \t]{0,2}->)?)[ \t]{0,4})(?:\\?["'`]){0,2}([A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){3,7})(?![A-Za-z0-9+/=_-])/iu;

function appPasswordAt(text: string, pos: number, kw: string): MatchResult | null {
  const at = pos + kw.length;
  const m = AFTER.exec(text.slice(at, at + 80));
  if (!m || !groupedPassword(m[1]!)) return null;
  const start = at + m[0].length - m[1]!.length;
  return result(pos, start + m[1]!.length, { value: m[1]!, start });
}

export const APP_PASSWORD_RULES: Rule[] = [
  { ...rule("grouped-app-password", "Application password in its groups of four after its name (WordPress, app-specific passwords)", KEYWORDS, scanMatcher(KEYWORDS, appPasswordAt)), tags: ["generic"], before: 40, after: 120 },
];
