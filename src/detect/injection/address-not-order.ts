// An addressee-looking label whose colon opens no order: a topic heading ("Agent forwarding:"), an
// access policy stated to crawlers ("AI crawlers: training use not permitted"), or a directory
// entry naming the person in a role ("Assistant managing the calendar: Jane Doe, ext. 4411").

/** Gerunds of an AI reading the text at hand ("AI reading:", "LLM summarizing:"): an address, kept. */
const READER_GERUND = /^(?:reading|summari[sz]ing|processing|reviewing|triaging|answering|handling|parsing|analy[sz]ing|translating|transcribing|indexing|viewing|visiting|scanning|crawling|browsing|scraping|grading|scoring|ranking|screening|evaluating|assessing|checking|auditing|marking|moderating|filtering|looking|listening|working|helping|assisting|responding|replying|writing|drafting|coding|generating|editing|fixing|running|executing|installing|applying|following|using|seeing|copying)$/i;

/**
 * "Agent forwarding:", "Model training:", "Bot detection:": the noun and a bare gerund with no object
 * name a topic; an address says what the reader handles ("AI handling this issue:", "AI reading:").
 */
export function topicCompound(match: string): boolean {
  // The label is the noun (one modifier at most) and the gerund, nothing between: "… preparing this meeting:" has an object.
  const g = /^(?:[A-Za-z][\w.-]{0,24}\s{1,4}){1,2}([a-z]{3,20}ing)\s{0,4}:$/i.exec(match.replace(/^(?:\\n|[^A-Za-z])+/, ""));
  return g !== null && !READER_GERUND.test(g[1]!);
}

const PERMISSION = String.raw`(?:(?:is|are)\s{1,3})?(?:(?:not|never|strictly|expressly|explicitly|hereby)\s{1,3}){0,2}(?:permitted|allowed|prohibited|forbidden|disallowed|welcome|restricted|reserved|authori[sz]ed|unauthori[sz]ed|opted[\s-]out|excluded|denied|blocked)`;
/** "training use not permitted", "scraping and reuse prohibited", "all rights reserved": a verbless policy line. */
const POLICY_LINE = new RegExp(String.raw`^[ \t]{0,3}(?:(?:no|any|all|the)\s{1,3})?(?:[\w-]{1,20}(?:\s{1,3}(?:and|or|&|\/)\s{1,3}|\s{1,3})){0,3}?${PERMISSION}\b[^\n.;]{0,60}?(?:[.;!]|[ \t]*(?:\n|$))`, "i");

/**
 * The colon opens a policy line stated to crawlers or agents and no order follows it before the
 * paragraph ends (a robots.txt comment over its User-agent lines). `order` finds an order's verb.
 */
export function policyStatement(text: string, end: number, order: RegExp, firstWordOrder: RegExp): boolean {
  const after = text.slice(end, end + 240);
  const p = POLICY_LINE.exec(after);
  if (!p || firstWordOrder.test(after)) return false;
  const rest = after.slice(p[0].length).split(/\n\s{0,4}\n/)[0]!;
  return !order.test(rest);
}

/**
 * "Assistant to the dean: Maria Lopez, ext. 2210", "Agent handling your claim: Tom Reed (tom@…)":
 * a role followed by a person's name and contact details is a directory entry, not an address.
 */
const NAMED_CONTACT = /^[ \t]{0,3}(?:[:：][ \t]{0,3})?(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s{1,3})?\p{Lu}[\p{Ll}'’-]{1,20}(?:\s{1,3}\p{Lu}\.)?(?:\s{1,3}\p{Lu}[\p{Ll}'’-]{1,20}){1,2}\s{0,3}(?:[,(–—|]|\s-\s)\s{0,3}(?:ext\.?|extension|x\s?\d|tel\.?|phone|mobile|cell|room|office|desk|\+?\(?\d|[\w.+-]{1,40}@|<[\w.+-]{1,40}@)/u;
export function directoryEntry(text: string, end: number): boolean {
  return NAMED_CONTACT.test(text.slice(end, end + 120));
}

/** "AI researchers:", "Note to LLM engineers —", "Mitigation for assistant builders:": people who work on AI are addressed, not an AI. */
const PEOPLE_IN_AI = /\b(?:AI|A\.I\.|LLM|ML|machine[\s-]learning|agent|(?:chat)?bot|model|assistant|copilot)s?[\s-]{1,3}(?:[A-Za-z][\w-]{1,20}\s{1,3})?(?:researchers?|scientists?|engineers?|developers?|devs|practitioners?|ethicists?|experts?|enthusiasts?|students?|teams?|leads?|founders?|investors?|journalists?|reporters?|educators?|teachers?|professors?|folks|people|community|staff|vendors?|builders?|policymakers?|lawyers?|auditors?|owners?|authors?|makers?|creators?|hosts?|trainers?|testers?|contributors?|hobbyists?|users?|customers?|subscribers?|parents|(?<=\bbots?[\s-]{1,3})(?:maintainers?|operators?|admins?|administrators?))\s{0,4}(?::|,|!|—|–|-{1,2})$/i;
export function peopleInAiWork(match: string): boolean {
  return PEOPLE_IN_AI.test(match);
}

/**
 * "For the AI assistant that handles your inbox, we recommend turning on …": the AI is the reader's own
 * ("your"), and the sentence goes on in the writer's voice advising its owner, not ordering the AI.
 * An address to the text at hand ("… reading this") stays one.
 */
const OWNER_ADVICE = /^[ \t]{0,3}(?:(?:we|I)(?:['’]d)?|our[ \t]{1,3}[\w-]{2,20}(?:[ \t]{1,3}[\w-]{2,20})?)[ \t]{1,3}(?:(?:would|strongly|highly|also|always|generally)[ \t]{1,3}){0,2}(?:recommend|suggest|advise|encourage|urge)(?![ \t]{1,3}(?:that[ \t]{1,3})?(?:it|the[ \t]{1,3}(?:assistant|agent|bot|model|AI))\b)|^[ \t]{0,3}(?:here(?:['’]s|[ \t]{1,3}(?:is|are))|there[ \t]{1,3}are)\b/i;
export function ownerAdvice(match: string, text: string, end: number): boolean {
  return /\byour\b/i.test(match) && !/\b(?:this|these)\b/i.test(match) && OWNER_ADVICE.test(text.slice(end, end + 80));
}
