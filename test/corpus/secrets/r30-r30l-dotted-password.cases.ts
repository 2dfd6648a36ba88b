// Round thirty (found after Y134): a password drawn as a word, a dot and a short random part
// (`Word.<12 drawn>`), bare in an INI, .env, YAML or TOML line or a connection string's
// `Password=…;`. It reads like a member access (`x = a.b` at a line's end, `a.b;` before a
// terminator); its drawn part is too short for the long-segment test. Benign: member accesses in
// code whose names carry vowels and digits at one or two places, references and placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30a1c7);
const b = builder({ category: "r30l-dotted-password" });
const bb = builder({ category: "r30l-dotted-password-benign" });
const word = () => r.pick(["Cedar", "Quartz", "Heron", "Saffron", "Glacier", "Ember", "Juniper", "Basalt"]);
const drawn = () => `${r.str(2, UPPER)}${r.digits(1)}${r.str(2, UPPER + LOWER)}${r.str(2, UPPER)}${r.digits(2)}${r.str(2, LOWER + UPPER)}${r.digits(1)}`;
const pw = () => `${word()}.${drawn()}`;

b.pos("r30l-ini", "INI setting with blanks", `[ftp]\nhost = files.example.org\nftp_password = ${pw()}\npassive = yes\n`);
b.pos("r30l-env", ".env line", `DB_HOST=pg.internal\nDB_PASS=${pw()}\nDB_PORT=5432\n`);
b.pos("r30l-yaml", "YAML field", `smtp:\n  user: mailer\n  password: ${pw()}\n  port: 587\n`);
b.pos("r30l-adonet", "ADO.NET connection string in appsettings JSON", JSON.stringify({ ConnectionStrings: { Main: `Data Source=sql01.corp.example;Initial Catalog=billing;User Id=svc_billing;Pwd=${pw()};TrustServerCertificate=True` } }, null, 2));
b.pos("r30l-toml", "TOML with a connection string", `[database]\nurl = "Host=pg.example.net;Port=5432;Username=etl;Password=${pw()};SSL Mode=Require"\n`);
b.pos("r30l-props", "properties line", `spring.datasource.username=reporter\nspring.datasource.password = ${pw()}\n`);

bb.ben("r30l-js-member", "JS member access at a line's end", `const password = settings.dbPassword2\nconst token = github.context.token\n`);
bb.ben("r30l-py-member", "Python attribute chain", `    secret = self.config.apiSecretV2\n    key = crypto.randomBytes32\n`);
bb.ben("r30l-cs-member", "C# member access before a terminator", `var password = Options.Value.SmtpPassword2;\nvar secret = Secrets.ClientSecretV3;\n`);
bb.ben("r30l-digits-names", "names with digits at one or two places", `secret = encoders.base64ToUtf8;\npassword = creds.s3BucketV2Key4;\n`);
bb.ben("r30l-placeholder", "a placeholder in the same shape", `[ftp]\nftp_password = Example.ChangeMe123\n`);
bb.ben("r30l-ref", "a reference to a vault path", `DB_PASS=vault.kv.prod.database.password\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
