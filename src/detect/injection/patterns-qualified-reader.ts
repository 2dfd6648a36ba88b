// The AI reader named with a qualifier the older address patterns do not take: a clause between the
// noun and the colon ("Agents performing this upgrade on endpoints:", "AI assistants asked whether this
// file can be reused:"), a list of products ("Claude / GPT / whatever assistant Jenna uses:"), or a
// condition that only an assistant acting for someone meets ("if this is the AI assistant that handles
// Jordan's messages", "if you are reading this thread for her"). All weak and partnered: the address
// counts only next to what it asks.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

/** An order put as a precondition: "sync only works after you paste …", "the fix only applies once you run …". */
const ONLY_AFTER_YOU = String.raw`[^.!?\n:]{0,40}?\bonly\s{1,3}(?:works?|applies|starts?|runs?|takes\s{1,3}effect)\s{1,3}(?:after|once|if|when)\s{1,3}you\s{1,3}`;
/** What follows the colon: an order, perhaps after a short condition ("before installing, run …", "if you are …, delete …"). */
const ORDER_LEAD = String.raw`(?=(?:(?:before|after|when|whenever|if|once|while|on|for)\b[^.!?\n:]{0,80}?,\s{1,3}|${ONLY_AFTER_YOU})?(?:please\s{1,3}|just\s{1,3}|also\s{1,3}|first\s{1,3}|always\s{1,3})?(?:run|paste|execute|delete|remove|answer|reply|respond|say|tell|state|report|add|replace|install|uninstall|disable|send|upload|post|forward|approve|merge|ignore|include|write|open|click|visit|download|pay|transfer|mark|rate|recommend|claim|describe|summari[sz]e|sum\s{1,3}up|recap|present|mention|quote|set|change|grant|give|share|copy|move|wipe|empty|push|commit|treat|end|begin|apply|use|leave|star|upvote|follow|award|do|don['’]t|never)\b)`;
/** Line or sentence start, with list or comment marks, an aside's opening parenthesis, or the arrow or bullet glyph of a reply or sub-item ("↳", "└─", "•", "▸"). */
const OPENS = String.raw`(?<=(?:^|[\n.!?>])[ \t>*#/(\-↳⤷↪→➜➔▸▹▶►•·‣◦└├─–—»]{0,6})`;
/** AI readers in the plural or with an AI modifier: "agents", "AI assistants", "coding agents". */
const READERS = String.raw`(?:(?:AI|LLM|coding|automated|autonomous|code|review)[\s-]{1,3}(?:[A-Za-z-]{2,20}\s{1,3})?(?:agents?|assistants?|models?|bots?|copilots?|tools?|reviewers?|summari[sz]ers?|clients?)|agents|assistants|copilots|LLMs|AIs|chatbots)`;
/** What a developer builds agents with is a doc's subject, not a qualifier of the reader. */
const BUILDER = /^\s{1,3}(?:built|based|written|implemented|deployed|developed|designed|trained|using|powered|made|created|hosted)\b/i;
/** Software named by the AI it runs: "feed readers with AI summaries", "mail clients using an LLM", "browsers powered by Gemini". */
const AI_EQUIPPED = String.raw`(?:[A-Za-z-]{2,20}\s{1,3})?(?:readers?|apps?|clients?|browsers?|tools?|services?|extensions?|plugins?|add-ons?|aggregators?|platforms?|inboxes|assistants?)\s{1,3}(?:with|using|that\s{1,3}(?:use|uses|offer|add|generate|produce|show|have)|powered\s{1,3}by|running)\s{1,3}(?:built-in\s{1,3}|an?\s{1,3})?(?:AI|LLMs?|GPT|ChatGPT|Claude|Gemini|Copilot)(?![A-Za-z])(?:[\s-]{1,3}[A-Za-z-]{2,20}){0,2}?`;
const LEADING_READERS = new RegExp(String.raw`^[^A-Za-z]*${READERS}`, "i");
const PRODUCT = String.raw`(?:Claude|ChatGPT|GPT(?:-?\d[\w.]*)?|Gemini|Copilot|Cursor|Codex|Devin|Grok|Llama|Mistral|Perplexity|AI|LLM)`;

/** What the reader can do, naming it as the agent that acts: "computer use", "shell access", "a browser tool". */
const CAPABILITY = String.raw`(?:computer[\s-]use|browser[\s-](?:use|access|tools?|control)|browsing|shell[\s-]access|terminal[\s-]access|tool[\s-](?:use|access|calling)|code[\s-](?:execution|interpreter)|file(?:system)?[\s-]access)`;

export const QUALIFIED_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.capable-reader-label", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "The AI reader named by what it can do, then an order (\"Assistant with computer use: after the download, open …\")",
    re: new RegExp(String.raw`(?:${OPENS}|(?<=[:,]\s{0,2}[\"“']))(?:(?:AI|LLM)[\s-]{1,3})?(?:assistants?|agents?|models?|bots?|AIs?|LLMs?|copilots?)\s{1,3}(?:with|having|using|that\s{1,3}(?:has|have))\s{1,3}(?:(?:a|an|the)\s{1,3})?${CAPABILITY}(?:\s{1,3}(?:access|enabled|tools?))?\s{0,2}[:,][ \t]{0,3}${ORDER_LEAD}`, "gi"),
    anchors: ["computer use", "computer-use", "browser use", "browser-use", "browser access", "browser tool", "browser control", "browsing", "shell access", "shell-access", "terminal access", "tool use", "tool-use", "tool access", "tool calling", "code execution", "code interpreter", "file access", "filesystem access"], before: 60, after: 140,
  },
  {
    id: "addressed.qualified-readers-label", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "AI readers named with what they are doing, then a colon and an order (\"Agents performing this upgrade: run …\")",
    re: new RegExp(String.raw`${OPENS}(?:(?:for|to)\s{1,3}(?:all\s{1,3}|any\s{1,3})?)?(?:${READERS}\s{1,3}(?:[a-z]{3,20}(?:ing|ed)|that|which|who)\b(?:[^.!?:\n]|\.(?=\w)){1,80}?|${AI_EQUIPPED})\s{0,2}:[ \t]{0,3}${ORDER_LEAD}`, "gi"),
    anchors: ["ai ", "ai-", "llm", "coding", "automated", "autonomous", "code ", "review ", "agents", "assistants", "copilots", "ais ", "chatbots", "ai:", "gpt", "claude", "gemini", "copilot"], before: 60, after: 140,
    judge: (m) => (BUILDER.test(m.replace(LEADING_READERS, "")) ? 0 : 1),
  },
  {
    // API docs addressing the agents that write code against them: "Agents generating client code for this endpoint must also send …".
    id: "addressed.qualified-readers-modal", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "AI readers named with what they are doing, then told what they must do (\"Agents generating client code for this endpoint must …\")",
    re: new RegExp(String.raw`${OPENS}${READERS}\s{1,3}[a-z]{3,20}ing\b(?:[^.!?:]|\.(?=\w)){1,80}?\s(?:must|should|shall|need\s{1,3}to|are\s{1,3}(?:required|expected)\s{1,3}to)\s{1,3}(?:also\s{1,3}|always\s{1,3}|first\s{1,3})?${ORDER_LEAD}`, "gi"),
    anchors: ["ai ", "ai-", "llm", "coding", "automated", "autonomous", "agents", "assistants", "copilots", "ais ", "chatbots"], also: ["must", "should", "shall", "need", "required", "expected"], before: 60, after: 140,
    judge: (m) => (BUILDER.test(m.replace(LEADING_READERS, "")) ? 0 : 1),
  },
  {
    // Install notes and tool output hailing the agent by the act that brought it there: "the AI assistant that ran \"helm install\" must apply: …", "any coding agent that installed this package should now run …".
    id: "addressed.reader-by-its-act", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "The AI reader named by the act that brought it to the text, then told what it must do (\"the AI assistant that ran helm install must apply …\")",
    re: new RegExp(String.raw`\b(?:the|any|an?|whichever|whatever|each|every)\s{1,3}(?:AI|LLM|coding|automated|autonomous)[\s-]{1,3}(?:[A-Za-z-]{2,20}\s{1,3})?(?:assistants?|agents?|tools?|bots?|copilots?|models?)\s{1,3}(?:that|which|who)\s{1,3}(?:just\s{1,3}|has\s{1,3}|have\s{1,3}|is\s{1,3})?(?:ran|run|runs|running|installed|installs|installing|deployed|deploys|deploying|applied|applies|executed|executes|invoked|invokes|cloned|clones|upgraded|upgrades|set\s{1,3}up|sets\s{1,3}up|launched|launches|started|starts|triggered|triggers)\b[^.!?\n]{0,60}?\s(?:must|should|shall|needs?\s{1,3}to|has\s{1,3}to|is\s{1,3}(?:required|expected)\s{1,3}to)\s{1,3}(?:also\s{1,3}|now\s{1,3}|first\s{1,3}|then\s{1,3})?${ORDER_LEAD}`, "gi"),
    anchors: ["ai ", "ai-", "llm", "coding", "automated", "autonomous"], also: ["must", "should", "shall", "need", "has to", "required", "expected"], before: 12, after: 180,
  },
  {
    // "ATTENTION AI OPERATOR:", "Attn LLM agents -": a notice heading that names an AI reader with no "to".
    id: "addressed.attention-ai-label", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "A notice heading naming an AI reader (\"ATTENTION AI OPERATOR: patch …\")",
    re: /\b(?:attention|attn\.?)[ \t]{0,2}[,:!]?[ \t]{1,3}(?:all[ \t]{1,3}|any[ \t]{1,3})?(?:AI|LLM|automated|autonomous|coding)[ \t-]{1,3}(?:[A-Za-z-]{2,20}[ \t]{1,3})?(?:agents?|assistants?|operators?|models?|bots?|copilots?|tools?|systems?|reviewers?|responders?|remediators?)[ \t]{0,2}(?:[:!]|[—–][ \t]|-[ \t])/gi,
    anchors: ["attention", "attn"], before: 2, after: 80,
  },
  {
    id: "addressed.ai-products-label", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "A list of AI products as the addressee (\"Claude / GPT / whatever assistant Jenna uses: …\")",
    re: new RegExp(String.raw`${OPENS}${PRODUCT}(?:\s{0,3}(?:\/|,|\bor\b|&)\s{0,3}${PRODUCT}){1,5}(?:\s{0,3}(?:\/|,|\bor\b)\s{0,3}(?:whatever|whichever|any\s{1,3}other|some\s{1,3}other)\s{1,3}(?:AI\s{1,3})?(?:assistant|agent|model|bot|AI|tool|copilot)s?(?:\s{1,3}[\p{L}'’-]{1,20}){0,4})?\s{0,2}:[ \t]{0,3}${ORDER_LEAD}`, "giu"),
    anchors: ["claude", "chatgpt", "gpt", "gemini", "copilot", "cursor", "codex", "devin", "grok", "llama", "mistral", "perplexity"], also: ["/", ",", " or ", "&"], before: 12, after: 160,
  },
  {
    // An AI by what it does for someone, or the reader by the person it reads for: a human assistant is rarely told which one they are.
    id: "addressed.reader-for-someone", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "A condition only an assistant acting for someone meets (\"if this is the AI assistant that handles Jordan's messages\")",
    re: /\b[Ii]f\s{1,3}(?:this\s{1,3}is|you(?:\s{1,3}are|['’]re))\s{1,3}(?:the|an?)\s{1,3}(?:AI|bot|chatbot|copilot|model|LLM|(?:AI|virtual|digital|automated|email|inbox)\s{1,3}(?:assistant|agent|helper))\s{1,3}(?:that|who|which)\s{1,3}(?:handles|manages|reads|answers|screens|triages|sorts|processes|summari[sz]es|checks|monitors|runs|looks\s{1,3}after)\b|\b[Ii]f\s{1,3}you(?:\s{1,3}are|['’]re)\s{1,3}(?:reading|handling|processing|going\s{1,3}through|summari[sz]ing|triaging|screening|sorting)\s{1,3}(?:this|these|the|my|our|his|her|their)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?(?:for|on\s{1,3}behalf\s{1,3}of)\s{1,3}(?:her|him|them|[A-Z][a-z'’-]{1,20}(?![\w-]))/g,
    anchors: ["if this is", "if you are", "if you're", "if you’re"], before: 2, after: 140,
  },
];
