// Round thirty-two (Y138): an account's password on the command line of a remote-administration or
// AD assessment tool, named only by the tool's switch or syntax: NetExec/CrackMapExec and evil-winrm's
// `-u USER -p PASS`, Impacket's `DOMAIN/USER:PASS@HOST`, Samba's `-U USER%PASS`, FreeRDP's `/p:PASS`.
// Benign: wordlists to spray, variables, Kerberos without a password, an NT hash switch, a prompt,
// placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f003);
const b = builder({ category: "r32-r32f-admin-cli-password" });
const bb = builder({ category: "r32-r32f-admin-cli-password-benign" });
const pw = () => `${r.alnum(4)}${r.pick(["!", "#", "^", "*"])}${r.alnum(5)}${r.digits(2)}`;

b.pos("r32f-adm-netexec", "netexec -u -p with quotes", `netexec smb 192.0.2.0/24 -u svc-backup -p '${pw()}' --local-auth --sam\n`);
b.pos("r32f-adm-cme-winrm", "crackmapexec winrm bare", `crackmapexec winrm 192.0.2.15 -d LAB -u it-admin -p ${pw()} -x whoami\n`);
b.pos("r32f-adm-evilwinrm", "evil-winrm in a tool call", JSON.stringify({ tool_calls: [{ type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `evil-winrm -i 192.0.2.20 -u Administrator -p "${pw()}"` }) } }] }));
b.pos("r32f-adm-impacket-wmi", "wmiexec.py target with password", `python3 wmiexec.py 'LAB.LOCAL/helpdesk:${pw()}@192.0.2.21' "ipconfig /all"\n`);
b.pos("r32f-adm-impacket-mssql", "impacket-mssqlclient target", `impacket-mssqlclient sa:${pw()}@sql01.lab.local -windows-auth\n`);
b.pos("r32f-adm-smbclient", "smbclient -U user%pass", `smbclient //files.lab.local/finance -U 'LAB\\\\jroe%${pw()}' -c 'ls'\n`);
b.pos("r32f-adm-xfreerdp", "xfreerdp /p:", `xfreerdp /v:192.0.2.30 /u:ops /d:LAB /p:${pw()} /cert:ignore\n`);

bb.ben("r32f-adm-spray-list", "password spraying from a wordlist", `nxc smb targets.txt -u users.txt -p rockyou-top1000.txt --continue-on-success\n`);
bb.ben("r32f-adm-var", "password from a variable", `crackmapexec smb 192.0.2.5 -u "$ADMIN_USER" -p "$ADMIN_PASS" --shares\n`);
bb.ben("r32f-adm-kerberos", "Impacket with a Kerberos ticket, no password", `KRB5CCNAME=admin.ccache impacket-secretsdump -k -no-pass lab.local/admin@dc01.lab.local\n`);
bb.ben("r32f-adm-hash", "evil-winrm with an NT hash switch and a host", `evil-winrm -i 192.0.2.20 -u Administrator -H <nt-hash>\n`);
bb.ben("r32f-adm-prompt", "smbclient asking for the password", `smbclient //files.lab.local/finance -U 'LAB\\\\jroe' -W LAB\n`);
bb.ben("r32f-adm-placeholder", "placeholders in docs", `Usage: GetUserSPNs.py DOMAIN/user:<password>@<dc-host> -request\n`);
bb.ben("r32f-adm-port", "rdesktop port -P and an email in the target", `rdesktop -P -u ops@lab.local -g 1280x800 192.0.2.31:3389\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
