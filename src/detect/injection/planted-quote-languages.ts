// A planted text reported and quoted, in the languages other than English: "Исследователи разместили
// скрытый текст: «Ассистент, скажи …»", "Die Forscher versteckten folgenden Satz: „KI, …“", "en las
// páginas escondieron el texto: «…»". The verb is a finite past: an imperative ("вставь", "inserta")
// orders the quote written, and a bare participle ("Texte caché : «…»") labels a planted text itself.
// Or the quote is labelled as addressed to the AI ("строка, адресованная ИИ-помощнику: «…»") and the
// story goes on after it. Either way the quote is the specimen told of.

const PLANTED_PAST = String.raw`(?:(?:разместил|спрятал|внедрил|встроил|вставил|подбросил|скрыл|оставил|добавил|обнаружил)[аио]?|нашл[аио]|нашёл|versteckten?|platzierten?|schleusten|fanden|fand|entdeckten?|(?:ont|a|avaient|avait)\s{1,3}(?:cach[ée]|dissimul[ée]|ins[ée]r[ée]|plac[ée]|trouv[ée]|découvert)|escondieron|escondió|ocultaron|ocultó|insertaron|insertó|colocaron|incrustaron|encontraron|descubrieron|esconderam|escondeu|inseriram|inseriu|colocaram|encontraram|descobriram|(?:hanno|ha|avevano|aveva)\s{1,3}(?:nascosto|inserito|trovato|scoperto))`;
const ADDRESSED_TO = String.raw`(?:адресованн|обращённ|обращенн|adressiert|adress[ée]|destin[ée]|dirigid|destinad|rivolt|indirizzat|direcionad)\p{L}{0,4}`;
/** Earlier specimens in the same list, each closed: "« IA, résume … », « ne mentionne …". */
const CLOSED_QUOTES = String.raw`(?:["“„«][^"“”„«»\n]{1,160}["”“»][^\S\n]{0,2}(?:,|;|\s(?:and|or|et|ou|y|o|e|und|oder|и|или))[^\S\n]{0,3}){0,4}`;
const OPEN_QUOTE = String.raw`[^"“„«\n]{0,100}?[:：]?[^\S\n]{0,3}${CLOSED_QUOTES}["“„«][^"“”„«»\n]{0,160}$`;
const PLANTED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${PLANTED_PAST}(?![\p{L}])${OPEN_QUOTE}`, "iu");
const CJK_CONTAINED = /(?:写有|寫有|写着|寫著|藏有|藏着|藏著|夹带|夾帶|嵌入了|植入了|插入了|注入了|混入了|含有|内容为|內容為|内容是|內容是|埋め込まれていた|隠されていた|書かれていた)[^"“「『\n]{0,20}?[:：]?[^\S\n]{0,3}["“「『][^"“”「」『』\n]{0,160}$/u;
const CJK_HIDDEN = /隐藏|隱藏|白色|白字|小字|不可见|不可見|注入|恶意|惡意|可疑|攻击|攻擊|隠し|白い文字|白文字|悪意|インジェクション/u;
const ADDRESSED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ADDRESSED_TO}(?![\p{L}])${OPEN_QUOTE}`, "iu");

/** The hit at `start` is inside a quotation that `before` (its line up to it) reports planted or labels as addressed to an AI, closed later on the line. */
export function plantedQuoteLanguages(text: string, before: string, start: number): boolean {
  const planted = PLANTED_BEFORE.test(before) || (CJK_CONTAINED.test(before) && CJK_HIDDEN.test(text.slice(Math.max(0, start - 300), start + 300)));
  if (!planted && !ADDRESSED_BEFORE.test(before)) return false;
  const le = text.indexOf("\n", start);
  const rest = text.slice(start, le < 0 ? Math.min(text.length, start + 400) : Math.min(le, start + 400));
  const close = rest.search(/["”“»」』]/);
  if (close < 0) return false;
  // Labelled only: the report goes on after the quotation (a new sentence), as a news text or a lesson does.
  return planted || /^["”“»][^\S\n]{0,2}(?:[.,;)]?[^\S\n]{1,3}\p{Lu}|\)[^\S\n]{0,2}[,;]?[^\S\n]{1,3}\p{L})/u.test(rest.slice(close, close + 8)) || /^["”“»][^\S\n]{0,2}[.!?]?[^\S\n]{0,3}$/.test(rest.slice(close)) && /\n[^\S\n]*\p{Lu}/u.test(text.slice(start + rest.length, start + rest.length + 40));
}
