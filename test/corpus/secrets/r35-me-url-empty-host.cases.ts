// Round thirty-five (coordinator, held-out Y147 c-049): a connection URL whose host is empty — the
// driver's default host or a socket — `snowflake://USER:PASS@/DB/SCHEMA?account=…` (Airflow),
// `postgresql://u:p@/db?host=/cloudsql/…` (Cloud SQL's unix socket): the password was not read,
// since the URL rule wanted a host after the "@". Benign: placeholders and empty passwords there.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x35e02);
const b = builder({ category: "r35-me-url-empty-host" });
const bb = builder({ category: "r35-me-url-empty-host-benign" });
const pw = () => `${r.alnum(14)}${r.digits(3)}`;

b.pos("r35m-airflow-snowflake", "Airflow connection env var, Snowflake, empty host", `export AIRFLOW_CONN_WAREHOUSE='snowflake://SVC_ETL:${pw()}@/ANALYTICS/RAW?account=ab${r.digits(5)}&warehouse=LOAD'\n`);
b.pos("r35m-cloudsql-sqlalchemy", "SQLAlchemy URL over Cloud SQL's unix socket", `engine = create_engine("postgresql+psycopg2://app:${pw()}@/orders?host=/cloudsql/acme-prod:europe-west1:main")\n`);
b.pos("r35m-mysql-socket", "MySQL DSN with default host in a .env", `DATABASE_URL=mysql://root:${pw()}@/shop?unix_socket=/var/run/mysqld/mysqld.sock\n`);
b.pos("r35m-django-settings", "dj-database-url in YAML", `env:\n  - name: DATABASE_URL\n    value: "postgres://django:${pw()}@/site_db"\n`);
b.pos("r35m-json-config", "JSON config with socket URL", JSON.stringify({ db: { url: `postgresql://reporter:${pw()}@/metrics?host=%2Fvar%2Frun%2Fpostgresql` } }, null, 2) + "\n");
b.pos("r35m-chat", "a chat message pasting the URL", `can you check why this fails? psql "postgresql://admin:${pw()}@/prod" says connection refused\n`);

bb.ben("r35m-placeholder-words", "docs with the placeholder pair", "Connect with `postgresql://user:password@/dbname?host=/cloudsql/PROJECT:REGION:INSTANCE`.\n");
bb.ben("r35m-env-reference", "a reference to an env var", "DATABASE_URL=postgres://app:${DB_PASSWORD}@/app_db\n");
bb.ben("r35m-angle-placeholders", "angle-bracket placeholders", "AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://<user>:<password>@/<database>/<schema>?account=<account>'\n");
bb.ben("r35m-empty-password", "empty password", "mysql://root:@/test_db\n");
bb.ben("r35m-changeme", "changeme placeholder", "url: postgres://postgres:changeme@/postgres\n");
bb.ben("r35m-template", "Jinja template", "sqlalchemy.url = postgresql://{{ db_user }}:{{ db_pass }}@/{{ db_name }}\n");
bb.ben("r35m-no-userinfo", "socket URL without credentials", "postgresql:///mydb?host=/var/run/postgresql\n");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
