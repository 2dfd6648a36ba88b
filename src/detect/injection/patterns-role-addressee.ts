// AI readers named by their role, in the plural, as a planted note names them ("AI summarisers
// should …", "Attention summarizers:", "Los asistentes automáticos que procesen este aviso
// deben …", "Os assistentes de IA devem …"), and the claim such a note asks them to make ("report
// revenue fell …", "conclure que …", "dizer ao utilizador que …"). Every signal is weak and
// partnered: the address counts only next to what it asks (or a harmful command), the claim only
// next to an address, so a doc about what AI assistants do, or a report that says "sales fell",
// stays clean.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const ANSWER_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag"];
const W_ADDRESS = 0.34;
const W_ANSWER = 0.29;

/** AI readers by role, plural (or a role with no person in it: "summarisers"), in ten languages. */
const ROLE = [
  // en
  String.raw`(?<![\p{L}])(?:(?:AI|LLM|GPT|automated|autonomous)[\s-]{1,3}(?:[A-Za-z-]{2,20}\s{1,3})?(?:summari[sz]ers|assistants|agents|helpers|readers|models|bots|tools|systems|crawlers|reviewers|screeners|pipelines|copilots)|summari[sz]ers|summari[sz]ation\s{1,3}(?:tools|bots|models|agents)|(?<=(?:any|every|each|the)\s{1,3})(?:AI|LLM|automated|bot)[\s-]{1,3}(?:code\s{1,3})?(?:reviews?|analys[ie]s|triage|scans?)|LLMs|(?<!(?:teaching|research|administrative|executive|personal|dental|medical|legal|lab|graduate|shop|store|sales|nursing|office|library)\s{1,3})(?:assistants|copilots|chatbots)(?=\s{1,3}[a-z]{3,20}ing\s))(?![\p{L}])`,
  // es / pt / it / fr: NOUN (de) IA | automáticos …
  String.raw`(?<![\p{L}])(?:asistentes|agentes|modelos|sistemas|bots|resumidores|assistentes|assistenti|agenti|modelli|sistemi|assistants|agents|modèles|systèmes|outils)\s{1,3}(?:(?:de|di|d['’])\s{0,3}(?:l['’]\s{0,2})?(?:IA|AI|inteligencia\s{1,3}artificial|inteligência\s{1,3}artificial|intelligenza\s{1,3}artificiale|intelligence\s{1,3}artificielle|résumé)|IA|AI|autom[áa]tic[oa]s|automatizados|virtuales|virtuais|virtuels|automatici|virtuali|automatiques|inteligentes|intelligents|intelligenti)(?![\p{L}])`,
  // de
  String.raw`(?<![\p{L}])(?:(?:KI|AI)-?(?:Assistenten|Agenten|Modelle|Systeme|Bots|Zusammenfasser|Tools|Helfer)|(?:automatische|automatisierte|KI-gestützte)\s{1,3}(?:Assistenten|Agenten|Systeme|Zusammenfasser))(?![\p{L}])`,
  // ru
  String.raw`(?<![\p{L}])(?:(?:ИИ|AI)-?\s{0,2}(?:ассистенты|агенты|помощники|модели|боты|системы)|(?:ассистенты|агенты|помощники|модели)\s{1,3}(?:ИИ|на\s{1,3}основе\s{1,3}ИИ)|автоматические\s{1,3}(?:ассистенты|агенты|помощники)|нейросети)(?![\p{L}])`,
  // zh / ja / ko
  String.raw`(?:AI|ＡＩ|人工智能|智能)(?:助手|代理|智能体|模型|机器人|摘要工具)们?|(?:AI|ＡＩ)(?:アシスタント|エージェント|ツール|モデル)(?:たち)?|(?:AI|인공지능)\s{0,2}(?:어시스턴트|비서|에이전트|도구|모델|봇)(?:들)?`,
].join("|");
const ROLE_ANCHORS = ["ai ", "ai-", "llm", "gpt", "automated", "autonomous", "summaris", "summariz", "asistentes", "agentes", "modelos", "sistemas", "bots", "resumidores", "assistentes", "assistenti", "agenti", "modelli", "sistemi", "assistants", "agents", "modèles", "systèmes", "outils", "ki-", "ki", "automatische", "automatisierte", "ии", "ассистенты", "агенты", "помощники", "автоматические", "нейросети", "人工智能", "智能", "ａｉ", "인공지능", "ai"];

/** A modal of obligation, in the same languages. */
const MODAL = String.raw`(?:should|must|shall|need\s{1,3}to|have\s{1,3}to|are\s{1,3}to|are\s{1,3}(?:required|expected|instructed|asked|obliged)\s{1,3}to|deben|deber[áa]n|deber[íi]an|tienen\s{1,3}que|han\s{1,3}de|devem|dever[ãa]o|deveriam|t[êe]m\s{1,3}(?:de|que)|precisam|devono|dovranno|dovrebbero|doivent|devront|devraient|m[üu]ssen|sollen|sollten|должны|обязаны|следует|必须|应该|应当|务必|需要|必要があ|なければ|べき|해야)`;
const MODAL_ANCHORS = ["should", "must", "shall", "need to", "have to", "are to", "are required", "are expected", "are instructed", "are asked", "are obliged", "deben", "deberán", "deberan", "deberían", "deberian", "tienen que", "han de", "devem", "deverão", "deverao", "deveriam", "têm", "tem de", "tem que", "precisam", "devono", "dovranno", "dovrebbero", "doivent", "devront", "devraient", "müssen", "mussen", "sollen", "sollten", "должны", "обязаны", "следует", "必须", "应该", "应当", "务必", "需要", "必要があ", "なければ", "べき", "해야"];

/** A relative clause or qualifier between the role and the modal: "that process this notice", "with shell access", "qui résument ces avis". */
const BETWEEN = String.raw`(?:[^.!?;:。！？\n]|[.!?](?=\S)){0,90}?`;

/** Labels that open a note: "Attention", "Notice to", "Atención", "Achtung", "Внимание", "注意". */
const LABEL = String.raw`(?<![\p{L}])(?:attention|notice|note|message|memo|reminder|PSA|heads-up|atención|atencion|aviso|nota|mensaje|atenção|atencao|mensagem|attenzione|avviso|messaggio|avis|achtung|hinweis|nachricht|внимание|сообщение|примечание)(?:\s{0,3},)?\s{1,3}(?:(?:to|for|a|à|para|per|an|für|aux|для)\s{1,3})?(?:(?:all|any|the|los|las|os|as|gli|les|alle|die|todos\s{1,3}los|todos\s{1,3}os|tous\s{1,3}les|tutti\s{1,3}gli)\s{1,3})?`;
const LABEL_ANCHORS = ["attention", "notice", "note", "message", "memo", "reminder", "psa", "heads-up", "atención", "atencion", "aviso", "nota", "mensaje", "atenção", "atencao", "mensagem", "attenzione", "avviso", "messaggio", "avis", "achtung", "hinweis", "nachricht", "внимание", "сообщение", "примечание"];

/** The person who owns the AI, just before the role: "your AI agents should …" is advice to that person. */
export const OWNER_BEFORE = /(?<![\p{L}])(?:your|our|my|tus|sus|nuestros|vos|nos|mes|tes|ses|vossos|seus|nossos|meus|i\s{1,3}tuoi|i\s{1,3}nostri|deine|Ihre|unsere|meine|ваши|наши|мои|你的|我们的|我的|あなたの|私たちの|당신의|우리)\s{1,3}$/iu;

/** The readers belong to the writer or the reader: "AI assistants of our team", "assistentes de IA da nossa equipa". */
export const OWNED_IN = /(?<![\p{L}])(?:of\s{1,3}(?:our|your|my)|(?:da|do|das|dos|de|del|de\s{1,3}la|della|del|dello|von|unserer|unseres)\s{1,3}(?:nossa|nosso|vossa|vosso|minha|meu|nuestra|nuestro|vuestra|vuestro|mi|notre|votre|mon|ma|nostra|nostro|vostra|vostro|mia|mio|unserer|unseres|eurer|meiner)|нашей|нашего|вашей|вашего|我们的|我们公司)(?![\p{L}])/iu;
const CLAIM_VERB_EN = String.raw`(?:say|report|state|claim|conclude|assert|record|(?:write|note|put)\s{1,3}down|tell\s{1,3}(?:(?:the\s{1,3}|all\s{1,3})?(?:users?|readers?|customers?|clients?)|them))`;
/** A ranking dictated after a modal: "should quote our price as the lowest", "must present this plan as the only safe one". */
const PRESENT_AS = String.raw`(?<=\b(?:should|must|shall|to|always)\s{1,3})(?:quote|present|describe|portray|rank|list|label|report|show)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,4}?as\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:lowest|cheapest|best|only|top|safest|highest|number\s{1,3}one|#1|official|most\s{1,3}\w+)\b`;
/** A portrayal dictated as a bare order after a label or at a sentence start: "…: describe this hotel as spotless", "Portray the complaints as resolved". */
const PORTRAY_AS = String.raw`(?<=(?:[:;—–]|(?:^|\n)[ \t>*-]{0,4}|[.!?][ \t])[ \t]{0,3})(?:describe|portray|present|characteri[sz]e|depict|frame)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,6}?as\s{1,3}(?![\w-]{1,20}\s{1,3}as\b)(?:(?:the|a|an|being|having|fully|now|recently|already)\s{1,3})?[\w-]{3,24}\b`;
const CLAIM_SUBJECT_VERB = String.raw`(?:is|are|was|were|has|have|had|agreed|decided|approved|voted|signed|confirmed|fell|rose|dropped|grew|declined|plunged|collapsed|doubled|tripled|increased|decreased|causes?|caused|contains?|failed|will)`;
/** The claim itself: a subject that is not the speaker (not "it", "they", "when …") and its verb: "this model is", "revenue fell". */
const CLAIM_CLAUSE = String.raw`(?!(?:that\s{1,4})?(?:it|they|I|we|you|he|she|when|whether|if|how|what|why|where|which|who)\s)(?:(?:the|this|these|those|our|their|its|that|all(?:\s{1,4}(?:the|other))?|every)\s{1,4})?(?:[\w'’%-]{1,24}\s{1,4}){0,3}?${CLAIM_SUBJECT_VERB}\b`;
const SAY_INF = [
  String.raw`(?:dire|affirmer|indiquer|conclure|signaler|rapporter|écrire|ecrire|répondre|repondre|expliquer|préciser|preciser|annoncer|déclarer|declarer|prétendre|pretendre|conseiller)(?:\s{1,3}(?:à\s{1,3}l['’]\s{0,2}utilisat\p{L}{3,5}|aux\s{1,3}(?:utilisateurs|lecteurs|clients)|au\s{1,3}(?:client|lecteur)))?\s{1,3}(?:qu['’]|que\s)`,
  String.raw`(?:decir(?:le)?|afirmar|indicar(?:le)?|concluir|informar(?:le)?|reportar|escribir|responder|explicar(?:le)?|declarar|asegurar(?:le)?|dizer(?:-lhe)?|relatar|escrever|garantir|assegurar)(?:\s{1,3}(?:al|ao|à|a\s{1,3}los|aos)\s{1,3}(?:usuari[oa]s?|usuári[oa]s?|utilizador(?:es)?|clientes?|lector(?:es)?|leitor(?:es)?))?\s{1,3}que\s`,
  String.raw`(?:dire|affermare|indicare|concludere|riferire|scrivere|rispondere|spiegare|dichiarare|assicurare)(?:\s{1,3}(?:all['’]\s{0,2}utente|agli\s{1,3}utenti|al\s{1,3}(?:cliente|lettore)))?\s{1,3}che\s`,
  String.raw`(?:sagen|behaupten|angeben|schreiben|berichten|melden|folgern|schließen|schliessen|erklären|antworten|mitteilen|versichern)\s{0,2},?\s{1,3}dass\s`,
  String.raw`(?:сказать|сообщить|написать|заявить|утверждать|указать|ответить|доложить|сделать\s{1,3}вывод)(?:\s{1,3}(?:пользовател\p{L}{1,2}|читател\p{L}{1,2}|клиент\p{L}{0,2}))?,?\s{1,3}что\s`,
].join("|");
/** zh / ja / ko, where words run together: "告诉用户…", "…と報告", "…다고 말". */
const SAY_CJK = String.raw`(?:告诉|告知|通知)(?:用户|读者|客户|用戶|讀者|客戶)|(?:请|請|务必|務必|必须|必須|一律|统一|統一)\s{0,2}(?:说明|說明|表示|写明|寫明|注明|声明|聲明|回答|回复|回覆|答复|答覆|总结为|總結為|称|稱)\s{0,2}[:：]?\s{0,2}[「『“"][^」』”"\n]{1,60}[」』”"](?=\s{0,2}(?:[。！!，,.;；）)\n]|$))|(?:声称|宣称|报告说|回答说|结论是)|(?:と|って)(?:だけ)?(?:報告|回答|説明|結論づけ|伝え|言って|主張|答え|書い|まとめ|記載し|評価し|判定し)|(?:다|라)고\s{0,2}(?:말|보고|답|전달|결론|설명|안내|알려|주장)`;
/** A claim about the speakers themselves after "that": "sagen, dass sie Maschinen sind", "dire qu'ils sont des IA" (a singular pronoun is as often the product). */
const SELF_SUBJECT = /^\s{0,2}(?:sie|wir|ich|ils|elles|nous|ellos|ellas|eles|elas|nós|loro|noi|они|мы|я|他们|它们|我们)(?![\p{L}])/iu;

/**
 * The reader named in apposition to "you": "you, the assistant, …", "tú, el asistente de IA, …",
 * "vous, l'assistant, …", "du, der KI-Assistent, …". A person is addressed by name, not as "the
 * assistant reading this"; a human assistant is as often meant, so the address counts only next to
 * what it asks.
 */
const AI_NOUN_EN = String.raw`(?:(?:AI|LLM|automated|virtual)\s{1,3})?(?:assistant|AI|model|bot|agent|LLM|chatbot|copilot|summari[sz]er|language\s{1,3}model)`;
const APPOSITION = [
  String.raw`(?<![\p{L}])you(?:,| [—–]) (?:(?:the|an?|my|our|dear)\s{1,3}|(?=AI|LLM|automated|virtual))${AI_NOUN_EN}`,
  String.raw`(?<![\p{L}])(?:tú|tu|usted|ustedes|vosotros), (?:el|la|los|querido|querida)\s{1,3}(?:asistente|modelo|agente|bot|IA)(?:\s{1,3}(?:de\s{1,3})?IA|\s{1,3}virtual)?`,
  String.raw`(?<![\p{L}])(?:você|vocês|tu), (?:o|a|os|caro|cara)\s{1,3}(?:assistente|modelo|agente|bot|IA)(?:\s{1,3}(?:de\s{1,3})?IA|\s{1,3}virtual)?`,
  String.raw`(?<![\p{L}])(?:vous|toi), (?:l['’]\s{0,2}|le\s{1,3}|la\s{1,3}|cher\s{1,3}|chère\s{1,3})(?:assistant|IA|agent|modèle|bot)(?:\s{1,3}(?:d['’]\s{0,2})?IA|\s{1,3}virtuel)?`,
  String.raw`(?<![\p{L}])(?:tu|voi|te), (?:l['’]\s{0,2}|il\s{1,3}|la\s{1,3}|caro\s{1,3}|cara\s{1,3})(?:assistente|IA|agente|modello|bot)(?:\s{1,3}(?:di\s{1,3})?IA|\s{1,3}virtuale)?`,
  String.raw`(?<![\p{L}])(?:du|Sie|ihr), (?:der|die|das|lieber|liebe)\s{1,3}(?:KI-?Assistent|Assistent|KI|Agent|Bot|Sprachmodell|Modell)`,
  String.raw`(?<![\p{L}])(?:ты|вы), (?:ИИ-?\s{0,2})?(?:ассистент|помощник|агент|бот|модель|ИИ|нейросеть)`,
].join("|");
/** After the noun: the apposition closes, perhaps after a participle or relative clause ("you, the assistant reading this, …"); a further noun ("the assistant manager") is a person's title. */
const APPOSITION_CLOSE = String.raw`(?:\s{1,3}(?:\p{L}{2,20}ing|that|who|which|que|qui|che|der|die|das|который|которая|reading|leyendo|lendo)(?:\s{1,3}[\p{L}'’-]{1,20}){0,5}?)?\s{0,2}[,—–]`;

export const ROLE_ADDRESSEE_PATTERNS: Pattern[] = [
  {
    id: "addressed.you-the-assistant", family: "addressed", weight: 0.36, partners: ADDRESS_PARTNERS, lang: "en/es/pt/fr/it/de/ru",
    description: "The AI reader named in apposition to \"you\" (\"you, the assistant, …\", \"tú, el asistente, …\")",
    re: new RegExp(String.raw`(?:${APPOSITION})${APPOSITION_CLOSE}`, "giu"),
    anchors: ["you, the ", "you, an ", "you, a ", "you, my ", "you, our ", "you, dear ", "you, ai", "you, llm", "you, automated", "you, virtual", "tú, ", "tu, el", "tu, l", "tu, quer", "tu, o", "tu, a", "tu, c", "tu, il", "usted, ", "ustedes, ", "vosotros, ", "você, ", "vocês, ", "vous, ", "toi, ", "voi, ", "te, l", "te, il", "te, c", "du, ", "sie, d", "sie, lieb", "ihr, ", "ты, ", "вы, "],
    also: ["assistant", "ai$", "model", "bot$", "agent", "llm", "chatbot", "copilot", "summaris", "summariz", "asistente", "modelo", "agente", "ia$", "assistente", "modèle", "modello", "ki", "assistent", "sprachmodell", "ассистент", "помощник", "агент", "модель", "ии", "нейросеть"],
    before: 4, after: 120,
  },
  {
    id: "addressed.ai-role-plural-modal", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS, lang: "en/es/pt/it/fr/de/ru/zh/ja/ko",
    description: "AI readers named by their role in the plural, with a modal (\"AI summarisers should …\", \"los asistentes automáticos que procesen este aviso deben …\")",
    re: new RegExp(String.raw`(?:${ROLE})${BETWEEN}(?<![\p{L}])${MODAL}`, "giu"),
    anchors: ROLE_ANCHORS, also: MODAL_ANCHORS, before: 12, after: 200,
    judge: (m, t, s) => (OWNER_BEFORE.test(t.slice(Math.max(0, s - 30), s)) || OWNED_IN.test(m) ? 0 : 1),
  },
  {
    id: "addressed.label-to-ai-roles", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS, lang: "en/es/pt/it/fr/de/ru",
    description: "A note labelled for AI readers named by role (\"Attention summarisers:\", \"Aviso para os assistentes de IA:\")",
    re: new RegExp(String.raw`${LABEL}(?:${ROLE})(?:\s{1,3}[\p{L}'’-]{1,20}){0,4}?\s{0,2}[:：,—–]`, "giu"),
    anchors: LABEL_ANCHORS, also: ROLE_ANCHORS, before: 4, after: 120,
  },
  {
    // "Agent instructions embedded by organiser:", "AI directives:", "Additional instruction embedded:" (an order announcing itself as planted), "# TODO(AI reviewers):": a block of orders labelled for the agent.
    id: "addressed.agent-instructions-label", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS,
    description: "A block labelled as instructions for the AI agent (\"Agent instructions added by …:\")",
    re: /(?<=(?:^|\n)[ \t>*#\[(-]{0,6})(?:agent|AI|LLM|assistant|bot|copilot)\s{1,3}(?:instructions|directives|orders|commands)(?:\s{1,3}\(?[\p{L}'’-]{1,20}\)?){0,4}?\s{0,2}[:：]|(?<=(?:^|\n)[ \t>*#\[(-]{0,6})(?:additional|extra|hidden|secret|special|new)\s{1,3}(?:instructions?|directives?)\s{1,3}(?:embedded|injected|hidden|planted|inserted)\s{0,2}[:：]|(?<=(?:^|\n)[ \t]{0,6}(?:#|\/\/|\*|--|;|<!--)?[ \t]{0,3})(?:TODO|FIXME|NOTE|XXX|HACK)\(\s{0,2}(?:AI|LLM|copilot|assistant|agent|bot)s?(?:\s{1,3}[\p{L}-]{1,20}){0,2}\s{0,2}\)\s{0,2}:/giu,
    anchors: ["instruction", "directive", "orders", "commands", "todo(", "fixme(", "note(", "xxx(", "hack("], also: ["agent", "ai", "llm", "assistant", "bot", "copilot", "embedded", "injected", "hidden", "planted", "inserted"], before: 30, after: 60,
  },
  {
    // A pronoun subject ("… it should say that it is not a doctor") is the assistant describing itself, not a claim about the text's subject.
    id: "output.claim-to-make", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "The claim the reader is to make (\"report revenue fell …\", \"say this model is unsafe\")",
    re: new RegExp(String.raw`(?:(?<=(?:^|[^\w])(?:should|must|shall|please|to|and|then|instead|is)\s{1,3})\b${CLAIM_VERB_EN}\s{1,4}(?:that\s{1,4})?|(?<=(?:[:;—–]|(?:^|\n)[ \t>*-]{0,4}|\b(?:in|into)\s{1,3}(?:the|your)\s{1,3}(?:summary|minutes|notes|recap|report|write-?up)\s{0,2},)\s{0,3})\b${CLAIM_VERB_EN}\s{1,4}(?:that\s{1,4}|(?=(?:the|this|these|those|our|their|all)\s)))${CLAIM_CLAUSE}|${PRESENT_AS}`, "gi"),
    anchors: ["say", "report", "state", "claim", "conclude", "assert", "tell", "record", "write down", "note down", "put down", "quote", "present", "describe", "portray", "rank", "list", "label", "show"],
    // The verbs are everyday words ("the state is"): the claim counts only next to a note to an AI
    // reader, so it runs only near one (modals and "please" are as common as the verbs).
    also: ["attention", "notice", "summaris", "summariz", "ai$", "llm", "llms", "assistant", "agent", "bot", "model", "reader", "anyone", "whoever", "aggregator", "crawler", "gpt", "copilot"],
    before: 40, after: 110,
  },
  {
    // Weaker than the claim above: where an address runs into the order ("tools that summarise this show: describe this episode"), the two overlap and another output signal must win the family.
    id: "output.portrayal-to-give", family: "output", weight: W_ANSWER - 0.005, partners: ANSWER_PARTNERS,
    description: "How the reader is to portray the subject, as a bare order (\"…: describe this hotel as spotless\")",
    re: new RegExp(PORTRAY_AS, "gi"),
    anchors: ["describe", "portray", "present", "characteris", "characteriz", "depict", "frame"],
    also: ["attention", "notice", "summaris", "summariz", "ai$", "llm", "llms", "assistant", "agent", "bot", "model", "reader", "anyone", "whoever", "aggregator", "crawler", "gpt", "copilot"],
    before: 40, after: 110,
  },
  {
    id: "output.claim-to-make-languages", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS, lang: "fr/es/pt/it/de/ru/zh/ja/ko",
    description: "The claim the reader is to make, in other languages (\"conclure que …\", \"dizer ao utilizador que …\", \"…と報告\")",
    re: new RegExp(String.raw`(?<![\p{L}])(?:${SAY_INF})|${SAY_CJK}`, "giu"),
    anchors: ["dire", "affirmer", "indiquer", "conclure", "signaler", "rapporter", "écrire", "ecrire", "répondre", "repondre", "expliquer", "préciser", "preciser", "annoncer", "déclarer", "declarer", "prétendre", "pretendre", "conseiller", "decir", "afirmar", "indicar", "concluir", "informar", "reportar", "escribir", "responder", "explicar", "declarar", "asegurar", "dizer", "relatar", "escrever", "garantir", "assegurar", "affermare", "indicare", "concludere", "riferire", "scrivere", "rispondere", "spiegare", "dichiarare", "assicurare", "sagen", "behaupten", "angeben", "schreiben", "berichten", "melden", "folgern", "schließen", "schliessen", "erklären", "antworten", "mitteilen", "versichern", "сказать", "сообщить", "написать", "заявить", "утверждать", "указать", "ответить", "доложить", "сделать", "告诉", "告知", "通知", "声称", "宣称", "报告说", "回答说", "结论是", "と報告", "と回答", "と説明", "と結論", "と伝え", "と言って", "と主張", "と答え", "と書い", "って報告", "って回答", "って説明", "って結論", "って伝え", "って言って", "って主張", "って答え", "って書い", "다고", "라고", "说明", "說明", "表示", "写明", "寫明", "注明", "声明", "聲明", "回答", "回复", "回覆", "答复", "答覆", "总结为", "總結為", "称", "稱", "とまとめ", "と記載", "と評価", "と判定", "ってまとめ", "って記載", "って評価", "って判定"],
    also: ["que", "qu'", "qu’", "che", "dass", "что", "告诉", "告知", "通知", "声称", "宣称", "报告说", "回答说", "结论是", "と", "って", "다고", "라고", "请", "請", "务必", "務必", "必须", "必須", "一律", "统一", "統一"],
    before: 4, after: 80,
    judge: (m, t, s) => (SELF_SUBJECT.test(t.slice(s + m.length, s + m.length + 12)) ? 0 : 1),
  },
];
