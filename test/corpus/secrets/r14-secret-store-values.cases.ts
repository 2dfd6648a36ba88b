// Round fourteen (issue 24): a credential written into a secret STORE where only the store says
// what it is. An AWS SSM parameter whose type (SecureString) or name says secret, in HCL and in
// Terraform plan output (`+ value = "…"`, `~ value = "…" -> …`); a Vault generic secret's
// data_json; an SQL insert whose column list names a `credential` column holding hex. Benign: SSM
// parameters holding ARNs, AMI ids, URLs, regions; `(sensitive value)` and `(known after apply)`;
// inserts into hash/checksum/etag columns; percent-encoded `${…}` and `{{…}}` in URL queries.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x55a14e0f);
const b = builder({ category: "r14-secret-store-values", expect: "secrets" });
const bb = builder({ category: "r14-secret-store-values-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const plan = (label: string, name: string, type: string, value: string) =>
  `  # aws_ssm_parameter.${label} will be created\n  + resource "aws_ssm_parameter" "${label}" {\n      + arn   = (known after apply)\n      + name  = "${name}"\n      + type  = "${type}"\n      + value = ${value}\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.`;
const hcl = (label: string, name: string, type: string, value: string) =>
  `resource "aws_ssm_parameter" "${label}" {\n  name  = "${name}"\n  type  = "${type}"\n  value = "${value}"\n}`;
const insert = (table: string, cols: string[], row: string[]) =>
  `INSERT INTO ${table} (${cols.join(", ")}) VALUES\n  (${row.join(", ")});`;

// ---- SSM parameters
b.pos("r14-ssm-plan-name-api-key", "plan output, a String parameter named …_api_key, hex value", plan("mailer_api_key", "/prod/mailer/mailer_api_key", "String", `"${hex(40)}"`));
b.pos("r14-ssm-plan-label-token", "plan output, label says token, name a bare path", plan("crm_api_token", "/prod/crm/primary", "String", `"${mixed(40)}"`));
b.pos("r14-ssm-plan-update", "plan output of an update, old value shown before ->", `  ~ resource "aws_ssm_parameter" "db_password" {\n        id    = "/prod/db/password"\n      ~ value = "${mixed(32)}" -> (sensitive value)\n    }`);
b.pos("r14-ssm-hcl-securestring", "HCL, a SecureString with a neutral name", hcl("primary", "/prod/billing/primary", "SecureString", mixed(36)));
b.pos("r14-ssm-hcl-secret-name", "HCL, name ends in secret, short hex", hcl("svc", "/staging/svc/client-secret", "String", hex(30)));
b.pos("r14-ssm-json-plan", "plan rendered as JSON by show -json", JSON.stringify({ type: "aws_ssm_parameter", name: "geo_api_key", values: { name: "/prod/geo/geo_api_key", type: "String", value: mixed(40) } }, null, 2).replace('"type": "aws_ssm_parameter",\n  "name": "geo_api_key",', '"address": "aws_ssm_parameter.geo_api_key",'));
// ---- Vault
b.pos("r14-vault-data-json-heredoc", "vault_generic_secret with a heredoc JSON body", `resource "vault_generic_secret" "app" {\n  path = "secret/app"\n\n  data_json = <<EOT\n{\n  "upstream": "${mixed(40)}"\n}\nEOT\n}`);
b.pos("r14-vault-data-json-escaped", "vault_generic_secret with an escaped JSON string", `resource "vault_generic_secret" "ci" {\n  path      = "secret/ci"\n  data_json = "{\\"deploy\\":\\"${mixed(36)}\\"}"\n}`);
// ---- SQL inserts into a credential column
b.pos("r14-sql-credential-hex30", "an insert with a credential column holding 30 hex", insert("integrations", ["id", "provider", "credential", "created_at"], ["12", "'billing'", `'${hex(30)}'`, "NOW()"]));
b.pos("r14-sql-credentials-hex40", "a quoted credentials column, two rows", `INSERT INTO "connectors" ("id", "kind", "credentials") VALUES\n  (1, 'crm', '${hex(40)}'),\n  (2, 'mail', '${hex(40)}');`);
b.pos("r14-sql-api-credential-hex32", "a prefixed credential column name", insert("vendor_accounts", ["account_id", "api_credential", "region"], ["77", `'${hex(32)}'`, "'eu-west-1'"]));

// ---- Benign look-alikes
bb.ben("r14-ssm-arn-value", "a parameter named …_key holding an ARN", hcl("kms_key", "/prod/app/kms_key", "String", `arn:aws:kms:us-east-1:123456789012:key/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`));
bb.ben("r14-ssm-ami-url-region", "plain parameters: AMI id, URL, region", [hcl("ami", "/prod/base/ami_id", "String", `ami-${hex(17)}`), hcl("endpoint", "/prod/api/endpoint_url", "String", "https://api.acme.io/v2"), hcl("region", "/prod/region", "String", "eu-central-1")].join("\n\n"));
bb.ben("r14-ssm-plan-sensitive", "plan output hiding the value", plan("db_password", "/prod/db/password", "SecureString", "(sensitive value)"));
bb.ben("r14-ssm-plan-known-after", "plan output with a computed value", plan("app_token", "/prod/app/token", "SecureString", "(known after apply)"));
bb.ben("r14-ssm-plain-hash", "a String parameter holding a build hash under a neutral name", plan("build", "/prod/web/build_commit", "String", `"${hex(40)}"`));
bb.ben("r14-sql-hash-columns", "inserts into hash, checksum and etag columns", insert("artifacts", ["id", "sha1_hash", "checksum", "etag"], ["5", `'${hex(40)}'`, `'${hex(32)}'`, `'${hex(32)}'`]));
bb.ben("r14-sql-credential-id", "a credential_id column holding hex", insert("grants", ["id", "credential_id", "scope"], ["9", `'${hex(32)}'`, "'read'"]));
bb.ben("r14-url-encoded-shell-default", "a query token that is a percent-encoded ${NAME:?msg}", JSON.stringify({ name: "web_fetch", input: { url: "https://api.acme.io/v1/items?access_token=%24%7BACME_ACCESS_TOKEN%3A%3Fexport%20it%20first%7D&page=3" } }));
bb.ben("r14-url-encoded-mustache", "a query key that is a percent-encoded {{…}}", `GET https://hooks.acme.io/notify?api_key=%7B%7B%20secrets.NOTIFY_KEY%20%7D%7D&channel=ops`);

export const cases = [...b.cases, ...bb.cases];
