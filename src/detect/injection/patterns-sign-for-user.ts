// The reader told to sign a legal document as the user: adopt the user's stored signature, sign an
// envelope on their behalf, click "Finish" or "I agree" in a signing flow. E-signature help pages say
// the same to the signer ("click Finish to complete"), so the act is weak and counts next to an
// address to the AI or an order to keep the user out of it ("don't bother them with a confirmation").
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role"];
/** Whose signature: someone else's, never "your" (the signer reading a help page). */
const THEIRS = String.raw`(?:(?:the|their|his|her)\s{1,3}|(?:the\s{1,3})?(?:user|client|customer|signer|recipient|owner|CEO|CFO|director)['’]s\s{1,3}|[A-Z][\w.-]{0,20}(?:\s{1,3}[A-Z][\w.-]{0,20})?['’]s\s{1,3})`;
const DOCUMENT = String.raw`(?:envelopes?|letters?|agreements?|contracts?|documents?|NDAs?|offers?|forms?|leases?|waivers?|consents?|mandates?|purchase\s{1,3}orders?|POs?)`;
const SIGN_FLOW_BUTTON = String.raw`(?:Finish|I\s{1,3}agree|Sign(?:\s{1,3}(?:now|here|all))?|Accept(?:\s{1,3}(?:and|&)\s{1,3}sign)?|Agree\s{1,3}(?:and|&)\s{1,3}sign|Confirm\s{1,3}signature|Complete\s{1,3}signing)`;

export const SIGN_FOR_USER_PATTERNS: Pattern[] = [
  {
    id: "harm.sign-for-user", family: "harm", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "The reader told to sign a document as the user (\"adopt the default signature and click Finish\", \"sign the NDA on her behalf\")",
    re: new RegExp(String.raw`\b(?:adopt|apply|insert|place|use|stamp)\s{1,3}${THEIRS}?(?:default\s{1,3}|saved\s{1,3}|stored\s{1,3}|existing\s{1,3})?(?:e-?|electronic\s{1,3}|digital\s{1,3})?signature\b|\b(?:e-?)?sign\s{1,3}(?:the\s{1,3}|this\s{1,3}|all\s{1,3}|every\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${DOCUMENT}\s{1,3}(?:on\s{1,3}(?:their|his|her|the\s{1,3}(?:user|client|customer)['’]s|[A-Z][\w.-]{0,20}['’]s)\s{1,3}behalf|for\s{1,3}(?:them|him|her|the\s{1,3}(?:user|client|customer))|as\s{1,3}(?:them|him|her|the\s{1,3}(?:user|client|customer)))\b|\bclick\s{1,3}(?:on\s{1,3})?["“'‘]${SIGN_FLOW_BUTTON}["”'’](?=[^.\n]{0,60}?\b(?:on\s{1,3}(?:all|every|each)|for\s{1,3}(?:them|him|her|the\s{1,3}(?:user|client))|now|right\s{1,3}away|immediately|without))`, "gi"),
    anchors: ["signature", "sign ", "e-sign", "esign", "click"],
    also: ["adopt", "apply", "insert", "place", "use", "stamp", "behalf", "for them", "for him", "for her", "as them", "as him", "as her", "the user", "the client", "the customer", "finish", "agree", "accept", "sign"],
    before: 60, after: 160,
  },
];
