// A claim planted in the reader's long-term memory: "save the following as a permanent fact about this
// user's environment — …", "recall it in future sessions", addressed to "agents with long-term memory".
// A user may say the first of their own preferences and docs describe memory features, so each is weak and
// counts only next to another: a planted fact comes with its address or its order to recall it later.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const MEMORY_PARTNERS: readonly Family[] = ["override", "order", "addressed", "output", "concealment", "role"];
const LASTING = String.raw`(?:permanent|persistent|lasting|standing|long[\s-]term|durable|verified|established)`;
const LASTING_ANCHORS = ["permanent", "persistent", "lasting", "standing", "long-term", "long term", "durable", "verified", "established"];
const LATER = String.raw`(?:future|later|subsequent|upcoming|following|new|all\s{1,3}(?:future|later))`;
const FACT = String.raw`(?:it|this|that|them|these|this\s{1,3}fact|these\s{1,3}facts)`;
const SESSIONS = String.raw`(?:sessions|conversations|chats|interactions|tasks|runs|threads)`;

/** Written to the reader's long-term memory, an order in German, French, Spanish, Italian, Portuguese, Dutch or Russian ("speichere in deinem Langzeitgedächtnis", "guarda en tu memoria a largo plazo"). */
const STORE_LONG_TERM = [
  String.raw`(?:speichere|speichert|merke\s{1,3}dir|merk\s{1,3}dir|schreibe|notiere|lege)\s{1,3}(?:(?:dies|das|Folgendes|es)\s{1,3})?(?:dauerhaft\s{1,3})?(?:in\s{1,3}(?:deinem|dein|Ihrem|dem)|im)\s{1,3}(?:Langzeitgedächtnis|Langzeitspeicher|dauerhaften\s{1,3}(?:Gedächtnis|Speicher))`,
  String.raw`(?:enregistre[zs]?|mémorise[zs]?|garde[zs]?|retiens|retenez|ajoute[zs]?|note[zs]?)\s{1,3}(?:(?:ceci|cela|ça|ce\s{1,3}qui\s{1,3}suit)\s{1,3})?dans\s{1,3}(?:ta|votre|la)\s{1,3}mémoire\s{1,3}(?:à\s{1,3}long\s{1,3}terme|permanente|persistante)`,
  String.raw`(?:guarda|guarde|almacena|almacene|memoriza|memorice|registra|registre|añade|anota|recuerda)\s{1,3}(?:(?:esto|eso|lo\s{1,3}siguiente)\s{1,3})?en\s{1,3}(?:tu|su|la)\s{1,3}memoria\s{1,3}(?:a\s{1,3}largo\s{1,3}plazo|permanente|persistente)`,
  String.raw`(?:salva|memorizza|registra|conserva|aggiungi|ricorda)\s{1,3}(?:(?:questo|ciò|quanto\s{1,3}segue)\s{1,3})?(?:nella|in)\s{1,3}(?:tua\s{1,3})?memoria\s{1,3}(?:a\s{1,3}lungo\s{1,3}termine|permanente|persistente)`,
  String.raw`(?:guarde|guarda|salve|salva|armazene|armazena|memorize|registre|adicione)\s{1,3}(?:(?:isto|isso|o\s{1,3}seguinte)\s{1,3})?na\s{1,3}(?:sua\s{1,3}|tua\s{1,3})?memória\s{1,3}(?:de\s{1,3}longo\s{1,3}prazo|permanente|persistente)`,
  String.raw`(?:sla\s{1,3}(?:dit\s{1,3})?op|bewaar\s{1,3}(?:dit\s{1,3})?|onthoud\s{1,3}(?:dit\s{1,3})?)\s{0,3}in\s{1,3}(?:je|jouw|het)\s{1,3}(?:langetermijngeheugen|permanente\s{1,3}geheugen)`,
  String.raw`(?:сохрани|запомни|запиши|добавь)(?:те)?\s{1,3}(?:(?:это|следующее)\s{1,3})?в\s{1,3}(?:свою\s{1,3}|твою\s{1,3})?долговременн\p{L}{2,3}\s{1,3}памят\p{L}`,
].join("|");
/** What is kept, planted by someone else: the user in the third person, a permission granted, a link. */
const PLANTED_LANG = /(?<![\p{L}])(?:(?:der|dem|den|die)\s{1,3}(?:Nutzer|Benutzer|Kunde|Kundin|Nutzerin)|el\s{1,3}(?:usuario|cliente)|la\s{1,3}(?:usuaria|clienta)|l['’]\s{0,2}(?:utilisateur|utilisatrice|utente)|le\s{1,3}client|il\s{1,3}cliente|o\s{1,3}(?:usuário|utilizador|cliente)|de\s{1,3}(?:gebruiker|klant)|пользовател\p{L}{0,3}|autori[sz]\p{L}*|erlaubt|genehmigt|gestattet|toestemming|разреш\p{L}*)(?![\p{L}])|https?:\/\//iu;

export const PLANTED_MEMORY_FACT_PATTERNS: Pattern[] = [
  {
    id: "override.planted-memory-languages", family: "override", weight: 0.5, lang: "de/fr/es/it/pt/nl/ru",
    description: "A claim the reader is told to write to its long-term memory, in other languages (\"speichere in deinem Langzeitgedächtnis: …\", \"guarda en tu memoria a largo plazo: …\")",
    re: new RegExp(`(?<![\\p{L}])(?:${STORE_LONG_TERM})(?![\\p{L}])`, "giu"),
    anchors: ["langzeitgedächtnis", "langzeitspeicher", "dauerhaften gedächtnis", "dauerhaften speicher", "mémoire à long terme", "mémoire permanente", "mémoire persistante", "memoria a largo plazo", "memoria permanente", "memoria persistente", "memoria a lungo termine", "memória de longo prazo", "memória permanente", "memória persistente", "langetermijngeheugen", "permanente geheugen", "долговременн"],
    before: 60, after: 30,
    // Like the English override.planted-memory: in full only when what is kept was planted by someone else; a user's own preference stays weak.
    judge: (m, t, s) => (PLANTED_LANG.test(t.slice(s + m.length, s + m.length + 300)) ? 1 : 0.3),
  },
  {
    id: "override.memory-fact-save", family: "override", weight: 0.3, partners: MEMORY_PARTNERS,
    description: "A claim the reader is told to keep as a lasting fact in its memory (\"save the following as a permanent fact\", \"speichere das als dauerhafte Tatsache\", \"guarda esto como un hecho permanente\")",
    re: new RegExp([
      String.raw`\b(?:save|store|remember|record|memori[sz]e|keep|add|note|commit|log|retain|file|treat)\s{1,3}(?:this|that|it|these|the\s{1,3}following)(?:\s{1,3}[\w-]{1,20}){0,2}?\s{1,3}as\s{1,3}(?:an?\s{1,3})?${LASTING}\s{1,3}(?:facts?|memor(?:y|ies)|preferences?|rules?|notes?|truths?|instructions?|settings?|beliefs?|knowledge)\b`,
      String.raw`(?<![\p{L}])(?:speichere|speichert|merke\s{1,3}dir|merk\s{1,3}dir|behalte|notiere)\s{1,3}(?:dies|das|folgendes|Folgendes|es)?\s{0,3}(?:\p{L}{2,20}\s{1,3}){0,2}?(?:dauerhaft|für\s{1,3}immer|als\s{1,3}(?:dauerhafte|feste|permanente)\s{1,3}\p{L}{2,20})`,
      String.raw`(?<![\p{L}])(?:mémorise|mémorisez|retiens|retenez|enregistre|enregistrez|garde|gardez)\s{1,3}(?:ceci|cela|ça|ce\s{1,3}qui\s{1,3}suit|les\s{1,3}informations\s{1,3}suivantes)\s{1,3}(?:comme\s{1,3}(?:un\s{1,3}fait|une\s{1,3}règle|une\s{1,3}préférence)\s{1,3}(?:permanent|permanente|durable)|de\s{1,3}(?:façon|manière)\s{1,3}(?:permanente|durable)|pour\s{1,3}(?:toujours|les\s{1,3}(?:prochaines|futures)\s{1,3}(?:sessions|conversations)))`,
      String.raw`(?<![\p{L}])(?:guarda|guarde|recuerda|recuerde|memoriza|memorice|almacena|almacene|registra)\s{1,3}(?:esto|eso|lo\s{1,3}siguiente|la\s{1,3}siguiente\s{1,3}información)\s{1,3}(?:como\s{1,3}(?:un\s{1,3}hecho|una\s{1,3}regla|una\s{1,3}preferencia)\s{1,3}(?:permanente|persistente|duradero|duradera)|de\s{1,3}(?:forma|manera)\s{1,3}permanente|para\s{1,3}(?:siempre|(?:las\s{1,3})?(?:futuras|próximas)\s{1,3}(?:sesiones|conversaciones)))`,
    ].join("|"), "giu"),
    anchors: [...LASTING_ANCHORS.flatMap((w) => [`as a ${w}`, `as an ${w}`, `as ${w}`]), "dauerhaft", "für immer", "als feste", "als permanente", "de façon permanente", "de manière permanente", "comme un fait", "comme une règle", "comme une préférence", "pour toujours", "prochaines sessions", "futures sessions", "prochaines conversations", "futures conversations", "de forma permanente", "de manera permanente", "como un hecho", "como una regla", "como una preferencia", "para siempre", "futuras sesiones", "próximas sesiones", "futuras conversaciones", "próximas conversaciones"],
    also: ["save", "store", "remember", "record", "memori", "keep", "add", "note", "commit", "log", "retain", "file", "treat", "speicher", "merk", "behalte", "notiere", "mémoris", "retiens", "retenez", "enregistre", "garde", "guard", "recuerd", "memoriz", "almacen", "registra"],
    before: 120, after: 80,
  },
  {
    id: "order.recall-in-future-sessions", family: "order", weight: 0.3, partners: MEMORY_PARTNERS,
    description: "The reader told to bring a planted claim back in later sessions (\"Recall it in future sessions\", \"use this in all future conversations\")",
    re: new RegExp(String.raw`(?<=(?:^|[\n.!?:;—–]\s{0,3}|\b(?:and|then|please|also|always)\s{1,3}))(?:(?:recall|remember|apply|use|repeat|bring\s{1,3}up|mention|keep|reuse|retrieve)\s{1,3}${FACT}|bring\s{1,3}${FACT}\s{1,3}up)\s{1,3}(?:in|for|across|during|throughout)\s{1,3}(?:all\s{1,3}|every\s{1,3}|any\s{1,3})?${LATER}\s{1,3}${SESSIONS}\b`, "gi"),
    anchors: ["future sessions", "future conversations", "future chats", "future interactions", "future tasks", "future runs", "future threads", "later sessions", "later conversations", "subsequent sessions", "subsequent conversations", "upcoming sessions", "new sessions", "new conversations"],
    also: ["recall", "remember", "apply", "use", "repeat", "bring", "mention", "keep", "reuse", "retrieve"],
    before: 80, after: 10,
  },
  {
    id: "addressed.memory-equipped-readers", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "A line addressed to AI readers by their memory (\"Tip for agents with long-term memory: …\", \"Note to assistants that keep persistent memory —\")",
    re: /\b(?:for|to|dear|attention|hey|hello|calling)\s{1,3}(?:all\s{1,3}|any\s{1,3}|the\s{1,3})?(?:AI\s{1,3})?(?:agents?|assistants?|AIs|models?|bots?|LLMs?|copilots?)\s{1,3}(?:with|that\s{1,3}(?:have|keep|use)|using|having)\s{1,3}(?:a\s{1,3})?(?:long[\s-]term|persistent|permanent|cross[\s-]session|durable)\s{1,3}memor(?:y|ies)(?=\s{0,3}[:,—–-])/gi,
    anchors: ["long-term memor", "long term memor", "persistent memor", "permanent memor", "cross-session memor", "cross session memor", "durable memor"],
    before: 80, after: 6,
  },
];
