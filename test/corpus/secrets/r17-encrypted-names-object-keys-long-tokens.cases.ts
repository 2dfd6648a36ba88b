// Round seventeen (y22/y23): (1) ciphertext under a name that says it is encrypted (ENCRYPTED_*,
// sealed*, kms/wrapped, enc_) is not a secret, while a key under ENCRYPTION_KEY/ENCRYPT_SECRET is;
// (2) storage object and file keys (`*_object_key`, `*_file_key`, a data file's name) are paths or
// document ids; (3) public values (publishable keys, age recipients) in a Kubernetes Secret's
// stringData; (4) long base64 tokens given with `=` (.env, Compose list, code, traceback locals);
// (5) a JWT-headed key with an opaque payload; (6) Django's generated SECRET_KEY with punctuation;
// (7) an application password in groups of four after its name; (8) a short vendor code before hex
// under the vendor's name; (9) a lower-case random token as a header call's pair value.
// Every value is built at run time.
import { builder, Rng, LOWER, DIGITS, ALNUM, b64url } from "./_gen.ts";

const r = new Rng(0x17a22f);
const b = builder({ category: "r17-encrypted-names-object-keys-long-tokens", expect: "secrets" });
const bb = builder({ category: "r17-encrypted-names-object-keys-long-tokens-benign", expect: "secrets" });

const sealed = () => "AgB" + r.b64bytes(240).slice(3);
const blob = (n: number) => { for (;;) { const v = r.b64bytes(n); if (/[+/]/.test(v)) return v; } };
const lowKey = (n: number) => { for (;;) { const v = r.str(n, "bcdfghjklmnpqrstvwxz" + DIGITS); if ((v.match(/\d/g) ?? []).length >= 6) return v; } };
const group4 = () => { for (;;) { const g = Array.from({ length: 6 }, () => r.str(4, ALNUM)); if (g.filter((x) => /[A-Z0-9]/.test(x.slice(1))).length >= 4) return g.join(" "); } };
const django = () => { for (;;) { const v = r.str(50, LOWER + DIGITS + "!@#%^&*(-_=+)"); if (/[!@#%^&*(=+)]/.test(v) && /\d/.test(v) && !/\$\(/.test(v)) return v; } };

// (1) encrypted names
bb.ben("r17-encrypted-env-ciphertext", "ENCRYPTED_DB_PASSWORD ciphertext in a pasted .env", `NODE_ENV=production\nENCRYPTED_DB_PASSWORD=${blob(180)}\nPORT=3000`);
bb.ben("r17-sealed-camel-json", "sealedApiToken ciphertext in a JSON config", `{"service": "billing", "sealedApiToken": "${sealed()}"}`);
bb.ben("r17-kms-wrapped-key-toml", "kms_wrapped_key in TOML", `[crypto]\nkms_wrapped_key = "${blob(120)}"\nkey_arn = "arn:aws:kms:eu-west-1:123456789012:key/${r.uuid()}"`);
bb.ben("r17-enc-token-log", "enc_token in a log line", `2026-10-02T11:00:01Z DEBUG vault: loaded enc_token=${blob(96)} for tenant 42`);
b.pos("r17-encryption-key-env", "ENCRYPTION_KEY (the key itself) in a .env", `APP_NAME=ledger\nENCRYPTION_KEY=${blob(32)}`);
b.pos("r17-encrypt-secret-yaml", "ENCRYPT_SECRET long base64 in YAML still flags", `app:\n  ENCRYPT_SECRET: "${blob(96)}"`);

// (2) object and file keys
bb.ben("r17-object-key-avro-json", "upload_object_key with an .avro path in JSON", `{"bucket": "ingest", "upload_object_key": "raw/2026/10/${r.uuid()}/${r.hex(16)}.avro"}`);
bb.ben("r17-file-key-csv-python", "report_file_key bare file name in Python", `report_file_key = "${r.hex(24)}.csv"\nupload(bucket, report_file_key)`);
bb.ben("r17-figma-file-key-ts", "Figma file key in a TS constant", `export const FIGMA_FILE_KEY = "${r.alnum(22)}";\nconst url = \`https://www.figma.com/file/\${FIGMA_FILE_KEY}\`;`);
bb.ben("r17-blob-key-yaml", "blob_key with a parquet path in YAML", `storage:\n  blob_key: "exports/${r.hex(8)}/${r.hex(16)}.parquet"`);
b.pos("r17-encryption-file-key-still-flags", "a file-encryption key still flags", `ENCRYPTION_FILE_KEY=${r.alnum(40)}`);

// (3) public values in a Secret
bb.ben("r17-secret-pk-test", "Stripe pk_test_ in stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\ntype: Opaque\nstringData:\n  STRIPE_PK: "pk_test_${r.alnum(99)}"`);
bb.ben("r17-secret-age-recipient", "age recipient in stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: sops\nstringData:\n  AGE_RECIPIENT: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`);
b.pos("r17-secret-opaque-beside-pk", "an opaque value beside a publishable key still flags", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\nstringData:\n  PUBLISHABLE: "pk_live_${r.alnum(60)}"\n  WEBHOOK_SIGNING: "${r.alnum(40)}"`);

// (4) long base64 tokens given with =
b.pos("r17-long-token-env", "long base64 API key in a .env", `GAME_CLOUD_API_KEY=${blob(250)}\nREGION=eu`);
b.pos("r17-long-token-compose", "long base64 token in a Compose environment list", `services:\n  bot:\n    environment:\n      - LOG_LEVEL=debug\n      - PLATFORM_ACCESS_TOKEN=${blob(220)}`);
b.pos("r17-long-token-locals", "long base64 token in a traceback's locals", `Traceback (most recent call last):\n  File "sync.py", line 12, in run\n    raise RuntimeError("sync failed")\nLocals:\n    cloud_token = '${blob(200)}'`);
b.pos("r17-long-token-ruby", "long base64 api key in Ruby code", `client = Cloud::Client.new\nclient.api_key = "${blob(200)}"`);
bb.ben("r17-long-ciphertext-encrypted-env", "encrypted_api_key ciphertext with =", `encrypted_api_key = "${blob(220)}"`);

// (5) JWT-headed key with an opaque payload
const jwtHead = b64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));
b.pos("r17-jwt-opaque-go", "JWT-headed key with opaque payload in a Go const", `const StoreKey = "${jwtHead}.${r.b64url(300)}.${r.b64url(342)}"`);
b.pos("r17-jwt-opaque-env", "JWT-headed key with opaque payload in a .env", `SHOP_API_KEY=${jwtHead}.${r.b64url(120)}.${r.b64url(86)}`);
bb.ben("r17-jwt-placeholder-doc", "JWT shape described in docs", `A token looks like ${jwtHead}.<payload>.<signature>; paste yours in the field.`);

// (6) Django keys
b.pos("r17-django-settings", "Django SECRET_KEY in settings.py", `# settings.py\nDEBUG = False\nSECRET_KEY = '${django()}'\nALLOWED_HOSTS = ["*"]`);
b.pos("r17-django-env-file", "DJANGO_SECRET_KEY in a .env with quotes", `DJANGO_SECRET_KEY="${django()}"\nDJANGO_DEBUG=0`);
bb.ben("r17-django-env-lookup", "SECRET_KEY read from the environment", `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nSECRET_KEY_FALLBACKS = []`);
bb.ben("r17-django-shell-subst", "SECRET_KEY from a shell substitution", `export DJANGO_SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')"`);

// (7) grouped application passwords
b.pos("r17-app-password-chat", "WordPress application password in a chat message", `{"messages":[{"role":"user","content":"the REST call fails, application password ${group4()} for user deploy"}]}`);
b.pos("r17-app-password-de", "App-Passwort in German prose after app_password", `Hallo, mein app_password ist ${group4()} und der Benutzer heisst redaktion.`);
b.pos("r17-app-password-colon", "app password with a colon in notes", `WP site: https://blog.acme.io\napp password: ${group4()}`);
bb.ben("r17-app-password-placeholder", "placeholder groups", `Set application password xxxx xxxx xxxx xxxx xxxx xxxx in the plugin.`);
bb.ben("r17-app-password-words", "four-letter words after app password", `The app password flow: open your user page and pick a name like blog sync main site.`);

// (8) vendor code before hex
b.pos("r17-vendor-code-sql", "vendor code + hex in a SQL seed pair", `INSERT INTO integrations (provider, name, value) VALUES ('Quantaflow', 'QUANTAFLOW_API_KEY', 'qf-${r.hex(32)}');`);
b.pos("r17-vendor-code-form", "vendor code + kind + hex in a multipart part", `------b\r\nContent-Disposition: form-data; name="zx_api_key"\r\n\r\nzxsk_${r.hex(64)}\r\n------b--`);
bb.ben("r17-vendor-code-mismatch", "prefix not the name's vendor: a content hash", `cache_key = "img-${r.hex(32)}"`);

// (9) lower-case random token in a header call
b.pos("r17-lower-token-header-rust", "lower-case token in a Rust header call", `let resp = client.get(url).header("X-Auth-Token", "${lowKey(31)}").send().await?;`);
b.pos("r17-lower-token-header-java", "lower-case token in a Java header call", `HttpRequest req = HttpRequest.newBuilder(uri).header("X-Store-Token", "${lowKey(28)}").build();`);
bb.ben("r17-lower-words-header", "lower-case words and digits in a header call", `req.header("X-Request-Token", "deployment2024productionstage1")`);

export const cases = [...b.cases, ...bb.cases];
