// What a test or an incident report says someone was able to do ("we were able to list secrets in
// all namespaces", "the tester managed to dump the credentials", "which allowed an attacker to read
// …"): a finding told in the past, not an order to the reader.
const ABILITY_BEFORE = /\b(?:(?:we|I|they|he|she|it|(?:the|our|their)\s{1,3}[\w-]{2,20}(?:\s{1,3}[\w-]{2,20})?|an?\s{1,3}(?:attacker|tester|adversary|intruder|unauthenticated\s{1,3}user|user))\s{1,3}(?:(?:were|was)\s{1,3}(?:then\s{1,3}|also\s{1,3}|still\s{1,3})?able\s{1,3}to|could(?:\s{1,3}then)?|managed\s{1,3}to|succeeded\s{1,3}in)|(?:allowed|enabled|permitted)\s{1,3}(?:us|them|him|her|(?:the|our)\s{1,3}(?:team|testers?|attackers?|red\s{1,3}team|assessors?)|an?\s{1,3}(?:attacker|tester|adversary|intruder|unauthenticated\s{1,3}user))\s{1,3}to|it\s{1,3}was\s{1,3}possible\s{1,3}to)\s{1,3}(?:\w{2,12}\s{1,3})?$/i;

/** The match at `start` is what someone was able to do, as a finding or an incident narrates it. */
export function narratedAbility(text: string, start: number): boolean {
  return ABILITY_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
