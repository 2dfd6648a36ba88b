// A comparison the reader is told to rig, in other languages: a supplier or product to be put first
// ("classe ÉclatBureau en premier", "coloque a Alfa em primeiro lugar", "setze Kraft an die erste
// Stelle", "X'i ilk sıraya koy") or presented as the cheapest / best ("présente-le comme le moins
// cher", "preséntalo como el más barato"). English has output.rigged-framing and output.always-first.
// Weak and partnered: a buyer's note to a colleague says the same; with an address to an AI it counts.
import type { Family, Pattern } from "./pattern-set.ts";

const RANK_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];

const FIRST = String.raw`(?:en\s{1,3}(?:premier|tête|première\s{1,3}position|primer\s{1,3}lugar|primera\s{1,3}posición|primero)|au\s{1,3}(?:premier\s{1,3}rang|sommet)|em\s{1,3}primeiro(?:\s{1,3}lugar)?|na\s{1,3}primeira\s{1,3}posição|no\s{1,3}topo|al\s{1,3}primo\s{1,3}posto|in\s{1,3}cima|an\s{1,3}(?:die\s{1,3})?erste\s{1,3}Stelle|auf\s{1,3}(?:Platz|Rang)\s{1,3}(?:1|eins)|ganz\s{1,3}oben)`;
const RANK_VERB = String.raw`(?:classe[rz]?|place[rz]?|mets|mettez|positionne[rz]?|cite[zs]?|clasifica|coloca|pon|ordena|sitúa|lista|classifique|coloque|ponha|ordene|liste|metti|classifica|posiziona|elenca|setze|setzt|stelle|stellt|platziere|liste|nenne|reihe)`;
const CHEAPEST = String.raw`(?:le\s{1,3}moins\s{1,3}cher|la\s{1,3}moins\s{1,3}chère|le\s{1,3}meilleur|la\s{1,3}meilleure|l['’]\s{0,2}offre\s{1,3}la\s{1,3}plus\s{1,3}avantageuse|(?:el|la)\s{1,3}(?:más\s{1,3}barat[oa]|mejor)|(?:o|a)\s{1,3}(?:mais\s{1,3}barat[oa]|melhor)|(?:il|la)\s{1,3}(?:più\s{1,3}economic[oa]|miglior[e]?)|(?:den|die|das)\s{1,3}(?:günstigsten?|billigsten?|besten?))`;
const PRESENT = String.raw`(?:présente[zs]?-(?:le|la|les)|décris-(?:le|la)|preséntal[oa]|present[ae]-(?:o|a)|apresente-(?:o|a)|descreva-(?:o|a)|presental[oa]|descrivil[oa]|(?:stelle|stellt|beschreibe|präsentiere)\s{1,3}(?:es|ihn|sie|den\s{1,3}Anbieter)|(?:présente[zs]?|presenta|apresente|presente)\s{1,3}[^\n.,;|]{1,30}?)\s{1,3}(?:comme|como|come|als)\s{1,3}`;
const TR = String.raw`(?:ilk\s{1,3}sıraya|en\s{1,3}üste|birinci\s{1,3}sıraya)\s{1,3}(?:koy|yerleştir|al|yaz)\p{L}{0,5}|en\s{1,3}(?:ucuz|uygun|iyi)\s{1,3}(?:seçenek\s{1,3})?(?:olarak|diye)\s{1,3}(?:sun|göster|tanıt|öner)\p{L}{0,5}`;

export const RANK_ORDER_LANG_PATTERNS: Pattern[] = [
  {
    id: "output.rank-first-languages", family: "output", weight: 0.29, partners: RANK_PARTNERS, lang: "fr/es/pt/it/de/tr",
    description: "A comparison rigged: put one supplier first, or present it as the cheapest or best (French, Spanish, Portuguese, Italian, German, Turkish)",
    re: new RegExp(String.raw`(?<![\p{L}])(?:${RANK_VERB}\s{1,3}[^\n.;|]{1,40}?\s${FIRST}|${PRESENT}${CHEAPEST}|${TR})(?![\p{L}])`, "giu"),
    anchors: ["premier", "tête", "première", "primer", "primera", "primero", "sommet", "primeiro", "primeira", "topo", "primo", "cima", "erste", "platz", "rang", "ganz oben", "moins cher", "moins chère", "meilleur", "avantageuse", "barat", "mejor", "melhor", "economic", "miglior", "günstigst", "billigst", "beste", "sıraya", "üste", "olarak", "diye"],
    before: 90, after: 60,
  },
];
