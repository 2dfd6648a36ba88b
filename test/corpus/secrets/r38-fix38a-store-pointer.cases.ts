// Round thirty-eight (fix38a): a credential slot whose value says, in words, where the secret is kept or whom to ask:
// `(see 1Password: "…")`, `<stored in Vault at …>`, `[in the team vault]`, `ask @ops`, `in Bitwarden under "…"`,
// `(rotated, see OPS-123)`, two-word pointers (`in Vault`, `siehe Tresor`, `via Doppler`) and a store's name with its
// item (`1Password:Infra/Django`). A password manager's product name ending in a password's word (1Password, KeePass,
// LastPass, NordPass, Proton Pass) is no password slot: what follows it names the item. Positives: a real secret with
// a parenthetical note naming a store after it (`AUTH_TOKEN=<token> (see 1Password for rotation)`), in several languages.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x38a002);
const b = builder({ category: "r38-fix38a-store-pointer" });
const bb = builder({ category: "r38-fix38a-store-pointer-benign" });
const token = (n = 24) => r.alnum(n);
const password = () => r.str(2, UPPER) + r.str(2, DIGITS) + r.str(10, ALNUM + "!#%^*@") + r.str(1, LOWER) + "!";

b.pos("fix38a-ptr-token-see-1password", ".env: a real token, then a note that 1Password holds the rotation steps",
  `OCI_REGION=eu-frankfurt-1\nAUTH_TOKEN=${token(26)} (see 1Password for rotation)\n`);
b.pos("fix38a-ptr-password-from-store", "YAML: a database password with an aside naming the store it came from",
  `database:\n  host: db.internal\n  password: ${password()} (from Bitwarden)\n`);
b.pos("fix38a-ptr-key-item-colon", "shell: an API key followed by the 1Password item's name",
  `export API_KEY=${token(30)} (1Password: "Mailgun prod")\n`);
b.pos("fix38a-ptr-quoted-with-note", "Python settings: a quoted password and a note that it is also in 1Password",
  `DATABASES["default"]["PASSWORD"] = "${password()}"  # also in 1Password\npassword = "${password()}"  (also in 1Password: "DB admin")\n`);
b.pos("fix38a-ptr-de-aside", "German .env: a secret key with an aside 'siehe Tresor'",
  `# Produktion\nSECRET_KEY=${token(32)} (siehe Tresor)\n`);
b.pos("fix38a-ptr-fr-aside", "French chat: a token pasted with a note pointing at LastPass",
  `Voici le jeton pour la préprod :\nSLACK_BOT_TOKEN=${token(28)} (voir LastPass pour la rotation)\n`);
b.pos("fix38a-ptr-comment-pointer", ".env: a real token with a comment that points at the manager",
  `AUTH_TOKEN=${token(24)}  # see 1Password: "OCI deploy"\n`);

bb.ben("fix38a-ptr-ben-1password-item", ".env: the token's value is a pointer to a 1Password item (the blind shape, other items)",
  `AUTH_TOKEN=(see 1Password: "OCI deploy")\nDB_PASSWORD=(1Password: "Postgres prod")\nAPI_KEY=(see 1Password vault "Infra", item "Mailgun")\n`);
bb.ben("fix38a-ptr-ben-managers", "pointers naming other password managers by product name",
  `DB_PASSWORD=(see KeePass: "Prod DB")\nSMTP_PASSWORD=(see LastPass: "SMTP relay")\nREDIS_PASSWORD=(see NordPass: "Redis")\nJWT_SECRET=(see Proton Pass: "JWT prod")\n`);
bb.ben("fix38a-ptr-ben-languages", "the same pointer in German, French, Spanish, Italian, Dutch, Polish and Russian",
  `Passwort: (siehe 1Password: "OCI Deploy")\nmot_de_passe = (voir 1Password : "OCI deploy")\ncontraseña: (ver 1Password: "OCI deploy")\nAUTH_TOKEN=(vedi 1Password: "OCI deploy")\nAUTH_TOKEN=(zie 1Password: "OCI deploy")\nAUTH_TOKEN=(patrz 1Password: "OCI deploy")\nAUTH_TOKEN=(см. 1Password: "OCI deploy")\n`);
bb.ben("fix38a-ptr-ben-two-words", "two-word pointers: a store, a person, a handle, a ticket",
  `AUTH_TOKEN='in Vault'\nAPI_SECRET="ask Jane"\napi_key: "from Doppler"\nDB_PASSWORD="see OPS-1234"\nJWT_SECRET="in KeePass"\nSECRET_KEY="via Doppler"\n`);
bb.ben("fix38a-ptr-ben-two-words-intl", "two-word pointers in German, French and Spanish, and a Slack handle",
  `password: "siehe Tresor"\nDB_PASSWORD="im Tresor"\npassword: "voir Vaultwarden"\npassword: "ver LastPass"\npassword: "ask @secops"\n`);
bb.ben("fix38a-ptr-ben-store-item", "a store's name with the item's path as the whole value",
  `SECRET_KEY=1Password:Infra/Django\nDB_PASSWORD=LastPass/Shared-Infra/Postgres\nAPI_TOKEN=Bitwarden:CI deploy token\n`);
bb.ben("fix38a-ptr-ben-prose-table", "Markdown runbook table: where each credential is kept",
  `| Variable | Where |\n|---|---|\n| AUTH_TOKEN | see 1Password: "OCI deploy" |\n| DB_PASSWORD | in KeePass: "Prod DB" |\n\nThe token lives in 1Password: "OCI deploy".\n`);
bb.ben("fix38a-ptr-ben-long-pointers", "longer pointers in words, redacted and rotated notes",
  `DB_PASSWORD=<stored in Vault at secret/prod/db>\nAPI_KEY=[in the team vault]\nSTRIPE_SECRET_KEY=ask @ops for it\nSMTP_PASSWORD=in Bitwarden under "SMTP relay"\nJWT_SECRET=see LastPass note\nSENTRY_AUTH_TOKEN=from the Doppler project\nAPI_SECRET=(redacted)\nCLIENT_SECRET=(rotated, see ticket OPS-123)\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
