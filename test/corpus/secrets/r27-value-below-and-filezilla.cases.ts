// Round twenty-seven (the final set Y119's y119-c-047, l-030, l-077, l-124, h-038, fixed after it was
// measured): a credential named in a sentence that ends in a colon, its value alone on the next line
// (after a blank line, as a mail or chat hands one over), in English and other languages; and a
// FileZilla saved password (base64 in `<Pass encoding="base64">`). Benign: the same sentences before
// a command, a path, a placeholder or a digest's label; FileZilla entries whose password is not saved.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a006);
const b = builder({ category: "r27-value-below-and-filezilla" });
const bb = builder({ category: "r27-value-below-and-filezilla-benign" });
const fz = (pass: string | null) =>
  `<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>ftp.example.com</Host>\n      <Port>21</Port>\n      <User>deploy</User>\n${pass === null ? "" : `      <Pass encoding="base64">${Buffer.from(pass).toString("base64")}</Pass>\n`}    </Server>\n  </Servers>\n</FileZilla3>\n`;

b.pos("r27i-below-en", "mail handing over a signing secret, value below", `Here's the webhook signing secret for production, keep it in the vault:\n\n${r.hex(64)}\n\n-- ops`);
b.pos("r27i-below-json", "same in a mail API body (JSON-escaped)", JSON.stringify({ to: ["dev@example.org"], text: `The new analytics API key for staging, don't paste it anywhere else:\n\n${r.alnum(40)}\n\nthanks` }));
b.pos("r27i-below-pt", "Portuguese handover, value below", `Segue a credencial do ambiente de homologação, guarda no cofre:\n\n${r.alnum(32)}\n`);
b.pos("r27i-below-de", "German handover, value below, no blank line", `Hier ist der neue Schlüssel für die Staging-Umgebung:\n${r.b64url(43)}\n`);
b.pos("r27i-filezilla", "FileZilla sitemanager.xml with a saved password", fz(r.alnum(14)));
b.pos("r27i-filezilla-chat", "FileZilla recentservers.xml pasted in chat", `why does this fail? recentservers.xml:\n\n${fz(`${r.alnum(8)}${r.digits(3)}!`).replace("<Servers>", "<RecentServers>").replace("</Servers>", "</RecentServers>")}`);

bb.ben("r27i-below-command", "a sentence naming a key before a command", `To rotate the staging API key, run this:\n\nnpm run rotate-keys -- --env staging\n`);
bb.ben("r27i-below-path", "the key's file path below", `The signing key for production lives here:\n\n/etc/app/keys/signing.pem\n`);
bb.ben("r27i-below-placeholder", "placeholder below", `Paste your API key below:\n\nYOUR_API_KEY_GOES_HERE\n`);
bb.ben("r27i-below-digest", "a key's fingerprint below", `The key fingerprint to verify against:\n\nSHA256:${r.b64url(43)}\n`);
bb.ben("r27i-filezilla-nopass", "FileZilla entry without a saved password", fz(null));
bb.ben("r27i-filezilla-prose", "prose about FileZilla's storage", `FileZilla stores passwords as <Pass encoding="base64"> entries in sitemanager.xml unless a master password is set; use "Require a master password" instead.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
