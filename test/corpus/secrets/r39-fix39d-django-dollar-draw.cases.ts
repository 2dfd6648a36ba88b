// Round thirty-nine (fix39d): Django's generated SECRET_KEY (50 of `a-z0-9!@#$%^&*(-_=+)`) and generated passwords like it
// fall on `$(`, `$x` or `&&` now and then (`…g0$(8138…`, `$y_h)z!…`, `&&rtiw…`): punctuation of the draw, which the
// placeholder and code tests read as a shell substitution or a variable. A shell writes those whole (`$(cat f)`, `$NAME`,
// `${X}`). Benign: real substitutions and variables, a regex, a password policy, a format string.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x39d006);
const b = builder({ category: "r39-fix39d-django-dollar-draw" });
const bb = builder({ category: "r39-fix39d-django-dollar-draw-benign" });
const DJ = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
/** A Django key draw that holds the given mark at a random place. */
function keyWith(mark: string, at?: number): string {
  const body = r.str(50 - mark.length, DJ).replace(/[$&]/g, "k");
  const i = at ?? 3 + r.int(40);
  return body.slice(0, i) + mark + body.slice(i);
}

b.pos("fix39d-dj-settings-subst", "settings.py: a key holding `$(` before a digit",
  `# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '${keyWith("$(8")}'\n\nDEBUG = False\n`);
b.pos("fix39d-dj-env-leading-var", ".env: a key starting with `$` and a letter",
  `DJANGO_SECRET_KEY=${keyWith("$y_h)", 0)}\nDJANGO_DEBUG=0\nDATABASE_URL=postgres://app@db/app\n`);
b.pos("fix39d-dj-yaml-subst-word", "YAML: a quoted key holding `$(` before letters (no close)",
  `django:\n  secret_key: "${keyWith("$(njw#")}"\n  allowed_hosts: ["shop.example.com"]\n`);
b.pos("fix39d-dj-compose-ampersands", "docker-compose env: a key holding `&&`",
  `services:\n  web:\n    environment:\n      SECRET_KEY: '${keyWith("&&r")}'\n      DEBUG: "0"\n`);
b.pos("fix39d-dj-k8s-stringdata", "Kubernetes stringData: a key with `$(` and `$v@` (German comment)",
  `# Schlüssel für die Produktion\napiVersion: v1\nkind: Secret\nstringData:\n  DJANGO_SECRET_KEY: "${keyWith("$v@", 0).slice(0, 44)}$(9${r.str(3, "abcdefghij")}"\n`);
b.pos("fix39d-dj-password-draw", ".env: a generated 36-character password in the same alphabet with `$(`",
  `DB_PASSWORD=${keyWith("$(4-g", 12).slice(0, 33)}${r.digits(3)}\nDB_HOST=db.internal\n`);
b.pos("fix39d-dj-json", "JSON settings: a key holding `$((`",
  `{\n  "SECRET_KEY": "${keyWith("$((&")}",\n  "DEBUG": false\n}\n`);

bb.ben("fix39d-dj-shell-subst", "shell and .env: real command substitutions and variables in the key's slot",
  `SECRET_KEY=$(cat /run/secrets/django_key)\nDJANGO_SECRET_KEY=$(python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())')\nSECRET_KEY=$DJANGO_SECRET_KEY_PROD\nsecret_key: "\${DJANGO_SECRET_KEY}"\n`);
bb.ben("fix39d-dj-make-subst", "Makefile: `$(NAME)` references in secret slots",
  `deploy:\n\tSECRET_KEY=$(DJANGO_SECRET_KEY) DB_PASSWORD=$(db_password) ./manage.py migrate\n`);
bb.ben("fix39d-dj-regex", "settings.py: a password-strength regex with the key's symbols",
  `PASSWORD_REGEX = r'^(?=.*[a-z])(?=.*\\d)(?=.*[!@#$%^&*(-_=+)]).{12,}$'\nSECRET_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'\n`);
bb.ben("fix39d-dj-policy", "a password policy in prose and YAML (French)",
  `password_policy:\n  rule: "min 12 chars, 1 of !@#$%^&* and a digit"\n# Le mot de passe : 12 caractères minimum, dont 1 parmi !@#$%^&*(-_=+)\n`);
bb.ben("fix39d-dj-format", "logging: format strings beside secret-named settings",
  `LOGGING_FORMAT = '%(asctime)s $(levelname) %(name)s: %(message)s'\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nSECRET_KEY_FALLBACKS = [os.environ.get("OLD_KEY", "")]\n`);
bb.ben("fix39d-dj-script", "a shell one-liner that makes the key, with && and $( )",
  `export SECRET_KEY="$(openssl rand -base64 48)" && echo "key set: \${#SECRET_KEY} chars"\ntest -n "$SECRET_KEY" && ./manage.py check --deploy\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
