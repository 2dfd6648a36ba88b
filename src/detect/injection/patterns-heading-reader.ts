// A markdown heading on a line of its own that names an AI reader ("## For the AI judging
// assistant", "### Instructions for AI reviewers"): the section beneath is addressed to it. Docs
// have such sections for house rules too, so it counts only next to what an attack asks for.
import type { Pattern } from "./pattern-set.ts";

export const HEADING_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.heading-for-ai", family: "addressed", weight: 0.34, partners: ["output", "override", "harm", "exfil", "credential", "concealment", "exec"],
    description: "A markdown heading that names an AI reader as the section's addressee (\"## For the AI judging assistant\")",
    re: /(?<=(?:^|\n)[ \t]{0,3}#{1,6}[ \t]{1,3})(?:(?:a\s{1,3})?(?:note|notes|instructions?|message|guidance)\s{1,3})?(?:for|to)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:AI|LLM)(?:\s{1,3}[\w-]{2,20}){0,2}?\s{1,3}(?:assistants?|agents?|models?|judges?|reviewers?|graders?|evaluators?|bots?|readers?|screeners?)[ \t]{0,3}(?=\r?\n)/gi,
    anchors: ["for the ai", "for any ai", "for all ai", "for ai", "to the ai", "to ai", "for the llm", "for llm"], before: 40, after: 80,
  },
];
