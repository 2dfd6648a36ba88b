// Handcrafted credential files and less common carriers (CLI args, URLs with userinfo, cookies,
// GraphQL variables, URL fragments, MCP client config, CSV exports, prose handovers).
import type { CorpusCase } from "../types.ts";
import { Gen, b64of, j, mk } from "./_gen.ts";

const g = new Gen(0x123f1);
const cases: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof mk>[0], text: string, note: string) => {
  n++;
  cases.push(mk(group, `y123-f-${String(n).padStart(3, "0")}`, text, note));
};
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 99), result: { content: [{ type: "text", text }] } });
const akid = (p: string) => j(p, g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));

// 1 ~/.aws/credentials with two profiles
add("cloud", mcp(`$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${akid("AKIA")}\naws_secret_access_key = ${g.b64(40)}\n\n[billing-ro]\naws_access_key_id = ${akid("AKIA")}\naws_secret_access_key = ${g.b64(40)}\nregion = us-east-1\n`), "AWS access key pairs; slot: ~/.aws/credentials profiles; context: MCP result of cat");
// 2 .netrc
add("devtools", `machine api.heroku.example.com\n  login ops@example.com\n  password ${j("HRKU", "-AA", g.b64u(58))}\nmachine git.heroku.example.com\n  login ops@example.com\n  password ${j("HRKU", "-AA", g.b64u(58))}\n`, "Heroku API key; slot: .netrc password; context: .netrc file as payload");
// 3 .pgpass
add("data", chat(`psql ignores my .pgpass, permissions are 0600. Contents:\n\ndb-prod.example.com:5432:orders:orders_app:${g.pw(22)}\nreplica.example.com:5432:*:readonly:${g.pw(16)}\n`), "PostgreSQL passwords; slot: .pgpass 5th field; context: chat body");
// 4 .npmrc
add("devtools", `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.a(36))}\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\nalways-auth=true\n`, "GitHub Packages PAT + npm token; slot: .npmrc _authToken; context: .npmrc file");
// 5 .pypirc
add("devtools", `[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ${j("pypi-", "AgEIcHlwaS5vcmc", g.b64u(150))}\n\n[internal]\nrepository = https://pypi.example.com/simple/\nusername = deploy\npassword = ${g.pw(20)}\n`, "PyPI API token + private index password; slot: .pypirc password; context: .pypirc file");
// 6 docker config.json
add("devtools", JSON.stringify({ auths: { "ghcr.io": { auth: b64of(`acme-ci:${j("gh", "p_", g.a(36))}`) }, "registry.example.com": { auth: b64of(`robot$ci:${g.a(32)}`) } }, credsStore: "" }, null, 2), "registry credentials base64 user:token; slot: auths[].auth; context: ~/.docker/config.json");
// 7 .git-credentials
add("devtools", mcp(`$ cat ~/.git-credentials\nhttps://oauth2:${j("gl", "pat-", g.b64u(20))}@gitlab.example.com\nhttps://ci-bot:${j("AT", "BB", g.a(28), g.H(8))}@bitbucket.example.org\n`), "GitLab PAT + Bitbucket app password; slot: URL userinfo in .git-credentials; context: MCP result");
// 8 gh hosts.yml
add("devtools", `github.com:\n    users:\n        octo-dev:\n            oauth_token: ${j("gh", "o_", g.a(36))}\n    git_protocol: https\n    oauth_token: ${j("gh", "o_", g.a(36))}\n    user: octo-dev\n`, "GitHub OAuth token; slot: oauth_token; context: ~/.config/gh/hosts.yml");
// 9 gcloud ADC authorized_user
add("auth", chat(`Vertex calls fail with "Reauthentication failed". Here's application_default_credentials.json:\n${JSON.stringify({ account: "", client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, client_secret: j("GOC", "SPX-", g.b64u(28)), quota_project_id: "acme-data", refresh_token: j("1/", "/0", g.b64u(101)), type: "authorized_user", universe_domain: "googleapis.com" }, null, 2)}`), "Google OAuth refresh token + client secret; slot: application_default_credentials.json; context: chat body");
// 10 .terraformrc
add("devtools", `plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n\ncredentials "app.terraform.io" {\n  token = "${j(g.a(14), ".atlas", "v1.", g.a(67))}"\n}\n`, "Terraform Cloud token; slot: credentials block token; context: ~/.terraformrc");
// 11 cargo credentials.toml
add("devtools", `[registry]\ntoken = "${j("ci", "o", g.a(32))}"\n\n[registries.internal]\ntoken = "Bearer ${g.b64u(40)}"\n`, "crates.io + private registry tokens; slot: [registry] token; context: ~/.cargo/credentials.toml");
// 12 gem credentials
add("devtools", `---\n:rubygems_api_key: ${j("rubygems", "_", g.h(48))}\n:github: Bearer ${j("gh", "p_", g.a(36))}\n`, "RubyGems key + GitHub Packages token; slot: ~/.gem/credentials; context: YAML file");
// 13 Maven settings.xml
add("devtools", `<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>acme-release</username>\n      <password>${g.pw(24)}</password>\n    </server>\n    <server>\n      <id>artifactory</id>\n      <username>ci</username>\n      <password>${j("AKC", "p", g.a(69))}</password>\n    </server>\n  </servers>\n</settings>\n`, "Sonatype password + JFrog API key; slot: <server><password>; context: ~/.m2/settings.xml");
// 14 NuGet.Config
add("devtools", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="internal" value="https://nuget.example.com/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${g.a(52).toLowerCase()}" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n`, "Azure Artifacts PAT as feed password; slot: ClearTextPassword; context: NuGet.Config");
// 15 composer auth.json
add("devtools", JSON.stringify({ "http-basic": { "repo.example.com": { username: "acme", password: g.pw(20) } }, "github-oauth": { "github.com": j("gh", "p_", g.a(36)) }, bearer: { "packages.example.org": g.b64u(48) } }, null, 4), "Composer repo password + GitHub token + bearer; slot: auth.json; context: file content");
// 16 .yarnrc.yml
add("devtools", `nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAlwaysAuth: true\n    npmAuthToken: "${j("gh", "p_", g.a(36))}"\n`, "GitHub PAT; slot: npmAuthToken; context: .yarnrc.yml");
// 17 pip.conf with token in index-url
add("devtools", `[global]\ntimeout = 60\nindex-url = https://__token__:${g.b64u(40)}@pypi.example.com/simple/\nextra-index-url = https://pypi.example.org/simple\n`, "private index token in URL userinfo; slot: index-url; context: pip.conf");
// 18 my.cnf
add("data", `[client]\nuser=root\npassword=${g.pw(20)}\nhost=mysql.example.net\n\n[mysqldump]\nsingle-transaction\n`, "MySQL root password; slot: [client] password; context: ~/.my.cnf");
// 19 redis.conf
add("data", chat(`Sentinel can't failover, here's the relevant part of redis.conf:\n\nbind 0.0.0.0\nport 6379\nrequirepass ${g.a(40)}\nmasterauth ${g.a(40)}\nappendonly yes\n`), "Redis requirepass/masterauth; slot: redis.conf; context: chat body");
// 20 wp-config.php
add("auth", `<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '${g.pw(20)}' );\ndefine( 'DB_HOST', 'db.example.com' );\n\ndefine( 'AUTH_KEY',         '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+[]{};:<>,.?|~")}' );\ndefine( 'SECURE_AUTH_KEY',  '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+[]{};:<>,.?|~")}' );\n$table_prefix = 'wp_';\n`, "WordPress DB password + auth salts; slot: DB_PASSWORD / AUTH_KEY; context: wp-config.php");
// 21 s3cfg
add("cloud", `[default]\naccess_key = ${akid("AKIA")}\nsecret_key = ${g.b64(40)}\nhost_base = s3.example.com\nuse_https = True\n`, "AWS key pair; slot: access_key/secret_key; context: ~/.s3cfg");
// 22 rclone.conf (S3-compatible)
add("cloud", `[spaces]\ntype = s3\nprovider = DigitalOcean\naccess_key_id = DO00${g.up(16)}\nsecret_access_key = ${g.b64(43)}\nendpoint = fra1.digitaloceanspaces.example.com\n`, "DigitalOcean Spaces key pair; slot: secret_access_key; context: rclone.conf");
// 23 Postman environment export
add("payment", JSON.stringify({ id: g.uuid(), name: "Shopify prod", values: [{ key: "shop", value: "acme-store", type: "default", enabled: true }, { key: "accessToken", value: j("shp", "at_", g.h(32)), type: "secret", enabled: true }], _postman_variable_scope: "environment" }, null, 2), "Shopify Admin token; slot: Postman env value type secret; context: Postman environment export");
// 24 MCP client config (claude_desktop_config.json)
add("devtools", chat(`The github MCP server won't start in Claude Desktop. My config:\n${JSON.stringify({ mcpServers: { github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"], env: { GITHUB_PERSONAL_ACCESS_TOKEN: j("github", "_pat_", "11B", g.up(19), "_", g.a(59)) } }, postgres: { command: "npx", args: ["-y", "@modelcontextprotocol/server-postgres", j("postgresql://mcp:", g.pw(16), "@db.example.com/analytics")] } } }, null, 2)}`), "GitHub fine-grained PAT + Postgres password in args; slot: mcpServers env/args; context: chat body with MCP client config");
// 25 VS Code launch.json
add("payment", `{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "API",\n      "program": "\${workspaceFolder}/src/server.ts",\n      "env": {\n        "STRIPE_SECRET_KEY": "${j("sk", "_live_", "51", g.a(97))}",\n        "PORT": "4000"\n      }\n    }\n  ]\n}\n`, "Stripe live secret key; slot: launch.json env; context: VS Code debug config");
// 26 AWS credentials CSV export
add("cloud", `User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,,${akid("AKIA")},${g.b64(40)},https://123456789012.signin.example.com/console\n`, "AWS key pair; slot: credentials.csv columns; context: IAM CSV export");
// 27 Ansible inventory
add("auth", `[web]\nweb1.example.com\nweb2.example.com\n\n[web:vars]\nansible_user=deploy\nansible_password=${g.pw(18)}\nansible_become_password=${g.pw(18)}\n`, "SSH + sudo passwords; slot: ansible_password / ansible_become_password; context: Ansible INI inventory");
// 28 crontab with curl -u
add("auth", `# m h dom mon dow command\n*/15 * * * * curl -fsS -u metrics:${g.pw(20)} https://push.example.com/metrics/job/backup >/dev/null\n0 3 * * * /usr/local/bin/backup.sh\n`, "basic-auth password; slot: curl -u user:pass; context: crontab");
// 29 session cookie on a replayed request
add("auth", `GET /api/admin/users HTTP/1.1\r\nHost: app.example.com\r\nAccept: application/json\r\nCookie: theme=dark; connect.sid=s%3A${g.b64u(32)}.${g.b64(43)}; _ga=GA1.1.${g.d(9)}.${g.d(10)}\r\n\r\n`, "Express session id (signed); slot: Cookie connect.sid; context: raw HTTP request");
// 30 GraphQL login mutation variables
add("auth", JSON.stringify({ operationName: "Login", query: "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }", variables: { email: "admin@example.com", password: g.pw(16) } }), "account password; slot: GraphQL variables.password; context: GraphQL request body");
// 31 OAuth implicit fragment
add("auth", `Redirected to https://app.example.com/oauth/callback#access_token=${j("ya", "29.", g.b64u(150))}&token_type=Bearer&expires_in=3599&scope=openid%20email — the SPA still shows "not signed in", why?`, "Google OAuth access token; slot: URL fragment access_token; context: user prose with redirect URL");
// 32 grpcurl with metadata
add("ai", `grpcurl -H "authorization: Bearer ${j("sk-", "proj-", g.b64u(58), "T3Blbk", "FJ", g.b64u(58))}" -d '{"model":"text-embedding-3-small"}' gateway.example.com:443 embeddings.v1.Embeddings/Create`, "OpenAI project key; slot: grpc authorization metadata; context: grpcurl command");
// 33 SMTP URL
add("comms", `# config/mailer.env\nEMAIL_URL=smtps://apikey:${j("SG", ".", g.b64u(22), ".", g.b64u(43))}@smtp.sendgrid.example.net:465\nDEFAULT_FROM_EMAIL=noreply@example.com\n`, "SendGrid key as SMTP password; slot: EMAIL_URL userinfo; context: env file");
// 34 JDBC URL with password param
add("data", `spring.datasource.url=jdbc:postgresql://db.example.com:5432/orders?user=orders&password=${g.pw(18)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`, "Postgres password; slot: JDBC URL password param; context: application.properties");
// 35 appsettings.json connection strings
add("data", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Orders: j("Server=tcp:sql.example.com,1433;Database=orders;User Id=app;Password=", g.pw(18), ";TrustServerCertificate=True"), Cache: j("cache.example.com:6380,password=", g.a(44), ",ssl=True,abortConnect=False") } }, null, 2), "SQL Server + Redis passwords; slot: ConnectionStrings; context: appsettings.json");
// 36 git remote with app password
add("devtools", JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", content: null, tool_calls: [{ id: j("call_", g.a(24)), type: "function", function: { name: "run", arguments: JSON.stringify({ cmd: `git remote set-url origin https://ci-bot:${j("AT", "BB", g.a(28), g.H(8))}@bitbucket.example.org/acme/orders.git && git push origin HEAD` }) } }] }] }), "Bitbucket app password; slot: git remote URL userinfo; context: OpenAI tool_calls");
// 37 HTTPS_PROXY with credentials
add("auth", `export HTTPS_PROXY=http://svc-build:${g.pw(16)}@proxy.corp.example.com:3128\nexport NO_PROXY=localhost,127.0.0.1,.example.com\nnpm ci\n`, "proxy password; slot: HTTPS_PROXY userinfo; context: shell script");
// 38 docker login in CI log
add("devtools", `2025-03-11T08:14:02.5512Z + echo "=> logging in"\n2025-03-11T08:14:02.5531Z + docker login -u acmebuild -p ${j("dck", "r_pat_", g.b64u(27))} docker.io\n2025-03-11T08:14:03.9012Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n2025-03-11T08:14:04.2240Z Login Succeeded\n`, "Docker Hub PAT; slot: docker login -p; context: CI log with set -x");
// 39 mysql -p in shell history
add("data", `  512  ssh bastion.example.com\n  513  mysql -h mysql.example.net -u admin -p${g.pw(16)} shop\n  514  exit\n`, "MySQL password; slot: mysql -p<password> argument; context: shell history");
// 40 Salesforce username-password flow
add("saas", `POST /services/oauth2/token HTTP/1.1\r\nHost: login.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=password&client_id=${j("3MVG9", g.b64u(80))}&client_secret=${g.H(64)}&username=integration%40example.com&password=${encodeURIComponent(g.pw(14) + g.a(25))}`, "Salesforce consumer secret + password+security token; slot: OAuth password grant form; context: raw HTTP form body");
// 41 LDAP bind password (sssd.conf)
add("auth", `[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://ldap.example.com\nldap_default_bind_dn = cn=svc-sssd,ou=svc,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = ${g.pw(20)}\n`, "LDAP bind password; slot: ldap_default_authtok; context: sssd.conf");
// 42 grafana.ini
add("observability", `[security]\nadmin_user = admin\nadmin_password = ${g.pw(18)}\nsecret_key = ${g.a(32)}\n\n[server]\nroot_url = https://grafana.example.com\n`, "Grafana admin password + secret_key; slot: [security]; context: grafana.ini");
// 43 Prometheus remote_write basic auth
add("observability", `remote_write:\n  - url: https://prometheus-prod-24.grafana.example.net/api/prom/push\n    basic_auth:\n      username: "${g.d(7)}"\n      password: "${j("gl", "c_", g.b64(120), "==")}"\n`, "Grafana Cloud token as remote_write password; slot: basic_auth.password; context: prometheus.yml");
// 44 OTel collector exporter headers
add("observability", `exporters:\n  otlphttp/honeycomb:\n    endpoint: https://api.honeycomb.example.com\n    headers:\n      x-honeycomb-team: ${j("hc", "aik_", g.lo(58))}\n  otlp/newrelic:\n    endpoint: otlp.nr-data.example.net:4317\n    headers:\n      api-key: ${j(g.h(36), "NR", "AL")}\n`, "Honeycomb ingest key + New Relic license key; slot: exporter headers; context: OTel collector config");
// 45 PagerDuty Events v2 payload
add("observability", JSON.stringify({ routing_key: g.h(32), event_action: "trigger", payload: { summary: "orders-api p99 > 2s", source: "orders-api-7d9f", severity: "critical" } }), "PagerDuty integration routing key; slot: routing_key; context: Events API v2 body");
// 46 Spanish prose handover of a DB password
add("data", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `Conéctate a la base de producción (db-prod.example.com, usuario reporting) y sácame las ventas de ayer. La contraseña es ${g.pw(14)} — no la guardes en ningún sitio.` }] }), "Postgres password; slot: prose 'la contraseña es'; context: Anthropic body, Spanish");
// 47 German prose handover of a Slack bot token
add("comms", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Bau mir einen kleinen Bot, der Deploy-Meldungen in #releases postet. Token: ${j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24))}` }] }), "Slack bot token; slot: prose 'Token:'; context: chat body, German");
// 48 Helm repo add with password
add("devtools", `helm repo add acme https://charts.example.com --username ci --password ${g.a(32)}\nhelm upgrade --install orders acme/orders -n prod\n`, "Helm repo password; slot: --password flag; context: shell commands");
// 49 Keycloak admin password in compose (French prose)
add("auth", JSON.stringify({ model: "mistral-large-latest", messages: [{ role: "user", content: `Keycloak refuse la connexion admin après la mise à jour, voici mon compose :\n\nservices:\n  keycloak:\n    image: registry.example.com/keycloak/keycloak:25.0\n    command: start\n    environment:\n      KC_BOOTSTRAP_ADMIN_USERNAME: admin\n      KC_BOOTSTRAP_ADMIN_PASSWORD: ${g.pw(18)}\n      KC_DB_PASSWORD: ${g.pw(18)}\n` }] }), "Keycloak admin + DB passwords; slot: compose environment; context: Mistral chat body, French");
// 50 Telegram bot token in request path
add("comms", `curl -s "https://api.telegram.example.org/bot${j(g.d(10), ":AA", g.b64u(33))}/sendMessage" -d chat_id=${g.d(9)} -d text="deploy finished"`, "Telegram bot token; slot: URL path /bot<token>/; context: curl command");

export { cases };
