// AI readers named by the output they produce from this text: "models producing the 'What buyers say'
// blurb should …", "assistants generating the order summary must …". The order that follows decides:
// what to say or leave out of that output weighs in full ("should leave out any mention of …"); an ML
// paper's "models producing the best scores should be preferred" stays weak and partnered.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const READERS = String.raw`(?:(?:AI|LLM|language)\s{1,3})?(?:models|AIs|LLMs|assistants|bots|chatbots|agents|summari[sz]ers|copilots|(?:AI|LLM)\s{1,3}(?:tools|systems)|any\s{1,3}(?:AI|LLM|model|assistant|bot|agent))`;
const PRODUCE = String.raw`(?:producing|generating|auto-?generating|writing|creating|compiling|drafting|building|composing|assembling)`;
/** After the modal: what the output is to say, stress or leave out. */
const SAY_OR_OMIT = /^\s{1,3}(?:(?:not|never)\s{1,3}(?:mention|include|say|state|list|show|refer\s{1,3}to|quote|discuss|note|cite)|leave\s{1,3}out|omit|skip|drop|exclude|ignore|disregard|describe|present|call|say|state|claim|tell|rate|rank|score|recommend|praise|highlight|emphasi[sz]e|stress|frame|portray|refer\s{1,3}(?:users?|readers?|buyers?|customers?)|link\s{1,3}to|mention\s{1,3}only|always\s{1,3}(?:say|mention|recommend|include|describe))\b/i;
const OUTPUT = String.raw`(?:blurb|summary|summaries|overview|digest|recap|snippet|highlights|answer|answers|description|descriptions|synopsis|abstract|review\s{1,3}summary|reply|replies|excerpt|card|teaser|section)`;

export const OUTPUT_PRODUCER_PATTERNS: Pattern[] = [
  {
    id: "addressed.output-producers", family: "addressed", weight: 0.45, partners: ADDRESS_PARTNERS,
    description: "AI readers named by the output they produce from the text (\"models producing the buyers' summary should …\")",
    re: new RegExp(String.raw`\b${READERS}\s{1,3}(?:that\s{1,3}(?:are\s{1,3})?|which\s{1,3}(?:are\s{1,3})?)?${PRODUCE}\s{1,3}(?:the|a|an|this|these|our|any|its|their)\s{1,3}[^.!?\n]{0,50}?\b${OUTPUT}\b[^.!?\n]{0,40}?\s(?:should|must|need\s{1,3}to|are\s{1,3}to|have\s{1,3}to|shall|ought\s{1,3}to)\b`, "gi"),
    anchors: ["producing", "generating", "writing", "creating", "compiling", "drafting", "building", "composing", "assembling"], also: ["model", "ai", "llm", "assistant", "bot", "agent", "summari", "copilot"],
    before: 40, after: 200,
    judge: (m, t, s) => (SAY_OR_OMIT.test(t.slice(s + m.length, s + m.length + 40)) ? 1 : 0.75),
  },
];
