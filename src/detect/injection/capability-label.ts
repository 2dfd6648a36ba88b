// A product page tells what its assistant can do before a colon ("The assistant can prepare envelopes
// for you:", "Our AI helper lets you:", "Der KI-Assistent kann:"): the AI is the subject of a
// capability, not the one a line is addressed to. An order keeps its own modal ("The AI must now:").

const CAPABILITY = /(?<![\p{L}])(?:assistants?|AI|bots?|copilots?|agents?|models?|helpers?|assistente|asistente|Assistent(?:in)?|KI|IA)(?:\s{1,3}\([^)\n]{1,20}\))?\s{1,3}(?:can(?:not)?|can['’]t|could|is\s{1,3}able\s{1,3}to|lets\s{1,3}you|helps|does\s{1,3}not|doesn['’]t|puede|pode|peut|kann|può)(?![\p{L}])/iu;

/** A sender writing about the recipient's AI, or asking for itself ("Your AI can help me:"), is relaying an order. */
const RELAYED = /(?<![\p{L}])(?:[Yy]our|me|I|us)(?![\p{L}])/u;

/** The label before a colon states what an AI can or cannot do. */
export function capabilityLabel(label: string): boolean {
  return CAPABILITY.test(label) && !RELAYED.test(label.replace(/\bfor\s{1,3}(?:you|your\s{1,3}team)\b/gi, ""));
}
