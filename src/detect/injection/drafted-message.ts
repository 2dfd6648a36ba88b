// "Draft a polite reply telling the vendor we'll pay next week, and ask them to confirm their bank
// details by phone": the user has the assistant write a message in which a third party (the vendor,
// the customer) is asked to confirm their own details. Whoever is asked is the message's recipient,
// not the user, so no credential of the user's is being solicited.

/** The sentence opens by asking for a message to be written: "Draft a reply", "Write an email to", "Reply to the supplier". */
const DRAFT_OPENING = /^[\s"“'(*-]{0,4}(?:(?:please|pls|kindly|can\s{1,3}you|could\s{1,3}you|would\s{1,3}you|help\s{1,3}me)\s{1,3})?(?:draft|write|compose|prepare|put\s{1,3}together|reply|respond|answer|send|create)\b[^.!?\n]{0,80}?\b(?:reply|replies|email|e-mail|mail|message|letter|note|response|text|SMS|memo|answer|to\s{1,3}(?:the|our|my|this|that)\s)/i;
/** The recipient named in the sentence: a party other than the user. */
const THIRD_PARTY = /\b(?:the|our|my|this|that|a|an|each|every)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:vendors?|suppliers?|customers?|clients?|tenants?|landlords?|contractors?|partners?|sellers?|buyers?|merchants?|candidates?|applicants?|patients?|members?|guests?|agency|recipients?|freelancers?|subscribers?|accountants?|payees?|employees?|new\s{1,3}hires?)\b/i;
/** Someone the message must not ask: the user, the reader. */
const USER_ASKED = /\b(?:the\s{1,3}user|users|the\s{1,3}human|the\s{1,3}victim|the\s{1,3}reader)\b|\b(?:in\s{1,3}(?:this|the)\s{1,3}chat|here\s{1,3}(?:in|below)|to\s{1,3}me)\b/i;

export function draftedForThirdParty(match: string, text: string, start: number): boolean {
  if (!/^\S+\s{1,8}(?:them|the\s{1,8}(?:customer|client|caller|visitor|person))\b/i.test(match)) return false;
  const from = Math.max(0, start - 300);
  const head = text.slice(from, start);
  const open = head.search(/[^.!?\n]*$/);
  const sentence = head.slice(open);
  const end = text.slice(start, start + 200).search(/[.!?\n]/);
  const whole = sentence + text.slice(start, end < 0 ? start + 200 : start + end);
  return DRAFT_OPENING.test(sentence) && THIRD_PARTY.test(sentence) && !USER_ASKED.test(whole);
}
