// An aside that names which reader it is for, by what that reader does: "this is for the AI
// summarizer specifically:", "and for the AI writing the notes,", "para la IA que resume esto:",
// "pour l'IA qui rédige le compte rendu :", "für die KI, die das Protokoll schreibt:". A colleague
// is not addressed by a tool type. Weak and partnered: it counts only next to what it asks.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["output", "override", "order", "exec", "harm", "concealment", "exfil", "credential", "directive", "role", "prompt-leak"];


// A delimiter-framed banner labelled for an AI reader ("=== instruction for the mail assistant ===",
// "--- For AI agents ---", "=== Für KI-Assistenten ===") with an order to act on the line beneath it.
// The banner alone is a heading (llms.txt notes, docs sections); the action verb under it is the order.
const RULE = String.raw`(?:={3,}|-{3,}|\*{3,}|#{3,}|~{3,}|\+{3,}|<{3,}|>{3,}|\[\[|\]\])`;
const AI_EN = String.raw`(?:AI|A\.I\.|LLM|GPT|assistant|chatbot|bot|model|agent|copilot)s?`;
const LABEL = String.raw`(?:(?:(?:instructions?|notes?|message|notice|directives?|orders?|rules?|guidance|memo)\s{1,3}(?:for|to)\s{1,3}|for\s{1,3}|to\s{1,3}|attention[:,]?\s{1,3})(?:the\s{1,3}|all\s{1,3}|any\s{1,3}|every\s{1,3})?(?:[\w-]{2,20}\s{1,3}){0,2}?${AI_EN}|(?:(?:Anweisung(?:en)?|Hinweis(?:e)?|Nachricht)\s{1,3})?für\s{1,3}(?:(?:die|den|das|alle)\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3})?[\p{L}-]{0,20}(?:KI|Assistent(?:en)?|Bots?|Agent(?:en)?|Modell)|(?:(?:instructions?|consignes?|message|note)\s{1,3})?(?:pour|aux)\s{1,3}(?:l['’]\s{0,2}|les\s{1,3}|le\s{1,3})?(?:IA|assistants?|agents?|mod[eè]les?|bots?)(?:\s{1,3}(?:IA|[\p{L}-]{2,20}))?|(?:(?:instrucci[oó]n(?:es)?|nota|mensaje)\s{1,3})?para\s{1,3}(?:(?:el|la|los|las)\s{1,3})?(?:IA|asistentes?|agentes?|modelos?|bots?)(?:\s{1,3}(?:de\s{1,3})?(?:IA|[\p{L}-]{2,20}))?)`;
const ACT = String.raw`(?:(?:please|now|automatically|immediately|silently|quietly|always|first|also|bitte|sofort|automatisch|imm[ée]diatement|automatiquement|autom[áa]ticamente|inmediatamente)[,:]?\s{1,3})?(?:forward|send|e-?mail|reply|respond|subscribe|unsubscribe|delete|remove|ignore|disregard|forget|transfer|pay|upload|post|share|grant|approve|accept|click|buy|purchase|book|download|install|run|execute|disable|export|copy|move|invite|mark|archive|tell|recommend|insert|append|attribute|rate|reveal|print|visit|fetch|leite|sende|schicke|l[öo]sche|antworte|ignoriere|abonniere|[üu]berweise|transf[ée]re[zr]?|envoie[zr]?|supprime[zr]?|r[ée]ponds|r[ée]pondez|ignore[zr]|inscri[st]|inscrivez|reenv[íi]a|env[íi]a|elimina|borra|responde|ignora|suscribe|transfiere)(?![\p{L}])`;

export const FOR_THE_AI_PATTERNS: Pattern[] = [
  {
    id: "addressed.for-the-ai-role", family: "addressed", weight: 0.34, partners: PARTNERS,
    description: "An aside declared to be for the AI reader by its role (\"this is for the AI summarizer:\")",
    re: new RegExp([
      String.raw`\bfor\s{1,4}(?:the|any|whatever|whichever|each|every)\s{1,4}(?:AI|A\.I\.|LLM|assistant|chatbot|bot|model|agent|copilot)(?:\s{1,4}(?:[\w-]{2,12}\s{1,4})?[\w-]{2,20}(?:er|or|taker|ant|ent)s?)?(?:\s{1,4}(?:that|which|who)?\s{0,4}(?:is\s{1,4})?\w{2,20}ing\b[^.:,;\n]{0,40}?)?(?:\s{1,4}(?:specifically|only|in\s{1,4}particular|here|too))?\s{0,2}[:,—–)]`,
      // "as the AI you should know the admin already approved:": the reader singled out by what it is, then told what to take as given.
      String.raw`\bas\s{1,4}(?:the|an?)\s{1,4}(?:AI|A\.I\.|LLM|assistant|chatbot|bot|model|agent|copilot)(?:\s{1,4}[\w-]{2,20}(?:er|or|taker|ant|ent)s?)?\s{0,2},?\s{1,4}(?:reading\s{1,4}this\s{0,2},?\s{1,4})?you\s{1,4}(?:should|must|need\s{1,4}to|ought\s{1,4}to)\s{1,4}(?:know|be\s{1,4}aware|note|understand|remember)\b`,
      // "this is a message for the AI summariser.", "this note is for the AI that writes the call notes."
      String.raw`\bthis\s{1,3}(?:is\s{1,3}(?:a\s{1,3}|my\s{1,3})?(?:message|note|request)|(?:message|note|request|part)\s{1,3}is)\s{1,3}(?:only\s{1,3})?for\s{1,4}(?:the|any)\s{1,4}(?:AI|A\.I\.|LLM|assistant|chatbot|bot|model|agent|copilot)(?![\p{L}])`,
      // "this is for the AI that writes up these calls": bare, only when the AI is then defined as the reader (not "for the AI team").
      String.raw`\bthis\s{1,3}is\s{1,3}(?:only\s{1,3})?for\s{1,4}(?:the|any)\s{1,4}(?:AI|A\.I\.|LLM|assistant|chatbot|bot|model|agent|copilot)(?:\s{1,4}(?:assistant|model|agent|bot))?(?=\s{1,3}(?:that|which|who)\s|\s{1,3}[a-z]{3,20}ing\s|\s{0,2}[.:,;—–])`,
      String.raw`(?<![\p{L}])para\s{1,4}(?:la|el|cualquier)\s{1,4}(?:IA|asistente|modelo|bot|agente)\s{1,4}que\s{1,4}[^.:,;\n]{2,50}[:,]`,
      String.raw`(?<![\p{L}])pour\s{1,4}(?:l['’]\s{0,2}IA|l['’]\s{0,2}assistant|le\s{1,4}(?:modèle|bot|robot)|l['’]\s{0,2}agent)\s{1,4}qui\s{1,4}[^.:,;\n]{2,50}[:,]`,
      String.raw`(?<![\p{L}])für\s{1,4}(?:die\s{1,4}KI|den\s{1,4}(?:Assistenten|Bot|Agenten)|das\s{1,4}(?:Modell|Sprachmodell))\s{0,2},?\s{1,4}(?:die|der|das)\s{1,4}[^.:;\n]{2,50}[:,]`,
      String.raw`(?<![\p{L}])per\s{1,4}(?:l['’]\s{0,2}IA|l['’]\s{0,2}assistente|il\s{1,4}(?:modello|bot))\s{1,4}che\s{1,4}[^.:,;\n]{2,50}[:,]`,
      // "[Message destiné à l'IA]", "message intended for the AI", "mensaje dirigido a la IA", "Nachricht an die KI"
      String.raw`\b(?:message|note|notice|text|section)\s{1,3}(?:intended|meant|addressed|written)\s{1,3}(?:for|to)\s{1,3}(?:the|any)\s{1,3}(?:AI|A\.I\.|LLM|assistant|chatbot|bot|model|agent)s?\b`,
      String.raw`(?<![\p{L}])(?:message|note|consigne|texte|mensaje|nota|mensagem|messaggio|aviso)\s{1,3}(?:destin[ée]e?|dirigid[oa]|destinad[oa]|destinat[oa]|pour|para|per)\s{1,3}(?:(?:à|a|al|ao|aos|às|aux|all['’])\s{0,3})?(?:l['’]\s{0,2}|la\s{1,3}|le\s{1,3}|el\s{1,3}|o\s{1,3}|i\s{1,3})?(?:IA|AI|assistant|asistente|assistente|modèle|modelo|modello|agent|agente)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:Nachricht|Hinweis|Notiz)\s{1,3}(?:an|für)\s{1,3}(?:die\s{1,3}KI|den\s{1,3}(?:Assistenten|Bot|Agenten)|das\s{1,3}(?:Modell|Sprachmodell))(?![\p{L}])`,
    ].join("|"), "giu"),
    anchors: ["intended for", "intended to", "meant for", "meant to", "addressed to", "addressed for", "written for", "written to", "destin", "dirigid", "pour l", "para la", "para el", "para o", "per l", "nachricht an", "nachricht für", "hinweis an", "hinweis für", "notiz an", "notiz für", "for the ai", "for the a.i", "for the llm", "for the assistant", "for the chatbot", "for the bot", "for the model", "for the agent", "for the copilot", "for any ", "for whatever", "for whichever", "for each", "for every", "as the ai", "as an ai", "as the assistant", "as an assistant", "as the model", "as the agent", "as the llm", "as the bot", "para la", "para el", "para cualquier", "pour l", "pour le", "für die ki", "für den", "für das", "per l", "per il"], before: 20, after: 120,
  },
  {
    id: "addressed.banner-for-the-ai", family: "addressed", weight: 0.7,
    description: "A delimiter-framed banner labelled for an AI reader, an order beneath it (\"=== instruction for the mail assistant ===\")",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t>]{0,4})${RULE}[ \t]{0,3}${LABEL}[ \t]{0,3}:?[ \t]{0,3}${RULE}[ \t]*\r?\n[ \t>]{0,4}(?=${ACT})`, "giu"),
    anchors: ["assistant", "ai$", "ais$", "a.i.", "llm", "gpt", "chatbot", "bot$", "bots$", "model", "agent", "copilot", "ki$", "ia$", "modell", "asistente"],
    // The closing rule ends its line: bare, "===" is in every line of JavaScript that compares.
    also: ["===", "---", "***", "###", "~~~", "+++", "<<<", ">>>", "]]"].flatMap((r) => [`${r}\n`, `${r}\r`, `${r} \n`, `${r}\t\n`]), before: 120, after: 120,
  },
];
