// A plan or feature list counts agents, bots or seats ("More agents, chat + e-mail, SLA timers …",
// "Unlimited bots, 5 inboxes", "3 AI agents, priority support"): a quantity before the noun names how
// many come with the product. A vocative calls one reader by what it is and has no count.

const COUNTED = /^(?:more|fewer|extra|additional|unlimited|unlimited\s{1,3}number\s{1,3}of|up\s{1,3}to\s{1,3}\d[\d,.]*|\d[\d,.]*\+?)\s{1,3}(?:[A-Za-z][\w-]{1,20}\s{1,3}){0,2}?(?:agents?|bots?|chat\s?bots?|assistants?|copilots?|models?|seats?)\s{0,2},/i;

/** The vocative-looking match opens with a count of the agents: a feature list, not an address. */
export function countedAgents(match: string): boolean {
  // The match may start at the line and take in a sentence before ("Pro plan. Unlimited bots,").
  return COUNTED.test(match.slice(match.search(/[^.!?;:\n]*$/)).replace(/^[^A-Za-z0-9]+/, ""));
}
