// Round nineteen (issue 24, round ten's blind Y2 misses of one class, written here in other
// providers' and languages' words): credentials handed to code rather than assigned (a setter,
// a builder method, a keyword-argument tuple, a client's constructor or init call), and API keys
// sent as the basic-auth user with an empty or dummy password (curl -u / --user, a Basic header
// built in code). Benign: placeholders, identifiers and env lookups as arguments, hashes and UUIDs
// passed to readers, constructors of values. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec19ca1);
const b = builder({ category: "r19-call-args", expect: "secrets" });
const bb = builder({ category: "r19-call-args-benign" });

const mixed = (n: number) => {
  // Random letters and digits with both cases and at least one digit, as a generated key has.
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

// ---- A call named for the secret
b.pos("r19-java-builder-token", "access token given to a Java SDK builder", `ShopClient client = ShopClient.builder()\n    .region("eu-1")\n    .accessToken("${mixed(32)}")\n    .build();`);
b.pos("r19-kotlin-client-secret", "client secret in a Kotlin builder chain", `val auth = OAuthConfig.Builder()\n    .clientId("web-portal")\n    .clientSecret("${hex(40)}")\n    .build()`);
b.pos("r19-php-setter", "secret key given to a PHP gateway setter", `<?php\n$gateway = new Gateway();\n$gateway->setSecretKey('${"prod_" + mixed(30)}');\n$gateway->setSandbox(false);`);
b.pos("r19-csharp-credentials", "merchant id and secret to a C# SetCredentials", `var sdk = new CheckoutSdk();\nsdk.SetCredentials("merchant-4411", "${mixed(36)}");`);
b.pos("r19-go-option", "Go functional option carrying the secret", `c, err := ledger.New(\n\tledger.WithEndpoint("https://api.ledger.io"),\n\tledger.WithSecret("${hex(48)}"),\n)`);
b.pos("r19-swift-apikey", "Swift SDK configured with an API key literal", `let config = Analytics.Configuration()\n    .apiKey("${mixed(28)}")\n    .flushInterval(30)`);
b.pos("r19-py-auth-tuple", "Python client with an (id, secret) auth tuple", `import payouts\nclient = payouts.Client(auth=("acct_${r.str(14, LOWER + DIGITS)}", "${mixed(26)}"))`);
b.pos("r19-py-basic-key-user", "Python requests with the key as basic-auth user and empty password", `resp = requests.get("https://api.helpdesk.io/v2/tickets", auth=("${hex(32)}", ""))`);
b.pos("r19-go-setbasicauth", "Go SetBasicAuth with the key as user and a dummy password", `req, _ := http.NewRequest("GET", "https://api.tracker.io/v1/parcels", nil)\nreq.SetBasicAuth("${mixed(24)}", "X")`);
b.pos("r19-username-hex", "an API key handed over as the user name", `mailer = SmtpTransport()\nmailer.setUsername("${hex(64)}")\nmailer.connect()`);
b.pos("r19-ruby-password-setter", "Ruby setter given an opaque password literal", `client = Vault::Client.new\nclient.password("${mixed(40)}")`);

// ---- A client's constructor or init call
b.pos("r19-js-ctor-pair", "JS constructor with a merchant id and a secret", `const gw = new Paygate('mrc_84421', '${mixed(40)}');\nawait gw.charge(order);`);
b.pos("r19-php-ns-ctor", "PHP namespaced constructor with a shop id and secret", `$api = new \\Vendor\\Shop\\Connector('shop-1021', '${mixed(36)}');`);
b.pos("r19-py-client-url", "Python client with a base URL and a secret", `from sms import RestClient\nclient = RestClient("https://api.sms-gw.io/v3", "${mixed(32)}")`);
b.pos("r19-cs-init-hex", "C# SDK init with an app key and a hex secret", `void Start() {\n    Telemetry.Init("${hex(32)}", "${hex(40)}");\n}`);
b.pos("r19-js-init-comment", "JS constructor whose comment names the arguments as keys", `const t = new Tracker("${hex(32)}", "${hex(40)}"); // appKey, secretKey`);
b.pos("r19-ts-client-ident", "client built from a URL variable and a secret literal", `export const api = createApiClient(baseUrl, "${mixed(44)}");`);

// ---- Basic auth with the key as user
b.pos("r19-curl-user-empty", "curl --user with the key and an empty password", `curl --user ${mixed(24)}: https://api.crm-cloud.io/v1/contacts`);
b.pos("r19-curl-u-x-json", "curl -u KEY:x inside a tool call", JSON.stringify({ name: "bash", input: { command: `curl -s -u "${hex(40)}:x" https://acme.ticketing.io/api/v2/tickets.json` } }));
b.pos("r19-curl-long-id", "curl -u with a long client id and secret", `curl https://api.payments.io/v1/oauth2/token -u "${r.str(80, ALNUM + "_-")}:${r.str(80, ALNUM + "_-")}" -d grant_type=client_credentials`);
b.pos("r19-js-basic-built", "Basic header built from the key and an empty password in JS", `const headers = { Authorization: "Basic " + Buffer.from("${mixed(28)}:").toString("base64") };`);
b.pos("r19-py-basic-built", "Basic header built from the key in Python", `headers = {"Authorization": "Basic " + base64.b64encode(b"${hex(32)}:X").decode()}`);
b.pos("r19-prose-basic", "a chat message showing how the key is encoded", JSON.stringify({ messages: [{ role: "user", content: `I send Basic base64("${hex(32)}:${hex(32)}") and still get 401` }] }));
b.pos("r19-shell-basic-echo", "Basic header built by a shell pipeline from the key", `curl -H "Authorization: Basic $(echo -n ${mixed(32)}: | base64)" https://api.forms-cloud.io/v1/forms`);
b.pos("r19-java-credentials-basic", "OkHttp Credentials.basic with the key as user", `String credential = Credentials.basic("${hex(40)}", "");\nRequest request = new Request.Builder().header("Authorization", credential).build();`);
b.pos("r19-ruby-new", "Ruby constructor with an account id and a secret", `client = Courier::Client.new("acct-2210", "${mixed(34)}")`);
b.pos("r19-rust-new", "Rust constructor with an id and a secret", `let client = Ledger::new("ws-118", "${mixed(40)}");`);
b.pos("r19-guzzle-auth", "PHP Guzzle auth option with the key as user", `$client = new GuzzleHttp\\Client(['base_uri' => 'https://api.crm.io', 'auth' => ['${hex(32)}', '']]);`);
b.pos("r19-axios-auth", "axios auth object with the key as user", `const res = await axios.get(url, { auth: { username: "${mixed(30)}", password: "" } });`);
b.pos("r19-wget-user", "wget with the key as --user and a dummy --password", `wget --user=${hex(40)} --password=X https://files.vendor.io/export.csv`);
b.pos("r19-httpie-auth", "HTTPie -a with the key and an empty password", `http -a ${mixed(26)}: GET https://api.billing.io/v1/invoices`);

// ---- Benign look-alikes
bb.ben("r19-curl-user-pass", "curl -u with a placeholder pair", `curl -u user:pass https://api.example.io/v1/items`);
bb.ben("r19-curl-admin", "curl -u admin:admin against a local service", `curl -u admin:admin http://localhost:15672/api/queues`);
bb.ben("r19-curl-env", "curl -u with variables", `curl -u "$CLIENT_ID:$CLIENT_SECRET" https://api.service.io/oauth/token`);
bb.ben("r19-docker-user", "docker -u uid:gid and sort -u", `docker run -u 1000:1000 -v "$PWD:/src" node:20 npm test && sort -u names.txt`);
bb.ben("r19-set-username", "a user name given to a setter", `mailer.setUsername("alice");\nmailer.setPassword(process.env.SMTP_PASSWORD);`);
bb.ben("r19-client-url", "a client built from a URL alone", `const client = new Client("https://api.service.io/v2");`);
bb.ben("r19-env-args", "setters and constructors fed from the environment", `sdk.setApiKey(process.env.API_KEY);\nconst gw = new Paygate(merchantId, secretKey);\nclient = RestClient(BASE_URL, os.environ["SMS_TOKEN"])`);
bb.ben("r19-verify-hash", "a digest compared by a verifier", `assert hasher.verify(sha256(data), "${hex(64)}")\nok = verifyToken("${hex(64)}")`);
bb.ben("r19-get-uuid", "UUIDs passed as ids to readers", `const user = await getUser("${uuid()}");\nconst k = store.getKey("${uuid()}");`);
bb.ben("r19-basic-placeholder", "a Basic header built from a placeholder pair", `const auth = "Basic " + btoa("user:password");\nfetch(url, { headers: { Authorization: auth } });`);
bb.ben("r19-ctor-identifier", "a constructor given names, not keys", `const svc = new Service("billing-worker", "ReportGeneratorQueueName");`);
bb.ben("r19-ctor-release-sha", "a release built from a version and a git sha", `const rel = new Release("v2.4.1", "${hex(40)}");`);
bb.ben("r19-ctor-value-types", "value constructors holding hashes and encodings", `const h = new Hash("sha256", "${hex(64)}");\nconst img = new Image("icon", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB");\nconst pk = new PublicKey("${r.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}");`);
bb.ben("r19-cache-key", "a cache key naming a build artefact", `cache.setKey("bundle-${hex(32)}");`);
bb.ben("r19-public-key-setter", "a publishable key given to a setter", `Stripe.setPublishableKey("pk_live_${mixed(24)}");\nmap.setPublicKey("${mixed(32)}");`);
bb.ben("r19-auth-tuple-placeholder", "an auth tuple of placeholders", `requests.get(url, auth=("user", "pass"))\nrequests.get(url, auth=(API_KEY, ""))`);
bb.ben("r19-init-ids", "an init call with a measurement id and a mode", `tracker.init("G-ABC123XYZ", "production");\nsdk.configure("my-app", "eu-west-1");`);
bb.ben("r19-set-auth-vars", "setAuth given variables", `Configuration::setAuth($shopId, $secretKey);`);
bb.ben("r19-ctor-random-seed", "a test fixture's base64 sentence in a decoder", `const d = new Reader("utf8", "${Buffer.from("the quick brown fox jumps").toString("base64")}");`);
bb.ben("r19-basic-prose-pair", "prose about Basic auth with a key:value example", `Basic auth sends "user:password" encoded; our header map uses "content-type:json" too.`);
bb.ben("r19-credentials-basic-placeholder", "Credentials.basic with placeholders", `String credential = Credentials.basic("jesse", "password1");\nString c2 = Credentials.basic(username, apiKey);`);
bb.ben("r19-user-pair-plain", "a user/password pair of a person and an env lookup", `const res = await axios.get(url, { auth: { username: "alice", password: "" } });\nconst r2 = await axios.get(url, { auth: { username: "${hex(32)}", password: process.env.SVC_PASSWORD } });`);
bb.ben("r19-go-errors-new", "Go constructors of values", `err := errors.New("token expired")\nmac := hmac.New(sha256.New, []byte(key))`);
bb.ben("r19-guzzle-placeholder", "Guzzle auth option with placeholders", `$client = new GuzzleHttp\\Client(['auth' => ['username', 'password']]);`);
bb.ben("r19-cli-flags", "-a and --user flags of other tools", `ls -a /tmp && git commit -a -m "fix" && useradd --user deploy`);
void DIGITS;

export const cases = [...b.cases, ...bb.cases];
