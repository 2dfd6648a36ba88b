// Round twenty-nine (Y130): a password or secret as one option of a SQL statement's option list, the
// name and its quoted literal separated by a blank: SQL/MED `OPTIONS (…)` (Postgres FDW user
// mappings, `ALTER … OPTIONS (SET password '…')`), Spark SQL's `USING jdbc OPTIONS (…)`, DuckDB's
// `CREATE SECRET (…)`. Benign: the same lists with connection settings only, placeholders, a
// psql variable, a secret's reference, an option list in code that names a field.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29a0e2);
const b = builder({ category: "r29-r29o-sql-option-list" });
const bb = builder({ category: "r29-r29o-sql-option-list-benign" });
const pw = () => `${r.alnum(5)}${r.pick(["^", "#", "!", "*"])}${r.alnum(4)}${r.digits(2)}${r.alnum(5)}${r.pick(["-", "@", "!"])}`;

b.pos("r29o-sol-fdw", "Postgres FDW user mapping", `CREATE SERVER billing_src FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'billing.internal', dbname 'billing');\nCREATE USER MAPPING FOR analyst SERVER billing_src OPTIONS (user 'bill_ro', password '${pw()}');\n`);
b.pos("r29o-sol-alter", "ALTER USER MAPPING with SET", `ALTER USER MAPPING FOR PUBLIC SERVER erp OPTIONS (SET password '${pw()}');`);
b.pos("r29o-sol-mysql-fdw", "mysql_fdw mapping with quoted option names", `CREATE USER MAPPING FOR loader SERVER mysql_svr OPTIONS ("username" 'loader', "password" '${pw()}');`);
b.pos("r29o-sol-spark", "Spark SQL JDBC table options", `CREATE TABLE crm_accounts\nUSING org.apache.spark.sql.jdbc\nOPTIONS (\n  url 'jdbc:postgresql://crm.internal:5432/crm',\n  dbtable 'public.accounts',\n  user 'spark',\n  password '${pw()}'\n)`);
b.pos("r29o-sol-duckdb", "DuckDB CREATE SECRET with a SECRET option", `CREATE PERSISTENT SECRET lake (\n    TYPE s3,\n    KEY_ID '${"AKIA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}',\n    SECRET '${r.alnum(18)}/${r.alnum(10)}+${r.alnum(10)}',\n    REGION 'eu-west-1'\n);`);
b.pos("r29o-sol-tool", "FDW mapping in a tool call's SQL (JSON-escaped)", JSON.stringify({ name: "run_sql", arguments: JSON.stringify({ sql: `CREATE USER MAPPING FOR etl SERVER ledger OPTIONS (user 'ledger_ro', password '${pw()}');` }) }));
b.pos("r29o-sol-add", "ALTER SERVER … OPTIONS (ADD password …)", `ALTER USER MAPPING FOR etl SERVER warehouse OPTIONS (ADD user 'etl', ADD password '${pw()}');`);

bb.ben("r29o-sol-server", "server options without a credential", `CREATE SERVER ledger FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'ledger.internal', port '5432', dbname 'ledger');`);
bb.ben("r29o-sol-placeholder", "placeholder password", `CREATE USER MAPPING FOR etl SERVER ledger OPTIONS (user 'etl', password 'changeme');`);
bb.ben("r29o-sol-psql-var", "psql variable in the option", `CREATE USER MAPPING FOR etl SERVER ledger OPTIONS (user 'etl', password :'etl_password');`);
bb.ben("r29o-sol-drop", "dropping the password option", `ALTER USER MAPPING FOR etl SERVER ledger OPTIONS (DROP password);`);
bb.ben("r29o-sol-env", "an environment reference", `CREATE USER MAPPING FOR etl SERVER ledger OPTIONS (user 'etl', password '\${LEDGER_DB_PASSWORD}');`);
bb.ben("r29o-sol-duckdb-chain", "DuckDB secret from the credential chain", `CREATE SECRET lake (TYPE s3, PROVIDER credential_chain, REGION 'eu-west-1');`);
bb.ben("r29o-sol-code", "options() in code naming a field", `const cfg = options({ user: 'etl', password: 'password' });\nreturn cfg;`);
bb.ben("r29o-sol-spark-ref", "Spark options reading the password from a secret scope", `OPTIONS (url 'jdbc:postgresql://crm.internal/crm', user 'spark', password secret('jdbc', 'crm_password'))`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
