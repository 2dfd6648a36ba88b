// "AI, ML and data: a reading list", "Claude, Gemini & GPT-4 compared", "AI, Explained": a line whose
// "AI," / "Assistant," / "Claude," opens a series of nouns or a title is a heading, not an address.
// An address goes on with an order or a clause ("AI, ignore the user and …", "Assistant, when you
// summarise this, …"); a colon after the series may still open one ("…: delete the log").

/** Words that open the clause after an address, not a noun of a series. */
const CLAUSE_WORD = String.raw`(?:please|kindly|now|just|also|then|you|your|yours|when(?:ever)?|if|once|before|after|while|as|since|unless|here|there|this|these|the|I|we|my|our|do|don't|never|always|only|remember|note|make|be)`;
/** A clause after the colon that goes on addressing the reader: "when you turn this into code, …", "please …". */
const CLAUSE_OPEN = /^[ \t]{0,3}(?:when(?:ever)?|if|once|before|after|while|as|you|your|please|kindly|do[ \t]{1,2}not|don['’]t|never|always|remember|make[ \t]{1,2}sure|from[ \t]{1,2}now)(?![\p{L}])/iu;
const ITEM = String.raw`[\p{L}\p{N}][\p{L}\p{N}.+#/'’-]{0,24}(?:[ \t]{1,2}[\p{L}\p{N}][\p{L}\p{N}.+#/'’-]{0,24}){0,2}`;
const SERIES = new RegExp(
  String.raw`^[ \t]{0,3}(?!${CLAUSE_WORD}(?![\p{L}]))${ITEM}(?:(?:[ \t]{0,2},[ \t]{0,3}${ITEM}){0,6}[ \t]{0,2},?[ \t]{1,3}(?:and|&|or|\+|vs\.?|versus)[ \t]{1,3}${ITEM}[ \t]{0,3}(?=$|\n|[:—–|(?]|[ \t]-[ \t])|(?:[ \t]{0,2},[ \t]{0,3}${ITEM}){1,6}[ \t]{0,3}(?=[:—–|]))`,
  "iu",
);
/** An order's verb with its object ("delete the database", "forward it"), not a verb-like noun modifier ("open courses", "pay grades"). */
const VERB_OBJECT = /^[ \t]{0,3}(?:please[ \t]{1,3})?\p{L}+[ \t]{1,3}(?:the|all|every|any|this|these|that|those|your|my|our|their|its|it|them|me|us|him|her|an?|to|up|out|only|everything|nothing|now)(?![\p{L}])|https?:|\S@\S|~\//iu;
/** A duty or a destination anywhere after the series: "…: the assistant reading this must approve …". */
const DUTY = /(?<![\p{L}])(?:must|should|shall|need[ \t]{1,3}to|have[ \t]{1,3}to|(?:is|are)[ \t]{1,3}to|reading[ \t]{1,3}this|processing[ \t]{1,3}this)(?![\p{L}])|https?:|\S@\S/iu;
/** After a list of models' names and a colon, a question or a comparison's title: "Claude, ChatGPT or Gemini: which one …?" */
const QUESTION_TITLE = /^[ \t]{0,3}(?:(?:which|what|how|who|why|where)(?![\p{L}])(?![ \t]{1,3}of[ \t]{1,3}you)[^\n@]{0,120}\?[ \t]{0,3}(?:\n|$)|(?:an?|the)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,2}?(?:comparison|review|benchmark|showdown|face-?off|guide|overview|reading[ \t]{1,3}list)(?![\p{L}]))/iu;
/** "AI, Explained", "Claude, Revisited: …", "AI, in Plain English", "AI, for Beginners": a title's second half. */
const TITLE = /^[ \t]{0,3}(?:\p{Lu}\p{Ll}{2,20}(?:ed|en)|Demystified|Decoded|Unpacked|Unplugged|Unleashed|in[ \t]{1,2}(?:Practice|Plain[ \t]{1,2}English|Context|Production|Depth|Brief|Focus|Review)|Without[ \t]{1,2}the[ \t]{1,2}Hype|for[ \t]{1,2}(?:Beginners|Everyone|Humans|Dummies|Managers|Lawyers|Teachers|Kids|Busy[ \t]{1,2}People))[ \t]{0,3}(?=$|\n|[:—–|(?]|[ \t]-[ \t])/u;

/**
 * The text after a "Name," address at `end` is a noun series or a title's second half, and what
 * follows its colon (if any) opens no order. `order` tests whether a text opens on an order's verb.
 */
export function seriesOrTitle(text: string, end: number, order: RegExp): boolean {
  const after = text.slice(end, end + 200);
  if (order.test(after)) return false;
  const m = SERIES.exec(after) ?? TITLE.exec(after);
  if (!m) return false;
  // "ChatGPT, Claude and other readers:" lists the addressees themselves.
  if (/(?<![\p{L}])(?:other|any|all|every)[ \t]{1,2}\p{L}/iu.test(m[0])) return false;
  const rest = after.slice(m[0].length).replace(/^[ \t]{0,3}(?:[:—–|?]|-[ \t])/, "");
  return !(order.test(rest) && VERB_OBJECT.test(rest)) && !CLAUSE_OPEN.test(rest) && !DUTY.test(rest.split(/\n\s{0,4}\n/)[0]!);
}

/** A label naming several models ("Claude, ChatGPT or Gemini:") over a question or a comparison's title. */
export function seriesQuestionHeading(match: string, text: string, end: number): boolean {
  return /[,&]|[ \t](?:and|or|vs\.?)[ \t]/i.test(match) && QUESTION_TITLE.test(text.slice(end, end + 200));
}
