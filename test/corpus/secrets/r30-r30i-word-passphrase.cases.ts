// Round thirty (found by the fixers): a passphrase of lower-case words joined by `-` or `.` under a password's
// name (`password: 'alpha-bravo-…'`, `DB_PASSWORD=a.b.c`). The strict placeholder test reads such words as an
// identifier; in a password slot they are what a person chose. Benign: the same slot holding fill-in words, a
// reference to where the password is kept, code reading a member, a policy's words, and a non-password slot's label.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a1e5);
const b = builder({ category: "r30-r30i-word-passphrase" });
const bb = builder({ category: "r30-r30i-word-passphrase-benign" });
const WORDS = ["maple", "harbor", "candle", "meadow", "velvet", "orchard", "thunder", "pebble", "lantern", "autumn", "copper", "willow", "saddle", "garnet", "violin", "falcon"];
const phrase = (sep: string, n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(sep);

b.pos("r30i-pp-yaml", "YAML password, dash-joined words", `database:\n  user: app\n  password: '${phrase("-", 4)}'\n  host: db.internal\n`);
b.pos("r30i-pp-env", ".env password, dot-joined words", `DB_HOST=db.internal\nDB_PASSWORD=${phrase(".", 3)}\nDB_NAME=app\n`);
b.pos("r30i-pp-json", "JSON passphrase with a number", `{"keystore": "release.jks", "passphrase": "${phrase("-", 3)}-${r.digits(2)}"}`);
b.pos("r30i-pp-ini", "INI smtp_pwd, dotted and numbered", `[mail]\nsmtp_user = alerts\nsmtp_pwd = "${phrase(".", 3)}.${r.digits(1)}"\n`);
b.pos("r30i-pp-cli", "command-line --password=", `mysql -h db.internal -u root --password=${phrase("-", 3)} app < dump.sql\n`);
b.pos("r30i-pp-chat", "a chat message giving the password", JSON.stringify({ messages: [{ role: "user", content: `wifi for the offsite: ssid Guest5G, password is ${phrase("-", 4)}` }] }));

bb.ben("r30i-pp-fillin", "fill-in words in a password slot", `database:\n  password: 'change-me-now'\n`);
bb.ben("r30i-pp-vault", "where the password is kept", `DB_PASSWORD=from-the-vault\n`);
bb.ben("r30i-pp-member", "code reading a member into a password", `const conn = connect({ host, password: settings.database.current });\n`);
bb.ben("r30i-pp-policy", "a password policy's words", `password_policy: require-mixed-case\n`);
bb.ben("r30i-pp-label", "a token slot's label of words", `api_token_scope: 'agent-rotate-monthly'\n`);
bb.ben("r30i-pp-underscore", "an identifier of words in a password slot", `PASSWORD_SOURCE=user_supplied_value\npassword: ${"${"}DB_PASSWORD}\n`);
bb.ben("r30i-pp-default", "a documented default password constant", `private const string FallbackDefaultPassword = "${phrase("-", 3)}";\n`);
bb.ben("r30i-pp-alphabet", "the alphabet in groups under a password", `wifi_password: "mnop-qrst-uvwx"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
