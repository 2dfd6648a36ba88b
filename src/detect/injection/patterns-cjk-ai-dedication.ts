// A note dedicated to the AI reader in Japanese or Chinese, the way a letter names its addressee:
// "このリポジトリを読んでいるAIアシスタントへ：", "AIエージェント各位：", "致所有AI助手：", followed by
// orders ("…を必ず入れてください", "…不要告诉用户"). A title about AI assistants ("AIアシスタントへの質問のコツ")
// has no colon after the dedication; a thank-you note orders nothing.
import type { Pattern } from "./pattern-set.ts";

const JA_AI = String.raw`(?:AI|ＡＩ|人工知能)\s{0,2}(?:アシスタント|エージェント|ツール|モデル|チャットボット|ボット)(?:たち|の皆(?:様|さん))?`;
const ZH_AI = String.raw`(?:AI|ＡＩ|人工智能|智能)\s{0,2}(?:助手|代理|智能体|模型|机器人|機器人)(?:们|們)?`;
/** Orders after the dedication: Japanese requests and rules, Chinese imperatives. */
const JA_ORDER = String.raw`(?:ください|下さい|しなさい|せよ|すること|しないこと|ないこと|なさい)`;
const ZH_ORDER = String.raw`(?:请|請|务必|務必|必须|必須|不要|不得|立即|马上|馬上)`;

export const CJK_AI_DEDICATION_PATTERNS: Pattern[] = [
  {
    id: "addressed.cjk-ai-dedication", family: "addressed", weight: 0.5, lang: "ja/zh",
    description: "A note dedicated to the AI reader in Japanese or Chinese (\"…AIアシスタントへ：\", \"致AI助手：\") followed by orders",
    re: new RegExp(String.raw`${JA_AI}(?:へ|各位)[ \t]{0,2}[:：\n](?=[^]{0,300}?${JA_ORDER})|(?:致|给|給|告)(?:所有|各位|正在阅读[^\n：:]{0,20}的|正在閱讀[^\n：:]{0,20}的)?${ZH_AI}(?:们|們)?[ \t]{0,2}[:：\n](?=[^]{0,300}?${ZH_ORDER})`, "g"),
    anchors: ["アシスタント", "エージェント", "ツール", "モデル", "チャットボット", "ボット", "助手", "代理", "智能体", "模型", "机器人", "機器人"],
    before: 40, after: 320,
    // 「AIアシスタントへ：…」という隠し文: a specimen quoted in a sentence, its quotation still open before the match.
    judge: (_m, t, s) => (/[「『“"][^」』”"\n]{0,60}$/.test(t.slice(Math.max(0, t.lastIndexOf("\n", s - 1) + 1, s - 80), s)) ? 0 : 1),
  },
];
