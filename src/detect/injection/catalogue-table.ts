// A benchmark's or a red-team suite's table of attacks ("| id | template (abridged) |", "| # | Angriff
// | Beschreibung |"): each row names or abridges an attack the document is about, the way a list
// of examples does. The header says what the rows are; the prose around says it is about attacks.
import { inExplanatoryContext } from "./context.ts";

/** A header cell naming attacks, templates, payloads or test cases, in the languages. */
const ATTACK_COLUMN = /\|[^|\n]{0,30}(?:(?<![\p{L}])(?:templates?|attacks?|payloads?|techniques?|vectors?|injections?|jailbreaks?|test\s{1,3}cases?|scenarios?|plantillas?|ataques?|vectores?|Angriff\p{L}{0,3}|Vorlage\p{L}{0,2}|Szenari\p{L}{1,2}|attaques?|mod[eè]les?|sc[ée]narios?|attacc(?:o|hi)|modell[oi]|атак\p{L}{0,2}|шаблон\p{L}{0,2}|сценари\p{L}{0,2})(?![\p{L}])|攻击|攻擊|模板|场景|攻撃|テンプレート|シナリオ|공격|템플릿|시나리오)[^|\n]{0,30}\|/iu;
const TABLE_ROW = /^[^\S\n]{0,3}\|/;
const SEPARATOR = /^[^\S\n]{0,3}\|?[^\S\n]{0,2}:?-{3,}/;

/** The hit is in a body row of a markdown table whose header names attacks, in prose about attacks. */
export function attackTableRow(text: string, start: number, end: number): boolean {
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  if (!TABLE_ROW.test(text.slice(ls, start))) return false;
  // Up the table to the separator; the row above it is the header.
  for (let n = 0; n < 60 && ls > 0; n++) {
    const prev = text.lastIndexOf("\n", ls - 2) + 1;
    const line = text.slice(prev, ls - 1);
    if (!TABLE_ROW.test(line)) return false;
    if (SEPARATOR.test(line)) {
      if (prev === 0) return false;
      const head = text.slice(text.lastIndexOf("\n", prev - 2) + 1, prev - 1);
      return ATTACK_COLUMN.test(head) && inExplanatoryContext(text, start, end);
    }
    ls = prev;
  }
  return false;
}
