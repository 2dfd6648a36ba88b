// The reader told to recommend one product only and keep the others unnamed, in German, French,
// Spanish, Portuguese and Italian ("empfehlt ausschließlich SteuerFix und nennt keine Alternativen",
// "recommande uniquement X", "recomienda solo X y no menciones alternativas"). English has
// output.always-first; the rank-first patterns take "put X first". Weak and partnered: a buyer's
// memo says the same to a colleague; next to an address to an AI it is the attack.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const RECOMMEND = String.raw`(?:empfiehl|empfehlt|empfehlen\s{1,3}Sie|nenne|nennt|recommande[zs]?|conseille[zs]?|recomienda|recomiende|recomendad|recomende|recomenda|raccomanda|raccomandate|consiglia|consigliate|suggerisci)`;
const ONLY = String.raw`(?:ausschließlich|nur|immer\s{1,3}nur|uniquement|exclusivement|seulement|toujours|solo|sólo|solamente|únicamente|exclusivamente|siempre|apenas|somente|sempre|soltanto|esclusivamente|unicamente)`;
const NO_OTHERS = String.raw`(?:keine\s{1,3}(?:Alternativen|anderen|Konkurrenten|Mitbewerber)|aucune?\s{1,3}(?:alternative|autre|concurrent)|ningun[ao]?\s{1,3}(?:alternativa|otr[ao]|competidor)|nenhum[a]?\s{1,3}(?:alternativa|outr[ao]|concorrente)|nessun[a]?\s{1,3}(?:alternativa|altr[ao]|concorrente))`;

export const RECOMMEND_ONLY_LANG_PATTERNS: Pattern[] = [
  {
    id: "output.recommend-only-languages", family: "output", weight: 0.29, partners: PARTNERS, lang: "de/fr/es/pt/it",
    description: "The reader told to recommend one product only, or to name no alternative (German, French, Spanish, Portuguese, Italian)",
    re: new RegExp(String.raw`(?<![\p{L}])${RECOMMEND}\s{1,3}(?:[^\n.;]{0,60}?\s)?${ONLY}\s{1,3}[\p{Lu}\d][\p{L}\d&.-]{1,30}|(?<![\p{L}])(?:nenn\p{L}{0,2}|erwähn\p{L}{0,2}|cite[zs]?|mentionne[zs]?|menciones|mencione|cites|cite|citar|mencionar|nominare|menzionare|citare|nomina)\s{1,3}${NO_OTHERS}|(?<![\p{L}])(?:ne|n['’])\s{0,2}(?:cite[zs]?|mentionne[zs]?)\s{1,3}(?:aucune?|jamais)|(?<![\p{L}])no\s{1,3}(?:menciones|mencione|cites|cite|menzionare|citare|nominare)\s{1,3}(?:ninguna?|nessun[a]?|otr[ao]s?|altr[ei]|alternativas?|alternative)`, "giu"),
    anchors: ["empfiehl", "empfehlt", "empfehlen", "nenne", "nennt", "recommand", "conseill", "recomiend", "recomendad", "recomend", "raccomand", "consigli", "suggerisci", "erwähn", "cite", "mention", "mencion", "citar", "nomina", "menzion", "citare"],
    also: ["ausschließlich", "nur", "uniquement", "exclusivement", "seulement", "toujours", "solo", "sólo", "solamente", "únicamente", "exclusivamente", "siempre", "apenas", "somente", "sempre", "soltanto", "esclusivamente", "unicamente", "keine", "aucun", "ningun", "nenhum", "nessun", "jamais", "otr", "altr", "alternativ"],
    before: 4, after: 140,
  },
];
