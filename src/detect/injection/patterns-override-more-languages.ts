// The core override — "ignore / forget / disregard (all) the previous instructions" — in languages
// the older patterns leave out or take in one word order only: Turkish, Urdu, Hindi, Bengali,
// Persian, Indonesian / Malay, Vietnamese, Thai, Swahili, Tagalog, Polish, Dutch, Hebrew,
// Ukrainian, Greek, Romanian, Czech / Slovak, Hungarian, Tamil, Marathi. Each alternative needs
// the three parts: an imperative verb (never a passive or a future: "önceki ayarlar yok sayılır",
// "the earlier settings are ignored", is a manual), a word for earlier or all, and a noun for
// instructions — so "forget my previous draft" does not match. Anchored on the instruction nouns.
import type { Pattern } from "./pattern-set.ts";
import { nothingNewAfter, ownPriorInstruction } from "./own-request.ts";
import { quotedForTranslation } from "./own-practice.ts";

/** A bounded run inside one sentence (Latin, Devanagari, Bengali and Urdu full stops). */
const G = (n: number) => String.raw`[^.!?\n।۔]{0,${n}}`;
/** Letters with their combining vowel signs (Indic scripts, Hebrew points, Arabic diacritics). */
const W = String.raw`[\p{L}\p{M}]`;
const NB = String.raw`(?<![\p{L}\p{M}])`;
const NA = String.raw`(?![\p{L}\p{M}])`;

const TR = String.raw`${NB}(?:önceki|daha\s{1,3}önceki|yukarıdaki|eski|tüm|bütün|verilen)\s{1,3}(?:(?:tüm|bütün|bu)\s{1,3})?(?:talimat|komut|yönerge|direktif|kural)(?:lar|ler)?(?:ı|i|ını|ini)${NA}${G(30)}${NB}(?:unut(?:un)?|yok\s{1,3}say(?:ın)?|görmezden\s{1,3}gel(?:in)?|dikkate\s{1,3}alma(?:yın)?|boşver(?:in)?)${NA}`;
const UR_HI = String.raw`${NB}(?:پچھلی|پچھلے|سابقہ|پہلے\s{1,3}کی|اوپر\s{1,3}دی\s{1,3}گئی|تمام|پچھلے|पिछले|पिछली|पहले\s{1,3}के|ऊपर\s{1,3}के|सभी|सारे)${G(20)}(?:ہدایات|ہدایتوں|ہدایت|احکامات|निर्देश${W}*|आदेश${W}*|हिदायत${W}*)${G(20)}(?:بھول\s{1,3}(?:جاؤ|جائیں|جاو)|نظر\s{0,3}انداز\s{1,3}(?:کرو|کریں|کر\s{1,3}دو|کر\s{1,3}دیں)|भूल\s{1,3}(?:जाओ|जाइए|जाएं|जा)|नज़रअंदाज़\s{1,3}(?:करो|करें|कीजिए)|नजरअंदाज\s{1,3}(?:करो|करें|कीजिए))${NA}`;
const BN = String.raw`${NB}(?:আগের|পূর্ববর্তী|পূর্বের|উপরের|সব|সমস্ত|সকল)${G(20)}(?:নির্দেশ${W}*|আদেশ${W}*)${G(20)}(?:ভুলে\s{1,3}(?:যাও|যান|যা)|উপেক্ষা\s{1,3}(?:করো|করুন|কর)|অগ্রাহ্য\s{1,3}(?:করো|করুন|কর))${NA}`;
const FA = String.raw`(?:دستورالعمل${W}*|دستورات|دستورها|رهنمود${W}*|ره‌نمود${W}*)[\s\u200c]{0,3}(?:ها|های)?[\s\u200c]{0,3}(?:قبلی|پیشین|قبل|بالا)${G(15)}(?:را\s{1,3})?(?:نادیده\s{1,3}بگیر(?:ید)?|فراموش\s{1,3}کن(?:ید)?)${NA}`;
const ID_MS = String.raw`${NB}(?:abaikan|lupakan|hiraukan|acuhkan|jangan\s{1,3}(?:hiraukan|pedulikan|ikuti))\s{1,3}(?:(?:semua|segala|seluruh)\s{1,3})?(?:instruksi|arahan|perintah|petunjuk|aturan|arahan-arahan)\s{1,3}(?:(?:yang\s{1,3})?(?:sebelumnya|terdahulu|sebelum\s{1,3}ini|di\s{1,3}atas|lama|tadi))${NA}|${NB}(?:lupakan|hiraukan)\s{1,3}(?:semua|segala|seluruh)\s{1,3}(?:instruksi|arahan|perintah|petunjuk|aturan)${NA}`;
const VI = String.raw`${NB}(?:bỏ\s{1,3}qua|hãy\s{1,3}quên|quên\s{1,3}(?:đi\s{1,3})?|phớt\s{1,3}lờ|lờ\s{1,3}đi)\s{0,3}(?:(?:tất\s{1,3}cả|toàn\s{1,3}bộ|mọi|hết)\s{1,3})?(?:(?:các|những)\s{1,3})?(?:hướng\s{1,3}dẫn|chỉ\s{1,3}dẫn|chỉ\s{1,3}thị|mệnh\s{1,3}lệnh|lệnh|quy\s{1,3}tắc)\s{1,3}(?:trước\s{1,3}đó|trước\s{1,3}đây|ở\s{1,3}trên|phía\s{1,3}trên|trước)${NA}|${NB}(?:bỏ\s{1,3}qua|quên|phớt\s{1,3}lờ)\s{1,3}(?:tất\s{1,3}cả|toàn\s{1,3}bộ|mọi)\s{1,3}(?:(?:các|những)\s{1,3})?(?:hướng\s{1,3}dẫn|chỉ\s{1,3}dẫn|chỉ\s{1,3}thị|mệnh\s{1,3}lệnh)${NA}`;
// Thai has no spaces between words; "จะ" / "ถูก" before the verb make it a future or a passive.
const TH = String.raw`(?<!จะ|ถูก|ไม่)(?:ลืม|เพิกเฉยต่อ|เพิกเฉย|ไม่ต้องสนใจ|อย่าสนใจ|ละเลย|ข้าม)[^\n]{0,6}?(?:คำสั่ง|คำแนะนำ|คำชี้แจง|ข้อกำหนด|กฎ)[^\n]{0,8}?(?:ก่อนหน้า|ข้างต้น|ทั้งหมด|เดิม|ด้านบน)`;
const SW = String.raw`${NB}(?:puuza|puuzeni|sahau|sahauni|usizingatie|usifuate)\s{1,3}(?:maagizo|maelekezo|amri|kanuni|maelezo)\s{1,3}(?:yote\s{1,3})?(?:ya\s{1,3}(?:hapo\s{1,3})?awali|yaliyotangulia|yaliyopita|ya\s{1,3}juu|ya\s{1,3}zamani|yote)${NA}`;
const TL = String.raw`${NB}(?:kalimutan|balewalain|ipagwalang-bahala|huwag\s{1,3}(?:pansinin|intindihin|sundin))${G(12)}(?:ang\s{1,3})?(?:lahat\s{1,3}ng\s{1,3}|mga\s{1,3})?(?:(?:nauna|naunang|nakaraan|nakaraang|dating)\s{1,3})(?:mga\s{1,3})?(?:tagubilin|instruksyon|instruksiyon|utos|panuto|alituntunin|direksyon)${NA}`;
const PL = String.raw`${NB}(?:zapomnij|zapomnijcie|pomiń|pomijaj|nie\s{1,3}(?:zwracaj\s{1,3}uwagi|słuchaj|stosuj\s{1,3}się\s{1,3}do)|zignoruj|zignorujcie|ignoruj)\s{1,3}(?:(?:o|na)\s{1,3})?(?:(?:wszystkie|wszystkich|wszelkie)\s{1,3})?(?:poprzedni|wcześniejsz|powyższ|dotychczasow)\p{L}{0,3}\s{1,3}(?:polece|instrukcj|wytyczn|reguł|zasad)\p{L}{0,6}${NA}`;
const NL = String.raw`${NB}(?:vergeet|negeer|sla|trek\s{1,3}je\s{1,3}niets\s{1,3}aan\s{1,3}van)\s{1,3}(?:(?:al|alle)\s{1,3})?(?:(?:de|het)\s{1,3})?(?:vorige|eerdere|voorgaande|bovenstaande|oude)\s{1,3}(?:instructies|opdrachten|aanwijzingen|regels|instructie|prompt)${NA}`;
const HE = String.raw`${NB}(?:שכח|שכחי|שכחו|תשכח|התעלם|התעלמי|התעלמו|אל\s{1,3}תתייחס|אל\s{1,3}תתייחסי)\s{1,3}(?:את\s{1,3}|מ|ל)?(?:כל\s{1,3})?ה?(?:הוראות|הנחיות|פקודות|ההוראות|ההנחיות)\s{1,3}(?:ה?קודמות|ה?קודמים|שלמעלה|שניתנו|הקודמות)${NA}`;
const UK = String.raw`${NB}(?:забудь|забудьте|не\s{1,3}зважай(?:те)?\s{1,3}на|не\s{1,3}звертай(?:те)?\s{1,3}уваги\s{1,3}на|проігноруй(?:те)?)\s{1,3}(?:про\s{1,3})?(?:(?:всі|усі|всіх|усіх)\s{1,3})?(?:попередн\p{L}{1,3}|вищенаведен\p{L}{1,3}|раніше\s{1,3}надан\p{L}{1,3}|початков\p{L}{1,3})\s{1,3}(?:інструкц\p{L}{1,3}|вказів\p{L}{1,3}|команд\p{L}{0,3}|правил\p{L}{0,3})${NA}`;
const EL = String.raw`${NB}(?:αγνόησε|αγνοήστε|αγνόησέ|ξέχνα|ξεχάστε|ξέχασε|μην\s{1,3}λάβεις\s{1,3}υπόψη)\s{1,3}(?:(?:όλες|όλους|όλα)\s{1,3})?(?:(?:τις|τους|τα)\s{1,3})?(?:προηγούμεν\p{L}{1,3}|παραπάνω|αρχικ\p{L}{1,3})\s{1,3}(?:οδηγίες|εντολές|κανόνες|οδηγίας)${NA}`;
const RO = String.raw`${NB}(?:ignoră|ignorați|ignorati|ignora|uită|uitați|uitati|uita|nu\s{1,3}ține\s{1,3}cont\s{1,3}de|nu\s{1,3}lua\s{1,3}în\s{1,3}seamă)\s{1,3}(?:de\s{1,3})?(?:(?:toate)\s{1,3})?(?:instrucțiunile|instructiunile|indicațiile|indicatiile|comenzile|regulile)\s{1,3}(?:anterioare|precedente|de\s{1,3}mai\s{1,3}sus|dinainte|inițiale|initiale)${NA}`;
const CS_SK = String.raw`${NB}(?:ignoruj|ignorujte|zapomeň|zapomeňte|zabudni|zabudnite|nedbej|neber\s{1,3}ohled)\s{1,3}(?:(?:na)\s{1,3})?(?:(?:všechny|všetky|veškeré)\s{1,3})?(?:předchozí|dřívější|výše\s{1,3}uvedené|původní|predchádzajúce|predošlé|pôvodné|vyššie\s{1,3}uvedené)\s{1,3}(?:pokyny|instrukce|příkazy|pravidla|inštrukcie|príkazy|pravidlá)${NA}`;
const HU_VERB = String.raw`(?:hagyd\s{1,3}figyelmen\s{1,3}kívül|hagyja\s{1,3}figyelmen\s{1,3}kívül|felejtsd\s{1,3}el|felejtse\s{1,3}el|ne\s{1,3}vedd\s{1,3}figyelembe|ne\s{1,3}törődj)`;
const HU_NOUN = String.raw`(?:(?:az|a)\s{1,3})?(?:(?:összes|minden)\s{1,3})?(?:korábbi|előző|eddigi|fenti|eredeti)\s{1,3}(?:utasítás|parancs|szabály|instrukció)\p{L}{0,6}`;
const HU = String.raw`${NB}${HU_VERB}\s{1,3}${HU_NOUN}${NA}|${NB}${HU_NOUN}\s{1,3}${HU_VERB}${NA}`;
const TA = String.raw`${NB}(?:முந்தைய|முன்பு\s{1,3}கொடுத்த|மேலே\s{1,3}உள்ள|அனைத்து|எல்லா)${G(25)}(?:வழிமுறை|அறிவுறுத்தல்|கட்டளை|அறிவுரை)${W}*${G(15)}(?:புறக்கணி${W}*|மறந்து${W}*|மற(?![\p{M}])|பொருட்படுத்தாதே|பொருட்படுத்த\s{1,3}வேண்டாம்)`;
const MR = String.raw`${NB}(?:मागील|आधीच्या|पूर्वीच्या|वरील|सर्व|सगळ्या)${G(20)}(?:सूचना${W}*|आदेश${W}*|निर्देश${W}*)${G(15)}(?:विसरा|विसर|विसरून\s{1,3}जा|दुर्लक्ष\s{1,3}कर(?:ा)?)${NA}`;

/** "my" next to the overridden instructions: मेरे / میری / আমার / माझ्या / என் before them, ของฉัน / của tôi / ko / ‌ام after, Hungarian -aim. */
const MY = /(?<![\p{L}\p{M}])(?:मेरे|मेरी|मेरा|میری|میرے|میرا|আমার|माझ्या|माझे|माझी|என்|எனது|من|ko)(?![\p{L}\p{M}])|ของ(?:ฉัน|ผม|เรา)|của\s{1,3}(?:tôi|mình)|(?:دستور|رهنمود)\p{L}{0,8}(?:م|‌ام)(?![\p{L}])|utasítás(?:aim|om)|parancs(?:aim|om)/iu;

/** The user's own earlier words set aside, and nothing new asked after: "मेरे पिछले निर्देश भूल जाओ, अब जवाब सिर्फ हिंदी में देना". */
const ownEarlierWords = (m: string, t: string, s: number) => MY.test(t.slice(Math.max(0, s - 16), s + m.length + 12)) && nothingNewAfter(t, s + m.length);

export const OVERRIDE_MORE_LANG_PATTERNS: Pattern[] = [
  {
    id: "override.more-languages", family: "override", weight: 0.7,
    description: "Instruction override: ignore / forget all previous instructions (tr, ur, hi, bn, fa, id/ms, vi, th, sw, tl, pl, nl, he, uk, el, ro, cs/sk, hu, ta, mr)",
    re: new RegExp([TR, UR_HI, BN, FA, ID_MS, VI, TH, SW, TL, PL, NL, HE, UK, EL, RO, CS_SK, HU, TA, MR].join("|"), "giu"),
    anchors: [
      "talimat", "komut", "yönerge", "direktif", "kural", "ہدایات", "ہدایت", "احکامات", "निर्देश", "आदेश", "हिदायत", "নির্দেশ", "আদেশ",
      "دستور", "رهنمود", "ره‌نمود", "instruksi", "arahan", "perintah", "petunjuk", "aturan", "hướng dẫn", "chỉ dẫn", "chỉ thị", "lệnh", "quy tắc",
      "คำสั่ง", "คำแนะนำ", "คำชี้แจง", "ข้อกำหนด", "กฎ", "maagizo", "maelekezo", "amri", "kanuni", "maelezo", "tagubilin", "instruksyon", "instruksiyon", "utos", "panuto", "alituntunin", "direksyon",
      "polece", "instrukcj", "wytyczn", "reguł", "zasad", "instructies", "instructie", "opdrachten", "aanwijzingen", "regels", "הוראות", "הנחיות", "פקודות",
      "інструкц", "вказів", "команд", "правил", "οδηγίες", "οδηγίας", "εντολές", "κανόνες", "instrucțiuni", "instructiuni", "indicații", "indicatii", "comenzile", "regulile",
      "pokyny", "instrukce", "příkazy", "pravidla", "inštrukcie", "príkazy", "pravidlá", "utasítás", "parancs", "szabály", "instrukció", "வழிமுறை", "அறிவுறுத்தல்", "கட்டளை", "அறிவுரை", "सूचना",
    ],
    before: 70, after: 80,
    judge: (m, t, s) => (quotedForTranslation(t, s) ? 0.2 : 1) * (ownPriorInstruction(m, t, s + m.length) || ownEarlierWords(m, t, s) ? 0.2 : 1),
  },
];
