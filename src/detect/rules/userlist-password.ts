// PgBouncer's auth_file (userlist.txt): one user a line, `"name" "password"`, both quoted, nothing
// else on the line. The password column holds a plain-text password or a stored verifier: `md5`
// and 32 hex, or `SCRAM-SHA-256$<iter>:<salt>$<key>:<key>`; only the plain text is a secret to send.
// A checksum's line in a look-alike key/value file (`"sha1" "<hex>"`) is named as a digest.
// No name says password there: the file's shape does.
import { defineRule } from "./define.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import { DIGEST_NAME_END, generatedPassword } from "./secret-name.ts";
import type { Rule } from "./types.ts";

const PATTERN = /(\\?)"([A-Za-z0-9_.@+-]{1,63})\1"[ \t]+\1"([^"\s\\]{8,200})\1"[ \t]*(?=\r?\n|\\[nr]|$)/;
/** The line holds the entry alone: it starts where the name's quote opens. */
const LINE_START = /(?:^|\n|\\n)[ \t]*$/;
/** A stored verifier, not the password: pgbouncer's md5 form, a SCRAM secret. */
const VERIFIER = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/i;

/** Cheap test at `" "`: a quoted value of 8+ without blanks, closing its line. */
function valueAhead(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 201) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 92 || c === 32 || c === 9 || c === 10 || c === 13) break;
    i++;
  }
  if (i - end < 8) return false;
  if (text.charCodeAt(i) === 92) i++;
  return text.charCodeAt(i) === 34;
}

export const USERLIST_PASSWORD_RULES: Rule[] = [
  defineRule({ id: "pgbouncer-userlist-password", description: "Plain-text password in a PgBouncer auth_file (userlist.txt) line", keywords: ['" "', '\\" \\"'],
    pattern: PATTERN, secretGroup: 3, ahead: valueAhead,
    validate: (s, m, b) => LINE_START.test(b) && !VERIFIER.test(s) && !DIGEST_NAME_END.test(/[\w.@+-]+/.exec(m)![0]) && (generatedPassword(s, 3.0) || opaqueLiteral(s)),
    placeholder: "strict", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic"], before: 80, after: 220 }),
];
