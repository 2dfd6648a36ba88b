// Round sixteen (y18 fixer): (1) an env fallback or write of short hex (16+) or random lower case
// and digits under a name whose last word is the secret (`*_SECRET`, `*_TOKEN`, `*_KEY`), a short
// vendor tag before hex (`pay_test_…`, `st…`), and Django's `django-insecure-…` key; (2) a
// generated password with punctuation as a YAML/JSON field's quoted value under a secret's name;
// (3) a .pgpass line echoed in a zsh extended-history line (`: <time>:0;echo …`); (4) a password
// in SQL DDL (`CREATE USER … WITH PASSWORD '…'`, `ALTER ROLE … LOGIN PASSWORD`, `IDENTIFIED BY`);
// (5) a minisign secret key file. Benign look-alikes: hashes, ids and digests under other names, a
// k8s env list whose secret item is followed by a hash item, placeholders in DDL, a psql variable,
// minisign public keys and signatures. Every value is built at run time.
import { builder, Rng, LOWER, UPPER, DIGITS, ALNUM, B64 } from "./_gen.ts";

const r = new Rng(0x18f16e);
const b = builder({ category: "r16-env-hex-ddl-minisign", expect: "secrets" });
const bb = builder({ category: "r16-env-hex-ddl-minisign-benign", expect: "secrets" });

const hex = (n: number) => { for (;;) { const v = r.hex(n); if (/\d.*\d.*\d/.test(v) && /[a-f].*[a-f].*[a-f]/.test(v) && new Set(v).size >= 10) return v; } };
const lowDig = (n: number) => { for (;;) { const v = r.str(n, LOWER + DIGITS); if ((v.match(/(?=[a-z]\d|\d[a-z])/g) ?? []).length >= Math.max(6, n / 4)) return v; } };
const punct = (n: number) => { for (;;) { const v = r.str(n, ALNUM + "!#%^*;<>@&?"); if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && /[!#%^*;<>@&?]/.test(v) && !/<[^>]{2,}>/.test(v)) return v; } };
const djangoKey = () => r.str(50, LOWER + DIGITS + "!@#$%^&*(-_=+)");
const pw = () => { for (;;) { const v = r.str(18, ALNUM + "!#%"); if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) return v; } };

// (1) env fallbacks and writes, short hex or lower case and digits
b.pos("r16y-env-go-hex20", "Go getEnv fallback, 20 hex under *_SECRET", `signingSecret := getEnv("WEBHOOK_SIGNING_SECRET", "${hex(20)}")`);
b.pos("r16y-env-python-hex18", "os.environ.get default, 18 hex under *_TOKEN", `TOKEN = os.environ.get("RELAY_ACCESS_TOKEN", "${hex(18)}")`);
b.pos("r16y-env-node-lowdig", "process.env member ?? fallback, lower case and digits under *_SECRET_KEY", `const key = process.env.MAILJET_SECRET_KEY ?? "${lowDig(28)}";`);
b.pos("r16y-env-ruby-lowdig", "Ruby ENV.fetch default, lower case and digits under *_AUTH_TOKEN", `config.twilio_token = ENV.fetch("TWILIO_AUTH_TOKEN", "${lowDig(24)}")`);
b.pos("r16y-env-rust-hex", "Rust env::var unwrap_or_else, hex under *_SECRET", `let s = std::env::var("BEAMER_SECRET").unwrap_or_else(|_| "${hex(22)}".to_string());`);
b.pos("r16y-env-php-two-word-tag", "Laravel env() default, a live/test tag before hex", `'key' => env('BILLING_API_KEY', 'pay_test_${hex(32)}'),`);
b.pos("r16y-env-notebook-tag-hex", "notebook cell, escaped environ write of a short tag glued to hex", `{"cells": [{"cell_type": "code", "source": ["os.environ[\\"ANALYTICS_MANAGEMENT_TOKEN\\"] = \\"st${hex(32)}\\"\\n"]}]}`);
b.pos("r16y-env-django-setdefault", "os.environ.setdefault of Django's generated insecure key", `os.environ.setdefault("DJANGO_SECRET_KEY", "django-insecure-${djangoKey()}")`);
b.pos("r16y-env-django-ruby", "ENV.fetch default holding a django-insecure key", `secret = ENV.fetch('APP_SECRET_KEY', 'django-insecure-${djangoKey()}')`);
// (2) YAML/JSON field, quoted generated password
b.pos("r16y-field-yaml-password", "YAML field, quoted password with punctuation", `smtp:\n  host: smtp.mailgun.org\n  smtp_password: "${punct(20)}"\n`);
b.pos("r16y-field-json-secret", "JSON field, webhook secret with punctuation", `{"service": "billing", "webhook_secret": "${punct(22)}", "retries": 3}`);
b.pos("r16y-field-yaml-single", "YAML single-quoted auth token", `vendor:\n  partner_auth_token: '${punct(18)}'\n`);
// (3) .pgpass written from a zsh history line
b.pos("r16y-pgpass-zsh-single", "zsh history, echo with single quotes", `: 1764001122:0;cd ~/infra\n: 1764001150:0;echo 'db-replica.internal:5432:billing:svc_billing:${pw()}' >> ~/.pgpass\n: 1764001160:0;chmod 0600 ~/.pgpass`);
b.pos("r16y-pgpass-zsh-printf", "zsh history, printf of a .pgpass line", `: 1765102233:2;printf '10.0.4.12:6432:*:etl:${pw()}\\n' >> $HOME/.pgpass`);
// (4) SQL DDL
b.pos("r16y-ddl-pg-role-login", "Postgres CREATE ROLE … LOGIN PASSWORD", `CREATE ROLE metabase LOGIN PASSWORD '${pw()}' VALID UNTIL 'infinity';`);
b.pos("r16y-ddl-pg-alter-encrypted", "ALTER USER … WITH ENCRYPTED PASSWORD in a migration", `-- rotate\nALTER USER app_rw WITH ENCRYPTED PASSWORD '${pw()}';\n`);
b.pos("r16y-ddl-mysql-identified", "MySQL CREATE USER … IDENTIFIED BY", `CREATE USER 'grafana'@'%' IDENTIFIED BY '${pw()}';\nGRANT SELECT ON metrics.* TO 'grafana'@'%';`);
b.pos("r16y-ddl-oracle-unquoted", "Oracle CREATE USER … IDENTIFIED BY, unquoted", `CREATE USER reporting IDENTIFIED BY Rq7${r.alnum(9)}x2;\nGRANT CREATE SESSION TO reporting;`);
// (5) minisign secret keys
const mini = (head: string) => `${head}${r.str(204, B64)}=`;
b.pos("r16y-minisign-encrypted-file", "minisign encrypted secret key written with printf", `printf 'untrusted comment: minisign encrypted secret key\\n${mini("RWRTY0Iy")}\\n' > ~/.minisign/minisign.key`);
b.pos("r16y-minisign-unencrypted-json", "unencrypted minisign key in a tool call's file content", `{"name": "write_file", "input": {"path": "keys/release.key", "content": "untrusted comment: minisign secret key\\n${mini("RWQAAEIy")}\\n"}}`);

// Benign look-alikes
bb.ben("r16y-env-hashes-ids", "hashes, ids and digests as env defaults under other names", `GIT_SHA = os.environ.get("GIT_SHA", "${r.hex(40)}")\nBUILD_HASH = os.getenv("BUILD_HASH", "${r.hex(32)}")\nconst ck = process.env.CACHE_KEY ?? "${r.hex(32)}";\nlet app = std::env::var("PUSHER_APP_ID").unwrap_or("${r.digits(7)}".into());\nkid = ENV.fetch("SINCH_KEY_ID", "${r.uuid()}")\nfp = os.getenv("SIGNING_KEY_FP", "${r.hex(40)}")`);
bb.ben("r16y-env-weak-hex-lowdig", "repeated hex and word-like defaults under secret names", `os.environ.get("SECRET_KEY", "deadbeefdeadbeefdead")\nos.getenv("API_TOKEN", "test1234token5678abc")\nENV.fetch("DJANGO_SECRET_KEY", "django-insecure-change-me")`);
bb.ben("r16y-k8s-secretkeyref-then-hash", "k8s env list: a secretKeyRef item, then a build hash item", `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n  - name: BUILD_COMMIT\n    value: "${r.hex(40)}"\n`);
bb.ben("r16y-field-templates", "YAML fields under secret names holding a template, a namespaced key, a placeholder", `queue:\n  dedupe_token: "dedupe:webhooks:${r.alnum(24)}"\ndb:\n  password: "\${DB_PASSWORD}"\n  replica_password: "<your-password-here>"\n`);
bb.ben("r16y-pgpass-zsh-variable", "zsh history, a .pgpass line from a variable", `: 1764001150:0;echo "db.internal:5432:app:app:$PGPASSWORD" >> ~/.pgpass`);
bb.ben("r16y-ddl-placeholders", "DDL with a psql variable, a template and a stand-in", `ALTER USER app WITH PASSWORD :'app_password';\nCREATE USER 'svc'@'%' IDENTIFIED BY '\${MYSQL_SVC_PASSWORD}';\nCREATE ROLE demo LOGIN PASSWORD 'changeme';`);
bb.ben("r16y-prose-identified-by", "prose: identified by", `Each tenant is identified by its slug. A user identified by email is merged on login.`);
bb.ben("r16y-minisign-public-and-sig", "minisign public key and signature", `untrusted comment: minisign public key ${r.HEX(16)}\nRWQ${r.str(53, B64)}\n\nuntrusted comment: signature from minisign secret key\nRUR${r.str(97, B64)}\ntrusted comment: timestamp:1764001150\tfile:toolkit.tar.gz`);

export const cases = [...b.cases, ...bb.cases];
