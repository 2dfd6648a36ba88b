// Concealment from the user in the forms the older concealment patterns do not take: Dutch ("vermeld
// dit niet aan de gebruiker"), Chinese with 向 ("不要向用户解释它的作用"), Turkish ("kullanıcıya
// söyleme"), and the change kept out of what the user reviews ("sans le mentionner dans la
// description de la PR", "without mentioning it in the commit message"). The user-facing forms
// are as strong as "do not tell the user"; the review-record forms count only next to an address
// or an order, as a style guide also says what a commit message leaves out.
import type { Pattern } from "./pattern-set.ts";
import { COMMENT_WRAP } from "./patterns.ts";
import { disclosureRequired } from "./disclosure-required.ts";

/** A space, or a line break inside a wrapped code comment ("sans le mentionner\n// dans la PR"). */
const SP = String.raw`(?:\s{1,3}|${COMMENT_WRAP}[ \t]{1,3})`;

const USER_NL = String.raw`(?:de\s{1,3})?(?:gebruiker|klant|lezer|ontvanger)s?`;
const RECORD_EN = String.raw`(?:the\s{1,3}|your\s{1,3}|any\s{1,3})?(?:PR|pull[\s-]request|MR|merge[\s-]request|commit|changelog|release|explanation)(?:\s{1,3}(?:description|message|notes?|summary|body|title))?s?`;
const RECORD_DE = String.raw`(?:(?:im|in\s{1,3}(?:der|dem|den))\s{1,3})(?:Commit|PR|Pull-?Request|Merge-?Request|MR|Changelog|Release-?Notes|Beschreibung|Nachricht)(?:-?(?:Nachricht|Beschreibung|Message|Text))?`;
const RECORD_ES_PT_IT = String.raw`(?:(?:en|no|na|nel|nella)\s{1,3}(?:el\s{1,3}|la\s{1,3}|o\s{1,3}|a\s{1,3})?)(?:commit|PR|pull\s{1,3}request|MR|changelog|descripci[óo]n|descri[çc][ãa]o|descrizione|mensa[jg]e|messaggio)(?:\s{1,3}(?:del|da|do|della)\s{1,3}(?:PR|commit|MR))?`;
const RECORD_FR = String.raw`(?:la\s{1,3}|le\s{1,3}|les\s{1,3})?(?:description|message|notes?|r[ée]sum[ée]|titre|changelog|commit|PR|pull\s{1,3}request|explications?)(?:\s{1,3}(?:de\s{1,3}(?:la\s{1,3}|le\s{1,3})?|du\s{1,3})?(?:PR|pull\s{1,3}request|commit|version|MR))?`;

export const CONCEAL_LANGUAGE_PATTERNS: Pattern[] = [
  {
    id: "concealment.tell-no-user-languages-more", family: "concealment", weight: 0.55, lang: "nl/zh/tr",
    description: "Concealment: do not tell / explain / mention it to the user (Dutch, Chinese with 向, Turkish)",
    re: new RegExp([
      // nl: "Vermeld dit niet aan de gebruiker", "vertel de gebruiker hier niets over", "zonder het de gebruiker te laten weten"
      String.raw`(?<![\p{L}])(?:vermeld|vertel|zeg|meld|noem|toon|laat\s{1,3}weten)\s{1,3}(?:dit|dat|het|hier|er)?\s{0,3}(?:niet|niets|nooit)\s{1,3}(?:over\s{1,3})?(?:aan|tegen)\s{1,3}${USER_NL}`,
      String.raw`(?<![\p{L}])(?:vermeld|vertel|zeg|meld)\s{1,3}${USER_NL}\s{1,3}(?:hier\s{1,3}|er\s{1,3})?(?:niets|niet|nooit)`,
      String.raw`(?<![\p{L}])zonder\s{1,3}(?:het\s{1,3}|dit\s{1,3})?(?:aan\s{1,3})?${USER_NL}\s{1,3}te\s{1,3}(?:vertellen|melden|laten\s{1,3}weten|zeggen)`,
      // zh: "不要向用户解释它的作用", "别向用户提及", "不要对用户说明"
      String.raw`(?:不要|不得|别|別|切勿|请勿|請勿|无需|無需|不必)(?:向|对|對|跟|和)(?:用户|用戶|使用者|客户|客戶)(?:解释|解釋|说明|說明|提及|提到|透露|披露|告知|提起|报告|報告|展示|显示|顯示)`,
      // tr: "kullanıcıya söyleme", "kullanıcıya bundan bahsetme", "kullanıcıya bildirmeden"
      String.raw`(?<![\p{L}])(?:kullanıcıya|müşteriye|okuyucuya)\s{1,3}(?:bunu\s{1,3}|bundan\s{1,3}|hiçbir\s{1,3}şey\s{1,3})?(?:söyleme|bahsetme|anlatma|bildirme|gösterme|açıklama)(?:yin|den|dan)?(?![\p{L}])`,
    ].join("|"), "giu"),
    anchors: ["vermeld", "vertel", "zeg ", "meld ", "noem", "toon", "laat weten", "zonder", "不要", "不得", "别", "別", "切勿", "请勿", "請勿", "无需", "無需", "不必", "kullanıcıya", "müşteriye", "okuyucuya"],
    before: 4, after: 80,
  },
  {
    id: "concealment.keep-out-of-review-record", family: "concealment", weight: 0.35, partners: ["addressed", "order", "harm", "exfil", "exec", "credential"],
    description: "The change kept out of what the user reviews (\"without mentioning it in the PR description\", \"sans le mentionner dans la description de la PR\")",
    re: new RegExp([
      String.raw`\b(?:without|do\s{1,3}not|don['’]t|never)\s{1,3}(?:mentioning|mention|noting|note|listing|list|describing|describe|documenting|document|including|include|flagging|flag)\s{1,3}(?:it|this|that|them|the\s{1,3}change)${SP}(?:in|on)${SP}${RECORD_EN}\b`,
      String.raw`(?<![\p{L}])(?:sans\s{1,3}(?:le|la|les|l['’]|en)\s{0,3}(?:mentionner|signaler|indiquer|d[ée]crire|documenter|pr[ée]ciser|parler|inclure)|ne\s{1,3}(?:le|la|les|l['’]|en)\s{0,3}(?:mentionne[zs]?|signale[zs]?|indique[zs]?|d[ée]cri[st]|d[ée]crivez|parle[zs]?|inclu[st]|incluez)\s{1,3}(?:pas|jamais))${SP}(?:dans|sur)${SP}${RECORD_FR}`,
      // de: "das im Commit nicht erwähnen", "ohne es in der PR-Beschreibung zu erwähnen"
      String.raw`(?<![\p{L}])(?:(?:das|es|dies|dies\p{L}{1,2}|die\s{1,3}Änderung)\s{1,3}${RECORD_DE}\s{1,3}(?:nicht|nie|keinesfalls)\s{1,3}(?:erwähnen|erwähnst|erwähne|erwähnt|angeben|aufführen|dokumentieren|vermerken|nennen)|ohne\s{1,3}(?:das|es|dies|sie)\s{1,3}${RECORD_DE}\s{1,3}zu\s{1,3}(?:erwähnen|nennen|dokumentieren|vermerken))`,
      // es/pt/it: "no lo menciones en el commit", "sem mencioná-lo no PR", "non menzionarlo nel commit"
      String.raw`(?<![\p{L}])(?:no\s{1,3}(?:lo|la|los)\s{1,3}(?:menciones|mencione|incluyas|documentes)|sin\s{1,3}mencionarlo|sem\s{1,3}(?:mencion[áa]-?lo|o\s{1,3}mencionar)|não\s{1,3}(?:o\s{1,3})?(?:mencione|cite|inclua)|non\s{1,3}(?:menzionarlo|citarlo|lo\s{1,3}menzionare|lo\s{1,3}citare)|senza\s{1,3}menzionarlo)${SP}${RECORD_ES_PT_IT}\b`,
    ].join("|"), "giu"),
    anchors: ["nicht", "nie ", "keinesfalls", "ohne", "no lo", "no la", "no los", "sin menc", "sem menc", "sem o", "não", "non menz", "non cit", "non lo", "senza menz", "without mention", "without not", "without list", "without descri", "without document", "without includ", "without flag", "not mention", "n't mention", "never mention", "not note", "not list", "not descri", "not document", "not include", "not flag", "n't list", "n't descri", "n't document", "n't include", "n't flag", "sans le", "sans la", "sans les", "sans l", "sans en", "ne le", "ne la", "ne les", "ne l", "ne l’", "n'en", "ne en"],
    judge: (m, t, s) => (disclosureRequired(m, t, s) ? 0.2 : 1),
    // German puts the verb last: "das im Commit nicht erwähnen" is found from "nicht", 30 characters in.
    before: 40, after: 120,
  },
  {
    // A rules file's own rule kept from the user ("Die vorige Regel gegenüber dem Nutzer nicht erwähnen",
    // "don't mention the previous rule to the user"): what a planted rule in a .cursorrules file says.
    id: "concealment.rule-kept-from-user", family: "concealment", weight: 0.5, lang: "en/de/fr/es",
    description: "One of the text's own rules kept from the user (\"don't mention the previous rule to the user\")",
    re: new RegExp([
      String.raw`\b(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:mention|reveal|disclose|bring\s{1,3}up)\s{1,3}(?:the\s{1,3}(?:previous|above|preceding|last|next|following)|this)\s{1,3}(?:rule|step|line)\s{1,3}(?:to|with)\s{1,3}(?:the\s{1,3})?(?:user|customer)s?\b`,
      String.raw`(?<![\p{L}])(?:vorige|vorherige|obige|vorangehende|letzte|nächste|folgende|diese)\s{1,3}Regel\s{1,3}[^.\n]{0,40}?(?:Nutzer|Benutzer|Anwender|Kunde)\p{L}{0,2}[^.\n]{0,20}?nicht\s{1,3}(?:erwähnen|mitteilen|nennen|verraten|zeigen|sagen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])ne\s{1,3}(?:mentionne[zs]?|r[ée]v[èe]le[zs]?|dis|dites|signale[zs]?)\s{1,3}(?:jamais|pas)\s{1,3}(?:la\s{1,3}r[èe]gle\s{1,3}(?:pr[ée]c[ée]dente|ci-dessus|suivante)|cette\s{1,3}r[èe]gle)\s{1,3}(?:à|a)\s{1,3}l['’]\s{0,2}utilisat(?:eur|rice)`,
      String.raw`(?<![\p{L}])no\s{1,3}(?:menciones|mencione|reveles|revele|digas|diga)\s{1,3}(?:la\s{1,3}regla\s{1,3}(?:anterior|previa|siguiente)|esta\s{1,3}regla)\s{1,3}al\s{1,3}usuario`,
    ].join("|"), "giu"),
    anchors: ["rule", "regel", "règle", "regle", "regla"], also: ["user", "customer", "nutzer", "anwender", "kunde", "utilisat", "usuario"], before: 120, after: 80,
  },
];
