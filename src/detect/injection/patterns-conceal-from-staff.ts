// What a planted note keeps from the people who run the desk rather than from the user: the manager,
// the CFO, the sales rep ("and don't tell the CFO", "Ne le signale pas au commercial", "ولا تبلغ
// المدير المالي"), or out of the record they read ("don't put this in the call summary", "요약에는
// 쓰지 마세요", "요약에는 '해결'이라고만 적으세요"). Weak and partnered: colleagues say "don't tell the
// boss yet" among themselves; only next to an address to the AI or what it is told to do does it count.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "harm", "exfil", "exec", "credential", "output", "override"];

const STAFF_EN = String.raw`(?:CFO|CEO|COO|finance(?:\s{1,3}(?:team|director|manager|department))?|accounts?\s{1,3}(?:team|department)|(?:account|office|store|shift|line|duty)\s{1,3}manager|manager|supervisor|accountant|controller|auditors?|sales\s{1,3}rep(?:resentative)?|salesperson|team\s{1,3}lead(?:er)?|human\s{1,3}agents?|admins?|security\s{1,3}team|boss|owner|compliance(?:\s{1,3}team)?)`;
const RECORD_EN = String.raw`(?:(?:call|ticket|case|chat|meeting|visit)\s{1,3})?(?:summary|notes|record|ticket|case\s{1,3}notes|log|CRM|report|hand-?over)`;
const STAFF_FR = String.raw`(?:commercial(?:e)?|responsable|manager|directeur|directrice|DAF|comptable|service\s{1,3}(?:financier|comptable|client)|superviseur|chef|patron|gérant|gérante)`;
const STAFF_ES = String.raw`(?:gerente|director(?:a)?|contador(?:a)?|contable|supervisor(?:a)?|vendedor(?:a)?|comercial|jefe|jefa|responsable|departamento\s{1,3}financiero)`;
const STAFF_DE = String.raw`(?:Chef(?:in)?|Vorgesetzten?|Manager(?:in)?|Buchhaltung|Finanzabteilung|Controller(?:in)?|Vertrieb|Verkäufer(?:in)?|Außendienst|Teamleit(?:er|erin|ung)|Geschäftsführ(?:er|erin|ung))`;

/** What a match in English, French, Spanish or German names, one of which must be near its common-word anchor (never, without, do not, sans, no, ohne…). */
const STAFF_OR_RECORD = [
  "cfo", "ceo", "coo", "finance", "account", "manager", "supervisor", "controller", "auditor", "sales", "salesperson", "team lead", "human agent", "admin", "security team", "boss", "owner", "compliance",
  "summary", "notes", "record", "ticket", "log", "crm", "report", "hand",
  "commercial", "responsable", "directeur", "directrice", "daf", "comptable", "service", "superviseur", "chef", "patron", "gérant",
  "gerente", "comercial", "director", "contador", "contable", "vendedor", "jefe", "jefa", "departamento",
  "vorgesetzt", "buchhaltung", "finanzabteilung", "vertrieb", "verkäufer", "außendienst", "teamleit", "geschäftsführ",
];

export const CONCEAL_FROM_STAFF_PATTERNS: Pattern[] = [
  {
    id: "concealment.keep-from-staff", family: "concealment", weight: 0.35, partners: PARTNERS, negatable: false,
    description: "Kept from the staff or out of the record they read (\"don't tell the CFO\", \"ne le signale pas au commercial\", \"ohne den Vorgesetzten zu informieren\")",
    re: new RegExp([

      String.raw`\b(?:do\s{1,3}not|don['’]t|never|without)\s{1,3}(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|cc(?:ing)?|loop(?:ing)?\s{1,3}in|(?:flag(?:ging)?|mention(?:ing)?|report(?:ing)?|escalat(?:e|ing)|show(?:ing)?)\s{1,3}(?:it|this|that|anything)\s{1,3}to)\s{1,3}(?:the|our|your|any|a|my)\s{1,3}${STAFF_EN}\b`,
      String.raw`\b(?:do\s{1,3}not|don['’]t|never|without)\s{1,3}(?:mention(?:ing)?|includ(?:e|ing)|put(?:ting)?|writ(?:e|ing)|not(?:e|ing)|log(?:ging)?|record(?:ing)?)\s{1,3}(?:it|this|that|any\s{1,3}of\s{1,3}(?:this|that)|the\s{1,3}(?:change|request|transfer|update))\s{1,3}(?:in|on|into)\s{1,3}(?:the|your)\s{1,3}${RECORD_EN}\b`,
      String.raw`(?<![\p{L}])ne\s{1,3}(?:le\s{1,3}|la\s{1,3}|les\s{1,3}|l['’]\s{0,2}|en\s{1,3}|lui\s{1,3}|leur\s{1,3})?(?:signale|dis|mentionne|pr[ée]viens|informe|avertis|parle)[sz]?\s{1,3}(?:pas|rien|jamais)(?:\s{1,3}(?:en\s{1,3})?parler)?\s{1,3}(?:au|aux|à\s{1,3}(?:la|l['’]|notre|votre))\s{0,3}${STAFF_FR}`,
      String.raw`(?<![\p{L}])ne\s{1,3}(?:pr[ée]viens|informe|avertis|pr[ée]venez|informez|avertissez)\s{1,3}(?:pas|jamais)\s{1,3}(?:le|la|l['’]|notre|votre)\s{0,3}${STAFF_FR}`,
      String.raw`(?<![\p{L}])sans\s{1,3}(?:en\s{1,3})?(?:informer|pr[ée]venir|avertir|alerter)\s{1,3}(?:le|la|l['’]|notre|votre)\s{0,3}${STAFF_FR}`,
      String.raw`(?<![\p{L}])no\s{1,3}(?:se\s{1,3}lo\s{1,3}|le\s{1,3}|les\s{1,3}|lo\s{1,3})?(?:digas|informes|avises|comuniques|notifiques|menciones|cuentes)\s{1,3}(?:nada\s{1,3})?(?:al|a\s{1,3}la|a\s{1,3}nuestr[oa])\s{1,3}${STAFF_ES}`,
      String.raw`(?<![\p{L}])sin\s{1,3}(?:avisar|informar|notificar|decirle|contarle)\s{1,3}(?:al|a\s{1,3}la)\s{1,3}${STAFF_ES}`,
      String.raw`(?<![\p{L}])(?:informiere|informieren\s{1,3}Sie|benachrichtige|sag|sage|sagen\s{1,3}Sie|melde|melden\s{1,3}Sie)\s{1,3}(?:es\s{1,3}|das\s{1,3}|davon\s{1,3})?(?:nicht|nichts|keinesfalls)\s{1,3}(?:de[mnr]|die|unsere[mnr]?|eure[mnr]?)\s{1,3}${STAFF_DE}`,
      String.raw`(?<![\p{L}])ohne\s{1,3}(?:de[mn]|die|unsere[mn]?)\s{1,3}${STAFF_DE}\s{1,3}zu\s{1,3}(?:informieren|benachrichtigen|fragen)`,
    ].join("|"), "giu"),
    anchors: ["do not", "don't", "don’t", "never", "without", "ne ", "sans ", "no ", "sin ", "nicht", "nichts", "keinesfalls", "ohne"],
    also: STAFF_OR_RECORD,
    before: 4, after: 140,
  },
  {
    id: "concealment.keep-from-staff-languages", family: "concealment", weight: 0.35, partners: PARTNERS, negatable: false,
    description: "Kept from the staff or out of the record they read, in Arabic, Korean or Chinese (\"ولا تبلغ المدير المالي\", \"요약에는 쓰지 마세요\", \"不要告诉经理\")",
    re: new RegExp([
      // ar: "ولا تبلغ المدير المالي", "لا تُخبر المحاسب"
      String.raw`(?<![\p{L}])و?لا\s{1,3}(?:تبلغ|تُبلغ|تبلّغ|تخبر|تُخبر|تعلم|تُعلم|تخطر|تُخطر|تذكر|تُعلِم)\s{1,3}(?:ال)?(?:مدير|محاسب|مشرف|إدارة|ادارة|مسؤول|قسم|فريق|مندوب|بائع|رئيس)`,
      // ko: "요약에는 쓰지 마세요", "팀장에게 알리지 마세요", "요약에는 '해결'이라고만 적으세요"
      String.raw`(?:요약|기록|메모|티켓|보고서|상담\s{0,2}내역)(?:에는|에|엔)\s{0,2}(?:[^\n.]{0,30}?)(?:쓰지|적지|남기지|기록하지|언급하지|넣지)\s{0,2}마`,
      // ko: "주간 보고서에서도 제외하세요", "요약에서는 빼 주세요"
      String.raw`(?:요약|기록|메모|티켓|보고서|리포트|회의록|답변|응답)(?:에서|에선)(?:는|도)?\s{0,2}(?:[가-힣]{1,8}\s{1,2}){0,2}(?:(?:제외|삭제|생략|누락)(?:하세요|하십시오|해\s{0,2}(?:주세요|주십시오|줘)|하라|해라|시키세요)|빼(?:세요|십시오|\s{0,2}주세요|\s{0,2}줘|라))`,
      String.raw`(?:요약|기록|메모|티켓|보고서)(?:에는|에|엔)\s{0,2}["“'‘][^"”'’\n]{1,40}["”'’]\s{0,2}(?:이라고|라고)만\s{0,2}(?:적|쓰|기록|남기)`,
      String.raw`(?:관리자|매니저|팀장|상담원|담당자|상사|재무팀|회계팀|영업\s{0,2}담당자?)\S{0,3}(?:에게|한테|께)\s{0,2}(?:알리지|말하지|보고하지|전하지)\s{0,2}마`,
      // zh: "不要告诉经理", "别写进工单摘要"
      String.raw`(?:不要|别|別|不必|切勿|无需|無需)(?:告诉|告訴|通知|告知|汇报给|匯報給|抄送)(?:经理|經理|主管|财务|財務|销售|銷售|会计|會計|领导|領導|上级|上級|人工客服)`,
      String.raw`(?:不要|别|別|切勿)(?:在|写进|寫進|写入|寫入|记入|記入)(?:摘要|总结|總結|记录|記錄|工单|工單|备注|備註)`,
        ].join("|"), "giu"),
    anchors: ["لا", "요약", "기록", "메모", "티켓", "보고서", "리포트", "회의록", "답변", "응답", "상담", "관리자", "매니저", "팀장", "상담원", "담당자", "상사", "재무팀", "회계팀", "영업", "不要", "别", "別", "不必", "切勿", "无需", "無需"],
    before: 4, after: 140,
  },
];
