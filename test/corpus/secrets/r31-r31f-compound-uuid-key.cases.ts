// Round thirty-one (Y136's misses): keys built from a UUID and a second random part, fal's
// `<uuid>:<32 hex>` and Bunny's `<uuid>-<uuid>`, under a secret's name in a nested config section
// (`"Fal": {"Key": …}`), a Markdown table row, a .env line, YAML. The slot reader took a UUID glued to hex
// by "-" only, and an opaque literal's letters-and-digits test judged the dashed hex below a draw's
// entropy. Benign: the same slots holding a lone id, a nil UUID pair, a reference, a fingerprint, a
// request id pair under a name that says no secret.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31f002);
const k = builder({ category: "r31f-compound-uuid-key" });
const kb = builder({ category: "r31f-compound-uuid-key-benign" });

const fal = () => [r.uuid(), r.hex(32)].join(":");
const bunny = () => [r.uuid(), r.uuid()].join("-");
const NIL = "00000000-0000-0000-0000-000000000000";

k.pos("r31f-fal-appsettings", "fal key in an appsettings section", `{\n  "Replicate": { "Enabled": false },\n  "FalAi": {\n    "Key": "${fal()}",\n    "Timeout": 30\n  }\n}\n`);
k.pos("r31f-fal-env", "fal key bare in a .env", `FAL_KEY=${fal()}\nFAL_QUEUE=fast\n`);
k.pos("r31f-fal-toml", "fal key in a TOML table", `[providers.fal]\nkey = "${fal()}"\nmodel = "flux-pro"\n`);
k.pos("r31f-bunny-table", "Bunny key in a Markdown table", `| name | value |\n|------|-------|\n| \`CDN_ACCESS_KEY\` | \`${bunny()}\` |\n| \`CDN_ZONE\` | \`assets\` |\n`);
k.pos("r31f-bunny-yaml", "Bunny key in YAML", `storage:\n  provider: bunny\n  accessKey: ${bunny()}\n`);
k.pos("r31f-bunny-chat", "Bunny key in a chat body", JSON.stringify({ messages: [{ role: "user", content: `here is the bunny account api_key: ${bunny()} — rotate after the demo` }] }));
k.pos("r31f-fal-table", "fal key in a wiki table", `|| variable || value ||\n| FAL_API_KEY | ${fal()} |\n`);

kb.ben("r31f-lone-uuid", "a key id alone (a UUID) under an id name", `{\n  "Fal": {\n    "KeyId": "${r.uuid()}",\n    "Region": "us"\n  }\n}\n`);
kb.ben("r31f-nil-pair", "a nil UUID pair as the unset value", `"Key": "${NIL}:${"0".repeat(32)}"\n`);
kb.ben("r31f-ref", "a reference to two variables", `FAL_KEY=\${FAL_KEY_ID}:\${FAL_KEY_SECRET}\n`);
kb.ben("r31f-table-placeholder", "a table row with a placeholder", `| \`CDN_ACCESS_KEY\` | \`<your bunny account key>\` |\n`);
kb.ben("r31f-request-pair", "a request id pair under a non-secret name", `x-correlation: ${r.uuid()}-${r.uuid()}\n`);
kb.ben("r31f-trace", "a trace id and span hex", `trace_parent: ${r.uuid()}:${r.hex(32)}\n`);
kb.ben("r31f-fingerprint", "an SSH key fingerprint under a key name", `host_key_fingerprint: ${Array.from({ length: 16 }, () => r.hex(2)).join(":")}\n`);
kb.ben("r31f-idempotency", "an idempotency key pair", `"idempotencyKey": "${r.uuid()}-${r.uuid()}"\n`);

export const cases: CorpusCase[] = [...k.cases, ...kb.cases];
