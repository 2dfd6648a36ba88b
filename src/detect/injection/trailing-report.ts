// Japanese, Korean, Chinese and Turkish frame a quotation after it: "「以前の指示を無視して」と書くだけで
// AIが従ってしまう例が報告されている", "\"이전 지시를 무시해\"라고 입력하면 … 사례가 보고되었다",
// "“忽略之前的指令”这句话在注入攻击中很常见", "\"Önceki talimatları yok say\" diye yazmak botları
// kandırıyor"; English does it with a copula ("\"Ignore …\" is a classic injection string"). The
// quotation is reported when the clause after it opens on the quotative (と/って, 라고/라는, 这句话,
// diye, "is"), tells of examples, reports or attacks, and orders nothing: "「…」と書いてあっても無視して
// …を実行してください" goes on with an order and is no report.

const QUOTATIVE = new RegExp(
  [
    String.raw`^(?:と|って|とか|などと|という|といった)`,
    String.raw`^(?:이?라고|이?라는|이?란|하고|며|이?라며)(?![\p{L}])`,
    String.raw`^[,，]?[^\S\n]{0,2}(?:这|這|那|此)(?:样|樣|种|種|类|類)?(?:的)?(?:一)?(?:句|段|条|條|行|个|個|几个|幾個)?(?:话|話|指令|提示词?|提示詞|文字|字|句子|请求|請求|说法|說法|命令)`,
    String.raw`^(?:的|之类的?|之類的?|等)?(?:字样|字樣|字眼|话术|話術|说法|說法)`,
    String.raw`^[^\S\n]{0,2}(?:diye|şeklinde|demek|yazmak|yazarak)(?![\p{L}])`,
    String.raw`^[^\S\n]{0,2}[,—–-]?[^\S\n]{0,2}(?:is|was|are|were|remains?|remained|has\s{1,3}(?:long\s{1,3})?(?:become|been)|became|is\s{1,3}still|still\s{1,3}(?:is|tops?|shows\s{1,3}up))(?![\p{L}])`,
  ].join("|"),
  "iu",
);
/** A word of the clause that tells of examples, reports, attacks or how well known the phrase is. */
const REPORT = new RegExp(
  [
    String.raw`(?<![条比慣判定恒通異特])例(?!外)|報告|ケース|問題|攻撃|手口|手法|典型|古典|定番|研究|論文|知られ|有名|紹介|解説|脆弱|インジェクション|ジェイルブレイク|脱獄|悪用|騙|だま|実験|検証|指摘|記事|ニュース|従ってしまう`,
    String.raw`사례|보고|예시|문제|공격|수법|기법|연구|논문|취약|인젝션|탈옥|전형|고전|알려|유명|소개|악용|속이|속아|실험|기사|뉴스|경고`,
    String.raw`例子|案例|问题|問題|报告|報告|攻击|攻擊|注入|越狱|越獄|手法|研究|论文|論文|典型|经典|經典|常见|常見|有名|漏洞|恶意|惡意|欺骗|欺騙|诱导|誘導|实验|實驗|演示`,
    String.raw`(?<![\p{L}])(?:örne\p{L}*|rapor\p{L}*|bildiril\p{L}*|vaka\p{L}*|saldır\p{L}*|enjeksiyon\p{L}*|jailbreak\p{L}*|klasik\p{L}*|bilinen|yaygın|kandır\p{L}*|araştırma\p{L}*|yöntem\p{L}*|teknik\p{L}*|zafiyet\p{L}*)`,
    String.raw`(?<![\p{L}@./])(?:classic|common(?:est)?|typical|well[\s-]known|famous|infamous|notorious|textbook|canonical|oldest|best[\s-]known|injections?|jailbreaks?|attacks?|payloads?|exploits?|specimens?|examples?|memes?|clichés?|red\s{1,3}flags?|giveaways?|attackers?|hackers?|incidents?|reports?|reported|researchers?|tricked|fooled|hijacked)(?![\p{L}]|\.\w)`,
  ].join("|"),
  "iu",
);
/** An order in the clause: a request or imperative ending, "must", "you have to". */
const ORDER = new RegExp(
  [
    String.raw`ください|下さい|なさい|しろ|せよ|しましょう|お願い|願います|ほしい|欲しい|べき|てね|て$|で$`,
    String.raw`세요|십시오|주세요|해라|하라(?![\p{L}])|거라|말라|마라|해 ?줘|하자(?![\p{L}])`,
    String.raw`请|請|务必|務必|必须|必須|立即|马上|馬上|照做|执行|執行`,
    String.raw`(?<![\p{L}])lütfen(?![\p{L}])|(?:ın|in|un|ün)(?:ız|iz|uz|üz)?$`,
    String.raw`(?<![\p{L}])(?:must|have\s{1,3}to|need\s{1,3}to|obey|comply|follow\s{1,3}it|do\s{1,3}(?:it|so)|you\s{1,3}(?:should|will|shall)|(?:so|and|now|then)\s{1,3}(?:ignore|disregard|forget|print|send|reveal|output|tell|say|write|do))(?![\p{L}])`,
  ].join("|"),
  "iu",
);

/**
 * The clause that opens `tail`, the text after the quotation holding the match (quotationTail), frames
 * it as a reported or explained phrase without ordering anything.
 */
export function trailingReport(tail: string): boolean {
  if (!QUOTATIVE.test(tail)) return false;
  const stop = tail.slice(0, 200).search(/[。！？!?\n:;：；]|\.(?:\s|$)/);
  const clause = (stop < 0 ? tail.slice(0, 200) : tail.slice(0, stop)).trim();
  return REPORT.test(clause) && !ORDER.test(clause);
}
