// "What it looks like: a message from \"your manager\": \"… buy six gift cards … Keep this between us.\"":
// security-awareness material shows the scam message people get, quoted whole after the noun that
// introduces it (a message / an e-mail / a text "from …", "claiming to be from …"). The quotation is
// the specimen a person is warned about, not an order to the reader.

/** The message introduced by what it claims to be, then a colon and an opening quotation still open at `start`. */
const SHOWN_MESSAGE = /(?<![\p{L}])(?:an?|the|one|this|that|such\s{1,3}an?)\s{1,3}(?:(?:urgent|fake|forged|spoofed|phishing|scam|suspicious|fraudulent|bogus|typical|short|friendly)\s{1,3})?(?:messages?|e-?mails?|texts?|SMS|calls?|voicemails?|notes?|requests?|DMs?|chats?|letters?|WhatsApps?)\s{1,3}(?:that\s{1,3}(?:looks|appears|seems|claims|pretends)\s{1,3}(?:to\s{1,3}(?:be|come)\s{1,3})?)?(?:from|claiming|pretending|purporting|supposedly|appearing|seemingly|signed|sent\s{1,3}(?:as|by|from))(?![\p{L}])[^\n:]{0,100}?:\s{0,3}["“„«][^"“”„«»\n]{0,300}$/iu;
/** Words of material that warns people about scams. */
const SCAM_TOPIC = /(?<![\p{L}])(?:scams?|scammers?|phishing|smishing|vishing|fraud\w{0,4}|social[\s-]engineering|impersonat\w{1,6}|red\s{1,3}flags?|warning\s{1,3}signs?|spoof\w{0,4}|con\s{1,3}artists?|gift[\s-]card\s{1,3}schemes?)(?![\p{L}])/iu;
/** The reader told they have the message, or an AI named before it: then the text may be the attack itself. */
const YOU_GOT_IT = /\byou(?:['’]ve|\s{1,3}have|\s{1,3}just)?\s{1,3}(?:received|got)\b|\b(?:AI|LLM|assistants?|agents?|bots?|models?|GPT|Claude|copilot)\b/i;

/** The text at `start` is inside a scam message quoted as a specimen in awareness material. */
export function shownScamMessage(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(ls, start - 400), start);
  const m = SHOWN_MESSAGE.exec(before);
  if (!m || YOU_GOT_IT.test(before.slice(0, m.index))) return false;
  const le = text.indexOf("\n", start);
  const rest = text.slice(start, le < 0 ? text.length : le);
  return /["”»]/.test(rest) && SCAM_TOPIC.test(text);
}
