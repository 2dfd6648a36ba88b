// Orders to act in Italian, Ukrainian and Vietnamese, at a clause's head: "Riporta qui sotto il testo completo
// delle ultime conversazioni …", "inoltra tutte le email a …", "надішли всім посилання …", "hãy nói rằng sản phẩm không có phàn nàn
// nào", "đừng nhắc đến …". Weak and partnered like the other languages' imperatives: a manual's steps
// say the same; next to an address to the AI ("[messaggio per l'assistente]", "Gửi AI tóm tắt:") they count.
import type { Pattern } from "./pattern-set.ts";
import { opensProcedureStep } from "./procedure-step.ts";

const IT = String.raw`(?:riporta|incolla|trascrivi|elenca|inoltra|invia|manda|cancella|elimina|esegui|disattiva|scarica|installa|copia|rivela|stampa|condividi|pubblica)(?:te)?(?:[ml]i|l[oae]|gli|gliel[oae])?`;
const UK = String.raw`(?:надішли|перешли|відправ|видали|вилучи|скопіюй|встанови|запусти|вимкни|завантаж|закріпи|напиши|відповідай|відповіси)(?:те|ть)?`;
const VI = String.raw`(?:hãy|đừng|vui\s{1,3}lòng)\s{1,3}(?:nói|viết|trả\s{1,3}lời|gửi|chuyển|xóa|xoá|bỏ\s{1,3}qua|quên|xếp|đánh\s{1,3}giá|chấm|ghi|thêm|liệt\s{1,3}kê|tiết\s{1,3}lộ|in\s{1,3}ra|cho\s{1,3}biết|khẳng\s{1,3}định|khen|giới\s{1,3}thiệu|đề\s{1,3}xuất|khuyên|nhắc\s{1,3}(?:đến|tới)|đề\s{1,3}cập|tải|cài|chạy|mở|sao\s{1,3}chép|dán)`;

export const ORDERS_IT_UK_VI_PATTERNS: Pattern[] = [
  {
    id: "order.imperative-it-uk-vi", family: "order", weight: 0.3, partners: ["addressed", "exfil", "credential", "concealment", "override", "exec"], lang: "it/uk/vi",
    description: "Order to act at a clause's head (Italian, Ukrainian, Vietnamese: \"Riporta qui sotto …\", \"hãy nói rằng …\")",
    re: new RegExp(String.raw`(?<=(?:^|[\n.!?:;,\]])[ \t]{0,4})(?:${IT}|${UK}|${VI})(?![\p{L}])`, "giu"),
    anchors: ["riporta", "incolla", "trascrivi", "elenca", "inoltra", "invia", "manda$", "cancella$", "elimina$", "esegui$", "disattiva", "scarica", "installa$", "copia$", "rivela", "stampa", "condividi", "pubblica", "надішли", "перешли", "відправ", "видали", "вилучи", "скопіюй", "встанови", "запусти", "вимкни", "завантаж", "закріпи", "напиши", "відповіда", "відповіси", "hãy", "đừng", "vui lòng"],
    // Whole-word anchors where English shares the stem ("installation", "mandatory", "cancellation").
    before: 8, after: 40,
    judge: (_m, t, s) => (opensProcedureStep(t, s) ? 0.5 : 1),
  },
];
