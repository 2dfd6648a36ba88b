// A benchmark's or a red-team suite's table of attacks ("| id | template (abridged) |", "| # | Angriff
// | Beschreibung |"): each row names or abridges an attack the document is about, the way a list
// of examples does. The header says what the rows are; the prose around says it is about attacks.
import { inExplanatoryContext, type DocContext } from "./context.ts";

/** A header cell naming attacks, templates, payloads or test cases, in the languages. */
const ATTACK_COLUMN = /\|[^|\n]{0,30}(?:(?<![\p{L}])(?:templates?|attacks?|payloads?|techniques?|vectors?|injections?|jailbreaks?|test\s{1,3}cases?|scenarios?|plantillas?|ataques?|vectores?|Angriff\p{L}{0,3}|Vorlage\p{L}{0,2}|Szenari\p{L}{1,2}|attaques?|mod[eè]les?|sc[ée]narios?|attacc(?:o|hi)|modell[oi]|атак\p{L}{0,2}|шаблон\p{L}{0,2}|сценари\p{L}{0,2})(?![\p{L}])|攻击|攻擊|模板|场景|攻撃|テンプレート|シナリオ|공격|템플릿|시나리오)[^|\n]{0,30}\|/iu;
const TABLE_ROW = /^[^\S\n]{0,3}\|/;
const SEPARATOR = /^[^\S\n]{0,3}\|?[^\S\n]{0,2}:?-{3,}/;

/** A numbered caption naming attacks ("Table 4: Injection carriers used in our benchmark"). */
const ATTACK_CAPTION = /^[^\S\n]{0,3}(?:\*\*|_)?(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabella|Tabela|Таблица|表)\s{0,2}[A-Z]?\d{1,3}(?:\.\d{1,3})?[^\n]{0,200}?(?:(?<![\p{L}])(?:(?:prompt[\s-]{1,3})?injections?|attacks?|payloads?|jailbreaks?|adversarial|ataques?|attaques?|attacc(?:o|hi)|inyecci[oó]n\p{L}{0,2}|атак\p{L}{0,2})(?![\p{L}])|(?<![\p{L}])(?:Angriff|Injektion)\p{L}{0,12}|攻击|攻撃|注入|공격)/iu;

/** A heading or a label calling what follows an example of a planted or attacking row ("## Example (planted)", "Poisoned sample:", "Beispiel (manipuliert)"). */
const PLANTED_EXAMPLE_CAPTION = /^[^\S\n]{0,3}(?:#{1,6}[^\S\n]{1,3}|\*\*|_)?(?:[^\n]{0,40}?(?<![\p{L}])(?:examples?|samples?|specimens?|instances?|Beispiele?|exemples?|ejemplos?|esempi[oi]?|exemplos?|пример\p{L}{0,2}|образ[eе]ц\p{L}{0,2})(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])(?:planted|poisoned|injected|malicious|attacks?|adversarial|injections?|tainted|contaminated|manipul\p{L}{0,6}|piégé\p{L}{0,2}|vergiftet\p{L}{0,2}|envenenad\p{L}|avvelenat\p{L}|внедр\p{L}{0,6}|отравлен\p{L}{0,3})|[^\n]{0,40}?(?<![\p{L}])(?:planted|poisoned|injected|malicious|attack|adversarial|injection|tainted|contaminated)[^\S\n]{1,3}(?:examples?|samples?|rows?|records?|cells?|instances?))(?![\p{L}])[^\n]{0,40}$/iu;

/** The caption line right above the table's header (a blank line may part them) names attacks, or calls the table an example of a planted row. */
function attackCaption(text: string, headerStart: number): boolean {
  if (headerStart === 0) return false;
  let ls = text.lastIndexOf("\n", headerStart - 2) + 1;
  let line = text.slice(ls, headerStart - 1);
  if (line.trim() === "" && ls > 0) {
    ls = text.lastIndexOf("\n", ls - 2) + 1;
    line = text.slice(ls, text.indexOf("\n", ls));
  }
  return ATTACK_CAPTION.test(line) || PLANTED_EXAMPLE_CAPTION.test(line);
}

/** A row drawn without outer pipes ("display:none div   | same text inside … | 41%"): a cell, then a pipe between spaces. */
const PLAIN_ROW = /^[^|\n]{1,80}[^\S\n]\|[^\S\n]/;
const isRow = (line: string) => TABLE_ROW.test(line) || PLAIN_ROW.test(line);

/**
 * The hit is in a body row of a markdown or plain-text table whose header (or the caption above it)
 * names attacks, in prose about attacks. Without a separator row, the table's first row is its header.
 */
export function attackTableRow(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  if (!isRow(text.slice(ls, start))) return false;
  const header = (hs: number, head: string) => (ATTACK_COLUMN.test(TABLE_ROW.test(head) ? head : `|${head}|`) || attackCaption(text, hs)) && inExplanatoryContext(doc, start, end);
  // Up the table to the separator; the row above it is the header.
  for (let n = 0; n < 60 && ls > 0; n++) {
    const prev = text.lastIndexOf("\n", ls - 2) + 1;
    const line = text.slice(prev, ls - 1);
    if (SEPARATOR.test(line)) {
      if (prev === 0) return false;
      const hs = text.lastIndexOf("\n", prev - 2) + 1;
      return header(hs, text.slice(hs, prev - 1));
    }
    if (!isRow(line)) return n > 0 && header(ls, text.slice(ls, text.indexOf("\n", ls)));
    ls = prev;
  }
  return false;
}
