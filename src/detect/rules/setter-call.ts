// A password handed to a DSL setter by juxtaposition, no `=` (round thirty-one): Gradle's Groovy
// `storePassword "…"` (the call `setStorePassword("…")`), Apache-style directives (`AuthLDAPBindPassword "…"`),
// Tcl/Expect's `set db_password "…"`, Capistrano's `set :db_password, "…"`. The statement's shape says the
// literal is the value, so a generated password with its punctuation counts as after `=`.
import { generatedPassword, punctuatedDraw, writtenPassword } from "./secret-name.ts";
import { passwordName } from "../slot-name.ts";
import { drawnLetters } from "../drawn-segment.ts";
import { shannonEntropy } from "../entropy.ts";

/** The name opens its line (maybe after a diff's mark, or Tcl's `set`) and only blanks stand before the literal. */
const SPACED_LEAD = /(?:^|\n|\\n)[+-]?[ \t]*(?:set[ \t]+)?$/;
/** A Ruby symbol as `set`'s first argument (`set :db_password, "…"`, `set(:db_password, "…")`), a comma before the literal. */
const SYMBOL_LEAD = /(?:^|\n|\\n)[+-]?[ \t]*set[ \t(]+:$/;

/** The name at [s, afterName) is a password setter's, called with the literal at `i` as its argument. */
export function setterArgument(text: string, name: string, s: number, afterName: number, i: number): boolean {
  if (!passwordName(name, true)) return false;
  const gap = text.slice(afterName, i);
  const lead = text.slice(Math.max(0, s - 24), s);
  return (/^[ \t]+$/.test(gap) && SPACED_LEAD.test(lead)) || (/^[ \t]*,[ \t]*$/.test(gap) && SYMBOL_LEAD.test(lead));
}

/**
 * A drawn password of 12 or more (symbols and no digit if its letters flip case at random), or one of mixed case and digits:
 * not words in a placeholder's place (`Enter-Password`), not a reference (`$System.env.X`, `${pw}`, `%KEY_PASS%`).
 */
export const setterPassword = (v: string) => writtenPassword(v) && (punctuatedDraw(v, 12) || (v.length >= 12 && (generatedPassword(v, 3.5) || symbolCaseDraw(v))));

/** Letters of both cases at random and a symbol, no digit (`%UTCvTJroRR#KcNp`): a drawn password, not words (`Change#Me!Now`). */
const symbolCaseDraw = (v: string) => /[^A-Za-z0-9]/.test(v) && drawnLetters(v.replace(/[^A-Za-z]/g, "")) && shannonEntropy(v) >= 3.5;
