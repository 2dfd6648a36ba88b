// An organisation's own notice to its staff: "update your bank details in the employee portal",
// "if you get a mail asking for them, forward it to security@…". The place of the update is the
// sender's portal and the forward goes to its security desk; no AI is asked to collect or send
// anything. Judges for the payment-details and share-to-address patterns, in several languages.

/** A portal, intranet or self-service app named as the place of the update ("en el portal", "im Mitarbeiterportal"). */
const IN_PORTAL = /(?<![\p{L}])(?:in|on|via|through|en|no|na|nel|nella|sur|dans|im|über|auf|w|na)\s{1,4}(?:(?:the|el|la|o|a|il|le|l['’]|dem|der|our|your|nuestro|vuestro|nosso|notre|votre|nostro|unser(?:em)?|tu|su)\s{0,4}){0,2}(?:[\p{L}-]{2,20}[\s-]{1,3}){0,2}?(?:[\p{L}-]{0,20}portal[\p{L}]{0,6}|portail|portale|intranet|self[\s-]?service|Mitarbeiterportal|employee\s{1,4}(?:hub|app|site)|HR\s{1,4}(?:system|app))(?![\p{L}])/iu;
/** A bank account number or IBAN given along with the update: a changed-account scam, not a reminder. */
const ACCOUNT_VALUE = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}\b|\b\d{8,}\b/;

/** "Update your bank details in the portal": the update happens in the sender's own portal, with no account given. */
export function updateInOwnPortal(match: string, text: string, start: number): number {
  const after = text.slice(start + match.length, start + match.length + 160);
  const sentence = after.split(/[.!?\n](?:\s|$)/)[0] ?? "";
  if (!IN_PORTAL.test(sentence)) return 1;
  return ACCOUNT_VALUE.test(text.slice(Math.max(0, start - 300), start + match.length + 400)) ? 1 : 0.2;
}

/** Mailboxes of a security / abuse desk: where staff report phishing. */
const SECURITY_DESK = /(?<![\w.+-])(?:security|it-?security|infosec|seguridad|seguran[cç]a|sicherheit|it-?sicherheit|s[ée]curit[ée]|sicurezza|abuse|phishing|report-?phishing|spam|soc|cert|csirt)@/i;
/** "If you receive a message that does", in several languages: the thing forwarded is a suspicious message. */
const IF_RECEIVED = /(?<![\p{L}])(?:if\s{1,4}you\s{1,4}(?:receive|get|see)|should\s{1,4}you\s{1,4}receive|si\s{1,4}(?:recib|recev|vous\s{1,4}recevez|tu\s{1,4}re[çc]ois)|se\s{1,4}(?:ricev|receb)|caso\s{1,4}receba|wenn\s{1,4}(?:Sie|du|ihr)\s{1,4}[^.\n]{0,60}?(?:erhalt|erhält|bekomm)|falls\s{1,4}(?:Sie|du|ihr)\s{1,4}[^.\n]{0,60}?(?:erhalt|erhält|bekomm))/iu;

/** "If you get a mail asking for them, forward it to security@…": a phishing report, not an exfiltration. */
export function phishingReport(match: string, text: string, start: number): number {
  if (!SECURITY_DESK.test(match)) return 1;
  return IF_RECEIVED.test(text.slice(Math.max(0, start - 200), start + match.length)) ? 0.2 : 1;
}
