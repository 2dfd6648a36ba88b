// Round twenty-one, fourth wave (key/value rows): a table whose row names its own value — SQL
// `INSERT … (name, value) VALUES ('db_password', '…')`, a CSV `key,value` export, a Markdown
// `| setting | value |` table. A secret-named name cell makes the value cell a secret of that name;
// an id-named one (`project_id`, `zoneId`) keeps the value out, even under a secret-named column
// (`slot`, `secret_value`). Settings rows (log level, a base URL, a retry count) stay benign.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x21d70a5e);
const b = builder({ category: "r21d-rows", expect: "secrets" });
const bb = builder({ category: "r21d-rows-benign" });

const punct = () => `${r.str(3, ALNUM)}]${r.str(2, ALNUM)}(${r.str(6, ALNUM)}<${r.str(5, ALNUM)}`;
const hex = (n: number) => r.str(n, HEX);
const settings = (secret: string) => [
  ["log_level", "debug"],
  ["api_base", "https://api.example.com/v2"],
  ...(secret ? [secret.split("\u0000") as [string, string]] : []),
  ["project_id", hex(32)],
  ["max_retries", "3"],
];

// SQL VALUES rows
b.pos("r21d-sql-oci-token", "SQL (name, value) row, 'oci_auth_token' + punctuated draw", `-- tenant settings\nINSERT INTO tenant_config (id, tenant_id, name, value, updated_at)\nVALUES (12, 7, 'oci_auth_token', '${punct()}', now());\n`);
b.pos("r21d-sql-multi-db-password", "SQL multi-row settings, ('db_password', random) among benign rows", `INSERT INTO app_settings (id, name, value) VALUES\n${settings("db_password\u0000" + r.password()).map(([n, v], i) => `  (${i + 1}, '${n}', '${v}')`).join(",\n")};\n`);
b.pos("r21d-sql-param-val", "SQL (param, val), 'sendgrid_api_key'", `insert into service_params (param, val) values ('sendgrid_api_key', '${r.str(22, ALNUM)}.${r.str(20, ALNUM)}');\n`);
b.pos("r21d-sql-setting-key", "SQL (setting_key, setting_value), 'smtp_password'", `INSERT INTO settings (setting_key, setting_value, scope) VALUES ('smtp_password', '${r.password()}', 'global');\n`);
bb.ben("r21d-sql-slot-zone-id", "SQL slot = 'cloudflare_zone_id' under secret_value", `INSERT INTO integrations (id, provider, slot, secret_value, created_at)\nVALUES (51, 'cloudflare', 'cloudflare_zone_id', '${hex(32)}', now());\n`);
bb.ben("r21d-sql-slot-account-id-camel", "SQL slot = 'accountId' under secret_value", `INSERT INTO integrations (provider, slot, secret_value) VALUES ('cloudflare', 'accountId', '${hex(32)}');\n`);
bb.ben("r21d-sql-settings-benign", "SQL multi-row settings with no secret row", `INSERT INTO app_settings (id, name, value) VALUES\n${settings("").map(([n, v], i) => `  (${i + 1}, '${n}', '${v}')`).join(",\n")};\n`);
bb.ben("r21d-sql-key-token-ttl", "SQL (key, value) 'token_ttl' = 3600 and a project id", `INSERT INTO kv (key, value) VALUES ('token_ttl', '3600'), ('gcp_project_id', '${hex(24)}');\n`);

// CSV rows
bb.ben("r21d-csv-benign", "CSV name,value,updated, settings only", `name,value,updated\n${settings("").map(([n, v]) => `${n},${v},2026-10-01`).join("\n")}\n`);
bb.ben("r21d-csv-slot-ids", "CSV provider,slot,secret_value with *_id slots", `provider,slot,secret_value\ncloudflare,cloudflare_zone_id,${hex(32)}\ncloudflare,cloudflare_account_id,${hex(32)}\n`);

// Markdown tables
b.pos("r21d-md-stripe", "Markdown | Setting | Value | with stripe_secret_key", `| Setting | Value |\n| :--- | :--- |\n| api_base | https://api.example.com |\n| \`stripe_secret_key\` | \`sk_${"live"}_${r.str(24, ALNUM)}\` |\n`);
bb.ben("r21d-md-benign", "Markdown | key | value | settings and a project id", `| key | value |\n|-----|-------|\n${settings("").map(([n, v]) => `| ${n} | ${v} |`).join("\n")}\n`);
bb.ben("r21d-md-zone-id", "Markdown | field | secret_value | with a zone id", `| field | secret_value |\n|---|---|\n| cloudflare_zone_id | ${hex(32)} |\n| deploymentId | ${hex(24)} |\n`);

export const cases = [...b.cases, ...bb.cases];
