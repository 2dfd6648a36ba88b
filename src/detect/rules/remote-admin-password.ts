// An account's password given to a remote-administration or AD assessment tool, with no name that
// says password beyond the tool's own switch: NetExec/CrackMapExec, evil-winrm, smbmap, certipy and
// the like take `-u USER -p PASS`; Impacket's scripts take the target as `[DOMAIN/]USER:PASS@HOST`;
// Samba's clients take `-U [DOMAIN/]USER%PASS`; FreeRDP takes `/p:PASS`, rdesktop `-p PASS`. The
// switch is case-sensitive (`-P` is a port). `-p` may name a wordlist to spray (`-p passwords.txt`).
import { defineRule } from "./define.ts";
import { charClasses } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

const QUOTED_OR_BARE = String.raw`(?:\\{0,3}"([^"\s\\]{6,128})\\{0,3}"|'([^'\s\\]{6,128})'|(?![-"'])([^\s"'\\;&|<>]{6,128})(?=[ \t]|\r?\n|\\[nr"]|$))`;
const USER_FLAG_TOOLS = String.raw`(?<![\w-])(?:nxc|netexec|crackmapexec|cme|evil-winrm|smbmap|lsassy|certipy(?:-ad)?|bloodhound-python|bloodhound-ce-python|bloodyAD|ldapdomaindump|enum4linux(?:-ng)?|windapsearch|pywerview|rdesktop)(?:\.py)?`;
const IMPACKET = String.raw`(?<![\w-])(?:impacket-[a-zA-Z]+|(?:secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|GetUserSPNs|GetNPUsers|getTGT|getST|mssqlclient|lookupsid|samrdump|rpcdump|reg|addcomputer|rbcd|dacledit|owneredit|findDelegation|GetADUsers|smbclient)\.py)`;
const SAMBA = String.raw`(?<![\w-])(?:smbclient|rpcclient|smbcacls|smbget|smbmap|winexe|net[ \t]+(?:rpc|ads))`;
const PATTERN = new RegExp(
  String.raw`(?:${USER_FLAG_TOOLS}[^\n]{0,300}?[ \t](?:-p|--password|--pass)(?:[ \t]+|=)${QUOTED_OR_BARE}` +
    String.raw`|${IMPACKET}[^\n]{0,300}?[ \t]\\{0,3}["']?(?:[\w.-]{1,64}\/)?[\w.$-]{1,64}:([^\s"'\\]{6,128}?)@[A-Za-z0-9][\w.-]{0,252}(?=\\{0,3}["']|[ \t]|\r?\n|\\[nr]|$)` +
    String.raw`|${SAMBA}[^\n]{0,300}?[ \t](?:-U|--user(?:name)?)(?:[ \t]+|=)\\{0,3}["']?(?:[\w.-]{1,64}[/\\]{1,2})?[\w.$-]{1,64}%([^\s"'\\]{6,128})` +
    String.raw`|(?<![\w-])(?:xfreerdp3?|wlfreerdp|sdl-freerdp3?|freerdp)[^\n]{0,300}?[ \t][/+-]p:${QUOTED_OR_BARE})`,
);

/** An account password: not a variable, a prompt, a wordlist or hash file, a placeholder or a word. */
export function adminPassword(v: string): boolean {
  if (!/^[\x21-\x7e]+$/.test(v) || charClasses(v) < 2 || /^[$<{[]|^%[A-Za-z_]\w*%$|\$[{(]/.test(v)) return false;
  if (/\.(?:txt|lst|list|dic|dict|wordlist)$|^[.~]?\//i.test(v)) return false;
  return !isGenericPlaceholder(v);
}

export const REMOTE_ADMIN_PASSWORD_RULES: Rule[] = [
  defineRule({ id: "remote-admin-password", description: "Account password given to a remote-administration or AD tool (netexec -p, Impacket user:pass@host, smbclient -U user%pass, xfreerdp /p:)",
    keywords: ["nxc ", "netexec", "crackmapexec", "cme ", "evil-winrm", "smbmap", "lsassy", "certipy", "bloodhound-python", "bloodhound-ce-python", "bloodyad", "ldapdomaindump", "enum4linux", "windapsearch", "pywerview", "rdesktop",
      "impacket-", "secretsdump", "psexec.py", "wmiexec", "smbexec", "atexec", "dcomexec", "getuserspns", "getnpusers", "gettgt", "getst.py", "mssqlclient", "lookupsid", "samrdump", "rpcdump", "reg.py", "addcomputer", "rbcd.py", "dacledit", "owneredit", "finddelegation", "getadusers", "smbclient",
      "rpcclient", "smbcacls", "smbget", "winexe", "net rpc", "net ads", "freerdp"],
    pattern: PATTERN, secretGroup: -1, validate: adminPassword, placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 480 }),
];
