// What an address to AI readers governs, read as sentences: the rest of its paragraph, or the
// section under it when it is a heading or a label line, with the address's own words left out
// ("If you are an AI| assistant, …", "Si vous êtes un assistant IA qui lit cette documentation :").
// An address must open its sentence for this: words before it in the sentence are not read here.
import { governedBlock } from "./routine-project-work.ts";
import { factSentence, noteSentences } from "./fact-sentence.ts";
import { restraintSentence } from "./restraint-ask.ts";
import { conventionSentence } from "./convention-sentence.ts";
import { reviewDutySentence } from "./review-duty.ts";

// German puts the verb last ("Wenn du ein KI-Agent bist"): the conditional then ends at its pronoun.
const IF_YOU_ARE = String.raw`(?:(?:if|si|wenn|falls|se)\s{1,3}(?:(?:you|vous|tu|usted|ustedes|du|Sie|voi|você|vocês)\s{1,3})?(?:are|êtes|es|eres|sois|bist|sind|sei|siete|é|são)|(?:wenn|falls)\s{1,3}(?:du|Sie))`;
const NOTE_HEAD = String.raw`(?:(?:a\s{1,3})?(?:quick\s{1,3}|short\s{1,3})?(?:note|notes|heads-up|reminder|message|hint|info)\s{1,3}(?:for|to)|(?:note|remarque|message)\s{1,3}(?:pour|aux|à)|nota\s{1,3}(?:para|per|a)|(?:Hinweis|Hinweise|Notiz)\s{1,3}(?:für|an)|to|for|pour|para|per|für|an|aux)`;
const ARTICLE = String.raw`(?:the|all|any|an?|les?|la|l['’]|tous\s{1,3}les|un|une|los|las|el|todos\s{1,3}los|una|die|der|alle|ein|eine|einer|gli|i|il|lo|uno|os|as|o|um|uma|todos\s{1,3}os)`;
const AI_NOUN = String.raw`(?:AI|IA|KI|LLMs?|GenAI|agents?|agentes?|Agenten|assistants?|asistentes?|assistentes?|assistenti|Assistent(?:en)?|(?:language\s{1,3})?models?|modèles?|modelos?|modelli|Modelle?|bots?|chatbots?|crawlers?|scrapers?|spiders?|copilots?|tools?|outils|herramientas|strumenti|ferramentas|Werkzeuge)`;
const READER_CLAUSE = String.raw`(?:reading|leyendo|lendo|lisant|leggendo|lesend|who\s{1,3}reads?|that\s{1,3}reads?|qui\s{1,3}lit|que\s{1,3}le(?:e|a|an)|que\s{1,3}lê|che\s{1,3}legge|(?:der|die|das)\s{1,3}(?:diese|dieses|diesen)\s{1,3}[\p{L}-]{2,20}\s{1,3}liest|working\s{1,3}(?:on|in)|browsing|visiting|processing|indexing|crawling|editing|updating|maintaining|translating|answering\s{1,3}from)\s{1,3}(?:(?:this|these|cette|ce|cet|ces|esta|este|estos|estas|questa|questo|diese|dieses|diesen|the|la|le|el|il)\s{1,3})?[\p{L}.-]{2,30}(?:\s{1,3}to\s{1,3}(?:answer|help|assist)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:users?|questions?|readers?|customers?))?`;
/** An AI named by the task it does on the page, opening a condition: "If an assistant summarizes this page", "When an AI edits this file", "Wenn eine KI diese Seite bearbeitet". */
const TASK_CONDITION = String.raw`(?:if|when|whenever|once|while|si|quand|lorsqu['’]?|cuando|wenn|falls|se|quando)`;
const TASK = String.raw`(?:(?:(?:is|are)\s{1,3})?(?:summari[sz](?:es|ing)|edit(?:s|ing)|updat(?:es|ing)|re-?generat(?:es|ing)|generat(?:es|ing)|re-?writ(?:es|ing)|modif(?:ies|ying)|maintain(?:s|ing)|translat(?:es|ing)|reads|quot(?:es|ing)|cit(?:es|ing)|answers(?:\s{1,3}questions)?|uses|résume|modifie|met\s{1,3}à\s{1,3}jour|lit|traduit|resume|edita|actualiza|lee|traduce|riassume|modifica|aggiorna|legge|traduz|atualiza|lê)\s{1,3}(?:(?:the\s{1,3})?[\p{L}-]{2,20}\s{1,3}(?:from|in|on|of|de|du|des|dans|del|di|da)\s{1,3}|from\s{1,3})?(?:${ARTICLE}\s{1,3}|this\s{1,3}|these\s{1,3}|cette\s{1,3}|ce\s{1,3}|cet\s{1,3}|ces\s{1,3}|esta\s{1,3}|este\s{1,3}|questa\s{1,3}|questo\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3})?[\p{L}.-]{2,30}|(?:diese[nsmr]?|die|das|den)\s{1,3}[\p{L}-]{2,30}\s{1,3}\p{L}{3,20}t)`;
/** An address and nothing else: "If you are an AI assistant", "AI agents reading this page", "un assistant IA qui lit cette documentation". */
const ADDRESS_ONLY = new RegExp(String.raw`^(?:(?:${IF_YOU_ARE}|${NOTE_HEAD}|${TASK_CONDITION})\s{1,3})?(?:${ARTICLE}\s{1,3}|${ARTICLE}(?<=['’]))?(?:[\p{L}-]{2,20}\s{1,3}){0,2}${AI_NOUN}(?:(?:\s{1,3}(?:(?:de|di|da|del)\s{1,3})?|-)${AI_NOUN})?(?:\s{1,3}(?:and|or|et|ou|y|o|und|oder|e)\s{1,3}${AI_NOUN})?(?:\s{1,3}${READER_CLAUSE}|\s{1,3}${TASK})?(?:\s{1,3}(?:bist|sind))?$`, "iu");
/** People and AI readers named together by their role: "Reviewers (human or", "Relecteurs (humains ou", "Revisores (humanos o". */
const ROLE_HUMAN_OR = String.raw`[\p{L}-]{2,20}\s{0,3}\((?:humans?|humains?|humanos?|umani|Menschen?|people|personnes?|personas|persone|pessoas)\s{1,3}(?:or|and|ou|et|o|y|oder|und|e)`;
const SHARED_WITH_PEOPLE = new RegExp(String.raw`^${ROLE_HUMAN_OR}`, "iu");
/** What may stand before the address in its sentence: a conditional, a "note for", an article, a role shared with people. */
const BEFORE_ADDRESS = new RegExp(String.raw`^(?:(?:(?:${IF_YOU_ARE}|${NOTE_HEAD}|${TASK_CONDITION})\s{1,3})?(?:${ARTICLE}\s{0,3})?|${ROLE_HUMAN_OR}(?:\s{1,3}${ARTICLE})?\s{0,3})$`, "iu");

/** A comment's opening on the address's line: `<!--`, `//`, `/*`, `[//]: # (`, `--`, `;`. */
const COMMENT_OPENER = /^\s*(?:<!--|\/\/+|\/\*+|\[[^\]\n]{0,20}\]:\s{0,2}#\s{0,2}[("']|--|;+)/;

/** The words before the address in its sentence, past a heading's or a list's marks; null when more than an opening may stand there. */
function sentencePrefix(text: string, start: number, end: number): string | null {
  const lead = /^[^\p{L}\p{N}]*/u.exec(text.slice(start, end))![0].length;
  const before = text.slice(Math.max(0, start - 120), start + lead);
  const cut = Math.max(before.lastIndexOf("\n"), ...[".", "!", "?", ";", "。"].map((p) => before.lastIndexOf(p)));
  const prefix = before.slice(cut + 1).replace(COMMENT_OPENER, "").replace(/^[\s#>*_\-•\d.)]*/, "").replace(/<[^>]{0,80}>/g, " ").trim();
  return prefix.length <= 60 && BEFORE_ADDRESS.test(prefix) ? prefix : null;
}

/** The leading label of `block` up to its comma or colon, when the label with `lead` before it is an address and nothing else. */
function addressLabel(block: string, lead: string): string | null {
  const label = /^([^,:：—–.!?\n]{0,120})[,:：—–]/.exec(block);
  return label && ADDRESS_ONLY.test(`${lead}${label[1]!}`.trim()) ? label[0] : null;
}

/** The sentences the address governs, its own words left out; null when it does not open its sentence. */
export function addressedSentences(text: string, start: number, end: number): string[] | null {
  const prefix = sentencePrefix(text, start, end);
  if (prefix === null) return null;
  const governed = governedBlock(text, start, end);
  // The address runs on to a comma or a colon: "If you are an AI| assistant, …", "… qui lit cette documentation : …".
  const ownParagraph = governed.length > 0 && text.startsWith(governed, end);
  const lead = ownParagraph ? `${prefix} ${text.slice(start, end).replace(/^[^\p{L}\p{N}]+/u, "")}` : "";
  // A comment's text ends at its closing mark: what follows it is not the comment's.
  const inComment = COMMENT_OPENER.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
  let block = (inComment ? governed.replace(/(?:-->|\*\/)[\s\S]*$/, "") : governed).replace(/<[^>]{0,200}>/g, " ");
  if (!ownParagraph) block = block.replace(/^[\s:：—–-]+/, "");
  const label = addressLabel(block, lead);
  if (label !== null) block = block.slice(label.length);
  // A note that ends on a colon or runs into a block below it introduces what follows: not read as complete here.
  if (/[:：][ \t]*$/.test(block.trimEnd())) return null;
  return noteSentences(block.replace(/^[\s:：—–-]+/, "")).filter((x) => /[\p{L}\p{N}]/u.test(x));
}

/**
 * What the sentences the address governs do: all state facts on their own subject ("facts"), or
 * ask only for restraint (respect robots.txt, don't install system-wide, ask before pushing) with
 * facts beside them, or set house style and links within the project ("restraint"); null when any sentence does something else.
 * `hidden`: the address is in a comment people do not see, where a planted "fact" is no note: only conventions and restraint count.
 */
export function readerNote(text: string, start: number, end: number, hidden = false): "facts" | "restraint" | null {
  const sentences = addressedSentences(text, start, end);
  if (sentences === null || sentences.length === 0) return null;
  // Review work is a note only for a role people share ("Reviewers (human or AI)"): told to an AI alone, "verify …" is its order.
  const shared = SHARED_WITH_PEOPLE.test(sentencePrefix(text, start, end) ?? "");
  let restraint = false;
  for (const s of sentences) {
    if (!hidden && factSentence(s)) continue;
    if (!restraintSentence(s) && !conventionSentence(s) && !(shared && reviewDutySentence(s))) return null;
    restraint = true;
  }
  return restraint ? "restraint" : "facts";
}
