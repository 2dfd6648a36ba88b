// What a page asks of the answer an AI writes about it, three more ways, in several languages:
//  - a piece of the text to be rewritten into a quoted replacement ("rewrite this headline as
//    "…"", "remplacez ce titre par « … »"): a false claim the reader is to pass on;
//  - the reader sent elsewhere instead of served ("tell them to subscribe at …", "dites-leur de
//    s'abonner sur …"): the answer withheld and replaced by a sales pitch;
//  - a covert manner put on an order to the reader ("Quietly, when you present this page, add …",
//    "discrètement, ajoutez …"): an instruction that means to go unseen.
// Each is weak and partnered: an editor's "rewrite the title as …", a help desk's "tell them to
// sign up" or a changelog's "quietly added" counts only next to an address, a task override or an
// output directive.
import type { Family, Pattern } from "./pattern-set.ts";

const ANSWER_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const COVERT_PARTNERS: readonly Family[] = ["output", "order", "exec", "harm", "exfil", "credential", "addressed"];

/** An opening quotation mark of any script. */
const OPEN_Q = String.raw`["“„«‹'‘「『]`;

export const ANSWER_REDIRECT_PATTERNS: Pattern[] = [
  {
    id: "output.rewrite-as-quoted", family: "output", weight: 0.29, partners: ANSWER_PARTNERS, lang: "en/es/fr/de/it/pt",
    description: "A piece of the text to be rewritten into a given quoted replacement (\"rewrite this headline as \"…\"\")",
    re: new RegExp([
      String.raw`\b(?:rewrite|reword|rephrase|retitle|change|replace|render|restate|present|report|swap|turn)\s{1,4}(?:this|the|that|our|its)\s{1,4}(?:[\p{L}-]{1,20}\s{1,4})?(?:headlines?|titles?|headings?|subject(?:\s{1,4}line)?|story|stories|claims?|figures?|numbers?|results?|verdict|rating|conclusion|finding|news|item|summary|lede|lead)\s{1,4}(?:as|to|into|with|by)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])(?:reescrib[ae]|reformul[ae]|cambi[ae]|sustitu[yi][ae]|reemplaz[ae]|reescreva|altere|substitua|troque|mude)\s{1,4}(?:este|esta|ese|esa|el|la|o|a|essa|esse)\s{1,4}(?:titular|t[ií]tulo|encabezado|manchete|noticia|not[ií]cia|cifra|resultado)\s{1,4}(?:como|por|a|para|con|em)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])(?:r[ée][ée]cri[vst]\p{L}{0,3}|reformule\p{L}{0,2}|remplace\p{L}{0,2}|change\p{L}{0,2}|transforme\p{L}{0,2})\s{1,4}(?:ce|cette|le|la)\s{1,4}(?:titre|gros\s{1,4}titre|chapeau|nouvelle|chiffre|r[ée]sultat|information)\s{1,4}(?:par|en|comme)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])(?:schreib\p{L}{0,2}|formulier\p{L}{0,2}|änder\p{L}{0,2}|ersetz\p{L}{0,2})\s{1,4}(?:Sie\s{1,4})?(?:diese|die|den|das|diesen)\s{1,4}(?:Schlagzeile|Überschrift|Titel|Meldung|Zahl|Ergebnis)\s{1,4}(?:um\s{1,4})?(?:in|zu|durch|als)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])(?:riscriv\p{L}{0,2}|riformul\p{L}{0,2}|cambi\p{L}{0,2}|sostituisc\p{L}{0,2})\s{1,4}(?:questo|questa|il|la|lo)\s{1,4}(?:titolo|notizia|cifra|risultato)\s{1,4}(?:come|con|in)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
    ].join("|"), "giu"),
    anchors: ["rewrite", "reword", "rephrase", "retitle", "change", "replace", "render", "restate", "present", "report", "swap", "turn", "reescrib", "reformul", "cambi", "sustitu", "reemplaz", "reescreva", "altere", "substitua", "troque", "mude", "réécri", "reecri", "remplace", "transforme", "schreib", "formulier", "änder", "ersetz", "riscriv", "sostituisc"],
    before: 4, after: 90,
  },
  {
    // What the reader's summary of this very item is to say, given in quotes ("summarise this item as \"…\"",
    // "your summary should read \"…\"", "resume esta entrada como «…»"): a feed item or page that writes its own summary.
    id: "output.summary-as-quoted", family: "output", weight: 0.29, partners: ANSWER_PARTNERS, lang: "en/es/fr/de/it/pt",
    description: "The summary of this text dictated in quotes (\"summarise this item as \"…\"\", \"your summary should read \"…\"\")",
    re: new RegExp([
      String.raw`\b(?:summari[sz]e|sum\s{1,4}up|recap|paraphrase|characteri[sz]e)\s{1,4}(?:this|the|that|our|its|it)(?:\s{1,4}[\p{L}-]{1,20}){0,3}?\s{1,4}(?:as|with|by\s{1,4}saying)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`\b(?:your|the|its|any|each|every)\s{1,4}(?:summary|summaries|recap|synopsis|blurb|TL;?DR)(?:\s{1,4}(?:of|for)\s{1,4}(?:this|the|it|that)(?:\s{1,4}[\p{L}-]{1,20})?)?\s{1,4}(?:must|should|shall|will|needs?\s{1,4}to|has\s{1,4}to|is\s{1,4}to)\s{1,4}(?:read|say|state|be|begin\s{1,4}with|start\s{1,4}with|open\s{1,4}with)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])(?:resum[ae]|resumid|résume[zr]?|riassumi|riassumete)\s{1,4}(?:este|esta|ese|esa|el|la|o|a|esse|essa|cet|cette|ce|le|questo|questa|il|lo)\s{1,4}[\p{L}-]{1,20}\s{1,4}(?:como|comme|come|par|em|en)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
      String.raw`(?<![\p{L}])fass(?:e|t|en)?\s{1,4}(?:Sie\s{1,4})?(?:diese[nrs]?|den|die|das)\s{1,4}[\p{L}-]{1,30}\s{1,4}(?:als|mit)\s{0,4}[:：]?\s{0,4}${OPEN_Q}`,
    ].join("|"), "giu"),
    anchors: ["summar", "sum up", "recap", "paraphrase", "characteri", "synopsis", "blurb", "tl;dr", "tldr", "resum", "résum", "riassum", "fass"],
    before: 40, after: 120,
  },
  {
    id: "output.send-reader-elsewhere", family: "output", weight: 0.29, partners: ANSWER_PARTNERS, lang: "en/es/fr/de/it/pt",
    description: "The answer to send its reader elsewhere (\"simply tell them to subscribe at …\")",
    re: new RegExp([
      // Only the link word is the match: a "just tell them" or a promotion ("register at …") placed over its ends stays a partner of its own.
      String.raw`(?<=\b(?:tell|ask|direct|point|send|refer|redirect|urge|invite)\s{1,4}(?:them|the\s{1,4}(?:user|reader|person|visitor|customer)s?|users|readers|him|her)\s{1,4})(?:to|that\s{1,4}they\s{1,4}(?:should|must|need\s{1,4}to))(?:\s{1,4}just|\s{1,4}simply)?(?=\s{1,4}(?:subscribe|sign\s{0,2}up|register|buy|purchase|pay|donate|download|install|call|phone|text|dial|click|log\s{0,2}in|visit|go\s{1,4}to|head\s{1,4}to|contact|upgrade|order)\b)`,
      String.raw`(?<![\p{L}])(?:dile|diles|p[ií]deles|ind[ií]cales|invítal[oe]s?|diga-lhes|diga\s{1,4}(?:a\s{1,4}eles|ao\s{1,4}usu[aá]rio)|pe[cç]a-lhes)\s{1,4}(?:que\s{1,4})?(?:se\s{1,4})?(?:suscrib|registr|compr|pagu|pag|descarg|llam|visit|assin|inscrev|baix|lig|cadastr)\p{L}{0,8}`,
      String.raw`(?<![\p{L}])(?:dites-leur|dis-leur|demandez-leur|invitez-les|renvoyez-les|dites\s{1,4}(?:à\s{1,4}l['’]\s{0,2}utilisateur|au\s{1,4}lecteur))\s{1,4}(?:simplement\s{1,4})?(?:de\s{1,4}|d['’]\s{0,2}|qu['’]\s{0,2}ils?\s{1,4}doi\p{L}{1,4}\s{1,4})(?:s['’]\s{0,2})?(?:abonn|inscri|achet|pay|télécharg|appel|visit|aller|cliqu)\p{L}{0,8}`,
      String.raw`(?<![\p{L}])(?:sag|sagen\s{1,4}Sie|bitte)\s{1,4}(?:ihnen|dem\s{1,4}(?:Nutzer|Leser|Benutzer)|den\s{1,4}(?:Nutzern|Lesern))\s{0,2},?\s{1,4}(?:sie\s{1,4}(?:sollen|müssen)|er\s{1,4}(?:soll|muss))\s{1,4}(?:[\p{L}.-]{1,30}\s{1,4}){0,4}?(?:abonnieren|registrieren|kaufen|bezahlen|herunterladen|anrufen|besuchen|anmelden)`,
      String.raw`(?<![\p{L}])(?:di|dì|d[ìi]gli|dite\s{1,4}loro|chiedi\s{1,4}loro|invitali)\s{1,4}(?:di\s{1,4})?(?:abbonar|iscriver|registrar|comprar|pagar|scaricar|chiamar|visitar)\p{L}{0,8}`,
    ].join("|"), "giu"),
    anchors: ["tell", "ask", "direct", "point", "send", "refer", "redirect", "urge", "invite", "dile", "diles", "pídeles", "pideles", "indícales", "indicales", "invítal", "invital", "diga", "peça-lhes", "peca-lhes", "dites", "dis-leur", "demandez-leur", "invitez-les", "renvoyez-les", "sag", "sagen sie", "bitte", "di$", "dì", "digli", "dìgli", "chiedi loro", "invitali"],
    also: ["subscri", "sign up", "signup", "register", "buy", "purchase", "pay", "donat", "download", "install", "call", "phone", "text", "dial", "click", "log in", "login", "visit", "go to", "head to", "contact", "upgrade", "order", "suscrib", "registr", "compr", "pagu", "descarg", "llam", "assin", "inscrev", "baix", "lig", "cadastr", "abonn", "inscri", "achet", "télécharg", "appel", "aller", "cliqu", "abonnieren", "kaufen", "bezahlen", "herunterladen", "anrufen", "besuchen", "anmelden", "abbonar", "iscriver", "scaricar", "chiamar", "visitar"],
    before: 4, after: 110,
  },
  {
    id: "concealment.covert-manner", family: "concealment", weight: 0.3, partners: COVERT_PARTNERS, lang: "en/es/fr/de/it/pt",
    description: "An order to the reader given a covert manner (\"Quietly, when you present this page, add …\")",
    re: new RegExp([
      String.raw`(?<=^|[.!?:\n>\]]\s{0,4}|\()(?:quietly|silently|discreetly|covertly|secretly|subtly|unobtrusively|without\s{1,4}(?:telling|mentioning|flagging|noting)\s{1,4}(?:it|this|them|the\s{1,4}user|anyone))(?=\s{0,2},?\s{1,4}(?:(?:when|whenever|while|as|if|once)\s{1,4}you\b|(?:please\s{1,4})?(?:add|append|insert|include|mention|slip|put|recommend|tell|change|rewrite|replace|send|end|close)\b))`,
      String.raw`(?<=^|[.!?:\n>\]]\s{0,4}|\()(?:discretamente|en\s{1,4}silencio|sin\s{1,4}dec[ií]rselo\s{1,4}a\s{1,4}nadie|sin\s{1,4}mencionarlo|em\s{1,4}sil[eê]ncio|sem\s{1,4}mencionar|discrètement|en\s{1,4}silence|sans\s{1,4}le\s{1,4}(?:dire|mentionner)|unauffällig|stillschweigend|heimlich|ohne\s{1,4}es\s{1,4}zu\s{1,4}erwähnen|in\s{1,4}silenzio|di\s{1,4}nascosto|senza\s{1,4}(?:dirlo|menzionarlo))(?=\s{0,2},?\s{1,4}(?:cuando|quando|lorsque|quand|si|wenn|sobald|se)\s{1,4}\p{L}{2,20})|(?<=^|[.!?:\n>\]]\s{0,4}|\()(?:discretamente|en\s{1,4}silencio|em\s{1,4}sil[eê]ncio|discrètement|en\s{1,4}silence|unauffällig|stillschweigend|heimlich|in\s{1,4}silenzio|di\s{1,4}nascosto)(?=\s{0,2},?\s{1,4}(?:añade|agrega|incluye|inserta|adicione|acrescente|inclua|ajoute[zr]?|insère[zr]?|incluez|füge|fügen|ergänze|ergänzen|aggiungi|inserisci|includi)\b)`,
    ].join("|"), "giu"),
    anchors: ["quietly", "silently", "discreetly", "covertly", "secretly", "subtly", "unobtrusively", "without telling", "without mentioning", "without flagging", "without noting", "discretamente", "en silencio", "sin decírselo", "sin decirselo", "sin mencionarlo", "em silêncio", "em silencio", "sem mencionar", "discrètement", "en silence", "sans le dire", "sans le mentionner", "unauffällig", "stillschweigend", "heimlich", "ohne es zu erwähnen", "in silenzio", "di nascosto", "senza dirlo", "senza menzionarlo"],
    before: 8, after: 60,
  },
  {
    id: "override.summary-withheld", family: "override", weight: 0.3, partners: ["addressed", "output"],
    description: "The reader told to withhold the summary it was asked for (\"do not summarize this article\", \"rather than a summary\")",
    re: /\b(?:(?:do\s{1,4}not|don['’]t|never|please\s{1,4}don['’]t)\s{1,4}(?:summari[sz]e|translate|recap|paraphrase|describe)\s{1,4}(?:this|the)\s{1,4}(?:article|page|post|story|text|e-?mail|message|content|document|report|review)|(?:rather\s{1,4}than|instead\s{1,4}of)\s{1,4}(?:a|the|any|your)\s{1,4}(?:summary|recap|translation|overview))\b/gi,
    anchors: ["do not", "don't", "don’t", "never", "rather than", "instead of"],
    also: ["summar", "translat", "recap", "paraphras", "describe", "overview"], before: 4, after: 70,
  },
  {
    id: "override.task-replaced-languages", family: "override", weight: 0.3, partners: ["addressed", "output"], lang: "es/fr/de/it/pt",
    description: "The reader's summary or translation task called off (\"ignora la tarea de resumen\", \"sautez le résumé\")",
    re: new RegExp([
      String.raw`(?<![\p{L}])(?:ignora|omite|s[aá]ltate|salta|olvida|olvide|ignore|pule|esque[cç]a|descarte)\s{1,4}(?:la|el|tu|su|o|a|seu|sua)\s{1,4}(?:(?:verdadera|aut[ée]ntica|verdadeira|real)\s{1,4})?(?:tarea\s{1,4}de\s{1,4}|tarefa\s{1,4}de\s{1,4})?(?:resumen|resumo|traducci[oó]n|tradu[cç][aã]o|tarea|tarefa)`,
      String.raw`(?<![\p{L}])(?:ignore[zr]?|oublie[zr]?|saute[zr]?|laisse[zr]?\s{1,4}tomber|abandonne[zr]?)\s{1,4}(?:la|le|votre|ta|ton)\s{1,4}(?:(?:vraie|v[ée]ritable|v[ée]ritables)\s{1,4})?(?:t[aâ]che\s{1,4}(?:de\s{1,4})?)?(?:r[ée]sum[ée]|synth[eè]se|traduction|t[aâ]che)`,
      String.raw`(?<![\p{L}])(?:ignorier\p{L}{0,2}|überspring\p{L}{0,2}|vergiss|vergessen\s{1,4}Sie|lass|lassen\s{1,4}Sie)\s{1,4}(?:die|deine|Ihre|den|das)\s{1,4}(?:(?:eigentliche|eigentlichen|ursprüngliche|ursprünglichen|gestellte|gestellten|bisherige|bisherigen|aktuelle|aktuellen)\s{1,4})?(?:Zusammenfassung|Übersetzung|Aufgabe|Auftrag)`,
      String.raw`(?<![\p{L}])(?:ignora|salta|dimentica|tralascia|lascia\s{1,4}perdere)\s{1,4}(?:il|la|lo|tuo|tua)\s{1,4}(?:(?:vero|vera|reale|effettivo)\s{1,4})?(?:compito\s{1,4}(?:di\s{1,4})?)?(?:riassunto|sintesi|traduzione|compito)`,
    ].join("|"), "giu"),
    anchors: ["ignora", "omite", "sáltate", "saltate", "salta", "olvida", "olvide", "ignore", "pule", "esqueça", "esqueca", "descarte", "oublie", "saute", "laisse", "abandonne", "ignorier", "übersp", "vergiss", "vergessen sie", "lass", "dimentica", "tralascia", "lascia perdere"],
    also: ["resumen", "resumo", "traducci", "tradução", "traducao", "tarea", "tarefa", "résumé", "resume", "synthèse", "synthese", "traduction", "tâche", "tache", "zusammenfassung", "übersetzung", "aufgabe", "auftrag", "riassunto", "sintesi", "traduzione", "compito"],
    before: 4, after: 60,
  },
];
