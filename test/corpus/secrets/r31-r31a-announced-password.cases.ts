// Round thirty-one (found by probing): a short password (8-15) handed over in chat, set apart right
// after the sentence that names it: alone on its own line (indented, a blank line between), in a
// `<pre>`/`<code>` element, in backticks or a fence, in a JSON message's escaped text, in several
// languages. Benign: the same set-apart layout holding a command, a file, a version, a host, a
// word, a placeholder, an address or a field's identifier.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x31a1b7);
const b = builder({ category: "r31a-announced-password" });
const bb = builder({ category: "r31a-announced-password-benign" });
const mark = () => r.pick(["#", "!", "*", "&", "^", "+", "?"]);
const pw = () => `${r.str(1, UPPER)}${r.str(1, LOWER)}${r.digits(1)}${mark()}${r.str(2, LOWER + UPPER)}${r.str(1, DIGITS)}${r.str(2, UPPER + LOWER)}${mark()}${r.str(1, LOWER)}`;
const alnum = () => `${r.str(1, UPPER)}${r.str(1, LOWER)}${r.digits(1)}${r.str(1, LOWER)}${r.str(1, UPPER)}${r.str(1, LOWER)}${r.str(1, DIGITS)}${r.str(1, LOWER)}${r.str(1, UPPER)}${r.str(1, LOWER)}`;

b.pos("r31a-ap-own-line", "chat message, value indented on its own line after a blank one", `hey, here's the password for the build agent:\n\n    ${pw()}\n\nping me if it doesn't work`);
b.pos("r31a-ap-pre", "Teams/HTML body, value in <pre> after the paragraph", `<div><p>Credentials for the kiosk are changing tonight. The new password:</p><pre>${pw()}</pre></div>`);
b.pos("r31a-ap-code", "HTML <code> after a line break", `<p>Root password for the lab switch:<br><code>${alnum()}</code></p>`);
b.pos("r31a-ap-backtick", "Slack backticks on the next line, letters and digits only", `Password for the shared VPN profile:\n\`${alnum()}\``);
b.pos("r31a-ap-fence", "a fenced block after the sentence", `The passphrase for the backup archive is in the block below, don't paste it elsewhere:\n\`\`\`\n${pw()}\n\`\`\``);
b.pos("r31a-ap-json", "a chat API message with escaped line breaks", JSON.stringify({ channel: "ops", text: `Mot de passe du NAS pour la migration :\n\n${pw()}\n\nmerci de le changer après` }));
b.pos("r31a-ap-german", "German, value alone on the line", `Das Kennwort für den Drucker-Admin:\n  ${pw()}\nBitte nicht weitergeben.`);

bb.ben("r31a-ap-command", "a command set apart after the sentence", `To rotate the password, run this on the bastion:\n\n    ./rotate-pw.sh\n`);
bb.ben("r31a-ap-version", "a version after a password tool's name", `The password sync agent version we pinned:\n\n    v3.18.2-rc4\n`);
bb.ben("r31a-ap-host", "where the password is kept: a host name", `The password for that account lives on this box:\n\n    vault-07.corp.example\n`);
bb.ben("r31a-ap-word", "a short word and a placeholder", `the password for the demo:\n\n    Sunflower\n\nand for prod, the password:\n\n    <password>\n`);
bb.ben("r31a-ap-mask", "a masked value and a well-known default", `<p>the password:</p><pre>********</pre><p>old password:</p><pre>changeme</pre>`);
bb.ben("r31a-ap-field", "the field's identifier after \"is called\"", `The password field on the signup form is called:\n\n\`newPwd2Input\`\n`);
bb.ben("r31a-ap-login", "a login set apart after \"the password for this login\"", `Reset the password for this login:\n\n    ops-admin@db01\n`);
bb.ben("r31a-ap-default", "a product manual's documented default password", `## First login\n\nThe router ships with this default password:\n\n    Adm1n#2024\n\nChange it on first login.\n`);
bb.ben("r31a-ap-ticket", "a ticket number after the sentence", `The password change was filed as:\n\n    CHG0041937\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
