// A Kerberos keytab pasted as bare base64 (a CI secret, a chat asking why kinit -kt fails): no
// name says what it is, its first bytes do (`BQIAAA…`: version 0x0502 and an entry under 64 KiB),
// and its structure is checked through the first key (keytab.ts).
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { keytabBase64 } from "../keytab.ts";

export const KERBEROS_KEYTAB_RULES: Rule[] = [
  r({ id: "kerberos-keytab-base64", description: "Kerberos keytab as base64 (service principal's long-term keys)", keywords: ["bqiaaa"],
    pattern: /(?<![A-Za-z0-9+/])(BQIAAA[A-Za-z0-9+/]{50,20000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (s) => keytabBase64(s), placeholder: "off", severity: "critical", tags: ["keys"], before: 8, after: 20000 }),
];
