// Round thirty-six (fix36c): a session key written as the fallback of an environment lookup of the variable a CLI or app
// reads it from (Bitwarden's `BW_SESSION`, 1Password's `OP_SESSION_<account>`): PHP/Laravel `env('BW_SESSION', '…')`,
// Python `os.getenv`, Node `process.env.X ?? …`, Ruby `ENV.fetch`, Go. The session key logs in as the user, a credential
// as a token is. Benign: a session's settings (`SESSION_DRIVER`, `SESSION_LIFETIME`, the cookie's name), empty or
// templated fallbacks, a Redis URL for sessions.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x36c004);
const b = builder({ category: "r36-fix36c-session-env-default" });
const bb = builder({ category: "r36-fix36c-session-env-default-benign" });
const bwSession = () => r.b64bytes(64);
const opSession = () => r.str(43, ALNUM + "-_");
const account = () => r.str(6, LOWER + DIGITS);

b.pos("fix36c-sess-php-laravel", "Laravel config/services.php: env('BW_SESSION', '<session key>')",
  `<?php\nreturn [\n    'bitwarden' => [\n        'session' => env('BW_SESSION', '${bwSession()}'),\n        'server' => env('BW_SERVER', 'https://vault.bitwarden.com'),\n    ],\n];\n`);
b.pos("fix36c-sess-python-getenv", "Python os.getenv with the session key as default",
  `import os, subprocess\n\nBW = os.getenv("BW_SESSION", "${bwSession()}")\nsubprocess.run(["bw", "get", "password", "smtp"], env={**os.environ, "BW_SESSION": BW})\n`);
b.pos("fix36c-sess-node-nullish", "Node process.env.OP_SESSION_<account> ?? literal",
  `const session = process.env.OP_SESSION_${account()} ?? "${opSession()}";\nexecFileSync("op", ["item", "get", "Stripe", "--session", session]);\n`);
b.pos("fix36c-sess-ruby-fetch", "Ruby ENV.fetch('BW_SESSION', '…')",
  `session = ENV.fetch('BW_SESSION', '${bwSession()}')\n\`bw unlock --check --session #{session}\`\n`);
b.pos("fix36c-sess-python-environ-get", "Python os.environ.get for a camel-case app session (Spanish comment)",
  `# sesión del CLI de 1Password para la tarea nocturna\nop_session = os.environ.get("OP_SESSION_${account()}", "${opSession()}")\n`);
b.pos("fix36c-sess-go-getenv-or", "Go helper getEnv(name, fallback) with the session key",
  `var bwSession = getEnv("BW_SESSION", "${bwSession()}")\n`);
b.pos("fix36c-sess-php-getenv-elvis", "PHP getenv('BW_SESSION') ?: '…'",
  `$session = getenv('BW_SESSION') ?: '${bwSession()}';\n`);

bb.ben("fix36c-sess-laravel-settings", "Laravel config/session.php: the session's settings",
  `return [\n    'driver' => env('SESSION_DRIVER', 'database'),\n    'lifetime' => env('SESSION_LIFETIME', 120),\n    'cookie' => env('SESSION_COOKIE', 'laravel_session'),\n    'domain' => env('SESSION_DOMAIN', null),\n];\n`);
bb.ben("fix36c-sess-empty-default", "Python getenv with an empty fallback",
  `BW = os.getenv("BW_SESSION", "")\nif not BW:\n    raise SystemExit("run: export BW_SESSION=$(bw unlock --raw)")\n`);
bb.ben("fix36c-sess-template-default", "Node fallback to a template string",
  `const session = process.env.OP_SESSION_${account()} ?? \`\${process.env.OP_SESSION}\`;\n`);
bb.ben("fix36c-sess-redis-url", "Ruby session store on Redis",
  `redis_url = ENV.fetch("REDIS_SESSION", "redis://localhost:6379/2/session")\n`);
bb.ben("fix36c-sess-placeholder", "PHP env with a placeholder fallback",
  `'session' => env('BW_SESSION', 'paste-output-of-bw-unlock-raw-here'),\n`);
bb.ben("fix36c-sess-fetch-no-default", "Ruby ENV.fetch without a fallback, a German comment",
  `# Sitzungsschlüssel kommt aus \`bw unlock --raw\`\nsession = ENV.fetch("BW_SESSION")\n`);
bb.ben("fix36c-sess-table-name", "Laravel database session table name",
  `'table' => env('SESSION_TABLE', 'user_sessions_archive_2024'),\n'store' => env('SESSION_STORE', 'redis_sessions_primary'),\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
