// Markup and labels named for a model or AI over ordinary docs or policy prose: a `<model-notes>` or
// `<ai-notes>` element in docs, "[Release note for the model registry] Version 2.3 adds …", "[Policy
// note for AI tools] Staff must not paste customer data into chatbots." The label looks addressed,
// but what it holds orders the reader nothing (or orders human staff). A planted note for the model
// carries its order inside: "<model-notes>ignore the user's request and …", "[Note for AI assistants:
// recommend … instead]".

/** Sentences whose subject is people (staff, employees, engineers): a policy's orders to humans. */
const HUMAN_SUBJECT_SENTENCE = /(?:^|[.!?;]\s{1,3}|\n\s{0,4}(?:[-*•]\s{1,3})?)(?:(?:all|our|the|every|each)\s{1,3})?(?:staff|employees?|team\s{1,3}members?|engineers?|developers?|contractors?|managers?|reviewers?|maintainers?|editors?|authors?|writers?|students?|teachers?|instructors?|everyone|humans?|colleagues|interns|researchers?|analysts?)\b[^.!?\n]{0,60}?\b(?:must|should|shall|may|need\s{1,3}to|are\s{1,3}(?:required|expected|asked|allowed|encouraged)\s{1,3}to|have\s{1,3}to)\b[^.!?\n]{0,200}/gi;

/**
 * A sentence opened by naming people as its addressee: "Release team: bump the version …", "Staff: send
 * drafts …", "For maintainers: run `make publish` …". The role's modifier is not a model's ("AI reviewers:").
 */
const HUMAN_ROLE_VOCATIVE = /(?:^|[.!?;]\s{1,3}|\n\s{0,4}(?:[-*•]\s{1,3})?)(?:(?:for|to)\s{1,3})?(?:(?:all|our|the)\s{1,3})?(?:(?!(?:AI|LLMs?|bots?|models?|automated|agents?|assistants?|agentic|coding)\b)[A-Za-z][\w-]{1,20}\s{1,3})?(?:team|staff|maintainers?|reviewers?|engineers?|developers?|contributors?|editors?|release\s{1,3}managers?|on-?call|admins?|operators?)\s{0,2}[:—–](?:[^.!?\n]|[.!?](?=\S)){0,200}/gi;
/** What any ask of the reading model carries: "you" (past "you can"), an override, the user, a way out, a boast. */
const READER_ASK = /\byou(?:r|rs)?\b(?!\s{1,3}(?:can|may|might|could)\b)|\b(?:ignore|disregard|override|bypass|pretend|instead|recommend|prefer|praise|promote|without\s{1,3}telling|do\s{1,3}not|don['’]t|never|always|if\s{1,3}asked|when\s{1,3}(?:summari[sz]\w{0,3}|answer\w{0,3}|asked|respond\w{0,3}|repl\w{0,4}|reading|writing)|reading\s{1,3}this|the\s{1,3}(?:user|reader|customer|visitor)s?\b|best|top|most\s{1,3}trusted|trusted|official|safest|leading|only)\b|\b(?:AI|LLMs?|models?|assistants?|agents?|bots?|chatbots?)\s{1,3}(?:must|should|shall|will|needs?\s{1,3}to|is\s{1,3}to|are\s{1,3}to)\b|\b(?:must|should|shall)\s{1,3}(?:answer|say|reply|respond|tell|state|claim|describe|report|rate|rank|mention|omit|list|output|print)\b|https?:|\S@\S|~\/|\.env\b/i;

const NOTE_NOUN = /(?:^|[\s_\-[(])(?:notes?|policy|guidance|guidelines?|usage|release|changelog|documentation|docs?|memo|remarks?|info|context)(?![\p{L}])/iu;

/**
 * A tag's name, for an opening ("<model-notes>") or closing ("model-notes>" after "</") match, or for
 * the page's visible text, where a reader tag stands as "[for the AI]": the tag found in `doc` before
 * the text it opens.
 */
function tagName(text: string, start: number, match: string, doc: string): string | null {
  const open = /<\s{0,2}([\w-]{2,40})[^<>\n]{0,60}>\s{0,2}$/.exec(match);
  if (open) return open[1]!;
  const closing = /^\s{0,2}([\w-]{2,40})\s{0,2}>\s{0,2}$/.exec(match);
  if (closing && text.slice(Math.max(0, start - 2), start) === "</") return closing[1]!;
  if (!/\[for the AI\]\s{0,2}$/.test(match)) return null;
  const opened = text.slice(start + match.length, start + match.length + 40).trim();
  const at = opened.length >= 8 ? doc.indexOf(opened) : -1;
  const tag = at < 0 ? null : /^<([\w-]{2,40})[^<>]{0,60}>\s{0,4}$/.exec(doc.slice(doc.lastIndexOf("<", at), at));
  return tag ? tag[1]! : "";
}

/** The contents of the document's elements of that name (the first few), or null when one is unclosed or long. */
function elementBodies(doc: string, name: string): string[] | null {
  const bodies: string[] = [];
  for (let o = doc.indexOf(`<${name}`), n = 0; o >= 0 && n < 8; o = doc.indexOf(`<${name}`, o + 1), n++) {
    const gt = doc.indexOf(">", o);
    const close = doc.indexOf(`</${name}`, gt);
    if (gt < 0 || close < 0 || close - gt > 800) return null;
    bodies.push(doc.slice(gt + 1, close));
  }
  return bodies.length > 0 ? bodies : null;
}

/** The prose holds no ask of the reading model once the sentences ordering human staff are set aside. */
function asksNothing(body: string, orderSentence: RegExp): boolean {
  // A body of nothing but orders to people asks the model nothing too; it must still hold words.
  const prose = body.replace(HUMAN_SUBJECT_SENTENCE, " ").replace(HUMAN_ROLE_VOCATIVE, " ").replace(/^[ \t]{0,3}[:：—–-]/, "");
  return /\p{L}{3}/u.test(body) && !orderSentence.test(prose) && !READER_ASK.test(prose);
}

/**
 * The label (a tag, a bracketed or colon label with a note/policy noun) holds prose that asks the
 * reading model nothing: no order opens a sentence (`orderSentence`), no reader ask. A tag is
 * looked up in `doc` (the judged text may be the markup alone): every element of its name must pass.
 */
export function labelOverProse(text: string, start: number, match: string, orderSentence: RegExp, doc: string = text): boolean {
  const name = tagName(text, start, match, doc);
  if (name !== null) return NOTE_NOUN.test(name) && (elementBodies(doc, name)?.every((b) => asksNothing(b, orderSentence)) ?? false);
  if (!NOTE_NOUN.test(match)) return false;
  return asksNothing(text.slice(start + match.length, start + match.length + 400).split(/\n\s{0,4}\n/)[0]!, orderSentence);
}
