// Round twenty-three, third wave (held-out Y87/Y88 classes).
// Positives: a long base64 token (160+ characters of random bytes, `+` and `/`) in an XML setting named for a
// token the client sends (web.config appSettings, a Spring property, a Java properties entry): the token, not
// ciphertext at rest; and keys whose prefix merely resembles an object id's (`re_`, `prod_`) still found.
// Benign: vendor object and request ids (`req_`, `chatcmpl-`, `msg_01`, `resp_`, `call_`) passed to a client or a
// setter; an Ethereum address in a SQL key/value row named as an address; addresses in a transaction log line whose
// hash is labelled `hash=`; a secret manager's path in a slot named for a secret; encrypted/sealed XML tokens.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, B64, HEX } from "./_gen.ts";

const r = new Rng(0x23c0ffee);
const b = builder({ category: "r23c-public-values", expect: "secrets" });
const bb = builder({ category: "r23c-public-values-benign" });

const blob = (n: number) => {
  let v = r.str(n, B64);
  while (!/[+/]/.test(v) || !/\d/.test(v)) v = r.str(n, B64);
  return v;
};
const alnum = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const addr = () => "0x" + r.str(40, HEX);
const txHash = () => "0x" + r.str(64, HEX);

// ---- Long base64 tokens in XML settings named for a sent token
b.pos("r23c-webconfig-bot-token", "web.config appSettings, a bot token of 176 base64 characters",
  `<configuration>\n  <appSettings>\n    <add key="Telegram:BotToken" value="${blob(176)}" />\n  </appSettings>\n</configuration>\n`);
b.pos("r23c-webconfig-env-token", "web.config appSettings, an env-style _TOKEN name, padded base64",
  `<appSettings>\n  <add key="Mode" value="live" />\n  <add key="MESSAGING_API_TOKEN" value="${blob(186)}==" />\n</appSettings>\n`);
b.pos("r23c-spring-access-token", "Spring bean property named accessToken, single-quoted",
  `<bean id="client" class="com.acme.Client">\n  <property name="channelAccessToken" value='${blob(204)}'/>\n</bean>\n`);
b.pos("r23c-java-props-entry-token", "Java XML properties entry for an auth token",
  `<properties>\n  <entry key="push.auth.token">${blob(168)}</entry>\n</properties>\n`);
b.pos("r23c-resend-ctor", "a Resend key passed to its client (re_ is an object id elsewhere, a key here)",
  `const resend = new ResendClient("re_${alnum(32)}");\n`);
b.pos("r23c-setter-prod-key", "a setter given a prod_-prefixed secret key",
  `$client->setApiSecret('prod_${alnum(30)}');\n`);
b.pos("r23c-webconfig-very-long-token", "web.config appSettings, a 360-character base64 token",
  `<appSettings>\n  <add key="Line:ChannelAccessToken" value="${blob(360)}" />\n</appSettings>\n`);
b.pos("r23c-dotnet-settings-password", ".NET applicationSettings, a password in the setting's value element",
  `<applicationSettings>\n  <Acme.Properties.Settings>\n    <setting name="SmtpPassword" serializeAs="String">\n      <value>${alnum(10)}#${r.str(4, "!$%&")}</value>\n    </setting>\n  </Acme.Properties.Settings>\n</applicationSettings>\n`);

bb.ben("r23c-dotnet-settings-endpoint", ".NET settings, a token endpoint URL and a password hint",
  `<setting name="TokenEndpoint" serializeAs="String">\n  <value>https://login.example.com/oauth2/v2.0/token</value>\n</setting>\n<setting name="PasswordHint" serializeAs="String">\n  <value>ask the on-call DBA</value>\n</setting>\n`);
bb.ben("r23c-webconfig-encrypted-token", "a name that says encrypted",
  `<appSettings>\n  <add key="EncryptedAccessToken" value="${blob(176)}" />\n</appSettings>\n`);
bb.ben("r23c-webconfig-sealed-envelope", "a KMS envelope (AQICAH…) under a token name",
  `<appSettings>\n  <add key="BOT_TOKEN" value="AQICAHh${blob(173)}" />\n</appSettings>\n`);
bb.ben("r23c-webconfig-cert-blob", "a certificate's DER in base64 under a certificate name",
  `<appSettings>\n  <add key="SigningCertificate" value="MIIDdzCCAl+gAwIBAgI${blob(181)}" />\n</appSettings>\n`);

// ---- Vendor object and request ids in a client's or a setter's argument
bb.ben("r23c-rust-req-id", "a request id given to a test client",
  `#[test]\nfn replays() {\n    let c = StripeClient::new("req_${alnum(24)}");\n    assert!(c.run().is_ok());\n}\n`);
bb.ben("r23c-python-msg-id", "an Anthropic message id given to a fixture client",
  `def test_fetch():\n    client = Client("msg_01${alnum(22)}")\n    assert client.fetch().role == "assistant"\n`);
bb.ben("r23c-ts-response-id", "an OpenAI response id passed to a recorder, with a second argument",
  `const rec = new Recorder("fixtures", "resp_${alnum(40)}");\nawait rec.replay();\n`);
bb.ben("r23c-go-call-id", "a tool call id passed to a constructor",
  `c := NewToolClient("call_${alnum(24)}")\nif err := c.Reply("ok"); err != nil {\n\tt.Fatal(err)\n}\n`);
bb.ben("r23c-java-completion-id", "a completion id given to a setter",
  `ChatLog log = new ChatLog();\nlog.setCompletionRef("chatcmpl-${alnum(29)}");\n`);

// ---- Public chain data
bb.ben("r23c-sql-kv-wallet-address", "SQL key/value settings row whose name cell calls it an address",
  `INSERT INTO app_secrets (name, value, updated_at)\nVALUES ('treasury_wallet_address', '${addr()}', now());\n`);
bb.ben("r23c-sql-kv-router-addr", "SQL seed, a router contract address under a secret_value column",
  `insert into tenant_settings (tenant, setting_key, secret_value) values\n  (7, 'routerAddress', '${addr()}'),\n  (7, 'chain', 'base');\n`);
bb.ben("r23c-log-hash-from-to", "a relayer log line: hash=, from=, to=",
  `2025-03-02T10:11:12Z relayer[31] INFO sent hash=${txHash()} from=${addr()} to=${addr()} value=0\n`);
bb.ben("r23c-log-json-hash", "a structured log record with a hash field beside the sender",
  `{"level":"info","msg":"broadcast","hash":"${txHash()}","sender":"${addr()}","nonce":7}\n`);
b.pos("r23c-address-with-unrelated-hash", "an address to pay, with an unlabelled hash elsewhere: still a wallet address",
  `Please send the refund to ${addr()} today.\n`);

// ---- Secret manager path references
bb.ben("r23c-yaml-secret-path", "a secret store path under a secret name",
  `payments:\n  vault_secret_key: "kv/data/payments/stripe-live"\n  region: us-east-1\n`);
bb.ben("r23c-env-vault-path", "a secret store path in an env file under a token name",
  `SECRET_STORE_TOKEN=ci/github/deploy-bot\n`);
bb.ben("r23c-gcp-secret-path", "a GCP Secret Manager resource name under a secret key",
  `secret_key = "projects/acme-prod/secrets/db-password/versions/latest"\n`);
b.pos("r23c-password-with-slash", "a password of words and a slash is still a password",
  `db:\n  password: "river/stone7/${r.str(6, "abcdefghjkmnpqrstuvwxyz")}"\n`);

export const cases = [...b.cases, ...bb.cases];
