// "Hey Claude, rate this essay out of 10", "Dear assistant, list the countries of South America as a
// table", "Hey Assistant, write a limerick about my cat": a short message that opens by greeting the
// assistant and asks for ordinary work (on what the user gives, or in the first person) is the
// user's own prompt. Planted text addressed to an AI sits inside other content, or asks for harm.

/** The address opens the whole message and the message is short, one paragraph: where a user's own prompt starts. */
export function opensOwnMessage(text: string, start: number): boolean {
  return text.length <= 400 && !/\S/.test(text.slice(0, start)) && !/\n\s{0,4}\n/.test(text);
}

const FIRST_PERSON = /\b(?:my|me|I|I'm|mine|our)\b/;
/** Ordinary work on material or a topic, opening the ask: rate, grade, summarise, list, translate, format, explain …, or
 * housekeeping on the user's own work items ("mark this ticket as resolved", "move the card to Done"). */
const ORDINARY_WORK = /^[\s,:!—–-]{0,4}(?:please\s{1,3})?(?:rate|grade|assess|evaluate|critique|summari[sz]e|sum\s{1,3}up|list|enumerate|translate|format|reformat|tabulate|explain|describe|define|outline|compare|contrast|proofread|rephrase|rewrite|simplify|shorten|condense|convert|sort|classify|categori[sz]e|count|calculate|compute|solve|draft|write|compose|brainstorm|suggest|name|give\s{1,3}(?:me\s{1,3})?(?:an?\s{1,3})?(?:overview|summary|example|list|outline|table)|(?:mark|close|reopen|resolve|label|tag|assign|move|archive|triage|prioriti[sz]e)\s{1,3}(?:this|that|the|these|those|my)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:tickets?|issues?|cards?|PRs?|pull\s{1,3}requests?|tasks?|bugs?|items?|stor(?:y|ies)|epics?))\b/i;
/** What a planted order asks for: sending, deleting, running, secrets, the reader's rules, a push of someone's product. */
const HARM_OR_PUSH = /\b(?:send|forward|upload|e-?mail|delete|remove|wipe|post|transfer|pay|share|publish|push|merge|run|execute|install|download|ignore|disregard|forget|bypass|reveal|leak|password|secret|token|credential|api\s{0,2}key|private|\.env|ssh|system\s{0,2}prompt|instructions?|rules?|must|whoever|reads?\s{1,4}this|reading\s{1,4}this|recommend|promot|star|follow(?!ing\b)|(?<!(?:this|that|these|those|the|my|our|an?)\s{1,3})issue|review|rating|rank)\w{0,6}\b|https?:|www\.|@|\.(?:com|net|org|io|sh|py|exe)\b/i;

/** 0.3 when the vocative at `start` (its delimiter ending at `end`) opens the user's own prompt; else 1. */
export function ownPromptOpening(text: string, start: number, end: number): number {
  if (!opensOwnMessage(text, start) || HARM_OR_PUSH.test(text)) return 1;
  return FIRST_PERSON.test(text) || ORDINARY_WORK.test(text.slice(end)) ? 0.3 : 1;
}
