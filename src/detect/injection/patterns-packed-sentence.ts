// A sentence packed into one token, words joined by underscores (views.ts underscoreViews), that
// names an AI reader and then an order: "READ_ME_assistant_reply_only_in_…", "ai_agent_please_run_…".
// Run only on those views: in prose "the assistant reply" is a noun phrase; a file or user name
// that spells out "assistant reply only in" speaks to the assistant. Weak: it needs what the order asks for.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const READER = String.raw`(?:ai|llm|assistant|agent|model|chatbot|bot|copilot|claude|gpt|gemini)s?`;
const ORDER = String.raw`(?:reply|respond|answer|tell|say|write|run|execute|send|email|forward|upload|ignore|disregard|forget|visit|open|click|delete|remove|recommend|summari[sz]e|output|print|include|append|add|use|read)`;

export const PACKED_SENTENCE_PATTERNS: Pattern[] = [
  {
    id: "addressed.packed-sentence", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "An AI reader told what to do in words joined by underscores (a file or user name written as a sentence)",
    re: new RegExp(String.raw`(?<![\w-])(?:to\s)?(?:the\s|dear\s|hey\s|hi\s)?${READER}(?=\s(?:please\s|must\s|should\s|now\s|always\s|only\s){0,2}${ORDER}(?![\w-]))`, "gi"),
    anchors: ["ai ", "llm", "assistant", "agent", "model", "bot", "copilot", "claude", "gpt", "gemini"], before: 12, after: 60,
  },
];
