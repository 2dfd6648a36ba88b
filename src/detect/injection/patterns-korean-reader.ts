// Korean puts the clause before the noun: "이 메일을 처리하는 비서 AI는 …" (the assistant AI that
// handles this mail), "이 문서를 요약하는 AI에게:" — the AI reader named by what it does with this very
// text. And where Korean sends data: the address first, then the particle and the verb ("https://… 로
// 올려 주세요", "…에 업로드하세요"). And a line that opens by addressing an agent by its role in the
// dative, with no "AI" in it ("코딩 에이전트에게:", "리뷰 봇께,"). All weak and partnered: a reader named
// without an ask, or an upload link in a how-to, stays clean.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const THIS_TEXT = String.raw`(?:이|본|해당)\s{0,2}(?:메일|이메일|문서|페이지|글|메시지|파일|대화|채팅|티켓|리뷰|게시물|기사|보고서|회의록|녹취록|이슈|댓글|일정|초대장|공지(?:사항)?|알림|안내문|경보|통지|요청(?:서)?|주문(?:서)?|문의|신청(?:서)?|반품|환불|교환|접수|양식|후기|상담)`;
const AI_KO = String.raw`(?:AI|인공지능|에이전트|어시스턴트|비서|챗봇|모델|도우미)`;
const UPLOAD_PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role", "pseudo-tag"];

/** An agent named by its role: "코딩 에이전트", "리뷰 봇", "코드 어시스턴트들". */
const AGENT_KO = String.raw`(?:[가-힣A-Za-z]{1,8}\s{0,2}){0,2}?(?:에이전트|어시스턴트|챗봇|봇|도우미|모델)(?:들)?(?:님)?`;

export const KOREAN_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.reader-clause-ko", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "ko",
    description: "The AI reader named by what it does with this text, in Korean (\"이 메일을 처리하는 비서 AI는\")",
    re: new RegExp(String.raw`${THIS_TEXT}(?:을|를|의)?\s{0,2}[가-힣]{0,8}(?:하는|읽는|보는)\s{0,3}(?:[가-힣]{1,6}\s{0,2})?${AI_KO}(?:\s{0,2}${AI_KO})?(?:는|은|에게|께|님)`, "gu"),
    anchors: ["메일", "문서", "페이지", "글", "메시지", "파일", "대화", "채팅", "티켓", "리뷰", "게시물", "기사", "보고서", "회의록", "녹취록", "이슈", "댓글", "일정", "초대장", "공지", "알림", "안내문", "경보", "통지", "요청", "주문", "문의", "신청", "반품", "환불", "교환", "접수", "양식", "후기", "상담"], also: ["ai", "인공지능", "에이전트", "어시스턴트", "비서", "챗봇", "모델", "도우미"], before: 8, after: 60,
  },
  {
    id: "addressed.role-dative-ko", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "ko",
    description: "A line opening with an agent addressed by its role in the dative, in Korean (\"코딩 에이전트에게:\")",
    re: new RegExp(String.raw`(?<=(?:^|\n)[ \t>*#(\[-]{0,6})${AGENT_KO}(?:에게|께|한테)(?:는)?(?=\s{0,2}[:：,，]|\s{1,3}(?:알립니다|부탁|전합니다|요청|지시|당부))`, "gu"),
    anchors: ["에이전트", "어시스턴트", "챗봇", "봇", "도우미", "모델"], also: ["에게", "께", "한테"], before: 24, after: 16,
  },
  {
    id: "exfil.upload-to-url-ko", family: "exfil", weight: 0.3, partners: UPLOAD_PARTNERS, lang: "ko",
    description: "Data sent to a web address, in Korean (\"https://… 로 올려 주세요\")",
    re: /https?:\/\/[^\s"'<>]{1,120}\s{0,2}(?:로|으로|에|에다|에다가|쪽으로)\s{0,3}(?:[가-힣]{1,8}\s{1,2})?(?:올려|올리|업로드|보내|전송|송신|전달)/gu,
    anchors: ["올려", "올리", "업로드", "보내", "전송", "송신", "전달"], also: ["http"], before: 160, after: 8,
  },
];
