// Shapes where an AI noun before a colon or an arrow names, lists or asks about agents instead of
// calling one: a node in a flow ("user -> assistant -> tool"), the label of a list of product names
// ("Models: XGBoost, LightGBM …", "Assistants: Copilot, Cody and Tabnine"), and the subject of a
// question whose colon opens what is asked about ("Can your assistants: book rooms, …?"). A vocative
// calls one reader and goes on to an order.

const ARROW_BEFORE = /(?:->|=>|→)\s{0,3}["'\x60]?$/;
const ARROW_END = /(?:->|=>|→)\s{0,3}$/;
/** One more node of the flow after the arrow: a word, then another arrow or the end of the clause. */
const NEXT_NODE = /^\s{0,3}["'\x60]?[\w.-]{1,30}["'\x60]?\s{0,3}(?:->|=>|→|[.,;:)\]]|\n|$)/;

/** The AI noun of the match at [s, s + m.length) is a node between arrows of a flow. */
export function arrowChainNode(m: string, t: string, s: number): boolean {
  if (!ARROW_END.test(m)) return false;
  const at = s + Math.max(0, m.search(/[A-Za-z]/));
  return ARROW_BEFORE.test(t.slice(Math.max(0, at - 6), at)) || NEXT_NODE.test(t.slice(s + m.length, s + m.length + 40));
}

/** Two or more names in capitals or digits, by commas or "and" / "or": "XGBoost, LightGBM", "Copilot, Cody and Tabnine". */
const NAME = String.raw`[A-Z0-9][\w.+#-]{0,30}(?:\s[A-Z0-9][\w.+#-]{0,30}){0,2}`;
const NAME_LIST = new RegExp(String.raw`^[ \t]{0,3}${NAME}(?:[ \t]{0,2},[ \t]{0,3}${NAME}){0,8}(?:,?[ \t]{1,3}(?:and|or|&)[ \t]{1,3}${NAME}|[ \t]{0,2},[ \t]{0,3}${NAME})`);
/** A bare label: the AI noun, maybe modified, with no determiner or greeting before it. */
const BARE_LABEL = /^[^A-Za-z]{0,6}(?:[A-Za-z][\w-]{1,24}\s{1,3}){0,2}?[A-Za-z][\w-]{1,24}\s{0,2}:$/;

/** The match is a bare label ending in a colon over a list of product names, not an order (its first item no order verb). */
export function namesListLabel(m: string, t: string, end: number, orderFirst: RegExp): boolean {
  if (!BARE_LABEL.test(m) || /^[^A-Za-z]{0,6}(?:hey|hi|hello|dear|attention|note|psst)\b/i.test(m)) return false;
  const after = t.slice(end, end + 200);
  return NAME_LIST.test(after) && !orderFirst.test(after);
}

/** A question's auxiliary and determiner before the AI noun: "Can your assistants:", "Do the agents:". */
const QUESTION_SUBJECT = /\b(?:can|could|do|does|did|will|would|are|is|may|might)\s{1,3}(?:your|our|the|their|these|those|my|any|other)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?[\w-]{2,24}\s{0,2}:$/i;

/** The AI noun is the subject of a question, the colon opening what is asked about, and the question mark closes it on the same line. */
export function questionSubject(m: string, t: string, s: number): boolean {
  const end = s + m.length;
  return QUESTION_SUBJECT.test(t.slice(Math.max(0, s - 40), end)) && /^[^\n?]{1,200}\?/.test(t.slice(end, end + 201));
}

/** A short title's topic after the dash: a few bare words, no article, pronoun, path or link ("trust boundaries", "threat model"). */
const TITLE_TOPIC = /^[ \t]{0,3}(?!(?:\S+\s{1,3}){0,3}?(?:the|a|an|all|every|any|your|my|our|this|these|those|it|them|me|us|now|please)\b)[A-Za-z][\w-]{0,24}(?:[ \t]{1,3}[A-Za-z][\w-]{0,24}){0,3}[ \t]{0,3}$/i;

/**
 * "Design doc: email agent — trust boundaries" over a blank line: the AI noun is the subject of the
 * text's title line, a label before it and a bare topic after the dash; a vocative goes on to order.
 */
export function titleLineSubject(m: string, t: string, s: number): boolean {
  if (!/[—–]\s{0,3}$/.test(m) || t.slice(0, s).trim().includes("\n") || !/^[^\n]{1,40}:\s{1,3}[^\n:]{1,40}$/.test(t.slice(0, s + m.length).trim().replace(/\s{0,3}[—–]$/, ""))) return false;
  const le = t.indexOf("\n", s + m.length);
  if (le >= 0 && !/^\n[ \t]*(?:\n|$)/.test(t.slice(le, le + 40))) return false;
  return TITLE_TOPIC.test(t.slice(s + m.length, le < 0 ? t.length : le));
}

/** A verb that brings a bot into a workspace, a page or a chat, then the owner's word: "invite our bot:", "add your assistant:", "try our AI agent:". */
const SETUP_VERB = String.raw`(?:invite|add|install|try|meet|enable|activate|connect|download|deploy|integrate|get|open|launch|pin|subscribe\s{1,3}to|chat\s{1,3}with|talk\s{1,3}to|invite[zs]?|ajoute[zs]?|installe[zs]?|essaye[zs]?|essaie[sz]?|active[zs]?|connecte[zs]?|découvre[zs]?|télécharge[zs]?|añad[ae]|agreg(?:a|ue)|invit[ae]|instal[ae]|prueb[ae]|activ[ae]|conect[ae]|descarg(?:a|ue)|aggiung(?:i|ete)|invitate|installa(?:te)?|prova(?:te)?|attiva(?:te)?|collega(?:te)?|scarica(?:te)?|adicion[ea]|convid[ea]|experiment[ea]|ativ[ea]|baix[ea]|installiere|aktiviere|teste|probiere|verbinde)`;
const OWNER = String.raw`(?:(?:il|la|i|le|o|a|os|as)\s{1,4})?(?:our|your|my|their|notre|nos|votre|vos|mon|ma|mes|leur|nuestr[oa]s?|tus?|sus?|nostr[oaie]|vostr[oaie]|tuo|tua|tuoi|suo|sua|noss[oa]s?|seus?|suas?|teus?|unser(?:en?)?|deinen?|Ihren?)`;
const SETUP_OBJECT = new RegExp(String.raw`(?:^|[^\p{L}'’-])${SETUP_VERB}\s{1,4}${OWNER}(?:\s{1,4}[\p{L}\d.-]{1,24}){1,3}\s{0,4}(?::|,|!|—|–|->|=>|-{1,2}|\]|\))$`, "iu");
/** The AI noun is the object of such a verb, the colon opening how it is done: a how-to, not an address. */
export function setupObject(m: string): boolean {
  return SETUP_OBJECT.test(m);
}

/** "## Support bot: knowledge base import": a markdown heading whose colon opens a bare topic and no order; a vocative heading goes on to order. */
export function headingTopic(t: string, end: number, orderFirst: RegExp): boolean {
  const ls = t.lastIndexOf("\n", end - 1) + 1;
  if (!/^[ \t]{0,3}#{1,6}[ \t]/.test(t.slice(ls, ls + 10))) return false;
  const le = t.indexOf("\n", end);
  const rest = t.slice(end, le < 0 ? t.length : le).replace(/[ \t]*#*[ \t]*$/, "");
  return TITLE_TOPIC.test(rest) && !orderFirst.test(rest);
}
