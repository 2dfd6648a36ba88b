// Round twenty-nine (Y130): a token written as its kind, its owner and the key, colon-separated
// (Dagster+'s `agent:<org>:<hex>` / `user:<org>:<hex>`), quoted under a secret's name in a Python
// dict, JSON, YAML or TOML. The single `id:key` pair was read; two labels before the key were not.
// Benign: tagged digests and resource names of the same shape, placeholders, and values whose
// last part is no key (a word, a short number, a date).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29a0e4);
const b = builder({ category: "r29-r29o-scoped-token" });
const bb = builder({ category: "r29-r29o-scoped-token-benign" });
const org = () => r.str(7, "abcdefghijklmnopqrstuvwxyz");
const tok = (kind: string) => `${kind}:${org()}:${r.hex(32)}`;

b.pos("r29o-stk-dict", "Python dict repr in a notebook output", `{'deployment': 'prod', 'agent_token': '${tok("agent")}', 'queue': 'default'}`);
b.pos("r29o-stk-json", "JSON config", JSON.stringify({ organization: "acme", deployment: "prod", user_token: tok("user") }, null, 2));
b.pos("r29o-stk-yaml", "YAML quoted value", `instance:\n  organization: acme\n  cloud_api_token: "${tok("agent")}"\n`);
b.pos("r29o-stk-toml", "TOML value", `[cloud]\norganization = "acme"\napi_token = "${tok("user")}"\n`);
b.pos("r29o-stk-py", "Python assignment", `DAGSTER_CLOUD_API_TOKEN = "${tok("user")}"\n`);
b.pos("r29o-stk-notebook", "notebook output lines (JSON-escaped repr)", JSON.stringify({ output_type: "execute_result", data: { "text/plain": ["{'env': 'staging',\n", ` 'orchestrator_agent_token': '${tok("agent")}'}`] } }));

bb.ben("r29o-stk-digest", "image digest under a token-like name", `{'token_image': 'sha256:${org()}:${r.hex(32)}'}`);
bb.ben("r29o-stk-placeholder", "placeholder body", `{'agent_token': 'agent:acme:<your-agent-token>'}`);
bb.ben("r29o-stk-elided", "the key elided in a log line", `{'api_token': 'agent:acme:********************************'}`);
bb.ben("r29o-stk-ref", "a secret reference", `agent_token: "secretsmanager:prod:dagster/agent-token"`);
bb.ben("r29o-stk-date", "a dated label", `{'token_label': 'agent:acme:2024-11-05'}`);
bb.ben("r29o-stk-id", "an id under a non-secret name", `{'agent_id': 'agent:acme:${r.hex(32)}'}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
