// Option descriptions in a command's help: `--help` output, a man page's OPTIONS section, a CLI
// reference table. Imperative words there ("do not ask for confirmation", "skip the review") say
// what a flag does for whoever runs the command; nobody is told to do anything.
import { looksLikeManPage } from "./about-prompts.ts";
import { lineStartOf } from "../lines.ts";

/** An option and its argument, as help output writes them: "-y, --yes", "--since=DATE", "-n passes", "--out <file>". */
const OPTION = String.raw`(?:-\w(?:,[^\S\n]{0,2}|[^\S\n]{1,2}))?--?\w[\w-]{0,40}(?:[ =](?:[A-Z][A-Z0-9_]{0,30}|<[^>\n]{1,30}>|\[[^\]\n]{1,30}\]))?`;
/** The option and its help text on one line ("  -y, --yes   Do not ask for confirmation"). */
const OPTION_LINE = new RegExp(String.raw`^[^\S\n]{1,8}${OPTION}[^\S\n]{2,}\S[^\n]*$`);
/** The option alone on its line, its help text indented under it (man pages: "       -f, --force"). A man page writes an argument in lower case ("-n passes"). */
const OPTION_TERM = new RegExp(String.raw`^[^\S\n]{1,12}${OPTION}(?:[ =][a-z][\w-]{0,20})?(?:,[^\S\n]{0,2}--?\w[\w-]{0,40}(?:[ =]\S{1,30})?)?[^\S\n]*$`);
/** A markdown table row whose first cell is an option (`| \`--force\` | … |`, `| -f, --force | … |`). */
const OPTION_ROW = /^[^\S\n]{0,3}\|[^\S\n]{0,3}`?(?:-\w`?,[^\S\n]{0,2}`?)?--?\w[\w-]{0,40}(?:[ =](?:[A-Z][A-Z0-9_]{0,30}|<[^>\n]{1,30}>))?`?[^\S\n]{0,3}\|[^\n]*$/;
/** A help text's heading: "Usage:", "Options:", "OPTIONS" on a line of its own (a man page section), "## Flags", in several languages. */
const HELP_HEADING = /(?:^|\n)[^\S\n]{0,4}(?:#{1,4}[^\S\n]{1,3})?(?:usage|options|flags|arguments|(?:optional|positional)[^\S\n]arguments|global[^\S\n]options|opciones|optionen|opzioni|opções|opcoes|параметры|опции|ключи|オプション|选项|選項|옵션)(?:[^\S\n]{0,2}[:：]|[^\S\n]*\n)/i;
/** A flag's help text is about the command: one that addresses an AI or names a place to send things to is not. */
const AIMED = /https?:|@|~\/|\.ssh\b|\.env\b|\b(?:AI|LLM|assistants?|agents?|models?|bots?)\s{0,2}[:,]/i;
/** How many wrapped lines of help text may stand between the option and the match. */
const MAX_WRAPPED = 6;

/** The rest of a table cell past its first words is one short clause. Only read in an option row: on a long line, reading it for every match was quadratic. */
function cellRestOk(text: string, start: number): boolean {
  const cellRest = /^[^|\n]*/.exec(text.slice(start))![0].replace(/^\S+(?:\s+\S+){0,3}/, "");
  return cellRest.length <= 40 && !/;|\band\b/.test(cellRest);
}

const indentOf = (line: string): number => /^[^\S\n]*/.exec(line)![0].length;

/**
 * The line at `ls` is help text indented under an option: the option alone on a line above it
 * ("       --force\n              do not ask …") or its help text begun on the option's line and
 * wrapped; only lines indented as deep as this one between them.
 */
function underOption(text: string, ls: number): boolean {
  const le = text.indexOf("\n", ls);
  const own = text.slice(ls, le < 0 ? text.length : le);
  const indent = indentOf(own);
  if (indent === 0) return false;
  let read = own;
  let pos = ls;
  for (let n = 0; n < MAX_WRAPPED && pos > 0; n++) {
    const ps = text.lastIndexOf("\n", pos - 2) + 1;
    const prev = text.slice(ps, pos - 1);
    if (prev.trim() === "") return false;
    read = `${prev}\n${read}`;
    if (indentOf(prev) < indent) return (OPTION_TERM.test(prev) || OPTION_LINE.test(prev)) && !AIMED.test(read);
    pos = ps;
  }
  return false;
}

/** The match at `start` lies in the help text of a CLI option. */
export function inCliHelp(text: string, start: number): boolean {
  const ls = lineStartOf(text, start);
  const le = text.indexOf("\n", start);
  const row = text.slice(ls, le < 0 ? text.length : le);
  // A flag's description is one short clause; a row that addresses an agent, names a place to send
  // things to or goes on to a second order is not one.
  if (OPTION_ROW.test(text.slice(ls, start + 1)) && cellRestOk(text, start) && !AIMED.test(row) && /(?:^|\n)[^\S\n]{0,3}\|?[^\S\n]{0,2}:?-{3,}:?[^\S\n]{0,2}\|/.test(text.slice(Math.max(0, ls - 4000), ls))) return true;
  const head = text.slice(0, 20000);
  if (!HELP_HEADING.test(head) && !looksLikeManPage(head)) return false;
  return OPTION_LINE.test(text.slice(ls, start + 1)) || underOption(text, ls);
}
