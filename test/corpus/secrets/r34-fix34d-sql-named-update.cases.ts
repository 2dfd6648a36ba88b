// Round thirty-four (fix34d), class 2b: a key/value row written by column name rather than as a tuple: `UPDATE settings
// SET value = '<token>' WHERE name = 'SLACK_BOT_TOKEN'` (the secret's name in the WHERE clause, its value in SET), and
// MySQL's `INSERT INTO settings SET name = '…', value = '…'`. Benign: the same statements where the name says a flag, a
// date or an id, or the value is empty, a placeholder or a reference, and a digest column set by a secret's name.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34d004);
const b = builder({ category: "r34-fix34d-sql-named-update" });
const bb = builder({ category: "r34-fix34d-sql-named-update-benign" });

b.pos("fix34d-update-update-where", "UPDATE … SET value … WHERE name = the token's name", `UPDATE settings SET value='${r.alnum(40)}' WHERE name='SLACK_BOT_TOKEN';\n`);
b.pos("fix34d-update-update-multi", "UPDATE setting two columns, lower case, multi-line", `update app_config\n   set config_value = '${r.alnum(36)}',\n       updated_at = now()\n where config_key = 'stripe_secret_key'\n   and env = 'prod';\n`);
b.pos("fix34d-update-update-quoted", "Postgres quoted identifiers, hex token", `UPDATE "settings" SET "value" = '${r.hex(40)}' WHERE "key" = 'github_token';\n`);
b.pos("fix34d-update-insert-set", "MySQL INSERT … SET name, value", `INSERT INTO settings SET name = 'GITLAB_API_TOKEN', value = '${r.alnum(26)}';\n`);
b.pos("fix34d-update-update-password", "a password setting updated by name", `-- rotate SMTP credentials\nUPDATE mail_settings SET val = '${r.password()}' WHERE setting = 'smtp_password';\n`);
b.pos("fix34d-update-update-migration", "a migration string in Python holding the UPDATE", `op.execute("UPDATE settings SET value = '${r.alnum(44)}' WHERE name = 'DISCORD_BOT_TOKEN'")\n`);

bb.ben("fix34d-update-flag", "a flag named after the token", `UPDATE settings SET value='true' WHERE name='SLACK_BOT_TOKEN_ENABLED';\n`);
bb.ben("fix34d-update-id", "an id setting with an opaque value", `UPDATE settings SET value='${r.alnum(32)}' WHERE name='SLACK_TEAM_ID';\n`);
bb.ben("fix34d-update-empty", "clearing the token", `UPDATE settings SET value='' WHERE name='SLACK_BOT_TOKEN';\n`);
bb.ben("fix34d-update-placeholder", "a placeholder value", `UPDATE settings SET value='changeme' WHERE name='SLACK_BOT_TOKEN';\n`);
bb.ben("fix34d-update-reference", "a template reference as the value", `UPDATE settings SET value='\${SLACK_BOT_TOKEN}' WHERE name='SLACK_BOT_TOKEN';\n`);
bb.ben("fix34d-update-digest-set", "a digest column set by the token's name", `UPDATE api_tokens SET token_sha256='${r.hex(64)}' WHERE name='DEPLOY_TOKEN';\n`);
bb.ben("fix34d-update-date", "a rotation date setting", `UPDATE settings SET value='2026-01-01T00:00:00Z' WHERE name='SLACK_BOT_TOKEN_ROTATED_AT';\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
