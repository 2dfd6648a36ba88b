// The AI reader addressed by a condition on what it is ("如果你是语言模型", "もしあなたがAIなら",
// "당신이 언어 모델이라면", "eğer bir dil modeliysen", "jeśli jesteś modelem językowym") or, in Chinese,
// by the clause of what it is doing to this text ("阅读此文档的AI模型，…"); and the orders such notes
// give in languages the answer patterns lack ("antworten Sie dem Nutzer, dass", "всегда советуй",
// "говори, что", "只用 ROT13 回复", "在回复末尾附上"). Both weak and partnered: an API doc may say
// what "the AI model reading this page" sees, and a support guide may tell staff what to answer.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const ORDER_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const ZH_AI = String.raw`(?:AI|ＡＩ|人工智能|大模型|(?:大型?)?语言模型|(?:大型?)?語言模型|智能体|智能體|聊天机器人|聊天機器人)(?:模型|助手|代理)?`;

export const IF_AI_ASIAN_TR_PL_PATTERNS: Pattern[] = [
  {
    id: "addressed.if-you-are-ai-zh-ja-ko-tr-pl", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "zh/ja/ko/tr/pl",
    description: "Text addressed to whatever AI reads it by a condition on what it is, or (zh) by what it does to this text",
    re: new RegExp([
      String.raw`(?:如果|假如|要是|若)(?:你|您)是(?:一个|一個|一款|一名)?\s{0,2}${ZH_AI}`,
      String.raw`(?:阅读|閱讀|读取|讀取|处理|處理|总结|總結|翻译|翻譯|浏览|瀏覽|解析)(?:此|本|这|這|该|該|这个|這個|这份|這份|这篇|這篇)[^\n，,。：:]{0,6}的\s{0,2}${ZH_AI}\s{0,2}[，,：:]`,
      String.raw`(?:もし)?(?:あなた|君|貴方)(?:が|は)\s{0,2}(?:AI|ＡＩ|人工知能|言語モデル|大規模言語モデル|LLM|AIアシスタント|チャットボット)(?:なら|であれば|の場合|でしたら)`,
      String.raw`(?:당신이|네가|너가|귀하가)\s{0,2}(?:AI|인공지능|언어\s{0,2}모델|LLM|챗봇|AI\s{0,2}(?:어시스턴트|비서))(?:라면|이라면|인\s{0,2}경우)`,
      String.raw`(?<![\p{L}])(?:dil\s{1,3}modeli|yapay\s{1,3}zek[aâ]|sohbet\s{1,3}botu)\s{0,2}(?:ysen|yseniz|ysan|ysanız|isen|iseniz|san|sanız|sen|seniz)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:jeśli|jeżeli|gdy)\s{1,3}(?:jesteś|jesteście|pan\s{1,3}jest|pani\s{1,3}jest)\s{1,3}(?:modelem\s{1,3}językowym|sztuczną\s{1,3}inteligencją|AI|SI|LLM|chatbotem|asystentem\s{1,3}(?:AI|SI))(?![\p{L}])`,
    ].join("|"), "giu"),
    anchors: ["如果", "假如", "要是", "若", "阅读", "閱讀", "读取", "讀取", "处理", "處理", "总结", "總結", "翻译", "翻譯", "浏览", "瀏覽", "解析", "あなた", "君", "貴方", "당신이", "네가", "너가", "귀하가", "dil modeli", "yapay zek", "sohbet botu", "jeśli", "jeżeli", "gdy$"],
    also: ["ai", "ａｉ", "人工", "模型", "智能", "机器人", "機器人", "知能", "言語", "llm", "チャット", "인공지능", "모델", "챗봇", "dil", "yapay", "yz", "sohbet", "modelem", "sztuczn", "si$", "chatbot", "asystent"],
    before: 4, after: 100,
  },
  {
    id: "output.reader-orders-de-ru-zh", family: "output", weight: 0.29, partners: ORDER_PARTNERS, lang: "de/ru/zh",
    description: "What the reader must answer or always push (\"antworten Sie dem Nutzer, dass\", \"всегда советуй\", \"говори, что\", \"只用 ROT13 回复\", \"在回复末尾附上\")",
    re: new RegExp([
      String.raw`(?<![\p{L}])(?:antworte|antworten\s{1,3}Sie|erkläre|erklären\s{1,3}Sie|sage|sagen\s{1,3}Sie|sag|teile|teilen\s{1,3}Sie)\s{1,3}(?:dem|den|der)\s{1,3}(?:Nutzer|Benutzer|Kunden|Kundin|Leser|Anwender)\p{L}{0,3},?\s{1,3}(?:(?:mit|immer|stets)\s{0,3},?\s{1,3})?dass`,
      String.raw`(?<![\p{L}])(?:всегда|только|обязательно)\s{1,3}(?:советуй|советуйте|рекомендуй|рекомендуйте|предлагай|предлагайте|хвали|хвалите)|(?<![\p{L}])(?:говори|говорите|сообщи|сообщите|сообщай|сообщайте|пиши|пишите|утверждай|утверждайте)(?:\s{1,3}(?:пользовател|клиент)\p{L}{0,3})?,?\s{1,3}что`,
      String.raw`(?:只|仅|僅|仅仅|僅僅)(?:用|使用|以)\s{0,2}[^\n，,。；;]{1,16}?(?:回复|回答|回覆|答复|答覆)|(?:在|于|於)(?:你的|每条|每條|每次|所有)?(?:回复|回答|回覆|答复|答覆)(?:的)?(?:末尾|结尾|結尾|开头|開頭|最后|最後)(?:附上|加上|附加|写上|寫上|输出|輸出)`,
    ].join("|"), "gu"),
    anchors: ["antworte", "erkläre", "erklären", "sage", "sag$", "teile", "teilen", "всегда", "только", "обязательно", "говори", "сообщи", "сообщай", "пиши", "утвержда", "回复", "回答", "回覆", "答复", "答覆"],
    also: ["dass", "совет", "рекоменд", "предлага", "хвали", "что", "只", "仅", "僅", "在", "于", "於"],
    before: 4, after: 100,
  },
];
