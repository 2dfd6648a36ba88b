// heldout-y113 / data: database connection strings with passwords and data-platform tokens,
// echoed by connection errors, CI traces and infra tool output.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, b64, b64url, hand, ALNUM, LOWER, type Spec } from "./_gen.ts";

const g = new Gen(0x113a5);
const bearer = { header: "Authorization", scheme: "Bearer " };
const pw = (g: Gen, n = 24) => g.a(n);
const now = 1717000000;

const specs: Spec[] = [
  { provider: "PostgreSQL URL with password", env: "DATABASE_URL", kind: "dsn", make: (g) => `postgresql://app:${pw(g)}@db.example.internal:5432/app?sslmode=require`, times: 2 },
  { provider: "MySQL URL with password", env: "MYSQL_URL", kind: "dsn", make: (g) => `mysql://root:${pw(g, 20)}@mysql.example.internal:3306/shop` },
  { provider: "MongoDB SRV URI with password", env: "MONGODB_URI", kind: "dsn", make: (g) => `mongodb+srv://svc-api:${pw(g, 16)}@cluster0.${g.lo(5)}.example.net/prod?retryWrites=true&w=majority` },
  { provider: "Redis URL with password", env: "REDIS_URL", kind: "dsn", make: (g) => `redis://default:${pw(g, 32)}@cache.example.internal:6379/0` },
  { provider: "Upstash Redis TLS URL", env: "UPSTASH_REDIS_URL", kind: "dsn", make: (g) => `rediss://default:${g.j("A", g.a(1), g.b(2).replace(/[+/]/g, "A"), "AAIjcDE", g.h(32))}@${g.pick(["golden-owl", "keen-lynx", "vast-crane"])}-${g.d(5)}.redis.example.net:6379` },
  { provider: "RabbitMQ AMQPS URL", env: "AMQP_URL", kind: "dsn", make: (g) => `amqps://orders:${pw(g, 20)}@mq.example.internal:5671/prod` },
  { provider: "SQL Server ADO.NET connection string", env: "ConnectionStrings__Default", kind: "dsn", make: (g) => `Server=tcp:sql-prod.example.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=app_rw;Password=${g.str(20, ALNUM + "!#$")};MultipleActiveResultSets=False;Encrypt=True;` },
  { provider: "JDBC URL with password parameter", env: "SPRING_DATASOURCE_URL", kind: "dsn", make: (g) => `jdbc:postgresql://pg.example.internal:5432/ledger?user=ledger&password=${pw(g, 18)}&ssl=true` },
  { provider: "Neon Postgres URL (npg_ password)", env: "DATABASE_URL", kind: "dsn", make: (g) => `postgresql://neondb_owner:${g.j("np", "g_", g.a(12))}@ep-${g.pick(["cool", "quiet", "bold"])}-${g.pick(["river", "snow", "dawn"])}-${g.lo(8)}.eu-central-1.db.example.net/neondb?sslmode=require` },
  { provider: "PlanetScale MySQL URL (pscale_pw_)", env: "DATABASE_URL", kind: "dsn", make: (g) => `mysql://${g.lo(12)}:${g.j("pscale", "_pw_", g.u(43))}@aws.connect.db.example.net/shop?sslaccept=strict` },
  { provider: "CockroachDB URL with password", env: "COCKROACH_URL", kind: "dsn", make: (g) => `postgresql://app:${pw(g, 22)}@free-tier.example.net:26257/defaultdb?sslmode=verify-full` },
  { provider: "Aiven Postgres URL (AVNS_ password)", env: "AIVEN_PG_URI", kind: "dsn", make: (g) => `postgres://avnadmin:${g.j("AV", "NS_", g.a(21))}@pg-${g.lo(8)}-acme.a.db.example.net:12691/defaultdb?sslmode=require` },
  { provider: "Elasticsearch URL with basic auth", env: "ELASTICSEARCH_URL", kind: "dsn", make: (g) => `https://elastic:${pw(g, 24)}@es.example.internal:9200` },
  { provider: "Confluent Cloud API secret (with key)", env: "CONFLUENT_API_SECRET", envOnly: true, make: (g) => g.b(64), extra: (g) => [["CONFLUENT_API_KEY", g.up(16)], ["KAFKA_BOOTSTRAP", "pkc-" + g.lo(5) + ".eu-west-1.kafka.example.net:9092"]] },
  { provider: "PlanetScale service token", env: "PLANETSCALE_SERVICE_TOKEN", make: (g) => g.j("pscale", "_tkn_", g.u(43)), req: (g, v) => ({ method: "GET", host: "api.planetscale.example.com", path: "/v1/organizations/acme/databases", query: [], headers: [["Authorization", `${g.lo(12)}:${v}`]] }) },
  {
    provider: "Supabase service_role key (JWT)", env: "SUPABASE_SERVICE_ROLE_KEY", header: "apikey", host: "abcdefghijklmnopqrst.supabase.example.co", path: "/rest/v1/profiles",
    make: (g) => g.jwt({ iss: "supabase", ref: g.str(20, LOWER), role: "service_role", iat: now - 9000000, exp: now + 300000000 }),
  },
  { provider: "Databricks personal access token", env: "DATABRICKS_TOKEN", ...bearer, host: "dbc-" + "a1b2c3d4-e5f6.cloud.example.com", path: "/api/2.0/clusters/list", make: (g) => g.j("da", "pi", g.h(32)) },
  { provider: "Snowflake password (with account and user)", env: "SNOWFLAKE_PASSWORD", envOnly: true, make: (g) => g.str(20, ALNUM + "!#%"), extra: (g) => [["SNOWFLAKE_ACCOUNT", `${g.al(7)}-${g.al(7)}`], ["SNOWFLAKE_USER", "ETL_SVC"]] },
  { provider: "MongoDB Atlas Admin API private key", env: "MONGODB_ATLAS_PRIVATE_KEY", envOnly: true, make: (g) => g.uuid(), extra: (g) => [["MONGODB_ATLAS_PUBLIC_KEY", g.al(8)]] },
  { provider: "DataStax Astra DB application token", env: "ASTRA_DB_APPLICATION_TOKEN", header: "X-Cassandra-Token", path: "/api/json/v1/default_keyspace", method: "POST", make: (g) => g.j("Astra", "CS:", g.str(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), ":", g.h(64)) },
  { provider: "InfluxDB API token", env: "INFLUX_TOKEN", header: "Authorization", scheme: "Token ", path: "/api/v2/write", method: "POST", make: (g) => g.u(86) + "==" },
  { provider: "Turso database auth token (EdDSA JWT)", env: "TURSO_AUTH_TOKEN", ...bearer, path: "/v2/pipeline", method: "POST", make: (g) => g.jwt({ a: "rw", iat: now, id: g.uuid() }, "EdDSA", 86) },
  { provider: "Xata API key", env: "XATA_API_KEY", ...bearer, path: "/db/app:main/tables/users/query", method: "POST", make: (g) => g.j("xa", "u_", g.a(32)) },
  { provider: "Upstash Redis REST token", env: "UPSTASH_REDIS_REST_TOKEN", ...bearer, path: "/get/session-count", make: (g) => g.j("A", g.a(1), "ASQgY", g.b(56), "=") },
  { provider: "Redis AUTH password", env: "REDIS_PASSWORD", envOnly: true, make: (g) => g.a(32), extra: () => [["REDIS_HOST", "cache.example.internal"]] },
  { provider: "Hasura admin secret", env: "HASURA_GRAPHQL_ADMIN_SECRET", header: "x-hasura-admin-secret", path: "/v1/graphql", method: "POST", make: (g) => g.a(64) },
  { provider: "Elasticsearch API key (ApiKey base64 id:key)", env: "ELASTIC_API_KEY", header: "Authorization", scheme: "ApiKey ", path: "/logs-*/_search", method: "POST", make: (g) => b64(`${g.u(20)}:${g.u(22)}`) },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "data", group: "data", start: 2 });
let n = cases.length;
const id = () => `y113-data-${String(++n).padStart(3, "0")}`;

{
  const p = g.a(20);
  cases.push(hand(g, id(), "data", [
    "$ psql \"$DATABASE_URL\" -c 'select 1'",
    `psql: error: connection to server at "pg.example.internal" (${g.ip()}), port 5432 failed: FATAL:  no pg_hba.conf entry for host "${g.ip()}", user "reporting", database "warehouse", no encryption`,
    "$ set -x; psql \"$DATABASE_URL\" -c 'select 1'",
    `+ psql 'postgresql://reporting:${p}@pg.example.internal:5432/warehouse' -c 'select 1'`,
  ].join("\n"), "PostgreSQL URL with password; slot psql argument; context: terminal session with set -x", 4));
}
{
  const p = g.a(18);
  cases.push(hand(g, id(), "data", [
    "$ cat ~/.pgpass   # checking why pg_dump still prompts",
    `db.example.internal:5432:app:app_backup:${p}`,
    "$ ls -l ~/.pgpass",
    "-rw-r--r-- 1 ci ci 57 Jun  3 14:22 /home/ci/.pgpass",
    "WARNING: password file \"/home/ci/.pgpass\" has group or world access; permissions should be u=rw (0600) or less",
  ].join("\n"), "Postgres password; slot .pgpass password field; context: CI debug shell output", 8));
}
{
  const p = g.a(24);
  cases.push(hand(g, id(), "data", [
    `${g.clock().py()} INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.`,
    "Traceback (most recent call last):",
    "  File \"/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line 145, in __init__",
    "    self._dbapi_connection = engine.raw_connection()",
    "psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user \"migrator\"",
    "",
    "-- frame locals (rich.traceback show_locals=True) --",
    `│   cparams = {'host': 'pg.example.internal', 'port': 5432, 'dbname': 'core', 'user': 'migrator', 'password': '${p}', 'sslmode': 'require'} │`,
  ].join("\n"), "Postgres password; slot cparams['password']; context: rich traceback locals (alembic migration)", 10));
}
{
  const p = g.a(28);
  cases.push(hand(g, id(), "data", [
    "$ docker compose config | grep -A6 'redis:'",
    "  redis:",
    "    command:",
    "      - redis-server",
    "      - --requirepass",
    `      - ${p}`,
    "    image: redis:7.2-alpine",
  ].join("\n"), "Redis requirepass; slot redis-server --requirepass argument; context: docker compose config", 1));
}

export { cases };
