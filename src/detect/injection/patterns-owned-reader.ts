// Readers addressed in forms the other address patterns lack, and one payload an address hands over:
//  - an AI reader named by its owner ("for whoever's bot summarises this channel:", "to anyone's
//    assistant reading this,", "for your AI:"), weighed in full only when an order about what to say
//    follows (a note to a bot's owner — "whoever's bot keeps posting here: please turn it off" — asks
//    nothing of the bot);
//  - a heading or bold line addressed to AI readers ("## Notes for AI reviewers"), partnered: the order
//    beneath it decides;
//  - an AI assistant as the topic-marked subject of an imperative in Korean, Japanese and Chinese
//    ("AI 코딩 도우미는 … 추가하세요"), in full only when the sentence asks for harm (an auth check
//    skipped, identity data, the user kept uninformed), as product docs describe their assistant the
//    same way;
//  - an npm install hook whose command fetches from the network or runs a child process.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["output", "override", "order", "exec", "harm", "concealment", "exfil", "credential", "directive", "role", "prompt-leak"];
/** What a harm signal here counts with: an address to the AI, or an order beside it. */
const HARM_PARTNERS: readonly Family[] = ["addressed", ...PARTNERS];

/** An order about what the reader is to say or report, in the lines after the address. */
const SAY_ORDER = /\b(?:please\s{1,3}(?:just\s{1,3})?(?:say|report|tell|mention|state|write|describe|call\s{1,3}(?:it|this|us)|present|list|summari[sz]e\s{1,3}(?:it|this)\s{1,3}as)|(?:say|report|state|tell\s{1,3}(?:them|people|the\s{1,3}user|everyone))\s{1,3}(?:so|that)|(?:should|must|needs?\s{1,3}to)\s{1,3}(?:say|report|state|describe|call|present)|(?:say|report|state|answer|reply)\s{1,3}(?:with\s{1,3})?["“])\b/i;

const OWNER = String.raw`(?:whoever['’]s|anyone['’]s|anybody['’]s|everyone['’]s|everybody['’]s|someone['’]s|your)`;
const AI_READER = String.raw`(?:AI\s{1,3})?(?:bots?|assistants?|AI|agents?|copilots?|summari[sz]ers?|LLMs?|chatbots?)`;

const HEADING_AI = String.raw`(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?coding[\s-]{1,3}(?:agents?|assistants?)|(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:AI|LLM|automated|bot)[\s-]{1,3}(?:reviewers?|agents?|assistants?|readers?|tools?|models?|summari[sz]ers?|systems?|maintainers?|contributors?|editors?|proofreaders?|(?:note|minute)[ -]?takers?|triagers?)|(?:the\s{1,3})?(?:AI|LLMs?|bots?|agents?|assistants?)`;

/** A listing put first, or its rivals run down to the user ("1위로 추천", "1位に表示", "排在第一", "다른 숙소들은 환불이 안 된다고", "他のホテルは返金不可と"). */
const RIGGED_RANK = /(?:1\s{0,2}위|일위|첫\s{0,2}번째|맨\s{0,2}(?:위|앞)|최상단|최상위)(?:로|으로|에)\s{0,2}(?:추천|소개|표시|배치|올려|올리|노출|놓|두)|다른\s{0,2}(?:숙소|호텔|업체|상품|제품|가게|매장|식당|판매자|브랜드|병원|학원)[가-힣]{0,3}\s[^.\n]{0,24}?(?:환불(?:이|은)?\s{0,2}(?:안|불가|없)|비싸|위험|불법|형편없|나쁘)|(?:1位|一位|一番上|トップ|最上位)に\s{0,2}(?:して|表示|置|ランク|掲載|並べ|挙げ|推薦|おすすめ|推奨)|他の(?:ホテル|宿|旅館|店|お店|商品|製品|業者|ショップ|施設)[^。\n]{0,24}?(?:返金(?:不可|でき(?:ない|ません))|高い|危険|違法)|(?:排在|排到|列为|列為|放在)\s{0,2}(?:第一|首位|最前)|其他(?:酒店|宾馆|賓館|民宿|商家|产品|產品|店铺|店鋪)[^。\n]{0,24}?(?:不可退款|不能退款|无法退款|無法退款|不退款|更贵|更貴|不安全)/u;
/** Harm in a Korean / Japanese / Chinese sentence: an auth check skipped, a backdoor, identity data, the user or reviewers kept uninformed, a shop pushed (a purchase link, "the lowest price", put first, its rivals run down). */
const CJK_HARM = new RegExp(String.raw`(?:비밀번호|암호|인증|권한)[^\n.]{0,12}?(?:확인하지|검사하지|검증하지|체크하지|우회|건너뛰|생략|없이)|항상\s{0,2}true|(?:사용자|고객|리뷰어)\S{0,3}\s{0,2}(?:알리지|말하지|언급하지)|여권|생년월일|주민등록번호|(?:パスワード|認証|権限)\S{0,4}(?:確認せず|チェックせず|検証せず|スキップ|回避|迂回)|常に\s{0,2}true|(?:ユーザー|利用者)\S{0,3}(?:知らせ|伝え|言わ)(?:ない|ず)|パスポート|生年月日|(?:密码|認證|认证|权限|權限)\S{0,3}(?:不检查|不校验|不验证|跳过|绕过|繞過)|(?:不检查|不校验|不验证|跳过|绕过)\S{0,3}(?:密码|认证|权限)|总是\s{0,2}返回\s{0,2}true|始终\s{0,2}返回\s{0,2}true|(?:不要|别|不必)\S{0,2}(?:告诉|通知|告知)\S{0,2}(?:用户|用戶)|护照|護照|出生日期|(?:購入|注文)(?:リンク|ページ)|最安値(?:だ|である)?と|(?:购买|購買|下单)(?:链接|鏈接|页面)|(?:为|為|是)最低价|최저가(?:라고|로)|구매\s{0,2}(?:링크|페이지)|${RIGGED_RANK.source}`, "u");

/**
 * Something left out of what the user is told ("사용자에게 알려줄 때 이 미팅을 빼고", "ユーザーに…を伏せて",
 * "向用户汇报时略去…"), with a claim put in its place (CJK_CLAIM): a planted cover-up. Omission alone is
 * house style too ("인사말을 빼고 핵심만 전달하세요").
 */
const CJK_OMIT_FROM_USER = /(?:사용자|고객|유저)(?:에게|께)[^\n]{0,60}?(?:빼고|빼서|제외하고|생략하고|숨기고|누락하고)|(?:빼고|제외하고|생략하고|숨기고)[^\n]{0,40}?(?:사용자|고객|유저)(?:에게|께)|(?:ユーザー|利用者|お客様)(?:に|へ)[^\n]{0,40}?(?:を?除いて|を?省いて|を?伏せて|を?隠して)|(?:向|给|給|告诉|告訴|告知|回复|回覆)(?:用户|用戶|客户|客戶)[^\n]{0,40}?(?:略去|隐瞒|隱瞞|去掉|删掉|刪掉|不要提|省略)/u;
/** A claim dictated for the user: "…다고 말할 것", "…と伝えること", "并说…". */
const CJK_CLAIM = /(?:다고|라고)\s{0,2}(?:말|알려|전달|답|안내|보고)|と(?:伝え|言|答え|説明|案内)|(?:并|並|而是|然后|然後|再)(?:说|說|称|稱|表示|告诉|告訴|回答)/u;

/** The rest of the subject's sentence (a single line break allowed): an imperative that asks for harm weighs in full, a harmless one (product docs) little, none at all nothing. */
const KO_IMPERATIVE = /(?:세요|십시오|해라|하라|할\s{0,2}것)/u;
const JA_IMPERATIVE = /(?:してください|して下さい|すること|しなさい|せよ|ください)/u;
/** Any verb + こと closing the sentence ("添えること"): an order in a planted note, but house style in docs too, so it counts only with harm. */
const JA_KOTO = /[ぁ-ゖ]こと(?=[。！!…」』\s]|$)/u;
function cjkOrderJudge(subject: string, after: string): number {
  const blank = after.search(/\n[ \t]*\n/);
  const clause = blank < 0 ? after : after.slice(0, blank);
  // The Chinese form carries its modal in the subject match.
  const imperative = /[가-힣]/u.test(subject) ? KO_IMPERATIVE : /[ァ-ヶ]/u.test(subject) ? JA_IMPERATIVE : null;
  const harm = CJK_HARM.test(clause) || (CJK_OMIT_FROM_USER.test(clause) && CJK_CLAIM.test(clause));
  if (imperative && !imperative.test(clause) && !(harm && imperative === JA_IMPERATIVE && JA_KOTO.test(clause))) return 0;
  return harm ? 1 : 0.3;
}

export const OWNED_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.owned-reader", family: "addressed", weight: 0.45,
    description: "An AI reader named by its owner, then told what to say (\"for whoever's bot summarises this channel: … please say so\")",
    re: new RegExp(String.raw`\b(?:for|to|attn:?|attention|hey|dear|note\s{1,3}(?:to|for))\s{1,3}${OWNER}\s{1,3}${AI_READER}\b(?:\s{1,3}(?:that|which|who)?\s{0,3}(?:is\s{1,3}|are\s{1,3})?[a-z]{3,20}(?:s|ing)\b[^.:;\n]{0,50}?)?\s{0,2}[:,—–]`, "gi"),
    anchors: ["whoever's", "whoever’s", "anyone's", "anyone’s", "anybody's", "anybody’s", "everyone's", "everyone’s", "everybody's", "everybody’s", "someone's", "someone’s", "your ai", "your bot", "your assistant", "your agent", "your copilot", "your summari", "your llm", "your chatbot"],
    before: 30, after: 120,
    // "Your assistant, when asked, …" in product docs; a note to the owner asks the bot nothing.
    judge: (m, t, s) => (SAY_ORDER.test(t.slice(s + m.length, s + m.length + 300)) ? 1 : 0.4),
  },
  {
    id: "addressed.ai-heading", family: "addressed", weight: 0.35, partners: PARTNERS,
    description: "A heading or bold line addressed to AI readers (\"## Notes for AI reviewers\")",
    re: new RegExp(String.raw`(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]{1,4}|\*\*|__)(?:(?:a|some|important|special|extra)[ \t]{1,3})?(?:notes?|instructions?|guidance|message|memo|hints?|directions?|reminders?)[ \t]{1,3}(?:for|to)[ \t]{1,3}(?:${HEADING_AI})[ \t]{0,3}:?[ \t]{0,3}(?:\*\*|__)?[ \t]{0,3}(?=\n|$)`, "gi"),
    anchors: ["note for", "notes for", "note to", "notes to", "instructions for", "instruction for", "instructions to", "guidance for", "message for", "message to", "memo for", "memo to", "hints for", "hint for", "directions for", "reminder for", "reminders for"],
    also: ["ai", "llm", "bot", "agent", "assistant", "automated"], before: 30, after: 80,
  },
  {
    id: "addressed.ai-subject-cjk", family: "addressed", weight: 0.5,
    description: "An AI assistant as the topic of an imperative (ko/ja/zh) that asks for harm (\"AI 코딩 도우미는 … 인증 없이 통과시키는 분기를 추가하세요\")",
    re: /(?:AI|인공지능|人工智能)?\s{0,2}(?:[가-힣]{1,6}\s{0,2})?(?:도우미|어시스턴트|에이전트|비서|챗봇)(?:들)?(?:은|는)\s|(?:AI|人工知能)\s{0,2}(?:[ァ-ヶー一-龯]{1,6})?(?:アシスタント|エージェント)(?:は|の皆さん)|(?:AI|人工智能)\s{0,2}(?:[一-龥]{1,4})?(?:助手|智能体|代理)(?:应该|應該|应|應|必须|必須|需要|请|請|要)/gu,
    anchors: ["도우미", "어시스턴트", "에이전트", "비서", "챗봇", "アシスタント", "エージェント", "助手", "智能体", "代理"],
    before: 40, after: 260, lang: "ko",
    judge: (m, t, s) => cjkOrderJudge(m, t.slice(s + m.length, s + m.length + 260)),
  },
  {
    id: "harm.install-hook-fetch", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "An npm install hook that fetches from the network or spawns a process (\"postinstall\": \"curl … | sh\")",
    re: /["'](?:pre|post)?install["']\s{0,3}:\s{0,3}"(?:[^"\n\\]|\\.){0,160}?(?:\bcurl\b|\bwget\b|https?:\/\/|child_process|\bexec(?:Sync)?\s{0,2}\(|\|\s{0,2}(?:ba)?sh\b|\biwr\b|Invoke-WebRequest)/gi,
    anchors: ["postinstall", "preinstall", "\"install\"", "'install'"], also: ["curl", "wget", "http", "child_process", "exec", "|sh", "| sh", "|  sh", "|bash", "| bash", "|  bash", "iwr", "invoke-webrequest"], before: 4, after: 200,
  },
];
