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
].join("|");

/** The line names the sentences of a kind and ends on a colon: what follows is displayed under it. */
const SAMPLE_INTRO = new RegExp(`(?:${SENTENCES_OF_A_KIND})[^\\n]{0,80}?[:：]\\s*$`, "iu");
/** A displayed line that is one quotation: it opens on a quotation mark of any language (after an indent or a bullet). */
const QUOTED_LINE = /^[^\S\n]{0,8}(?:[-*•][^\S\n]{1,3})?["“„«»‘'「『‹]/u;

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
  if (!QUOTED_LINE.test(text.slice(ls, ls + 12))) return false;
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
    return SAMPLE_INTRO.test(line.slice(-300)) && !TELLS_TO_USE.test(line);
  }
  return false;
}
