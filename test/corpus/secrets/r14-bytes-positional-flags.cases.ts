// Round fourteen (classes a blind set of fresh provider tokens showed): a password-like literal
// wrapped in a conversion to bytes where a secret-named variable takes it (Go `[]byte("…")`, Node
// `Buffer.from`, Python `b"…"` / `bytes(…)`, C# `GetBytes`); a password passed by position after
// a host or DSN and a user (database connects, PDO constructors as PHP traces print them, an
// application password in spaced groups given to a client); a long base64 key after a CLI flag
// named for a key. Look-alikes: CAPTCHA site keys (public) labelled as such, conversions of
// variables and placeholders, connects without a literal password, base64 certificates,
// ciphertext, SSH public keys and public keys after other flags. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x14f1b7e5);
const b = builder({ category: "r14-bytes-positional-flags", expect: "secrets" });
const bb = builder({ category: "r14-bytes-positional-flags-benign", expect: "secrets" });

/** A typed password: letters of both cases, digits and symbols throughout. */
const pw = (n: number) => Array.from({ length: n }, (_, i) => r.str(1, [UPPER, LOWER, DIGITS, "#*%!@^&", LOWER][i % 5]!)).join("");
/** An application password as WordPress shows it: six groups of four. */
const grouped = () => Array.from({ length: 6 }, () => r.str(1, UPPER) + r.str(1, LOWER) + r.str(1, DIGITS) + r.str(1, ALNUM)).join(" ");
const toolUse = (path: string, content: string) => JSON.stringify({ type: "tool_use", id: "toolu_" + r.alnum(20), name: "write_file", input: { path, content } });
const chat = (text: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const fnCall = (cmd: string) => JSON.stringify({ tool_calls: [{ type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd }) } }] });
/** base64 of n random bytes that holds "+" or "/" (as a blob of that size nearly always does). */
const blob = (n: number) => {
  for (;;) {
    const s = r.b64bytes(n);
    if (/[+/]/.test(s)) return s;
  }
};

// (a) a literal converted to bytes, assigned to a secret-named variable
b.pos("r14-bytes-go", "Go []byte literal as the JWT signing key, in a write_file tool call", toolUse("internal/auth/token.go", `package auth\n\nvar jwtKey = []byte("${pw(40)}")\n\nfunc Key() []byte { return jwtKey }\n`));
b.pos("r14-bytes-go-raw", "Go raw-string []byte literal with :=", chat(`why does verification fail?\n\n\tsigningKey := []byte(\`${pw(32)}\`)\n\ttok.SignedString(signingKey)`));
b.pos("r14-bytes-node", "Buffer.from literal as a session secret", toolUse("src/session.ts", `const sessionSecret = Buffer.from('${pw(36)}', 'utf8');\nexport default sessionSecret;\n`));
b.pos("r14-bytes-python-b", "Python bytes literal b\"…\" in settings", chat(`settings.py:\n\nSECRET_KEY = b"${pw(48)}"\nDEBUG = False`));
b.pos("r14-bytes-python-call", "Python bytes(\"…\", \"utf-8\") as an HMAC key", chat(`hmac_key = bytes("${pw(30)}", "utf-8")\nsig = hmac.new(hmac_key, body, hashlib.sha256).hexdigest()`));
b.pos("r14-bytes-csharp", "C# Encoding.UTF8.GetBytes literal as the signing key", toolUse("Auth/Jwt.cs", `var secretKey = Encoding.UTF8.GetBytes("${pw(44)}");\nvar creds = new SigningCredentials(new SymmetricSecurityKey(secretKey), "HS256");\n`));

// (b) a password by position after a host or DSN and a user
b.pos("r14-login-php-trace", "PDO constructor in a PHP stack trace", JSON.stringify({ contents: [{ role: "user", parts: [{ text: `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused\n#0 /srv/shop/lib/Db.php(21): PDO->__construct('pgsql:host=db-1...', 'orders', '${pw(14)}', Array)\n#1 {main}` }] }] }));
b.pos("r14-login-new-pdo", "new PDO with a literal password holding symbols", toolUse("config/db.php", `<?php\n$pdo = new PDO("mysql:host=127.0.0.1;dbname=crm", "crm_app", "${pw(18)}");\n`));
b.pos("r14-login-mysql-connector", "mysql.connector.connect positional arguments", chat(`cnx = mysql.connector.connect("10.20.0.7", "report", "${pw(16)}")\ncur = cnx.cursor()`));
b.pos("r14-login-jdbc", "DriverManager.getConnection(url, user, password)", chat(`Connection c = DriverManager.getConnection("jdbc:postgresql://pg.internal:5432/app", "app", "${pw(20)}");`));
b.pos("r14-login-mysqli", "mysqli_connect(host, user, password)", fnCall(`php -r '$l = mysqli_connect("db.staging.lan", "wp", "${pw(15)}"); var_dump($l);'`));
b.pos("r14-app-password-client", "application password in spaced groups given to an API client", chat(`client = WpRestClient("https://news.acme-media.io", "editor", "${grouped()}")`));
b.pos("r14-app-password-auth", "application password in spaced groups as the auth pair", chat(`requests.post(url, json=post, auth=("publisher", "${grouped()}"))`));

// (c) a long base64 key after a CLI flag named for a key
b.pos("r14-flag-api-key", "long base64 key after --api-key in a shell tool call", fnCall(`cloudctl publish --api-key "${blob(240)}" --place 88123`));
b.pos("r14-flag-token-eq", "long base64 token after --token=", chat(`run it like:\n\nsyncer --token=${blob(200)} --region eu`));
b.pos("r14-flag-secret", "long base64 secret after -secret", chat(`./agent -secret '${blob(180)}' -listen :9000`));

// (d) Pulumi state: a secret output exported as plaintext (Pulumi's fixed secret marker)
const PULUMI_SIG = ["4dabf181", "93072939", "515e22ad", "b298388d"].join("");
const PULUMI_SECRET = ["1b470612", "64138c4a", "c30d75fd", "1eb44270"].join("");
const pulumiSecret = (plaintext: string) => ({ [PULUMI_SIG]: PULUMI_SECRET, plaintext: JSON.stringify(plaintext) });
b.pos("r14-pulumi-export", "pulumi stack export --show-secrets: a secret output in plaintext", JSON.stringify({ version: 3, deployment: { resources: [{ urn: "urn:pulumi:prod::api::random:index/randomPassword:RandomPassword::db", outputs: { result: pulumiSecret(pw(24)), length: 24 } }] } }, null, 4));
b.pos("r14-pulumi-chat", "Pulumi state snippet pasted into a chat, plaintext first", chat(`is this leaking?

"apiToken": {
  "plaintext": "\\"${r.alnum(32)}\\"",
  "${PULUMI_SIG}": "${PULUMI_SECRET}"
}`));

// guards: CAPTCHA secret keys stay findings
b.pos("r14-captcha-secret-turnstile", "Turnstile secret key labelled secret", chat(`Turnstile secret: 0x4AAAAAAA${r.str(27, ALNUM + "-_")}`));
b.pos("r14-captcha-secret-recaptcha", "reCAPTCHA secret key labelled secret key", chat(`recaptcha secret key: 6L${r.str(38, ALNUM + "-_")}`));

// look-alikes
bb.ben("r14-sitekey-prose", "CAPTCHA site keys labelled site key", chat(`Turnstile site key: 0x4AAAAAAA${r.str(14, ALNUM)}\nreCAPTCHA site key: 6L${r.str(38, ALNUM + "-_")}`));
bb.ben("r14-sitekey-html", "site keys in widget markup and config", `<div class="cf-turnstile" data-sitekey="0x4AAAAAAA${r.str(14, ALNUM)}"></div>\n<div class="g-recaptcha" data-sitekey="6L${r.str(38, ALNUM + "-_")}"></div>\nRECAPTCHA_SITE_KEY=6L${r.str(38, ALNUM + "-_")}`);
bb.ben("r14-sitekey-publishable", "publishable key and site key written as words", chat(`hCaptcha site key ${r.uuid()} goes in the form; the public key: ${r.str(32, ALNUM)} is for the widget`));
bb.ben("r14-bytes-env", "conversion of an environment variable, not a literal", toolUse("auth.go", `var jwtKey = []byte(os.Getenv("JWT_KEY"))\nvar hmacKey = Buffer.from(process.env.HMAC_KEY, "hex")\n`));
bb.ben("r14-bytes-placeholder", "conversions of placeholders and plain text", chat(`SECRET_KEY = b"changeme"\nsigningKey := []byte("your-256-bit-secret")\nconst greeting = Buffer.from("hello world", "utf8")`));
bb.ben("r14-login-vars", "connects without a literal password", chat(`$pdo = new PDO($dsn, $user, $pass);\ncnx = mysql.connector.connect("localhost", "root", "")\nconn = psycopg2.connect(host, user, os.environ["PGPASSWORD"])\ns.connect(("db.internal", 5432))`));
bb.ben("r14-login-placeholders", "connects with placeholder or dummy passwords", chat(`db = pymysql.connect("localhost", "root", "password")\n$l = mysqli_connect("127.0.0.1", "root", "root");\nclient.connect("broker.local", "sensor-7", "v3.1.1")\n#0 /app/db.php(9): PDO->__construct('mysql:host=loc...', 'root', '', Array)`));
bb.ben("r14-flag-cert-ca", "base64 certificate and CA bundle after --cert and --ca", fnCall(`vpnctl connect --cert "${blob(300)}" --ca ${blob(260)} --data "${blob(200)}"`));
bb.ben("r14-flag-ciphertext", "ciphertext after kms and sealed-secret flags", chat(`aws kms decrypt --ciphertext-blob ${blob(220)} --output text\nkubeseal --sealed-key "${blob(256)}"\nage --encrypted-key '${blob(180)}'`));
bb.ben("r14-flag-public-ssh", "SSH and public keys after key-named flags", fnCall(`hcloud ssh-key create --name ci --public-key "${blob(270)}"\nmachinectl add --ssh-key ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from("ssh-rsa"), Buffer.from(r.bytes(280))]).toString("base64")}`));

bb.ben("r14-pulumi-ciphertext", "Pulumi state with secrets encrypted, and a placeholder plaintext", JSON.stringify({ outputs: { dbPassword: { [PULUMI_SIG]: PULUMI_SECRET, ciphertext: "v1:" + r.b64bytes(48) }, note: pulumiSecret("changeme"), empty: pulumiSecret("") } }, null, 2));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
