// Round thirty-eight (fix38h): a credential slot whose value is a pointer word glued to a store, a person or a handle by
// a colon (`see:1Password`, `see:Vault`, `ask:@ops`, `siehe:Tresor`, `voir:Bitwarden`) says where the secret is kept,
// as `see 1Password` with a blank does. Positives: a random value after the same pointer word and colon is a secret.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x38f802);
const b = builder({ category: "r38-fix38h-glued-store-pointer" });
const bb = builder({ category: "r38-fix38h-glued-store-pointer-benign" });
const token = (n: number) => r.alnum(n);

b.pos("fix38h-glued-see-random", ".env: the pointer word glued to a random 32-character key",
  `APP_ENV=prod\nSECRET_KEY=see:${token(32)}\n`);
b.pos("fix38h-glued-token-ask-random", "YAML: a token after `ask:` that is a random draw, not a handle",
  `deploy:\n  api_token: "ask:${token(36)}"\n`);
b.pos("fix38h-glued-de-siehe-random", "German .env: `siehe:` before a 40-character random key",
  `# Produktion\nAPI_KEY=siehe:${token(40)}\n`);
b.pos("fix38h-glued-fr-voir-random", "French shell export: `voir:` then a random secret",
  `export CLIENT_SECRET=voir:${token(34)}\n`);
b.pos("fix38h-glued-json-via-random", "JSON: `via:` then a random access token",
  `{"access_token": "via:${token(40)}", "expires_in": 3600}\n`);
b.pos("fix38h-glued-in-random-password", "INI: a password after `in:` drawn with digits and both cases",
  `[database]\npassword = in:${token(24)}\n`);

bb.ben("fix38h-glued-ben-see-1password", ".env: pointers to the store glued by a colon (the blind shape)",
  `SECRET_KEY=see:1Password\nTOKEN=see:Vault\nPASSWORD=ask:@ops\n`);
bb.ben("fix38h-glued-ben-stores", "pointers naming other stores, glued",
  `DB_PASSWORD=in:Bitwarden\nAPI_KEY=from:Doppler\nJWT_SECRET=via:KeePass\nSMTP_PASSWORD=check:LastPass\n`);
bb.ben("fix38h-glued-ben-handles", "pointers to a person or a team's handle, glued",
  `API_TOKEN=ask:Jane\nDEPLOY_KEY=ping:@secops\nADMIN_PASSWORD=ask:#infra-oncall\n`);
bb.ben("fix38h-glued-ben-intl", "the glued pointer in German, French, Spanish, Italian and Russian",
  `API_TOKEN=siehe:Tresor\nmot_de_passe=voir:Bitwarden\ncontraseña=ver:Vaultwarden\nAUTH_TOKEN=vedi:KeePass\nПАРОЛЬ=см:Хранилище\n`);
bb.ben("fix38h-glued-ben-yaml-json", "YAML and JSON slots holding a glued pointer",
  `db:\n  password: "see:1Password"\n  api_key: ask:@platform\n{"client_secret": "in:Vault", "token": "see:Doppler"}\n`);
bb.ben("fix38h-glued-ben-colon-blank", "a blank after the colon, in a logfmt line",
  `level=warn msg="secret not set" secret_key="see: 1Password" commit=none\nAUTH_TOKEN=ask: @ops\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
