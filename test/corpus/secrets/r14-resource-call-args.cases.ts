// Round fourteen (issue 24, g1): credentials handed over as call arguments in other languages'
// idioms (Ruby `Foo::Client.new('…')`, Python `FooApi('…')` / `WebhookHandler('…')`, a client
// pointed at a URL with the key next), a (source, user, password) database() call, a password
// after a database CLI's `--password`, Dropbox short-lived and Octopus API key shapes, and values
// written into resources whose type says secret (Key Vault secret in Bicep/ARM/Terraform, AWS/GCP
// secret versions, a Kubernetes Secret's stringData). Benign: constructors with ids, regions and
// URLs, database() with a name only, `--password "$PW"` / `--password-file`, `sl.` identifiers,
// `API-` headings, Key Vault secrets whose value is a parameter or expression, stringData config.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, UPPER, DIGITS, B64, B64URL } from "./_gen.ts";

const r = new Rng(0x9e14c0de);
const b = builder({ category: "r14-resource-call-args", expect: "secrets" });
const bb = builder({ category: "r14-resource-call-args-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const letters = (n: number) => {
  for (;;) {
    const v = r.str(n, LOWER + UPPER);
    const up = v.replace(/[^A-Z]/g, "").length;
    let flips = 0;
    for (let i = 1; i < v.length; i++) if (/[A-Z]/.test(v[i]!) !== /[A-Z]/.test(v[i - 1]!)) flips++;
    if (up >= 0.3 * n && up <= 0.7 * n && flips >= n / 3) return v;
  }
};
const hex = (n: number) => r.str(n, HEX);
const upAlnum = (n: number) => {
  let v = r.str(n, UPPER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 4) v = r.str(n, UPPER + DIGITS);
  return v;
};
const b64 = (n: number) => r.str(n, B64);
const tool = (command: string) => JSON.stringify({ name: "bash", input: { command } });
const writeFile = (path: string, content: string) => JSON.stringify({ name: "write_file", input: { path, content } });

// ---- Client constructors in other idioms
b.pos("r14g1-ruby-client-new", "Ruby Foo::Client.new with the key", `require "smsgate"\nclient = SmsGate::Client.new('${mixed(30)}')\nclient.send(to: "+4915112345678")`);
b.pos("r14g1-ruby-rest-client-new", "Ruby Client.new in a chat paste", JSON.stringify({ messages: [{ role: "user", content: `why does this fail?\n\n  @api = Mailer::Client.new("${mixed(36)}")\n` }] }));
b.pos("r14g1-py-api-class", "Python FooApi('<base64>')", writeFile("bot.py", `from chatsdk import ChatBotApi\nbot = ChatBotApi('${b64(120)}=')\n`));
b.pos("r14g1-py-webhook-handler", "Python WebhookHandler('<hex32>')", `from msgsdk import WebhookHandler\nhandler = WebhookHandler('${hex(32)}')\n`);
b.pos("r14g1-kotlin-api-class", "Kotlin TasksAPI(\"…\")", `val api = TasksAPI("${mixed(40)}")\napi.list()`);
b.pos("r14g1-cs-url-then-key", "C# client pointed at a URL with the key second", `var endpoint = new DeployServerEndpoint("https://deploy.example-corp.io", "${mixed(18)}");\nvar repo = new DeployRepository(endpoint);`);
b.pos("r14g1-js-url-then-key", "JS constructor with URL then key", `const node = new SearchNode("https://search.acme-internal.net:9243", "${mixed(17)}");`);

// ---- (source, user, password) by position
b.pos("r14g1-matlab-database", "MATLAB database(source, user, password, …)", `conn = database("sales","reporter","${mixed(18)}","Vendor","MySQL","Server","db.internal");\ndata = fetch(conn, "SELECT 1");`);
b.pos("r14g1-matlab-database-ds", "MATLAB database with a data source name", tool(`matlab -batch "conn = database('PostgreSQL-Prod','etl_user','${mixed(22)}'); close(conn)"`));

// ---- --password on database CLIs, letters-only random passwords
b.pos("r14g1-clickhouse-password-letters", "clickhouse-client --password with random letters", tool(`clickhouse-client --host ch.internal --secure --user default --password '${letters(18)}' -q 'SELECT 1'`));
b.pos("r14g1-clickhouse-password-mixed", "clickhouse client --password mixed", `clickhouse client --user admin --password ${letters(20)} --query "SHOW TABLES"`);
b.pos("r14g1-cqlsh-password", "cqlsh --password", tool(`cqlsh cass.internal 9042 -u cassandra --password "${letters(20)}"`));
b.pos("r14g1-mongosh-password", "mongosh --password", `mongosh "mongodb://db.internal:27017" --username app --password '${letters(16)}'`);

// ---- Provider shapes
b.pos("r14g1-dropbox-sl-u", "Dropbox short-lived token with a kind letter", `dbx = dropbox.Dropbox("${"sl"}.u.${r.str(150, B64URL)}")`);
b.pos("r14g1-dropbox-log", "Dropbox short-lived token on a log line", `2026-03-02T10:11:12Z INFO refreshed dropbox session -> ${"sl"}.u.${r.str(138, B64URL)} (expires in 14400s)`);
b.pos("r14g1-octopus-27", "Octopus API key a character longer than documented", `$octo = New-Object Octopus.Client.OctopusServerEndpoint "https://octo.example.net", "${"API"}-${upAlnum(27)}"`);
b.pos("r14g1-octopus-28", "Octopus API key of 28 in a pasted note", JSON.stringify({ messages: [{ role: "user", content: `octo deploy failed, server https://octo.example.net, I used ${"API"}-${upAlnum(28)} from my profile` }] }));

// ---- Resource typed as a secret
b.pos("r14g1-bicep-kv-secret", "Bicep Key Vault secret with a literal", `resource s 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  parent: kv\n  name: 'sql-admin'\n  properties: {\n    value: '${mixed(24)}'\n    contentType: 'text/plain'\n  }\n}\n`);
b.pos("r14g1-arm-kv-secret", "ARM template Key Vault secret", JSON.stringify({ resources: [{ type: "Microsoft.KeyVault/vaults/secrets", apiVersion: "2023-07-01", name: "kv/api", properties: { value: b64(44) } }] }, null, 2));
b.pos("r14g1-tf-azurerm-kv-secret", "Terraform azurerm_key_vault_secret value", `resource "azurerm_key_vault_secret" "redis" {\n  name         = "redis-primary"\n  value        = "${mixed(32)}"\n  key_vault_id = azurerm_key_vault.main.id\n}\n`);
b.pos("r14g1-tf-azurerm-kv-secret-json", "Terraform Key Vault secret written by a tool call", writeFile("infra/kv.tf", `resource "azurerm_key_vault_secret" "sb" {\n  name         = "servicebus"\n  key_vault_id = azurerm_key_vault.main.id\n  value        = "${b64(40)}="\n}\n`));
b.pos("r14g1-k8s-stringdata", "Kubernetes Secret stringData entry", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker\ntype: Opaque\nstringData:\n  QUEUE_URL: amqp://queue.internal:5672\n  SIGNING: ${mixed(40)}\n`);

// ---- Benign look-alikes
bb.ben("r14g1-b-ruby-client-new-region", "Ruby Client.new with a region", `s3 = Aws::S3::Client.new(region: 'eu-central-1')\nsqs = Queue::Client.new('eu-west-1')`);
bb.ben("r14g1-b-py-api-env", "Python FooApi(os.environ[…])", `bot = ChatBotApi(os.environ["CHANNEL_TOKEN"])\nhandler = WebhookHandler(os.getenv("CHANNEL_SECRET"))`);
bb.ben("r14g1-b-py-api-url", "Python FooApi with a URL", `api = StatsApi("https://stats.example.com/v2")\nparser = ArgumentParser("deploy-tool")`);
bb.ben("r14g1-b-cs-url-id", "C# constructor with URL and a name", `var endpoint = new DeployServerEndpoint("https://deploy.example-corp.io", "production-space");\nvar link = new Anchor("https://example.com/docs", "Getting started");`);
bb.ben("r14g1-b-lowercase-api-call", "a lower-case function ending in api(", `const res = await callApi("${mixed(24)}");`);
bb.ben("r14g1-b-matlab-database-one", "MATLAB database with a name only", `conn = database("warehouse");\nconn2 = database("PostgreSQL-Prod","","");`);
bb.ben("r14g1-b-matlab-database-vars", "MATLAB database with variables", `conn = database(dsn, user, getenv("DB_PASSWORD"));`);
bb.ben("r14g1-b-password-var", "--password from a variable", tool(`clickhouse-client --user default --password "$CH_PASSWORD" -q 'SELECT 1'`));
bb.ben("r14g1-b-password-file", "--password-file", tool(`clickhouse-client --user default --password-file /run/secrets/ch -q 'SELECT 1'`));
bb.ben("r14g1-b-password-word", "--password with a CamelCase word", `cqlsh -u cassandra --password "ChangeMePlease"\nmongosh --password 'Winter'`);
bb.ben("r14g1-b-sl-identifiers", "sl. identifiers in CSS and JS", `.sl.slider-track { width: 100% }\nconst v = sl.utils.getSliderValue(sl.state.current);\nimport * as sl from "./slider";`);
bb.ben("r14g1-b-api-headings", "API- headings", `## API-REFERENCE-OVERVIEW-AND-CONCEPTS\nSee API-GATEWAY-INTEGRATION-GUIDE for details.`);
bb.ben("r14g1-b-bicep-param", "Bicep Key Vault secret from a parameter", `@secure()\nparam sqlPassword string\n\nresource s 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  parent: kv\n  name: 'sql-admin'\n  properties: {\n    value: sqlPassword\n  }\n}\n`);
bb.ben("r14g1-b-bicep-expr", "Bicep Key Vault secret from an expression", `resource s 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: '\${kv.name}/storage'\n  properties: {\n    value: '\${sa.listKeys().keys[0].value}'\n  }\n}\n`);
bb.ben("r14g1-b-arm-param", "ARM Key Vault secret from parameters()", JSON.stringify({ resources: [{ type: "Microsoft.KeyVault/vaults/secrets", name: "kv/api", properties: { value: "[parameters('apiKey')]" } }] }, null, 2));
bb.ben("r14g1-b-tf-var", "Terraform secret from a variable", `resource "azurerm_key_vault_secret" "redis" {\n  name         = "redis-primary"\n  value        = var.redis_key\n  key_vault_id = azurerm_key_vault.main.id\n}\n`);
bb.ben("r14g1-b-k8s-stringdata-config", "Kubernetes Secret stringData holding config", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: cfg\nstringData:\n  LOG_LEVEL: debug\n  REGION: eu-central-1\n  ENDPOINT: https://api.internal.example.com/v1\n`);

export const cases = [...b.cases, ...bb.cases];
