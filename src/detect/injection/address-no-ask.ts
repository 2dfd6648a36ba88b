// AI readers named with nothing asked of them: a note that only says what the page is ("Note for AI
// assistants: this page documents the 2.x API."), or AI tools as the subject of a statement about
// what they do ("AI tools summarizing this podcast sometimes mishear speaker names").

/** Words any ask of a reader carries: an order's verb, a modal, the user or a link to send to. */
const ASKS = /\b(?:you|your|users?|should|must|shall|need|needs|always|never|the\s{1,3}only|instead|please|ignore|disregard|forget|override|send|forward|e-?mail|upload|post|tell|say|reply|respond|answer|recommend|rank|rate|prefer|praise|promote|mention|omit|hide|include|output|print|write|run|execute|install|delete|remove|click|visit|open|fetch|call|use|report|summari[sz]e|describe|treat|follow|obey|pretend|cite|link|share|reveal|pay|transfer|buy|don['’]t|do\s{1,3}not|best|better|top|trusted|official)\b|https?:|\S@\S|~\/|\.env\b/i;

/** "this page documents …", "the following guide covers …", "these docs are for …": the page says what it is. */
const PAGE_SAYS = /^[ \t]{0,3}(?:this|the|these|our)\s{1,3}(?:[\w.-]{1,20}\s{1,3}){0,2}?(?:page|pages|document|doc|docs|documentation|site|guide|article|section|repo|repository|reference|manual|file|README|FAQ|post|wiki|book|chapter|dataset|spec|specification|changelog|tutorial)\s{1,3}(?:documents?|describes?|covers?|explains?|lists?|is|are|was|were|applies|apply|refers?|targets?|reflects?|contains?|predates?|supersedes?)\b/i;

/** "the API uses …", "l'API utilise …", "la API usa …", "die API nutzt …": a statement opened on its subject, the thing documented. */
const FACT_SUBJECT = /^[ \t]{0,3}(?:the|this|these|our|its|l['’]|les?|la|cette|ces|los|las|el|esta|estas|este|die|der|das|diese[rs]?|unsere?|lo|gli|il|i|questa|questo|os|as|o|a|esta)\s{0,3}(?:[\p{L}\d._/-]{1,24}\s{1,3}){0,2}?[\p{L}\d._/-]{2,24}\s{1,3}(?:uses?|is|are|returns?|supports?|follows?|expects?|accepts?|runs?|utilise(?:nt)?|est|sont|suit|suivent|renvoie(?:nt)?|usa|usan|utiliza(?:n)?|es|son|está[n]?|sigue[n]?|devuelve[n]?|nutzt|verwendet|ist|sind|folgt|folgen|liefert|usa(?:no)?|è|sono|segue|seguono|restituisce|é|são|segue[m]?|retorna[m]?)\b/iu;

/** What any ask of a reader carries in the languages the address patterns cover: a modal, a polite marker, the reader or the user, a payload. */
const ASKS_OTHER = /(?<![\p{L}])(?:vous|tu|te|ton|ta|tes|votre|vos|veuillez|merci\s{1,3}de|s['’]il\s{1,3}vous\s{1,3}pla[iî]t|doi[st]|doivent|devez|faut|utilisateur|usted|ustedes|su\s{1,3}respuesta|por\s{1,3}favor|debe[sn]?|deber[áa]s?|tienes?\s{1,3}que|hay\s{1,3}que|usuario|du|dein\p{L}{0,2}|Sie|Ihr\p{L}{0,2}|bitte|muss|müssen|sollst|sollen|soll|Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|voi|tuo|tua|devi|deve|devono|per\s{1,3}favore|utente|você|seu|sua|precisa|usuário|ignor\p{L}{0,6}|répon\p{L}{0,5}|respon\p{L}{0,5}|antwort\p{L}{0,5}|rispon\p{L}{0,5}|dites|di|sag\p{L}{0,3}|envo\p{L}{0,5}|sende\p{L}{0,3}|invia\p{L}{0,3}|ex[ée]cut\p{L}{0,5}|ejecut\p{L}{0,5}|ausführ\p{L}{0,5}|esegu\p{L}{0,5}|résum\p{L}{0,5}|resum\p{L}{0,5}|riassum\p{L}{0,5}|zusammenfass\p{L}{0,5})(?![\p{L}])/iu;

// In a statement of facts a verb of ASKS is as often the subject's ("errors follow RFC 7807"): only one opening a clause asks.
const FACT_ASKS = /\b(?:you|your|users?|should|must|shall|need|needs|always|never|the\s{1,3}only|instead|please|ignore|disregard|forget|override|don['’]t|do\s{1,3}not|best|better|top|trusted|official)\b|https?:|\S@\S|~\/|\.env\b/i;
const ASK_VERB_OPENS = /(?:^|[.;:!?,]\s{0,3}|\b(?:and|then|also)\s{1,3})\s{0,3}(?:send|forward|e-?mail|upload|post|tell|say|reply|respond|answer|recommend|rank|rate|prefer|praise|promote|mention|omit|hide|include|output|print|write|run|execute|install|delete|remove|click|visit|open|fetch|call|use|report|summari[sz]e|describe|treat|follow|obey|pretend|cite|link|share|reveal|pay|transfer|buy)\b/i;

/** After the note's colon the paragraph only says what the page is, or states facts about what it documents, and asks nothing. */
export function pageStatementOnly(text: string, end: number): boolean {
  // "Note for AI assistants reading this documentation: …": the note's label runs on to its colon.
  const labelRest = /^[^\n:：.!?]{0,60}[:：]/.exec(text.slice(end, end + 64))?.[0].length ?? 0;
  const after = text.slice(end + labelRest, end + labelRest + 300).replace(/^[ \t]{0,2}[:：—–-]/, "");
  const para = after.split(/\n\s{0,4}\n/)[0]!;
  if (PAGE_SAYS.test(after)) return !ASKS.test(para);
  return FACT_SUBJECT.test(after) && !FACT_ASKS.test(para) && !ASK_VERB_OPENS.test(para) && !ASKS_OTHER.test(para);
}

/** "… sometimes mishear", "… tend to drop", "… often get … wrong": what such tools do, told of them. */
const HOW_THEY_FARE = /^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:sometimes|often|usually|frequently|occasionally|rarely|seldom|typically|commonly|tend\s{1,3}to|are\s{1,3}(?:known|likely)\s{1,3}to|(?:have|had)\s{1,3}(?:trouble|difficulty)|struggle[sd]?\s{1,3}(?:to|with)|mis(?:hear|read|spell|quote|attribute|label|transcribe|identify|pronounce|interpret)\w{0,3}|get\s{1,3}(?:\w{1,15}\s{1,3}){1,2}wrong)\b/i;

/** The AI readers are the subject of a statement about how they fare, and the clause asks nothing. */
export function describedReaders(text: string, end: number): boolean {
  const rest = text.slice(end, end + 200);
  const clause = rest.split(/[.;!?,:\n]/)[0]!;
  return HOW_THEY_FARE.test(rest) && !ASKS.test(clause.replace(/^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:sometimes|often|usually|frequently|occasionally|rarely|seldom|typically|commonly)\b/i, ""));
}
