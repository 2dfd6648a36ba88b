// Round fourteen: fields that describe a key (its status, state, scopes, owner, when it was made
// or rotated) beside the key's own field in an API's JSON or a config: the description is not the
// secret. The key's own field still is. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x14ae7a);
const b = builder({ category: "r14-key-metadata", expect: "secrets" });
const bb = builder({ category: "r14-key-metadata-benign", expect: "secrets" });

bb.ben("r14-key-status-yaml", "a key's status and scopes in YAML", `api_key_status: ACTIVE\napi_key_scopes: READ_WRITE\napi_key_owner: PLATFORM_TEAM`);
bb.ben("r14-token-state-json", "a token's state and rotation dates in JSON", JSON.stringify({ token_state: "REVOKED", secret_rotated: "LAST_QUARTER", access_key_created: "BY_CONSOLE", token_updated: "NEVER" }));
b.pos("r14-key-beside-status", "the key itself beside its status", `api_key_status: ACTIVE\napi_key: ${r.str(36, ALNUM)}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
