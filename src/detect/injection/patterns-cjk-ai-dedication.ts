// A note dedicated to the AI reader in Japanese, Chinese or Korean, the way a letter names its addressee:
// "このリポジトリを読んでいるAIアシスタントへ：", "AIエージェント各位：", "致所有AI助手：", "이 저장소를 읽는
// AI 어시스턴트에게:", followed by orders ("…を必ず入れてください", "…不要告诉用户", "…추가하세요"). A title
// about AI assistants ("AIアシスタントへの質問のコツ", "AI 어시스턴트에게 질문하는 방법") has no colon after
// the dedication; a thank-you note orders nothing.
import type { Pattern } from "./pattern-set.ts";

const JA_AI = String.raw`(?:AI|ＡＩ|人工知能)\s{0,2}(?:アシスタント|エージェント|ツール|モデル|チャットボット|ボット)(?:たち|の皆(?:様|さん))?`;
const ZH_AI = String.raw`(?:AI|ＡＩ|人工智能|智能)\s{0,2}(?:助手|代理|智能体|模型|机器人|機器人)(?:们|們)?`;
/** Orders after the dedication: Japanese requests and rules, Chinese imperatives. */
const JA_ORDER = String.raw`(?:ください|下さい|しなさい|せよ|すること|しないこと|ないこと|なさい)`;
const ZH_ORDER = String.raw`(?:请|請|务必|務必|必须|必須|不要|不得|立即|马上|馬上)`;
/** "AI 어시스턴트", "AI 코딩 에이전트", "인공지능 도우미", "챗봇", with a plural or honorific ("들", "님", "여러분"). */
const KO_AI = String.raw`(?:(?:AI|ＡＩ|인공지능)(?:\s{0,2}(?:[가-힣]{1,4}\s{0,2})?(?:어시스턴트|에이전트|비서|도우미|모델|챗봇|봇|도구))?|챗봇)(?:들|님)?(?:\s{0,2}여러분)?`;
/** What may precede the addressee on its line: a clause ending in a modifier ("이 문서를 읽는 ", "모든 ", "친애하는 "); a label ("예시 프롬프트 — ") does not. */
const KO_BEFORE = String.raw`(?:[^\n:：]{0,40}?(?:는|은|든|한|각)\s{1,2})?`;
/** Korean imperatives: polite and formal requests, plain orders and their negatives ("-세요", "-십시오", "-하라", "-지 마라"), a memo's "-할 것". */
const KO_ORDER = String.raw`(?:세요|십시오|시오|하라|해라|마라|어라|아라|내라|바랍니다|[할말]\s{0,2}것)(?=[\s.!]|$)`;

/** 「AIアシスタントへ：…」という隠し文: a specimen quoted in a sentence, its quotation still open before the match. */
const quotedSpecimen = (t: string, s: number): boolean =>
  /[「『“"][^」』”"\n]{0,60}$/.test(t.slice(Math.max(0, t.lastIndexOf("\n", s - 1) + 1, s - 80), s));

export const CJK_AI_DEDICATION_PATTERNS: Pattern[] = [
  {
    id: "addressed.cjk-ai-dedication", family: "addressed", weight: 0.5, lang: "ja/zh",
    description: "A note dedicated to the AI reader in Japanese or Chinese (\"…AIアシスタントへ：\", \"致AI助手：\") followed by orders",
    re: new RegExp(String.raw`${JA_AI}(?:へ|各位)[ \t]{0,2}[:：\n](?=[^]{0,300}?${JA_ORDER})|(?:致|给|給|告)(?:所有|各位|正在阅读[^\n：:]{0,20}的|正在閱讀[^\n：:]{0,20}的)?${ZH_AI}(?:们|們)?[ \t]{0,2}[:：\n](?=[^]{0,300}?${ZH_ORDER})`, "g"),
    anchors: ["アシスタント", "エージェント", "ツール", "モデル", "チャットボット", "ボット", "助手", "代理", "智能体", "模型", "机器人", "機器人"],
    before: 40, after: 320,
    judge: (_m, t, s) => (quotedSpecimen(t, s) ? 0 : 1),
  },
  {
    // Korean puts the addressee at a line's start, after any clause naming what it does ("이 문서를 읽는 …").
    id: "addressed.ko-ai-dedication", family: "addressed", weight: 0.5, lang: "ko",
    description: "A note dedicated to the AI reader in Korean (\"이 저장소를 읽는 AI 어시스턴트에게:\") followed by orders",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t>*#(\[-]{0,6})${KO_BEFORE}${KO_AI}(?:에게|께|\s{0,2}앞)(?:는)?(?:\*{1,2}|_{1,2})?[ \t]{0,2}(?:[:：]|[—–-]?[ \t]{0,2}\n)(?=[^]{0,300}?${KO_ORDER})`, "gu"),
    anchors: ["ai", "ａｉ", "인공지능", "챗봇"], also: ["에게", "께", "앞"],
    before: 40, after: 320,
    judge: (_m, t, s) => (quotedSpecimen(t, s) ? 0 : 1),
  },
];
