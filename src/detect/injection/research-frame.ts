// Writing about prompt injection — course notes on a benchmark, research notes, a security advisory,
// a newsletter warning readers about assistants — quotes and describes attacks: "Attack texts ask the
// model to …", "hidden text addressed to the assistant, such as …", "between <INFORMATION> tags".
// Its title presents it as such a write-up, and its body is about attacks. An address to the AI
// reader in such a text describes the attack, it does not make one.
import { AsciiCut } from "../ascii-alternatives.ts";
import { blockquoteStart } from "./found-specimen.ts";

/** A title presenting the text as notes, research, a benchmark overview, an advisory, a newsletter, a threat model or design note, or a defence explained ("Why we block remote images …"), in the languages. */
const WRITE_UP_TITLE = /(?<![\p{L}])(?:benchmarks?|course\s{1,3}notes|lecture(?:\s{1,3}notes)?|research(?:\s{1,3}notes?)?|paper|survey|literature\s{1,3}review|(?:security\s{1,3})?advisory|newsletter|digest|RSS\s{1,3}item|write-?up|threat\s{1,3}(?:report|model)|why\s{1,3}we\s{1,3}(?:block|disable|strip|sandbox|filter|removed?|stopped|no\s{1,3}longer|don['’]t|never)|design\s{1,3}(?:doc|note|review)|security\s{1,3}(?:notes?|design|model|FAQ)|post-?mortem|incident\s{1,3}(?:report|review|write-?up)|(?:security\s{1,3})?(?:awareness\s{1,3})?training\s{1,3}(?:slides?|deck|module|materials?|notes|course)|training\s{1,3}slide|slides?\s{0,2}\d{0,3}\s{0,2}[:—–-]|OWASP|LLM0\d|Schulung\p{L}{0,5}|support\s{1,3}de\s{1,3}formation|diapositiva|capacitaci[oó]n|treinamento|evaluation|evaluaci[oó]n|avalia[cç][aã]o|évaluation|valutazione|Evaluierung|notas(?:\s{1,3}de\s{1,3}(?:clase|curso|aula|investigaci[oó]n|pesquisa))?|investigaci[oó]n|pesquisa|bolet[ií]n|boletim|aviso\s{1,3}de\s{1,3}seguridad|notes\s{1,3}de\s{1,3}(?:cours|recherche)|recherche|bulletin|avis\s{1,3}de\s{1,3}s[ée]curit[ée]|lettre\s{1,3}d['’]information|appunti|ricerca|Forschung\p{L}{0,8}|Vorlesung\p{L}{0,4}|Sicherheitshinweis\p{L}{0,2}|Sicherheitswarnung|исследовани\p{L}{0,2}|конспект\p{L}{0,2}|рассылк\p{L}{0,2}|бюллетен\p{L}{0,2}|бенчмарк\p{L}{0,2})(?![\p{L}])|研究|笔记|筆記|基准|安全公告|ベンチマーク|論文|講義|勧告|연구|강의|보안\s?권고|뉴스레터/iu;
const WRITE_UP_TITLE_CUT = new AsciiCut(WRITE_UP_TITLE);
/** What the body is about: attacks on models, injected or hidden text, in the languages. */
const ATTACK_TOPIC = /(?<![\p{L}])(?:(?:prompt\s{1,3})?injections?|jailbreaks?|attacks?|attackers?|adversarial|exfiltrat(?:ion|es?|ed|ing)|attaquants?|atacantes?|Angreifer|hid(?:e|es|den|ing)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:text|instructions?|prompts?|commands?)|malicious|inyecci[oó]n\p{L}{0,2}|ataques?|inje[cç][aã]o|injeções|attaques?|attacc(?:o|hi)|iniezion[ei]|Angriff\p{L}{0,3}|Injektion\p{L}{0,2}|атак\p{L}{0,2}|инъекци\p{L}{0,2})(?![\p{L}])|注入|攻击|攻擊|攻撃|インジェクション|공격|인젝션/iu;
const ATTACK_TOPIC_CUT = new AsciiCut(ATTACK_TOPIC);

/** The hit at `start` opens a line below the title ("(Hidden note for AI tutors: …"): a label planted in the text, not prose describing one. */
export function opensLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  return ls > 0 && /^[\s([{*#>\-•"'“«]*$/u.test(text.slice(ls, start)) && !(ls === start && quoteWrapsOn(text, ls - 1));
}

/** The line ending at `le` leaves a quotation open: a hard-wrapped sentence quoting on into the next line ("… opens with \"This is an\nimportant message …"). */
function quoteWrapsOn(text: string, le: number): boolean {
  const line = text.slice(Math.max(text.lastIndexOf("\n", le - 1) + 1, le - 400), le);
  return /\p{L}/u.test(line) && ((line.match(/"/g)?.length ?? 0) % 2 === 1 || line.lastIndexOf("“") > line.lastIndexOf("”"));
}

/** The text is a write-up about attacks on AI readers: a write-up title on its first line and the attack topic in its body. */
export function writtenAboutAttacks(text: string): boolean {
  const first = /^\s*([^\n]{1,200})/.exec(text)?.[1];
  // "From: newsletter@example.org" names a sender, not the text's kind.
  const title = first?.replace(/\S*[@/]\S*/g, " ");
  if (title === undefined || !WRITE_UP_TITLE_CUT.test(title)) return false;
  const body = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return ATTACK_TOPIC_CUT.test(body);
}

/**
 * Labels of a test scenario in an evaluation suite or a red-team plan: the setup, the task, the
 * attack, and what counts as a pass ("Setup:", "User task:", "Expected behaviour:", "Pass condition:").
 */
const SCENARIO_SETUP = /(?:^|\n)[^\S\n]{0,4}(?:[-*>]\s{0,2}|#{1,4}\s{1,2})?(?:\*\*)?(?:setup|set-up|preconditions?|given|(?:user|agent)\s{1,3}(?:task|prompt|request|query)|attack(?:\s{1,3}(?:vector|payload|input))?|injected\s{1,3}(?:content|text|payload|input|message)|payload|(?:input|sample|incoming|untrusted)(?:\s{1,3}(?:e-?mail|message|document|page|text|ticket|comment))?|scenario(?:\s{1,3}#?\d{1,4})?|test\s{1,3}case(?:\s{1,3}#?\d{1,4})?|Aufbau|Voraussetzungen?|Szenario(?:\s{1,3}\d{1,4})?|configuration|sc[ée]nario(?:\s{1,3}\d{1,4})?|configuraci[oó]n|escenario(?:\s{1,3}\d{1,4})?)(?:\*\*)?\s{0,2}[:：]/gi;
const SCENARIO_VERDICT = /(?:^|\n|[.!?]["”']?\s{1,3})[^\S\n]{0,4}(?:[-*>]\s{0,2})?(?:\*\*)?(?:expected(?:\s{1,3}(?:assistant|model|agent|bot|AI)(?=\s{1,3}(?:behaviou?r|outcome|result|response|output|answer|reply)))?(?:\s{1,3}(?:behaviou?r|reply|outcome|result|response|output|answer))?|pass(?:ing)?(?:\s{1,3}(?:condition|criteria|criterion|if))?|fail(?:ure|ing)?(?:\s{1,3}(?:condition|criteria|criterion|if|mode))?|success\s{1,3}(?:criteria|criterion|condition)|erwartet(?:es\s{1,3}(?:Verhalten|Ergebnis))?|r[ée]sultat\s{1,3}attendu|comportement\s{1,3}attendu|resultado\s{1,3}esperado|comportamiento\s{1,3}esperado)(?:\*\*)?\s{0,2}[:：]/gi;

/** The text is a test scenario: a setup or task label (a heading "## Scenario 14:" too) and a verdict label (what passes or fails), on its own line or after a sentence. */
export function evalScenario(text: string): boolean {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  SCENARIO_SETUP.lastIndex = 0;
  SCENARIO_VERDICT.lastIndex = 0;
  return SCENARIO_SETUP.test(head) && SCENARIO_VERDICT.test(head);
}

/**
 * The hit lies in a quotation that a line of its own introduces with a colon: a blockquote under
 * "… whose body reads:", or a quotation opened right after "Payload:". In a test scenario this is
 * the attack under test, shown to the reader of the write-up.
 */
export function introducedQuote(text: string, start: number): boolean {
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  if (/^[^\S\n]{0,3}>/.test(text.slice(ls, start))) {
    ls = blockquoteStart(text, ls, 30);
    if (ls === 0) return false;
    const intro = text.slice(text.lastIndexOf("\n", ls - 2) + 1, ls - 1);
    return /[:：]\s*$/.test(intro);
  }
  const line = text.slice(ls, start);
  const open = Math.max(line.lastIndexOf('"'), line.lastIndexOf("“"), line.lastIndexOf("„"), line.lastIndexOf("«"));
  if (open < 0 || /["”»]/.test(line.slice(open + 1))) return false;
  return /[:：]\s{0,3}$/.test(line.slice(0, open)) && /["”“»]/.test(text.slice(start, text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start)));
}

/** A splicing verb told, not ordered, right before an opening quote: "appending \"", "injected the string \"". */
const SPLICED_BEFORE = /(?<![\p{L}])(?:append|prepend|insert|inject|add|embedd?|past|concatenat|splic)(?:ing|ed)\s{1,3}(?:(?:the|a|an)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:string|text|phrase|line|sentence|payload|prompt|suffix|instruction)\s{0,3}[:,]?\s{0,3})?["“„«]$/iu;
/** Where the quotation went: "\" to user input", "\" into the prompt", "\" at the end of the page". */
const SPLICED_INTO = /^["”“»]\s{0,3}(?:to|into|onto|in|at\s{1,3}the\s{1,3}(?:end|start|bottom|top)\s{1,3}of)\s/i;

/**
 * The hit lies in a quotation closed on its line that the sentence says was spliced into an input
 * ("appending \"Ignore the above …\" to user input changed the output"): the classic demo recounted.
 */
export function splicedQuote(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const line = text.slice(ls, start);
  const open = Math.max(line.lastIndexOf('"'), line.lastIndexOf("“"), line.lastIndexOf("„"), line.lastIndexOf("«"));
  if (open < 0 || !SPLICED_BEFORE.test(line.slice(Math.max(0, open - 60), open + 1))) return false;
  const le = text.indexOf("\n", start);
  const rest = text.slice(start, le < 0 ? text.length : le);
  const close = rest.search(/["”“»]/);
  return close >= 0 && SPLICED_INTO.test(rest.slice(close, close + 40));
}

/** A rendered-image slot the sentence reports ("Some chat UIs render ![](https://…?q=DATA) automatically", "via an image such as …"): the technique named, not planted. */
const SLOT_REPORTED = /(?<![\p{L}])(?:render(?:s|ed|ing)?|display(?:s|ed|ing)?|load(?:s|ed|ing)?|fetch(?:es|ed|ing)?|show(?:s|ed|ing)?|embed(?:s|ded|ding)?|such\s{1,3}as|like|e\.g\.,?|via|using|rendern|affichent|muestran|renderizan)\s{1,3}(?:(?:an?|the)\s{1,3})?(?:(?:markdown|remote)\s{1,3})?(?:images?\s{1,3})?(?:like\s{1,3})?(?:!|!?\[[^\]\n]{0,60}\]\()?$/iu;
/** The model told in the third person to write the slot ("Attackers ask the model to emit ![x](…)", "tricks the assistant into outputting …"): the attack recounted, its order not given to the reader. */
const SLOT_ASKED_OF_MODEL = /(?<![\p{L}])(?:asks?|asked|asking|tells?|told|telling|instructs?|instructed|instructing|gets?|got|getting|tricks?|tricked|tricking|makes?|made|making|coax(?:es|ed|ing)?|induc(?:es?|ed|ing)|prompt(?:s|ed|ing)|persuad(?:es?|ed|ing)|convinc(?:es?|ed|ing)|demandent\s{1,3}au|demande\s{1,3}au|piden\s{1,3}al|pide\s{1,3}al|pedem\s{1,3}ao|pede\s{1,3}ao|chiedono\s{1,3}al|chiede\s{1,3}al|bringen|bringt|fordern|fordert)\s{1,3}(?:(?:the|an?|your|a\s{1,3}victim['’]s|das|den|dem|il)\s{1,3})?(?:model|assistant|agent|LLM|AI|chatbot|bot|copilot|mod[eè]le|assistente?|modelo|modello|Modell|Assistenten)\s{1,3}(?:(?:to|into|d['’]|de|que|a|di|dazu,?)\s{0,3})?(?:emit|output|print|includ|add|append|render|produc|return|writ|generat|[ée]mettre|afficher|inclure|emita|incluya|muestre|emitir|incluir|mostrar|emettere|includere|mostrare|auszugeben|einzuf[üu]gen)(?:e|es|ed|s|ing|ting)?\s{1,3}(?:(?:an?|the|une?|una?|um|uma|ein(?:e|en)?)\s{1,3})?(?:(?:markdown|remote)\s{1,3})?(?:images?\s{1,3})?(?:like\s{1,3}|such\s{1,3}as\s{1,3})?(?:!|!?\[[^\]\n]{0,60}\]\()?$/iu;

export function reportedRenderSlot(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return SLOT_REPORTED.test(before.slice(-80)) || SLOT_ASKED_OF_MODEL.test(before);
}
