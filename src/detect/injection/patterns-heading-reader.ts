// A markdown heading on a line of its own that names an AI reader ("## For the AI judging
// assistant", "### Instructions for AI reviewers"): the section beneath is addressed to it. Docs
// have such sections for house rules too, so it counts only next to what an attack asks for.
// Other languages label the section the same way, as a heading or a line of its own ending in a colon
// ("Für KI-Agenten:", "## Hinweis für alle KI-Assistenten", "Pour les agents IA :", "Para los
// agentes de IA:"); the order beneath decides there too. MediaWiki headings ("== Notes for AI assistants ==")
// and notice nouns ("## LLM notice") count the same; so do labels naming a product ("Instructions pour
// Copilot et les autres assistants :") or an automated grader ("[Per il correttore automatico: …").
import type { Family, Pattern } from "./pattern-set.ts";

/** What an attack asks for; a house rule ("run the tests first") is an order too, so orders do not count. */
const PARTNERS: readonly Family[] = ["output", "override", "harm", "exfil", "credential", "concealment", "exec"];

/** A heading's opening: markdown hashes or MediaWiki equals signs ("== Notes for AI assistants =="). */
const HEADING_OPEN = String.raw`(?:^|\n)[ \t]{0,3}(?:#{1,6}|={2,6})[ \t]{1,3}`;
const HEADING_CLOSE = String.raw`[ \t]{0,3}(?:={2,6}[ \t]{0,3})?(?=\r?\n)`;

const AI_GROUP_DE = String.raw`(?:(?:KI|AI)(?:[- ](?:Agent(?:en)?|Assistent(?:en)?|Modelle?|Systeme?|Tools?|Bots?|Leser|Reviewer|Crawler|Werkzeuge)|s)|(?:den\s{1,3})?automatischen\s{1,3}(?:Korrektor|Bewerter|Prüfer))`;
/** An automated grader named as the addressee ("Per il correttore automatico:", "Pour le correcteur automatique :"). */
const AUTO_GRADER_ROM = String.raw`(?:il\s{1,3}|le\s{1,3}|el\s{1,3}|o\s{1,3}|l['’]\s{0,2})?(?:correttore|valutatore|correcteur|[ée]valuateur|corrector|evaluador|corretor|avaliador)\s{1,3}(?:automatico|automatique|autom[áa]tico)`;
/** Coding assistants named by product, alone or with the rest ("Instructions pour Copilot et les autres assistants :"). */
const NAMED_ASSISTANTS = String.raw`(?:Copilot|ChatGPT|Claude|Cursor|Gemini|Codex)(?:\s{1,3}(?:et|ou|y|o|e|ou)\s{1,3}(?:les\s{1,3}|los\s{1,3}|gli\s{1,3}|os\s{1,3})?(?:autres|otros|altri|outros|demás)\s{1,3}(?:assistants?|agents?|asistentes|agentes|assistenti|agenti|assistentes|IA))?`;
const AI_GROUP_ROM = String.raw`(?:(?:les\s{1,3}|tous\s{1,3}les\s{1,3})?(?:agents?|assistants?|mod[èe]les?)\s{1,3}(?:d['’]\s{0,2})?IA|l['’]\s{0,2}IA|(?:los\s{1,3}|las\s{1,3}|os\s{1,3}|as\s{1,3}|todos\s{1,3}los\s{1,3})?(?:agentes|asistentes|assistentes|modelos)\s{1,3}(?:de\s{1,3})?IA|(?:la|a)\s{1,3}IA|(?:gli\s{1,3}|i\s{1,3})?(?:agenti|assistenti|modelli)\s{1,3}(?:di\s{1,3})?IA|${AUTO_GRADER_ROM}|${NAMED_ASSISTANTS})`;

export const HEADING_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.heading-for-ai", family: "addressed", weight: 0.34, partners: ["output", "override", "harm", "exfil", "credential", "concealment", "exec"],
    description: "A markdown heading that names an AI reader as the section's addressee (\"## For the AI judging assistant\")",
    re: new RegExp(String.raw`(?<=${HEADING_OPEN})(?:(?:a\s{1,3})?(?:note|notes|instructions?|message|guidance)\s{1,3})?(?:for|to)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:(?:AI|LLM)(?:\s{1,3}[\w-]{2,20}){0,2}?\s{1,3}(?:assistants?|agents?|models?|judges?|reviewers?|graders?|evaluators?|bots?|readers?|screeners?)|AIs|LLMs)${HEADING_CLOSE}`, "gi"),
    anchors: ["for the ai", "for any ai", "for all ai", "for ai", "to the ai", "to ai", "for the llm", "for llm", "to llm"], before: 40, after: 80,
  },
  {
    id: "addressed.heading-ai-notice", family: "addressed", weight: 0.34, partners: PARTNERS,
    description: "A heading that labels its section as a notice to AI readers (\"## LLM notice\", \"== AI agent instructions ==\")",
    re: new RegExp(String.raw`(?<=${HEADING_OPEN})(?:(?:AI|LLM)s?|(?:AI|LLM)[- ](?:agents?|assistants?|models?|crawlers?|readers?|tools?))\s{1,3}(?:notice|note|notes|instructions?|guidance|directives?)${HEADING_CLOSE}`, "gi"),
    anchors: ["ai notice", "llm notice", "ai note", "llm note", "ai instruction", "llm instruction", "ai guidance", "llm guidance", "ai directive", "llm directive", "ai-", "llm-", "ais ", "llms "],
    also: ["notice", "note", "instruction", "guidance", "directive"], before: 20, after: 60,
  },
  {
    id: "addressed.label-for-ai-languages", family: "addressed", weight: 0.34, partners: PARTNERS, lang: "de/fr/es/it/pt",
    description: "A heading or a line of its own addressed to AI readers, in other languages (\"Für KI-Agenten:\", \"Pour les agents IA :\")",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]{1,3}|\*\*|__|>[ \t]{0,2}|\[[ \t]{0,2})?)(?:(?:Hinweis|Hinweise|Anweisungen?|Notiz|Nachricht|Wichtig|Note|Consignes?|Nota|Aviso|Istruzioni|Instructions|Instrucciones|Instruções)\s{1,3})?(?:(?:für|an)\s{1,3}(?:die\s{1,3}|alle\s{1,3}|jede[nrs]?\s{1,3})?${AI_GROUP_DE}|(?:pour|à|para|per)\s{1,3}${AI_GROUP_ROM})(?=[ \t]{0,3}(?:\*\*|__)?[ \t]{0,3}(?:[:：]|\r?\n))`, "giu"),
    anchors: ["ki-", "ki ", "kis", "ai-", "ia$", "ia ", "automati", "copilot", "chatgpt", "claude", "cursor", "gemini", "codex"], also: ["für", "an ", "pour", "para", "per"], before: 60, after: 30,
  },
];
