// What an automated reviewer or an assistant is told to conclude or to hide: a verdict dictated in
// advance ("should conclude \"Approve\"", "must return SAFE"), and a change the user must not learn
// of ("must not disclose that the figure was changed"). Both weak and partnered: a review checklist
// names verdicts, and a policy names what is not disclosed.
import type { Pattern } from "./pattern-set.ts";

export const DICTATED_VERDICT_PATTERNS: Pattern[] = [
  {
    id: "output.dictated-verdict", family: "output", weight: 0.29, partners: ["addressed", "override", "role", "pseudo-tag", "concealment"],
    description: "The verdict of a review or scan dictated in advance (\"should conclude \\\"Approve\\\"\", \"must return SAFE\")",
    re: /(?<=\b(?:should|must|shall|to|always|will)\s{1,3})(?:conclude(?:\s{1,3}with)?|return|output|answer|respond\s{1,3}with|give|issue|report|rate\s{1,3}(?:it|this)|mark\s{1,3}(?:it|this|the\s{1,3}(?:PR|change|file|package))\s{1,3}as|classify\s{1,3}(?:it|this)\s{1,3}as|recommend)\s{1,3}["“'‘]?(?:approved?|LGTM|safe|pass(?:ed)?|clean|benign|no\s{1,3}issues(?:\s{1,3}found)?|low[\s-]risk|ready\s{1,3}to\s{1,3}merge|accept(?:ed)?|merge)\b/gi,
    anchors: ["conclude", "return", "output", "answer", "respond with", "give", "issue", "report", "rate", "mark", "classify", "recommend"], also: ["approve", "lgtm", "safe", "pass", "clean", "benign", "no issues", "low risk", "low-risk", "ready to merge", "accept", "merge"], before: 12, after: 60,
  },
  {
    id: "concealment.hide-alteration", family: "concealment", weight: 0.38, partners: ["addressed", "order", "output", "directive", "exfil", "harm"],
    description: "The reader told not to disclose that something was changed (\"must not disclose that the figure was changed\")",
    re: /\b(?:do\s{1,3}not|don['’]t|must\s{1,3}not|mustn['’]t|should\s{1,3}not|shouldn['’]t|never|without)\s{1,3}(?:disclos|reveal|mention|tell|indicat|admit|say|show|inform|signal|flag)\w{0,4}(?:\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?(?:users?|customers?|clients?|readers?|them|anyone))?\s{1,3}(?:that|how)\s{1,3}(?:the|this|it|these|any|its|their)\b\s{0,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:was|were|has\s{1,3}been|have\s{1,3}been|is|are|had\s{1,3}been|got)\s{1,3}(?:changed|altered|modified|adjusted|inflated|marked\s{1,3}up|edited|rewritten|manipulated|tampered\s{1,3}with|increased|raised|padded|added)\b/gi,
    anchors: ["not disclos", "n't disclos", "n’t disclos", "never disclos", "without disclos", "not reveal", "n't reveal", "n’t reveal", "never reveal", "without reveal", "not mention", "n't mention", "n’t mention", "never mention", "without mention", "not tell", "n't tell", "n’t tell", "never tell", "without tell", "not indicat", "n't indicat", "without indicat", "not admit", "n't admit", "never admit", "not say", "n't say", "never say", "not show", "n't show", "not inform", "n't inform", "never inform", "without inform", "not signal", "not flag", "n't flag", "without flag"], before: 16, after: 140,
  },
];
