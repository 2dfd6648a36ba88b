// Round nineteen (held-out Y33/Y34): SQL seed inserts into credential tables, the secret under a
// column named `<word>_value` (`secret_value`, `api_key_value`), single- and multi-row VALUES, a
// provider string with a doubled or a forgotten apostrophe before the secret. Benign: the same
// inserts holding a secret's reference, a key id, a digest, a public key or a placeholder. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, B64, HEX } from "./_gen.ts";

const r = new Rng(0x19c0ffee);
const b = builder({ category: "r19-sql-seed-inserts", expect: "secrets" });
const bb = builder({ category: "r19-sql-seed-inserts-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const bcrypt = () => "$2b$12$" + r.str(53, ALNUM + "./");

// ---- The secret under a `*_value` column
b.pos("r19-sql-secret-value-pg", "Postgres seed, secret_value column, hex key", `-- seeds/002_providers.sql\nINSERT INTO provider_secrets (id, org_id, vendor, secret_value, inserted_at)\nVALUES (17, 3, 'Mailgun', '${r.str(32, HEX)}', now());\n`);
b.pos("r19-sql-secret-value-multirow", "multi-row VALUES, the second row's secret", `INSERT INTO app_keys (id, label, secret_value) VALUES\n  (1, 'reporting', '<redacted>'),\n  (2, 'billing', '${mixed(40)}');\n`);
b.pos("r19-sql-api-key-value-mysql", "MySQL backticks, api_key_value", "INSERT INTO `partner_accounts` (`id`, `partner`, `api_key_value`, `enabled`) VALUES (9, 'Acme Ltd', '" + r.str(48, B64) + "', 1);\n");
b.pos("r19-sql-doubled-apostrophe", "a provider string with a doubled apostrophe before the secret", `INSERT INTO vendor_creds (id, vendor, token_value) VALUES (4, 'Hawke''s Bay Couriers', '${mixed(36)}');\n`);
b.pos("r19-sql-forgotten-apostrophe", "a provider string whose apostrophe was not doubled", `INSERT INTO vendor_creds (id, vendor, secret_value, created_at) VALUES (5, 'O'Reilly Media', '${mixed(44)}', CURRENT_TIMESTAMP);\n`);
b.pos("r19-sql-sqlite-python", "Python executescript with a SQLite seed", `db.executescript("""\nINSERT INTO webhook_config (id, target, signing_secret_value) VALUES (1, 'https://hooks.example.org/in', '${mixed(40)}');\n""")\n`);

// ---- Look-alikes: references, ids, digests, public keys, placeholders
bb.ben("r19-sql-secret-ref", "secret_ref column holding a Secret Manager path", `INSERT INTO integration_credentials (id, tenant_id, provider, secret_ref, created_at)\nVALUES (713, 42, 'JWT signing', 'projects/acme-prod/secrets/jwt-signing/versions/3', NOW());\n`);
bb.ben("r19-sql-secret-name-vault", "secret_name and vault_path columns", `INSERT INTO integration_credentials (id, provider, secret_name, vault_path) VALUES (11, 'Datadog API', 'dd-api-key', 'kv/data/observability/datadog');\n`);
bb.ben("r19-sql-key-id-uuid", "key_id column with a UUID", `INSERT INTO signing_keys (id, key_id, algorithm, created_at) VALUES (2, '${r.uuid()}', 'ES256', NOW());\n`);
bb.ben("r19-sql-token-hash", "token_hash column with a sha256 digest", `INSERT INTO api_tokens (id, user_id, token_hash, last_used_at) VALUES (88, 7, '${r.str(64, HEX)}', NULL);\n`);
bb.ben("r19-sql-password-hash-bcrypt", "password_hash column with a bcrypt hash", `INSERT INTO users (id, email, password_hash) VALUES (1, 'admin@example.com', '${bcrypt()}');\n`);
bb.ben("r19-sql-public-key", "public_key column", `INSERT INTO devices (id, name, public_key) VALUES (3, 'edge-1', 'ssh-ed25519 ${r.str(68, B64)} edge-1@fleet');\n`);
bb.ben("r19-sql-placeholders", "secret_value placeholders across rows", `INSERT INTO integration_credentials (id, provider, secret_value) VALUES\n  (1, 'Stripe', 'changeme'),\n  (2, 'Twilio', '<redacted>'),\n  (3, 'SendGrid', '\${SENDGRID_API_KEY}');\n`);
bb.ben("r19-sql-value-column-plain", "a plain value column in a settings seed", `INSERT INTO settings (id, name, value) VALUES (1, 'theme', 'dark'), (2, 'locale', 'en-GB');\n`);

bb.ben("r19-sql-config-key-fingerprint", "secret_value holding a key fingerprint its config_key names", `INSERT INTO integrations (id, vendor, config_key, secret_value) VALUES (12, 'Release signing', 'RELEASE_GPG_FINGERPRINT', '${r.str(40, HEX).toUpperCase()}');\n`);
bb.ben("r19-sql-setting-name-id", "secret_value holding an account id its setting_name names", `INSERT INTO tenant_settings (tenant_id, setting_name, secret_value) VALUES (4, 'stripe_account_id', 'acct_${r.str(16, ALNUM)}');\n`);

export const cases = [...b.cases, ...bb.cases];
