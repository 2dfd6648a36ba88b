// Round fourteen: a secret written as the fallback of an environment lookup, in several languages
// (the variable's name vouches for a value shorter than a named slot asks, or one with a label
// bar); a base64 key that starts with "/" inside JSON inside a SQL string (taken for a path); a
// long base64 bearer token under an upper-case *_TOKEN variable in YAML (taken for ciphertext).
// Benign look-alikes: placeholder, empty, URL, path and number defaults, public keys, and
// SealedSecret / KMS / SOPS ciphertext under token names. Every value is built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x14e4d0f);
const b = builder({ category: "r14-env-default", expect: "secrets" });
const bb = builder({ category: "r14-env-default-benign", expect: "secrets" });

const upDig = (n: number) => r.str(n, UPPER + DIGITS);
/** Base64 of random bytes that starts with "/" (first byte 0xFC..0xFF). */
function slashB64(n: number): string {
  for (;;) {
    const v = Buffer.from([0xfc | r.int(4), ...r.bytes(n - 1)]).toString("base64");
    if (v.split("/").some((s) => s.length >= 16 && /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s))) return v;
  }
}
/** Long base64 of random bytes that spells "+" or "/" (as ciphertext would) and does not start like an envelope. */
function longB64(n: number): string {
  for (;;) {
    const v = r.b64bytes(n);
    if (/[+/]/.test(v) && !/^(?:Ag|AQ)/.test(v)) return v;
  }
}

b.pos("r14-env-py-certificate", "app certificate as os.environ.get's default", `import os\nAPP_CERT = os.environ.get("VIDEO_APP_CERTIFICATE", "${r.hex(32)}")\nclient = Client(cert=APP_CERT)`);
b.pos("r14-env-go-short-hex", "Go getEnv helper with a 28-hex signing secret default", `func load() Config {\n\treturn Config{Secret: getEnv("WEBHOOK_SIGNING_SECRET", "${r.hex(28)}"), Port: getEnv("PORT", "8080")}\n}`);
b.pos("r14-env-laravel-pat", "Laravel env() with a PAT default", `<?php\nreturn [\n    'monitor' => [\n        'pat' => env('MONITOR_PAT', '${upDig(32)}'),\n    ],\n];`);
b.pos("r14-env-ruby-fetch", "Ruby ENV.fetch with a 30-hex API token default", `Acme.configure do |c|\n  c.api_token = ENV.fetch('ACME_API_TOKEN', '${r.hex(30)}')\nend`);
b.pos("r14-env-java-bar", "Java getOrDefault with a label|body key default", `String key = System.getenv().getOrDefault("VECTOR_DB_API_KEY", "${r.alnum(8)}|${r.alnum(56)}");`);
b.pos("r14-env-csharp-coalesce", "C# GetEnvironmentVariable ?? 26-hex default", `var token = Environment.GetEnvironmentVariable("SEARCH_AUTH_TOKEN") ?? "${r.hex(26)}";`);
b.pos("r14-env-rust-unwrap", "Rust env::var(...).unwrap_or with a PAT default", `let pat = env::var("REGISTRY_PAT").unwrap_or("${upDig(36)}".to_string());`);
b.pos("r14-env-ruby-or", "Ruby ENV[] || default", `ACCESS = ENV['CDN_PURGE_PAT'] || '${upDig(32)}'`);
b.pos("r14-env-kotlin-elvis", "Kotlin getenv ?: certificate default", `val cert = System.getenv("RTC_APP_CERTIFICATE") ?: "${r.hex(32)}"`);
b.pos("r14-sql-json-slash-b64", "JSON in a SQL string, base64 secret starting with /", `INSERT INTO connectors (id, kind, settings) VALUES\n  (12, 'video', '{"streamKeySecret": "${slashB64(54)}", "streamKeyId": "${r.uuid()}"}');`);
b.pos("r14-sql-jsonb-camel", "jsonb literal, camelCase secret, slash-led base64", `UPDATE tenants SET integrations = '{"webhookSigningSecret": "${slashB64(45)}"}'::jsonb WHERE id = 7;`);
b.pos("r14-yaml-b64-access-token-chat", "compose env block in a chat message, long base64 access token", JSON.stringify({ model: "m", messages: [{ role: "user", content: `why does this keep crashing?\n\n\`\`\`yaml\nservices:\n  bot:\n    image: acme/bot:1\n    environment:\n      MESSAGING_CHANNEL_ACCESS_TOKEN: "${longB64(130)}"\n      LOG_LEVEL: "info"\n\`\`\`` }] }));
b.pos("r14-yaml-b64-api-token", "GitHub Actions env with a long base64 API token", `env:\n  PUSH_API_TOKEN: '${longB64(150)}'\n  REGION: eu-west-1`);
b.pos("r14-json-b64-auth-token", "JSON env map with a long base64 auth token", JSON.stringify({ env: { GATEWAY_AUTH_TOKEN: longB64(180), NODE_ENV: "production" } }));

bb.ben("r14-env-app-name", "Laravel app name default", `'name' => env('APP_NAME', 'Laravel'),\n'env' => env('APP_ENV', 'production'),`);
bb.ben("r14-env-placeholder", "placeholder default", `API_KEY = os.environ.get("ACME_API_KEY", "your-api-key-here")\nTOKEN = os.getenv("ACME_TOKEN", "")`);
bb.ben("r14-env-url", "URL default under a token-ish name", `token_url = os.getenv("OAUTH_TOKEN_URL", "https://auth.example.com/oauth/token")`);
bb.ben("r14-env-path", "path default for a certificate", `cert = ENV.fetch('TLS_CERTIFICATE', '/etc/ssl/certs/server-2024.pem')`);
bb.ben("r14-env-number", "number default", `ttl := getEnv("TOKEN_TTL_SECONDS", "3600")\nmax := getEnv("API_KEY_MAX_AGE", "7776000")`);
bb.ben("r14-env-public-key", "publishable and site key defaults", `'publishable_key' => env('PAYMENTS_PUBLISHABLE_KEY', 'pub_${r.alnum(24)}'),\n'site_key' => env('CAPTCHA_SITE_KEY', '${r.alnum(40)}'),`);
bb.ben("r14-env-dev-secret", "a dev secret written as words", `app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY", "dev-secret-change-me-in-production")`);
bb.ben("r14-env-key-id", "a key id default", `kid = os.environ.get("SIGNING_KEY_ID", "${r.alnum(28)}")`);
bb.ben("r14-secret-file-path", "a secret's file path in JSON in SQL", `INSERT INTO settings VALUES (1, '{"apiSecretFile": "/run/secrets/api_token_v2", "tokenDir": "/var/lib/app/tokens/current"}');`);
bb.ben("r14-sealed-secret-token", "SealedSecret ciphertext under an access-token name", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: bot\nspec:\n  encryptedData:\n    CHANNEL_ACCESS_TOKEN: ${Buffer.from([0x02, 0x00, ...r.bytes(229)]).toString("base64")}\n`);
bb.ben("r14-kms-token", "KMS ciphertext under a token name", `BOT_API_TOKEN: "${Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78, ...r.bytes(175)]).toString("base64")}"`);
bb.ben("r14-sops-token", "SOPS value under a token name", `SLACK_BOT_TOKEN: ENC[AES256_GCM,data:${r.b64bytes(60)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`);

export const cases = [...b.cases, ...bb.cases];
void ALNUM; void HEX;
