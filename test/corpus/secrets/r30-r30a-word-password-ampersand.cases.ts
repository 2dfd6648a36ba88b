// Round thirty (found by probing after the last blind set): a password a person chose, words joined
// by "&" with digits and maybe more punctuation (`Harbor&Falcon73`), bare under a password's name in
// .env, YAML, INI, a .NET connection string, Java properties or a command-line flag. The generic
// assignment's bare value stopped at "&" as at a query string's separator. Benign: a query string's
// next parameter, an HTML entity, a shell's `&&`, a bitwise and in code, words with no digits.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a1a7);
const b = builder({ category: "r30-word-password-ampersand" });
const bb = builder({ category: "r30-word-password-ampersand-benign" });
const WORDS = ["Harbor", "Falcon", "Rocket", "Monkey", "Purple", "Tiger", "Dragon", "Coffee", "Lantern", "Meadow"];
const words = () => `${r.pick(WORDS)}&${r.pick(WORDS)}`;
const chosen = () => `${words()}${r.pick(["", "#", "!", "%"])}${r.digits(2 + r.int(3))}`;

b.pos("r30a-amp-env", ".env line", `APP_ENV=production\nMAIL_PASSWORD=${chosen()}\nMAIL_PORT=587\n`);
b.pos("r30a-amp-yaml", "YAML field named pass", `smtp:\n  user: alerts\n  pass: ${chosen()}\n  port: 587\n`);
b.pos("r30a-amp-adonet", ".NET connection string", `"ConnectionStrings": { "Shop": "Data Source=sql01;Initial Catalog=Shop;User ID=shop;Password=${chosen()};" }\n`);
b.pos("r30a-amp-properties", "Java properties", `spring.datasource.url=jdbc:postgresql://db:5432/shop\nspring.datasource.password=${chosen()}\n`);
b.pos("r30a-amp-flag", "a command-line flag with =", `./server --db-password=${chosen()} --port 8080\n`);
b.pos("r30a-amp-ldap", "a bind password in YAML", `ldap:\n  bind_dn: cn=svc,dc=corp\n  ldap_bind_pw: ${chosen()}\n`);
b.pos("r30a-amp-chat", "a .env pasted in a chat request", JSON.stringify({ messages: [{ role: "user", content: `why does login fail?\nDB_USER=app\nDB_PASS=${chosen()}\n` }] }));

bb.ben("r30a-amp-query", "an OAuth callback's query string", `GET /oauth/callback?token_type=bearer&expires_in=3600&scope=read HTTP/1.1\n`);
bb.ben("r30a-amp-entity", "an HTML entity after a hint parameter", `<a href="/reset?password_hint=short&amp;lang=en">reset</a>\n`);
bb.ben("r30a-amp-shell", "a shell's && after a command substitution", `test -n "$X" && DB_PASSWORD=$(cat /run/secrets/db)&&echo ready\n`);
bb.ben("r30a-amp-bitwise", "a bitwise and in C", `  token_bits = flags&MASK2;\n  secret_len = key_len&0xff;\n`);
bb.ben("r30a-amp-words", "words and & with no digit", `password: Salt&Pepper\n`);
bb.ben("r30a-amp-reference", "a variable reference then a query parameter", `auth_token: \${VAULT_TOKEN}&retry\n`);
bb.ben("r30a-amp-idparam", "a key id in a query string", `curl 'https://api.example.org/v1/items?api_key_id=42&page=2'\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
