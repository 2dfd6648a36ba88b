// Round twenty-four, third wave (held-out Y96/Y97 classes): where a slot's value begins and which
// slot names say secret. An escaped line break (`\n`, `\r\n` inside a JSON string or a repr) right
// after `NAME=` or `name:` is an EMPTY value, not the start of the next line; a table row (SQL
// insert, CSV) whose label cell names its value as public or as an id, a tag, a commit, a version,
// a digest or a fingerprint holds no credential; an AK/SK pair's secret key named `…_sk` / `…-sk`
// is read in a multipart part as in form, query, JSON and YAML slots. Benign: `sk` alone, surrogate
// keys (`customer_sk`) holding numbers, words ending in "sk" (task, desk).
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x24c510a5);
const b = builder({ category: "r24c-slots", expect: "secrets" });
const bb = builder({ category: "r24c-slots-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const ak = () => r.str(20, UPPER + DIGITS);
const toolWrite = (path: string, content: string) =>
  JSON.stringify({ type: "tool_use", id: "toolu_" + r.str(20, ALNUM), name: "write_file", input: { path, content } }, null, 2);
const mp = (boundary: string, parts: Array<[string, string]>, nl = "\r\n") =>
  parts.map(([n, v]) => `--${boundary}${nl}Content-Disposition: form-data; name="${n}"${nl}${nl}${v}${nl}`).join("") + `--${boundary}--${nl}`;
const insert = (label: string, v: string) =>
  `INSERT INTO service_credentials (id, org_id, provider, credential, updated_at)\nVALUES (${(100 + r.int(900))}, ${(1 + r.int(60))}, '${label}', '${v}', CURRENT_TIMESTAMP);\n`;

// ---- empty values before an escaped line break
bb.ben("r24c-empty-env-json", "tool_use write_file .env content: STRIPE_SECRET_KEY= empty before \\n",
  toolWrite("deploy/.env.staging", "SERVICE=checkout\nSTRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_URL=https://shop.example.com/hooks/stripe\nLOG_LEVEL=info\n"));
bb.ben("r24c-empty-env-crlf", "JSON-escaped CRLF .env: DB_PASSWORD= empty, next line a client id",
  JSON.stringify({ file: ".env", body: `DB_USER=app\r\nDB_PASSWORD=\r\nOAUTH_CLIENT_ID=${r.str(24, ALNUM)}\r\n` }));
bb.ben("r24c-empty-properties", "JSON-escaped Spring properties: datasource password empty",
  JSON.stringify({ content: "spring.datasource.username=svc\nspring.datasource.password=\nspring.datasource.url=jdbc:postgresql://db:5432/app\n" }));
bb.ben("r24c-empty-python-repr", "Python repr of a settings file: SECRET_KEY= empty",
  `>>> open('settings.env').read()\n'DEBUG=1\\nSECRET_KEY=\\nALLOWED_HOSTS=internal.example.org\\n'\n`);
bb.ben("r24c-empty-client-secret", "escaped .env: CLIENT_SECRET= empty, CLIENT_ID on the next line",
  JSON.stringify({ path: "auth/.env", content: `CLIENT_SECRET=\nCLIENT_ID=${r.str(22, ALNUM)}\nREDIRECT_URI=https://app.example.com/cb\n` }));
b.pos("r24c-env-json-password", "tool_use write_file .env content with a real DB_PASSWORD",
  toolWrite("config/.env", `APP_NAME=ledger\nDB_PASSWORD=${mixed(18)}\nDEBUG=false\n`));
b.pos("r24c-env-json-backslash", "JSON-escaped .env: a password holding a backslash",
  JSON.stringify({ content: `SMTP_PASSWORD=Kq\\\\${mixed(12)}\nSMTP_HOST=mail.example.com\n` }));

// ---- table rows whose label names the value as public or an identifier
bb.ben("r24c-sql-public-key-id", "SQL seed: provider 'Sentry DSN public key id', 40 hex",
  insert("Sentry DSN public key id", r.str(40, HEX)));
bb.ben("r24c-sql-image-tag", "SQL seed: provider 'Container image tag', branch-sha-build",
  insert("Container image tag", `release-${r.str(7, HEX)}-${r.str(10, DIGITS)}`));
bb.ben("r24c-sql-commit", "SQL seed: provider 'Deploy commit', 40 hex",
  insert("Deploy commit", r.str(40, HEX)));
bb.ben("r24c-sql-build-id", "SQL seed: provider 'Buildkite build id', mixed 24",
  insert("Buildkite build id", mixed(24)));
bb.ben("r24c-sql-version", "SQL seed: provider 'Helm chart version'",
  insert("Helm chart version", `v${(1 + r.int(9))}.${(0 + r.int(31))}.${(0 + r.int(10))}-${mixed(16)}`));
bb.ben("r24c-csv-checksum", "CSV export: provider column 'Artifact checksum'",
  `service,provider,token,notes\nbilling,Artifact checksum,${r.str(64, HEX)},nightly\nsearch,Artifact checksum,${r.str(64, HEX)},nightly\n`);
b.pos("r24c-sql-secret-key", "SQL seed: provider 'Stripe secret key', random 32",
  insert("Stripe secret key", mixed(32)));
b.pos("r24c-sql-auth-token", "SQL seed: provider 'Sentry auth token', 64 hex",
  insert("Sentry auth token", r.str(64, HEX)));
b.pos("r24c-sql-public-private", "SQL seed: label names a public/private key pair's secret half",
  insert("Mux public/private signing secret", mixed(32)));

// ---- an AK/SK pair's secret key named ..._sk in every slot
b.pos("r24c-mp-sk", "multipart form: parts obs_ak and obs_sk",
  mp("----FormBoundary" + r.str(16, ALNUM), [["bucket", "reports"], ["obs_ak", ak()], ["obs_sk", mixed(40)]]));
b.pos("r24c-mp-dash-sk", "multipart form (LF): part volc-sk",
  mp("xYz" + r.str(10, ALNUM), [["volc-ak", ak()], ["volc-sk", mixed(40)]], "\n"));
b.pos("r24c-mp-sk-headers", "multipart part huaweicloud_sdk_sk with a Content-Type header",
  `--b${r.str(12, ALNUM)}\r\nContent-Disposition: form-data; name="huaweicloud_sdk_sk"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${mixed(40)}\r\n--b--\r\n`);
b.pos("r24c-form-sk", "urlencoded form body: ncp_sk",
  `POST /v1/auth HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nncp_ak=${ak()}&ncp_sk=${mixed(40)}&region=KR`);
b.pos("r24c-json-camel-sk", "JSON config: huaweicloudSdkSk",
  `{\n  "huaweicloudSdkAk": "${ak()}",\n  "huaweicloudSdkSk": "${mixed(40)}"\n}\n`);
b.pos("r24c-yaml-dash-sk", "YAML: obs-sk under a storage block",
  `storage:\n  endpoint: obs.cn-north-4.myhuaweicloud.com\n  obs-ak: ${ak()}\n  obs-sk: ${mixed(40)}\n`);
bb.ben("r24c-mp-sk-alone", "multipart part named just sk holding a session-like value",
  mp("WebKit" + r.str(12, ALNUM), [["sk", mixed(40)], ["lang", "en"]]));
bb.ben("r24c-mp-surrogate-sk", "multipart upload: part customer_sk holding a number",
  mp("WebKit" + r.str(12, ALNUM), [["customer_sk", String((100000 + r.int(900000))) + r.str(30, DIGITS)]]));
bb.ben("r24c-mp-task", "multipart part named task holding a job slug",
  mp("WebKit" + r.str(12, ALNUM), [["task", "rebuild-search-index-" + r.str(20, DIGITS)]]));
bb.ben("r24c-json-surrogate-sk", "JSON warehouse row: date_sk and customer_sk numbers",
  `{"date_sk": 20240611, "customer_sk": ${r.str(18, DIGITS)}, "store_sk": 41}`);

export const cases = [...b.cases, ...bb.cases];
