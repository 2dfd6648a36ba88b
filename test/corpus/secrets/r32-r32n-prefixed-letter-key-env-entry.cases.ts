// Round thirty-two (Y141): a provider key of a short lower-case prefix and a body of random letters
// alone (Mandrill's `md-` + 22) in the value field of a name/value pair whose name field names a
// key or token (a Kubernetes env entry, an ECS task definition, a JSON settings list). The sibling
// reading took letters-only values only without a prefix. Benign: the same pair holding a prefixed
// identifier, a placeholder, an id under the key's name, a key's reference.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x32a0e1);
const b = builder({ category: "r32n-prefixed-letter-key-env-entry" });
const bb = builder({ category: "r32n-prefixed-letter-key-env-entry-benign" });
const key = (prefix: string, n = 22) => `${prefix}-${r.str(n, UPPER + LOWER)}`;

b.pos("r32n-env-k8s", "Kubernetes env entry", `containers:\n  - name: mailer\n    env:\n      - name: MAIL_API_KEY\n        value: "${key("m" + "d")}"\n`);
b.pos("r32n-env-helm-unquoted", "Helm values, unquoted value", `extraEnv:\n  - name: TRANSACTIONAL_MAIL_KEY\n    value: ${key("m" + "d")}\n`);
b.pos("r32n-env-ecs", "ECS task definition environment", JSON.stringify({ environment: [{ name: "MAILER_TOKEN", value: key("m" + "d") }] }, null, 2));
b.pos("r32n-env-underscore", "prefix joined by underscore", `{"key": "NOTIFY_SECRET", "value": "${"nt"}_${r.str(24, UPPER + LOWER)}"}`);
b.pos("r32n-env-compose", "name/value list in a JSON settings array", `[{"name": "ESP_API_KEY", "value": "${key("e" + "sp", 26)}"}]`);
b.pos("r32n-env-chat", "env entry pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why does this fail?\n- name: SMTP_RELAY_KEY\n  value: "${key("m" + "d")}"\n` }] }));

bb.ben("r32n-env-identifier", "prefixed identifier in the value", `env:\n  - name: MAIL_API_KEY\n    value: "md-RequestHandlerFactoryBean"\n`);
bb.ben("r32n-env-placeholder", "placeholder after a prefix", `env:\n  - name: MAIL_API_KEY\n    value: "md-XXXXXXXXXXXXXXXXXXXXXX"\n`);
bb.ben("r32n-env-id-name", "a key id under the name", `env:\n  - name: MAIL_KEY_ID\n    value: "${key("m" + "d")}"\n`);
bb.ben("r32n-env-cache", "a cache key's name", `env:\n  - name: CACHE_KEY\n    value: "${key("c" + "k")}"\n`);
bb.ben("r32n-env-ref", "a secret reference", `env:\n  - name: MAIL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mail-credentials\n        key: api-key\n`);
bb.ben("r32n-env-words", "prefixed words", `env:\n  - name: THEME_KEY\n    value: "md-DarkModeHighContrastLarge"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
