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

export const PAYMENT_SWAP_PATTERNS: Pattern[] = [
  {
    id: "output.payment-destination-swap", family: "output", weight: 0.29, partners: PARTNERS, lang: "en/es/pt/fr/it/de",
    description: "A payment destination given the reader as the correct one (\"the correct PayPal is …\", \"el IBAN correcto es …\")",
    re: new RegExp(String.raw`\b(?:${NEW_EN}\s{1,3}${DEST}(?:\s{1,3}(?:address|account|e-?mail|link|handle|page|number))?\s{1,3}(?:is|=|:|now\s{1,3}is)|${DEST}\s{1,3}${NEW_ROMANCE}\s{1,3}(?:es|é|est|è|=|:)|(?:richtige|korrekte|neue|aktuelle|echte|offizielle)\s{1,3}${DEST}\s{1,3}(?:ist|lautet)|(?:le|la|el|il|o|a)\s{1,3}${NEW_ROMANCE}\s{1,3}${DEST}\s{1,3}(?:es|é|est|è))(?=\s{0,3}\S)`, "giu"),
    anchors: ["paypal", "iban", "rib", "venmo", "zelle", "patreon", "ko-fi", "liberapay", "opencollective", "open collective", "sponsors", "btc", "eth", "usdt", "bitcoin", "ethereum", "crypto", "wallet", "donation", "payment", "bank", "account number", "account details", "kontonummer", "bankverbindung", "spendenkonto", "conta", "cuenta", "compte"],
    also: ["correct", "real", "right", "actual", "current", "new", "updated", "official", "valid", "proper", "verdader", "verdadeir", "vrai", "nuev", "nov", "nuov", "nouve", "atual", "attuale", "oficial", "ufficiale", "officiel", "bon", "buen", "giust", "richtige", "korrekte", "neue", "aktuelle", "echte", "offizielle"],
    before: 40, after: 60,
  },
];
