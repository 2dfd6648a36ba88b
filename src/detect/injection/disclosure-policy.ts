// "We do not disclose that an account was suspended", "For privacy reasons we never reveal this to
// third parties", "Our support staff will not mention it on the phone": an organisation (or a person)
// stating what it keeps confidential. The same words as an order ("Do not disclose that you changed
// the payee") have no subject; a subject of the writer's own makes them a statement of policy.
import { ADDRESSES_READER, sentenceAround } from "./own-request.ts";

/** The writer's own side as the subject, right before the verb: "we", "I", "our support team", "the bank (will)". */
const OWN_SUBJECT = /(?:^|[.!?;:,—–(]\s{0,3}|\n\s{0,3}|\b(?:and|but|so|because|as|since|which|where|reasons?)\s{1,3})(?:we|I|our\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:team|staff|agents|employees|representatives|advisors|advisers|company|bank|support|moderators|reviewers|firm|office|clinic|school|store|platform|service|organi[sz]ation)|(?:the|this)\s{1,3}(?:company|bank|firm|platform|service|site|store|clinic|school|office|organi[sz]ation|team))\s{1,3}(?:(?:will|would|shall|can|may|generally|strictly|simply|also|still|currently|deliberately|intentionally|usually|normally|always)\s{1,3}){0,3}$/i;
/** Kept from the AI's user, or said to an AI reader: no policy of the writer's. */
const KEPT_FROM_READER = /\b(?:the\s{1,3})?(?:user|reader)s?\b/i;

/** The concealment at `start` is the predicate of the writer's own subject, in a sentence that addresses no AI and keeps nothing from "the user". */
export function statesOwnDisclosurePolicy(text: string, start: number, end: number): boolean {
  if (!OWN_SUBJECT.test(text.slice(Math.max(0, start - 80), start))) return false;
  const sentence = sentenceAround(text, start, end);
  return !ADDRESSES_READER.test(sentence) && !KEPT_FROM_READER.test(sentence);
}
