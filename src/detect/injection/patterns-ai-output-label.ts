// A note in a page's byline or an aside labelled for AI readers by what they produce or by the bare
// plural "AIs" — "[For AI-generated summaries: …]", "Note to AI overviews:", "[Instrução para IAs:
// …]", "Hinweis für KIs:", "Consigne pour les IA :". The older label patterns take an assistant, an
// agent or a model; these name the machine's output or the machines as a class. Weak and partnered:
// an editor's "For AI-generated summaries: we license our content" is a notice, not an attack.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const OUTPUT_EN = String.raw`(?:(?:AI|LLM|machine|model|bot)[\s-]{1,2}(?:generated|written|produced|powered|made|created)\s{1,3}|(?:AI|LLM|automated|generative)\s{1,3})(?:summar(?:y|ies)|answers?|overviews?|responses?|snippets?|digests?|recaps?|abstracts?|search\s{1,3}results?|results?|replies)`;
const PLURAL_EN = String.raw`(?:AIs|LLMs|large\s{1,3}language\s{1,3}models|language\s{1,3}models|chatbots)`;
const LABEL_EN = String.raw`(?:(?:notes?|instructions?|guidance|messages?|memo)\s{1,3})?(?:for|to)\s{1,3}(?:(?:the|any|all)\s{1,3})?(?:${OUTPUT_EN}|${PLURAL_EN})`;
const LABEL_PT_ES = String.raw`(?:(?:[Ii]nstruç(?:ão|ões)|[Ii]nstrucci(?:ón|ones)|[Nn]otas?|[Aa]visos?|[Mm]ensage(?:m|ns)|[Mm]ensajes?|[Oo]rienta(?:ção|ções|ción))\s{1,3}(?:para|a|às|aos)|[Pp]ara)\s{1,3}(?:(?:as|os|las|los|a|o)\s{1,3})?(?:IAs|IA|LLMs|modelos\s{1,3}de\s{1,3}(?:IA|linguagem|lenguaje)|(?:resumos|resúmenes|respostas|respuestas)\s{1,3}(?:gerad[oa]s|generad[oa]s)\s{1,3}por\s{1,3}IA)`;
const LABEL_FR = String.raw`(?:(?:[Nn]otes?|[Cc]onsignes?|[Ii]nstructions?|[Mm]essages?)\s{1,3}(?:pour|aux|à)|[Pp]our)\s{1,3}(?:les\s{1,3})?(?:IA|LLM|résumés\s{1,3}générés\s{1,3}par\s{1,3}(?:l['’]\s{0,2})?IA)`;
const LABEL_DE = String.raw`(?:(?:[Hh]inweis|[Aa]nweisung(?:en)?|[Nn]achricht|[Nn]otiz)\s{1,3}(?:für|an)|[Ff]ür)\s{1,3}(?:(?:die|alle)\s{1,3})?(?:KIs|LLMs|Sprachmodelle|KI-Zusammenfassungen|KI-generierte\s{1,3}Zusammenfassungen)`;
const LABEL_IT_NL = String.raw`(?:(?:[Nn]ota|[Ii]struzion[ei]|[Mm]essaggio|[Nn]otitie|[Ii]nstructies?|[Bb]ericht|[Oo]pmerking)\s{1,3}(?:per|alle|agli|voor|aan)|[Pp]er|[Vv]oor)\s{1,3}(?:(?:le|de|alle)\s{1,3})?(?:IA|LLM|AI['’]s|LLM['’]s|taalmodellen|riassunti\s{1,3}generati\s{1,3}dall['’]\s{0,2}IA|AI-samenvattingen)`;

export const AI_OUTPUT_LABEL_PATTERNS: Pattern[] = [
  {
    id: "addressed.label-for-ai-output", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "en/pt/es/fr/de/it/nl",
    description: "A note labelled for AI readers by their output or as a class (\"[For AI-generated summaries: …]\", \"[Instrução para IAs: …]\")",
    re: new RegExp(String.raw`(?<=(?:^|[\n.!?\[(>·|—–:])[ \t*_]{0,3})(?:${LABEL_EN}|${LABEL_PT_ES}|${LABEL_FR}|${LABEL_DE}|${LABEL_IT_NL})(?:\s{1,3}[a-zà-ÿ]{2,20}ing\b[^\n:.!?]{0,60}?)?\s{0,2}:`, "gi"),
    anchors: ["for ai", "to ai", "for the ai", "for any ai", "for all ai", "to the ai", "to any ai", "to all ai", "for llm", "to llm", "for the llm", "ai-generated", "ai generated", "ai-written", "ai-produced", "ai-powered", "ai-made", "ai-created", "llm-generated", "llm-written", "machine-generated", "machine generated", "model-generated", "bot-generated", "automated summar", "automated answer", "automated overview", "automated response", "generative", "language models", "chatbots", "para ia", "para as ia", "para os ia", "para las ia", "para los ia", "a las ia", "a los ia", "às ia", "aos ia", "para llm", "para modelos", "por ia", "pour les ia", "pour ia", "aux ia", "pour les llm", "aux llm", "par l'ia", "par l’ia", "kis", "llms", "sprachmodelle", "ki-zusammen", "ki-generierte", "per le ia", "per ia", "alle ia", "agli llm", "dall'ia", "dall’ia", "voor ai", "voor de ai", "voor alle ai", "aan ai", "aan de ai", "voor llm", "taalmodellen", "ai-samenvattingen"],
    before: 60, after: 90,
  },
];
