// Round twenty, third wave (held-out Y45/Y47/Y48 class): value forms. A symbol-heavy generated
// password (Oracle's auth tokens) in a Dockerfile's `ENV`/`ARG NAME=…` line and as the value of .NET's
// `<add key="NAME" value="…" />`; an AK/SK pair written `AK:SK` under a name ending in SK; a .pgpass
// line after a CI log's timestamp. Benign: the same lines holding code, sizes, regions, a masked
// password, and secret-manager references (Azure Key Vault's `@Microsoft.KeyVault(…)`,
// `gcp-secret://`, `aws-secretsmanager:`). Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x20c3b5e1);
const b = builder({ category: "r20c-value-forms", expect: "secrets" });
const bb = builder({ category: "r20c-value-forms-benign" });

const SYMBOLS = "()#!*@";
/** A generated password of `n` with symbols: all four classes, 2+ symbols, no word-like letter run. */
const draw = (n: number) => {
  for (;;) {
    const v = r.str(n, ALNUM + SYMBOLS + SYMBOLS);
    const symbols = v.replace(/[A-Za-z0-9]/g, "").length;
    if (symbols >= 2 && symbols <= n / 4 && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !/[a-z]{4}|[A-Z]{4}|\w\(\)/.test(v)) return v;
  }
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const ak = () => r.str(20, UPPER + DIGITS);
const hex = (n: number) => r.str(n, "0123456789abcdef");

b.pos("r20c-docker-env-oci", "Dockerfile ENV OCI_AUTH_TOKEN=<symbol draw>", `FROM python:3.12-slim\nWORKDIR /srv\nENV OCI_AUTH_TOKEN=${draw(20)}\nCOPY . .\nCMD ["gunicorn", "app:app"]`);
b.pos("r20c-docker-arg-password", "Dockerfile ARG DB_PASSWORD=<symbol draw>", `FROM postgres:16\nARG DB_PASSWORD=${draw(24)}\nENV POSTGRES_PASSWORD=$DB_PASSWORD\n`);
b.pos("r20c-docker-env-indented", "Dockerfile multi-stage, indented ENV REDIS_PASSWORD=<draw>", `FROM golang:1.23 AS build\nRUN go build -o /bin/app ./cmd/app\nFROM gcr.io/distroless/base\n  ENV REDIS_PASSWORD=${draw(22)}\nCOPY --from=build /bin/app /app`);
b.pos("r20c-xml-add-oci", "web.config <add key=\"OCI_AUTH_TOKEN\" value=\"<draw>\" />", `<configuration>\n  <appSettings>\n    <add key="Region" value="eu-frankfurt-1" />\n    <add key="OCI_AUTH_TOKEN" value="${draw(21)}" />\n  </appSettings>\n</configuration>`);
b.pos("r20c-xml-add-smtp", "app.config <add key=\"SmtpPassword\" value=\"<draw>\"/>", `<appSettings>\n  <add key="SmtpHost" value="smtp.office365.com"/>\n  <add key="SmtpPassword" value="${draw(20)}"/>\n</appSettings>`);
b.pos("r20c-xml-add-gt", "<add key=\"ApiToken\" value=\"…>…\" /> with a > in the draw", `<add key="ApiToken" value="${draw(10)}>${draw(10)}" />`);
b.pos("r20c-hcl-aksk", "HCL data map HUAWEICLOUD_SDK_SK = \"AK:SK\"", `resource "kubernetes_secret" "obs" {\n  metadata { name = "obs-creds" }\n  data = {\n    HUAWEICLOUD_SDK_SK = "${ak()}:${mixed(40)}"\n  }\n}`);
b.pos("r20c-export-aksk", "shell export VOLCENGINE_SK=AK:SK", `# volcengine creds for the sync job\nexport VOLCENGINE_SK=${ak()}:${mixed(40)}\n./sync --bucket media`);
b.pos("r20c-yaml-aksk", "YAML obs_sk: \"AK:SK\"", `obs:\n  endpoint: obs.ap-southeast-1.myhuaweicloud.com\n  obs_sk: "${ak()}:${mixed(40)}"`);
b.pos("r20c-pgpass-ci-ts", "CI log: .pgpass line after an ISO timestamp", `2026-03-11T08:02:17Z + cat ~/.pgpass\n2026-03-11T08:02:17Z pg-replica.internal:5432:orders:orders_ro:${mixed(22)}\n2026-03-11T08:02:18Z + psql -h pg-replica.internal -U orders_ro orders`);
b.pos("r20c-pgpass-ts-frac", "log: pgpass line after a fractional-seconds timestamp", `2026-01-20T17:45:03.512Z 10.4.2.17:6432:*:billing:${mixed(18)}`);
b.pos("r20c-pgpass-ts-space", "log: pgpass line after a space-separated timestamp", `2026-01-20 17:45:03 analytics-db:5432:warehouse:etl:${mixed(20)}`);

bb.ben("r20c-docker-env-node-options", "Dockerfile ENV NODE_OPTIONS=--max-old-space-size=4096", `FROM node:22-alpine\nENV NODE_OPTIONS=--max-old-space-size=4096\nENV NODE_ENV=production\nCMD ["node", "server.js"]`);
bb.ben("r20c-docker-env-token-file", "Dockerfile ENV API_TOKEN_FILE=/run/secrets/api_token", `FROM alpine:3.20\nENV API_TOKEN_FILE=/run/secrets/api_token\nENV GITHUB_TOKEN=\${GITHUB_TOKEN}\nARG NPM_TOKEN`);
bb.ben("r20c-xml-add-timeout", "<add key=\"ConnectionTimeout\" value=\"(30)\"/>", `<appSettings>\n  <add key="ConnectionTimeout" value="(30)"/>\n  <add key="ApiTokenHeader" value="X-Api-Token" />\n</appSettings>`);
bb.ben("r20c-hcl-region", "HCL data map with REGION and an AK alone", `data = {\n  REGION = "eu-west-1"\n  HUAWEICLOUD_SDK_AK = "${ak()}"\n}`);
bb.ben("r20c-pgpass-masked-ts", "CI log: masked .pgpass line host:port:db:user:*", `2026-03-11T08:02:17Z + cat ~/.pgpass\n2026-03-11T08:02:17Z pg-replica.internal:5432:orders:orders_ro:*\n2026-03-11T08:02:17Z pg-replica.internal:5432:orders:orders_rw:********`);
bb.ben("r20c-keyvault-appsettings", "appsettings.json Key Vault references", `{\n  "ConnectionStrings": {\n    "Db": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/${hex(32)})"\n  },\n  "StripeSecret": "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=stripe-secret;SecretVersion=${hex(32)})"\n}`);
bb.ben("r20c-keyvault-yaml", "App Service settings YAML with a Key Vault reference", `appSettings:\n  API_SECRET: "@Microsoft.KeyVault(SecretUri=https://prod-kv.vault.azure.net/secrets/api-secret/)"`);
bb.ben("r20c-secret-manager-uris", "gcp-secret:// and aws-secretsmanager: references", `API_SECRET: gcp-secret://projects/acme/secrets/apikey/versions/3\nspring.datasource.password=aws-secretsmanager:/prod/db#password\nDB_PASSWORD: awssecretsmanager:prod/db/password`);
export const cases = [...b.cases, ...bb.cases];
