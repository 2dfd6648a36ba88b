// Round thirty (after Y132): a z/OS batch FTP step's input lines, the host (unless the PARM names
// it), the user and the password, then FTP subcommands: the password marked only by its place.
// Benign: a NETRC-driven step (no logon lines), symbolic parameters, a placeholder, the password
// read from a data set, an FTP step that starts with subcommands.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x313b0a);
const b = builder({ category: "r30g-jcl-ftp" });
const bb = builder({ category: "r30g-jcl-ftp-benign" });
const racf = () => `${r.str(2, UPPER)}${r.str(3, DIGITS + UPPER)}${r.str(1, DIGITS)}${r.str(2, UPPER + "#@$")}`;
const step = (parm: string, input: string[]) => `//XFER     EXEC PGM=FTP,REGION=0M,PARM='${parm}'\n//SYSPRINT DD SYSOUT=*\n//OUTPUT   DD SYSOUT=*\n//INPUT    DD *\n${input.join("\n")}\n/*`;

b.pos("r30g-jf-parm-host", "host in the PARM, user and password first", step("files.example.com (EXIT", ["PAYXFER", racf(), "BINARY", "PUT 'PAY.WEEKLY.OUT' weekly.dat", "QUIT"]));
b.pos("r30g-jf-host-line", "host on the first input line", step("(EXIT TIMEOUT 30", ["10.40.2.15 21", "ACCTBAT", racf(), "ASCII", "GET inbound.csv 'ACCT.INBOUND.CSV'", "QUIT"]));
b.pos("r30g-jf-chat", "step pasted into a chat", JSON.stringify({ messages: [{ role: "user", content: `Why does this get 530?\n\n${step("mft.example.org (EXIT", ["HRBATCH", racf(), "LOCSITE RECFM=FB LRECL=200", "PUT 'HR.EXTRACT' hr.txt", "QUIT"])}` }] }));
b.pos("r30g-jf-mixed", "mixed-case passphrase-style password", step("sftpgw.example.net (EXIT", ["svc_ftp", `${r.alnum(6)}.${r.alnum(5)}`, "cd /drop", "put 'GL.OUT' gl.out", "quit"]));
b.pos("r30g-jf-crlf", "CRLF line ends, ends at the data's end", step("ftp.example.com (EXIT", ["BATCH01", racf(), "QUIT"]).replace(/\n/g, "\r\n"));
b.pos("r30g-jf-tool", "tool call writing the JCL member", JSON.stringify({ name: "write_file", input: { path: "jcl/FTPSEND.jcl", content: step("ftp.example.com (EXIT", ["OPSFTP", racf(), "EBCDIC", "PUT 'OPS.LOG' ops.log", "QUIT"]) } }));

bb.ben("r30g-jf-netrc", "logon from NETRC: subcommands only", `//XFER     EXEC PGM=FTP,PARM='ftp.example.com (EXIT'\n//NETRC    DD DSN=OPS.NETRC,DISP=SHR\n//INPUT    DD *\nBINARY\nPUT 'PAY.OUT' pay.out\nQUIT\n/*`);
bb.ben("r30g-jf-symbols", "JCL symbols for user and password", step("ftp.example.com (EXIT", ["&FTPUSER", "&FTPPASS", "BINARY", "QUIT"]));
bb.ben("r30g-jf-placeholder", "a documentation placeholder", step("host (EXIT", ["userid", "password", "ASCII", "QUIT"]));
bb.ben("r30g-jf-dataset", "input from a data set, no inline lines", `//XFER     EXEC PGM=FTP,PARM='ftp.example.com (EXIT'\n//INPUT    DD DSN=OPS.FTP.CMDS,DISP=SHR\n//SYSPRINT DD SYSOUT=*`);
bb.ben("r30g-jf-words", "a user and a word for a password", step("ftp.example.com (EXIT", ["ANONYMOUS", "guest", "ASCII", "QUIT"]));
bb.ben("r30g-jf-iebgener", "another program's inline data", `//COPY     EXEC PGM=IEBGENER\n//SYSIN    DD *\nGENERATE MAXFLDS=1\nRECORD FIELD=(80)\n/*`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
