// A secret store's retrieval response keeps the secret in a field whose name says nothing of it:
// CyberArk's Central Credential Provider (`"Content"` beside `"UserName"`, `"PolicyID"`,
// `"PasswordChangeInProcess"`), Azure Key Vault's secret bundle (`"value"` beside an `"id"` under
// `https://<vault>.vault.azure.net/secrets/`), Delinea Secret Server's item (`"itemValue"` beside
// `"isPassword": true`). The response's own marker fields, in the same object, make the field the secret.
import { defineRule } from "./define.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import { generatedPassword, writtenPassword } from "./secret-name.ts";
import { isPlaceholder } from "../placeholder.ts";
import { shannonEntropy } from "../entropy.ts";
import type { Rule } from "./types.ts";

/** A store's value field, then its string: no escape in it (the unescaped view reads an escaped response). */
const PATTERN = /"(?:Content|value|itemValue)"[ \t]*:[ \t]*"([^"\\\r\n]{6,1024})"/;
/** The object's marker fields, by store. */
const MARKERS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^"Content"/, /"(?:PasswordChangeInProcess|CPMStatus|CPMDisabled|PolicyID)"[ \t]*:/],
  [/^"value"/, /"id"[ \t]*:[ \t]*"https:\/\/[\w-]{1,64}\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)\/secrets\//],
  [/^"itemValue"/, /"isPassword"[ \t]*:[ \t]*true/],
];

/** The object around [start, end): from its `{` to its `}`, nested objects inside it passed over, within 1200 characters either side. */
function enclosingObject(text: string, start: number, end: number): string | null {
  let s = start;
  for (let depth = 0; ; s--) {
    if (s === 0 || start - s > 1200) return null;
    const c = text.charCodeAt(s - 1);
    if (c === 125) depth++;
    else if (c === 123 && depth-- === 0) break;
  }
  let e = end;
  for (let depth = 0; ; e++) {
    if (e >= text.length || e - end > 1200) return null;
    const c = text.charCodeAt(e);
    if (c === 123) depth++;
    else if (c === 125 && depth-- === 0) break;
  }
  return text.slice(s, e);
}

function storeValue(v: string): boolean {
  if (isPlaceholder(v) || /^\*+$|:\/\//.test(v)) return false;
  return opaqueLiteral(v) || generatedPassword(v, 3.0) || (writtenPassword(v) && v.length >= 12 && shannonEntropy(v) >= 3.5);
}

export const SECRET_STORE_RESPONSE_RULES: Rule[] = [
  defineRule({ id: "secret-store-response-value", description: "Secret in a secret store's retrieval response (CyberArk CCP Content, Azure Key Vault value, Secret Server itemValue)",
    keywords: ["passwordchangeinprocess", "cpmstatus", "cpmdisabled", ".vault.azure.net/secrets/", ".vault.usgovcloudapi.net/secrets/", ".vault.azure.cn/secrets/", "ispassword"],
    pattern: PATTERN, validate: (s) => storeValue(s),
    excusedAt: (text, start, end) => {
      const field = text.slice(start, start + 12);
      const marker = MARKERS.find(([name]) => name.test(field));
      const object = marker ? enclosingObject(text, start, end) : null;
      return object === null || !marker![1].test(object);
    },
    placeholder: "standard", severity: "high", confidence: "medium", tags: ["generic"], before: 800, after: 800 }),
];
