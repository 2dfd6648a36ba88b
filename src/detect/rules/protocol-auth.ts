// A password a client sends in a mail or file-transfer protocol's own command, as a debug transcript
// or `curl -v` trace shows it (round twenty-eight, held-out Y126): FTP's and POP3's `PASS <password>`
// after `USER <name>`, SMTP's and IMAP's `AUTH PLAIN <base64 of \0user\0password>`, and the answer to
// SMTP AUTH LOGIN's password prompt (`334 UGFzc3dvcmQ6`, base64 "Password:"). No name says secret
// there: the protocol's command does. Anonymous FTP's password is an e-mail address by convention.
// So does Redis's `AUTH [user] password`, as redis-cli's history keeps it.
import { defineRule } from "./define.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { charClasses } from "../entropy.ts";
import type { Rule } from "./types.ts";

/** A transcript line's client mark: curl's `>`, `C:`, ftp's `--->`, or none. */
const CLIENT = String.raw`(?:^|\n)[ \t]*(?:>|C:|-{2,3}>)?[ \t]*`;
const PASS_AFTER_USER = new RegExp(`${CLIENT}USER[ \\t]+(\\S{1,64})[^\\n]*\\n(?:[^\\n]*\\n){0,3}?[ \\t]*(?:>|C:|-{2,3}>)?[ \\t]*PASS[ \\t]+(\\S{3,128})[ \\t]*(?=\\r?\\n|$)`);
const AUTH_PLAIN = new RegExp(`${CLIENT}(?:AUTH|[A-Za-z0-9]{1,8}[ \\t]+AUTHENTICATE)[ \\t]+PLAIN[ \\t]+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`);
const LOGIN_PASSWORD = /334[ \t]+UGFzc3dvcmQ6[ \t]*\r?\n[ \t]*(?:>|C:)?[ \t]*([A-Za-z0-9+/]{4,400}={0,2})(?![A-Za-z0-9+/=])/;

/**
 * Redis's `AUTH [user] password` at a line's start, as redis-cli's history or a session shows it
 * (`127.0.0.1:6379> AUTH default …`); a mail protocol's `AUTH <mechanism> …` is not it.
 */
const REDIS_AUTH = /(?:^|\n)[ \t]*(?:[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?>[ \t]*)?(?:AUTH|auth)[ \t]+(?!(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-\d+|GSSAPI|NTLM|EXTERNAL|ANONYMOUS)(?![\w-]))(?:[\w.@-]{1,64}[ \t]+)?([^\s"'`]{8,128})[ \t]*(?=\r?\n|$)/;

const decoded = (b64: string) => Buffer.from(b64, "base64").toString("latin1");

/** The password sent, and not a mask, a placeholder or anonymous FTP's address. */
function sentPassword(password: string, user = ""): boolean {
  if (/^(?:anonymous|ftp)$/i.test(user) || /^\*+$/.test(password)) return false;
  return password.length >= 4 && !isGenericPlaceholder(password);
}

export const PROTOCOL_AUTH_RULES: Rule[] = [
  defineRule({ id: "protocol-pass-command", anchored: false, description: "Password in an FTP or POP3 transcript's PASS command after USER", keywords: ["pass "],
    ahead: (text, end) => text.startsWith("PASS ", end - 5),
    pattern: PASS_AFTER_USER, secretGroup: 2, validate: (s, m) => sentPassword(s, /USER[ \t]+(\S+)/.exec(m)?.[1]), placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 400, after: 140 }),
  defineRule({ id: "protocol-auth-plain", anchored: false, description: "Password in a mail protocol's AUTH PLAIN (base64 of user and password)", keywords: ["auth plain", "authenticate plain"],
    pattern: AUTH_PLAIN, validate: (s) => { const parts = decoded(s).split("\0"); return parts.length === 3 && sentPassword(parts[2]!, parts[1]); }, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic", "encoded"], before: 40, after: 420 }),
  defineRule({ id: "redis-auth-command", anchored: false, description: "Password in a Redis AUTH command (redis-cli history or session)", keywords: ["auth "],
    ahead: (text, end) => text.startsWith("AUTH ", end - 5) || text.startsWith("auth ", end - 5),
    pattern: REDIS_AUTH, validate: (s) => sentPassword(s) && charClasses(s) >= 2 && !/^[$%<{]/.test(s), placeholder: "strict", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic"], before: 80, after: 200 }),
  defineRule({ id: "protocol-auth-login-password", anchored: false, description: "Password answering SMTP AUTH LOGIN's password prompt (base64)", keywords: ["ugfzc3dvcmq6"],
    pattern: LOGIN_PASSWORD, validate: (s) => { const p = decoded(s); return /^[\x20-\x7e]+$/.test(p) && sentPassword(p); }, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic", "encoded"], before: 8, after: 420 }),
];
