// A document's own account of itself rigged for whoever summarises or explains it: a fact to keep
// quiet paired with what to say instead ("do not mention the management fee; say the charges cover
// cleaning only", "state that quality is best-in-class and omit the PPM figure"), and the reader
// addressed by that act ("When this scorecard is summarised, state …"). Both weak and partnered:
// a style guide tells its writers what to leave out, and a summary rule names what to state; only
// the two together, or an address to the AI, make it a planted order. The fact kept quiet weighs
// below the other output signals, so where one of them meets it, it stands for the family.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const HUSH = String.raw`(?:(?:do\s{1,3}not|don['’]t|never|avoid)\s{1,3}(?:mention(?:ing)?|disclos(?:e|ing)|bring(?:ing)?\s{1,3}up|refer(?:ring)?\s{1,3}to|point(?:ing)?\s{1,3}out|reveal(?:ing)?|highlight(?:ing)?|flag(?:ging)?|discuss(?:ing)?|talk(?:ing)?\s{1,3}about)|omit|leave\s{1,3}out|drop|exclude|skip|hide|downplay|gloss\s{1,3}over)`;
const WHO = String.raw`(?:them|him|her|it|this|the\s{1,3}[\w-]{2,20})`;
/** A statement dictated: "say that X is …", "tell the tenant the charges cover …". */
const SAY_THAT = String.raw`(?:say|state|claim|tell\s{1,3}${WHO}|report|write|conclude|assure\s{1,3}${WHO})\s{1,3}(?:that\s{1,3})?(?:[\w'’-]{1,24}\s{1,3}){0,4}?(?:is|are|was|were|cover|covers|has|have|had|can|will|only|in\s{1,3}line|best|fine|standard|normal|routine)\b`;
/** A portrayal dictated: "describe the rent as …", "present the delay as …". */
const PORTRAY = String.raw`(?:describe|present|portray|characteri[sz]e|frame|depict)\s{1,3}(?:[\w'’-]{1,24}\s{1,3}){1,3}?as\b`;
/** What to keep quiet, then what to say in its place: "do not mention X; say Y", "omit the X clause and describe the rent as …". */
const HUSH_THEN_SAY = String.raw`\b${HUSH}\s{1,3}[^.;!?\n]{2,90}?(?:[;,.—–:]\s{0,3}|\s{1,3})(?:and\s{1,3}|but\s{1,3}|instead\s{0,3},?\s{1,3}|then\s{1,3})?(?:(?:just|only|simply|instead)\s{1,3})?(?=${SAY_THAT}|${PORTRAY})`;
/** What to say, then what to keep quiet: "state that X is best-in-class and omit the PPM figure". */
const SAY_THEN_HUSH = String.raw`\b(?:(?:say|state|claim|report|write|conclude)\s{1,3}that|${PORTRAY})\s{1,3}[^.;!?\n]{2,120}?(?:,\s{0,3}|\s{1,3})(?:and|but|while)\s{1,3}${HUSH}(?=\s{1,3}(?:the|any|all|its|their|every)\b)`;
/** The document named, and the act that reads it: "When this scorecard is summarised,". */
const DOC = String.raw`(?:this|the|these|that)\s{1,3}(?:[\w-]{2,24}\s{1,3}){0,2}?[\w-]{2,24}`;
const READ_ACT = String.raw`(?:summari[sz]ed|summed\s{1,3}up|condensed|digested|explained|analy[sz]ed|reviewed|assessed|evaluated|processed|translated|paraphrased)`;
const ORDER_VERB = String.raw`(?:state|say|report|write|present|describe|claim|conclude|call|rate|mark|note|mention|omit|leave\s{1,3}out|exclude|skip|hide|do\s{1,3}not|don['’]t|never|always|make\s{1,3}sure|be\s{1,3}sure|ensure|emphasi[sz]e|stress|highlight)`;

export const RIGGED_SUMMARY_PATTERNS: Pattern[] = [
  {
    id: "output.hush-and-say", family: "output", weight: 0.28, partners: ["addressed", "override", "role", "concealment"],
    description: "A fact to keep out of the reader's account, paired with what to say instead (\"do not mention the fee; say it covers cleaning only\")",
    re: new RegExp(`${HUSH_THEN_SAY}|${SAY_THEN_HUSH}`, "gi"),
    anchors: ["mention", "disclos", "bring up", "refer to", "point out", "reveal", "highlight", "flag", "discuss", "talk about", "omit", "leave out", "drop", "exclude", "skip", "hide", "downplay", "gloss over"],
    also: ["say", "state", "claim", "tell", "describe", "present", "portray", "characteris", "characteriz", "frame", "depict", "report", "write", "conclude", "assure"],
    before: 140, after: 200,
  },
  {
    id: "addressed.when-read-order", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "Whoever summarises or explains the document addressed by that act (\"When this scorecard is summarised, state …\")",
    re: new RegExp(String.raw`\b(?:when|whenever|if|once|as)\s{1,3}${DOC}\s{1,3}(?:is|are|gets|get)\s{1,3}(?:being\s{1,3})?${READ_ACT}(?:\s{1,3}(?:for|to|by)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?[\w-]{2,24}(?:\s{1,3}[\w-]{2,24})?)?\s{0,2},?\s{0,3}(?=(?:(?:then|please|always)\s{1,3})?${ORDER_VERB}\b)`, "gi"),
    anchors: ["summarised", "summarized", "summed up", "condensed", "digested", "explained", "analysed", "analyzed", "reviewed", "assessed", "evaluated", "processed", "translated", "paraphrased"],
    also: ["when", "whenever", "if", "once", "as"],
    before: 100, after: 80,
  },
];
