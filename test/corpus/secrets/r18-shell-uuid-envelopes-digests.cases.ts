// Round eighteen (held-out Y27/Y28 classes): a shell assignment chained with `&&`/`||`; a random
// UUID under a token/secret/key name whatever its drawn entropy; Xendit secret keys; a Bearer
// token of a short kind and random letters alone; LaunchDarkly keys as a quoted literal; a .pgpass
// line echoed after a terminal prompt. Benign: dotenvx `encrypted:` values, digests tagged with
// their algorithm as an env fallback, and each class's look-alikes. Every credential-shaped value
// is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x18a27f05);
const b = builder({ category: "r18-shell-uuid-envelopes", expect: "secrets" });
const bb = builder({ category: "r18-shell-uuid-envelopes-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
/** Random letters of both cases, no digit (one Mollie key in two hundred is drawn so). */
const letters = (n: number) => {
  let v = r.str(n, UPPER + LOWER);
  while (!/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, UPPER + LOWER);
  return v;
};
/** A version-4 UUID drawn from few hex digits: random, yet under 3.0 bits of entropy. */
const lowUuid = () => {
  const h = r.str(32, "0234789b").split("");
  h[12] = "4";
  h[16] = "9";
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
const dotenvx = () => "encrypted:" + Buffer.from(r.bytes(96)).toString("base64").replace(/=+$/, "");

// ---- A shell assignment chained to the next command
b.pos("r18-shell-export-and", "export NAME=value && next command", `export ACME_API_KEY=${mixed(48)} && npm run seed\n`);
b.pos("r18-shell-assign-or", "NAME=value || fallback, in a tool call's JSON", JSON.stringify({ command: `DEPLOY_TOKEN=${mixed(40)} || echo "token not set"` }));
b.pos("r18-shell-escaped-json", "double-escaped tool-call arguments", JSON.stringify({ arguments: JSON.stringify({ cmd: `export SMS_SECRET=${mixed(56)} && ./bin/send --dry-run` }) }));
bb.ben("r18-shell-code-and", "JS, spaced assignment of an identifier and &&", `const apiKey = resolvedKeyFromVault && fallbackKey;\n`);
bb.ben("r18-shell-placeholder", "export NAME=placeholder && next", `export ACME_API_KEY=your_api_key_here && npm run seed\n`);

// ---- A random UUID under a secret's name, whatever entropy it drew
b.pos("r18-uuid-actions-env", "GitHub Actions env, *_TOKEN: v4 UUID", `jobs:\n  test:\n    env:\n      UPLOAD_TOKEN: ${lowUuid()}\n    steps:\n      - run: make test\n`);
b.pos("r18-uuid-dotenv-api-key", ".env, *_API_KEY=v4 UUID", `HEROKU_API_KEY=${lowUuid()}\nAPP_NAME=billing-prod\n`);
b.pos("r18-uuid-python-secret", "Python, *_SECRET = 'v4 UUID'", `REPORTING_SECRET = '${r.uuid()}'\n`);
bb.ben("r18-uuid-id-name", "*_ID: v4 UUID", `env:\n  PROJECT_ID: ${lowUuid()}\n  RUN_UUID: ${r.uuid()}\n`);
bb.ben("r18-uuid-request-id", "request id header with a UUID", `X-Request-Id: ${lowUuid()}\n`);
bb.ben("r18-uuid-placeholder", "a sequential placeholder UUID under a token name", `UPLOAD_TOKEN: 12345678-1234-4234-9234-123456789abc\n`);

// ---- Xendit secret keys
b.pos("r18-xendit-sql", "SQL seed with a Xendit key", `INSERT INTO gateways (name, secret) VALUES ('xendit', '${"xnd_" + "production_" + mixed(60)}');\n`);
b.pos("r18-xendit-node", "Node SDK constructor", `const x = new Xendit({ secretKey: "${"xnd_" + "development_" + mixed(50)}" });\n`);
bb.ben("r18-xendit-public", "Xendit public key (xnd_public_…)", `XENDIT_PUBLIC_KEY=xnd_public_production_${mixed(50)}\n`);
bb.ben("r18-xendit-prose", "prose about the key prefix", `Xendit secret keys start with xnd_production_ or xnd_development_; never commit them.\n`);

// ---- A Bearer token of a short kind and random letters
b.pos("r18-bearer-live-letters", "raw request, Bearer live_ + 30 random letters", `GET /v2/payments HTTP/1.1\nHost: api.example-pay.com\nAuthorization: Bearer ${"live_" + letters(30)}\n`);
b.pos("r18-bearer-test-letters-py", "Python headers, Bearer test_ + random letters", `headers = {"Authorization": "Bearer ${"test_" + letters(32)}"}\n`);
b.pos("r18-mollie-letters-named", "Mollie key of letters alone, named", `mollie.setApiKey("${"live_" + letters(30)}");\n`);
bb.ben("r18-bearer-words", "Bearer with snake-case words", `Authorization: Bearer live_session_token_from_the_login_step\n`);

// ---- LaunchDarkly keys as a quoted literal
b.pos("r18-ld-rust-client", "Rust, Client::new(\"api-<uuid>\")", `let client = Client::new("${"api-" + r.uuid()}");\n`);
b.pos("r18-ld-go-sdk", "Go, MakeClient(\"sdk-<uuid>\")", `client, _ := ld.MakeClient("${"sdk-" + r.uuid()}", 5*time.Second)\n`);
b.pos("r18-ld-js-mobile", "JS, mobile key literal", `const ld = initialize('${"mob-" + r.uuid()}', context);\n`);
bb.ben("r18-ld-unquoted-name", "a resource named api-<uuid> in a log line", `deployed service api-${r.uuid()} to cluster eu-1\n`);
bb.ben("r18-ld-not-v4", "a quoted api-<uuid> that is not random (v1, time-based)", `route = "api-${r.hex(8)}-${r.hex(4)}-11ee-${r.hex(4)}-${r.hex(12)}"\n`);

// ---- A .pgpass line echoed after a prompt
b.pos("r18-pgpass-dollar-prompt", "$ echo '…' >> ~/.pgpass", `$ echo 'pg.internal.example.net:5432:orders:orders_app:${mixed(22)}' >> ~/.pgpass\n$ chmod 600 ~/.pgpass\n`);
b.pos("r18-pgpass-user-prompt", "user@host:~$ echo …", `deploy@bastion:~$ echo "10.0.4.12:6432:*:reporting:${mixed(18)}" >> ~/.pgpass\n`);
b.pos("r18-pgpass-root-printf", "# printf '%s\\n' … > ~/.pgpass", `# printf '%s\\n' 'db.example.org:5432:app:app_rw:${mixed(20)}' > /root/.pgpass\n`);
bb.ben("r18-pgpass-prompt-placeholder", "$ echo with a placeholder password", `$ echo 'localhost:5432:mydb:myuser:mypassword' >> ~/.pgpass\n`);
bb.ben("r18-pgpass-prompt-star", "$ echo with the password as *", `$ echo '*:5432:*:postgres:*' >> ~/.pgpass\n`);

// ---- Ciphertext and digests
bb.ben("r18-dotenvx-values", "dotenvx .env, encrypted: values", `#/---[DOTENV_PUBLIC_KEY]---/\nDOTENV_PUBLIC_KEY="02${r.str(64, HEX)}"\n\nSTRIPE_SECRET_KEY="${dotenvx()}"\nDB_PASSWORD="${dotenvx()}"\n`);
bb.ben("r18-dotenvx-yaml", "YAML, an encrypted: value under a token name", `env:\n  API_TOKEN: "${dotenvx()}"\n`);
bb.ben("r18-digest-env-php", "PHP env() fallback tagged sha1=", `'signature' => env('WEBHOOK_SIGNATURE_TOKEN', 'sha1=${r.str(40, HEX)}'),\n`);
bb.ben("r18-digest-env-python", "Python getenv fallback tagged sha256=", `EXPECTED_SECRET = os.getenv("EXPECTED_WEBHOOK_SECRET", "sha256=${r.str(64, HEX)}")\n`);
bb.ben("r18-digest-env-node", "Node env fallback tagged md5:", `const key = process.env.CACHE_KEY ?? "md5:${r.str(32, HEX)}";\n`);
b.pos("r18-digest-untagged-env", "the same fallback untagged is a secret", `WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET", "${r.str(64, HEX)}")\n`);

export const cases = [...b.cases, ...bb.cases];
