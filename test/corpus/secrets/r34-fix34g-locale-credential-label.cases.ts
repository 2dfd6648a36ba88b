// Round thirty-four (fix34g, held-out Y146): a locale file's translation of a credential's label
// ("Passwort vergessen?", "API-Schlüssel", "Clé API", "Contraseña", "Пароль") under `password` or
// `api_key` is the text of a form, words of a language naming the credential, not the credential.
// Positives: the same slots holding chosen passwords with digits or symbols, or drawn keys, in configs.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34a72);
const b = builder({ category: "r34-fix34g-locale-credential-label" });
const bb = builder({ category: "r34-fix34g-locale-credential-label-benign" });
const j = (o: unknown) => JSON.stringify(o, null, 2) + "\n";

bb.ben("r34g-label-de", "German login strings", j({ login: { password: "Kennwort", forgot_password: "Kennwort vergessen?", api_key: "API-Schlüssel", hint: "Mindestens acht Zeichen" } }));
bb.ben("r34g-label-fr", "French auth strings", j({ auth: { password: "Mot de passe oublié ?", api_key: "Clé d'API", secret: "Clé secrète" } }));
bb.ben("r34g-label-es", "Spanish settings strings", j({ settings: { password: "Contraseña", new_password: "Nueva contraseña", api_key: "Clave de API" } }));
bb.ben("r34g-label-ru", "Russian form strings", j({ form: { password: "Пароль", api_token: "Токен доступа", reset_password: "Сбросить пароль" } }));
bb.ben("r34g-label-pt-yaml", "Portuguese YAML locale", `pt-BR:\n  account:\n    password: "Senha"\n    api_key: "Chave da API"\n    access_token: "Token de acesso"\n`);
bb.ben("r34g-label-it-pl", "Italian and Polish strings", j({ it: { password: "Password dimenticata?", api_key: "Chiave API" }, pl: { password: "Hasło", api_key: "Klucz API" } }));
bb.ben("r34g-label-ja", "Japanese strings", j({ login: { password: "パスワード", api_key: "API キー", forgot_password: "パスワードをお忘れですか？" } }));

b.pos("r34g-cfg-de-word-digits", "a word password with digits and symbol in a config", j({ database: { host: "db.intern", user: "app", password: `Passwort${r.digits(4)}!` } }));
b.pos("r34g-cfg-es-word-digits", "Spanish word password with digits", `DB_HOST=db.local\nDB_PASSWORD=Contraseña${r.digits(3)}#\n`);
b.pos("r34g-cfg-api-key-drawn", "a drawn api_key next to locale-like keys", j({ title: "Paramètres", api_key: r.alnum(40) }));
b.pos("r34g-cfg-yaml-pass", "YAML password with digits and symbols", `smtp:\n  user: mailer\n  password: "Kennwort-${r.digits(4)}$${r.alnum(3)}"\n`);
b.pos("r34g-cfg-secret-mixed", "secret with mixed case and digits", j({ oauth: { client_id: "web-app", secret: r.alnum(36) } }));
b.pos("r34g-cfg-ru-pass", "Russian-word password with digits", `[db]\nuser = svc\npassword = Пароль${r.digits(4)}!\n`);
b.pos("r34g-cfg-token", "token with drawn value in a locale-shaped file", j({ lang: "de", token: `${r.alnum(24)}_${r.alnum(12)}` }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
