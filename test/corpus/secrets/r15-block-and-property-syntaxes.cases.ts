// Round fifteen (fixer c2): a secret-named name and its value in syntaxes the one-line walk missed.
// An HCL block opened by the name's label with `default`/`value` lines below; a JVM system property
// or a dotted .properties key whose value holds punctuation; an Erlang/Elixir tuple holding an
// `id:key` pair; an XML element with extra attributes; JDBC URLs with a password (Oracle's
// user/password@, a password property); a .pgpass line written by echo/printf; a long key a log
// shortened in the middle. Benign: the same syntaxes with references, masks, public values and ids;
// a vendor object id under an *_id keyword argument of a client. Values are built at run time.
import { builder, Rng, ALNUM, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x15c2b10c);
const b = builder({ category: "r15-block-property-syntaxes", expect: "secrets" });
const bb = builder({ category: "r15-block-property-syntaxes-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const punct = (n: number) => {
  let v = r.str(n, LOWER + DIGITS + "!@#%^*(-_=+)");
  while (!/\d/.test(v) || !/[!@#%^*(=+)]/.test(v)) v = r.str(n, LOWER + DIGITS + "!@#%^*(-_=+)");
  return v;
};

// ---- HCL blocks
b.pos("r15-hcl-variable-default", "Terraform variable with the default three lines down",
  `variable "stripe_webhook_secret" {\n  description = "Signing secret"\n  type        = string\n  sensitive   = true\n  default     = "${mixed(40)}"\n}\n`);
b.pos("r15-hcl-output-value", "HCL block with a value line", `locals {}\n\nsecret "vendor_api_token" {\n  value = "${mixed(36)}"\n}\n`);
b.pos("r15-hcl-tfvars-nested", "Packer variable block with a default", `variable "registry_password" {\n  type    = string\n  default = "${mixed(24)}"\n}`);
bb.ben("r15-hcl-variable-no-default", "Terraform variable without a default; the value comes from elsewhere",
  `variable "stripe_webhook_secret" {\n  type      = string\n  sensitive = true\n}\n\nresource "x" "y" {\n  name  = "svc"\n  value = "${mixed(30).toLowerCase()}"\n}\n`);
bb.ben("r15-hcl-default-reference", "Terraform variable default set to a placeholder",
  `variable "datadog_api_key" {\n  type    = string\n  default = "\${env.DD_API_KEY}"\n}\n`);
bb.ben("r15-hcl-public-key-default", "a public key's variable", `variable "ssh_public_key" {\n  type    = string\n  default = "${mixed(40)}"\n}\n`);

// ---- JVM system properties and dotted property keys
b.pos("r15-jvm-prop-sbt", "a -D property in an sbt javaOptions Seq", `javaOptions in Universal ++= Seq(\n  "-Dapp.signing.secret=${punct(44)}",\n  "-Xms512m"\n)`);
b.pos("r15-jvm-prop-cmdline", "a -D property on a java command line", `$ java -Dpayments.api.token=${mixed(20)}%${mixed(12)}! -jar svc.jar --port 8080`);
b.pos("r15-properties-dotted", "a dotted .properties key with a punctuated value", `server.port=8080\nmail.smtp.password=${punct(28)}\nlogging.level.root=INFO\n`);
bb.ben("r15-jvm-prop-reference", "a -D property taking an environment variable", `JAVA_OPTS="-Dapp.signing.secret=\${APP_SIGNING_SECRET} -Xmx1g"`);
bb.ben("r15-jvm-prop-path", "a -D property naming a key store's file", `java -Djavax.net.ssl.keyStore=/etc/pki/${r.str(8, LOWER)}/server.jks -jar app.jar`);

// ---- Erlang/Elixir tuples and XML elements with attributes
b.pos("r15-erlang-tuple-pair", "an Erlang sys.config tuple holding id:key", `[{gateway, [{management_key, "${mixed(10)}:${mixed(48)}"}, {timeout, 5000}]}].`);
b.pos("r15-elixir-keyword", "an Elixir config tuple", `config :svc, :auth,\n  entries: [{:signing_secret, "${mixed(40)}"}]`);
b.pos("r15-android-string-attrs", "Android string resource with extra attributes",
  `<resources>\n  <string name="maps_client_secret" translatable="false" tools:ignore="MissingTranslation">${mixed(32)}</string>\n</resources>`);
bb.ben("r15-android-string-attrs-label", "Android string resource with a label text", `<resources>\n  <string name="api_key_label" translatable="false">API key</string>\n</resources>`);
bb.ben("r15-erlang-tuple-atom", "an Erlang tuple naming a key file", `[{ssl, [{certfile, "/etc/ssl/server.pem"}, {private_key, "/etc/ssl/private/server.key"}]}].`);

// ---- JDBC URLs
b.pos("r15-jdbc-oracle-sid", "Oracle thin URL with user/password and a SID", `spring.datasource.url=jdbc:oracle:thin:report/${mixed(14)}@ora-db.corp.local:1521:PROD`);
b.pos("r15-jdbc-oracle-service-yaml", "Oracle thin URL in YAML", `datasource:\n  url: "jdbc:oracle:thin:etl_user/${mixed(16)}@//ora.internal:1521/SVC1"`);
b.pos("r15-jdbc-postgres-query", "Postgres JDBC URL with a password parameter", `DB_URL = "jdbc:postgresql://pg.internal:5432/app?user=svc&password=${mixed(18)}&ssl=true"`);
b.pos("r15-jdbc-sqlserver", "SQL Server JDBC URL with user and password properties", `jdbc:sqlserver://sql01.corp:1433;databaseName=erp;user=erp_app;password=${mixed(16)};encrypt=true`);
bb.ben("r15-jdbc-oracle-no-creds", "Oracle thin URL without credentials", `jdbc.url=jdbc:oracle:thin:@//ora.internal:1521/SVC1`);
bb.ben("r15-jdbc-oracle-template", "Oracle thin URL with templated credentials", `url: jdbc:oracle:thin:\${DB_USER}/\${DB_PASS}@//ora.internal:1521/SVC1`);
bb.ben("r15-jdbc-password-reference", "a JDBC password parameter from an environment variable", `jdbc:postgresql://pg:5432/app?user=svc&password=\${PGPASSWORD}`);

// ---- .pgpass written by a shell command
b.pos("r15-pgpass-echo-double", "a .pgpass line echoed with double quotes", `echo "pg-main.corp:5432:*:replicator:${mixed(22)}" >> $HOME/.pgpass && chmod 0600 $HOME/.pgpass`);
b.pos("r15-pgpass-printf", "a .pgpass line written by printf in a Dockerfile", `RUN printf '10.0.3.7:6432:billing:billing_ro:${mixed(20)}\\n' > /root/.pgpass`);
bb.ben("r15-pgpass-echo-star", "an echoed .pgpass line with a templated password", `echo "pg-main.corp:5432:*:replicator:\${PGPASS}" >> ~/.pgpass`);

// ---- A long key shortened in the middle by a log
b.pos("r15-elided-key-query", "a long key elided in the middle of an access-log URL",
  `GET /v2/reports?format=csv&access_token=${mixed(56)}...${mixed(30)} HTTP/1.1" 200 5121`);
bb.ben("r15-masked-key-short", "a key masked to its first and last characters", `GET /v2/reports?format=csv&access_token=${mixed(6)}...${mixed(4)} HTTP/1.1" 200 5121`);
bb.ben("r15-elided-jwt-header", "a JWT whose constant header is shown before an ellipsis", `token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIiw...`);

// ---- Vendor object ids under *_id keyword arguments
bb.ben("r15-ctor-object-id", "a message id passed to a client's constructor", `client = anthropic.Client(\n    resume_message_id="msg_${mixed(24)}",\n)`);
bb.ben("r15-ctor-run-id", "a run id keyword argument", `tracker = Tracker.Client(runId: "run-${mixed(24)}")`);

export const cases = [...b.cases, ...bb.cases];
