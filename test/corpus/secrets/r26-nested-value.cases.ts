// Round twenty-six (held-out Y113 miss y113-comms-022): a secret-named property whose value sits one object down,
// beside its metadata — Spring Boot actuator's /env (`"NAME": {"value": "…", "origin": …}`) and
// `terraform output -json` (`"name": {"sensitive": true, "type": "string", "value": "…"}`). Benign: the same dumps
// with commits, ids, words, masks and references under such names. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26a006);
const b = builder({ category: "r26-nested-value" });
const bb = builder({ category: "r26-nested-value-benign" });
const env = (props: Record<string, string>) =>
  JSON.stringify({ activeProfiles: ["prod"], propertySources: [{ name: "systemEnvironment", properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, { value: v, origin: `System Environment Property "${k}"` }])) }] }, null, 2);

b.pos("r26-nv-actuator", "actuator /env, an API key", env({ HOME: "/root", MESSAGEBIRD_API_KEY: r.alnum(25), JAVA_VERSION: "21.0.2" }));
b.pos("r26-nv-actuator-secret", "actuator /env, a client secret", env({ OKTA_CLIENT_SECRET: r.alnum(40), SERVER_PORT: "8080" }));
b.pos("r26-nv-tf-output", "terraform output -json, sensitive password", JSON.stringify({ db_password: { sensitive: true, type: "string", value: `${r.alnum(14)}!${r.alnum(6)}` }, db_host: { sensitive: false, type: "string", value: "db.example.net" } }, null, 2));
b.pos("r26-nv-tf-token", "terraform output -json, a token", JSON.stringify({ grafana_sa_token: { sensitive: true, type: "string", value: `glsa_${r.alnum(32)}_${r.hex(8)}` } }));
b.pos("r26-nv-escaped", "actuator /env inside a JSON string (escaped)", JSON.stringify({ content: env({ STRIPE_WEBHOOK_SECRET: `whsec_${r.alnum(32)}` }) }));
b.pos("r26-nv-compact", "compact one-line dump", `{"SENDGRID_API_TOKEN":{"value":"${r.alnum(22)}.${r.alnum(43)}"}}`);

bb.ben("r26-nv-commit", "actuator /env, a commit hash", env({ GIT_COMMIT: r.hex(40), BUILD_NUMBER: "1422" }));
bb.ben("r26-nv-key-id", "an id under a key-id name", env({ API_KEY_ID: r.alnum(20) }));
bb.ben("r26-nv-word", "a word under a key name", env({ SESSION_TIMEOUT_KEY: "thirtyMinutes" }));
bb.ben("r26-nv-mask", "actuator's own mask", env({ DATABASE_PASSWORD: "******" }));
bb.ben("r26-nv-ref", "a secret reference", JSON.stringify({ api_token: { sensitive: true, type: "string", value: "${var.api_token}" } }));
bb.ben("r26-nv-tf-sensitive", "terraform output without values", `{"db_password": {"sensitive": true, "type": "string"}}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
