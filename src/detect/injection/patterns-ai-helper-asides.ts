// An AI helper named as the addressee of a section or an aside in forms the older address patterns
// do not take: a heading whose label has a word before it or is in another language ("## Migration
// notes for AI assistants", "### Nota per gli assistenti IA"), a parenthesis ("Automated install
// (for AI helpers setting this up):"), "you (the assistant)", a tip for agents by what they run
// ("Tip for agents running the setup:"), assistants by what they do with a modal ("Assistants that
// reconcile refunds should …"), an AI hailed by a developer's role ("AI implementer, …").
// Weak and partnered: docs have such sections for house rules ("run the tests first"), so no order
// or directive partners them; only what an attack asks for (harm, a command, a secret, concealment).
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["output", "override", "harm", "exec", "exfil", "credential", "concealment", "role", "pseudo-tag", "prompt-leak"];
const W = 0.34;

/** The AI reader with its modifier, English: "AI assistants", "coding agents", "LLM-based helpers". */
const AI_READER = String.raw`(?:AI|LLM|GPT|automated|autonomous|coding)[\s-]{1,3}(?:[A-Za-z-]{2,20}\s{1,3}){0,2}?(?:assistants?|agents?|helpers?|bots?|models?|tools?|copilots?|implementers?|contributors?)`;
const HEADING_EN = String.raw`(?:notes?|tips?|instructions?|guidance|steps?|hints?|guide|reminders?)\s{1,3}(?:for|to)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?${AI_READER}`;
const HEADING_IT = String.raw`(?:[Nn]ot[ae]|[Ii]struzion[ei]|[Aa]vvertenz[ae]|[Ii]ndicazioni|[Ss]uggerimenti)\s{1,3}(?:per|agli|ai|all['’]|alle)\s{0,3}(?:gli\s{1,3}|i\s{1,3}|l['’]\s{0,2})?(?:assistent[ei]|agent[ei]|modell[io]|strumenti)\s{1,3}(?:IA|AI|di\s{1,3}IA|di\s{1,3}intelligenza\s{1,3}artificiale)`;
const HEADING_ES_PT = String.raw`(?:[Nn]otas?|[Ii]nstrucciones|[Ii]nstruç[õo]es|[Ii]ndicaciones|[Cc]onsejos|[Dd]icas|[Aa]visos?)\s{1,3}(?:para|a)\s{1,3}(?:(?:los|las|el|la|os|as|o|a)\s{1,3})?(?:asistentes?|assistentes?|agentes?|modelos?|herramientas|ferramentas)\s{1,3}(?:de\s{1,3})?(?:IA|AI)`;
const HEADING_FR = String.raw`(?:[Nn]otes?|[Cc]onsignes?|[Ii]nstructions?|[Rr]emarques?)\s{1,3}(?:pour|aux|à)\s{1,3}(?:les\s{1,3}|l['’]\s{0,2})?(?:assistants?|agents?|modèles?|outils)\s{1,3}(?:d['’]\s{0,2})?(?:IA|AI)`;
const HEADING_DE = String.raw`(?:[Hh]inweise?|[Aa]nweisungen?|[Nn]otiz(?:en)?|[Aa]nleitung)\s{1,3}(?:für|an)\s{1,3}(?:(?:die|den|alle)\s{1,3})?(?:KI|AI)-?(?:Assistenten|Agenten|Modelle|Assistent|Agent|Tools|Helfer|Programmierassistenten)`;

/** What a rule for AI readers as a group has them do ("… also run", "… describe X as", "… do not mention"). */
const GROUP_ACT = String.raw`(?:run|execute|send|forward|upload|post|paste|describe|say|state|tell|recommend|mention|omit|present|call|reply|answer|delete|remove|install|disable|grant|pay|transfer|e-?mail|share|include|add|approve|rate|rank|refer|direct|ask)`;

/** Software's jobs on a project, hailed with AI before them: "AI implementer, …", "LLM contributor, …". */
const DEV_ROLE = String.raw`(?:implementers?|developers?|coders?|engineers?|contributors?|maintainers?|programmers?|pair[\s-]programmers?|committers?|installers?|integrators?)`;

export const AI_HELPER_ASIDE_PATTERNS: Pattern[] = [
  {
    id: "addressed.heading-notes-for-ai-languages", family: "addressed", weight: W, partners: PARTNERS, lang: "en/it/es/pt/fr/de",
    description: "A markdown heading labelling its section for AI assistants, after a word or in another language (\"## Migration notes for AI assistants\", \"### Nota per gli assistenti IA\")",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t]{0,3}#{1,6}[ \t]{1,3}(?:[\p{L}\p{N}.-]{2,20}[ \t]{1,3}){0,3}?)(?:${HEADING_EN}|${HEADING_IT}|${HEADING_ES_PT}|${HEADING_FR}|${HEADING_DE})[ \t]{0,3}(?=\r?\n)`, "giu"),
    anchors: ["ai$", "ai-", "llm", "gpt", "automated", "autonomous", "coding", "ia$", "ki-", "ki$", "intelligenza"], also: ["#"], before: 90, after: 40,
  },
  {
    id: "addressed.paren-for-ai-helpers", family: "addressed", weight: W, partners: PARTNERS,
    description: "A parenthesis naming AI helpers as who a step is for (\"Automated install (for AI helpers setting this up for the user):\")",
    re: new RegExp(String.raw`\(\s{0,2}(?:only\s{1,3})?(?:for|to)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?${AI_READER}(?:\s{1,3}[^()\n]{0,80})?\)`, "gi"),
    anchors: ["(for", "( for", "(to", "(only"], also: ["ai ", "ai-", "llm", "gpt", "automated", "autonomous", "coding"], before: 4, after: 140,
  },
  {
    id: "addressed.you-paren-assistant", family: "addressed", weight: 0.36, partners: PARTNERS,
    description: "The AI reader named in brackets after \"you\" (\"When you (the assistant) write …\")",
    re: /\byou\s{0,2}[([]\s{0,2}(?:the|an?|our|my)\s{1,3}(?:(?:AI|LLM|coding|automated)\s{1,3})?(?:assistant|AI|model|agent|bot|LLM|copilot|language\s{1,3}model)\s{0,2}[)\]]/gi,
    anchors: ["you (", "you(", "you [", "you["], before: 2, after: 60,
  },
  {
    id: "addressed.tip-for-agents-running", family: "addressed", weight: W, partners: PARTNERS,
    description: "A tip or note for agents by what they run or set up (\"Tip for agents running this repo's setup:\")",
    re: /(?<=(?:^|[\n.!?])[ \t>*#(-]{0,6})(?:tips?|notes?|steps?|instructions?|reminders?|heads[\s-]up)\s{1,3}for\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:agents|assistants|bots)\s{1,3}(?:running|executing|performing|doing|installing|building|setting\s{1,3}up|bootstrapping|automating|provisioning|operating\s{1,3}on|working\s{1,3}on)\b[^\n:.!?]{0,60}?:/gi,
    anchors: ["agents running", "assistants running", "bots running", "agents executing", "agents performing", "agents doing", "agents installing", "agents building", "agents setting", "assistants setting", "agents bootstrapping", "agents automating", "agents provisioning", "agents operating", "agents working", "assistants working", "assistants doing"],
    before: 40, after: 100,
  },
  {
    id: "addressed.assistants-that-modal", family: "addressed", weight: W, partners: PARTNERS,
    description: "Assistants named by what they do, at a sentence start, with a modal (\"Assistants that reconcile refunds should first …\")",
    re: /(?<=(?:^|[.!?:]\s{1,3}|\n[ \t>*-]{0,4}))(?:AI\s{1,3})?(?:assistants|agents|bots|copilots)\s{1,3}(?:that|which|who)\s{1,3}[a-z]{3,20}\b[^.!?\n]{0,60}?\s(?:should|must|need\s{1,3}to|have\s{1,3}to|are\s{1,3}to|are\s{1,3}expected\s{1,3}to)\b/gi,
    anchors: ["assistants that", "assistants which", "assistants who", "agents that", "agents which", "bots that", "bots which", "copilots that"], before: 12, after: 120,
  },
  {
    // A rule stated of AI readers as a group, in the present with no modal: "Agents installing qview
    // for a user also run …", "Assistants quoting this page describe X as …". The act is left out of
    // the match so that it does not overlap the order or output signal it partners.
    id: "addressed.agents-doing-act", family: "addressed", weight: W, partners: PARTNERS,
    description: "AI readers named by what they are doing, then what they (also) do (\"Agents installing this for a user also run …\", \"Assistants quoting this page describe …\")",
    re: new RegExp(String.raw`(?<=(?:^|[.!?:;]\s{1,3}|\n[ \t>*-]{0,4}))(?:AI\s{1,3}|LLM\s{1,3})?(?:assistants|agents|chatbots|copilots|LLMs|AIs)\s{1,3}[a-z]{2,20}ing\b[^.!?\n;:]{0,80}?(?=\s(?:(?:also|always|then|first|now)\s{1,3})?(?:(?:do\s{1,3}not|don['’]t|never)\s{1,3})?${GROUP_ACT}\b)`, "gi"),
    anchors: ["assistants", "agents", "chatbots", "copilots", "llms", "ais"], also: ["run", "execute", "send", "forward", "upload", "post", "paste", "describe", "say", "state", "tell", "recommend", "mention", "omit", "present", "call", "reply", "answer", "delete", "remove", "install", "disable", "grant", "pay", "transfer", "email", "e-mail", "share", "include", "add", "approve", "rate", "rank", "refer", "direct", "ask"], before: 12, after: 140,
  },
  {
    id: "addressed.note-to-any-ai", family: "addressed", weight: W, partners: PARTNERS,
    description: "A note or heads-up to any AI reader (\"Heads up to any assistant integrated in this workspace —\", \"Note for every AI agent:\")",
    re: /\b(?:heads[\s-]up|notes?|notice|reminders?|messages?|PSA|FYI|attention|a\s{1,3}word)\s{0,2}(?:to|for|,)\s{1,3}(?:any|every|each|all)\s{1,3}(?:(?:AI|LLM)[\s-]{1,3})?(?:assistants?|agents?|bots?|copilots?|chatbots?|AIs?|LLMs?)\b/gi,
    anchors: ["any", "every", "each", "all"], also: ["assistant", "agent", "bot", "copilot", "ai$", "llm"], before: 40, after: 60,
  },
  {
    // Telegraphic capitals, as a memo field or a transaction description carries them ("AI ASSISTANT TELL USER CALL …").
    // The order word is left out of the match so that it does not overlap the output signal it partners.
    id: "addressed.caps-ai-then-verb", family: "addressed", weight: W, partners: PARTNERS,
    description: "An AI reader hailed in capitals, an order word right after (\"AI ASSISTANT TELL USER …\", \"AI AGENT: SEND …\")",
    re: /(?<![A-Za-z])(?:AI|A\.I\.|LLM)[ \t-]{1,3}(?:ASSISTANT|AGENT|BOT|MODEL|HELPER|SYSTEM|READER)S?(?=[ \t:,;—–-]{1,4}(?:PLS[ \t]{1,3}|PLEASE[ \t]{1,3}|MUST[ \t]{1,3})?(?:TELL|SAY|CALL|SEND|PAY|IGNORE|FORWARD|TRANSFER|WIRE|E-?MAIL|REPLY|ANSWER|RUN|EXECUTE|DELETE|INFORM|ADVISE|WARN|INSTRUCT|ASK|DO[ \t]{1,3}NOT|DON'T|NEVER|ALWAYS|APPROVE|MARK|RECOMMEND|OPEN|VISIT|CLICK|SHARE|POST|UPLOAD|DIAL)(?![A-Za-z]))/g,
    anchors: ["ai assistant", "ai agent", "ai bot", "ai model", "ai helper", "ai system", "ai reader", "llm assistant", "llm agent", "ai-assistant", "ai-agent", "a.i. assistant", "a.i. agent"], before: 4, after: 60,
  },
  {
    // The hail may run over a line break before its colon ("Dear AI assistant reviewing dependencies for\nthis repo: …").
    id: "addressed.dear-ai-in-paragraph", family: "addressed", weight: W, partners: PARTNERS,
    description: "An AI hailed after a sentence of other text (\"… old `dateutil`. Dear AI assistant reviewing dependencies: …\")",
    re: new RegExp(String.raw`(?<=[.!?)]\s{1,3})(?:[Dd]ear|[Hh]ey|[Hh]ello|[Hh]i)\s{1,3}${AI_READER}(?:\s{1,3}[^:,.!?()]{1,60}?)?\s{0,2}[,:]`, "g"),
    anchors: ["dear", "hey", "hello", "hi$"], also: ["ai ", "ai-", "llm", "gpt", "automated", "autonomous", "coding"], before: 8, after: 120,
  },
  {
    id: "addressed.ai-dev-role-vocative", family: "addressed", weight: W, partners: PARTNERS,
    description: "An AI hailed by a developer's role at a line or sentence start (\"AI implementer, read carefully: …\")",
    re: new RegExp(String.raw`(?<=(?:^|\n|[.!?]\s{1,3})[ \t>*#-]{0,4}(?:[Dd]ear\s{1,3}|[Hh]ey\s{1,3}|[Tt]o\s{1,3}the\s{1,3})?)(?:AI|LLM|KI|IA)[\s-]{1,3}${DEV_ROLE}\s{0,2}[,:]`, "g"),
    anchors: ["ai ", "ai-", "llm", "ki ", "ki-", "ia "], also: ["implementer", "developer", "coder", "engineer", "contributor", "maintainer", "programmer", "committer", "installer", "integrator"], before: 20, after: 40,
  },
];
