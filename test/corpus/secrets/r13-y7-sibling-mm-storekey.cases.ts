// Round thirteen (fresh provider tokens, after held-out Y7), written for this project corpus in
// other contexts and wordings than Y7's:
// - a name/value pair of fields whose name is one generic-secret-assignment reads as `NAME=value`
//   (`…_SECRET_KEY`, `…_PRIVATE_KEY`, `…_CLIENT_SECRET`) but whose value the named-slot shape
//   test refuses (a UUID under a secret-key name, a word-prefixed key such as `prv_live_…`);
// - Mattermost tokens under Mattermost's own abbreviation "mm" (`mmBotToken`, `MM_BOT_TOKEN`);
// Look-alikes: namespaced cache/queue/lock keys (`ns:v2:kind:<hex>`) in a slot named "key";
// "mm" inside a word (`commToken`); name/value pairs holding paths and versions.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x13a7e9);
const b = builder({ category: "r13-y7-sibling-mm-storekey", expect: "secrets" });
const bb = builder({ category: "r13-y7-sibling-mm-storekey-benign", expect: "secrets" });
const uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-b${r.hex(3)}-${r.hex(12)}`;
const mm = () => `${r.str(3, LOWER)}${r.str(1, DIGITS)}${r.str(9, LOWER + DIGITS)}${r.str(1, DIGITS)}${r.str(12, LOWER + DIGITS)}`;

// ---- name/value siblings under a generic secret name
b.pos("r13-y7-k8s-uuid-secret-key", "a UUID secret key in a container env entry", `        env:\n          - name: OBJSTORE_SECRET_KEY\n            value: "${uuid()}"\n          - name: OBJSTORE_REGION\n            value: nl-ams\n`);
b.pos("r13-y7-ecs-prefixed-private-key", "a word-prefixed private key in an ECS task definition", `{"environment":[{"name":"GATEWAY_PRIVATE_KEY","value":"priv_main_${r.alnum(32)}"},{"name":"NODE_ENV","value":"production"}]}`);
b.pos("r13-y7-postman-client-secret", "a UUID client secret in a Postman environment", `{"name":"staging","values":[{"key":"oauth_client_secret","value":"${uuid()}","enabled":true}]}`);
b.pos("r13-y7-tfstate-secret-key-prefixed", "a word-prefixed secret key in a Terraform state env var", `{"attributes": {\n  "key": "PAYMENTS_SECRET_KEY",\n  "value": "sec_prod_${r.alnum(36)}",\n  "target": ["preview"]\n}}`);
bb.ben("r13-y7-sibling-paths", "name/value pairs under secret names holding paths, versions and refs", `env:\n  - name: PRIVATE_KEY_PATH\n    value: /etc/ssl/private/server.key\n  - name: CLIENT_SECRET_FILE\n    value: /run/secrets/client_secret\n  - name: SECRET_KEY_VERSION\n    value: "2"\n`);

// ---- Mattermost under "mm"
b.pos("r13-y7-mm-camel-ts", "a Mattermost bot token in a camelCase const", `const mmBotToken = '${mm()}';\nconst client = new Client4();\nclient.setToken(mmBotToken);\n`);
b.pos("r13-y7-mm-env", "a Mattermost bot token in a .env file", `MM_SERVER_URL=https://chat.example.org\nMM_BOT_TOKEN=${mm()}\n`);
b.pos("r13-y7-mm-go-pat", "a Mattermost personal access token in Go", `\tmmPersonalToken := "${mm()}"\n\treq.Header.Set("Authorization", "Bearer "+mmPersonalToken)\n`);
bb.ben("r13-y7-mm-lookalike", "'mm' inside a word and non-token mm names", `commToken = "${mm()}"\nmm_token_limit = 4096\nconst mmTokenizer = "wordpiece"\n`);

// ---- namespaced store keys
bb.ben("r13-y7-cache-key-ts", "a Redis cache key under a slot named key", `const key = \`cache:v3:profile:${r.hex(32)}\`;\nawait redis.set(key, body, "EX", 600);\n`);
bb.ben("r13-y7-lock-key-py", "a lock and a rate-limit key in Python", `lock_key = "lock:jobs:${r.hex(40)}"\nrate_key = 'ratelimit:ip:${r.hex(24)}${r.alnum(8)}'\n`);
bb.ben("r13-y7-queue-key-yaml", "a queue key in YAML", `queue:\n  dedupe_key: "dedupe:webhooks:${r.alnum(28)}9"\n`);

void ALNUM;
export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
