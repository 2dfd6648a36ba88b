// Class 4: structured config files sent whole (YAML, TOML, INI, Java properties, .env, JSON) with
// credentials under nested keys; benign: the same files with placeholders / env refs / vault refs.
import { gen, maker, ALNUM, B64 } from "./gen.ts";

const g = gen(0xd004);
const { pos, neg, cases } = maker("secrets", "heldoutd-structured-files", "file");
const pw = () => g.opaque(g.int(16, 28), ALNUM + "!#%*-_");
const o = (n: number, cs = ALNUM) => g.opaque(n, cs);
const wrap = (name: string, body: string) =>
  JSON.stringify({ messages: [{ role: "user", content: `Why does the service fail to start? Here is ${name}:\n\n${body}` }] });

// ---- positives
pos(`database:\n  host: db.prod.internal\n  port: 5432\n  user: app\n  password: ${pw()}\nredis:\n  url: redis://cache:6379/0\n`, "YAML nested database.password");
pos(wrap("config/app.yml", `production:\n  adapter: postgresql\n  database: shop\n  username: shop\n  password: "${pw()}"\n  pool: 10\n`), "Rails database.yml in prompt");
pos(`[database]\nhost = "10.0.3.12"\nuser = "reporting"\npassword = "${pw()}"\n\n[server]\nport = 8080\n`, "TOML [database] password");
pos(`[smtp]\nserver = smtp.mail.example\nport = 587\nlogin = notifier@example.org\npassword = ${pw()}\n`, "INI smtp password");
pos(`spring.datasource.url=jdbc:mysql://db:3306/orders\nspring.datasource.username=orders\nspring.datasource.password=${pw()}\nspring.jpa.hibernate.ddl-auto=validate\n`, "Java properties datasource password");
pos(`# .env\nNODE_ENV=production\nDATABASE_URL=postgres://app:${o(24)}@db.internal:5432/app\nSESSION_SECRET=${o(48)}\nPORT=3000\n`, ".env with URL creds and SESSION_SECRET");
pos(JSON.stringify({ service: "billing", integrations: { payments: { merchant_id: "M-3321", signing_secret: o(40) } } }, null, 2), "JSON nested signing_secret");
pos(JSON.stringify({ type: "service_account", project_id: "acme-prod-2291", private_key_id: g.hex(40), private_key: g.tok.pemRsa(4).replace("RSA ", "") + "\n", client_email: "deployer@acme-prod-2291.iam.gserviceaccount.com", client_id: g.s(21, "0123456789") }, null, 2), "GCP service account JSON");
pos(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\nstringData:\n  username: admin\n  password: ${pw()}\n`, "k8s Secret stringData");
pos(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  token: ${Buffer.from(o(40)).toString("base64")}\n`, "k8s Secret data (base64 value)");
pos(`version: "3.9"\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${pw()}\n`, "docker-compose env password");
pos(`[default]\naws_access_key_id = ${g.tok.awsId()}\naws_secret_access_key = ${g.tok.awsSecret()}\nregion = us-east-2\n`, "~/.aws/credentials");
pos(`//registry.npmjs.org/:_authToken=${o(36)}\nalways-auth=true\n`, ".npmrc _authToken opaque value");
pos(`<?xml version="1.0"?>\n<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>${pw()}</password>\n    </server>\n  </servers>\n</settings>\n`, "Maven settings.xml password");
pos(`machine api.heroku.example\n  login ops@example.org\n  password ${o(36)}\n`, ".netrc password");
pos(`{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:sql01.database.windows.net,1433;Database=crm;User ID=crmapp;Password=${pw()};Encrypt=True;"\n  }\n}`, "appsettings.json connection string");
pos(`[client]\nuser=backup\npassword=${pw()}\nhost=127.0.0.1\n`, "my.cnf client password");
pos(`terraform {\n  backend "s3" {}\n}\nprovider "datadog" {\n  api_key = "${g.hex(32)}"\n  app_key = "${g.hex(40)}"\n}\n`, "Terraform HCL datadog keys");
pos(wrap(".env.local", `NEXT_PUBLIC_SITE=https://acme.example\nAUTH_SECRET=${o(44, B64)}\nSMTP_PASS=${pw()}\n`), ".env.local in prompt JSON");
pos(`credentials:\n  primary:\n    vendor: internal-ledger\n    keys:\n      - id: k1\n        value: ${o(40)}\n`, "deep YAML list credentials.keys[].value");
pos(`[[registries]]\nname = "private"\nindex = "https://cargo.internal.example/index"\ntoken = "${o(32)}"\n`, "TOML array-of-tables token");
pos(`ldap.bind.dn=cn=svc-ldap,ou=services,dc=corp,dc=example\nldap.bind.credential=${pw()}\n`, "properties ldap bind credential");

// ---- benign
neg(`database:\n  host: db.prod.internal\n  port: 5432\n  user: app\n  password: \${DB_PASSWORD}\n`, "YAML env ref");
neg(`production:\n  adapter: postgresql\n  database: shop\n  username: shop\n  password: <%= ENV["SHOP_DB_PASSWORD"] %>\n`, "ERB env ref");
neg(`[database]\nhost = "localhost"\nuser = "dev"\npassword = ""\n`, "TOML empty password");
neg(`[smtp]\nserver = localhost\nport = 1025\nlogin =\npassword =\n`, "INI blank password (mailhog)");
neg(`spring.datasource.url=jdbc:h2:mem:testdb\nspring.datasource.username=sa\nspring.datasource.password=\nspring.h2.console.enabled=true\n`, "H2 default sa/empty");
neg(`# .env.example\nNODE_ENV=development\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSESSION_SECRET=change-me\nPORT=3000\n`, ".env.example placeholders");
neg(JSON.stringify({ service: "billing", integrations: { payments: { merchant_id: "M-3321", signing_secret: "{{ .Values.payments.signingSecret }}" } } }, null, 2), "Helm template ref");
neg(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\nstringData:\n  username: admin\n  password: REPLACE_WITH_REAL_PASSWORD\n`, "k8s Secret placeholder");
neg(`version: "3.9"\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./db_password.txt\n`, "docker secrets file ref");
neg(`[default]\nregion = us-east-2\noutput = json\ncredential_process = /usr/local/bin/aws-vault exec prod --json\n`, "aws config credential_process");
neg(`//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n`, ".npmrc env ref");
neg(`<server>\n  <id>releases</id>\n  <username>\${env.MVN_USER}</username>\n  <password>\${env.MVN_PASS}</password>\n</server>\n`, "Maven env refs");
neg(`db:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n    ${g.hex(64)}\n    ${g.hex(64)}\n`, "Ansible vault ciphertext (encrypted)");
neg(`provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n}\n`, "Terraform var refs");
neg(`password:\n  min_length: 12\n  require_uppercase: true\n  history: 5\nsession:\n  ttl: 3600\n  cookie_name: sid\n`, "password policy YAML");
neg(`{\n  "ConnectionStrings": {\n    "Default": "Server=(localdb)\\\\mssqllocaldb;Database=crm;Trusted_Connection=True;"\n  }\n}`, "integrated auth connection string");
neg(`[tool.poetry]\nname = "ledger"\nversion = "0.4.1"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nkeyring = "^24.3"\npasslib = "^1.7"\n`, "pyproject with keyring/passlib deps");
neg(`secrets:\n  DB_PASSWORD: \${{ secrets.DB_PASSWORD }}\n  API_TOKEN: \${{ secrets.API_TOKEN }}\n`, "GitHub Actions secrets refs");
neg(`spring.datasource.password=\${vault:secret/data/orders#password}\nspring.cloud.vault.token=\${VAULT_TOKEN}\n`, "vault placeholders");
neg(`lockfileVersion: '9.0'\npackages:\n  /jsonwebtoken@9.0.2:\n    resolution: {integrity: sha512-${g.s(86, B64)}==}\n`, "pnpm lockfile integrity");
neg(`[credentials]\nhelper = osxkeychain\n[user]\nname = Dana\nemail = dana@example.org\n`, "gitconfig credential helper");

export { cases };
