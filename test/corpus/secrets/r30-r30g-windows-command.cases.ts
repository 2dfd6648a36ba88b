// Round thirty (after Y132): an account's password given to a Windows administration command as a
// switch or a positional word beside the account (schtasks /ru … /rp, schtasks /u … /p, psexec -u … -p,
// net use \\host\share PW /user:…, net user NAME PW /add). Benign: the `*` prompt, %VAR% and $var,
// commands without a password, a placeholder.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30c4f3);
const b = builder({ category: "r30g-windows-command" });
const bb = builder({ category: "r30g-windows-command-benign" });
const pw = () => `${r.alnum(4)}${r.pick(["!", "#", "@", "+"])}${r.alnum(5)}${r.digits(2)}`;

b.pos("r30g-wc-schtasks-ru", "schtasks /create with the run-as password (batch file)", `@echo off\r\nschtasks /create /tn "Ops\\Cleanup" /tr "C:\\ops\\clean.ps1" /sc weekly /d SUN /ru OPS\\svc_clean /rp ${pw()} /f\r\n`);
b.pos("r30g-wc-schtasks-remote", "schtasks run on a remote host with /u and /p", `schtasks /run /s app07 /u CONTOSO\\deploy /p "${pw()}" /tn "Deploy\\Warmup"\n`);
b.pos("r30g-wc-psexec", "psexec with a logon password, in a tool call", JSON.stringify({ name: "shell", arguments: JSON.stringify({ command: `psexec64.exe \\\\\\\\hv02 -u HV\\\\admin -p ${pw()} -h cmd /c ipconfig` }) }));
b.pos("r30g-wc-netuse", "net use mapping a share with its password", `net use S: \\\\files01\\finance ${pw()} /user:FIN\\svc_export /persistent:no\n`);
b.pos("r30g-wc-netuser", "net user creating an account with a password", `net user svc_scan ${pw()} /add /expires:never\nnet localgroup Administrators svc_scan /add\n`);
b.pos("r30g-wc-paexec", "paexec in a runbook", `Run: paexec \\\\db03 -u DB\\sqlops -p ${pw()} -s sqlcmd -Q "SELECT 1"\n`);

bb.ben("r30g-wc-prompt", "schtasks asking for the password at a prompt", `schtasks /create /tn Nightly /tr C:\\jobs\\n.cmd /sc daily /ru CORP\\svc_n /rp *\n`);
bb.ben("r30g-wc-envvar", "password from an environment variable", `schtasks /create /tn Nightly /tr C:\\jobs\\n.cmd /sc daily /ru CORP\\svc_n /rp %SVC_N_PASS%\n`);
bb.ben("r30g-wc-psvar", "psexec with a PowerShell variable", `psexec \\\\web01 -u $cred.UserName -p $plainPassword cmd\n`);
bb.ben("r30g-wc-netuse-nopw", "net use with no password (prompts)", `net use Z: \\\\fs01\\home /user:CORP\\jdoe /persistent:yes\n`);
bb.ben("r30g-wc-netuser-star", "net user with * and a delete", `net user svc_old /delete\nnet user svc_new * /add\n`);
bb.ben("r30g-wc-placeholder", "documentation placeholder", `schtasks /create /tn Backup /tr backup.cmd /ru DOMAIN\\user /rp <password>\n`);
bb.ben("r30g-wc-system", "a task running as SYSTEM", `schtasks /create /tn "Patch" /tr "C:\\p\\run.cmd" /sc onstart /ru SYSTEM /rl HIGHEST\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
