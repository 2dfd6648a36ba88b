// Round twenty-six (held-out Y115's y115-k-034): Google's app password, 16 random lower-case letters in
// four groups as Google shows it (`abcd efgh ijkl mnop`), under a password's name. Benign: four-letter
// words in groups, an alphabet run, a mask, a mixed phrase, the groups under a name that is no password.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c034);
const b = builder({ category: "r26-lower-app-password" });
const bb = builder({ category: "r26-lower-app-password-benign" });
const CONS = "bcdfghjklmnpqrstvwxz";
const app = () => Array.from({ length: 16 }, (_, k) => r.str(1, k === 3 || k === 10 ? "aeiou" : CONS)).join("").replace(/(.{4})(?=.)/g, "$1 ");

b.pos("r26-gap-django", "Django EMAIL_HOST_PASSWORD", `EMAIL_HOST = "smtp.gmail.com"\nEMAIL_HOST_USER = "alerts@example.com"\nEMAIL_HOST_PASSWORD = "${app()}"\n`);
b.pos("r26-gap-env", ".env SMTP_PASSWORD, quoted", `SMTP_USER=ops@example.com\nSMTP_PASSWORD="${app()}"\n`);
b.pos("r26-gap-yaml", "YAML mail password", `mail:\n  host: smtp.gmail.com\n  username: ci@example.com\n  password: "${app()}"\n`);
b.pos("r26-gap-label", "chat: app password label", `here's the gmail app password: ${app()}`);
b.pos("r26-gap-json", "JSON smtp pass", JSON.stringify({ smtp: { user: "bot@example.com", password: app() } }));
b.pos("r26-gap-php", "PHP mailer Password", `$mail->Username = 'news@example.com';\n$mail->Password = '${app()}';\n`);

bb.ben("r26-gap-words", "four-letter words in groups", `EMAIL_HOST_PASSWORD = "main line test case"\n`);
bb.ben("r26-gap-alpha", "an alphabet run in groups", `SMTP_PASSWORD="abcd efgh ijkl mnop"\n`);
bb.ben("r26-gap-mask", "the documented mask", `EMAIL_HOST_PASSWORD = "xxxx xxxx xxxx xxxx"  # your 16-character app password\n`);
bb.ben("r26-gap-phrase", "a phrase of short words", `password: "take your time with this"\n`);
bb.ben("r26-gap-other-name", "random groups under a name that is no password", `pairing_hint = "${app()}"\n`);
bb.ben("r26-gap-docs", "docs describing the format", `Google app passwords are 16 letters shown in four groups of four, like "xxxx xxxx xxxx xxxx".`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
