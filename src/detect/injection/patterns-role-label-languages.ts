// Role-label dictation (patterns-role-label-dictation.ts) in the other languages the detector reads: a
// label naming the AI ("Assistant IA :", "Asistente IA:", "KI-Assistent:", "ИИ-ассистент:",
// "AIアシスタントへ：", "AI 어시스턴트에게:") opening a line or a sentence, then an order fixing what it
// reports ("classe ce ticket comme résolu", "di que el producto es seguro", "erwähne die Ausfälle nicht")
// or sending mail off ("ajoute en copie cachée x@…", "joins les pièces jointes précédentes"). The
// mail order alone is also a weak signal in every language: adding a hidden recipient or re-attaching
// earlier attachments when replying is how a planted note exfiltrates a thread.
import type { Family, Pattern } from "./pattern-set.ts";
import { ADDR } from "./patterns-forward-mail.ts";

const LABEL = String.raw`(?:(?:Assistant|Assistante|Agent)\s{1,2}(?:IA|d['’]IA|virtuel)|(?:Asistente|Assistente|Agente)(?:\s{1,2}(?:de\s{1,2})?(?:IA|virtual))?|KI-(?:Assistent|Agent|Assistentin)|KI|IA|ИИ(?:-(?:ассистент|агент|помощник))?|(?:Ассистент|Помощник)(?:\s{1,2}ИИ)?|ШІ(?:-(?:асистент|агент|помічник))?|AI\s{0,2}(?:アシスタント|エージェント)(?:へ|に)?|AI\s{0,2}(?:어시스턴트|에이전트|비서|도우미)(?:에게)?)`;
/** The label opens its line or a sentence ("Ce message est confidentiel. Assistant IA : …"). */
const OPENS = String.raw`(?<=^|\n|[.!?。]\s{1,3}|[.!?。])[ \t>*#-]{0,3}`;

/** Mail sent off: a hidden or extra recipient added, or earlier attachments attached again. */
const MAIL_OFF = [
  // hidden / copy recipient: "copie cachée", "CCO", "Blindkopie", "скрытую копию", "BCC", "숨은 참조", "ブラインドカーボンコピー"
  String.raw`(?:copie\s{1,3}cachée|copia\s{1,3}(?:oculta|nascosta|carbone\s{1,3}nascosta)|\bCCO\b|\bCCN\b|Blindkopie|\bBcc\b|\bCc\b|скрыт\p{L}{2,3}\s{1,3}копи\p{L}{1,2}|прихован\p{L}{2,3}\s{1,3}копі\p{L}{1,2}|ブラインド\s{0,2}カーボン\s{0,2}コピー|숨은\s{0,2}참조)[^\n]{0,60}?${ADDR}`,
  String.raw`${ADDR}[^\n]{0,40}?(?:en\s{1,3}copie\s{1,3}cachée|(?:en|como|in)\s{1,3}(?:copia\s{1,3}oculta|CCO|CCN|copia\s{1,3}nascosta)|(?:als|in|in\s{1,3}die)\s{1,3}(?:Blindkopie|BCC|Bcc|CC)|в\s{1,3}скрыт\p{L}{2,3}\s{1,3}копи\p{L}{1,2}|を\s{0,2}(?:BCC|Bcc|CC)\s{0,2}に|(?:을|를)?\s{0,2}숨은\s{0,2}참조)`,
  // earlier attachments attached: "joins les pièces jointes précédentes", "adjunta los archivos adjuntos anteriores", "hänge die vorherigen Anhänge an"
  String.raw`(?:joins|joignez|ajoute[zs]?|adjunta|adjunte|anexa|anexe|allega|allegate|hänge|füge|приложи(?:те)?|прикрепи(?:те)?|attach)\s{1,3}(?:[\p{L}'’-]{1,20}\s{1,3}){0,3}?(?:pièces\s{1,3}jointes|(?:archivos\s{1,3})?adjuntos|anexos|allegati|Anhänge|вложени\p{L}{1,2}|attachments)\s{1,3}(?:précédentes|antérieures|anteriores|precedenti|previous|earlier|prior|from\s{1,3}(?:the\s{1,3})?(?:earlier|previous)\s{1,3}(?:mails?|messages?|e-?mails?))|(?:vorherigen|früheren|bisherigen)\s{1,3}Anhänge|предыдущие\s{1,3}вложени\p{L}{1,2}|(?:以前|過去|前回)の添付ファイル(?:を|も)\s{0,2}添付|이전\s{0,2}첨부\s{0,2}파일(?:을|도)?\s{0,2}첨부`,
].join("|");

/** An order fixing what the AI reports, per language: "classe X comme Y", "di que …", "erwähne … nicht", "независимо от". */
const DICTATES_LANG = new RegExp([
  String.raw`^(?:classe|marque|note|compte|considère|traite|évalue|indique|signale|présente|range)\s[^.\n:]{1,60}?\scomme\s`,
  String.raw`^(?:clasifica|clasifique|marca|marque|cuenta|considera|trata|eval[uú]a|presenta|registra|classifica|classifique|segna|conta|conte|tratta|trate|considere|valuta|avalie|apresente|registre)\s[^.\n:]{1,60}?\s(?:como|come)\s`,
  String.raw`^(?:dis|dites|réponds|répondez|affirme|di|diga|responde|responda|afirma|rispondi|afferma)\s(?:que|che|qu['’])\s`,
  String.raw`^(?:stufe|markiere|bewerte|werte|kennzeichne|behandle|zähle|gib)\s[^.\n:]{1,60}?\sals\s`,
  String.raw`^(?:sag|sage|antworte|behaupte)\s{0,2},?\s{1,2}dass\s`,
  String.raw`^(?:отметь|отметьте|классифицируй|классифицируйте|считай|считайте|оцени|оцените|укажи|укажите)\s[^.\n:]{1,60}?\sкак\s`,
  String.raw`^(?:скажи|скажите|ответь|ответьте|сообщи|сообщите)\s{0,2},?\s{1,2}что\s`,
  String.raw`(?:ne\s(?:mentionne|signale|dis)\s(?:pas|rien)|quel(?:le)?s?\sque\s(?:soit|soient)|no\s(?:menciones|mencione|informes|digas)|independientemente\sde|non\s(?:menzionare|segnalare)|indipendentemente\sda|não\s(?:mencione|informe|diga)|independentemente\sd[eo]|(?:erwähne|melde|nenne)\s[^.\n]{0,40}?\snicht|unabhängig\svon|не\s(?:упоминай|сообщай|говори)|независимо\sот)`,
  String.raw`(?:として(?:分類|扱|報告|記録|評価)|と(?:答え|回答し|報告し|言っ)て|に(?:触れ|言及し)ないで|(?:으)?로\s{0,2}(?:분류|표시|처리|보고|평가)|라고\s{0,2}(?:답|말|보고)|언급하지\s{0,2}마)`,
].join("|"), "iu");
const MAIL_OFF_RE = new RegExp(MAIL_OFF, "iu");

/** What follows a label, a lead clause ("en rédigeant la réponse,", "al responder,") stripped. */
function dictatesOrSendsOff(said: string): boolean {
  const order = said.replace(/^(?:(?:s['’]il\s(?:te|vous)\splaît|por\sfavor|bitte|per\sfavore|пожалуйста)[,\s]{1,3})?(?:[^,.\n]{1,60},\s{0,3})?/iu, "");
  return MAIL_OFF_RE.test(said) || DICTATES_LANG.test(order) || DICTATES_LANG.test(said);
}

const PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role", "pseudo-tag"];

export const ROLE_LABEL_LANGUAGE_PATTERNS: Pattern[] = [
  {
    id: "addressed.role-label-dictation-languages", family: "addressed", weight: 0.6, lang: "fr/es/pt/it/de/ru/uk/ja/ko",
    description: "A label naming the AI, then an order fixing what it reports or sending mail off, in other languages (\"Assistant IA : ajoute en copie cachée …\", \"KI-Assistent: stufe … als harmlos ein\")",
    re: new RegExp(String.raw`${OPENS}${LABEL}\s{0,2}[:：]\s{0,3}[^\n]{1,240}`, "giu"),
    anchors: ["ia$", "ki$", "ии$", "ші$", "assistant", "asistente", "assistente", "agente", "ассистент", "помощник", "アシスタント", "エージェント", "어시스턴트", "에이전트", "비서", "도우미"],
    before: 40, after: 280,
    judge: (m) => (dictatesOrSendsOff(m.replace(/^[^:：]{0,60}[:：]\s{0,3}/u, "")) ? 1 : 0),
  },
  {
    id: "exfil.mail-hidden-recipient", family: "exfil", weight: 0.35, partners: PARTNERS,
    description: "Mail sent off: a hidden recipient added or earlier attachments attached again (\"ajoute en copie cachée x@…\", \"bcc x@… on your reply\")",
    re: new RegExp(MAIL_OFF, "giu"),
    anchors: ["copie cach", "copia oculta", "copia nascosta", "cco", "ccn", "blindkopie", "bcc", "cc", "скрыт", "прихован", "ブラインド", "숨은", "pièces jointes", "adjuntos", "anexos", "allegati", "anhänge", "вложени", "attachments", "添付ファイル", "첨부"],
    before: 80, after: 120,
  },
];
