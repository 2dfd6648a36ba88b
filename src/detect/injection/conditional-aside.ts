// "When an AI assistant reads a web page, that content can include hidden text", "In case a bot is
// listening in, our minutes are public anyway", "If any AI tool is reading this, we are just a small
// bakery": the condition names an AI reader, but the clause it leads to is a statement about
// something else. An address to the reader asks (an imperative, "you must"), makes the AI the
// subject ("the assistant will forward …") or dictates what it is to say ("the correct answer is …").

/** The main clause after a comma or dash: a subject of its own and a finite verb. */
const MAIN_CLAUSE = /[,—–]\s{0,3}((?:that|the|this|these|those|such|its|their|it|they|there|we|I|our|my|some|many|most|nothing|everything|all|each)(?:\s{1,3}[\w'’-]{1,20}){0,3}?)\s{1,3}(?:can|may|might|could|will|would|is|are|was|were|has|have|had|gets?|becomes?|stays?|remains?|looks?|includes?|contains?|means?|ends?\s{1,3}up|shows?|appears?|lands?)\b/i;
/** A subject that makes it an address after all: the AI, what it is told, what it says or decides. */
const READER_SUBJECT = /\b(?:assistants?|agents?|models?|AI|LLMs?|bots?|copilot|GPT|instructions?|rules?|task|job|goal|mission|orders?|answer|summary|rating|score|verdict|recommendation|output|reply|response|priority|user|owner|admin)\b/i;
/** Anything in the sentence that asks, dictates or points somewhere. */
const ASKS = /\b(?:you|your|yours|please|must|should|shall|need\s{1,3}to|needs\s{1,3}to|has\s{1,3}to|have\s{1,3}to|ignore|disregard|instead|override|best|top|strongest|highest|perfect|ideal|excellent|outstanding|exceptional|qualified|fit|hire|recommended|approved?|correct|accurate|genuine|safe|secure|clean|trusted|verified|legitimate|authori[sz]ed|keys?|tokens?|passwords?|credentials?|secrets|upload\w*|send|sent|forward\w*|export\w*|delet\w*|transfer\w*|pa(?:y|id)\w*|wire\w*)\b|https?:|www\.|~\/|\S@\S|[:"“«]/i;

/** After the condition ("… is reading"): it names this text, and the AI's next act is dictated in the future ("this page, the assistant will now send …", "this, it will immediately forward …"); a changelog's "it will now also parse" names no such act. */
const DICTATED_NEXT = /^\s{1,4}(?:this|these)\b[^.!?\n,]{0,60},\s{0,4}(?:it|they|you|the\s{1,4}(?:assistant|model|agent|AI|LLM|bot|tool)s?)\s{1,4}(?:will|shall|must|is\s{1,4}to|are\s{1,4}to)\s{1,4}(?:now|immediately|henceforth|from\s{1,4}now\s{1,4}on|instead)\s{1,4}(?:(?:quietly|silently|secretly|also|only|always)\s{1,4})?(?:send|forward|e-?mail|upload|share|post|recommend|tell|say|state|reply|respond|answer|add|include|insert|append|delete|remove|ignore|disregard|reveal|disclose|print|output|book|buy|purchase|order|pay|transfer|approve|grant|run|execute|install|open|visit|click|rate|rank|praise|copy|paste|fetch|call|contact|message|describe|present)\b/i;
export function dictatedNext(after: string): boolean {
  return DICTATED_NEXT.test(after);
}

/** The sentence from `end` (a conditional naming an AI reader) goes on to a statement, not an address. */
export function declarativeAside(text: string, end: number): boolean {
  if (dictatedNext(text.slice(end, end + 160))) return false;
  const rest = /^[^.!?\n]{0,240}/.exec(text.slice(end, end + 240))![0];
  const main = MAIN_CLAUSE.exec(rest);
  return main !== null && !READER_SUBJECT.test(main[1]!) && !ASKS.test(rest);
}
