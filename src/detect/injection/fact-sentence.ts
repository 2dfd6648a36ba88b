// A sentence that only states a fact on its own subject ("The API uses cursor pagination",
// "l'API utilise la pagination par curseur, les dates sont en UTC et les erreurs suivent le format
// RFC 7807"), in en / fr / es / de / it / pt. Its subject comes first and a declarative verb in the
// third person right after it; every clause joined to it opens on a subject or a noun phrase again
// (an article, a pronoun, a number, a name in code), never on a verb, which is where an order
// would start whatever its verb; and nothing in it speaks to the reader, obliges, names the user,
// a secret, a place to send to or the reader's answer.

const DET = String.raw`(?:the|this|these|those|our|its|their|each|every|all|some|most|both|a|an|le|la|les|l['’]|ce|cet|cette|ces|notre|nos|son|sa|ses|leur|leurs|chaque|tous|toutes|un|une|des|el|los|las|este|esta|estos|estas|nuestro|nuestra|nuestros|nuestras|sus|cada|todos|todas|una|der|die|das|den|dem|des|dieser|diese|dieses|unser|unsere|jeder|jede|jedes|alle|ein|eine|il|lo|gli|i|questo|questa|questi|queste|nostro|nostra|nostri|nostre|ogni|tutti|tutte|uno|o|os|as|estes|nosso|nossa|nossos|nossas|um|uma)`;
const PRONOUN = String.raw`(?:it|they|il|ils|elle|elles|cela|ello|ella|ellos|ellas|esto|es|er|sie|esso|essa|essi|esse|ele|ela|eles|elas)`;
/** A subject word: a name, a code span's stand-in, an acronym, a version. */
const WORD = String.raw`[\p{L}\d][\p{L}\d._\/+#-]{0,30}`;
/** Third-person verbs of statement, present and past (a modal or an imperative is none of them). */
const FACT_VERB = String.raw`(?:is|are|was|were|has|have|had|uses|use|used|returns|return|supports|support|follows|follow|expects|accepts|accept|runs|lives|live|contains|contain|includes|include|requires|require|lists|covers|describes|documents|applies|apply|targets|depends|ships|ship|comes|come|means|stays|remains|remain|lasts|expires|expire|starts|ends|rotates|paginates|emits|stores|store|holds|hold|exposes|provides|provide|defaults|reflects|predates|supersedes|changed|differs|differ|matches|match|works|work|behaves|caps|returned|[\p{L}]{3,20}ed\s{1,3}(?:by|in|on|at|from|to|as|with|under|for)` +
  String.raw`|est|sont|était|étaient|ont|utilise|utilisent|renvoie|renvoient|retourne|retournent|suit|suivent|accepte|acceptent|attend|attendent|contient|contiennent|inclut|incluent|prend|prennent|supporte|supportent|gère|gèrent|expire|expirent|fonctionne|fonctionnent|dépend|dépendent|couvre|décrit|documente|exige|exigent|nécessite|nécessitent|reste|restent|commence|commencent|fournit|fournissent|expose|exposent|stocke|stockent|emploie|emploient|se\s{1,3}(?:trouve|trouvent|base|basent|limite)` +
  String.raw`|son|está|están|era|eran|fue|fueron|tiene|tienen|usa|usan|utiliza|utilizan|devuelve|devuelven|sigue|siguen|acepta|aceptan|espera|esperan|contiene|contienen|incluye|incluyen|admite|admiten|soporta|soportan|requiere|requieren|expira|expiran|caduca|caducan|depende|dependen|cubre|describe|documenta|funciona|funcionan|proporciona|proporcionan|expone|exponen|guarda|guardan|almacena|almacenan|queda|quedan|se\s{1,3}(?:aplica|aplican|basa|basan|encuentra|encuentran)` +
  String.raw`|ist|sind|war|waren|hat|haben|nutzt|nutzen|verwendet|verwenden|benutzt|benutzen|liefert|liefern|gibt|geben|folgt|folgen|akzeptiert|akzeptieren|erwartet|erwarten|enthält|enthalten|unterstützt|unterstützen|läuft|laufen|erfordert|erfordern|benötigt|benötigen|braucht|brauchen|hängt|hängen|gilt|gelten|beschreibt|dokumentiert|deckt|stammt|stammen|speichert|speichern|verfällt|verfallen|beginnt|beginnen|endet|enden|bleibt|bleiben|basiert|basieren|wird|werden|wurde|wurden` +
  String.raw`|è|sono|erano|ha|hanno|usano|utilizzano|restituisce|restituiscono|segue|seguono|accetta|accettano|contengono|include|includono|supporta|supportano|richiede|richiedono|scade|scadono|dipende|dipendono|copre|descrive|funziona|funzionano|fornisce|forniscono|espone|espongono|resta|restano|rimane|rimangono|si\s{1,3}(?:applica|applicano|basa|basano|trova|trovano)` +
  String.raw`|é|são|foi|foram|tem|têm|usam|utilizam|retorna|retornam|devolve|devolvem|segue|seguem|aceita|aceitam|contém|contêm|inclui|incluem|suporta|suportam|requer|requerem|exige|exigem|expira|expiram|depende|dependem|cobre|descreve|funciona|funcionam|fornece|fornecem|expõe|expõem|fica|ficam|permanece|permanecem)`;
/** The sentence opens on its subject (an article and up to three words, or one word alone) and its verb of statement. */
const FACT_OPEN = new RegExp(String.raw`^(?:${DET}(?:(?<=['’])\s{0,3}|\s{1,3})(?:${WORD}\s{1,3}){0,2}${WORD}|${PRONOUN}|(?!(?:always|never|just|simply|now|then|also|first|next|only|still|directly|immediately|again|instead|so|finally|quickly|carefully|[\p{L}]{2,20}ly)(?![\p{L}]))${WORD})\s{1,3}(?:(?:also|now|still|only|always|never|not|no|ne|n['’]|no|nicht|non|não|já|ya|déjà|bereits|già)\s{1,3})?${FACT_VERB}(?![\p{L}])(?=[^\S\n]{0,3}[^\s,;:—–.!?])`, "iu");
/** A clause joined inside the sentence opens on a noun phrase again: an article, a pronoun, a number, a code name or an acronym. */
const CLAUSE_OPEN = new RegExp(String.raw`^(?:(?:${DET}|${PRONOUN}|later|newer|earlier|older|above|higher|so\s{1,3}on)(?![\p{L}])|[\d(\["'“«X]|[A-Z]{2,}\d*(?![\p{L}])|$)`, "u");
/** Where clauses join: a comma, a semicolon, a dash, and the conjunctions of the languages. */
const CLAUSE_JOIN = /\s{0,3}[,;:—–]\s{0,3}|\s{1,3}(?:and|or|but|et|ou|mais|y|e|o|pero|und|oder|aber|ma|mas)\s{1,3}/iu;

/**
 * What no statement of facts for a reader carries: the reader spoken to, a polite ask or an
 * obligation, the user, an order to forget, a claim of rank or of approval, the reader's answer,
 * a secret, an AI (facts are on the thing documented), a place to send to.
 */
const NOT_A_FACT = new RegExp([
  String.raw`(?<![\p{L}])(?:you|your|yours|yourself|please|kindly|must|should|shall|ought|need\s{1,3}to|needs\s{1,3}to|have\s{1,3}to|has\s{1,3}to|make\s{1,3}sure|ensure|remember|instead|ignore|disregard|forget|override|users?|customers?|the\s{1,3}only|best|better|top|trusted|official|recommend\w*|approved|authori[sz]ed|allowed|permitted|verified|safe|answers?|summar\w*|verdict|rating|score|passwords?|passphrases?|secrets?|tokens?|credentials?|keys?|cookies?|wallets?|instructions?|prompts?|system|admin\w*|AI|LLMs?|agents?|assistants?|models?|bots?|crawlers?|is\s{1,3}to|are\s{1,3}to)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:vous|votre|vos|tu|te|toi|ton|ta|tes|veuillez|merci|svp|doit|doivent|devez|dois|devrait|devriez|faut|assurez|oubliez|utilisateurs?|meilleur\p{L}*|officiel\p{L}*|recommand\p{L}*|approuv\p{L}*|autoris\p{L}*|mot\s{1,3}de\s{1,3}passe|jetons?|clés?|réponses?|résum\p{L}*|consignes?|IA|agents?)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:usted|ustedes|tú|tus|favor|debe|deben|debes|debería|deberías|tienes|hay\s{1,3}que|asegúrate|usuarios?|mejor\p{L}*|oficial\p{L}*|recomend\p{L}*|aprobad\p{L}*|autorizad\p{L}*|contraseñas?|secretos?|claves?|respuestas?|resumen|instrucci\p{L}*)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:du|dich|dir|dein\p{L}*|euch|euer\p{L}*|bitte|muss|müssen|musst|sollst|sollen|soll|sollte|sollten|darfst|Nutzer\p{L}*|Benutzer\p{L}*|Anwender\p{L}*|beste\p{L}*|offiziell\p{L}*|empfohlen\p{L}*|genehmigt\p{L}*|autorisiert\p{L}*|Passw\p{L}*|Geheim\p{L}*|Schlüssel\p{L}*|Antwort\p{L}*|Zusammenfassung|Anweisung\p{L}*|KI)(?![\p{L}])`,
  String.raw`(?:^|(?<=[\s,;:]))Sie(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:voi|vostr\p{L}|ti|tuo|tua|tuoi|deve|devono|devi|dovrebbe|bisogna|assicurati|utent\p{L}|miglior\p{L}*|ufficial\p{L}*|consigliat\p{L}*|approvat\p{L}*|autorizzat\p{L}*|segret\p{L}*|chiav\p{L}|rispost\p{L}|riassunt\p{L}|istruzion\p{L})(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:você|vocês|teu|tua|seu|sua|seus|suas|devem|deveria|precisa|precisam|tem\s{1,3}que|certifique|usuários?|melhor\p{L}*|recomendad\p{L}*|aprovad\p{L}*|senhas?|segredos?|chaves?|resposta\p{L}*|resumo|instruç\p{L}*)(?![\p{L}])`,
  // A claim that steers the reader's judgement rather than informs it: rank, praise, blame, the conversation itself.
  String.raw`(?<![\p{L}])(?:competitors?|rivals?|attackers?|hackers?|malicious|scams?|fraud\w*|previous|prior|earlier|above|messages?|conversation|chat|flawless|perfect|guaranteed|leading|superior|outperform\w*|rated|ranked|#\s{0,2}1|number\s{1,3}one|qualified|candidates?|hire|correct|incorrect|wrong|accurate|true|false|fake|genuine|legit\w*|concurren\p{L}*|Konkurren\p{L}*|attaquant\p{L}*|atacante\p{L}*|Angreifer\p{L}*|attaccant\p{L}*|précédent\p{L}*|anterior\p{L}*|vorherig\p{L}*|precedent\p{L}*|mensajes?|Nachricht\p{L}*|messaggi\p{L}*|mensage\p{L}*|conversaci\p{L}*|Gespräch\p{L}*|conversazion\p{L}*|conversa|parfait\p{L}*|perfect\p{L}*|perfekt\p{L}*|perfeit\p{L}*|garanti\p{L}*)(?![\p{L}])`,
  String.raw`https?:|www\.|[\w.+-]+@[\w-]+\.|~\/|\/etc\/|\.env\b|\b[\w-]{2,}\.(?:com|net|org|io|ru|cn|xyz|top|info|biz|co|sh|app|dev|example)\b`,
].join("|"), "iu");

/** Inline code: a name stands for a word; a span with a blank or a shell character in it is a command, never a fact. */
function codeAsWords(sentence: string): string | null {
  let command = false;
  const out = sentence.replace(/`([^`\n]{1,120})`/g, (_, code: string) => {
    if (/[\s|;&$<>]/.test(code)) command = true;
    return "X";
  });
  return command ? null : out;
}

/** A note's sentence as the readers read it: its list mark and bold marks dropped, its code as words (null for a command). */
export function sentenceBody(raw: string): string | null {
  return codeAsWords(raw.replace(/^[ \t]{0,4}(?:[-*•]|\d{1,2}[.)])[ \t]{1,3}/, "").replace(/\*\*|__/g, "").trim());
}

/** The sentence states a fact on its own subject and asks nothing. */
export function factSentence(raw: string): boolean {
  const s = sentenceBody(raw);
  if (s === null || s.length === 0) return s !== null;
  // "the fix is:", "the fix is" before a block: the sentence introduces what follows, it states nothing itself.
  if (NOT_A_FACT.test(s) || !FACT_OPEN.test(s) || /[:：]$/.test(s)) return false;
  return joinedClausesOpenOnNouns(s);
}

/** Every clause joined after the first opens on a noun phrase, or is one `also` accepts. */
export function joinedClausesOpenOnNouns(sentence: string, also: (clause: string) => boolean = () => false): boolean {
  return sentence.split(CLAUSE_JOIN).slice(1).every((c) => CLAUSE_OPEN.test(c.trim()) || also(c.trim()));
}

/** Sentences of a note: split at a sentence's end (a decimal point or "e.g." is none) and at line breaks. */
export function noteSentences(block: string): string[] {
  return block.split(/(?<!\b(?:e\.g|i\.e|etc|vs|z\.B|p\.ex|ej|es))[.!?。！？](?=\s|$)|\n/).map((x) => x.trim()).filter((x) => x.length > 0);
}
