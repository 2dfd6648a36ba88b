// Round two (issue 24), class 4: structured files sent whole. Credentials under nested keys in
// YAML, TOML, INI, Java properties, .env and JSON, as a body or a multipart file part.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x5ec2404);
const { cases, pos, ben } = builder({ category: "structured-files", expect: "secrets" });
export { cases };

const pw = () => r.pick(["Vx", "Qm", "Tz", "Lp"]) + r.alnum(6) + r.pick(["#", "!", "%", "&"]) + r.digits(3) + r.pick(["k", "R", "w"]);
const opaque = (n: number) => r.alnum(n);

pos("yaml-db-nested", "YAML database.password", `database:\n  host: db.internal\n  port: 5432\n  user: app\n  password: ${pw()}\n`);
pos("yaml-smtp-pass", "YAML smtp.pass (short key)", `mail:\n  smtp:\n    host: smtp.example.com\n    user: noreply@example.com\n    pass: ${pw()}\n`);
pos("yaml-redis-auth", "YAML redis.auth", `cache:\n  redis:\n    url: redis://cache:6379/0\n    auth: ${opaque(32)}\n`);
pos("yaml-credentials-block", "YAML credentials: { username, password }", `registry:\n  credentials:\n    username: deploy\n    password: "${pw()}"\n`);
pos("yaml-aws-secret", "YAML aws secret under nested keys", `providers:\n  aws:\n    access_key: ${"AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\n    secret: ${r.str(40, ALNUM + "/+")}\n`);
pos("yaml-token-nested", "YAML service.token hex", `services:\n  billing:\n    endpoint: https://billing.internal/api\n    token: ${r.str(40, HEX)}\n`);
pos("toml-db", "TOML [database] password", `[database]\nurl = "postgres://db.internal:5432/app"\nuser = "app"\npassword = "${pw()}"\n`);
pos("toml-nested-secret", "TOML [auth.oauth] client_secret", `[auth.oauth]\nclient_id = "web-portal"\nclient_secret = "${opaque(40)}"\n`);
pos("ini-mysql", "INI [client] pass", `[client]\nuser = backup\npass = ${pw()}\nhost = 10.0.4.12\n`);
pos("ini-credentials-aws", "AWS credentials file", `[default]\naws_access_key_id = ${"AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${r.str(40, ALNUM + "/+")}\n`);
pos("props-datasource", "Java properties datasource password", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=${pw()}\n`);
pos("props-mail", "Java properties mail.smtp.password", `mail.smtp.host=smtp.example.com\nmail.smtp.user=alerts\nmail.smtp.password=${pw()}\n`);
pos("props-keystore", "keystore password property", `server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=${pw()}\n`);
pos("env-db-pass", ".env DB_PASS", `APP_ENV=production\nDB_HOST=db\nDB_USER=app\nDB_PASS=${pw()}\n`);
pos("env-secret-key-base", ".env SECRET_KEY_BASE", `RAILS_ENV=production\nSECRET_KEY_BASE=${r.str(128, HEX)}\n`);
pos("env-pw", ".env MYSQL_ROOT_PW", `MYSQL_ROOT_PW=${pw()}\nMYSQL_DATABASE=shop\n`);
pos("json-nested-db", "JSON database.password", JSON.stringify({ database: { host: "db", user: "app", password: pw() }, port: 8080 }, null, 2));
pos("json-nested-pass", "JSON smtp.pass", JSON.stringify({ smtp: { host: "smtp.example.com", user: "alerts", pass: pw() } }));
pos("json-auth-key", "JSON auth.key opaque", JSON.stringify({ auth: { type: "api", key: opaque(40) } }));
pos("body-yaml-multipart", "YAML config uploaded as a multipart file part", `--b7\r\nContent-Disposition: form-data; name="config"; filename="config.yml"\r\nContent-Type: application/x-yaml\r\n\r\ndatabase:\n  user: app\n  password: ${pw()}\n--b7--\r\n`);
pos("body-props-multipart", "properties file as multipart part", `------WebKitFormBoundaryZx81nBq2Lm0Pw7Ty\r\nContent-Disposition: form-data; name="file"; filename="application.properties"\r\nContent-Type: text/plain\r\n\r\ndb.user=app\ndb.password=${pw()}\r\n------WebKitFormBoundaryZx81nBq2Lm0Pw7Ty--\r\n`);
pos("docker-compose-env", "compose environment list", `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=${pw()}\n`);
pos("yaml-pgpass-like", "YAML db with passwd key", `db:\n  passwd: ${pw()}\n`);
pos("xml-password", "XML settings password element", `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>${pw()}</password>\n    </server>\n  </servers>\n</settings>`);

ben("yaml-env-ref", "YAML with env references", `database:\n  host: db\n  password: \${DB_PASSWORD}\n  pass: "{{ .Values.db.pass }}"\n`);
ben("yaml-policy", "password policy settings", `security:\n  password:\n    min_length: 12\n    require_symbols: true\n    max_age_days: 90\n  token:\n    ttl: 3600\n    refresh: true\n`);
ben("yaml-k8s-secretref", "k8s secretKeyRef", `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-secret\n        key: password\n`);
ben("toml-placeholder", "TOML placeholders", `[database]\nuser = "app"\npassword = "changeme"\n\n[auth]\nsecret = ""\n`);
ben("ini-no-secrets", "INI without secrets", `[server]\nport = 8080\nkey_file = /etc/ssl/private/server.key\ncert_file = /etc/ssl/certs/server.crt\nsession_timeout = 30m\n`);
ben("props-no-secret", "properties with key metadata", `spring.datasource.password.encrypted=true\nauth.token.header=X-Auth-Token\napi.key.location=/run/secrets/api_key\n`);
ben("env-refs", ".env with references and booleans", `DB_PASSWORD=\${DB_PASSWORD_FROM_VAULT}\nUSE_SECRET_MANAGER=true\nAPI_KEY_HEADER=X-Api-Key\nSESSION_TTL=86400\n`);
ben("json-schema", "JSON schema describing a password field", JSON.stringify({ type: "object", properties: { password: { type: "string", minLength: 8, format: "password" }, token: { type: "string", description: "API token" } }, required: ["password"] }, null, 2));
ben("yaml-keys-words", "YAML with key/token/secret words as values", `ui:\n  primary_key: id\n  sort_key: created_at\n  auth: oauth2\n  secret: false\n  token: none\n`);
ben("xml-password-ref", "XML password placeholder", `<server>\n  <id>nexus</id>\n  <password>\${env.NEXUS_PASSWORD}</password>\n</server>`);
