// Round thirty-two (Y138: y138-k-020, y138-s-038): a name/value pair of fields where the name field is a
// password manager's `label` (1Password's `op item get --reveal` JSON, a vault item's custom fields) or a
// session header's or cookie's `name` (HAR, Insomnia), and the value a token written `token-<hex>`.
// Benign: the same pairs holding a concealed-field notice, a reference, a short word, UI option lists,
// zeros, and metadata fields.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32e001);
const b = builder({ category: "r32e-labelled-field-pair" });
const bb = builder({ category: "r32e-labelled-field-pair-benign" });

const tool = (content: string) => JSON.stringify({ role: "tool", tool_call_id: `call_${r.alnum(24)}`, content });
const item = (fields: object[]) => JSON.stringify({ id: r.str(26, "abcdefghijklmnopqrstuvwxyz0123456789"), title: "Deploy bot", category: "API_CREDENTIAL", fields }, null, 2);
const har = (headers: object[]) => JSON.stringify({ log: { version: "1.2", entries: [{ request: { method: "POST", url: "https://edr.example.test/api/v1/hosts", headers } }] } });

b.pos("r32e-op-label-credential", "1Password item JSON, label credential", tool(item([{ id: "username", type: "STRING", label: "username", value: "deploy-bot" }, { id: "credential", type: "CONCEALED", label: "credential", value: r.alnum(48) }])));
b.pos("r32e-op-label-api-key", "item field labelled api_key in YAML", `fields:\n  - label: api_key\n    type: CONCEALED\n    value: ${r.alnum(40)}\n`);
b.pos("r32e-op-label-password", "item field labelled password, punctuated", item([{ id: "password", type: "CONCEALED", purpose: "PASSWORD", label: "password", value: `${r.alnum(8)}!${r.digits(3)}#${r.alnum(6)}` }]));
b.pos("r32e-har-session-prefixed", "HAR header named session, token-<hex>", har([{ name: "Host", value: "edr.example.test" }, { name: "session", value: `tok` + `en-${r.hex(52)}` }]));
b.pos("r32e-har-session-plain", "HAR header named session, hex", har([{ name: "session", value: r.hex(48) }, { name: "Accept", value: "application/json" }]));
b.pos("r32e-header-session-prefixed", "raw header line, session token-<hex>", `GET /api/v2/sensors HTTP/1.1\nHost: console.example.test\nsession: tok` + `en-${r.hex(46)}\nAccept: */*\n`);
b.pos("r32e-kv-label-secret", "custom field label client_secret", JSON.stringify({ fields: [{ label: "client_id", value: r.hex(20) }, { label: "client_secret", value: r.b64url(40) }] }));

bb.ben("r32e-op-concealed-notice", "concealed field without --reveal", tool(item([{ id: "credential", type: "CONCEALED", label: "credential", value: "[use 'op item get 7dyd --reveal' to reveal]" }])));
bb.ben("r32e-op-reference", "a secret reference, not the value", item([{ id: "credential", type: "CONCEALED", label: "credential", reference: "op://SOC/Deploy bot/credential" }]));
bb.ben("r32e-ui-options", "UI select options with label/value", `const kinds = [\n  { label: "api_token", value: "api_token" },\n  { label: "session", value: "session" },\n];\n`);
bb.ben("r32e-har-session-word", "HAR session header with a short word", har([{ name: "session", value: "expired" }]));
bb.ben("r32e-har-session-zeros", "HAR session header of zeros", har([{ name: "session", value: `tok` + `en-${"0".repeat(48)}` }]));
bb.ben("r32e-label-ttl", "a token's ttl field", JSON.stringify({ fields: [{ label: "token_ttl", value: "3600" }, { label: "token_type", value: "service" }] }));
bb.ben("r32e-label-token-id", "a token's id in a labelled field", JSON.stringify({ fields: [{ label: "token_id", value: r.hex(32) }] }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
