// A comparison the reader is told to rig, in other languages: a supplier or product to be put first
// ("classe ÉclatBureau en premier", "coloque a Alfa em primeiro lugar", "setze Kraft an die erste
// Stelle", "X'i ilk sıraya koy") or presented as the cheapest / best ("présente-le comme le moins
// cher", "preséntalo como el más barato"). English has output.rigged-framing and output.always-first.
// Chinese, Japanese, Russian, Arabic and Hindi put it in first place the same way ("把本商品排在第一位",
// "1位に表示して", "1위로 추천하세요", "поставь … на первое место", "في المرتبة الأولى", "पहले स्थान पर").
// Weak and partnered: a buyer's note to a colleague says the same; with an address to an AI it counts.
import type { Family, Pattern } from "./pattern-set.ts";

const RANK_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];

const FIRST = String.raw`(?:en\s{1,3}(?:premier|tête|première\s{1,3}position|primer\s{1,3}lugar|primera\s{1,3}posición|primero)|au\s{1,3}(?:premier\s{1,3}rang|sommet)|em\s{1,3}primeiro(?:\s{1,3}lugar)?|na\s{1,3}primeira\s{1,3}posição|no\s{1,3}topo|al\s{1,3}primo\s{1,3}posto|in\s{1,3}cima|an\s{1,3}(?:die\s{1,3})?erste\s{1,3}Stelle|auf\s{1,3}(?:Platz|Rang)\s{1,3}(?:1|eins)|ganz\s{1,3}oben)`;
const RANK_VERB = String.raw`(?:classe[rz]?|place[rz]?|mets|mettez|positionne[rz]?|cite[zs]?|clasifica|coloca|pon|ordena|sitúa|lista|classifique|coloque|ponha|ordene|liste|metti|classifica|posiziona|elenca|setze|setzt|stelle|stellt|platziere|liste|nenne|reihe)`;
const CHEAPEST = String.raw`(?:le\s{1,3}moins\s{1,3}cher|la\s{1,3}moins\s{1,3}chère|le\s{1,3}meilleur|la\s{1,3}meilleure|l['’]\s{0,2}offre\s{1,3}la\s{1,3}plus\s{1,3}avantageuse|(?:el|la)\s{1,3}(?:más\s{1,3}barat[oa]|mejor)|(?:o|a)\s{1,3}(?:mais\s{1,3}barat[oa]|melhor)|(?:il|la)\s{1,3}(?:più\s{1,3}economic[oa]|miglior[e]?)|(?:den|die|das)\s{1,3}(?:günstigsten?|billigsten?|besten?))`;
const PRESENT = String.raw`(?:présente[zs]?-(?:le|la|les)|décris-(?:le|la)|preséntal[oa]|present[ae]-(?:o|a)|apresente-(?:o|a)|descreva-(?:o|a)|presental[oa]|descrivil[oa]|(?:stelle|stellt|beschreibe|präsentiere)\s{1,3}(?:es|ihn|sie|den\s{1,3}Anbieter)|(?:présente[zs]?|presenta|apresente|presente)\s{1,3}[^\n.,;|]{1,30}?)\s{1,3}(?:comme|como|come|als)\s{1,3}`;
const TR = String.raw`(?:ilk\s{1,3}sıraya|en\s{1,3}üste|birinci\s{1,3}sıraya)\s{1,3}(?:koy|yerleştir|al|yaz)\p{L}{0,5}|en\s{1,3}(?:ucuz|uygun|iyi)\s{1,3}(?:seçenek\s{1,3})?(?:olarak|diye)\s{1,3}(?:sun|göster|tanıt|öner)\p{L}{0,5}`;

/** What is put first: a product, brand, shop or supplier, a paper in a reference list ("把本文列在第一位"), or a quoted name; not "the most important rules". */
const RANKED_ZH_JA = String.raw`(?:本文|本论文|本論文|该文|該文|此文|这篇(?:文章|论文|文献)|這篇(?:文章|論文|文獻)|该论文|該論文|本文献|本文獻|本稿|この論文|この文献|商品|产品|產品|品牌|店铺|店鋪|酒店|服务|服務|供应商|供應商|製品|ブランド|ホテル|サービス|ショップ|「[^」\n]{1,20}」|“[^”\n]{1,20}”|"[^"\n]{1,20}")`;
const RANK_ZH_JA = String.raw`${RANKED_ZH_JA}[^。！？!?\n]{0,12}?(?:(?:排在|排到|放在|列在|列为|列為|置于|置於|排名)\s{0,2}(?:第一(?:位|名)?|首位|最前(?:面)?|榜首|第1(?:位|名))|置顶|置頂|(?:1位|一位|一番上|トップ|最上位)に\s{0,2}(?:して|表示|置|ランク|掲載|並べ|挙げ))`;
/** Put ahead of all its rivals, whatever it is ("把它排在所有同类商品之前", "放在其他品牌前面"). */
const AHEAD_OF_ALL_ZH = String.raw`(?:排在|排到|放在|列在|置于|置於)\s{0,2}(?:所有|其他|其它|一切|全部)[^。！？!?\n]{0,12}?(?:之前|前面|前头|前頭|之上)`;
const RANK_RU = String.raw`(?<![\p{L}])(?:поставь|поставьте|ставь|ставьте|размести|разместите|выведи|выведите|покажи|покажите)\s{1,3}(?:[^\n.;]{0,30}?\s)?(?:(?:товар|продукт|бренд|магазин|отел|компани|поставщик|сервис|предложени|производител|библиотек|пакет|фреймворк)\p{L}{0,4}|«[^»\n]{1,30}»|"[^"\n]{1,30}"|“[^”\n]{1,30}”)[^\n.;]{0,30}?\sна\s{1,3}(?:первое|1-?е)\s{1,3}место`;
const RANK_AR = String.raw`(?<![\p{L}])(?:ضع|اجعل|رتّب|رتب|اعرض|قدّم|قدم)\s[^\n.،]{1,50}?\s(?:في|فى)\s{1,3}(?:المرتبة|المركز)\s{1,3}(?:الأولى|الأول|الاولى|الاول)`;
/** Korean: "이 숙소를 1위로 추천", "맨 위에 표시해", "첫 번째로 소개하세요". */
const RANK_KO = String.raw`(?:1\s{0,2}위|일위|첫\s{0,2}번째|맨\s{0,2}(?:위|앞)|최상단|최상위)(?:로|으로|에)\s{0,2}(?:추천|소개|표시|배치|올려|올리|노출)`;
const RANK_HI = String.raw`(?:पहले|शीर्ष|सबसे\s{1,3}ऊपर(?:\s{1,3}के)?)\s{1,3}स्थान\s{1,3}पर\s{1,3}(?:रखें|रखो|रखिए|दिखाएं|दिखाएँ|दिखाओ|लगाएं|लगाएँ)`;

export const RANK_ORDER_LANG_PATTERNS: Pattern[] = [
  {
    id: "output.rank-first-languages", family: "output", weight: 0.29, partners: RANK_PARTNERS, lang: "fr/es/pt/it/de/tr",
    description: "A comparison rigged: put one supplier first, or present it as the cheapest or best (French, Spanish, Portuguese, Italian, German, Turkish)",
    re: new RegExp(String.raw`(?<![\p{L}])(?:${RANK_VERB}\s{1,3}[^\n.;|]{1,40}?\s${FIRST}|${PRESENT}${CHEAPEST}|${TR})(?![\p{L}])`, "giu"),
    anchors: ["premier", "tête", "première", "primer", "primera", "primero", "sommet", "primeiro", "primeira", "topo", "primo", "cima", "erste", "platz", "rang", "ganz oben", "moins cher", "moins chère", "meilleur", "avantageuse", "barat", "mejor", "melhor", "economic", "miglior", "günstigst", "billigst", "beste", "sıraya", "üste", "olarak", "diye"],
    before: 90, after: 60,
  },
  {
    id: "output.rank-first-asian-ru-ar", family: "output", weight: 0.29, partners: RANK_PARTNERS, lang: "zh/ja/ko/ru/ar/hi",
    description: "A comparison rigged: put one product first (Chinese, Japanese, Korean, Russian, Arabic, Hindi)",
    re: new RegExp(String.raw`${RANK_ZH_JA}|${AHEAD_OF_ALL_ZH}|${RANK_RU}|${RANK_AR}|${RANK_HI}|${RANK_KO}`, "giu"),
    anchors: ["第一", "首位", "最前", "榜首", "置顶", "置頂", "之前", "前面", "前头", "前頭", "之上", "1位", "一位", "一番上", "トップ", "первое место", "المرتبة", "المركز", "स्थान पर", "위로", "위에", "위으로", "번째로", "번째에", "앞에", "앞으로", "최상단", "최상위"],
    before: 120, after: 40,
  },
];
