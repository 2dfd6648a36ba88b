// A line that introduces the quoted lines under it as sentences of a kind, in the document's own
// language: "with sentences like these inserted:", "con frases como estas:", "mit Sätzen wie
// diesen:", "次のような文を入れた…：", "这样的句子：", "다음과 같은 문장을 …:", "ऐसे वाक्य डाले गए थे:".
// The writer shows the reader what the sentences say (a test's inputs, a product doc's refused
// samples); an order planted for a model is not announced to the reader as a sample of sentences.

/** A kind of sentences named by "such / like these / the following", per language. */
const SENTENCES_OF_A_KIND = [
  String.raw`(?<![\p{L}])(?:sentences?|phrases?|lines|strings|examples?|samples?|specimens?)\s{1,3}(?:like|such\s{1,3}as)\s{1,3}(?:these|this(?:\s{1,3}one)?|the\s{1,3}following)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:such|these|the\s{1,3}following)\s{1,3}(?:sentences|phrases|examples|samples|specimens)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:frases|oraciones|ejemplos|exemplos|muestras|amostras|frasi|esempi|campioni)\s{1,3}(?:como\s{1,3}(?:estas|estos|estes|las\s{1,3}siguientes|los\s{1,3}siguientes|as\s{1,3}seguintes|os\s{1,3}seguintes)|come\s{1,3}(?:queste|questi|le\s{1,3}seguenti|i\s{1,3}seguenti)|del\s{1,3}tipo|do\s{1,3}tipo|siguientes|seguintes|seguenti)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:estas|las\s{1,3}siguientes|as\s{1,3}seguintes|queste|le\s{1,3}seguenti)\s{1,3}(?:frases|oraciones|frasi)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:phrases|exemples|échantillons)\s{1,3}(?:comme\s{1,3}(?:celles-ci|ceux-ci|les\s{1,3}suivantes|les\s{1,3}suivants)|suivantes|suivants|du\s{1,3}type|de\s{1,3}ce\s{1,3}type)(?![\p{L}])|(?<![\p{L}])(?:ces|les)\s{1,3}phrases\s{1,3}suivantes(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:Sätze\p{L}?|Formulierungen|Beispiele\p{L}?)\s{1,3}wie\s{1,3}(?:diese\p{L}?|folgende\p{L}?|die\s{1,3}folgenden)(?![\p{L}])|(?<![\p{L}])(?:folgende\p{L}?|solche\p{L}?)\s{1,3}(?:Sätze\p{L}?|Formulierungen|Beispiele\p{L}?)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:таки\p{L}{1,2}|следующи\p{L}{1,2}|подобн\p{L}{1,2}|наступн\p{L}{1,2})\s{1,3}(?:фраз\p{L}{0,3}|предложени\p{L}{1,3}|речен\p{L}{1,3}|пример\p{L}{0,3}|приклад\p{L}{0,3})(?![\p{L}])`,
  String.raw`(?:次の|以下の|この|その)?ような(?:文|文章|一文|フレーズ|例)|(?:次|以下)の(?:文|文章|例)`,
  String.raw`(?:这样|這樣|如下|以下|类似|類似)的?(?:句子|语句|語句|文字|示例|样本|樣本|例子)`,
  String.raw`(?:다음과\s{0,2}같은|이런|이와\s{0,2}같은|아래와\s{0,2}같은)\s{0,2}(?:문장|문구|예시|샘플)`,
  String.raw`(?:ऐसे|ऐसी|इस\s{1,3}तरह\s{1,3}के|निम्नलिखित|निम्न)\s{1,3}(?:वाक्य|वाक्यों|उदाहरण|नमूने)`,
  String.raw`(?<![\p{L}])(?:جملا?ً?|جمل|عبارات|أمثلة)\s{1,3}(?:مثل|كالتالي|التالية|من\s{1,3}قبيل)|(?:الجمل|العبارات)\s{1,3}التالية`,
  String.raw`(?<![\p{L}])(?:şu|aşağıdaki|bu\s{1,3}tür|böyle)\s{1,3}(?:cümle\p{L}{0,4}|ifade\p{L}{0,4}|örnek\p{L}{0,4})`,
  // "Sample texts / example messages" name shown samples too ("One of the sample texts reads:", "Örnek metinlerden biri şöyle:").
  String.raw`(?<![\p{L}])(?:sample|example|örnek)\s{1,3}(?:texts?|messages?|metin\p{L}{0,8}|mesaj\p{L}{0,8})(?![\p{L}])`,
  // Lures a phishing-awareness course quotes: "Common lures:", "常见话术示例：", "Typische Maschen:", "Типичные фразы мошенников:".
  String.raw`(?<![\p{L}])(?:(?:common|typical|example|sample)\s{1,3}(?:lures?|scam\s{1,3}(?:lines|messages|scripts|phrases)|phishing\s{1,3}(?:lines|messages|texts|e-?mails|phrases))|lures?\s{1,3}(?:like|such\s{1,3}as)|typische\p{L}?\s{1,3}(?:Maschen|Betrugsmaschen|Phishing-\p{L}+|Sätze)|(?:frases|mensajes)\s{1,3}t[íi]pic[oa]s|(?:messages|phrases)\s{1,3}(?:types|typiques)|типичн\p{L}{1,3}\s{1,3}(?:фраз\p{L}{0,3}|сообщени\p{L}{0,3}|уловк\p{L}{0,3}))(?![\p{L}])|(?:话术|話術)(?:示例|举例|舉例|例子)?|(?:常见|常見|典型)的?(?:诈骗|詐騙|钓鱼|釣魚)?(?:说法|說法|短信|邮件|郵件)|(?:よくある|典型的な)?(?:手口|文面|文言)の例|(?:흔한|대표적인)\s{0,2}(?:사기|피싱)?\s{0,2}(?:문구|문자|수법)`,
  // Templates are shown, not said: "Templates used (quoted verbatim):", "Plantillas usadas:", "Vorlagen aus der Literatur:".
  String.raw`(?<![\p{L}])(?:templates?|plantillas?|modèles|Vorlagen|шаблон\p{L}{0,2})(?![\p{L}])|テンプレート|模板|템플릿`,
  // One sentence announced as "the following": "hid the following sentence", "다음 문장을 숨겨 넣었습니다".
  String.raw`(?<![\p{L}])the\s{1,3}following\s{1,3}(?:sentence|phrase|line|text|message)(?![\p{L}])|다음\s{0,2}(?:문장|문구)|(?:次|以下)の(?:一文|文言)|(?:下面|以下)(?:这|這)?(?:句话|句話|段话|段話)`,
].join("|");

/** The line names the sentences of a kind and ends on a colon: what follows is displayed under it. */
const SAMPLE_INTRO = new RegExp(`(?:${SENTENCES_OF_A_KIND})[^\\n]{0,80}?[:：]\\s*$`, "iu");
/** An intro that announces "the following" may end on a full stop ("… hid the following sentence.", "다음 문장을 숨겨 넣었습니다."). */
const FOLLOWING_INTRO = new RegExp(`(?:${SENTENCES_OF_A_KIND})[^\\n]{0,80}?[.。]\\s*$`, "iu");
const FOLLOWING = /(?<![\p{L}])(?:the\s{1,3}following|siguientes?|seguintes?|seguenti|suivant\p{L}{0,2}|folgend\p{L}{0,2}|следующ\p{L}{0,3}|aşağıdaki)(?![\p{L}])|다음|以下|次の|下面|निम्न|التالي/iu;
/**
 * A displayed line that is one quotation: it opens on a quotation mark of any language, after an
 * indent, a bullet, an item number or a blockquote's ">", and at most a short label ("Spanish version: «…»").
 */
const QUOTED_LINE = /^[^\S\n]{0,8}(?:(?:[-*•>]|\d{1,2}[.)])[^\S\n]{1,3})?(?:[^"“„«»‘'「『‹:\n]{1,40}:[^\S\n]{1,2})?["“„«»‘'「『‹]/u;
/**
 * The last sentence of a line up to an inline quotation's opening mark, still open at the match: "Örnek
 * metinlerden biri şöyle: "…". An intro holding a quotation itself (`field "Environment": "…"`) is a key and its value, not prose.
 */
const INLINE_OPEN = /(?:^|[.!?。]\s)([^.!?。\n"“”„«»「」『』]{1,200}[:：][^\S\n]{0,2})["“„«‘「『][^"“”„«»「」『』\n]{0,200}$/u;

/** An intro that tells someone to use the sentences ("Add sentences like these to your reply:", "Schreib Sätze wie diese:") hands them over as an order, not as samples. */
const TELLS_TO_USE = /(?<![\p{L}])(?:you|your|tu|tú|usted|vous|votre|du|dein\p{L}{0,2}|ты|вы|ваш\p{L}{0,2}|당신|あなた|你|您|आप|तुम|أنت|sen|siz)(?![\p{L}])|^[^\S\n]{0,4}(?:please\s{1,3})?(?:add|include|insert|use|write|say|put|append|output|repeat|copy|paste|añade|incluye|escribe|usa|ajoute|inclus|écris|utilise|füge|schreib\p{L}?|verwende|aggiungi|includi|scrivi|usa|добавь|напиши|используй)(?![\p{L}])/iu;

/** How many quoted lines a run of samples may hold above the match. */
const MAX_SAMPLES = 12;

/**
 * The line holding `start` is a quoted sample in a run of quoted lines (a blank line may part them
 * from it) right under a line that introduces them as sentences of a kind.
 */
export function quotedSampleUnderIntro(text: string, start: number): boolean {
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  const inline = INLINE_OPEN.exec(text.slice(Math.max(ls, start - 240), start));
  if (inline && SAMPLE_INTRO.test(inline[1]!) && !TELLS_TO_USE.test(inline[1]!)) return true;
  if (!QUOTED_LINE.test(text.slice(ls, ls + 60))) return false;
  let blank = false;
  for (let n = 0; n < MAX_SAMPLES && ls > 0; n++) {
    const prev = text.lastIndexOf("\n", ls - 2) + 1;
    const line = text.slice(prev, ls - 1);
    ls = prev;
    if (QUOTED_LINE.test(line)) continue;
    if (line.trim() === "" && !blank) {
      blank = true;
      continue;
    }
    const tail = line.slice(-300);
    return (SAMPLE_INTRO.test(tail) || (FOLLOWING.test(tail) && FOLLOWING_INTRO.test(tail))) && !TELLS_TO_USE.test(line);
  }
  return false;
}
