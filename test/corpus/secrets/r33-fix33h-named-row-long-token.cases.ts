// Round thirty-three (fix33h, Y143 y143-l-058): a key/value row whose name cell names a token sent as
// it is (`'LINE_CHANNEL_ACCESS_TOKEN'`, `'push_api_token'`) and whose next cell holds it as long
// base64 of random bytes. Long random base64 alone reads as ciphertext at rest; the row's name says
// otherwise. Missed when the value column was itself named as a secret (`secret_value`: the row's
// name was passed over for the column's) and in tuples read name-then-literal. SQL INSERTs, Python
// and JS tuples. Benign: the same rows holding a vault reference, a mask, ciphertext under an
// encrypted name or in a KMS envelope, a hash column, a public id.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33f802);
const b = builder({ category: "r33-fix33h-named-row-long-token" });
const bb = builder({ category: "r33-fix33h-named-row-long-token-benign" });
/** A long-lived channel token as issued: base64 of 128 random bytes (172 characters). */
const blob = () => r.b64bytes(128);

b.pos("r33h-row-secret-value-col", "seed INSERT: name cell, then a secret_value column",
  `INSERT INTO tenant_integrations (tenant_id, kind, name, secret_value, updated_at)\nVALUES\n  (12, 'chat', 'CHAT_CHANNEL_ACCESS_TOKEN', '${blob()}', now());\n`);
b.pos("r33h-row-secret-name-cols", "secret_name / secret_value columns, lower-case name",
  `INSERT INTO app_secrets (secret_name, secret_value) VALUES ('push_api_token', '${blob()}');\n`);
b.pos("r33h-row-multirow", "several rows, the token in the second",
  `INSERT INTO settings (env, key, value) VALUES\n  ('prod', 'REGION', 'eu-central-1'),\n  ('prod', 'MESSAGING_BOT_TOKEN', '${blob()}'),\n  ('prod', 'TIMEOUT_MS', '3000');\n`);
b.pos("r33h-row-no-columns", "INSERT without a column list",
  `INSERT INTO config VALUES ('NOTIFY_ACCESS_TOKEN', '${blob()}', true);\n`);
b.pos("r33h-row-python-tuples", "Python list of (name, value) tuples",
  `DEFAULTS = [\n    ("region", "eu-central-1"),\n    ("CHAT_CHANNEL_ACCESS_TOKEN", "${blob()}"),\n]\n`);
b.pos("r33h-row-js-pairs", "JS array of [name, value] pairs",
  `const seed = [['timeout', '30'], ['bot_auth_token', '${blob()}']];\n`);

bb.ben("r33h-row-vault-ref", "a vault reference in the value cell",
  `INSERT INTO app_secrets (secret_name, secret_value) VALUES ('push_api_token', 'vault:secret/data/push#api_token');\n`);
bb.ben("r33h-row-mask", "a masked value in an export",
  `INSERT INTO tenant_integrations (tenant_id, kind, name, secret_value) VALUES (12, 'chat', 'CHAT_CHANNEL_ACCESS_TOKEN', '****************');\n`);
bb.ben("r33h-row-encrypted-name", "ciphertext under a name that says encrypted",
  `INSERT INTO settings (name, value) VALUES ('ENCRYPTED_CHANNEL_ACCESS_TOKEN', '${blob()}');\n`);
bb.ben("r33h-row-kms-envelope", "a KMS envelope in the value cell",
  `INSERT INTO settings (name, value) VALUES ('CHAT_CHANNEL_ACCESS_TOKEN', 'AQICAHh${r.b64bytes(180)}');\n`);
bb.ben("r33h-row-hash-column", "the token's hash column, not the token",
  `INSERT INTO api_tokens (id, label, token_sha256) VALUES (4, 'ci', '${r.hex(64)}');\n`);
bb.ben("r33h-row-public-id", "a public id row beside a blob that names no secret",
  `INSERT INTO settings (name, value) VALUES ('CHAT_CHANNEL_ID', '${r.digits(10)}'), ('LOGO_PNG', '${blob()}');\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
