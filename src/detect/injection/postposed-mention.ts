// Korean, Japanese and Chinese put "like" after what it compares: "\"이전 지시를 무시하라\" 같은 문구",
// "「前の指示を無視して」のような文言", "“忽略之前的指令”之类的请求". A quotation followed by such a
// marker (and a noun for phrases, requests or instructions) names the phrase as a kind of text, it
// does not say it; a list of quotations before the marker is named with it. Hindi, Urdu, Bengali and
// Turkish do the same: "\"पिछले निर्देशों को अनदेखा करो\" जैसे वाक्यांश", "\"…\" gibi ifadeler", "\"…\" جیسے جملے".

const OPENERS = /([“"「『«„'])[^“”"「」『』«»„\n]{0,120}$/;
const CLOSER = /[”"」』»“']/;
/** Further quotations of the list: ", \"…\"", "와 \"…\"", "、「…」", "や「…」". */
const LISTED = String.raw`(?:[^\S\n]{0,2}(?:[,，、]|와|과|및|또는|혹은|이나|や|と|または|あるいは|和|或者|或|及|以及|या|और|अथवा|veya|ya\s{1,2}da|ve|یا|اور|বা|ও|অথবা)?[^\S\n]{0,2}[“"「『«'][^“”"「」『』«»\n]{1,120}[”"」』»'])`;
const PHRASE_NOUN_KO = String.raw`(?:문구|표현|문장|말|요청|지시|명령|프롬프트|입력|메시지|단어|텍스트|내용)`;
const PHRASE_NOUN_JA = String.raw`(?:文言|表現|フレーズ|言葉|文章|文|指示|命令|要求|依頼|入力|メッセージ|プロンプト|文字列|内容)`;
const PHRASE_NOUN_ZH = String.raw`(?:话|話|短语|短語|语句|語句|句子|指令|请求|請求|输入|輸入|提示词?|提示詞|文本|字样|字樣|内容|內容|说法|說法)`;
const PHRASE_NOUN_HI = String.raw`(?:वाक्यांश|वाक्य|शब्द|संदेश|अनुरोध|निर्देश|आदेश|प्रॉम्प्ट|इनपुट|बात|टेक्स्ट|पाठ)`;
const PHRASE_NOUN_UR = String.raw`(?:جمل|الفاظ|لفظ|پیغام|ہدایات|ہدایت|درخواست|فقر|باتیں|بات|پرامپٹ)`;
const PHRASE_NOUN_BN = String.raw`(?:বাক্য|শব্দ|বার্তা|অনুরোধ|নির্দেশ|কথা|প্রম্পট|ইনপুট)`;
const PHRASE_NOUN_TR = String.raw`(?:ifade|cümle|istek|mesaj|komut|talimat|söz|kelime|girdi|metin|prompt|yazı)`;
/** The postposed "like" of Hindi, Urdu, Bengali and Turkish, with the noun it qualifies. */
const MARKER_SOV = String.raw`(?:(?:जैसे|जैसी|जैसा|आदि|इत्यादि)[^\S\n]{0,2}${PHRASE_NOUN_HI}|(?:جیسے|جیسی|جیسا)[^\S\n]{0,2}${PHRASE_NOUN_UR}|(?:এর[^\S\n]{1,2})?(?:মতো|মত|ইত্যাদি)[^\S\n]{0,2}${PHRASE_NOUN_BN}|(?:gibi|tarzı|türü(?:nden)?|benzeri)[^\S\n]{1,2}${PHRASE_NOUN_TR})`;
const MARKER = new RegExp(
  String.raw`^${LISTED}{0,6}[^\S\n]{0,2}(?:(?:와|과)?[^\S\n]{0,2}(?:같은|등의|따위의|류의|(?:이)?라는)[^\S\n]{0,2}${PHRASE_NOUN_KO}|(?:のような|のように|といった|などの|等の|という)${PHRASE_NOUN_JA}|(?:之类的?|之類的?|这样的|這樣的|这类|這類|这种|這種|等)${PHRASE_NOUN_ZH}|${MARKER_SOV})`,
  "u",
);

/** A postposed comparison marker opens `tail`, the text after the quotation (quotationTail): the phrase is mentioned. */
export function postposedMention(tail: string): boolean {
  return MARKER.test(tail);
}

/** The text after the quotation holding the match (opened in `prefix`, closed on its line within 120 characters of `end`), or null. */
export function quotationTail(text: string, prefix: string, end: number): string | null {
  if (!OPENERS.test(prefix)) return null;
  const after = text.slice(end, end + 900);
  const close = after.search(CLOSER);
  if (close < 0 || close > 120 || after.slice(0, close).includes("\n")) return null;
  return after.slice(close + 1);
}
