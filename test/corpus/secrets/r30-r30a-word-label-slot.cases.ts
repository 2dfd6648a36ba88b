// Round thirty (found by probing after the last blind set): a secret-named slot holding a label made
// of lower-case words joined by ":", "/", "#", "." or "-" (a scope, a role, a rotation policy, a key
// alias: `tenant:billing:read-only`) was read as the credential. A label names a setting; it is no
// draw. Positives: the same construct under a password's name (a person's password may be words),
// and a namespaced value whose last part is a random draw.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a2b3);
const b = builder({ category: "r30-word-label-slot" });
const bb = builder({ category: "r30-word-label-slot-benign" });
const WORDS = ["harbor", "falcon", "meadow", "lantern", "rocket", "tiger", "coffee", "purple"];
const phrase = (sep: string) => [0, 1, 2].map(() => r.pick(WORDS)).join(sep);

b.pos("r30a-label-pw-colon", "a password of words joined by colons", `database:\n  password: '${phrase(":")}-${r.pick(WORDS)}'\n`);
b.pos("r30a-label-pw-env", "a root password of words, .env", `MYSQL_ROOT_PASSWORD=${phrase(":")}\n`);
b.pos("r30a-label-passphrase", "a passphrase of words joined by slashes", `gpg:\n  passphrase: ${phrase("/")}/${r.pick(WORDS)}\n`);
b.pos("r30a-label-ns-draw", "a namespaced token whose last part is drawn", `api_token: 'ci:${r.alnum(24)}'\n`);
b.pos("r30a-label-ns-secret", "a tenant-prefixed client secret", `{"client_secret": "acme:${r.alnum(32)}"}\n`);
b.pos("r30a-label-ns-hex", "an environment-prefixed hex key", `settings = {'api_key': 'prod:${r.hex(32)}', 'region': 'eu'}\n`);

bb.ben("r30a-label-dict", "a rotation policy in a Python dict", `settings = {'api_token': 'worker:northwind:rotate-quarterly', 'region': 'eu-west-1'}\n`);
bb.ben("r30a-label-yaml-role", "a role name in YAML", `deploy:\n  auth_token: role:deploy:ci\n  timeout: 30\n`);
bb.ben("r30a-label-env", "a webhook's label in .env", `SIGNING_SECRET=webhook:billing:primary\n`);
bb.ben("r30a-label-go", "a scope in a Go struct literal", `cfg := Config{AccessToken: "scope:repo:readonly", Retries: 3}\n`);
bb.ben("r30a-label-xml", "a policy name in appSettings", `<appSettings>\n  <add key="ServiceApiKey" value="policy:rotate:weekly" />\n</appSettings>\n`);
bb.ben("r30a-label-kms", "a KMS key alias", `secret_key = "kms:alias/payments-prod"\n`);
bb.ben("r30a-label-json", "a tenant scope in JSON", `{"client_secret": "tenant:billing:read-only", "enabled": true}\n`);
bb.ben("r30a-label-export", "a group role exported", `export GITLAB_TOKEN=group:infra:maintainer\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
