// Round fifteen: a secret-named identifier and an opaque literal on one line (or a name line and
// the value on the next), whatever syntax stands between them: configuration languages (Nix, HCL,
// Dhall, CUE, Jsonnet, Puppet hiera, Salt, Ansible), build files (Gradle, Kotlin DSL, sbt), shell
// and service files (systemd, supervisord, Docker build args, PowerShell, .reg), markup (plist,
// Android resources), proxies (nginx, Caddy, HAProxy, Envoy) and scripting languages (Lua, Perl,
// R, Julia, Elixir). Benign look-alikes: digests under hash/checksum names, ids, public keys,
// header-name constants followed by another value, regexes, error and i18n strings, fake fixtures,
// minified code. Every value is built at run time.
import { builder, Rng, ALNUM, DIGITS } from "./_gen.ts";

const r = new Rng(0x15fa1e);
const b = builder({ category: "r15-value-first", expect: "secrets" });
const bb = builder({ category: "r15-value-first-benign", expect: "secrets" });

/** Random letters of both cases and digits, with at least two digits and both cases. */
function body(n: number): string {
  for (;;) {
    const v = r.str(n, ALNUM);
    if ((v.match(/\d/g) ?? []).length >= 2 && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
}
const v = () => body(24 + r.int(16));

b.pos("r15-nix-attr", "Nix attribute set", `{ config, ... }:\n{\n  services.acme = {\n    enable = true;\n    apiKey = "${v()}";\n  };\n}`);
b.pos("r15-dhall", "Dhall record", `let cfg = { host = "api.internal", ingestToken = "${v()}", port = 8443 }\nin cfg`);
b.pos("r15-cue", "CUE struct", `package deploy\n\nsecrets: {\n\tbillingApiSecret: "${v()}"\n\tregion: "eu-1"\n}`);
b.pos("r15-jsonnet", "Jsonnet object", `local env = 'prod';\n{\n  notifier: {\n    webhook_token: '${v()}',\n    env: env,\n  },\n}`);
b.pos("r15-lua", "Lua table", `local M = {}\nM.settings = { push_api_secret = "${v()}", retries = 3 }\nreturn M`);
b.pos("r15-perl", "Perl hash", `my %conf = (\n    'mailer_api_key' => '${v()}',\n    'from' => 'ops',\n);`);
b.pos("r15-r", "R assignment with <-", `library(httr)\nsearch_api_key <- "${v()}"\nres <- GET(url, add_headers(key = search_api_key))`);
b.pos("r15-julia", "Julia const", `module Feeds\nconst FEED_ACCESS_TOKEN = "${v()}"\nend`);
b.pos("r15-scala", "Scala val", `object Conf {\n  val ledgerClientSecret: String = "${v()}"\n}`);
b.pos("r15-kotlin-dsl", "Kotlin DSL buildConfigField", `android {\n    defaultConfig {\n        buildConfigField("String", "MAPS_SDK_SECRET", "\\"${v()}\\"")\n    }\n}`);
b.pos("r15-groovy", "Groovy buildConfigField", `defaultConfig {\n    buildConfigField "String", "ANALYTICS_API_KEY", "\\"${v()}\\""\n}`);
b.pos("r15-ansible", "Ansible vars", `- hosts: web\n  vars:\n    grafana_admin_password: "${v()}"\n  roles:\n    - grafana`);
b.pos("r15-salt", "Salt pillar", `datadog:\n  config:\n    dd_api_key: '${v()}'`);
b.pos("r15-hiera", "Puppet hiera", `---\nprofile::backup::s3_secret_key: '${v()}'\nprofile::backup::bucket: 'nightly'`);
b.pos("r15-puppet-class", "Puppet class parameter", `class { 'monitoring::agent':\n  agent_token => '${v()}',\n  server      => 'mon01',\n}`);
b.pos("r15-caddy", "Caddyfile header", `api.internal {\n\treverse_proxy backend:8080 {\n\t\theader_up X-Upstream-Token "${v()}"\n\t}\n}`);
b.pos("r15-haproxy", "HAProxy http-request set-header", `backend api\n    http-request set-header X-Service-Api-Key "${v()}"\n    server s1 10.0.0.5:8080`);
b.pos("r15-nginx", "nginx proxy_set_header", `location /v1/ {\n    proxy_set_header X-Api-Key "${v()}";\n    proxy_pass http://upstream;\n}`);
b.pos("r15-envoy", "Envoy request_headers_to_add", `request_headers_to_add:\n- header: { key: "x-partner-token", value: "${v()}" }\n  append: false`);
b.pos("r15-supervisord", "supervisord environment", `[program:worker]\ncommand=/usr/bin/worker\nenvironment=QUEUE_AUTH_TOKEN="${v()}",LOG_LEVEL="info"`);
b.pos("r15-systemd", "systemd Environment=", `[Service]\nEnvironment=LEDGER_API_SECRET=${v()}\nExecStart=/usr/local/bin/ledger`);
b.pos("r15-systemd-quoted", "systemd Environment= quoted pair", `[Service]\nEnvironment="UPLOAD_ACCESS_KEY=${v()}"\nExecStart=/opt/up/bin/up`);
b.pos("r15-plist", "launchd plist key then string", `<dict>\n\t<key>EnvironmentVariables</key>\n\t<dict>\n\t\t<key>SyncServiceSecret</key>\n\t\t<string>${v()}</string>\n\t</dict>\n</dict>`);
b.pos("r15-reg", "Windows .reg value", `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Agent]\n"ServiceApiKey"="${v()}"\n"Interval"=dword:0000003c`);
b.pos("r15-docker-build-arg", "docker --build-arg", `docker build --build-arg NPM_AUTH_TOKEN=${v()} -t web:latest .`);
b.pos("r15-gha-with", "GitHub Actions with: input", `      - uses: acme/deploy-action@v3\n        with:\n          deploy-token: "${v()}"\n          environment: prod`);
b.pos("r15-powershell-env", "PowerShell $env:", `$env:CRASH_REPORTER_TOKEN = '${v()}'\n& .\\upload.ps1`);
b.pos("r15-elixir", "Elixir config keyword", `import Config\nconfig :shop, Shop.Payments, gateway_secret: "${v()}", sandbox: false`);
b.pos("r15-android-string", "Android string resource", `<resources>\n    <string name="places_api_key">${v()}</string>\n</resources>`);
b.pos("r15-hcl", "HCL variable default", `variable "monitor_api_key" {\n  default = "${v()}"\n  sensitive = true\n}`);
b.pos("r15-hcl-provider", "HCL provider block", `provider "statuspage" {\n  api_token = "${v()}"\n}`);
b.pos("r15-sql-json", "JSON in a SQL string", `UPDATE integrations SET cfg = '{"relaySigningSecret": "${v()}"}' WHERE id = 4;`);
b.pos("r15-ruby-config", "Ruby config from ENV.fetch", `Rails.application.configure do\n  config.search_api_token = ENV.fetch('SEARCH_API_TOKEN', '${v()}')\nend`);
b.pos("r15-ini-bare", "INI bare value", `[uploader]\nendpoint = https://up.internal\nsigning_secret = ${v()}`);
b.pos("r15-toml-inline", "TOML inline table", `[clients]\nbilling = { url = "https://billing.internal", client_secret = "${v()}" }`);
b.pos("r15-php-array", "PHP array entry", `<?php\nreturn [\n    'storefront_api_token' => '${v()}',\n];`);
b.pos("r15-swift-let", "Swift static let", `enum Keys {\n    static let analyticsWriteKey: String = "${v()}"\n}`);
b.pos("r15-json-escaped", "escaped JSON inside a string", `payload = "{\\"ingestApiKey\\": \\"${v()}\\"}"`);

const hex = (n: number) => r.hex(n);
bb.ben("r15-hash-column", "hash column in SQL", `INSERT INTO api_keys (name, api_key_hash, created) VALUES ('ci', '${hex(64)}', now());`);
bb.ben("r15-key-id", "key and token ids", `{ "signingKeyId": "${body(24)}", "access_token_id": "${body(28)}" }`);
bb.ben("r15-public-key", "public and publishable keys", `const stripePublishableKey = "${body(32)}";\nconst vapidPublicKey = "${body(40)}";`);
bb.ben("r15-header-const", "header-name constant then another value", `TOKEN_HEADER = "x-api-key"; build_id = "${body(28)}"`);
bb.ben("r15-header-const2", "api key header name, value from a variable", `API_KEY_HEADER = "X-Api-Key"\nrequest_id = "${body(30)}"`);
bb.ben("r15-regex", "a token regex", `const API_TOKEN_RE = /^[A-Za-z0-9]{32}$/;\nconst apiKeyPattern = "^ak_[A-Za-z0-9]{24}$";`);
bb.ben("r15-error-msg", "an error message", `raise ValueError("api_key must be 32 characters, got " + str(len(k)))\nlog.warn("secret token missing for %s", tenant)`);
bb.ben("r15-i18n", "i18n strings", `{\n  "settings.apiKey.label": "API key",\n  "settings.apiKey.help": "Paste the key from your dashboard",\n  "settings.secret.reveal": "Show secret"\n}`);
bb.ben("r15-minified", "minified code", `var a=function(e){return e.apiKey?e.apiKey:"default"},b="xY3ZmFpbGVk",c=a({}),d=Object.keys(c);`);
bb.ben("r15-plist-path", "plist key with a path value", `<key>ClientCertificate</key>\n<string>/Library/Acme/Certs/client-2026-prod.p12</string>`);
bb.ben("r15-env-ref", "value from a reference", `api_key = "\${{ secrets.DEPLOY_API_KEY }}"\nauth_token = "{{ vault_auth_token }}"`);
bb.ben("r15-cache-key", "cache and sort keys", `cache_key = "user:${DIGITS.slice(0, 6)}:profile:v2"\nsortKey: "createdAt#2024-05-01T10:00:00Z"`);
bb.ben("r15-integrity", "package integrity hash", `"node_modules/left-pad": { "version": "1.3.0", "integrity": "sha512-${r.b64bytes(64)}" }`);
bb.ben("r15-key-file", "key file names", `ssl_certificate_key /etc/nginx/tls/api-2026-04.key;\nprivate_key_path = "/run/secrets/deploy_key_2026"`);
bb.ben("r15-type-name", "type names", `api_key: ApiKeyCredentialProvider2 = build()\nsecret_manager = SecretManagerServiceClientV2()`);

export const cases = [...b.cases, ...bb.cases];
