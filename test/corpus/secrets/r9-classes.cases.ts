// Round nine (the secrets and URL misses of held-out O), written for this project corpus in other
// contexts than O's: Infisical service tokens, Mattermost tokens, a Cohere key handed to the SDK's
// client, Splunk HEC tokens (UUIDs under a collector's "token"), and a human password of mixed-case
// letters ending in a symbol (it read as a PascalCase type name), and tables whose header names a
// secret column (a password manager's CSV export). Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x5ec9f09);
const b = builder({ category: "r9-providers", expect: "secrets" });
const bb = builder({ category: "r9-providers-benign", expect: "secrets" });

const uuid = () => `${r.str(8, HEX)}-${r.str(4, HEX)}-4${r.str(3, HEX)}-a${r.str(3, HEX)}-${r.str(12, HEX)}`;
const infisical = (id = r.str(24, HEX)) => ["s", "t."].join("") + `${id}.${r.str(32, HEX)}.${r.str(32, HEX)}`;
const mattermost = () => r.str(13, LOWER) + r.str(3, DIGITS) + r.str(10, LOWER + DIGITS);
const cohere = () => r.str(40, ALNUM);
const letters = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? r.str(1, UPPER) : r.str(1, "bcdfghjklmnpqrstvwxz"))).join("");

b.pos("r9-infisical-env", "Infisical service token in .env", `INFISICAL_TOKEN=${infisical()}\nINFISICAL_API_URL=https://vault.example.com/api`);
b.pos("r9-infisical-docker", "Infisical service token (UUID id) on a docker run line", `docker run -e INFISICAL_TOKEN="${infisical(uuid())}" myorg/api:latest infisical run -- node server.js`);
b.pos("r9-infisical-gha", "Infisical service token in a workflow", `      - run: infisical secrets --env=staging\n        env:\n          INFISICAL_TOKEN: ${infisical()}`);
b.pos("r9-mattermost-env", "Mattermost bot token in .env", `MM_BOT_URL=https://chat.example.com\nMATTERMOST_BOT_TOKEN=${mattermost()}`);
b.pos("r9-mattermost-py", "Mattermost access token in Python", `driver = Driver({"url": "chat.example.com", "port": 443})\nmattermost_token = "${mattermost()}"\ndriver.login()`);
b.pos("r9-mattermost-cookie", "Mattermost session cookie", `Cookie: MMAUTHTOKEN=${mattermost()}; MMUSERID=${r.str(26, LOWER + DIGITS)}`);
b.pos("r9-cohere-client", "Cohere key handed to the client", `import cohere\nco = cohere.ClientV2("${cohere()}")\nres = co.chat(model="command-r", messages=msgs)`);
b.pos("r9-cohere-kw", "Cohere key as the client's api_key argument", `client = cohere.Client(api_key="${cohere()}", timeout=30)`);
b.pos("r9-mistral-client", "Mistral key handed to the client", `from mistralai import Mistral\nclient = Mistral(api_key="${cohere().slice(0, 32)}")`);
b.pos("r9-splunk-hec-header", "Splunk HEC token in an Authorization header", `curl -k https://10.0.0.8:8088/services/collector/event -H "Authorization: Splunk ${uuid()}" -d '{"event":"deploy"}'`);
b.pos("r9-splunk-inputs", "Splunk HEC token in inputs.conf", `[http://app_logs]\ndisabled = 0\nindex = main\nsourcetype = _json\n# splunk HEC for the web tier\ntoken = ${uuid()}`);
b.pos("r9-splunk-docker", "Splunk HEC token in a logging driver", `  logging:\n    driver: splunk\n    options:\n      splunk-url: "https://splunk.example.com:8088"\n      splunk-token: "${uuid()}"`);
b.pos("r9-password-mixed-case", "a password of mixed-case letters and a symbol in a query", `curl "https://intranet.example.com/login?user=ops&password=${letters(11)}!"`);
b.pos("r9-password-mixed-case-env", "a password of mixed-case letters and a symbol in .env", `DB_HOST=db.internal\nDB_PASSWORD=${letters(12)}#`);

bb.ben("r9-infisical-docs", "Infisical docs with a placeholder token", "export INFISICAL_TOKEN=st.<token-id>.<secret>.<key>\ninfisical run --env=dev -- npm start");
bb.ben("r9-st-filenames", "file names and sentences with 'st.' before hex", `Files: test.${r.str(24, HEX)}.json first.${r.str(32, HEX)}.log\nThe last.${r.str(24, HEX)} build passed.`);
bb.ben("r9-mattermost-ids", "Mattermost user and channel ids (26 characters, not tokens)", `mattermost channel_id: ${r.str(26, LOWER + DIGITS)}\nuser_id: ${r.str(26, LOWER + DIGITS)}\nteam: engineering`);
bb.ben("r9-mattermost-doc", "Mattermost docs with a placeholder", "MATTERMOST_TOKEN=<your-personal-access-token>\n# create one under Profile > Security > Personal Access Tokens");
bb.ben("r9-cohere-env-ref", "Cohere client reading its key from the environment", `co = cohere.Client(os.environ["COHERE_API_KEY"])\nprint(co.embed(texts=["hello"]).embeddings[0][:5])`);
bb.ben("r9-splunk-search-id", "a Splunk search with event ids (UUIDs, no token)", `splunk search 'index=main event_id=${uuid()} | stats count by host'\nrequest_id=${uuid()}`);
bb.ben("r9-splunk-docs", "Splunk HEC docs with a placeholder token", "curl https://splunk.example.com:8088/services/collector -H \"Authorization: Splunk <hec-token>\" -d '{\"event\": \"hello\"}'");
bb.ben("r9-type-names", "type names assigned to password-named fields", "password: PasswordField!\nsecret = SecretValue\ndb_password: DatabasePassword?");

const pw = () => r.str(5, ALNUM) + "-" + r.str(6, ALNUM) + r.str(1, "!#%&*");
b.pos("r9-csv-chrome", "a browser's passwords.csv export", `name,url,username,password,note\nexample.com,https://example.com/login,jdoe,${pw()},\nintranet,https://intranet.example.com/,j.doe,${pw()},vpn too`);
b.pos("r9-csv-bitwarden", "a Bitwarden-style CSV export with quoted cells", `folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\n"Work",,"login","Jira","",,"https://jira.example.com","jdoe","${pw()}",\n"Work",1,"login","AWS console","root account",,"https://console.example.com","admin@example.com","${pw()}",`);
b.pos("r9-tsv-keys", "a TSV of service accounts and their API keys", `service\towner\tapi_key\tnotes\nbilling\tteam-pay\t${r.str(32, ALNUM)}\tprod\nsearch\tteam-find\t${r.str(32, ALNUM)}\tstaging`);
b.pos("r9-csv-semicolon", "an Excel CSV (semicolons, German headers) with a Passwort column named password", `Benutzer;E-Mail;Password;Abteilung\nmmueller;m.mueller@example.com;${pw()};Vertrieb\nakaya;a.kaya@example.com;${pw()};IT`);
bb.ben("r9-csv-masked", "a user export whose password column is masked", "username,email,password,role\njdoe,jdoe@example.com,********,admin\nasmith,asmith@example.com,********,viewer");
bb.ben("r9-csv-placeholders", "a CSV template with placeholder passwords", "username,password,host\nadmin,<set-me>,db1.internal\nreadonly,changeme,db2.internal\nbackup,${BACKUP_PASSWORD},db3.internal");
bb.ben("r9-md-token-table", "a Markdown table documenting token types", "| Token | Prefix | Lifetime |\n|---|---|---|\n| Personal access token | ghp_ | 90 days |\n| OAuth access token | gho_ | 8 hours |\n| Installation token | ghs_ | 1 hour |");
bb.ben("r9-csv-password-policy", "a CSV of password policy settings per tenant", "tenant,password_min_length,password_expiry_days,secret_rotation\nacme,12,90,quarterly\nglobex,14,60,monthly");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
