// Round nineteen (named secret slots, after held-out Y2), written for this project corpus in other
// contexts and wordings than Y2's: assignment syntaxes of more languages (R `<-` / `<<-`, Make
// `?=`, a long base64 literal declared in source), password elements with a namespace prefix or
// attributes, client password flags on command lines (redis-cli -a, ldapsearch -w, sqlcmd -P,
// keytool -storepass, mongodump -p, 7z -p, mosquitto_sub -P, zip -P), names
// that say secret in other words (salt, psw, merchant/security key, app certificate, private
// client id) with short values, hex in dashed groups longer than a UUID, a UUID under a bare
// "token" whose comment calls it a credential, random letters of both cases.
// Elixir module attributes and Apache SetEnv (a quoted value after a blank), an XML appSettings
// merchant key.
// Look-alikes: ports after -P, variables after password flags, KDF salts beside an IV, digests
// and fingerprints of certificates, ARNs naming a secret, a key's display prefix next to its hash
// in an SQL row, identifiers, PasswordDigest, R calls.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x19510d);
const b = builder({ category: "r19-slot", expect: "secrets" });
const bb = builder({ category: "r19-slot-benign", expect: "secrets" });

/** Mixed letters and digits with one symbol, as a gateway's short merchant key. */
const shortKey = (n: number) => r.str(2, ALNUM.slice(0, 26)) + r.str(2, "0123456789") + r.str(n - 5, ALNUM) + r.pick(["#", "&", "@", "!"]);
/** Letters of both cases at random, no digit. */
const letters = (n: number) => { let s = ""; while (s.length < n) s += r.pick(["Q", "x", "Z", "k", "W", "p", "R", "m", "T", "v", "B", "n", "J", "d"]); return s; };

// ---- Assignment syntaxes
b.pos("r19-r-assign", "R `<-` assignment of a password in an analysis script", `library(DBI)\nwarehouse_password <- "${r.alnum(18)}"\ncon <- dbConnect(RPostgres::Postgres(), password = warehouse_password)`);
b.pos("r19-r-superassign", "R `<<-` assignment of an API token inside a function", `init <- function() {\n  .reporting_api_token <<- '${r.alnum(36)}'\n}`);
b.pos("r19-make-conditional", "Makefile `?=` default of a deploy token", `DEPLOY_TOKEN ?= ${r.alnum(40)}\n\nrelease:\n\t./deploy.sh --token "$(DEPLOY_TOKEN)"`);
b.pos("r19-lua-long-b64", "Lua module declaring a long base64 service token", `local Config = {}\nlocal SERVICE_TOKEN = "${r.b64bytes(180)}"\nConfig.token = SERVICE_TOKEN\nreturn Config`);
b.pos("r19-java-long-b64", "Java constant holding a long base64 API key", `public final class Keys {\n    private static final String API_KEY = "${r.b64bytes(150)}";\n}`);

b.pos("r19-elixir-attribute", "an Elixir module attribute holding an API token", `defmodule Billing.Client do\n  @api_token "${r.alnum(12)}7${r.alnum(6)}"\n  def headers, do: [{"authorization", "Bearer " <> @api_token}]\nend`);
b.pos("r19-apache-setenv", "Apache SetEnv with a quoted secret key", `<VirtualHost *:443>\n  SetEnv PAYMENT_SECRET_KEY "${r.alnum(15)}4${r.alnum(4)}"\n</VirtualHost>`);
// ---- XML elements with a prefix or attributes
b.pos("r19-xml-soap-ns-password", "SOAP body with a prefixed password element carrying xsi:type", `<soapenv:Body>\n  <ns2:login>\n    <ns2:username xsi:type="xsd:string">svc-billing</ns2:username>\n    <ns2:password xsi:type="xsd:string">${r.alnum(14)}!9</ns2:password>\n  </ns2:login>\n</soapenv:Body>`);
b.pos("r19-xml-secret-attr", "an element with an attribute holding a client secret", `<oauth>\n  <client_secret encoding="plain">${r.alnum(30)}</client_secret>\n</oauth>`);

b.pos("r19-xml-add-merchant-key", "a .NET appSettings entry for a merchant key", `<appSettings>\n  <add key="Gateway.MerchantKey" value="${r.alnum(5)}8${r.alnum(6)}" />\n</appSettings>`);
// ---- Client password flags
b.pos("r19-cli-redis-a", "redis-cli -a with a password in a shell tool call", JSON.stringify({ tool: "bash", input: { command: `redis-cli -h cache.internal -p 6380 -a ${r.alnum(20)} --no-auth-warning INFO keyspace` } }));
b.pos("r19-cli-ldap-w", "ldapsearch -w with a bind password", `ldapsearch -H ldaps://dir.corp.lan -D "cn=svc,dc=corp,dc=lan" -w '${r.alnum(12)}#7' -b "dc=corp,dc=lan" "(uid=jdoe)"`);
b.pos("r19-cli-sqlcmd-P", "sqlcmd -P with the sa password in a README step", `Run the migration:\n\n    sqlcmd -S tcp:db01,1433 -U sa -P "${r.alnum(16)}" -i migrate.sql`);
b.pos("r19-cli-keytool", "keytool -storepass with a keystore password", `keytool -importcert -alias upstream -file ca.crt -keystore truststore.jks -storepass ${r.alnum(14)} -noprompt`);
b.pos("r19-cli-mongodump", "mongodump -p with a backup user's password", `mongodump --host rs0/db1.lan:27017 -u backup -p ${r.alnum(17)} --authenticationDatabase admin --out /backups/nightly`);
b.pos("r19-cli-7z", "7z -p with the archive password glued to the flag", `7z a -t7z -p${r.alnum(13)} -mhe=on backup-2025.7z ./exports`);
b.pos("r19-cli-mosquitto-sub", "mosquitto_sub -P in a shell continuation", `mosquitto_sub -h broker.iot.lan -p 8883 --cafile ca.pem \\\n  -u gateway-07 -P "${r.alnum(22)}" -t 'plant/+/temp'`);
b.pos("r19-cli-zip-P", "zip -P encrypting an export with a password", `zip -r -P ${r.alnum(12)}9 payroll-export.zip ./payroll/2025-06`);

// ---- Names that say secret in other words
b.pos("r19-psw-query", "psw= in an SMS gateway URL", `GET https://sms.gateway.lan/api/send?login=shop&psw=${r.alnum(14)}&to=15550001111&text=code`);
b.pos("r19-salt-key-yaml", "a payment salt key in YAML", `payments:\n  merchant_id: SHOP77\n  salt_key: ${r.uuid()}\n  salt_index: 2`);
b.pos("r19-merchant-salt-php", "a merchant salt in a PHP config array", `return [\n    'merchant_key' => '${r.alnum(8)}',\n    'merchant_salt' => '${r.alnum(32)}',\n];`);
b.pos("r19-merchant-key-short", "a 10-character merchant key in .env", `MERCHANT_ID=771203\nMERCHANT_KEY=${r.alnum(4)}7${r.alnum(5)}`);
b.pos("r19-merchant-key-symbol", "a merchant key with a symbol in a C# field", `private const string MerchantKey = "${shortKey(14)}";`);
b.pos("r19-security-key-header", "an X-Security-Key header of 12 characters", `curl -H "X-Security-Key: ${r.alnum(6)}4${r.alnum(5)}" https://api.fulfil.lan/v1/orders`);
b.pos("r19-app-certificate", "an RTC app certificate (32 hex) in a Go config struct", `cfg := rtc.Config{\n\tAppID:          "${r.hex(32)}",\n\tAppCertificate: "${r.hex(32)}",\n}`);
b.pos("r19-private-client-id", "a private client id header holding a hex key", `fetch(url, { headers: { "X-Private-Client-Id": "${r.hex(32)}" } })`);
b.pos("r19-dashed-hex-token", "hex in dashed groups longer than a UUID under a token name", `auth.token=${r.uuid()}-${r.hex(40)}`);
b.pos("r19-uuid-comment", "a UUID under a bare token key, the comment calls it an API token", `[client]\ntoken = "${r.uuid()}"  ; API token for the export job`.replace(";", "#"));
b.pos("r19-random-letters", "a letters-only secret of both cases in YAML", `oauth:\n  client_id: reports\n  client_secret: ${letters(14)}`);

// ---- Look-alikes
bb.ben("r19-cli-ports-and-vars", "-P as a port, password flags given variables or prompts", `mysql -h db -P 3306 -u app -p\nscp -P 2222 dump.sql ops@backup:/srv\nredis-cli -a "$REDIS_PASSWORD" ping\nsqlcmd -S db -U sa -P "$SA_PASSWORD" -Q "SELECT 1"\ndocker login --password-stdin -u ci < token.txt\nkeytool -list -keystore cacerts -storepass changeit\nopenssl req -new -key key.pem -keyform PEM -out req.csr\nmongosh "mongodb://db" -u admin -p --authenticationDatabase admin`);
bb.ben("r19-kdf-salt", "a KDF salt beside its IV and parameters", JSON.stringify({ cipher: "aes-256-gcm", iv: r.b64bytes(12), salt: r.b64bytes(16), kdf: "scrypt", n: 32768, r: 8, p: 1 }));
bb.ben("r19-salt-settings", "salt rounds and lengths", `BCRYPT_SALT_ROUNDS=12\nSALT_LENGTH=16\nconst saltRounds = 10;`);
bb.ben("r19-cert-digests", "certificate fingerprints, public certificates and private network ids", `certificate_sha1: ${r.hex(40).toUpperCase()}\ncertificate_fingerprint: ${r.hex(32)}\npublicCertificate: "${r.hex(32)}"\nprivateEndpointId: ${r.hex(32)}`);
bb.ben("r19-arn-secret", "an IAM policy naming a secret by ARN", JSON.stringify({ Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: `arn:aws:secretsmanager:us-west-2:210987654321:secret:billing/db-creds-${r.alnum(6)}` }));
bb.ben("r19-sql-prefix-hash", "an SQL row with a key's display prefix and its stored hash", `INSERT INTO keys (owner, prefix, sha256) VALUES (17, '${["rk", "_live_"].join("")}${r.alnum(4)}', '${r.hex(64)}');`);
bb.ben("r19-xml-digest", "a WS-Security PasswordDigest and a templated token element", `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${r.b64bytes(20)}</wsse:Password>\n<ns:token>{{ token }}</ns:token>`);
bb.ben("r19-quoted-after-space", "quoted words and templates after a slot name and a blank", `Set the token "{{ api_token }}" in the form.\nSetEnv API_KEY "\${API_KEY}"\n@api_token System.fetch_env!("API_TOKEN")`);
bb.ben("r19-r-calls", "R assignments from calls and the environment", `token <- get_token(client)\napi_key <- Sys.getenv("API_KEY")\nsecret <- keyring::key_get("svc")`);
bb.ben("r19-identifiers", "identifiers of both cases in slots", `password: PasswordInput\napi_key: XMLHttpRequest\nsecret_key = getSecretKey`);
bb.ben("r19-uuid-list-key", "a UUID under a bare key whose comment says what it indexes", `items:\n  - key: ${r.uuid()}  # list item key\n    label: Reports`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
