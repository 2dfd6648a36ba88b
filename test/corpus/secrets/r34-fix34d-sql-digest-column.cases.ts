// Round thirty-four (fix34d), class 2a: a SQL row whose literal names a token (`'DEPLOY_TOKEN'`, `'stripe_secret_key'`)
// and whose next literal sits, by the column list, under a digest's column (`token_sha256`, `key_hash`, `secret_digest`):
// a hash of the token is not the token. Positives: the same rows where the column list puts the value under a value
// or secret column (the token itself), in one-row and multi-row inserts.
import type { CorpusCase } from "../types.ts";
import { B64, builder, Rng } from "./_gen.ts";

const r = new Rng(0x34d003);
const b = builder({ category: "r34-fix34d-sql-digest-column" });
const bb = builder({ category: "r34-fix34d-sql-digest-column-benign" });

b.pos("fix34d-digest-kv-token", "key/value settings row holding the token", `INSERT INTO settings (name, value) VALUES ('SLACK_BOT_TOKEN', '${r.alnum(40)}');\n`);
b.pos("fix34d-digest-kv-hex", "key/value row holding a hex API token", `INSERT INTO app_settings (id, name, value, updated_at) VALUES (12, 'deploy_token', '${r.hex(40)}', now());\n`);
b.pos("fix34d-digest-token-col", "named row with the token in a token column", `INSERT INTO integrations (name, token) VALUES ('railway_api_token', '${r.alnum(36)}');\n`);
b.pos("fix34d-digest-multirow", "multi-row insert, the second row's value column holds the key", `INSERT INTO config (key, value) VALUES\n  ('region', 'eu-west-1'),\n  ('stripe_secret_key', '${r.alnum(48)}');\n`);
b.pos("fix34d-digest-token-and-hash", "a row holding both the token and its hash", `INSERT INTO api_tokens (label, token, token_sha256) VALUES ('ci_token', '${r.alnum(40)}', '${r.hex(64)}');\n`);
b.pos("fix34d-digest-secret-value", "secret_value column under a secret-named row", `INSERT INTO secrets (secret_name, secret_value) VALUES ('GITHUB_TOKEN', '${r.alnum(40)}');\n`);

bb.ben("fix34d-digest-sha256", "token digest under token_sha256 after the token's name", `INSERT INTO api_tokens (id, name, token_sha256, created_at) VALUES (3, 'DEPLOY_TOKEN', '${r.hex(64)}', now());\n`);
bb.ben("fix34d-digest-key-hash", "an API key's hash under key_hash", `INSERT INTO api_keys (label, key_hash) VALUES ('stripe_secret_key', '${r.hex(64)}');\n`);
bb.ben("fix34d-digest-digest-b64", "a base64 SHA-256 digest column", `INSERT INTO tokens (name, secret_digest) VALUES ('worker_auth_token', '${r.str(43, B64)}=');\n`);
bb.ben("fix34d-digest-multirow-hash", "multi-row insert of token hashes", `INSERT INTO personal_tokens (owner, name, token_sha256)\nVALUES ('ann', 'ci_token', '${r.hex(64)}'),\n       ('bob', 'deploy_token', '${r.hex(64)}');\n`);
bb.ben("fix34d-digest-md5", "a password's MD5 under password_md5", `INSERT INTO legacy_users (login, kind, password_md5) VALUES ('ops', 'admin_password', '${r.hex(32)}');\n`);
bb.ben("fix34d-digest-checksum", "a token file's checksum", `INSERT INTO artifacts (path, label, checksum) VALUES ('/etc/app/token', 'bot_token', '${r.hex(64)}');\n`);
bb.ben("fix34d-digest-sha1-hex", "sha1 hex column", `INSERT INTO webhook_secrets (provider, name, secret_sha1_hex) VALUES ('github', 'webhook_secret', '${r.hex(40)}');\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
