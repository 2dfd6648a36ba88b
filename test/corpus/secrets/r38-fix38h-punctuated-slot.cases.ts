// Round thirty-eight (fix38h): a long random secret drawn with punctuation (Django's SECRET_KEY alphabet
// `a-z0-9!@#$%^&*(-_=+)` at any length from 40 to 60, a generated password) under a secret-named slot is the credential,
// read through its punctuation: bare in a logfmt line or a `k=v` list up to the next pair, to a .env or YAML line's end,
// or quoted in JSON, YAML and code. Benign: the same slots holding a variable, a command, a format string, a template,
// a call, an environment lookup, a placeholder or a mask.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x38f801);
const b = builder({ category: "r38-fix38h-punctuated-slot" });
const bb = builder({ category: "r38-fix38h-punctuated-slot-benign" });
const DJANGO = LOWER + DIGITS + "!@#$%^&*(-_=+)";
/** A Django-alphabet draw; drawn again when it spells a shell expansion (`$(…`, `${…`, a leading `$NAME`), as a reader would take it. */
const django = (n: number): string => {
  const v = r.str(n, DJANGO);
  return /^\$|\$[({]/.test(v) ? django(n) : v;
};
const password = (n: number) => r.str(n, ALNUM + "!@#%^*=+");
const sha = () => r.str(40, HEX);

b.pos("fix38h-logfmt-client-secret", "logfmt line: an OAuth client secret in Django's alphabet, then a commit SHA",
  `ts=2026-12-01T08:14:02Z level=info msg="token exchange" client_secret=${django(44)} commit=${sha()} dur=38ms\n`);
b.pos("fix38h-dotenv-django-58", ".env file: DJANGO_SECRET_KEY of 58 characters, bare to the line's end",
  `DJANGO_DEBUG=False\nDJANGO_SECRET_KEY=${django(58)}\nDJANGO_ALLOWED_HOSTS=app.example.org\n`);
b.pos("fix38h-json-secret-key-42", "JSON settings: secret_key quoted, 42 characters",
  `{\n  "debug": false,\n  "secret_key": "${django(42)}",\n  "allowed_hosts": ["app.example.org"]\n}\n`);
b.pos("fix38h-yaml-bare-signing-secret", "YAML values file: a bare signing secret of 47 characters",
  `web:\n  replicas: 3\n  signing_secret: ${django(47)}\n  log_level: info\n`);
b.pos("fix38h-systemd-env-kv", "systemd unit's Environment= list, a webhook secret between other pairs",
  `[Service]\nEnvironment=APP_ENV=prod WEBHOOK_SECRET=${django(53)} PORT=8000\nExecStart=/usr/bin/app\n`);
b.pos("fix38h-de-log-password", "German log line (k=v) with a generated database password of 40",
  `2026-12-01 08:14:02 WARNUNG Verbindung erneut aufgebaut db_password=${password(40)} benutzer=app versuch=3\n`);
b.pos("fix38h-fr-yaml-quoted", "French note above a Compose file: a quoted secret key of 60",
  `# Clé de production (ne pas committer)\nservices:\n  web:\n    environment:\n      SECRET_KEY: "${django(60)}"\n`);
b.pos("fix38h-python-settings-api-secret", "Python settings module: an API secret of 51 in single quotes",
  `import os\n\nDEBUG = False\nAPI_SECRET = '${django(51)}'\nALLOWED_HOSTS = ["api.example.org"]\n`);

bb.ben("fix38h-ben-shell-references", ".env and shell: the key from a variable and a command",
  `DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY}\nexport DJANGO_SECRET_KEY=$(cat /run/secrets/django_secret_key)\n`);
bb.ben("fix38h-ben-format-and-template", "a format string and a Jinja template under secret slots",
  `secret_key = "%(secret)s"\nclient_secret: "{{ vault_client_secret }}"\nSECRET_KEY={{ secret_key }}\n`);
bb.ben("fix38h-ben-django-generator", "settings that generate the key or read it from the environment",
  `from django.core.management.utils import get_random_secret_key\nSECRET_KEY = get_random_secret_key()\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`);
bb.ben("fix38h-ben-placeholders-masks", "README and log with placeholders and masks in the slots",
  `Set \`SECRET_KEY=<your-secret>\` in .env.\nlevel=info client_secret=******** commit=${sha()}\n"secret_key": "<your-django-secret-key>"\n`);
bb.ben("fix38h-ben-logfmt-lookups", "logfmt naming where the secret came from, then ids",
  `level=debug client_secret=env:OIDC_CLIENT_SECRET source=vault commit=${sha()}\nlevel=debug app_secret=\${APP_SECRET} pid=4242\n`);
bb.ben("fix38h-ben-code-expression", "code computing the secret from calls and operators",
  `signing_secret = hmac_key(settings.BASE)+salt(user_id)\nsecret_key = a&&b||default_secret()\n`);
bb.ben("fix38h-ben-es-prose-punct", "Spanish note: the slot holds words joined by punctuation",
  `SECRET_KEY=cambiar-antes-de-producción!!\nclave_secreta: "cámbiala-ya, por favor!"\n`);
bb.ben("fix38h-ben-regex-rule", "a validation regex for the secret's form",
  `secret_key_pattern: "^[a-z0-9!@#$%^&*(-_=+)]{50}$"\nSECRET_KEY_RE=^[a-z0-9!@#%^&*=+-]{40,60}$\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
