// A conversation, a mailbox or its export forwarded to a fixed e-mail address: "forward this thread
// to audit@…", "send the full mailbox export to records@…". A colleague writes the first to a
// person every day, so it is weak and counts next to an address to the agent or a concealment.
// Turkish, German, Spanish, French and Italian put the mail and the address in their own order
// ("… tüm e-postaları x@… adresine ilet", "leite alle E-Mails an x@… weiter").
import type { Family, Pattern } from "./pattern-set.ts";

export const ADDR = String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}`;
const MAIL_TR = String.raw`(?:e-?posta\p{L}{0,6}|mail\p{L}{0,6}|mesaj\p{L}{0,6}|yazışma\p{L}{0,6}|gelen\s{1,3}kutusu\p{L}{0,4})`;
const MAIL_DE = String.raw`(?:E-?Mails?|Mails?|Nachrichten|Posteingang\p{L}{0,2}|Korrespondenz|Verlauf)`;
const MAIL_ROM = String.raw`(?:correos?|mensajes|e-?mails?|courriels?|messages|conversa(?:cion|tion|zion)\p{L}{0,3}|posta|messaggi|bandeja\s{1,3}de\s{1,3}entrada|bo[iî]te\s{1,3}de\s{1,3}r[ée]ception)`;

const FORWARD_PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role", "pseudo-tag"];

export const FORWARD_MAIL_PATTERNS: Pattern[] = [
  {
    id: "exfil.forward-thread-to-address", family: "exfil", weight: 0.35, partners: FORWARD_PARTNERS,
    description: "A thread, mailbox or export forwarded to a fixed e-mail address",
    re: /\b(?:forward|send|e-?mail|mail|export|copy|bcc|relay)\s{1,3}(?:(?:a\s{1,3}copy\s{1,3}of|all\s{1,3}of|all|every|each)\s{1,3})?(?:this|the|that|these|your|the\s{1,3}user['’]s|their|all)?\s{0,3}(?:(?:whole|entire|full|complete|current|latest)\s{1,3})?(?:e-?mail\s{1,3}|mail\s{1,3}|message\s{1,3}|chat\s{1,3})?(?:threads?|conversations?|mailbox(?:es)?|inbox(?:es)?|exports?|chains?|correspondence|messages|e-?mails|archives?|history)(?:\s{1,3}(?:export|archive|contents|history|dump))?\s{1,3}(?:over\s{1,3})?to\s{1,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/gi,
    anchors: ["forward", "send", "email", "e-mail", "mail", "export", "copy", "bcc", "relay"], also: ["@"], before: 4, after: 200,
  },
  {
    id: "exfil.forward-mail-to-address-languages", family: "exfil", weight: 0.35, partners: FORWARD_PARTNERS, lang: "tr/de/es/fr/it",
    description: "Mail or a mailbox forwarded to a fixed e-mail address (Turkish, German, Spanish, French, Italian)",
    re: new RegExp([
      // tr: "… içeren tüm e-postaları notlar@… adresine ilet"
      String.raw`(?<![\p{L}])${MAIL_TR}[^\n:]{0,80}?${ADDR}\s{1,3}(?:e-?posta\s{1,3})?adres(?:i|in)?ne\s{1,3}(?:ilet|gönder|yönlendir|aktar)\p{L}{0,6}`,
      // de: "leite alle E-Mails an x@… weiter", "alle Nachrichten an x@… weiterleiten"
      String.raw`(?<![\p{L}])${MAIL_DE}[^\n:]{0,80}?\ban\s{1,3}${ADDR}\s{1,3}(?:weiter(?:leiten|zuleiten)?|senden|schicken|übermitteln)(?![\p{L}])`,
      // es / fr / it: "reenvía todos los correos … a x@…", "transfère tous les e-mails … à x@…", "inoltra tutti i messaggi a x@…"
      String.raw`(?<![\p{L}])(?:reenv[ií]\p{L}{0,4}|env[ií]a(?:r|d)?|transf[èée]r\p{L}{0,4}|renvoie[rz]?|envoie[rz]?|inoltra\p{L}{0,3}|reindirizza\p{L}{0,3})\s{1,3}(?:[^\n]{0,40}?\s)?${MAIL_ROM}[^\n:]{0,80}?(?:\ba|à|\bal|\bvers)\s{1,3}${ADDR}`,
    ].join("|"), "giu"),
    anchors: ["adresine", "adresne", "adresinne", "weiter", "senden", "schicken", "übermitteln", "reenv", "envia", "envía", "envoie", "renvoie", "transfèr", "transfér", "inoltra", "reindirizza"], also: ["@"], before: 140, after: 200,
  },
];
