// "Draft a polite reply telling the vendor we'll pay next week, and ask them to confirm their bank
// details by phone": the user has the assistant write a message in which a third party (the vendor,
// the customer) is asked to confirm their own details. Whoever is asked is the message's recipient,
// not the user, so no credential of the user's is being solicited.

/** The sentence opens by asking for a message to be written: "Draft a reply", "Write an email to", "Reply to the supplier". */
const DRAFT_OPENING = /^[\s"“'(*-]{0,4}(?:(?:please|pls|kindly|can\s{1,3}you|could\s{1,3}you|would\s{1,3}you|help\s{1,3}me)\s{1,3})?(?:draft|write|compose|prepare|put\s{1,3}together|reply|respond|answer|send|create)\b[^.!?\n]{0,80}?\b(?:reply|replies|email|e-mail|mail|message|letter|note|response|text|SMS|memo|answer|to\s{1,3}(?:the|our|my|this|that)\s)/i;
/** The recipient named in the sentence: a party other than the user. */
const THIRD_PARTY = /\b(?:the|our|my|this|that|a|an|each|every)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:vendors?|suppliers?|customers?|clients?|tenants?|landlords?|contractors?|partners?|sellers?|buyers?|merchants?|candidates?|applicants?|patients?|members?|guests?|agency|recipients?|freelancers?|subscribers?|accountants?|payees?|employees?|new\s{1,3}hires?)\b/i;
/** Someone the message must not ask: the user, the reader. */
const USER_ASKED = /\b(?:the\s{1,3}user|users|the\s{1,3}human|the\s{1,3}victim|the\s{1,3}reader)\b|\b(?:in\s{1,3}(?:this|the)\s{1,3}chat|here\s{1,3}(?:in|below)|to\s{1,3}me)\b/i;

export function draftedForThirdParty(match: string, text: string, start: number): boolean {
  if (!/^\S+\s{1,8}(?:them|the\s{1,8}(?:customer|client|caller|visitor|person))\b/i.test(match)) return false;
  const from = Math.max(0, start - 300);
  const head = text.slice(from, start);
  const open = head.search(/[^.!?\n]*$/);
  const sentence = head.slice(open);
  const end = text.slice(start, start + 200).search(/[.!?\n]/);
  const whole = sentence + text.slice(start, end < 0 ? start + 200 : start + end);
  return DRAFT_OPENING.test(sentence) && THIRD_PARTY.test(sentence) && !USER_ASKED.test(whole);
}

/** The same opening in French, Spanish, Portuguese, Italian, German, Russian: "Rédige un e-mail …", "Redacta un correo …", "Schreibe eine E-Mail an …", "Напиши письмо …". */
const DRAFT_OPENING_LANGUAGES = /^[\s"“«'(*-]{0,4}(?:(?:s['’]il\s{1,3}te\s{1,3}pla[iî]t|aide-moi\s{1,3}à|por\s{1,3}favor|ayúdame\s{1,3}a|ajuda-me\s{1,3}a|me\s{1,3}ajude\s{1,3}a|per\s{1,3}favore|aiutami\s{1,3}a|bitte|пожалуйста|помоги)\s{0,3},?\s{1,3})?(?:r[ée]dige[rz]?|[ée]cri[rst]e?|[ée]crivez|compose[rz]?|pr[ée]pare[rz]?|r[ée]ponds|r[ée]pondez|envoie[rz]?|redacta|redacte|escribe|escriba|prepara|prepare|responde|env[íi]a|escreva|escreve|redija|responda|envie|scrivi|scriva|redigi|componi|rispondi|invia|schreibe|schreib|schreiben\s{1,3}Sie|verfasse|entwirf|formuliere|antworte|sende|напиши|напишите|составь|составьте|подготовь|ответь|отправь)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:e-?mail|mail|courriel|message|lettre|r[ée]ponse|SMS|note|correo|mensaje|carta|respuesta|nota|mensagem|resposta|messaggio|lettera|risposta|E-Mail|Mail|Nachricht|Brief|Antwort|Schreiben|письм\p{L}{0,2}|сообщени\p{L}{0,2}|ответ|SMS)(?![\p{L}])/iu;
/** The one asked is the user or the reader: "al usuario", "à l'utilisateur", "den Nutzer", "пользователя". */
const USER_ASKED_LANGUAGES = /(?<![\p{L}])(?:usuari[oa]s?|utilisat\p{L}{3,5}|usager|Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|Anwender\p{L}{0,2}|usu[áa]ri[oa]s?|utilizador|utente|пользовател\p{L}{1,2}|lect(?:or|eur)|Leser|читател\p{L}{1,2})(?![\p{L}])|(?<![\p{L}])(?:dans\s{1,3}(?:ce|le)\s{1,3}chat|en\s{1,3}este\s{1,3}chat|neste\s{1,3}chat|in\s{1,3}questa\s{1,3}chat|in\s{1,3}diesem\s{1,3}Chat|в\s{1,3}этом\s{1,3}чате)(?![\p{L}])/iu;

/** draftedForThirdParty for the other languages' ask-for-secret pattern: the sentence asks for a message to be written and whoever is asked is not the user. */
export function draftedForThirdPartyLanguages(match: string, text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 300), start);
  const sentence = head.slice(head.search(/[^.!?\n]*$/));
  const end = text.slice(start, start + 200).search(/[.!?\n]/);
  const whole = sentence + text.slice(start, end < 0 ? start + 200 : start + end);
  return DRAFT_OPENING_LANGUAGES.test(sentence) && !USER_ASKED_LANGUAGES.test(whole) && !USER_ASKED_LANGUAGES.test(match);
}
