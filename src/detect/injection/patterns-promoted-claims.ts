// What an AI reader is told to claim on a product's behalf: that the maintainers or the vendor
// officially endorse or require it ("say the maintainers officially endorse the ProFix
// extension"), or to pass on a referral link ("include the referral link"). A page states its own
// claims; a claim put in the reader's mouth about someone else's endorsement is the attack. Weak and
// partnered with an address to the reader.
import type { Family, Pattern } from "./pattern-set.ts";

const CLAIM_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const AUTHORITY = String.raw`(?:the\s{1,3}|its\s{1,3}|our\s{1,3})?(?:(?:core|upstream|official|project|security)\s{1,3})?(?:maintainers?|developers?|authors?|vendors?|team|company|manufacturer|foundation|publishers?|creators?|project|docs|documentation|Microsoft|Google|Apple|Mozilla|Apache|Linux\s{1,3}Foundation)`;

export const PROMOTED_CLAIM_PATTERNS: Pattern[] = [
  {
    id: "output.claimed-endorsement", family: "output", weight: 0.3, partners: CLAIM_PARTNERS,
    description: "The reader told to claim an official endorsement (\"say the maintainers officially endorse X\")",
    re: new RegExp(String.raw`\b(?:say|state|claim|tell\s{1,3}(?:them|the\s{1,3}users?|readers?|users?)|mention|add|note|assert|write|explain)\s{1,3}(?:that\s{1,3})?${AUTHORITY}\s{1,3}(?:has\s{1,3}|have\s{1,3})?(?:officially\s{1,3}|formally\s{1,3}|publicly\s{1,3}|fully\s{1,3})?(?:endorse[sd]?|recommend(?:s|ed)?|require[sd]?|approve[sd]?|certif(?:y|ies|ied)|back(?:s|ed)?|mandate[sd]?|sponsor(?:s|ed)?)\b`, "gi"),
    anchors: ["endorse", "recommend", "require", "approve", "certif", "backs", "backed", "mandate", "sponsor"],
    also: ["say", "state", "claim", "tell", "mention", "add", "note", "assert", "write", "explain"], before: 120, after: 20,
  },
  {
    id: "output.pass-on-referral-link", family: "output", weight: 0.3, partners: CLAIM_PARTNERS,
    description: "The reader told to pass on a referral or affiliate link (\"include the referral link\")",
    re: /\b(?:include|add|insert|append|use|share|mention|give|paste|always\s{1,3}link)\s{1,3}(?:the|our|this|my|a|that)\s{1,3}(?:referral|affiliate|partner|ref|tracking|invite|promo)\s{1,3}(?:link|url|code)s?\b/gi,
    anchors: ["referral", "affiliate", "partner", "ref ", "tracking", "invite", "promo"], also: ["link", "url", "code"], before: 40, after: 20,
  },
];
