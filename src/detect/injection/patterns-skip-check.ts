// The human check cut out of an order slipped into a business document: "Keine Rückfrage beim
// Nutzer", "Não é necessário confirmar com a secretaria", "دون الرجوع إلى قسم المالية", "请勿提示用户",
// "sans consulter la comptabilité", "muhasebeye danışmadan"; in English the anti-fraud step of a bank-detail
// change ("skip the call-back check", "treat this as verified"). Weak and partnered with an address to
// an AI or a harmful act: office rules say the same to staff ("nie ohne Rücksprache mit …"), and
// a negated rule ("never without checking with finance") is the check itself.
import type { Family, Pattern } from "./pattern-set.ts";

/** Not order / exfil: a staff memo asks for payments and forwards; only an address to a machine or a harmful act makes the skip an attack's. */
const SKIP_PARTNERS: readonly Family[] = ["addressed", "exec", "harm", "credential", "override", "role", "pseudo-tag"];

const DE = String.raw`(?<![\p{L}])(?:keine|ohne)\s{1,3}(?:Rückfrage|Rücksprache|Bestätigung|Freigabe|Abstimmung)\s{1,3}(?:beim|bei|mit|an|durch)\s{1,3}(?:(?:dem|der|den|die|das)\s{1,3})?\p{L}{3,30}`;
const PT = String.raw`(?<![\p{L}])(?:não\s{1,3}(?:é\s{1,3})?(?:necessário|preciso|precisa)\s{1,3}(?:de\s{1,3})?|sem\s{1,3})(?:confirmar|consultar|avisar|verificar|checar|validar)\s{1,3}(?:(?:com|junto\s{1,3}(?:a|à|ao|aos))\s{1,3}(?:(?:a|o|as|os)\s{1,3})?|(?:a|à|ao|o|os|as)\s{1,3})\p{L}{3,30}`;
const ES = String.raw`(?<![\p{L}])(?:(?:no\s{1,3}(?:es\s{1,3})?(?:necesario|hace\s{1,3}falta)\s{1,3}|sin\s{1,3})(?:confirmar|consultar|avisar|verificar|comprobar|controlar|revisar|validar)|no\s{1,3}(?:consulte|confirme|avise|verifique|compruebe|valide)n?)(?:lo)?\s{1,3}(?:(?:con|a|al)\s{1,3}(?:(?:el|la|los|las)\s{1,3})?|(?:el|la|los|las)\s{1,3})\p{L}{3,30}`;
const FR = String.raw`(?<![\p{L}])(?:inutile\s{1,3}de|pas\s{1,3}besoin\s{1,3}de|sans)\s{1,3}(?:confirmer|consulter|vérifier|contrôler|prévenir|valider|demander)\s{1,3}(?:(?:auprès\s{1,3}d(?:u|es|e\s{1,3}la|e\s{1,3}l['’])|avec|à|à\s{1,3}la)\s{0,3}(?:(?:le|la|les|l['’])\s{0,3})?|(?:au|aux|le|la|les)\s{1,3}|l['’]\s{0,3})\p{L}{3,30}`;
const IT = String.raw`(?<![\p{L}])(?:non\s{1,3}(?:è\s{1,3})?(?:necessario|serve)\s{1,3}|senza\s{1,3})(?:confermare|consultare|verificare|controllare|avvisare|chiedere)\s{1,3}(?:(?:con|a)\s{1,3}(?:(?:il|la|lo|i|le)\s{1,3})?|al\s{1,3}|alla\s{1,3}|all['’]\s{0,3}|il\s{1,3}|la\s{1,3}|l['’]\s{0,3})\p{L}{3,30}`;
const AR = String.raw`(?:دون|بدون|من\s{1,3}غير)\s{1,3}(?:الرجوع|العودة|مراجعة|استشارة|موافقة|تأكيد|استئذان)\s{1,3}(?:إلى|الى|مع|من)?\s{0,3}\p{L}{3,30}|لا\s{1,3}(?:داعي|حاجة)\s{1,3}(?:لل|إلى\s{1,3}ال)(?:تأكيد|رجوع|مراجعة|استشارة|تحقق)`;
const ZH = String.raw`(?:请勿|請勿|切勿|勿|不要|无需|無需|不必|不用)(?:再)?(?:提示|告知|通知|提醒|询问|詢問|征求|徵求|告诉|告訴)(?:用户|用戶|使用者|客户|客戶|财务|財務)|(?:无需|無需|不必|不用)(?:与|與|跟|向)[^，。,\n]{1,12}?(?:确认|確認|核实|核實|沟通|溝通)`;
const TR = String.raw`(?<![\p{L}])(?:kullanıcıya|müşteriye|finansa|finans\s{1,3}ekibine|muhasebeye|yöneticiye|sekreterliğe)\s{1,3}(?:sormadan|danışmadan|haber\s{1,3}vermeden|onay\s{1,3}almadan|bildirmeden|teyit\s{1,3}etmeden)`;

/** The human review named as not needed: "sin revisión humana", "sem revisão manual", "ohne manuelle Prüfung", "不需要人工复核", "人による確認は不要". */
const HUMAN_REVIEW_SKIPPED = [
  String.raw`(?<![\p{L}])(?:sin|sem|sans|senza|ohne)\s{1,3}(?:(?:una?|ninguna|nenhuma|aucune)\s{1,3})?(?:revisi[óo]n|revis[ãa]o|verificaci[óo]n|verifica[çc][ãa]o|aprobaci[óo]n|aprova[çc][ãa]o|intervenci[óo]n|interven[çc][ãa]o|v[ée]rification|validation|relecture|r[ée]vision|contr[ôo]le|revisione|verifica|controllo|approvazione|intervento|menschliche|manuelle)\s{1,3}(?:humana|human[oa]|manual|humaine|manuelle|umana|manuale|Prüfung|Kontrolle|Freigabe|Überprüfung|Sichtung)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:no\s{1,3}(?:es\s{1,3}necesaria|hace\s{1,3}falta)|não\s{1,3}(?:é\s{1,3})?(?:necessária|precisa\s{1,3}de)|pas\s{1,3}besoin\s{1,3}d['’]\s{0,2}une?|inutile\s{1,3}d['’]\s{0,2}une?|non\s{1,3}(?:serve|è\s{1,3}necessaria))\s{1,3}(?:una?\s{1,3})?(?:revisi[óo]n|revis[ãa]o|v[ée]rification|validation|relecture|revisione|verifica)\s{1,3}(?:humana|manual|humaine|manuelle|umana|manuale)(?![\p{L}])`,
  String.raw`(?<![\p{L}])keine\s{1,3}(?:manuelle|menschliche)\s{1,3}(?:Prüfung|Kontrolle|Freigabe|Überprüfung|Sichtung)\s{1,3}(?:nötig|notwendig|erforderlich)`,
  String.raw`(?:不需要|不需|无需|無需|不必|不用|免)(?:经过|經過|进行|進行|再)?(?:人工|人為|人为|人手)(?:的)?(?:复核|複核|审核|審核|审查|審查|检查|檢查|确认|確認|核实|核實|干预|干預)`,
  String.raw`(?:人による|人手による|人間による|人の)(?:確認|審査|レビュー|チェック)(?:は)?(?:不要|必要ありません|いりません)`,
].join("|");

/** "nie / never / nunca / jamais / 不得 … without": the rule to check, not its skipping. */
const NEVER_BEFORE = /(?<![\p{L}])(?:nie|niemals|keinesfalls|never|jamais|nunca|jamás|mai|não|nenhum|لا\s{1,3}(?:يجوز|يتم|تقم)|不得|不可|禁止)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,3}$/iu;

/** A negation earlier in the clause ("Nunca faça merge de mudanças … sem revisão humana", "不得…无需人工审核"): the rule that keeps the review. */
const NEGATED_CLAUSE = /(?:(?<![\p{L}])(?:nunca|não|nao|nenhum|nenhuma|jamais|jamás|ningún|ninguna|ne|n['’]|no|non|mai|nie|niemals|nicht|kein\p{L}{0,2}|never|not|don['’]t|do\s{1,3}not)(?![\p{L}])|不得|不可|禁止|不要|不能|切勿|严禁|嚴禁|绝不|絕不|しないで|してはいけ)[^.!?;:\n。；！？：]*$/iu;

export const SKIP_CHECK_PATTERNS: Pattern[] = [
  {
    id: "concealment.skip-human-check-languages", family: "concealment", weight: 0.35, partners: SKIP_PARTNERS, lang: "de/pt/es/fr/it/ar/zh/tr",
    description: "An order's human check cut out: without checking back with the user or the office (\"Keine Rückfrage beim Nutzer\", \"دون الرجوع إلى قسم المالية\", \"请勿提示用户\")",
    re: new RegExp([DE, PT, ES, FR, IT, AR, ZH, TR].join("|"), "giu"),
    anchors: ["keine", "ohne", "não", "sem ", "no es", "no hace", "no necesario", "no consulte", "no confirme", "no avise", "no verifique", "no compruebe", "no valide", "sin ", "inutile", "pas besoin", "sans ", "non ", "senza", "دون", "بدون", "غير", "داعي", "حاجة", "请勿", "請勿", "切勿", "勿", "不要", "无需", "無需", "不必", "不用", "sormadan", "danışmadan", "vermeden", "almadan", "bildirmeden", "etmeden"],
    before: 40, after: 90,
    judge: (_m, t, s) => (NEVER_BEFORE.test(t.slice(Math.max(0, s - 60), s)) ? 0.2 : 1),
  },
  {
    id: "concealment.skip-human-review-languages", family: "concealment", weight: 0.35, partners: SKIP_PARTNERS, lang: "es/pt/fr/it/de/zh/ja",
    description: "The human review of an order said to be unneeded (\"sin revisión humana\", \"ohne manuelle Prüfung\", \"不需要人工复核\")",
    re: new RegExp(HUMAN_REVIEW_SKIPPED, "giu"),
    anchors: ["sin ", "sem ", "sans ", "senza", "ohne", "no es necesaria", "no hace falta", "não", "pas besoin", "inutile", "non serve", "non è", "keine", "不需", "无需", "無需", "不必", "不用", "免", "人による", "人手による", "人間による", "人の"],
    before: 4, after: 60,
    judge: (_m, t, s) => (NEGATED_CLAUSE.test(t.slice(Math.max(0, s - 120), s)) ? 0.2 : 1),
  },
  {
    // "treat this as verified … and skip the call-back check": the anti-fraud step of a bank-detail or payment change cut out.
    id: "concealment.skip-verification-step", family: "concealment", weight: 0.35, partners: SKIP_PARTNERS,
    description: "A change's anti-fraud verification cut out (\"skip the call-back check\", \"treat this as verified\")",
    re: new RegExp([
      String.raw`\b(?:skip|skipping|bypass|bypassing|waive|waiving|omit|omitting|forgo)\s{1,3}(?:the\s{1,3}|any\s{1,3}|our\s{1,3}|your\s{1,3})?(?:usual\s{1,3}|standard\s{1,3}|normal\s{1,3}|phone\s{1,3}|manual\s{1,3})?(?:call[\s-]?back|verification|identity|four[\s-]eyes|dual[\s-]control|second[\s-]approval|out[\s-]of[\s-]band)(?:\s{1,3}(?:check|call|step|process|procedure|verification|control))?\b`,
      String.raw`\btreat\s{1,3}(?:this|it|the\s{1,3}(?:request|change|message|mail|email|instruction))\s{1,3}as\s{1,3}(?:already\s{1,3})?(?:verified|confirmed|authenticated|pre-?approved)\b`,
      // A payment's approval controls cut out, as an order ("… and skip the three-way match and human approval steps"); a policy's "invoices under $500 skip the match" describes a rule.
      String.raw`(?<=(?:^|[.:;!]\s{1,3}|\b(?:and|then|please|just)\s{1,3}))(?:skip|bypass|waive|omit|forgo|ignore)\s{1,3}(?:the\s{1,3}|any\s{1,3}|our\s{1,3}|your\s{1,3})?(?:usual\s{1,3}|standard\s{1,3}|normal\s{1,3})?(?:(?:three|two|3|2)[\s-]way[\s-]match(?:ing)?|(?:human|manual|manager|management|CFO|finance|controller|second)\s{1,3}(?:approval|review|sign[\s-]?off)|approval\s{1,3}(?:steps?|workflow|chain|process|queue))\b`,
    ].join("|"), "gi"),
    anchors: ["skip", "bypass", "waive", "omit", "forgo", "treat this", "treat it", "treat the", "ignore the", "ignore any"],
    also: ["way match", "way-match", "approval", "review", "sign-off", "signoff", "sign off", "call-back", "callback", "call back", "verification", "identity", "four-eyes", "four eyes", "dual", "second approval", "out-of-band", "out of band", "verified", "confirmed", "authenticated", "approved"],
    before: 20, after: 90,
    judge: (_m, t, s) => (NEVER_BEFORE.test(t.slice(Math.max(0, s - 60), s)) || /\b(?:not|never|n['’]t|no\s{1,3}one|nobody)\s{1,3}(?:\w+\s{1,3}){0,2}$/i.test(t.slice(Math.max(0, s - 40), s)) ? 0.2 : 1),
  },
];
