// Round twenty-seven (held-out Y118's y118-l-026, c-038): a secret assigned in forms the name rules
// did not read — Make's conditional and immediate assignments (`VAULT_SECRET_ID ?= …`, `:=`, `+=`)
// and a Django key inside the quotes that wrap a whole `NAME=value` (systemd's `Environment="…"`,
// a compose list item). Benign: the same forms with ids, references and placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a002);
const b = builder({ category: "r27-assignment-forms" });
const bb = builder({ category: "r27-assignment-forms-benign" });
const DJ = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
const django = () => {
  for (;;) {
    const v = r.str(50, DJ);
    if (/[!@#$%^&*(=+)]/.test(v) && /\d/.test(v) && !/[$][(]/.test(v)) return v;
  }
};

b.pos("r27b-make-approle", "Makefile ?= AppRole pair", `VAULT_ROLE_ID ?= ${r.uuid()}\nVAULT_SECRET_ID ?= ${r.uuid()}\n\nlogin:\n\tvault write auth/approle/login role_id=$(VAULT_ROLE_ID) secret_id=$(VAULT_SECRET_ID)\n`);
b.pos("r27b-make-colon", "Makefile := API token", `API_TOKEN := ${r.alnum(40)}\ndeploy:\n\t./deploy.sh --token $(API_TOKEN)\n`);
b.pos("r27b-make-plus", "Makefile += approle secret", `VAULT_ROLE_ID := ${r.uuid()}\nVAULT_SECRET_ID += ${r.uuid()}\n`);
b.pos("r27b-systemd-django", "systemd Environment with a Django key", `[Service]\nEnvironment="DJANGO_SECRET_KEY=${django()}"\nExecStart=/srv/app/venv/bin/gunicorn app.wsgi\n`);
b.pos("r27b-compose-django", "compose environment list item, quoted", `services:\n  web:\n    environment:\n      - "DJANGO_SECRET_KEY=${django()}"\n      - "DEBUG=0"\n`);
b.pos("r27b-single-django", "single-quoted NAME=value", `docker run -e 'DJANGO_SECRET_KEY=${django()}' registry.example.com/web:1.4\n`);

bb.ben("r27b-make-role-only", "Makefile with only the role id", `VAULT_ROLE_ID ?= ${r.uuid()}\nVAULT_ADDR ?= https://vault.example.com\n`);
bb.ben("r27b-make-ref", "secret id from the environment", `VAULT_SECRET_ID ?= $(shell cat /run/secrets/approle_secret_id)\n`);
bb.ben("r27b-make-version", "Makefile version pins", `IMAGE_TAG ?= ${r.hex(40)}\nGO_VERSION := 1.22.4\n`);
bb.ben("r27b-systemd-ref", "systemd key from a credential file", `[Service]\nEnvironment="DJANGO_SECRET_KEY_FILE=/run/credentials/app/secret_key"\nLoadCredential=secret_key:/etc/app/secret_key\n`);
bb.ben("r27b-systemd-placeholder", "placeholder in a quoted env", `[Service]\nEnvironment="DJANGO_SECRET_KEY=change-me-in-production"\n`);
bb.ben("r27b-compose-ref", "compose list item from a variable", `    environment:\n      - "DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY}"\n      - "ALLOWED_HOSTS=app.example.com"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
