// "AI helper: paste your code below and press Explain.", "Review model: we switched to the new rubric
// last week.", "AI assistant: now available in Spanish.": a bare label naming an AI role over the UI's prompt to its human user (the user's own
// things, a button to press), over a report in the past tense or a notice about the AI. A vocative goes on to order the AI
// about the user or its output; neither shape does, and anything harmful near it keeps it an address.

/** A bare label: a role of one to three words before the colon, no greeting or "note to" opening it. */
const BARE_LABEL = /^[^A-Za-z]{0,14}(?:[A-Za-z][\w-]{1,24}[ \t]{1,3}){0,2}?[A-Za-z][\w-]{1,24}[ \t]{0,2}:$/;
const GREETING = /^[^A-Za-z]{0,12}(?:hey|hi|hello|dear|attention|note|psst|yo|ok|okay)\b/i;
/** A UI's verb to its user over the user's own things or a control: "paste your code", "press Explain", "click Send". */
const UI_PROMPT = /^[ \t]{0,3}(?:just[ \t]{1,3})?(?:paste|type|enter|ask|upload|drop|drag|describe|write|pick|choose|select|attach|add|record|press|click|tap|hit)\b[^.!?\n]{0,100}?(?:\byour[ \t]{1,3}(?:own[ \t]{1,3})?(?:code|questions?|text|essay|draft|file|files|document|photo|image|snippet|prompt|message|answer|homework|problem|query|notes?|CV|resume|idea)\b|\b(?:press|click|tap|hit)[ \t]{1,3}(?:the[ \t]{1,3})?(?:["“'‘]?[A-Z][\w-]{1,20}|enter|send|submit|here)\b)/;
/** A report opening after the label: "we switched …", "our team shipped …", "the new rubric has been used …". */
const REPORT = /^[ \t]{0,3}(?:(?:(?:last|this)[ \t]{1,3}(?:week|month|quarter|year|sprint)|yesterday|today|on[ \t]{1,3}[A-Z][a-z]{2,8}|in[ \t]{1,3}[A-Z][a-z]{2,8}),?[ \t]{1,3})?(?:we|I|our[ \t]{1,3}[\w-]{2,20}(?:[ \t]{1,3}[\w-]{2,20})?|the[ \t]{1,3}[\w-]{2,20}(?:[ \t]{1,3}[\w-]{2,20})?)[ \t]{1,3}(?:(?:have|has|had|just|recently|finally|also)[ \t]{1,3})?(?:[a-z]{2,20}ed|was|were|went|ran|saw|took|made|found|kept|got|began|became|rose|fell|grew|held|won|lost|met|did|ended|shipped)\b/i;
/** An order's own words, which a UI prompt or a report has no use for (a speaker's turn may have them). */
const ORDER_SIGN = /\b(?:you|please|must|should|need[ \t]{1,3}to|have[ \t]{1,3}to|from[ \t]{1,3}now[ \t]{1,3}on|going[ \t]{1,3}forward|always|never|make[ \t]{1,3}sure|instead)\b/i;
/** What a prompt, a report or a turn to people never carries: the AI told about the user or its output, data moved, a command, an override. */
const HARM_SIGN = /\b(?:secrets?|send|forward|transfer|pay|wire|run|execute|install|disable|delete|remove|wipe|reveal|export|share|ignore|disregard|override|bypass|forget|instructions?|system[ \t]{1,3}prompt|passwords?|tokens?|api[ \t]{1,3}keys?|credentials?|users?['’]?s?|customers?|their|refund|IBAN|reply|respond|summar\w{0,8}|approve\s{1,3}(?:this|the|all|every|any))\b|https?:\/\/|[\w.+-]@[\w-]+\.|[~\/]\w+\//i;

const TIMESTAMP = /^[ \t]{0,3}[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{0,2}[AaPp][Mm])?[\])]?[ \t]{0,3}(?:[-–—|][ \t]{0,3})?[A-Za-z]/;
/** The speaker's own voice to the person it serves: first person, thanks, an apology, a greeting. */
const SPEAKER_OWN = /\b(?:I|I['’](?:m|ll|ve|d)|me|my|we['’](?:ll|re)|sorry|thanks|thank[ \t]{1,3}you|hello|hi|welcome|apologi[sz]e)\b/i;
/** "press Send", "click Run": a control's name, not the act it names. */
const CONTROL_NAME = /\b((?:press|click|tap|hit)[ \t]{1,3}(?:the[ \t]{1,3})?)["“'‘]?[A-Z][\w-]{1,20}["”'’]?(?![ \t]{1,3}(?:to|and)[ \t]{1,3}(?!send|submit)[a-z])/g;
/** A notice about the AI, not to it: "the support assistant now covers billing", "now available in Spanish", "will be offline Sunday". */
const NOTICE = /^[ \t]{0,3}(?:(?:(?:the|this|our|its|a|an)[ \t]{1,3}(?:[\w-]{2,20}[ \t]{1,3}){0,2}(?:AI|assistants?|agents?|(?:chat)?bots?|tutors?|models?|copilots?|helpers?|services?|features?|versions?|releases?|updates?|apps?|tools?|beta)|it|they)[ \t]{1,3}(?:now[ \t]{1,3})?(?:is|are|will|has|have|can|now|[a-z]{2,20}s)\b|(?:now|(?:coming|back)[ \t]{1,3}soon|(?:now[ \t]{1,3})?(?:available|live|offline|online|paused|retired|updated|down))\b)/i;
const CONTROL_ACTION = /\b((?:press|click|tap|hit)[ \t]{1,3}(?:the[ \t]{1,3})?["“'‘]?[\w-]{1,20}["”'’]?)[ \t]{1,3}to[ \t]{1,3}(?:send|submit)\b/g;

/** The paragraph after a bare AI-role label (from `end`) is a UI's prompt to its user or a report, and nothing in it addresses the AI. */
export function labelForUser(m: string, text: string, end: number, orderSentence: RegExp): boolean {
  if (!BARE_LABEL.test(m) || GREETING.test(m)) return false;
  const rest = text.slice(end, end + 240);
  const para = rest.slice(0, Math.max(0, rest.search(/\n[ \t]*\n/)) || rest.length);
  // "press Enter to send": the control's own action, not something sent.
  if (HARM_SIGN.test(para.replace(CONTROL_ACTION, "$1").replace(CONTROL_NAME, "$1button"))) return false;
  // "[11:02] Bot: Thanks! Please enter your order number so I can look it up.": a timestamped turn of a chat log, the speaker talking to the human.
  if (TIMESTAMP.test(text.slice(text.lastIndexOf("\n", end - 1) + 1, end)) && SPEAKER_OWN.test(para.split("\n")[0]!)) return true;
  if (ORDER_SIGN.test(para.replace(CONTROL_ACTION, "$1"))) return false;
  if (UI_PROMPT.test(para) || NOTICE.test(para)) return true;
  // A report: no sentence after it opens with an order unless its verb is past ("Approve rates stayed the same.").
  return REPORT.test(para) && para.split(/(?<=[.!?])\s+|\n/).every((x) => !orderSentence.test(x) || /\b(?:[a-z]{2,20}ed|was|were|went|rose|fell|grew|held)\b/i.test(x));
}
