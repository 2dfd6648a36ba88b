// Oracle's command-line tools take the logon as one positional word, `user/password@connect`
// (`sqlplus app/pw@//db:1521/svc`, `expdp system/pw@orcl …`, `rman target sys/pw@prod`,
// `sqlldr userid=u/pw control=…`): no flag names the password, so no other rule reads it.
// `sqlplus /nolog`, `/ as sysdba` (OS auth) and `user@db` (prompts) hold none.
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { isGenericPlaceholder } from "../placeholder.ts";

const TOOLS = ["sqlplus", "expdp", "impdp", "sqlldr", "dgmgrl", "rman target", "rman catalog", "rman auxiliary"];

/** A word a script or a file stands for (`reports/monthly.sql`), a variable, a template or a mask. */
function logonPassword(pass: string, match: string): boolean {
  const user = /([A-Za-z][\w$#]*)\/[^/]*$/.exec(match)?.[1];
  return !/^[$%{<*]|\.(?:sql|sh|ctl|par|log|txt|dmp|dat)$/i.test(pass) && pass !== user && !isGenericPlaceholder(pass);
}

export const ORACLE_LOGON_RULES: Rule[] = [
  r({ id: "oracle-logon-password", anchored: true, description: "Password in an Oracle tool's user/password@connect logon (sqlplus, expdp, rman, sqlldr)", keywords: TOOLS,
    pattern: /(?<![\w-])(?:sqlplus|expdp|impdp|sqlldr|dgmgrl|rman)(?:64)?(?:\.exe)?(?:[ \t]+(?:-[A-Za-z]{1,10}|target|catalog|auxiliary)){0,4}[ \t]+(?:userid=)?["']?[A-Za-z][\w$#]{0,63}\/([^\s/@"'\\;&|]{3,128})(?=@|["']?(?:[ \t;&|]|\r?\n|\\[nr"]|$))/i,
    validate: logonPassword, placeholder: "strict", entropy: 1.5, severity: "high", confidence: "medium", tags: ["generic"], after: 400 }),
];
