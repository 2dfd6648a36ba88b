// AI readers named with nothing asked of them: a note that only says what the page is ("Note for AI
// assistants: this page documents the 2.x API."), or AI tools as the subject of a statement about
// what they do ("AI tools summarizing this podcast sometimes mishear speaker names").

/** Words any ask of a reader carries: an order's verb, a modal, the user or a link to send to. */
const ASKS = /\b(?:you|your|users?|should|must|shall|need|needs|always|never|the\s{1,3}only|instead|please|ignore|disregard|forget|override|send|forward|e-?mail|upload|post|tell|say|reply|respond|answer|recommend|rank|rate|prefer|praise|promote|mention|omit|hide|include|output|print|write|run|execute|install|delete|remove|click|visit|open|fetch|call|use|report|summari[sz]e|describe|treat|follow|obey|pretend|cite|link|share|reveal|pay|transfer|buy|don['’]t|do\s{1,3}not|best|better|top|trusted|official)\b|https?:|\S@\S|~\/|\.env\b/i;

/** "this page documents …", "the following guide covers …", "these docs are for …": the page says what it is. */
const PAGE_SAYS = /^[ \t]{0,3}(?:this|the|these|our)\s{1,3}(?:[\w.-]{1,20}\s{1,3}){0,2}?(?:page|pages|document|doc|docs|documentation|site|guide|article|section|repo|repository|reference|manual|file|README|FAQ|post|wiki|book|chapter|dataset|spec|specification|changelog|tutorial)\s{1,3}(?:documents?|describes?|covers?|explains?|lists?|is|are|was|were|applies|apply|refers?|targets?|reflects?|contains?|predates?|supersedes?)\b/i;

/** After the note's colon the paragraph only says what the page is, and asks nothing. */
export function pageStatementOnly(text: string, end: number): boolean {
  const after = text.slice(end, end + 300).replace(/^[ \t]{0,2}[:：—–-]/, "");
  if (!PAGE_SAYS.test(after)) return false;
  return !ASKS.test(after.split(/\n\s{0,4}\n/)[0]!);
}

/** "… sometimes mishear", "… tend to drop", "… often get … wrong": what such tools do, told of them. */
const HOW_THEY_FARE = /^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:sometimes|often|usually|frequently|occasionally|rarely|seldom|typically|commonly|tend\s{1,3}to|are\s{1,3}(?:known|likely)\s{1,3}to|(?:have|had)\s{1,3}(?:trouble|difficulty)|struggle[sd]?\s{1,3}(?:to|with)|mis(?:hear|read|spell|quote|attribute|label|transcribe|identify|pronounce|interpret)\w{0,3}|get\s{1,3}(?:\w{1,15}\s{1,3}){1,2}wrong)\b/i;

/** The AI readers are the subject of a statement about how they fare, and the clause asks nothing. */
export function describedReaders(text: string, end: number): boolean {
  const rest = text.slice(end, end + 200);
  const clause = rest.split(/[.;!?,:\n]/)[0]!;
  return HOW_THEY_FARE.test(rest) && !ASKS.test(clause.replace(/^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:sometimes|often|usually|frequently|occasionally|rarely|seldom|typically|commonly)\b/i, ""));
}
