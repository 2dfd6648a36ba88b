// Requests addressed to the assistant that READS a text, asking it to alter its answer (its
// format, a claim, an ad or link, a rating, something left out) or to do something off the
// user's task ("before answering, write a poem"), in English and other languages. Every signal
// here is weak and partnered: an answer request counts only next to an address to an AI (or a
// task override), an address only next to what it asks. A user's own "answer in French only", a
// colleague's "tell the customer that …" and docs of an AI feature address no reader of the text.
import type { Family, Pattern } from "./pattern-set.ts";

const ANSWER_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag"];
const ADDRESS_PARTNERS: readonly Family[] = ["output", "override", "order", "exec", "harm", "concealment", "exfil", "credential", "directive", "role", "pseudo-tag", "prompt-leak"];
// Just under the older signals (0.3 / 0.35): where one overlaps another signal, the older one is placed.
const W_ANSWER = 0.29;
const W_ADDRESS = 0.34;
/** A replaced task pairs with what replaces it: 0.3 + 0.29 reaches the combine threshold. */
const W_TASK = 0.3;

/** A chat transcript ("User: … / Assistant: …") shows the assistant's turns; it does not address one. */
const TRANSCRIPT = /(?:^|\n)[ \t>*#-]{0,4}(?:user|human|customer|you|q|usuario|utilisateur|nutzer|benutzer|utente|usuário|gebruiker|användare|пользователь|用户|用戶|ユーザー)\s{0,2}[:：]/i;

// The answer, summary, translation … the reader is producing, and the moment it produces it.
const ANSWER_EN = String.raw`(?:answers?|responses?|repl(?:y|ies)|summar(?:y|ies)|reviews?|translations?|outputs?|explanations?|analys[ie]s|recaps?|overviews?)`;
const LANGS_EN = String.raw`(?:French|German|Spanish|Italian|Portuguese|Dutch|Swedish|Russian|Chinese|Japanese|Korean|Arabic|Hindi|Turkish|Polish|Latin|Klingon|Esperanto)`;

export const ANSWER_PATTERNS_EN: Pattern[] = [
  {
    id: "output.reader-answer", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "Request about the reader's own answer (\"in your summary …\", \"instead of summarising …\")",
    re: new RegExp(String.raw`\b(?:(?:in|into|to|within|throughout|at\s{1,4}the\s{1,4}(?:end|top|start|beginning|bottom)\s{1,4}of|below|above|under|on\s{1,4}top\s{1,4}of)\s{1,4}(?:your|every|each|all|any)\s{1,4}(?:(?:final|next|own)\s{1,4})?${ANSWER_EN}|(?:start|begin|end|open|close|prefix|finish|sign)\s{1,4}(?:your|every|each)\s{1,4}${ANSWER_EN}\s{1,4}(?:with|by)|instead\s{1,4}of\s{1,4}(?:summari[sz]ing|answering|translating|reviewing|categori[sz]ing|classifying|analy[sz]ing|replying))\b`, "gi"),
    anchors: ["answer", "response", "repl", "summar", "review", "translat", "output", "explanation", "analys", "recap", "overview", "respond", "categori", "classifying"],
    also: ["your", "every", "each", "all", "any", "instead"], before: 60, after: 40,
  },
  {
    id: "output.tell-the-reader", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "Dictates what the answer tells its reader (\"tell readers that …\", \"report to the user that …\")",
    re: /\b(?:(?:tell|inform|advise|assure|remind|convince|persuade|warn)\s{1,4}(?:the\s{1,4}|all\s{1,4}|your\s{1,4})?(?:users?|readers?|customers?|visitors?|shoppers?|callers?|recipients?|investors?|clients?)\b|(?:report|say|state|claim|explain|confirm|mention)\s{1,4}to\s{1,4}the\s{1,4}(?:users?|readers?|customers?|clients?)\s{1,4}that|(?:the\s{1,4})?user\s{1,4}(?:actually|really|secretly|now)\s{1,4}wants\s{1,4}you\s{1,4}to)/gi,
    anchors: ["tell", "inform", "advise", "assure", "remind", "convince", "persuade", "warn", "report", "say", "state", "claim", "explain", "confirm", "mention", "user"],
    also: ["user", "reader", "customer", "visitor", "shopper", "caller", "recipient", "investor", "client"], before: 4, after: 60,
  },
  {
    id: "output.off-task", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "Off-task output asked of the reader (\"instead write …\", \"also compute …\")",
    re: /\b(?:(?:instead|also|additionally)[,:]?\s{1,4}(?:please\s{1,4})?(?:write|draft|compose|generate|list|compute|calculate|produce|recommend|translate))\b/gi,
    anchors: ["instead", "also", "additionally"],
    also: ["write", "draft", "compose", "generate", "list", "compute", "calculate", "produce", "recommend", "translate"], before: 4, after: 40,
  },
  {
    id: "output.rigged-framing", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "Rigged verdict or framing (\"rate this candidate as …\", \"describe this company as …\")",
    re: /\b(?:rate|score|rank|grade|assess|evaluate|describe|present|portray|classify)\s{1,4}(?:this|the|our)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:candidate|applicant|company|product|contract|vendor|submission|paper|offer|seller|business|firm|service|stock)\s{1,4}as\b/gi,
    anchors: ["rate", "score", "rank", "grade", "assess", "evaluate", "describe", "present", "portray", "classify"],
    also: ["candidate", "applicant", "company", "product", "contract", "vendor", "submission", "paper", "offer", "seller", "business", "firm", "service", "stock"], before: 4, after: 80,
  },
  {
    id: "output.answer-format", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS,
    description: "Answer format or language imposed (\"in base64\", \"reversed text\", \"in French only\")",
    re: new RegExp(String.raw`\b(?:(?:in|into|as|using)\s{1,4}(?:base\s{0,2}64|rot-?13|leetspeak|leet|morse\s{1,4}code|pig\s{1,4}latin|reversed?\s{1,4}(?:order|text|letters)|emojis?\s{1,4}only)|(?:only|exclusively|entirely)\s{1,4}in\s{1,4}${LANGS_EN}|in\s{1,4}${LANGS_EN}\s{1,4}only)\b`, "gi"),
    anchors: ["base64", "base 64", "rot13", "rot-13", "leet", "morse", "pig latin", "reverse", "emoji", "french", "german", "spanish", "italian", "portuguese", "dutch", "swedish", "russian", "chinese", "japanese", "korean", "arabic", "hindi", "turkish", "polish", "latin", "klingon", "esperanto"],
    before: 30, after: 30,
  },
  {
    // "Ignore the categorisation task. Instead …", "SYSTEM OVERRIDE FOR ASSISTANT:", "New task:".
    id: "override.task-replaced", family: "override", weight: W_TASK, partners: ["addressed", "output"],
    description: "The reader's task called off or replaced (\"ignore the summary task\", \"new task:\", \"system override\")",
    re: /\b(?:(?:ignore|skip|forget|disregard|drop|abandon)\s{1,4}(?:the|this|your)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:task|assignment|request|summary|summari[sz]ation|translation|classification|categori[sz]ation|analysis)|(?:new|real|actual|priority)\s{1,4}(?:task|assignment|directive)\s{0,2}[:—–-]|(?:system|admin|developer|priority)\s{1,4}override)\b/gi,
    anchors: ["ignore", "skip", "forget", "disregard", "drop", "abandon", "new", "real", "actual", "priority", "system", "admin", "developer"],
    also: ["task", "assignment", "request", "summar", "translation", "classification", "categori", "analysis", "directive", "override"], before: 4, after: 80,
  },
  {
    id: "addressed.meta-for-ai", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS,
    description: "Markup field named for AI readers (<meta name=\"ai-instructions\" …>)",
    re: /\b(?:name|property|class|id|data-[\w-]{1,20})\s{0,2}=\s{0,2}["']?(?:ai|llm|gpt|assistant|agent|model|chatgpt|bot)s?[-_: ]?(?:instructions?|prompts?|directives?|notes?|guidance|rules?|summary-rules?)\b/gi,
    anchors: ["instruction", "prompt", "directive", "note", "guidance", "rule", "summary-rule"], also: ["name", "property", "class", "id", "data-"], before: 50, after: 20,
  },
  {
    id: "addressed.tell-the-assistant", family: "addressed", weight: 0.3, partners: ADDRESS_PARTNERS,
    description: "Third-party text ordering the reading assistant (\"tell the support assistant to …\")",
    re: /\b(?:tell|instruct|order|make)\s{1,4}(?:the|any|every|your)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:assistants?|AI|bots?|chatbots?|models?|agents?|LLMs?)\s{1,4}to\b/gi,
    anchors: ["assistant", "ai$", "ais$", "bot", "chatbot", "model", "agent", "llm"], also: ["tell", "instruct", "order", "make"], before: 70, after: 10,
  },
];

// Line-start address in other languages (and English AI nouns): "Nota per l'assistente che legge la
// posta:", "Instrucción oculta para el modelo:", "Für KI-Bewerbungssysteme:", "Assistente:".
const AI_NOUN_ANY = String.raw`(?:l['’]\s{0,2})?(?:AI|KI|IA|ИИ|LLMs?|(?:KI|AI|IA)-[\p{L}-]{2,30}|modelo\p{L}{0,2}|modell[oi]|modèles?|Modell\p{L}{0,2}|Sprachmodell\p{L}{0,3}|språkmodell\p{L}{0,4}|taalmodel\p{L}{0,4}|language\s{1,4}models?|assistente\p{L}{0,1}|asistente\p{L}{0,1}|assistants?|Assistent\p{L}{0,2}|ассистент\p{L}{0,3}|помощник\p{L}{0,3}|нейросет\p{L}{0,2}|traducteur\p{L}{0,2}|traductor\p{L}{0,2}|traduttore|Übersetzer\p{L}{0,2}|chatbots?)`;
/** "Modello di risposta:", "modelo de contrato:": a template, not a model. */
const TEMPLATE_NOUN = /\b(?:modell[oi]|modelos?|modèles?|Modell\p{L}{0,2})\s{1,4}(?:(?:de|di|du|für|von|van)\s{1,4}|d['’]\s{0,2})(?!lenguaje|linguagem|langage|linguaggio|IA\b|AI\b|KI\b)/iu;
/** A chatbot's own turn ("Asistente: ¡Listo! Si quieres, …") offers; it does not order. */
const REPLY_OPENER = /^\s{0,2}[:：]\s{0,3}(?:[¡¿]|(?:sure|certainly|of\s+course|here\s+(?:is|are)|claro|listo|por\s+supuesto|certo|certamente|bien\s+sûr|d['’]accord|voilà|gern|gerne|natürlich|klar|конечно|好的|当然|はい)\b)|\b(?:si\s+quieres|if\s+you\s+(?:like|want)|se\s+quiser|se\s+vuoi|si\s+tu\s+veux|wenn\s+du\s+willst)\b/iu;

function lineToReaderJudge(m: string, t: string, s: number): number {
  if (TEMPLATE_NOUN.test(m)) return 0;
  // A heading ("Sprachmodelle: ein Überblick") names a topic; an address goes on to ask something.
  const rest = /^[ \t]{0,2}[:：]([^\n]{0,200})/.exec(t.slice(s + m.length, s + m.length + 210));
  if (rest && rest[1]!.trim().split(/\s+/).filter((w) => w !== "").length <= 3) return 0;
  const bare = /^[^\p{L}]*(?:assistant|assistente|asistente|Assistent|ассистент\p{L}*|AI|KI|IA|ИИ)\s{0,2}$/iu.test(m);
  if (bare && (TRANSCRIPT.test(t) || REPLY_OPENER.test(t.slice(s + m.length, s + m.length + 100)))) return 0;
  return 1;
}

const LINE_LEAD = String.raw`(?<=(?:^|\n|\]\s{0,2}:\s{1,4})[ \t>*#/(\[-]{0,6})`;

export const ANSWER_PATTERNS_LANG: Pattern[] = [
  {
    id: "addressed.line-to-reader-languages", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS, lang: "any",
    description: "Line addressed to the AI reading the text (\"Nota per l'assistente …:\", \"Para el modelo:\", \"Dear AI reviewing this:\")",
    re: new RegExp(String.raw`${LINE_LEAD}(?:[\p{L}'’,.-]{1,20}[ \t]{1,4}){0,5}?${AI_NOUN_ANY}(?:[ \t]{1,4}[\p{L}'’-]{1,20}){0,6}?(?=[ \t]{0,2}[:：])`, "giu"),
    anchors: ["ai$", "ki$", "ia$", "ai-", "ki-", "ia-", "ии", "llm", "modelo", "modell", "modèle", "sprachmodell", "språkmodell", "taalmodel", "language model", "assistent", "asistente", "assistant", "ассистент", "помощник", "нейросет", "traducteur", "traductor", "traduttore", "übersetzer", "chatbot"],
    before: 160, after: 120,
    judge: (m, t, s) => lineToReaderJudge(m, t, s),
  },
  {
    id: "addressed.ai-role-vocative", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS,
    description: "An AI addressed by its role at a line start (\"AI contract reviewer, report …\")",
    re: new RegExp(String.raw`${LINE_LEAD}(?:AI|LLM|KI|IA)(?:\s{1,4}[A-Za-z-]{2,20}){0,2}?\s{1,4}(?:reviewers?|assistants?|agents?|models?|bots?|summari[sz]ers?|translators?|screeners?|analysts?|readers?|helpers?)(?=\s{0,2},)`, "g"),
    anchors: ["ai$", "llm", "ki$", "ia$"], also: ["reviewer", "assistant", "agent", "model", "bot", "summar", "translator", "screener", "analyst", "reader", "helper"], before: 40, after: 80,
  },
  {
    id: "addressed.to-reader-cjk", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS, lang: "zh/ja",
    description: "Text addressed to the AI reading it (给AI的提示：, AIアシスタントへ：)",
    re: /(?:给|給|致|对|對)\s{0,2}(?:AI|ＡＩ|人工智能|智能助手|助手|模型|大模型)[^\n：:]{0,8}[：:]|(?:AI|ＡＩ)(?:助手|アシスタント|エージェント)?(?:へ|に)(?:の)?(?:指示|注意|メモ|お願い)?\s{0,2}[：:、]/g,
    anchors: ["给", "給", "致", "对", "對", "ai$", "ａｉ"], before: 4, after: 40,
  },
  {
    id: "addressed.if-you-are-an-ai-languages", family: "addressed", weight: W_ADDRESS, partners: ADDRESS_PARTNERS, lang: "es/fr/de/it/pt/nl/sv/ru/zh",
    description: "Text addressed to whatever AI reads it (\"si eres un asistente de IA\", \"wenn du eine KI bist\")",
    re: /(?:si\s{1,4}(?:eres|es|tu\s{1,4}es|vous\s{1,4}êtes)\s{1,4}(?:un|una|une)\s{1,4}(?:asistente|IA|modelo|assistant|agent|agente|chatbot)|wenn\s{1,4}(?:du|Sie)\s{1,4}(?:eine\s{1,4}KI|ein\s{1,4}(?:KI-\p{L}{2,20}|Sprachmodell|Assistent))|se\s{1,4}(?:sei|você\s{1,4}é|és)\s{1,4}(?:un['’]\s{0,2}IA|un\s{1,4}assistente|uma\s{1,4}IA|um\s{1,4}(?:assistente|modelo))|als\s{1,4}(?:je|u)\s{1,4}een\s{1,4}(?:AI|taalmodel|assistent)|om\s{1,4}du\s{1,4}är\s{1,4}en\s{1,4}(?:AI|språkmodell|assistent)|если\s{1,4}(?:ты|вы)\s{1,4}(?:являешься\s{1,4}|являетесь\s{1,4})?(?:ИИ|ассистент|нейросет|языков)|如果你是(?:AI|人工智能|助手|模型))/giu,
    anchors: ["si ", "wenn", "se ", "als", "om du", "если", "如果你是"], also: ["asistente", "ia$", "modelo", "assistant", "agent", "chatbot", "ki$", "sprachmodell", "assistent", "ai$", "taalmodel", "språkmodell", "ии", "ассистент", "нейросет", "языков", "如果你是"], before: 4, after: 80,
  },
  {
    id: "output.reader-answer-languages", family: "output", weight: W_ANSWER, partners: ANSWER_PARTNERS, lang: "de/fr/es/it/pt/nl/sv/ru/zh/ja",
    description: "Request about the reader's own answer, in other languages (\"in deiner Antwort\", \"ao resumir\", \"dile al usuario\")",
    re: new RegExp([
      // de
      String.raw`(?:in|bei|unter|über|am\s{1,4}(?:Ende|Anfang)|zu\s{1,4}Beginn)\s{1,4}(?:deiner|deine|deinen|Ihrer|Ihre|jeder|jede)\s{1,4}(?:Antwort(?:en)?|Zusammenfassung|Übersetzung|Bewertung)`,
      String.raw`(?:beim|vor\s{1,4}dem)\s{1,4}(?:Zusammenfassen|Antworten|Übersetzen)|(?:bevor|wenn|während)\s{1,4}du\s{1,4}(?:antwortest|zusammenfasst|übersetzt)|anstatt\s{1,4}(?:zu\s{1,4})?(?:zusammenzufassen|antworten|übersetzen)`,
      String.raw`(?:sag|sage|sagen\s{1,4}Sie|teile|teilen\s{1,4}Sie|erzähle?|behaupte|versichere)\s{1,4}(?:dem|den)\s{1,4}(?:Nutzer|Benutzer|Kunden|Leser|Anwender)\p{L}{0,2}|(?:bewerte|beurteile|stufe|beschreibe)\s{1,4}(?:diesen|diese|dieses|den|die|das)\s{1,4}\p{L}{3,30}\s{1,4}(?:als|ein)`,
      // fr
      String.raw`(?:dans|à\s{1,4}la\s{1,4}fin\s{1,4}de|en\s{1,4}(?:fin|tête|haut|bas)\s{1,4}de)\s{1,4}(?:ta|votre|ton|chaque|la)\s{1,4}(?:réponse|résumé|traduction|synthèse)`,
      String.raw`(?:avant|au\s{1,4}lieu)\s{1,4}de\s{1,4}(?:répondre|résumer|traduire)|(?:en|lorsque\s{1,4}tu|quand\s{1,4}tu)\s{1,4}(?:résumant|répondant|traduisant|résumes|réponds|traduis)|(?:rédige|écris)\s{1,4}(?:ton|ta|votre)\s{1,4}(?:réponse|résumé|traduction)`,
      String.raw`(?:dis|dites|donne|donnez|indique|indiquez|affirme|affirmez|annonce|annoncez)\s{1,4}(?:à|a)\s{1,4}l['’]\s{0,2}utilisat(?:eur|rice)`,
      // es
      String.raw`(?:en|al\s{1,4}final\s{1,4}de|al\s{1,4}principio\s{1,4}de)\s{1,4}(?:tu|su|cada)\s{1,4}(?:respuesta|resumen|traducción)|(?:al|antes\s{1,4}de|en\s{1,4}vez\s{1,4}de|en\s{1,4}lugar\s{1,4}de)\s{1,4}(?:resumir|responder|contestar|traducir)|además\s{1,4}del\s{1,4}resumen`,
      String.raw`(?:dile|dígale|díganle|diles|infórmale|comunícale)\s{1,4}(?:al|a\s{1,4}los)\s{1,4}(?:usuario|cliente|lector)s?|(?:responde|contesta|responda|conteste)\s{1,4}(?:siempre|únicamente|solo|sólo|solamente)|no\s{1,4}traduzcas`,
      // it
      String.raw`(?:nella|alla\s{1,4}fine\s{1,4}della|all['’]inizio\s{1,4}della|in\s{1,4}cima\s{1,4}alla)\s{1,4}(?:tua\s{1,4}|sua\s{1,4})?(?:risposta|traduzione)|(?:prima|invece)\s{1,4}di\s{1,4}(?:rispondere|riassumere|tradurre)|(?:quando|mentre)\s{1,4}(?:rispondi|riassumi|traduci)|oltre\s{1,4}al\s{1,4}riassunto|(?:di['’]|dì|dica|comunica)\s{1,4}all['’]\s{0,2}utente`,
      // pt
      String.raw`(?:na|no\s{1,4}final\s{1,4}da|no\s{1,4}início\s{1,4}da)\s{1,4}(?:sua|tua)\s{1,4}(?:resposta|tradução)|(?:ao|antes\s{1,4}de|em\s{1,4}vez\s{1,4}de)\s{1,4}(?:resumir|responder|traduzir)|(?:diga|diz|informe|fale)\s{1,4}(?:ao|aos)\s{1,4}(?:usuário|usuario|utilizador|cliente|leitor)\p{L}{0,2}|diga\s{1,4}apenas`,
      // nl
      String.raw`(?:in|onder(?:aan)?|boven(?:aan)?|bij)\s{1,4}(?:je|jouw|uw|elk|ieder)\s{1,4}(?:antwoord|samenvatting|vertaling)|voordat\s{1,4}(?:je|u)\s{1,4}(?:antwoordt|samenvat|vertaalt)|(?:vertel|zeg)\s{1,4}(?:de|tegen\s{1,4}de)\s{1,4}(?:gebruiker|lezer|klant)|in\s{1,4}plaats\s{1,4}van\s{1,4}(?:samen\s{0,2}te\s{1,4}vatten|te\s{1,4}antwoorden|te\s{1,4}vertalen)`,
      // sv
      String.raw`(?:i|under|överst\s{1,4}i|sist\s{1,4}i)\s{1,4}(?:ditt|varje)\s{1,4}(?:svar|sammanfattning)|(?:innan|när)\s{1,4}du\s{1,4}(?:sammanfattar|svarar|översätter)|(?:säg|berätta)\s{1,4}(?:för|till)\s{1,4}användaren|istället\s{1,4}för\s{1,4}att\s{1,4}(?:sammanfatta|svara|översätta)`,
      // ru
      String.raw`(?:в|во)\s{1,4}(?:своём|своем|твоём|твоем|вашем|каждом)\s{1,4}(?:ответе|резюме|переводе)|(?:перед|вместо)\s{1,4}(?:ответом|ответа|резюме|переводом|перевода)|(?:отвечай|отвечайте|скажи|скажите|сообщи|сообщите)\s{1,4}пользовател\p{L}{0,3}|задом\s{1,4}наперёд|задом\s{1,4}наперед`,
      // answer only in a language or script (de / fr / it / pt / nl / sv / ru), start the answer with
      String.raw`(?:antworte|antworten\s{1,4}Sie|réponds|répondez|rispondi|risponda|responda|antwoord|svara|отвечай|отвечайте)\s{1,4}(?:bitte\s{1,4})?(?:nur|ausschließlich|uniquement|seulement|exclusivement|solo|soltanto|esclusivamente|unicamente|apenas|somente|só|alleen|uitsluitend|enkel|bara|endast|enbart|только)\s{1,4}(?:auf|in|en|em|på|на)`,
      String.raw`(?:beginne|starte|beende|commence|commencez|termine|terminez|empieza|comienza|termina|inizia|comincia|comece|termine|begin|start|eindig|börja|avsluta|начни|начинай|закончи)\s{1,4}(?:deine|Ihre|ta|votre|tu|la\s{1,4}tua|sua|je|jouw|ditt|свой|твой)\s{1,4}(?:Antwort|réponse|respuesta|risposta|resposta|antwoord|svar|ответ)`,
      // the task refused, "instead", "say that …" (fr / es / it / pt / nl / de / sv / ru)
      String.raw`ne\s{1,4}(?:résume|traduis|réponds)\s{1,4}pas|no\s{1,4}(?:resumas|respondas|contestes)|non\s{1,4}(?:tradurre|riassumere|rispondere)|não\s{1,4}(?:resuma|traduza|responda)|(?:vertaal|vat)\s{1,4}(?:dit|het)\s{1,4}niet|(?:übersetze|fasse)\s{1,4}(?:das|dies|den\s{1,4}Text)\s{1,4}nicht|översätt\s{1,4}inte|не\s{1,4}(?:переводи|пересказывай|отвечай\s{1,4}на\s{1,4}вопрос)`,
      String.raw`(?:écris|rédige|donne|fais|réponds|dis|raconte)\s{1,4}plutôt|en\s{1,4}su\s{1,4}lugar,?\s{1,4}(?:escribe|responde|di|haz|da|redacta)|(?:scrivi|rispondi|fai|racconta)\s{1,4}invece|invece,?\s{1,4}(?:scrivi|rispondi|racconta)|em\s{1,4}vez\s{1,4}disso,?\s{1,4}(?:escreva|responda|diga|faça)|in\s{1,4}plaats\s{1,4}daarvan,?\s{1,4}(?:schrijf|geef|zeg|maak)|(?:schreibe?|gib|antworte|erstelle|sage?)\s{1,4}stattdessen|stattdessen,?\s{1,4}(?:schreibe?|gib|antworte|erstelle|sage?)\b|(?:skriv|svara|säg)\s{1,4}istället|istället,?\s{1,4}(?:skriv|svara|säg)|вместо\s{1,4}этого,?\s{1,4}(?:напиши|ответь|скажи|составь)`,
      String.raw`(?:erwähne|erwähnen\s{1,4}Sie|schreib|schreibe|betone|behaupte)\s{1,4}[^.\n]{0,60}?,\s{0,2}dass|(?:mentionne|écris|affirme|prétends)\s{1,4}que|(?:menciona|escribe|afirma)\s{1,4}que|(?:menziona|scrivi|afferma)\s{1,4}che|(?:mencione|escreva|afirme)\s{1,4}que|(?:vermeld|schrijf|beweer)\s{1,4}dat|(?:nämn|skriv|påstå)\s{1,4}att|(?:упомяни|напиши|утверждай),?\s{1,4}что`,
      String.raw`cuando\s{1,4}(?:resumas|respondas|traduzcas|contestes)|quando\s{1,4}(?:resumir|responder|traduzir)|(?:при|во\s{1,4}время)\s{1,4}(?:ответе|пересказе|переводе)`,
      // zh / ja
      String.raw`(?:总结|總結|回答|回复|回覆|翻译|翻譯|摘要)(?:时|時)|在(?:回答|回复|总结|摘要)中|(?:回答|告诉|告訴)(?:用户|用戶|读者|讀者)|倒序|(?:回答|要約|返答|翻訳)(?:する)?(?:際|とき|時|前)|(?:回答|返答|要約)の(?:最後|最初|冒頭)|ユーザーに(?:回答|伝え)`,
    ].join("|"), "giu"),
    anchors: [
      "antwort", "zusammenfass", "übersetz", "bewertung", "beim", "vor dem", "bevor", "wenn", "während", "stattdessen", "anstatt", "sag", "teile", "erzähl", "behaupte", "versichere", "bewerte", "beurteile", "stufe", "beschreibe",
      "réponse", "résumé", "traduction", "synthèse", "répondre", "résumer", "traduire", "résumant", "répondant", "traduisant", "résumes", "réponds", "traduis", "utilisat",
      "respuesta", "resumen", "resumir", "responder", "contestar", "traducir", "dile", "dígale", "díganle", "diles", "infórmale", "comunícale", "responde", "contesta", "conteste", "traduzcas",
      "risposta", "traduzione", "rispondere", "riassumere", "tradurre", "rispondi", "riassumi", "traduci", "riassunto", "utente",
      "resposta", "tradução", "traduzir", "usuário", "usuario", "utilizador", "cliente", "leitor", "diga",
      "antwoord", "samenvatting", "vertaling", "voordat", "gebruiker", "lezer", "klant", "in plaats",
      "svar", "sammanfatt", "ne résume", "ne traduis", "ne réponds", "no resumas", "no respondas", "no contestes", "non tradurre", "non riassumere", "non rispondere", "não resuma", "não traduza", "não responda", "vertaal", "vat ", "fasse", "översätt", "не перевод", "не пересказ", "не отвечай", "plutôt", "en su lugar", "invece", "em vez", "in plaats", "stattdessen", "istället", "вместо", "erwähne", "schreib", "betone", "mentionne", "écris", "affirme", "prétends", "menciona", "escribe", "afirma", "menziona", "scrivi", "afferma", "mencione", "escreva", "afirme", "vermeld", "schrijf", "beweer", "nämn", "skriv", "påstå", "упомяни", "напиши", "утверждай", "cuando", "quando", "при ", "во время", "antworte", "réponds", "répondez", "rispondi", "beginne", "starte", "beende", "commence", "termine", "empieza", "comienza", "termina", "inizia", "comincia", "comece", "begin", "start", "eindig", "börja", "avsluta", "начни", "начинай", "закончи", "innan", "när du", "användaren", "istället",
      "ответ", "резюме", "перевод", "отвечай", "скажи", "сообщи", "задом",
      "总结", "總結", "回答", "回复", "回覆", "翻译", "翻譯", "摘要", "告诉", "告訴", "倒序", "要約", "返答", "翻訳", "ユーザーに",
    ],
    before: 40, after: 60,
  },
  {
    id: "override.task-replaced-languages", family: "override", weight: W_TASK, partners: ["addressed", "output"], lang: "fr/de/es/it/pt/nl/sv/ru/zh/ja",
    description: "The reader's task replaced, in other languages (\"nouvelle tâche\", \"instruction prioritaire\", \"vergiss den Text\")",
    re: /(?:nouvelle\s{1,4}tâche|instruction\s{1,4}prioritaire|oublie[zs]?\s{1,4}(?:la|le|les|ta|ton|tes)\s{1,4}\p{L}{3,20}\s{1,4}et|neue\s{1,4}Aufgabe|vorrangige\s{1,4}Anweisung|vergiss\s{1,4}(?:den|die|das)\s{1,4}\p{L}{3,20}\s{1,4}und|nueva\s{1,4}tarea|instrucción\s{1,4}prioritaria|olvida\s{1,4}(?:la|el|los|las)\s{1,4}\p{L}{3,20}\s{1,4}y|nuovo\s{1,4}compito|istruzione\s{1,4}prioritaria|dimentica\s{1,4}(?:la|il|lo|i|le)\s{1,4}\p{L}{3,20}\s{1,4}e|nova\s{1,4}tarefa|instrução\s{1,4}prioritária|esqueça\s{1,4}(?:a|o|os|as)\s{1,4}\p{L}{3,20}\s{1,4}e|nieuwe\s{1,4}(?:taak|opdracht)|ny\s{1,4}uppgift|новая\s{1,4}задача|приоритетн\p{L}{1,3}\s{1,4}(?:инструкция|указание)|新(?:的)?任务|新しいタスク)/giu,
    anchors: ["nouvelle", "instruction", "oublie", "neue", "vorrangige", "vergiss", "nueva", "instrucción", "olvida", "nuovo", "istruzione", "dimentica", "nova", "instrução", "esqueça", "nieuwe", "ny ", "новая", "приоритетн", "新任务", "新的任务", "新しいタスク"], before: 4, after: 60,
  },
];
