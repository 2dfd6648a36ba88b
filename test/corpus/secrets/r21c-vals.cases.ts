// Round twenty-one, third wave (values). (1) Long base64 of random bytes under a key that names a
// credential (a session token, an API key, a secret, a password) in YAML or JSON is the credential,
// not ciphertext at rest; a name that says encrypted, or a SealedSecret's `Ag` envelope, stays
// ciphertext. (2) A Django key (50 of lower case, digits and its punctuation) in a generic
// `credential`/`secret` slot. (3) A value whose own form names it (an algorithm-tagged digest, a
// semantic version with its build, a cache key of words then a hash) is no credential in any slot.
// Every credential-shaped value is built at run time.
import { builder, Rng, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x21c7a15e);
const b = builder({ category: "r21c-vals", expect: "secrets" });
const bb = builder({ category: "r21c-vals-benign" });

/** Base64 of n random bytes that spells `+` or `/` (a ciphertext-looking blob). */
const blob = (n: number) => {
  let v = r.b64bytes(n);
  while (!/[+/]/.test(v)) v = r.b64bytes(n);
  return v;
};
const django = () => {
  const abc = LOWER + DIGITS + "!@#$%^&*(-_=+)";
  let v = r.str(50, abc);
  while (!/[!@#$%^&*(=+)]/.test(v) || !/\d/.test(v) || /\$\([a-z_]+\)/.test(v)) v = r.str(50, abc);
  return v;
};

// (1) credential-named keys with long binary base64
b.pos("r21c-b64-yaml-session-token", "YAML session_token, ~300 base64", `sts:\n  region: us-east-2\n  session_token: "${blob(230)}"\n`);
b.pos("r21c-b64-json-apikey", "JSON camelCase merchantApiKey, ~200 base64", `{"merchant":{"merchantApiKey":"AQEq${blob(150)}","live":true}}`);
b.pos("r21c-b64-json-escaped-secret", "escaped JSON in a tool call, client_secret: \\\"…\\\"", `{"name":"write_file","input":{"content":"oauth:\\n  client_secret: \\"${blob(140)}\\"\\n"}}`);
b.pos("r21c-b64-yaml-password", "YAML db password of random bytes", `database:\n  host: db.internal\n  password: "${blob(128)}"\n`);
bb.ben("r21c-b64-yaml-encrypted-token", "YAML encrypted_token: <base64 ciphertext>", `vault:\n  encrypted_token: "${blob(200)}"\n`);
bb.ben("r21c-b64-yaml-sealed-password", "SealedSecret encryptedData password Ag…", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB${blob(600).slice(3)}\n`);
bb.ben("r21c-b64-json-kms-apikey", "JSON kmsWrappedApiKey ciphertext", `{"kmsWrappedApiKey":"${blob(180)}"}`);

// (2) Django keys in a generic slot
b.pos("r21c-django-sql-credential", "SQL seed credential column, a Django key", `INSERT INTO app_secrets (id, service, credential) VALUES\n  (7, 'web', '${django()}');\n`);
b.pos("r21c-django-yaml-secret", "YAML django.secret with the key unquoted", `django:\n  debug: false\n  secret: ${django()}\n`);
bb.ben("r21c-django-sql-short", "SQL credential column, a short punctuated word", `INSERT INTO app_secrets (id, service, credential) VALUES (8, 'web', 'change&me!');\n`);

// (3) values whose form names them
bb.ben("r21c-form-sql-oci-digest", "SQL credential column, sha512: digest", `INSERT INTO artifacts (id, name, credential) VALUES (3, 'base-image', 'sha512:${r.str(128, HEX)}');\n`);
bb.ben("r21c-form-csv-semver", "CSV token column, semver with pre-release and build", `service,token,owner\nbilling,2.7.0-rc.3+build.${r.str(7, HEX)},ops\n`);
bb.ben("r21c-form-sql-cache-key", "SQL secret column, Linux-pip-<sha256> cache key", `INSERT INTO ci_cache (id, secret) VALUES (1, 'Linux-pip-wheels-${r.str(64, HEX)}');\n`);
bb.ben("r21c-form-yaml-digest", "YAML api_key holding a sha256: digest", `image:\n  api_key: "sha256:${r.str(64, HEX)}"\n`);
bb.ben("r21c-form-password-version", "password: '1.2.3'", `defaults:\n  password: '1.2.3'\n`);
b.pos("r21c-form-sql-live-key-hex", "SQL credential column, live-key-<32 hex> (credential words, not a cache key)", `INSERT INTO integrations (id, credential) VALUES (9, 'live-key-${r.str(32, HEX)}');\n`);
b.pos("r21c-form-password-random", "password: 'v2+…' random draw", `defaults:\n  password: 'v2+${r.password()}'\n`);
export const cases = [...b.cases, ...bb.cases];
