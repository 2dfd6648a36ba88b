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
  String.raw`^[ \t]{0,3}(?!${CLAUSE_WORD}(?![\p{L}]))${ITEM}(?:[ \t]{0,2},[ \t]{0,3}${ITEM}){0,6}[ \t]{0,2},?[ \t]{1,3}(?:and|&|or|\+|vs\.?|versus)[ \t]{1,3}${ITEM}[ \t]{0,3}(?=$|\n|[:—–|(?]|[ \t]-[ \t])`,
  "iu",
);
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
  return !order.test(rest) && !CLAUSE_OPEN.test(rest);
}
