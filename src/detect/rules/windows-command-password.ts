// Windows administration commands take an account's password as a switch or a positional word
// beside the account, with no name that says password: `schtasks /ru ACCOUNT /rp PW` (the task's
// run-as account), `schtasks /s host /u ACCOUNT /p PW` and `psexec -u ACCOUNT -p PW` (the remote
// logon), `net use X: \\host\share PW /user:ACCOUNT`, `net user NAME PW /add`. `*` asks for it at a
// prompt; `%VAR%` and `$var` are the shell's.
import { defineRule } from "./define.ts";
import { charClasses } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

const EXE = String.raw`(?:\.exe)?\b`;
const VALUE = String.raw`(?:\\{0,3}"([^"\s\\]{6,128})\\{0,3}"|(?![/*%$-])([^\s"'\\]{6,128})(?=[ \t]|\r?\n|\\[nr"]|["']|$))`;
const PATTERN = new RegExp(
  String.raw`(?:schtasks${EXE}[^\n]{0,300}?[ \t]\/rp(?:[ \t]+|:)` +
    String.raw`|(?:schtasks|(?:ps|pa)exec(?:64)?)${EXE}[^\n]{0,300}?[ \t][/-]u(?:[ \t]+|:)[^\s"]{1,80}[ \t]+[/-]p(?:[ \t]+|:)` +
    String.raw`|net${EXE}[ \t]+use[ \t]+(?:(?:[A-Za-z]:|\*)[ \t]+)?\\{2,4}[^\s"]{1,200}?[ \t]+` +
    String.raw`|net${EXE}[ \t]+user[ \t]+[^\s/"]{1,64}[ \t]+)${VALUE}`,
  "i",
);

/** A password, not a placeholder, a variable or a word. */
function commandPassword(v: string): boolean {
  return charClasses(v) >= 2 && !/^[<{[]/.test(v) && !isGenericPlaceholder(v);
}

export const WINDOWS_COMMAND_PASSWORD_RULES: Rule[] = [
  defineRule({ id: "windows-command-password", description: "Account password given to a Windows administration command (schtasks /rp, psexec -p, net use, net user)",
    keywords: ["schtasks", "psexec", "paexec", "net use", "net.exe use", "net user", "net.exe user"],
    pattern: PATTERN, secretGroup: -1, validate: (s) => commandPassword(s), placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 420 }),
];
