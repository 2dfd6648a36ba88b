// Round sixteen: (1) environment WRITES of a literal under a secret-named variable (`set_var`,
// `setenv`, `os.environ[…] =`, `process.env.X =`, `ENV[…] =`, JSON-escaped in a notebook) and a
// short generated password as an env lookup's default; (2) a SQL row or tuple holding a secret's
// name and then its value, the value a password with punctuation; (3) a self-hosted chat's
// incoming webhook URL (Mattermost `/hooks/<26>`, Rocket.Chat `/hooks/<17>/<48>`) on any host;
// (4) a Rails master key written into `config/master.key` or `config/credentials/<env>.key`.
// Benign look-alikes: SSH host-key fingerprints under a secret-ish name, weak or placeholder
// defaults, comparisons with process.env, templates and patterns in a pair, React hooks paths,
// key-file paths beside an unrelated hash. Every value is built at run time.
import { builder, Rng, LOWER, UPPER, DIGITS, ALNUM, B64 } from "./_gen.ts";

const r = new Rng(0x16e0f1);
const b = builder({ category: "r16-env-pairs-hooks-keyfiles", expect: "secrets" });
const bb = builder({ category: "r16-env-pairs-hooks-keyfiles-benign", expect: "secrets" });

const mixed = (n: number) => { for (;;) { const v = r.str(n, ALNUM); if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) return v; } };
const punct = (n: number) => { for (;;) { const v = r.str(n, ALNUM + "!#%^*()<>@&"); if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[!#%^*()<>@&]/.test(v)) return v; } };
const mmId = () => { for (;;) { const v = r.str(26, LOWER + DIGITS); if (/\d.*\d.*\d/.test(v)) return v; } };
const hexKey = () => r.hex(32);

// (1) env writes and short password defaults
b.pos("r16-env-rust-set-var", "Rust std::env::set_var of an API key in a test", `#[test]\nfn loads() {\n    std::env::set_var("PAGERDUTY_API_KEY", "${mixed(22)}");\n    assert!(Config::from_env().is_ok());\n}`);
b.pos("r16-env-python-environ-write", "Python os.environ[...] = token", `import os\nos.environ["SEGMENT_WRITE_TOKEN"] = "${mixed(30)}"\nclient = Analytics()`);
b.pos("r16-env-node-member-write", "process.env.X = secret in a test setup", `beforeAll(() => {\n  process.env.SENTRY_AUTH_TOKEN = "${mixed(40)}";\n});`);
b.pos("r16-env-ruby-env-write", "Ruby ENV[...] = key in a spec helper", `RSpec.configure do |c|\n  ENV['MAILGUN_API_KEY'] = '${mixed(32)}'\nend`);
b.pos("r16-env-c-setenv", "C setenv of a password", `int main(void) {\n    setenv("REDIS_PASSWORD", "${mixed(18)}", 1);\n    return run();\n}`);
b.pos("r16-env-notebook-escaped-write", "Jupyter cell source, JSON-escaped environ write of a long base64 token", `{\n "cells": [{"cell_type": "code", "source": [\n  "import os\\n",\n  "os.environ[\\"WAREHOUSE_TOKEN\\"] = \\"${r.str(344, B64)}\\"\\n"\n ]}]\n}`);
b.pos("r16-env-php-short-password", "Laravel env() default, a 14-char generated password", `return [\n    'password' => env('MYSQL_PASSWORD', '${mixed(14)}'),\n];`);
b.pos("r16-env-python-short-password", "os.getenv default, a 13-char generated password", `DB_PASS = os.getenv("POSTGRES_PASSWORD", "${mixed(13)}")`);
// (2) name-value pairs in a row or tuple
b.pos("r16-pair-sql-row-punct", "SQL row: secret name then a punctuated password", `INSERT INTO app_settings (scope, name, value) VALUES\n  ('mail', 'smtp_password', '${punct(20)}');`);
b.pos("r16-pair-python-tuple-punct", "Python list of (name, value) tuples", `SEED = [\n    ("billing_api_secret", "${punct(24)}"),\n    ("region", "eu-west-1"),\n]`);
b.pos("r16-pair-sql-multi-col", "SQL row with an id, provider, name then value", `VALUES (7, 'vendor', 'partner_auth_token', '${punct(18)}', now());`);
// (3) incoming webhooks
b.pos("r16-hook-mattermost-ts", "Mattermost webhook on a company host in a TS config", `export const alerts = {\n  webhookUrl: "https://mm.corp-chat.net/hooks/${mmId()}",\n};`);
b.pos("r16-hook-mattermost-curl", "curl to a Mattermost webhook with a port", `curl -i -X POST -H 'Content-Type: application/json' -d '{"text": "deploy done"}' http://chat.internal:8065/hooks/${mmId()}`);
b.pos("r16-hook-rocketchat-yaml", "Rocket.Chat integration webhook in YAML", `notify:\n  rocketchat_url: https://rocket.team-ops.io/hooks/${r.alnum(17)}/${r.alnum(48)}`);
// (4) key files
b.pos("r16-keyfile-tool-write", "tool call writing config/master.key", `{"type": "tool_use", "name": "create_file", "input": {"file_path": "app/config/master.key", "file_text": "${hexKey()}"}}`);
b.pos("r16-keyfile-echo-redirect", "echo of the key into config/master.key", `echo -n "${hexKey()}" > config/master.key && chmod 600 config/master.key`);
b.pos("r16-keyfile-heredoc-env", "heredoc into config/credentials/production.key", `cat > config/credentials/production.key <<'KEY'\n${hexKey()}\nKEY`);
b.pos("r16-keyfile-tee", "printf piped to tee a credentials key", `printf %s ${hexKey()} | sudo tee /srv/app/config/credentials/staging.key >/dev/null`);

// Benign look-alikes
const fp = () => r.str(43, ALNUM + "+/");
bb.ben("r16-fp-python-env-default", "SSH host key fingerprint as an env default", `KNOWN_HOST_KEY_FP = os.environ.get("KNOWN_HOST_KEY_FP", "SHA256:${fp()}")`);
bb.ben("r16-fp-rust-set-var", "SSH host key fingerprint set in a Rust test", `std::env::set_var("JUMP_HOST_KEY_FINGERPRINT", "SHA256:${fp()}");`);
bb.ben("r16-fp-tuple", "fingerprint pair in a tuple", `("deploy_key_fp", "SHA256:${fp()}")`);
bb.ben("r16-env-weak-password-defaults", "env defaults that are stand-in passwords", `'password' => env('DB_PASSWORD', 'Passw0rd2024'),\n'redis' => env('REDIS_PASSWORD', 'ChangeMe123!'),\nPW = os.getenv("ADMIN_PASSWORD", "Admin12345")`);
bb.ben("r16-env-compare-and-copy", "env comparisons and copies, no literal written", `if (process.env.API_TOKEN === expected) ok();\nos.environ["API_KEY"] = os.environ["UPSTREAM_API_KEY"]\nprocess.env.NODE_ENV = "production";`);
bb.ben("r16-pair-templates-patterns", "name-value pairs holding a template, a pattern, a format, a path", `("token_pattern", "^[A-Za-z0-9]{32}$")\n('api_key', '%(asctime)s-%(levelname)s')\n('secret_file', 'C:/Users/Build1/keys/app.pem')`);
bb.ben("r16-hooks-paths", "hooks paths that are not webhooks", `import { useAuth } from "https://esm.sh/src/hooks/useauthenticatedsession";\nsee https://github.com/acme/api/settings/hooks/412345678\nurl = "https://mattermost.example.com/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx"`);
bb.ben("r16-keyfile-mentions", "key file paths beside a commit or a digest", `git add config/master.key  # commit ${r.hex(32)}\nIgnore config/master.key; its md5 is ${r.hex(32)}\n{"path": "config/master.key", "content": "00000000000000000000000000000000"}`);

export const cases = [...b.cases, ...bb.cases];
