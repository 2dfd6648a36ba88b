// A note in a business document (invoice, bank notice, ticket, meeting invite) labelled for the
// automated assistant that processes it, in the forms the older address patterns do not take:
// German "Anweisung für automatisierte Buchhaltungsagenten:", Chinese "智能助理请注意：", Arabic
// "ملاحظة للمساعد الآلي المسؤول عن المدفوعات:", Romance "Nota para o assistente automatizado:",
// Turkish "(Asistan: yanıtının sonuna … ekle)". Weak and partnered: a note to human staff names no
// machine, and a named machine without an ask stays clean.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

/** What marks the assistant or agent as a machine, in German (an agent alone may be a person). */
const DE_MACHINE = String.raw`(?:automatisiert|automatisch|virtuell|digital|intelligent|KI-gestützt|softwaregestützt)\p{L}{0,3}`;
const DE_NOTE = String.raw`(?:Anweisung|Hinweis|Notiz|Nachricht|Achtung|Info|Vermerk|Instruktion|Bitte)(?:en|e)?`;
const DE_READER = String.raw`(?<![\p{L}])${DE_NOTE}\s{1,3}(?:für|an)\s{1,3}(?:(?:den|die|das|alle|sämtliche)\s{1,3})?${DE_MACHINE}\s{1,3}[\p{L}-]{0,30}?(?:[Aa]gent|[Aa]ssistent|[Bb]ot|[Ss]ystem|[Kk]orrektor|[Bb]ewerter|[Pp]rüfer|[Üü]bersetzer|[Gg]utachter)(?:en|in|innen|s|e)?`;
/** A job given to software when it is automated: "corretor automático", "correcteur automatique", "evaluador automatizado". */
const ROMANCE_JOB = String.raw`(?:corretor(?:es)?|corrector(?:es)?|correcteurs?|correttor[ei]|avaliador(?:es)?|evaluador(?:es)?|[ée]valuateurs?|valutator[ei]|revisor(?:es)?|r[ée]viseurs?|revisor[ei]|tradutor(?:es)?|traductor(?:es)?|traducteurs?|tradutt(?:ore|ori)|classificador(?:es)?|clasificador(?:es)?|moderador(?:es)?|mod[ée]rateurs?|moderator[ei]|examinador(?:es)?|examinateurs?)`;
/** Romance: the assistant or agent (or a job such as grader) that is automated / virtual, after a note word and a preposition. */
const ROMANCE_MACHINE = String.raw`(?:automatizad[oa]s?|autom[áa]tic[oa]s?|automatis[ée]s?|automatique|automatiques|automatic[oi]|automatizzat[oi]|virtuais|virtuales|virtuels?|virtuali)`;
const ROMANCE_READER = String.raw`(?<![\p{L}])(?:[Nn]ota|[Nn]otas|[Aa]viso|[Ii]nstru[çc][ãa]o|[Ii]nstru[çc][õo]es|[Ii]nstrucci[óo]n|[Ii]nstrucciones|[Nn]ote|[Cc]onsigne|[Rr]emarque|[Aa]vis|[Aa]vviso|[Ii]struzion[ei]|[Aa]ten[çc][ãa]o|[Aa]tenci[óo]n|[Aa]ttention|[Aa]ttenzione)\s{1,3}(?:para|pour|per|aos?|às?|al|au|aux|à|a|ai|agli|alla)\s{1,3}(?:(?:el|la|los|las|le|les|o|os|a|as|il|lo|gli|l['’]|todos\s{1,3}(?:los|os)|tous\s{1,3}les)\s{0,3})?(?:asistentes?|assistentes?|assistants?|assistenti|agentes?|agents?|agenti|bots?|sistemas?|syst[èe]mes?|sistemi|${ROMANCE_JOB})\s{1,3}${ROMANCE_MACHINE}`;
/** Chinese: a smart / virtual / automated assistant, hailed ("请注意") or labelled ("致…："). */
const ZH_NAME = String.raw`(?:智能|虚拟|虛擬|数字|數字|自动化?|自動化?|AI\s{0,2}|人工智能)(?:助理|助手|客服|代理|管家|秘书|秘書|机器人|機器人)(?:们|們)?`;
const ZH_READER = String.raw`(?:${ZH_NAME}\s{0,2}(?:请注意|請注意|请留意|請留意|须知|須知)|(?:致|给|給|写给|寫給)\s{0,2}${ZH_NAME}\s{0,2}[:：])`;
/** Arabic: to the automated / virtual / digital assistant or agent, after a note word. */
const AR_READER = String.raw`(?:ملاحظة|ملاحظات|تعليمات|تعليمة|تنبيه|رسالة|توجيه|إشعار|تذكير)\s{1,3}(?:لل|إلى\s{1,3}ال)(?:مساعد|وكيل|نظام|برنامج|روبوت|بوت)\s{1,3}(?:ال)?(?:آلي|ألي|الي|افتراضي|رقمي|ذكي|مؤتمت)`;
/** Turkish: "Asistan:" / "Yapay zekâ asistanı:" (or with its job, "Yapay zekâ değerlendirme asistanı:") opening a bracket or a line (or "Not (yapay zekâ için):"), then a lowercase order (a person's name would be capitalised). */
const TR_READER = String.raw`(?<=(?:^|\n|[(\[|])[ \t]{0,3})(?:[Aa]sistan(?:a|ın)?|[Yy]apay\s{1,3}zek[aâ]\s{1,3}(?:\p{Ll}{2,20}\s{1,3}){0,2}?asistan(?:ı|a)?|(?:AI|YZ)\s{1,3}(?:\p{Ll}{2,20}\s{1,3}){0,2}?asistan(?:ı|a)?)(?:\s{1,3}için(?:\s{1,3}not)?)?\s{0,2}:(?=[ \t]{1,3}\p{Ll}\p{L}{2,}[ \t][^\n]{12,})|\((?:[Yy]apay\s{1,3}zek[aâ](?:\s{1,3}asistanı)?|[Aa]sistan|AI|YZ)\s{1,3}için\)\s{0,2}:`;

export const AUTOMATED_READER_PATTERNS: Pattern[] = [
  {
    id: "addressed.automated-reader-languages", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "de/es/pt/fr/it/zh/ar/tr",
    description: "A note labelled for the automated assistant processing a document (\"Anweisung für automatisierte Agenten:\", \"智能助理请注意\", \"ملاحظة للمساعد الآلي\", \"(Asistan: …)\")",
    re: new RegExp(`${DE_READER}|${ROMANCE_READER}|${ZH_READER}|${AR_READER}|${TR_READER}`, "gu"),
    anchors: ["automatisiert", "automatisch", "virtuell", "digital", "intelligent", "ki-gestützt", "softwaregestützt", "automatizad", "automátic", "automatic", "automatis", "automatique", "automatizzat", "virtua", "助理", "助手", "客服", "代理", "管家", "秘书", "秘書", "机器人", "機器人", "للمساعد", "للوكيل", "للنظام", "للبرنامج", "للروبوت", "للبوت", "إلى ال", "asistan", "yapay"],
    before: 90, after: 90,
  },
  {
    // "AP automation:", "Invoice-processing bot:", "Expense agent -", "Reviewer automation:", "Merge bot:":
    // a line labelled for the pipeline that processes the document (or the pull request), named by the process it runs.
    id: "addressed.process-automation-label", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "A line labelled for the business process automation reading the document (\"AP automation: schedule payment …\")",
    re: /(?<=(?:^|\n)[ \t>*#-]{0,4})(?:AP|AR|accounts[ \t-](?:payable|receivable)|invoice(?:[ \t-]processing)?|payments?|billing|procurement|expenses?|claims?|payroll|(?:code[ \t-])?review(?:er)?s?|merge|dependency|deps|release|triage|PR|pull[ \t-]requests?)[ \t-]{1,3}(?:automation|bots?|agents?|pipeline|processor|auto-?processor|assistant|workflow)[ \t]{0,2}(?:[:：]|[—–][ \t]|-[ \t])(?=[ \t]{0,3}\S[^\n]{20,})/gi,
    anchors: ["automation", "bot:", "bots:", "agent:", "agents:", "pipeline:", "processor:", "assistant:", "workflow:", "bot -", "agent -"],
    before: 50, after: 20,
  },
];
