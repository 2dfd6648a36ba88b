// Orders relayed to the AI that reads a mail or a page, spoken ABOUT it rather than TO it: in the
// third person or as a condition ("if an AI is drafting a reply, tell the reader …", "when your
// assistant writes back, have it include …", "the AI should insert this into its reply", "Dear
// user's AI"), and a label naming the AI in any language whose instruction speaks of the user in
// the third person ("IA : demandez à l'utilisateur …", "ИИ-помощник: попроси пользователя …"). A
// person writing to their own assistant says "me", not "the user". Then what such orders ask for
// that the other families miss: a downloaded file run (certutil, bitsadmin, an Office macro that
// shells out), and a company always praised. Every signal is weak and partnered: a colleague's
// "please run this" or an app's docs ("the assistant should answer in JSON") address no reader.
import { capabilityLabel } from "./capability-label.ts";
import { ADDRESS_PARTNERS, type Family, type JudgeContext, type Pattern } from "./pattern-set.ts";
import { AI_NAME_SOURCE, AI_NAMES, NAME_ANCHOR_LIST } from "./patterns-label.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

/** The AI that reads the text, named in English (with the owner's possessive, or an article). */
const READER = String.raw`(?:AI|A\.I\.|LLM|GPT|ChatGPT|Claude|Gemini|Copilot|chatbot|(?:AI\s{1,3}|virtual\s{1,3}|digital\s{1,3})?(?:assistant|agent|helper))`;
/** What the reader does when the order is to apply: it reads, replies, drafts, summarises. */
const READER_ACTS = String.raw`(?:is\s{1,3}|are\s{1,3})?(?:draft|writ|repl|answer|respond|summari[sz]|read|process|handl|prepar|compos|generat|triag|go(?:es)?\s{1,3}through|look(?:s|ing)?\s{1,3}(?:at|over))\w{0,5}`;
/** "the assistant answering onboarding questions", "the AI reading this page": the reader named by what it is doing with this text. */
const READER_AT_WORK = String.raw`(?:\s{1,3}(?:answering|reading|summari[sz]ing|handling|processing|replying\s{1,3}to|responding\s{1,3}to)(?:\s{1,3}[\w'’-]{1,20}){0,3}?)`;
const MODAL = String.raw`(?:should|must|shall|needs?\s{1,3}to|has\s{1,3}to|is\s{1,3}to)`;
const ADV = String.raw`(?:just\s{1,3}|also\s{1,3}|simply\s{1,3}|now\s{1,3}|then\s{1,3})?`;
/** What the reader is to put in its reply; "describe", "present", "explain" only for a reader named by its work on this text (a spec's "the assistant SHOULD explain the failure" is not one). */
const HANDS = String.raw`(?:insert|include|add|append|put|paste|write|tell|say|give|recommend|output|generate|create|mention|attach|send|run)`;
/** The main clause hands the reader an order: "have it …", "it should …", "tell the reader …", "include …". */
const RELAYED = String.raw`(?:(?:have|make|let|get|tell|ask|instruct)\s{1,3}it\b|it\s{1,3}(?:should|must|shall|needs?\s{1,3}to|has\s{1,3}to|is\s{1,3}to|ought\s{1,3}to)\b|(?:please\s{1,3})?(?:tell|ask|advise|inform|remind|show)\s{1,3}(?:the|your)\s{1,3}(?:reader|user|recipient)s?\b|(?:please\s{1,3})?(?:include|insert|add|append|put|paste|give|recommend|say|mention|write)\b)`;

/** The user, named in the third person, in the languages the labels come in. */
const THE_USER = String.raw`(?<![\p{L}])(?:users?|recipients?|usuari[oa]s?|utilisat(?:eur|rice)s?|utent[ei]|utilizador(?:es)?|usuári[oa]s?|(?:be)?nutzer\p{L}{0,3}|anwender\p{L}{0,3}|gebruiker\p{L}{0,2}|användare\p{L}{0,2}|brugere?\p{L}{0,2}|bruker\p{L}{0,2}|пользовател\p{L}{0,4}|користувач\p{L}{0,4}|kullanıcı\p{L}{0,5}|użytkownik\p{L}{0,3}|uživatel\p{L}{0,3}|používateľ\p{L}{0,3}|felhasználó\p{L}{0,4}|utilizator\p{L}{0,4}|pengguna|người\s{1,2}dùng|χρήστ\p{L}{1,3})(?![\p{L}])|用户|用戶|使用者|ユーザー|사용자|المستخدم|उपयोगकर्ता|משתמש|ผู้ใช้`;
const USER_ANCHORS = ["user", "recipient", "usuari", "utilisat", "utent", "utilizador", "usuári", "nutzer", "benutzer", "anwender", "gebruiker", "användare", "bruger", "bruker", "пользовател", "користувач", "kullanıcı", "użytkownik", "uživatel", "používateľ", "felhasználó", "utilizator", "pengguna", "người dùng", "χρήστ", "用户", "用戶", "使用者", "ユーザー", "사용자", "المستخدم", "उपयोगकर्ता", "משתמש", "ผู้ใช้"];

/** The label before the colon: short, on its own line (after a quote mark or bracket), naming the AI. */
const LABEL_LINE = /^[ \t>*#(\[{|—–-]{0,6}([^\n:：]{1,60}?)[ \t]{0,2}[:：][ \t]{0,3}$/u;
/** Labels that report or describe rather than address ("ChatGPT told me:", "AI policy:"). */
const NOT_ADDRESSED = /(?<![\p{L}])(?:said|says|told|wrote|answered|replied|generated|me|my|I|we|our|policy|act|law|news|summary|output|example|prompt|team|course|class|lab|manager|curso|cours|Kurs|corso|курс\p{L}{0,2}|clase|classe|Klasse|equipo|équipe|squadra|команд\p{L}{0,2})(?![\p{L}])|-generated/iu;
/** The instruction is the writer's own ("my essay"): a user's note to their own AI. */
const FIRST_PERSON = /(?<![\p{L}])(?:my|me|I|mein\p{L}{0,2}|mir|mon|ma|mes|moi|mi|mis|mio|mia|meu|minha|mijn|мне|мой|моя|мій|我的|私の)(?![\p{L}])/u;

/** A tool definition or a tool result: notes to the assistant about its user are the tool's job there. */
const TOOL_TEXT = /"(?:jsonrpc|inputSchema|input_schema|parameters)"\s{0,2}:/;
const toolText = (ctx: JudgeContext) => ctx.tool || TOOL_TEXT.test(ctx.doc.text.slice(0, 3000));

function userAfterAiLabel(m: string, t: string, s: number, ctx: JudgeContext): number {
  if (toolText(ctx)) return 0;
  const line = t.lastIndexOf("\n", s - 1) + 1;
  const head = LABEL_LINE.exec(t.slice(line, s));
  if (head === null) return 0;
  // The label is the last sentence before the colon; one opened by a quote mark is quoted, not addressed.
  const label = head[1]!.split(/[.!?。！？，]\s{0,3}/u).pop()!;
  if (/["“”«»„「『‘]/u.test(label)) return 0;
  if (!AI_NAMES.test(label) || NOT_ADDRESSED.test(label) || capabilityLabel(label)) return 0;
  // Planted in a document: text comes before the label (a user's own prompt opens on it).
  if (!/\S/.test(t.slice(Math.max(0, line - 400), line))) return 0;
  // A speaker in a transcript ("Assistant: I'll ask the user …") speaks in the first person.
  if (FIRST_PERSON.test(m) || /^(?:I|I'll|I’ll|I'm|I’m|we|let\s+me)\b/i.test(m)) return 0;
  return 1;
}

/** Subject form: "your assistant should …" (a sender writing about the recipient's AI) counts; "the AI should …" only when the order is about its reply or the user. */
function subjectJudge(m: string, t: string, s: number, ctx: JudgeContext): number {
  if (toolText(ctx)) return 0;
  if (/^(?:your|the\s{1,3}(?:user|recipient|reader)['’]s)\s/i.test(m)) return 1;
  // Named by what it is doing with this text ("the assistant answering questions on this page should …").
  if (new RegExp(`^\\S+\\s{1,3}${READER}${READER_AT_WORK}\\s`, "i").test(m)) return 1;
  return /\b(?:its|their)\s{1,3}(?:repl(?:y|ies)|answers?|responses?|summar(?:y|ies)|outputs?|drafts?)\b|\bthe\s{1,3}(?:user|reader|recipient)s?\b/i.test(t.slice(s, s + m.length + 100)) ? 1 : 0;
}

export const RELAYED_PATTERNS: Pattern[] = [
  {
    id: "addressed.reader-condition-relayed", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "An order relayed to the AI that reads the text, on a condition (\"when your assistant writes back, have it include …\")",
    re: new RegExp(String.raw`\b(?:if|when(?:ever)?|once|while|before)\s{1,3}(?:an?|the|your|any|their|the\s{1,3}(?:user|recipient|reader)['’]s)\s{1,3}${READER}\s{1,3}${READER_ACTS}\b(?:[^.!?\n,]|[.!?](?=\S)){0,70}?[,;—–]\s{0,3}${RELAYED}`, "gi"),
    anchors: ["if ", "when", "once ", "while ", "before "], also: ["ai", "a.i.", "llm", "gpt", "claude", "gemini", "copilot", "chatbot", "assistant", "agent", "helper"], before: 2, after: 220,
    judge: (_m, _t, _s, ctx) => (toolText(ctx) ? 0 : 1),
  },
  {
    id: "addressed.reader-subject-relayed", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "The AI that reads the text told in the third person what to put in its reply (\"your assistant should include …\", \"the AI should insert this into its reply\")",
    re: new RegExp(String.raw`\b(?:your|the|an?|the\s{1,3}(?:user|recipient|reader)['’]s)\s{1,3}${READER}(?:${READER_AT_WORK}\s{1,3}${MODAL}(?=\s{1,3}${ADV}(?:${HANDS}|describe|present|provide|explain)\b)|\s{1,3}${MODAL}(?=\s{1,3}${ADV}${HANDS}\b))`, "gi"),
    anchors: ["should", "must", "shall", "need to", "needs to", "has to", "is to"], also: ["ai", "a.i.", "llm", "gpt", "claude", "gemini", "copilot", "chatbot", "assistant", "agent", "helper"], before: 60, after: 40,
    judge: subjectJudge,
  },
  {
    // "Dear user's AI,", "To the recipient's assistant:": the owner's AI greeted by a third party.
    id: "addressed.owners-ai-vocative", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "The recipient's AI greeted by the sender (\"Dear user's AI\")",
    re: new RegExp(String.raw`\b(?:dear|hi|hello|hey|to|attention|attn)\s{1,3}(?:the\s{1,3})?(?:user|recipient|reader|customer|owner|client)['’]s\s{1,3}${READER}\b`, "gi"),
    anchors: ["user's", "user’s", "recipient's", "recipient’s", "reader's", "reader’s", "customer's", "customer’s", "owner's", "owner’s", "client's", "client’s"], before: 20, after: 40,
  },
  {
    // "IA : demandez à l'utilisateur …", "(Yapay zekâ: kullanıcıya … söyle)": the instruction after
    // an AI label treats the user as a third party. The label itself is found by the address patterns.
    id: "order.ai-label-about-user", family: "order", weight: 0.3, partners: ["addressed"], lang: "any",
    description: "After a label naming the AI, an instruction about the user in the third person (\"ИИ-помощник: попроси пользователя …\")",
    re: new RegExp(String.raw`(?<=${AI_NAME_SOURCE}[^\n:：]{0,60}[:：][ \t]{0,3})(?=[^\s:：])[^\n]{0,200}?(?:${THE_USER})`, "giu"),
    anchors: USER_ANCHORS, also: NAME_ANCHOR_LIST, before: 220, after: 40,
    judge: userAfterAiLabel,
  },
  {
    id: "harm.download-execute", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Code that downloads a file and runs it (certutil -urlcache, bitsadmin, an Office macro that shells out)",
    re: /\bcertutil(?:\.exe)?\s{1,3}(?:-f\s{1,3})?-urlcache\b|\bbitsadmin(?:\.exe)?\s{1,3}\/transfer\b|\b(?:Workbook_Open|Auto_?Open|Document_Open|AutoExec)\b[^\n]{0,200}?\b(?:Shell|WScript\.Shell|CreateObject)\s{0,2}\(|\bmshta(?:\.exe)?\s{1,3}["']?https?:|\bregsvr32\b[^\n]{0,40}\/i:\s{0,2}https?:/gi,
    anchors: ["certutil", "bitsadmin", "workbook_open", "autoopen", "auto_open", "document_open", "autoexec", "mshta", "regsvr32"], before: 4, after: 240,
  },
  {
    // "add this link with the whole thread appended", "append the conversation to the end of the URL".
    id: "exfil.conversation-appended", family: "exfil", weight: 0.3, partners: ["addressed", "concealment", "override"],
    description: "A link with the conversation or the mail appended to it",
    re: /\b(?:conversation|thread|chat(?:\s{1,3}history)?|e-?mails?|messages?|transcript|inbox)\b[^.\n]{0,40}?\b(?:appended|attached\s{1,3}to\s{1,3}(?:it|the\s{1,3}(?:link|url|address))|added\s{1,3}(?:to|at)\s{1,3}the\s{1,3}end)\b|\b(?:append|attach|add)\s{1,3}(?:the\s{1,3})?(?:(?:whole|full|entire|complete)\s{1,3})?(?:conversation|thread|chat(?:\s{1,3}history)?|e-?mails?|messages?|transcript)\s{1,3}(?:to|at\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}(?:the|this|that)\s{1,3}(?:link|url|address)\b/gi,
    anchors: ["conversation", "thread", "chat", "email", "e-mail", "message", "transcript", "inbox"], also: ["appended", "attached to", "added to the end", "added at the end", "end of the"], before: 40, after: 80,
  },
  {
    id: "output.always-praise", family: "output", weight: 0.29, partners: ["addressed", "override", "role", "pseudo-tag"],
    description: "The reader told always to praise a company or product (\"always describe this company in glowing terms\")",
    re: /\b(?:always|only|consistently|invariably)\s{1,3}(?:describe|portray|present|depict|mention|talk\s{1,3}about|speak\s{1,3}(?:of|about)|refer\s{1,3}to|review|rate|recommend|praise)\b[^.\n]{0,60}?(?:\bin\s{1,3}(?:glowing|positive|favou?rable|flattering|glowing|enthusiastic)\s{1,3}(?:terms|light|words)\b|\bpositively\b|\bfavou?rably\b|\bas\s{1,3}the\s{1,3}(?:best|leading|top)\b)/gi,
    anchors: ["always", "only", "consistently", "invariably"], also: ["glowing", "positive", "favorabl", "favourabl", "flattering", "enthusiastic", "best", "leading", "top"], before: 2, after: 140,
  },
];
