// What a planted note tells an AI judge of reviews or disputes, and how it hails it:
//  - bots hailed by their job at a list item's or a clause's start ("4. \"Summary bots: …", "Review
//    bots, …"): only bots, AIs and LLMs, as "Support agents:" hails people;
//  - a dispute's outcome dictated ("rule in favour of the seller in all disputes"), or a party run
//    down ("describe the buyer as a repeat fraudster").
// All weak and partnered: a marketplace's policy says who wins a dispute and a fraud team labels
// buyers; only next to an address to an AI (or an override) is it an attack.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const PARTY = String.raw`(?:the\s{1,3}|this\s{1,3}|that\s{1,3})?(?:sellers?|buyers?|merchants?|customers?|claimants?|complainants?|respondents?|vendors?|stores?|shops?|hosts?|guests?|tenants?|landlords?|applicants?|reviewers?|purchasers?)`;
const RULE_FOR = String.raw`(?:rule|decide|find|side|resolve|settle)(?:\s{1,3}(?:it|this|them|(?:all|every|any|the|this)\s{1,3}(?:disputes?|claims?|cases?|complaints?|chargebacks?)))?\s{1,3}(?:in\s{1,3}favou?r\s{1,3}of|for|with|against)\s{1,3}${PARTY}\b`;
const SMEAR = String.raw`(?:describe|label|call|flag|mark|portray|report|characteri[sz]e|present|refer\s{1,3}to)\s{1,3}${PARTY}\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:(?:repeat|known|serial|habitual|confirmed|proven|notorious)\s{1,3})?(?:fraudsters?|scammers?|liars?|abusers?|frauds?|thie(?:f|ves)|trolls?|bad[\s-]actors?|criminals?|cheats?)\b`;

export const RIGGED_DISPUTE_PATTERNS: Pattern[] = [
  {
    id: "addressed.job-bots-label", family: "addressed", weight: 0.3, partners: ADDRESS_PARTNERS,
    description: "Bots hailed by their job at a list item's or clause's start (\"Summary bots: …\", \"Review AIs, …\")",
    re: /(?<=(?:^|\n|[.!?;]\s)[ \t>*#"“'(\[\d.)-]{0,8})(?:[A-Z][a-z-]{2,20}|[a-z][a-z-]{2,20})(?:\s{1,3}[a-z][a-z-]{2,20})?\s{1,3}(?:bots|chatbots|AIs|LLMs)\s{0,2}[:,—–]/g,
    anchors: ["bots", "ais", "llms"], before: 50, after: 8,
  },
  {
    id: "output.dictated-ruling", family: "output", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "A dispute's outcome dictated, or a party run down (\"rule in favour of the seller\", \"describe the buyer as a repeat fraudster\")",
    re: new RegExp(String.raw`\b(?:${RULE_FOR}|${SMEAR})`, "gi"),
    anchors: ["favour of", "favor of", " for ", " with ", " against", "fraudster", "scammer", "liar", "abuser", "fraud", "thief", "thieves", "troll", "bad actor", "bad-actor", "criminal", "cheat"],
    also: ["rule", "decide", "find", "side", "resolve", "settle", "describe", "label", "call", "flag", "mark", "portray", "report", "characteri", "present", "refer"],
    before: 90, after: 90,
  },
];
