// Round twenty (blind misses of heldout-y37/y39/y40): secret-named slots whose value has a shape the
// readers did not take. Values drawn with symbols (20+, an auth token's or generated password's draw)
// as a lookup's fallback or a dotenv line; a Django key with its `django-insecure-` mark unquoted in
// YAML; an application password's groups as a lookup's fallback; 16-19 random letters as a fallback;
// an AK/SK pair's SK in a container env list; a label and a bar before a key (`prod:<name>|<key>`).
// Benign: format strings, regexes, templates, expressions, cron lines, versions, sentences, words.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec20a15);
const b = builder({ category: "r20-secret-values", expect: "secrets" });
const bb = builder({ category: "r20-secret-values-benign" });

const SYMBOLS = "!#()*+,.:;<>?@^_~";
/** A draw from letters, digits and symbols: all four classes, two symbols or more, no word-like run of lower case. */
const punct = (n: number) => {
  for (;;) {
    const v = r.str(n, ALNUM + SYMBOLS + SYMBOLS);
    if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v) || (v.match(/[^A-Za-z0-9]/g) ?? []).length < 2) continue;
    if (/[a-z]{5}|[A-Z]{6}|\(\)|^[^A-Za-z0-9]/.test(v)) continue;
    return v;
  }
};
/** Random letters of both cases, flipping often. */
const letters = (n: number) => {
  for (;;) {
    const v = r.str(n, UPPER + LOWER);
    let flips = 0;
    for (let i = 1; i < v.length; i++) if ((v[i]! < "a") !== (v[i - 1]! < "a")) flips++;
    if (flips >= n / 3 && /[A-Z].*[A-Z].*[A-Z].*[A-Z]/.test(v) && /[a-z].*[a-z].*[a-z].*[a-z]/.test(v)) return v;
  }
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const groups = () => Array.from({ length: 6 }, () => mixed(4)).join(" ");
const django = () => "django-insecure-" + r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)");

// ---- A symbol-drawn value as a lookup's fallback
b.pos("r20-rust-unwrap-punct", "Rust env::var fallback holding a 20-char token with symbols", `let token = env::var("VAULT_AUTH_TOKEN").unwrap_or_else(|_| "${punct(20)}".to_string());`);
b.pos("r20-py-getenv-punct", "Python os.getenv fallback holding a generated password with symbols", `SMTP_PASSWORD = os.getenv("SMTP_PASSWORD", "${punct(22)}")`);
b.pos("r20-php-env-punct", "Laravel env() fallback with a symbol-drawn secret", `'secret' => env('MAILGUN_SECRET', '${punct(24)}'),`);
b.pos("r20-ruby-fetch-punct", "Ruby ENV.fetch fallback with a symbol-drawn token", `config.api_token = ENV.fetch("LEDGER_API_TOKEN", "${punct(21)}")`);
b.pos("r20-js-nullish-punct", "JS process.env fallback with a symbol-drawn token", `const authToken = process.env.REGISTRY_AUTH_TOKEN ?? "${punct(20)}";`);

// ---- A dotenv line whose value has symbols
b.pos("r20-md-dotenv-punct", "Markdown shell block giving a token with symbols", "## Setup\n\n```bash\nRELAY_AUTH_TOKEN=" + punct(21) + "\n```\n\nThen run `make up`.");
b.pos("r20-env-file-punct", ".env file with a password drawn with symbols", `APP_ENV=production\nDB_PASSWORD=${punct(24)}\nDB_HOST=db.internal`);
b.pos("r20-sh-export-punct", "shell script exporting a secret with symbols", `#!/bin/sh\nexport BROKER_SECRET=${punct(20)}\nexec ./worker`);

// ---- Django's key with its mark, unquoted in YAML
b.pos("r20-gha-django-mark", "GitHub Actions env map with an unquoted django-insecure key", `jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      APP_SECRET_KEY: ${django()}\n    steps:\n      - run: pytest`);
b.pos("r20-compose-django-mark", "docker-compose environment map with an unquoted django-insecure key", `services:\n  web:\n    image: shop/web:2.4\n    environment:\n      SECRET_KEY: ${django()}\n      DEBUG: "0"`);

// ---- An application password's groups as a lookup's fallback
b.pos("r20-php-env-app-password", "Laravel env() fallback holding a WordPress application password", `'app_password' => env('BLOG_APP_PASSWORD', '${groups()}'),`);
b.pos("r20-py-getenv-app-password", "Python getenv fallback holding an application password", `wp_pass = os.getenv("WP_APPLICATION_PASSWORD", "${groups()}")`);

// ---- 16-19 random letters as a fallback
b.pos("r20-py-letters16", "Python environ.get fallback of 16 random letters", `API_SECRET = os.environ.get("SMS_API_SECRET", "${letters(16)}")`);
b.pos("r20-php-letters18", "PHP getenv fallback of 18 random letters", `$secret = getenv('CLICKSEND_API_SECRET') ?: '${letters(18)}';`);
b.pos("r20-go-letters17", "Go lookup with a 17-letter fallback", `func secret() string {\n\tif v, ok := os.LookupEnv("PUSH_SECRET"); ok {\n\t\treturn v\n\t}\n\treturn "${letters(17)}"\n}`);

// ---- An AK/SK pair's SK in a container env list
b.pos("r20-k8s-sk", "Kubernetes env list with a cloud SDK's SK", `containers:\n  - name: api\n    env:\n      - name: VOLCENGINE_SK\n        value: "${mixed(40)}"\n      - name: LOG_LEVEL\n        value: info`);
b.pos("r20-ecs-sk", "ECS task definition environment entry named ..._SK", `"environment": [\n  { "name": "OBS_SK", "value": "${mixed(40)}" },\n  { "name": "REGION", "value": "cn-north-4" }\n]`);
b.pos("r20-helm-sk-unquoted", "Helm values env list with an unquoted SK", `env:\n  - name: NCLOUD_SK\n    value: ${mixed(40)}\n  - name: TZ\n    value: Asia/Seoul`);

// ---- A label and a bar before the key
b.pos("r20-k8s-barred-key", "Kubernetes env list with a deploy key of label|hex", `env:\n  - name: CONVEX_DEPLOY_KEY\n    value: "prod:amber-river-${r.str(3, "0123456789")}|${r.str(80, HEX)}"`);
b.pos("r20-json-barred-key", "JSON config with a deploy key of label|hex", `{\n  "deployKey": "preview:north-falcon-${r.str(3, "0123456789")}|${r.str(64, HEX)}",\n  "region": "us"\n}`);

// ---- Benign look-alikes
bb.ben("r20-b-password-format", "password lookup falling back to a format string", `DB_PASSWORD = os.getenv("DB_PASSWORD", "%(user)s:%(port)d@host")`);
bb.ben("r20-b-token-regex", "token lookup falling back to a regex", `TOKEN_PATTERN = os.getenv("API_TOKEN", "(?:[A-Z]{4})-\\\\d+:(?:x|y)")`);
bb.ben("r20-b-secret-template", "secret lookup falling back to a template", `let secret = env::var("APP_SECRET").unwrap_or_else(|_| "\${HOME}/.secrets/app.key".to_string());`);
bb.ben("r20-b-secret-expr", "secret lookup falling back to an expression-like string", `const s = process.env.JOB_SECRET ?? "a>b&&c||d==eFgH1234";`);
bb.ben("r20-b-yaml-shell", "YAML env var holding a shell snippet", `env:\n  DEPLOY_TOKEN: $(cat /run/secrets/deploy_token)\n  SCHEDULE: "*/15 * * * *"`);
bb.ben("r20-b-yaml-cron", "YAML env var holding a cron expression", `env:\n  - name: ROTATE_SECRET_CRON\n    value: "0 */6 * * 1-5"`);
bb.ben("r20-b-sdk-version", "container env with an SDK version", `env:\n  - name: SDK_VERSION\n    value: "3.1.4"\n  - name: HUAWEICLOUD_SDK_SK\n    valueFrom:\n      secretKeyRef:\n        name: hw\n        key: sk`);
bb.ben("r20-b-sk-region", "a name with SK inside it, not at its end", `env:\n  - name: AWS_SK_REGION\n    value: "ap-southeast-1"\n  - name: DISK_SK_MODE\n    value: "ReadWriteOncePod"`);
bb.ben("r20-b-placeholder-sentence", "lookup falling back to a placeholder sentence", `'password' => env('APP_PASSWORD', 'changeme please now'),`);
bb.ben("r20-b-set-me", "lookup falling back to an instruction", `'app_password' => env('APP_PASSWORD', 'set me in .env'),`);
bb.ben("r20-b-word-default", "lookup falling back to a PascalCase word", `API_SECRET = os.environ.get("API_SECRET", "ChangeMeNowPlease")\nPASSWORD = os.environ.get("ADMIN_PASSWORD", "DefaultPassword")`);
bb.ben("r20-b-letters-words", "lookup falling back to camelCase words of 16+ letters", `const token = process.env.SERVICE_TOKEN ?? "notConfiguredYet";`);
bb.ben("r20-b-dotenv-url", "dotenv line whose value is a URL with symbols", `API_TOKEN_URL=https://auth.example.com/oauth2/token?x=1\nDB_PASSWORD=\${DB_PASSWORD_FROM_VAULT}`);
bb.ben("r20-b-barred-words", "a label and bar before words, under a key's name", `"deploy_key": "prod|see-the-team-vault-for-this"`);

export const cases = [...b.cases, ...bb.cases];
