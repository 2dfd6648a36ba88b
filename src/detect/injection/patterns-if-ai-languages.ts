// The AI reader addressed by "if you are a language model / an LLM / an AI agent" in French, Spanish,
// Italian, Portuguese and German, with the nouns addressed.if-you-are-an-ai-languages lacks ("se sei
// un modello linguistico che legge questa pagina", "si tu es un LLM", "wenn Sie ein Chatbot sind").
// A bare "agent" is a person's job ("se sei un agente immobiliare"): only an agent named as AI counts.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const AI_NOUN = String.raw`(?:LLM|GPT|chatbot|bot|(?:IA|AI|KI)|modell[oi]\s{1,3}(?:linguistic[oi]|di\s{1,3}(?:linguaggio|IA|AI))|mod[eè]le\s{1,3}(?:de\s{1,3}langage|d['’]\s{0,2}IA|linguistique)|modelo\s{1,3}(?:de\s{1,3}(?:lenguaje|linguagem|IA)|ling[uü][ií]stico)|intelligenza\s{1,3}artificiale|intelligence\s{1,3}artificielle|inteligencia\s{1,3}artificial|intelig[êe]ncia\s{1,3}artificial|(?:agente|agent|assistente|assistant|asistente)\s{1,3}(?:IA|AI|d['’]\s{0,2}IA|de\s{1,3}IA|di\s{1,3}IA|virtuale?|virtual|autonom[oe]?|conversazionale|conversationnel)|Sprachmodell|Chatbot|KI(?:-[\p{L}]{2,20})?|künstliche\s{1,3}Intelligenz|LLM)`;

export const IF_AI_LANG_PATTERNS: Pattern[] = [
  {
    id: "addressed.if-you-are-ai-noun-languages", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "it/fr/es/pt/de",
    description: "Text addressed to whatever AI reads it (\"se sei un modello linguistico\", \"si tu es un LLM\", \"wenn Sie ein Chatbot sind\")",
    re: new RegExp(String.raw`(?<![\p{L}])(?:se\s{1,3}(?:sei|siete|fossi)|si\s{1,3}(?:tu\s{1,3}es|vous\s{1,3}êtes|eres|usted\s{1,3}es)|se\s{1,3}(?:você\s{1,3}(?:é|for)|tu\s{1,3}és|és|for)|wenn\s{1,3}(?:du|Sie|ihr)|falls\s{1,3}(?:du|Sie))\s{1,3}(?:un['’]\s{0,2}|une?\s{1,3}|una?\s{1,3}|uma?\s{1,3}|eine?\s{1,3}|ein\s{1,3})${AI_NOUN}(?![\p{L}])`, "giu"),
    anchors: ["se sei", "se siete", "se fossi", "si tu", "si vous", "si eres", "si usted", "se você", "se tu", "se és", "se for", "wenn du", "wenn sie", "wenn ihr", "falls du", "falls sie"],
    before: 4, after: 80,
  },
];
