// Round thirty-two (Y141): a key/value settings table written as SQL INSERTs, the setting's name
// cell naming a personal access token by its short form (`'raygun_pat'`, `'github_pat'`) and the
// value cell holding it. The name cell's secret words took `_token`, `_secret`, `api_key`,
// `password`, `_sk`, not `_pat`. Benign: the same tuples holding a PAT's id, a pattern (`url_pat`
// is a pattern's column), a placeholder, a reference to a secret store, a hash under a `_pat_id`.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x32c5d9);
const b = builder({ category: "r32n-sql-setting-pat" });
const bb = builder({ category: "r32n-sql-setting-pat-benign" });
const upperPat = () => r.str(40, UPPER + DIGITS);
const ghp = () => `${"gith" + "ub_pat_"}${r.alnum(22)}_${r.alnum(59)}`;

b.pos("r32n-sql-kv", "setting/value columns with a provider column", `INSERT INTO tenant_settings (tenant_id, provider, setting, value) VALUES (7, 'apm', 'apm_pat', '${upperPat()}');\n`);
b.pos("r32n-sql-name-value", "name/value table, mixed-case draw", `INSERT INTO app_config (name, value) VALUES ('deploy_pat', '${r.alnum(36)}');\n`);
b.pos("r32n-sql-multirow", "several rows, the PAT in the second", `INSERT INTO config (config_key, config_value) VALUES\n  ('region', 'eu-west-1'),\n  ('ci_pat', '${upperPat()}'),\n  ('timeout', '30');\n`);
b.pos("r32n-sql-quoted-cols", "quoted column names (Postgres)", `INSERT INTO "settings" ("key", "value") VALUES ('registry_pat', '${r.alnum(32)}${r.digits(4)}');\n`);
b.pos("r32n-sql-mysql", "MySQL backticks and upper-case name", "INSERT INTO `integration_settings` (`setting_name`, `setting_value`) VALUES ('ERROR_TRACKER_PAT', '" + upperPat() + "');\n");
b.pos("r32n-sql-prefixed-pat", "a prefixed PAT in the value cell", `INSERT INTO settings (name, value) VALUES ('source_pat', '${ghp()}');\n`);

bb.ben("r32n-sql-pat-id", "the PAT's id, not the PAT", `INSERT INTO settings (name, value) VALUES ('deploy_pat_id', '${r.hex(24)}');\n`);
bb.ben("r32n-sql-url-pat", "a URL pattern column", `INSERT INTO routes (id, url_pat) VALUES (3, '^/api/v[0-9]+/items/(?P<id>[0-9]+)$');\n`);
bb.ben("r32n-sql-placeholder", "a placeholder value", `INSERT INTO settings (name, value) VALUES ('ci_pat', 'CHANGE_ME_BEFORE_DEPLOY');\n`);
bb.ben("r32n-sql-ref", "a reference to a secret store", `INSERT INTO settings (name, value) VALUES ('ci_pat', 'vault:secret/data/ci#pat');\n`);
bb.ben("r32n-sql-words", "a description of the PAT", `INSERT INTO settings (name, value) VALUES ('ci_pat', 'Personal access token for the CI robot');\n`);
bb.ben("r32n-sql-kv-glob", "a key/value row naming a file pattern", `INSERT INTO settings (name, value) VALUES ('include_pat', 'src/**/*.generated.ts');\n`);
bb.ben("r32n-sql-glob", "a file glob column named _pat", `INSERT INTO ignore_rules (project_id, file_pat) VALUES (12, 'src/**/*.generated.ts');\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
