// A payment destination swapped for the reader: "the correct PayPal is donate-oss@example.net (the one
// on our website is outdated)", "el IBAN correcto es …", "die richtige IBAN lautet …". A project's own
// page says the same when it moves its account, so it is weak and counts only next to an address to
// the AI, an override or something kept from the user.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "concealment", "role"];

/** Where money goes: a payment service, an IBAN, a wallet, an account. */
const DEST = String.raw`(?:PayPal|IBAN|RIB|Venmo|Zelle|Patreon|Ko-fi|Liberapay|Open\s?Collective|GitHub\s{1,3}Sponsors|(?:BTC|ETH|USDT|bitcoin|ethereum|crypto|wallet|donation|payment|bank|Bitcoin|Ethereum)(?:\s{1,3}(?:address|wallet|account|link|details))?|account\s{1,3}(?:number|details)|Kontonummer|Bankverbindung|Spendenkonto|conta|cuenta|compte)`;
const NEW_EN = String.raw`(?:correct|real|right|actual|current|new|updated|official|valid|proper)`;
const NEW_ROMANCE = String.raw`(?:correct[oa]|corret[oa]|corrett[oa]|correcte|verdader[oa]|verdadeir[oa]|vrai|vraie|nuev[oa]|nov[oa]|nuov[oa]|nouveau|nouvelle|actual|atual|attuale|actuel(?:le)?|oficial|ufficiale|officiel(?:le)?|bon(?:ne)?|buen[oa]|giust[oa])`;

/** A payment order, its verb then at most a few words before the destination: "pay this invoice into", "abonen esta factura y las siguientes en". */
const PAY_TO = String.raw`(?:pay|transfer|wire|remit|send|settle|route|direct|make)\w{0,3}|abon\p{L}{1,6}|pag(?:u|a|ue)\p{L}{0,5}|transf\p{L}{2,8}|ingres\p{L}{1,6}|deposit\p{L}{1,6}|vers\p{L}{1,6}|vir\p{L}{1,6}|r[ée]gl\p{L}{1,6}|bonific\p{L}{1,6}|versa\p{L}{1,6}|überweis\p{L}{0,4}|zahl\p{L}{0,4}`;
/** The new account as where the money goes: "into the new account", "en la nueva cuenta", "sur le nouveau compte", "auf das neue Konto". */
const TO_NEW_ACCOUNT = String.raw`(?:(?:to|into|in|on)\s{1,3}(?:the|our|this|my)\s{1,3}(?:new|updated|changed)\s{1,3}(?:bank\s{1,3})?(?:account|IBAN|bank\s{1,3}details)|(?:en|a|para|na|no|sur|sul|sulla|nel|nella)\s{1,3}(?:la|a|o|le|il|l['’]\s{0,2})?\s{0,3}(?:nueva\s{1,3}cuenta|cuenta\s{1,3}nueva|nova\s{1,3}conta|conta\s{1,3}nova|nouveau\s{1,3}compte|nuovo\s{1,3}conto|conto\s{1,3}nuovo)|auf\s{1,3}(?:das|unser)\s{1,3}neue\s{1,3}(?:Konto|Bankkonto))`;

/** Money sent to an account known only by its last digits: "use the account ending in 4420", "utilice la cuenta … terminada en 4420". */
const ACCOUNT_ENDING = [
  String.raw`\b(?:use|pay\w{0,3}\s{1,3}(?:it\s{1,3})?(?:in)?to|send\w{0,3}\s{1,3}(?:it\s{1,3}|payment\s{1,3})?to|transfer\w{0,3}\s{1,3}(?:it\s{1,3}|funds\s{1,3})?to)\s{1,3}(?:the|our|this)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?account\s{1,3}ending\s{1,3}(?:in|with)\s{1,3}\d{2,4}`,
  String.raw`(?<![\p{L}])(?:utilic\p{L}{1,3}|utiliz\p{L}{1,3}|us[ae]n?|pagu\p{L}{1,4}|paga|transfier\p{L}{1,4}|transfira|ingres\p{L}{1,4}|deposit\p{L}{1,4})\s{1,3}(?:(?:en|a|para|na|no)\s{1,3})?(?:la\s{1,3}|a\s{1,3})?(?:cuenta|conta)\s[^\n.]{0,40}?terminad[ao]\s{1,3}(?:en|em)\s{1,3}\d{2,4}`,
  String.raw`(?<![\p{L}])(?:utilise[rz]?|vire[rz]?|paye[rz]?|verse[rz]?)\s{1,3}(?:(?:sur|vers)\s{1,3})?le\s{1,3}compte\s[^\n.]{0,40}?(?:se\s{1,3})?terminant\s{1,3}par\s{1,3}\d{2,4}`,
  String.raw`(?<![\p{L}])(?:nutze|nutzen|verwende|verwenden|überweise|überweisen|zahle|zahlen)\s[^\n.]{0,40}?Konto\s{1,3}mit\s{1,3}(?:der\s{1,3})?Endung\s{1,3}\d{2,4}`,
].join("|");

/** The old payment details declared dead: "is no longer valid", "n'est plus valide", "ya no es válida", "ist nicht mehr gültig". */
const NO_LONGER_VALID = String.raw`(?:is|are)\s{1,3}no\s{1,3}longer\s{1,3}(?:valid|active|in\s{1,3}use|used|monitored)|(?:has|have)\s{1,3}been\s{1,3}(?:closed|deactivated|suspended)|n['’]\s{0,2}(?:est|sont)\s{1,3}plus\s{1,3}(?:valides?|actifs?|utilisés?|utilisables?)|(?:est|a\s{1,3}été)\s{1,3}(?:clôturé|fermé|désactivé)|ya\s{1,3}no\s{1,3}(?:es|son|está|están)\s{1,3}(?:válid[oa]s?|activ[oa]s?|en\s{1,3}uso)|(?:ist|sind)\s{1,3}nicht\s{1,3}mehr\s{1,3}(?:gültig|aktiv)|non\s{1,3}(?:è|sono)\s{1,3}più\s{1,3}(?:valid[oaie]|attiv[oaie])|(?:não\s{1,3}(?:é|são)\s{1,3}mais|já\s{1,3}não\s{1,3}(?:é|são))\s{1,3}válid[oa]s?`;

export const PAYMENT_SWAP_PATTERNS: Pattern[] = [
  {
    // Invoice fraud that retires the known account before giving a new one ("le RIB indiqué sur nos précédentes factures n'est plus valide").
    id: "output.payment-details-retired", family: "output", weight: 0.29, partners: PARTNERS, lang: "en/fr/es/de/it/pt",
    description: "The payee's known payment details declared no longer valid (\"our previous IBAN is no longer valid\", \"le RIB … n'est plus valide\")",
    re: new RegExp(String.raw`\b${DEST}(?:[^\n.!?]|\.(?=\S)){0,80}?\s(?:${NO_LONGER_VALID})(?![\p{L}])`, "giu"),
    anchors: ["no longer", "been closed", "been deactivated", "been suspended", "plus valide", "plus actif", "plus utilisé", "plus utilisable", "clôturé", "fermé", "désactivé", "ya no", "nicht mehr", "non è più", "non sono più", "não é mais", "não são mais", "já não"],
    also: ["paypal", "iban", "rib", "venmo", "zelle", "wallet", "payment", "bank", "account", "kontonummer", "bankverbindung", "konto", "conta", "cuenta", "compte", "btc", "bitcoin", "crypto"],
    before: 140, after: 30,
  },
  {
    id: "output.pay-account-ending", family: "output", weight: 0.29, partners: PARTNERS, lang: "en/es/pt/fr/de",
    description: "An order to pay into an account known by its last digits (\"use the account ending in 4420\", \"utilice la cuenta terminada en 4420\")",
    re: new RegExp(ACCOUNT_ENDING, "giu"),
    anchors: ["ending in", "ending with", "terminada en", "terminado en", "terminada em", "terminado em", "terminant par", "endung"],
    before: 120, after: 10,
  },
  {
    // Invoice fraud put as an order to the reader that pays: weak (a supplier's own notice says the same) and partnered like the swap above.
    id: "output.pay-into-new-account", family: "output", weight: 0.29, partners: PARTNERS, lang: "en/es/pt/fr/it/de",
    description: "An order to pay into a new account (\"pay this invoice into the new account\", \"abonen esta factura en la nueva cuenta\")",
    re: new RegExp(String.raw`(?<![\p{L}])(?:${PAY_TO})(?:\s{1,3}[\p{L}\d'’.,-]{1,24}){0,8}?\s{1,3}${TO_NEW_ACCOUNT}`, "giu"),
    anchors: ["new account", "new bank", "new iban", "updated account", "updated bank", "updated iban", "changed account", "changed bank", "nueva cuenta", "cuenta nueva", "nova conta", "conta nova", "nouveau compte", "nuovo conto", "conto nuovo", "neue konto", "neue bankkonto"],
    before: 140, after: 10,
  },
  {
    id: "output.payment-destination-swap", family: "output", weight: 0.29, partners: PARTNERS, lang: "en/es/pt/fr/it/de",
    description: "A payment destination given the reader as the correct one (\"the correct PayPal is …\", \"el IBAN correcto es …\")",
    re: new RegExp(String.raw`\b(?:${NEW_EN}\s{1,3}${DEST}(?:\s{1,3}(?:address|account|e-?mail|link|handle|page|number))?\s{1,3}(?:is|=|:|now\s{1,3}is)|${DEST}\s{1,3}${NEW_ROMANCE}\s{1,3}(?:es|é|est|è|=|:)|(?:richtige|korrekte|neue|aktuelle|echte|offizielle)\s{1,3}${DEST}\s{1,3}(?:ist|lautet)|(?:le|la|el|il|o|a)\s{1,3}${NEW_ROMANCE}\s{1,3}${DEST}\s{1,3}(?:es|é|est|è))(?=\s{0,3}\S)`, "giu"),
    anchors: ["paypal", "iban", "rib", "venmo", "zelle", "patreon", "ko-fi", "liberapay", "opencollective", "open collective", "sponsors", "btc", "eth", "usdt", "bitcoin", "ethereum", "crypto", "wallet", "donation", "payment", "bank", "account number", "account details", "kontonummer", "bankverbindung", "spendenkonto", "conta", "cuenta", "compte"],
    also: ["correct", "real", "right", "actual", "current", "new", "updated", "official", "valid", "proper", "verdader", "verdadeir", "vrai", "nuev", "nov", "nuov", "nouve", "atual", "attuale", "oficial", "ufficiale", "officiel", "bon", "buen", "giust", "richtige", "korrekte", "neue", "aktuelle", "echte", "offizielle"],
    before: 40, after: 60,
  },
];
