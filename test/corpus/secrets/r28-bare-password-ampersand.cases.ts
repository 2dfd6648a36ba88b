// Round twenty-eight (found while probing after Y123): a drawn password with `&` in it, bare to the
// end of its line under a password's name (a .env line, a YAML field, an INI setting). The generic
// assignment's bare value stops at `&` (a query's separator), and the dotenv reading took only draws
// of 20 or more: a password is drawn shorter. Benign: a query string's `&`, placeholders and words
// joined by `&`, a draw too short or of too few kinds of character.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x28f127);
const b = builder({ category: "r28-bare-password-ampersand" });
const bb = builder({ category: "r28-bare-password-ampersand-benign" });
const draw = () => `${r.alnum(3)}${r.digits(1)}&${r.alnum(4)}${r.pick(["!", "#", "%", "*"])}${r.alnum(2)}${r.digits(1)}`;

b.pos("r28a-env", ".env line", `DB_HOST=db.example.com\nDB_PASSWORD=${draw()}\nDB_NAME=app\n`);
b.pos("r28a-yaml", "YAML field", `database:\n  user: app\n  password: ${draw()}\n  host: db.example.com\n`);
b.pos("r28a-export", "shell export", `export SMTP_PASSWORD=${draw()}\n`);
b.pos("r28a-ini", "INI setting with blanks", `[mail]\nuser = alerts\npassword = ${draw()}\n`);
b.pos("r28a-compose", "compose environment list", `    environment:\n      - POSTGRES_PASSWORD=${draw()}\n`);
b.pos("r28a-chat", ".env pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `my .env:\nREDIS_PASSWORD=${draw()}\nREDIS_HOST=cache.example.com\n` }] }));

bb.ben("r28a-query", "a query string's separator", `GET /login?user=ops&password=hunter&next=/home HTTP/1.1\n`);
bb.ben("r28a-placeholder", "placeholder with &", `DB_PASSWORD=change&me!\n`);
bb.ben("r28a-words", "words joined by &", `password: Tom&Jerry\n`);
bb.ben("r28a-short", "too short a draw", `DB_PASSWORD=a1&B2!c\n`);
bb.ben("r28a-lower", "lower-case letters and symbols only", `DB_PASSWORD=abc&def!ghij\n`);
bb.ben("r28a-ref", "a reference to a secret store", `DB_PASSWORD=\${vault:secret/data/db#password}&reload\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
