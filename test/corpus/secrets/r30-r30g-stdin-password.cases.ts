// Round thirty (after Y132): a password echoed into a command that reads it from stdin under a
// password flag (openconnect's --passwd-on-stdin, Heimdal kinit's --password-file=STDIN, htpasswd -i):
// shorter than a key and with marks in it, so the key rule's 16-character opaque test missed it.
// Benign: a variable, a command substitution, a file piped in, a word or placeholder echoed.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30b7d2);
const b = builder({ category: "r30g-stdin-password" });
const bb = builder({ category: "r30g-stdin-password-benign" });
const pw = () => `${r.alnum(4)}${r.pick(["!", "#", "%", "*", "~"])}${r.alnum(3)}${r.digits(2)}${r.pick(["!", "@", "^"])}`;

b.pos("r30g-sp-openconnect", "openconnect with the password echoed in", `echo '${pw()}' | openconnect --protocol=gp --user=jdoe --passwd-on-stdin gp.example.com\n`);
b.pos("r30g-sp-history", "shell history line, printf into openconnect", `  88  printf '%s\\n' '${pw()}' | sudo openconnect -u ops --passwd-on-stdin vpn.example.net\n  89  ip a\n`);
b.pos("r30g-sp-kinit", "Heimdal kinit reading the password from stdin", `echo "${pw()}" | kinit --password-file=STDIN svc_backup@CORP.EXAMPLE.COM\n`);
b.pos("r30g-sp-htpasswd", "htpasswd -i in a Dockerfile RUN", `RUN echo '${pw()}' | htpasswd -ci /etc/nginx/.htpasswd admin\n`);
b.pos("r30g-sp-toolcall", "tool call running openconnect", JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `echo '${pw()}' | openconnect --user=svc_mon --passwd-on-stdin -b vpn.example.org` }) }));
b.pos("r30g-sp-bare", "bare echoed password, no quotes", `echo ${r.alnum(5)}%${r.alnum(4)}${r.digits(2)} | openconnect --passwd-on-stdin --user=ci vpn.example.com\n`);

bb.ben("r30g-sp-var", "variable echoed in", `echo "$VPN_PASSWORD" | openconnect --passwd-on-stdin --user=ci vpn.example.com\n`);
bb.ben("r30g-sp-subst", "command substitution from a password store", `printf '%s' "$(pass show corp/vpn)" | openconnect --passwd-on-stdin vpn.example.com\n`);
bb.ben("r30g-sp-file", "file piped in", `cat ~/.config/vpn/pass.txt | openconnect --passwd-on-stdin vpn.example.com\n`);
bb.ben("r30g-sp-word", "a placeholder word", `echo yourpassword | htpasswd -i .htpasswd alice\n`);
bb.ben("r30g-sp-angle", "an angle-bracket placeholder", `echo '<password>' | kinit --password-file=STDIN user@REALM\n`);
bb.ben("r30g-sp-docs", "man-page prose about the flag", `--passwd-on-stdin  Read password from standard input; e.g. echo secret | openconnect --passwd-on-stdin host\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
