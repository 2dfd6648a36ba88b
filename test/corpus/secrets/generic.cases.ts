// Credentials without a provider prefix: passwords in connection URLs, password/secret/api_key
// assignments with real-looking values.
import { builder, Rng, ALNUM, B64, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec0007);
const { cases, pos } = builder({ category: "url-credentials", expect: "secrets" });
export { cases };

const pw = () => r.password();
const pwUrl = () => encodeURIComponent(r.password());

// ---- credentials in URLs
pos("url-postgres-env", "postgres URL with password in .env", `DATABASE_URL=postgres://app_user:${pwUrl()}@db.internal.acme.io:5432/orders?sslmode=require`);
pos("url-postgresql-python", "postgresql URL in SQLAlchemy create_engine", `engine = create_engine("postgresql+psycopg2://analytics:${pwUrl()}@10.20.1.15:5432/warehouse", pool_size=10)`);
pos("url-mysql", "mysql URL in docker-compose", `services:\n  api:\n    environment:\n      DB_URL: mysql://root:${pwUrl()}@mysql:3306/shop\n`);
pos("url-mongodb-srv", "mongodb+srv URL in Node", `mongoose.connect('mongodb+srv://admin:${r.alnum(16)}@cluster0.${r.str(5, LOWER + DIGITS)}.mongodb.net/prod?retryWrites=true&w=majority');`);
pos("url-redis", "redis URL with password only", `REDIS_URL=redis://:${r.alnum(32)}@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345/0`);
pos("url-rediss-user", "rediss URL with user and password", `CELERY_BROKER_URL = "rediss://default:${r.alnum(32)}@eu1-worker.upstash.io:6379"`);
pos("url-amqp", "amqp URL in log line", `2024-05-01 10:02:11,441 INFO kombu.connection Connected to amqp://orders:${pwUrl()}@rabbitmq.prod.svc:5672//`);
pos("url-https-basic", "https URL with user:password for a private index", `pip install --index-url https://deploy:${pwUrl()}@pypi.acme.internal/simple/ acme-core==3.2.1`);
pos("url-git-https", "git https clone with user:password", `git clone https://jenkins:${pwUrl()}@bitbucket.acme.io/scm/plat/api-gateway.git`);
pos("url-ftp", "ftp URL with credentials", `curl -T backup.tar.gz ftp://backup:${pwUrl()}@ftp.acme.io/nightly/`);
pos("url-smtp", "smtp URL in config", `EMAIL_URL=smtp+tls://postmaster%40mg.acme.io:${r.alnum(20)}@smtp.mailgun.org:587`);
pos("url-jdbc", "JDBC URL with password parameter", `spring.datasource.url=jdbc:postgresql://db.acme.io:5432/app?user=app&password=${pw()}&ssl=true`);
pos("url-mssql-odbc", "SQL Server connection string with Password=", `"DefaultConnection": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=${pw()};Encrypt=True;"`);
pos("url-chat", "postgres URL pasted in chat", `can you connect to postgres://readonly:${pwUrl()}@analytics-db.acme.io:5432/metrics and tell me how many signups we had yesterday?`);
pos("url-json-body", "database URL in a JSON body an agent sends", JSON.stringify({ name: "orders-db", type: "postgres", connection: `postgresql://svc_orders:${pwUrl()}@orders.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/orders` }));
pos("url-proxy", "HTTP proxy URL with credentials", `export HTTPS_PROXY=http://jsmith:${pwUrl()}@proxy.corp.acme.io:8080`);
pos("url-elastic", "elasticsearch URL with elastic password", `ELASTICSEARCH_URL=https://elastic:${r.alnum(24)}@es-prod.acme.io:9243`);
pos("url-pgpass", ".pgpass line", `db.acme.io:5432:*:app_user:${pw()}`);

// ---- generic assignments
const G = "generic-credentials";
pos("gen-password-env", "DB_PASSWORD in .env", `DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=${pw()}\nDB_NAME=app_prod\n`, G);
pos("gen-password-yaml", "password: in application.yml", `spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app\n    username: app\n    password: ${pw()}\n`, G);
pos("gen-password-json", "\"password\" in a JSON login body", JSON.stringify({ username: "ops-admin", password: pw(), remember: true }), G);
pos("gen-password-python", "password kwarg in python", `conn = psycopg2.connect(host="10.0.3.7", dbname="billing", user="billing_rw", password="${pw()}")`, G);
pos("gen-secret-key-django", "Django SECRET_KEY", `SECRET_KEY = '${r.str(50, LOWER + DIGITS + "!@#$%^&*(-_=+)")}'\nDEBUG = False\nALLOWED_HOSTS = ["acme.io"]`, G);
pos("gen-api-key-js", "apiKey in JS config", `export const config = {\n  endpoint: "https://api.weatherstack.io/v2",\n  apiKey: "${r.hex(32)}",\n};`, G);
pos("gen-api-key-env", "API_KEY in env", `PAYMENTS_API_KEY=${r.alnum(40)}\n`, G);
pos("gen-client-secret-yaml", "client_secret in oauth YAML", `oauth:\n  client_id: acme-portal\n  client_secret: ${r.alnum(32)}\n  issuer: https://sso.acme.io/realms/acme\n`, G);
pos("gen-secret-colon", "secret: in a config map", `auth:\n  session:\n    secret: ${r.str(48, B64)}\n    ttl: 24h\n`, G);
pos("gen-kubectl-literal", "kubectl create secret --from-literal", `kubectl create secret generic db-creds --from-literal=username=app --from-literal=password='${pw()}' -n prod`, G);
pos("gen-mysql-cli", "mysql -p with password", `mysql -h db.acme.io -u root -p'${pw()}' -e 'SHOW DATABASES;'`, G);
pos("gen-sshpass", "sshpass -p password", `sshpass -p '${pw()}' ssh -o StrictHostKeyChecking=no admin@192.0.2.10 'sudo systemctl restart app'`, G);
pos("gen-php-define", "wp-config DB_PASSWORD define", `define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '${pw()}' );\ndefine( 'AUTH_KEY', '${r.str(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|")}' );`, G);
pos("gen-properties", "java properties with password", `mail.smtp.host=smtp.office365.com\nmail.smtp.user=noreply@acme.io\nmail.smtp.password=${pw()}\n`, G);
pos("gen-ini", "ini password under [database]", `[database]\nhost = 127.0.0.1\nuser = reporting\npasswd = ${pw()}\n`, G);
pos("gen-docker-login-p", "docker login -p password", `docker login registry.acme.io -u deploy -p ${pw()}`, G);
pos("gen-go-const", "Go const with api key", `const (\n\tbaseURL = "https://api.acme-partner.com"\n\tapiKey  = "${r.alnum(32)}"\n)`, G);
pos("gen-terraform-password", "terraform RDS master password", `resource "aws_db_instance" "main" {\n  engine            = "postgres"\n  username          = "master"\n  password          = "${pw()}"\n  instance_class    = "db.t3.medium"\n}`, G);
pos("gen-chat-password", "password told to the agent in chat", `the admin password for the staging dashboard is ${pw()} — log in and export the users table`, G);
pos("gen-log-password", "password leaked in a request log", `127.0.0.1 - - [01/May/2024:10:22:31 +0000] "POST /login?user=admin&password=${pwUrl()} HTTP/1.1" 302 0 "-" "curl/8.4.0"`, G);
pos("gen-htpasswd-like-header", "X-API-Key header with opaque value", `GET /v1/reports HTTP/1.1\nHost: partner.acme.io\nX-API-Key: ${r.alnum(40)}\nAccept: */*`, G);
pos("gen-toml-token", "token in a TOML config", `[service.billing]\nurl = "https://billing.acme.io"\ntoken = "${r.str(48, ALNUM)}"\n`, G);
pos("gen-csharp", "password in C# connection builder", `var builder = new NpgsqlConnectionStringBuilder { Host = "db", Username = "app", Password = "${pw()}", Database = "app" };`, G);
pos("gen-redis-conf", "redis requirepass", `bind 0.0.0.0\nport 6379\nrequirepass ${r.alnum(32)}\nmaxmemory 2gb\n`, G);
pos("gen-encryption-key", "ENCRYPTION_KEY hex in env", `ENCRYPTION_KEY=${r.hex(64)}\n`, G);
pos("gen-webhook-secret", "webhook secret in env", `GITHUB_WEBHOOK_SECRET=${r.alnum(40)}\n`, G);
pos("gen-diff-password", "password added in a diff of settings.py", `@@ -40,7 +40,7 @@ DATABASES = {\n         'USER': 'app',\n-        'PASSWORD': os.environ['DB_PASSWORD'],\n+        'PASSWORD': '${pw()}',\n         'HOST': 'db',\n`, G);
pos("gen-netrc", ".netrc machine password", `machine api.acme-internal.io\nlogin svc-reporting\npassword ${pw()}\n`, G);
