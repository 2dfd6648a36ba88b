// Named secret slots (headers, cookies, query, form, multipart), structured config files with
// nested keys, and provider tokens a few characters off their documented length.
import { Gen, builder, B64URL, ALNUM } from "./_gen.ts";

const g = new Gen(0x6a02);
const { cases, pos } = builder("slots", "secrets");
export { cases };

const S = "named-slots";
pos(S, `POST /v2/events HTTP/1.1\nHost: ingest.example.com\nContent-Type: application/json\nX-Api-Key: ${g.alnum(40)}\n\n{"event":"signup","user":"u_123"}`);
pos(S, `GET /internal/metrics HTTP/1.1\nHost: metrics.example.net\nAuthorization: Basic ${Buffer.from(`svc-metrics:${g.password(22)}`).toString("base64")}\n`);
pos(S, `Cookie: theme=dark; lang=en; session_id=${g.str(48, B64URL)}; _ga=GA1.2.1234.5678`);
pos(S, `Set-Cookie: auth_token=${g.jwt({ uid: 4481, scope: "admin", exp: 1799999999 })}; Path=/; HttpOnly; Secure`);
pos(S, `POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nusername=ops-admin&password=${encodeURIComponent(g.password(17))}&remember=1`);
pos(S, `--boundary42\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\n\r\na,b\r\n1,2\r\n--boundary42\r\nContent-Disposition: form-data; name="api_secret"\r\n\r\n${g.alnum(36)}\r\n--boundary42--`);
pos(S, `curl "https://api.example.com/v1/export?format=csv&access_token=${g.alnum(44)}&limit=500"`);
pos(S, `{"jsonrpc":"2.0","method":"connect","params":{"endpoint":"wss://feed.example.net","client_secret":"${g.str(40, B64URL)}"},"id":7}`);
pos(S, `X-Auth-Token: ${g.hex(64)}`);
pos(S, `Proxy-Authorization: Basic ${Buffer.from(`corp\\jdoe:${g.password(15)}`).toString("base64")}`);
pos(S, `wget --header="PRIVATE-TOKEN: ${g.gitlab()}" https://gitlab.example.com/api/v4/projects`);
pos(S, `fetch(url, { headers: { "Ocp-Apim-Subscription-Key": "${g.hex(32)}" } })`);

const F = "config-files";
pos(F, `# config/production.yml\nserver:\n  port: 8080\ndatabase:\n  host: pg-primary.internal\n  user: orders\n  password: "${g.password(24)}"\nqueue:\n  url: amqp://worker@mq.internal:5672\n`);
pos(F, `[database]\nhost = "10.1.2.3"\nport = 5432\n\n[database.credentials]\nusername = "analytics"\npassword = "${g.password(19)}"\n`);
pos(F, `; php.ini style\n[mail]\nsmtp_host=smtp.example.com\nsmtp_user=noreply@example.com\nsmtp_pass=${g.password(16)}\n`);
pos(F, `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=${g.password(21)}\nspring.jpa.hibernate.ddl-auto=validate\n`);
pos(F, `# .env.production\nNODE_ENV=production\nPORT=3000\nJWT_SECRET=${g.str(64, ALNUM)}\nSESSION_SECRET=${g.hex(48)}\nLOG_LEVEL=info\n`);
pos(F, JSON.stringify({ name: "billing", env: "prod", integrations: { payments: { provider: "adyen", apiKey: g.str(56, ALNUM + "+/"), merchantAccount: "AcmeECOM" } } }, null, 2));
pos(F, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-creds\ntype: Opaque\nstringData:\n  username: deploy\n  password: ${g.password(26)}\n`);
pos(F, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  OPENAI_API_KEY: ${Buffer.from(g.openai()).toString("base64")}\n`);
pos(F, `<?xml version="1.0"?>\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>ci</username>\n      <password>${g.password(20)}</password>\n    </server>\n  </servers>\n</settings>`);
pos(F, `terraform {\n  backend "s3" {}\n}\nprovider "aws" {\n  region     = "us-east-1"\n  access_key = "${g.awsId()}"\n  secret_key = "${g.awsSecret()}"\n}`);
pos(F, `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${g.password(22)}\n`);
pos(F, `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${g.github("p")}" }\n    }\n  }\n}`);
pos(F, `Host bastion\n  HostName 203.0.113.10\n  User ops\n# sshpass -p '${g.password(18)}' ssh bastion`);
pos(F, `machine api.heroku.com\n  login dana@example.com\n  password ${g.str(8, "0123456789abcdef")}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}\n`);
pos(F, `<add name="Main" connectionString="Server=tcp:acme.database.windows.net,1433;Database=crm;User ID=crmapp;Password=${g.password(20)};Encrypt=True;" />`);
pos(F, `[remote "origin"]\n\turl = https://x-access-token:${g.github("s")}@github.com/acme/web.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*`);
pos(F, `{"auths":{"registry.example.com":{"auth":"${Buffer.from(`robot$ci:${g.alnum(32)}`).toString("base64")}"}}}`);
pos(F, `wifi:\n  ssid: "Office-5G"\n  psk: "${g.password(20)}"\nmqtt:\n  broker: 192.168.10.5\n  token: ${g.str(40, ALNUM)}\n`);

// Tokens a few characters off the documented length, in places that clearly hold a credential.
const T = "length-off";
pos(T, `export GITHUB_TOKEN=ghp_${g.alnum(34)}`, "gh classic PAT, 2 chars short");
pos(T, `OPENAI_API_KEY=${["sk-", "proj-"].join("")}${g.str(150, B64URL)}`, "no T3BlbkFJ marker, odd length");
pos(T, `"stripe_secret": "${["sk", "_live_"].join("")}${g.alnum(22)}"`, "2 short of legacy 24");
pos(T, `aws_access_key_id=${["AK", "IA"].join("")}${g.str(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key=${g.str(40, ALNUM + "/+")}`, "key id one short, secret normal");
pos(T, `HF_TOKEN=${["h", "f_"].join("")}${g.str(37, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}`, "3 long");
pos(T, `npm config set //registry.npmjs.org/:_authToken ${["np", "m_"].join("")}${g.alnum(38)}`, "2 long");
pos(T, `slack_token: ${["xo", "xb-"].join("")}${g.digits(12)}-${g.digits(12)}-${g.alnum(23)}`, "segment lengths off");
pos(T, `ANTHROPIC_API_KEY=${["sk-", "ant-", "api03-"].join("")}${g.str(88, B64URL)}AA`, "body 5 short");
pos(T, `gitlab_token = "${["gl", "pat-"].join("")}${g.str(26, B64URL)}"`, "longer glpat");
pos(T, `GOOGLE_API_KEY=${["AI", "za"].join("")}${g.str(37, B64URL)}`, "2 long");
pos(T, `Authorization: token ${["gh", "p_"].join("")}${g.alnum(39)}`, "3 long");
pos(T, `LINEAR_API_KEY=${["lin", "_api_"].join("")}${g.alnum(38)}`, "2 short");
