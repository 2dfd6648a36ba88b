// Round thirty-one (found by probing): a password drawn as a word, a dot and a part of random
// letters alone (`Word.<letters>`), in a config file's password slot (INI, .env, YAML, properties,
// TOML, a compose file's environment). The strict placeholder test reads a letters-only dotted
// value as a member access (digits made it a value since round thirty). Benign: the same slots
// holding real references (`${…}`, a secrets object's member, a constant, an env lookup) and code.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x31a2d0);
const b = builder({ category: "r31a-dotted-letters-password" });
const bb = builder({ category: "r31a-dotted-letters-password-benign" });
const word = () => r.pick(["Meadow", "Onyx", "Pebble", "Kestrel", "Lagoon", "Tamarind", "Sierra", "Bramble"]);
const pw = (n: number) => `${word()}.${r.str(1, LOWER)}${r.str(1, UPPER)}${r.str(n - 2, UPPER + LOWER)}`;

b.pos("r31a-dl-ini", "INI setting, blanks around the sign", `[mail]\nserver = smtp.example.net\nsmtp_password = ${pw(12)}\nstarttls = true\n`);
b.pos("r31a-dl-env", ".env line, unspaced", `REDIS_HOST=cache.internal\nREDIS_PASSWORD=${pw(11)}\nREDIS_DB=2\n`);
b.pos("r31a-dl-yaml", "YAML nested field", `datasource:\n  username: analytics\n  passwd: ${pw(14)}\n  pool: 8\n`);
b.pos("r31a-dl-props", "Java properties, long drawn part", `jdbc.user=ledger\njdbc.password=${pw(20)}\n`);
b.pos("r31a-dl-compose", "compose environment entry", `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${pw(13)}\n`);
b.pos("r31a-dl-toml", "TOML key with a spaced sign", `[broker]\nuser = "svc"\npassphrase = ${pw(16)}\n`);

bb.ben("r31a-dl-template", "an interpolated reference", `[db]\npassword = \${secrets.PostgresAdminPassword}\n`);
bb.ben("r31a-dl-member", "a secrets object's member in config-like Python", `DB_PASSWORD = Secrets.databasePassword\nAPI_SECRET = Vault.paymentApiSecret\n`);
bb.ben("r31a-dl-constant", "a Java constant", `    private String password = Defaults.ADMIN_PASSWORD;\n`);
bb.ben("r31a-dl-file", "a password file's name", `[replica]\npassword_file = replica_pass.txt\n`);
bb.ben("r31a-dl-env-lookup", "an env lookup in code", `password = os.environ.get("SMTP_PASSWORD")\nsecret = settings.webhookSigningSecret\n`);
bb.ben("r31a-dl-self", "attributes in a method", `    def connect(self):\n        password = self.password\n        data = form.cleaned_data\n        passwd = creds.PasswordHash\n`);
bb.ben("r31a-dl-identifier", "a long camelCase member with few odd runs", `password = helpers.convertRgbToHslValue\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
