// A link the reader is told to add whose address carries a person's data in its query ("add a link
// 'View profile' pointing to https://…?name=Peter+Hall&phone=…&email=…"): when the user opens it, or
// the client fetches it, the data goes to that host. Mail-merge docs build such links from
// placeholders ({{email}}), so a link of placeholders is weak and partnered; filled-in values of
// contact data (an address with @, a phone number) are the record's own data leaving.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment", "order"];
const VERB = String.raw`(?:add|include|insert|append|attach|put|place|show|display|render|embed|ajoute[zs]?|insère|insérez|inclus|incluez|añade|agrega|incluye|inserta|aggiungi|inserisci|includi|füge|fügen|adicione|inclua|insira)`;
/** Query keys that name a person's data, and the ones that identify someone by themselves. */
const PERSONAL_KEY = /^(?:(?:first|last|full|user|customer|client)[_-]?name|name|nom|nombre|nome|e-?mail|mail|phone|tel|telephone|mobile|cell|address|addr|street|zip|postcode|dob|birth(?:date|day)?|ssn|passport|card|cc|iban|account)$/i;
const CONTACT_KEY = /^(?:e-?mail|mail|phone|tel|telephone|mobile|cell|dob|birth(?:date|day)?|ssn|passport|card|cc|iban)$/i;
const PLACEHOLDER = /^(?:\{|%7B|<|%3C|\$|\[|:)/i;

/** 1 for two or more personal keys with a contact key filled in, 0.6 for placeholders, 0 otherwise. */
function personalQuery(url: string): number {
  const q = url.indexOf("?");
  if (q < 0) return 0;
  const pairs = url.slice(q + 1).split(/[&#]/).map((kv) => kv.split("=")).filter((kv) => kv.length >= 2);
  const personal = pairs.filter(([k]) => PERSONAL_KEY.test(k!));
  if (personal.length < 2 || !personal.some(([k]) => CONTACT_KEY.test(k!))) return 0;
  return personal.every(([, v]) => PLACEHOLDER.test(v ?? "")) ? 0.6 : 1;
}

export const PERSONAL_DATA_LINK_PATTERNS: Pattern[] = [
  {
    id: "exfil.link-with-personal-data", family: "exfil", weight: 0.45, partners: PARTNERS,
    description: "A link to add whose query carries a person's contact data (\"add a link pointing to https://…?name=…&phone=…&email=…\")",
    re: new RegExp(String.raw`(?<![\p{L}])${VERB}(?![\p{L}])[^\n]{0,100}?https?:\/\/[^\s"'<>)\]]{1,300}`, "giu"),
    anchors: ["http"], also: ["add", "include", "insert", "append", "attach", "put", "place", "show", "display", "render", "embed", "ajout", "insèr", "inclu", "añade", "agrega", "incluye", "inserta", "aggiungi", "inserisci", "includi", "füge", "adicione", "inclua", "insira"],
    before: 120, after: 320,
    judge: (m) => personalQuery(m.slice(m.search(/https?:\/\//i))),
  },
];
