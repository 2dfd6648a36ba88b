// A z/OS batch FTP step (`EXEC PGM=FTP`) reads its logon from the input data set's first lines:
// the host (unless the PARM names it), the user, the password, then FTP subcommands. No name
// marks the password: its place does, the line before the first subcommand (or the data's end).
import { defineRule } from "./define.ts";
import { charClasses } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

const NL = String.raw`(?:\r?\n|\\r?\\n)`;
const LINE = String.raw`[^\n\\]{0,80}`;
const USER = String.raw`[A-Za-z0-9$#@_.-]{1,16}`;
const PASS = String.raw`([^\s\\'"]{4,32})`;
const SUBCOMMAND = String.raw`(?:(?:ascii|binary|ebcdic|put|get|mput|mget|cd|lcd|quit|close|mode|type|site|locsite|pasv|stru|dir|ls|delete|rename|append|quote|sendsite)\b|\/\*)`;
const PATTERN = new RegExp(
  String.raw`PGM=FTP\b${LINE}(?:${NL}\/\/${LINE}){0,8}?${NL}\/\/[A-Z0-9$#@]{1,8}[ \t]+DD[ \t]+\*${LINE}${NL}` +
    String.raw`(?:${USER}${NL}${PASS}${NL}(?=${SUBCOMMAND})|[A-Za-z0-9.-]{1,80}(?:[ \t]+\d{1,5})?${NL}${USER}${NL}${PASS}${NL}(?=${SUBCOMMAND}))`,
  "i",
);

export const JCL_FTP_LOGON_RULES: Rule[] = [
  defineRule({ id: "jcl-ftp-logon-password", description: "Password on the input lines of a z/OS batch FTP step (user, then password)", keywords: ["pgm=ftp"],
    pattern: PATTERN, secretGroup: -1, validate: (s) => charClasses(s) >= 2 && !/^[&%$<{]/.test(s) && !isGenericPlaceholder(s), placeholder: "standard", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 1200 }),
];
