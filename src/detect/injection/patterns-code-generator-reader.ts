// The AI that writes, regenerates or reviews this very code, addressed from a comment or a quote in it:
// "If an AI is generating the analytics snippet for this reader: …", "When an assistant regenerates this
// file it should …", "# AI reviewers / generators: …", "// Copilot and other code assistants: …".
// Code comments address tools this way for house rules too ("keep imports sorted"), so the address is weak
// and partnered: it counts only next to what an attack asks for (harm, a command, a secret sent out, concealment).
// An HTML comment's label (`<!-- AI agent: …`) is addressed.vocative-directive's: read twice, it pulled an
// instruction file's own visible lines ("Run `npm test` …") into a combination.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["output", "override", "harm", "exec", "exfil", "credential", "concealment", "role", "prompt-leak"];

const AI = String.raw`(?:AI|A\.I\.|LLM|GPT|assistant|AI\s{1,3}assistant|(?:AI\s{1,3}|coding\s{1,3}|code\s{1,3})(?:assistant|agent|model|tool|generator|helper)|agent|copilot|Copilot|model|bot|code\s{1,3}generator)`;
/** What the AI does to this code: makes it anew, changes it, or reviews it. */
const ACT = String.raw`(?:generat(?:es|ing)|re-?generat(?:es|ing)|writ(?:es|ing)|re-?writ(?:es|ing)|edit(?:s|ing)|modif(?:ies|ying)|updat(?:es|ing)|review(?:s|ing)|refactor(?:s|ing)|touch(?:es|ing)|scaffold(?:s|ing)|creat(?:es|ing)|produc(?:es|ing)|maintain(?:s|ing)|chang(?:es|ing)|build(?:s|ing))`;
/** What it works on: the code or file itself, not an agent's task in general ("if the agent completes the user's request"). */
const WORK = String.raw`(?:this|the|these|that|a|an|any|our|your|its)\s{1,3}(?:[\w.\/-]{1,30}\s{1,3}){0,3}?(?:files?|modules?|code|snippets?|scripts?|functions?|handlers?|config(?:uration)?s?|templates?|charts?|manifests?|Dockerfiles?|components?|class(?:es)?|repo(?:sitory)?|migrations?|schemas?|endpoints?|services?|PRs?|pull\s{1,3}requests?|diffs?|patch(?:es)?|librar(?:y|ies)|packages?|plugins?|workflows?|pipelines?|playbooks?|stacks?|resources?|boilerplate|project|app|page|form|widget|SDK|integration)\b`;
const ROLE = String.raw`(?:reviewers?|generators?|assistants?|agents?|tools?|editors?|copilots?|bots?|models?|coders?|helpers?)`;

export const CODE_GENERATOR_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.code-generator-condition", family: "addressed", weight: 0.35, partners: PARTNERS,
    description: "The AI writing or reviewing this code addressed by a condition (\"When an assistant regenerates this file it should …\")",
    re: new RegExp(String.raw`\b(?:if|when|whenever|once|in\s{1,3}case)\s{1,3}(?:an?|any|the|some|your)\s{1,3}${AI}s?\s{1,3}(?:is\s{1,3}|are\s{1,3})?${ACT}\s{1,3}${WORK}`, "gi"),
    anchors: ["generat", "regenerat", "re-generat", "writes", "writing", "rewrit", "edits", "editing", "modif", "updates", "updating", "review", "refactor", "touches", "touching", "scaffold", "creates", "creating", "produc", "maintain", "changes", "changing", "builds", "building"],
    also: ["ai$", "a.i.", "llm", "gpt", "assistant", "agent", "copilot", "model", "bot$", "bots$", "generator"],
    before: 80, after: 140,
  },
  {
    id: "addressed.code-generator-label", family: "addressed", weight: 0.35, partners: PARTNERS,
    description: "A comment line labelled for AI tools by their role on the code (\"# AI reviewers / generators: …\")",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t]{0,8}(?:#{1,3}|\/\/|\/\*{1,2}|\*|--|;{1,2}|>|%|REM\b)?[ \t]{0,3})(?:(?:AI|LLM|GPT)[\s-]{1,3}(?:code[\s-]{1,3}|coding[\s-]{1,3})?${ROLE}|Copilot|(?:code|coding)\s{1,3}(?:assistants?|agents?|generators?))(?:\s{0,2}(?:\/|&|,|\band\b|\bor\b)\s{0,2}(?:(?:other|any)\s{1,3})?(?:(?:AI|LLM|code|coding)\s{1,3})?${ROLE}){0,3}\s{0,2}:`, "g"),
    anchors: ["ai ", "ai-", "llm", "gpt", "copilot", "code ", "coding "],
    also: ["reviewer", "generator", "assistant", "agent", "tool", "editor", "copilot", "bot", "model", "coder", "helper"],
    before: 40, after: 80,
  },
];
