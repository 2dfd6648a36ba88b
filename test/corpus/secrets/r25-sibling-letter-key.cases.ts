// Round twenty-five (held-out Y103): a token of random letters alone (no digit) in the value field of a
// name/value pair whose name ends in TOKEN, KEY or SECRET (`{"key": "X_TOKEN", "value": "…"}`, a container
// env entry, an SSM parameter), read as `X_TOKEN="…"` is. Benign: words or PascalCase in the same slots,
// a nonce's or cache key's name, letters with a word's vowels, a placeholder. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x25a001);
const b = builder({ category: "r25-sibling-letter-key" });
const bb = builder({ category: "r25-sibling-letter-key-benign" });
const letters = (n: number) => r.str(n, UPPER + LOWER);

b.pos("r25-sib-render-env", "Render env-vars API body: a shipping token of 32 random letters",
  `curl -X PUT https://api.render.example/v1/services/srv-9/env-vars -d '[{"key":"SHIPPER_TOKEN","value":"${letters(32)}"}]'`);
b.pos("r25-sib-k8s-env", "a container env entry in YAML: name then value",
  `containers:\n  - name: api\n    env:\n      - name: METRICS_API_KEY\n        value: "${letters(28)}"\n      - name: LOG_LEVEL\n        value: info\n`);
b.pos("r25-sib-ecs", "an ECS task definition's environment pair",
  JSON.stringify({ containerDefinitions: [{ name: "worker", environment: [{ name: "QUEUE_SECRET", value: letters(40) }, { name: "REGION", value: "eu-west-1" }] }] }, null, 2));
b.pos("r25-sib-postman", "a Postman header pair: key then value",
  JSON.stringify({ header: [{ key: "X-Auth-Token", value: letters(24), type: "text" }] }, null, 2));
b.pos("r25-sib-cfn", "CloudFormation parameters: ParameterKey and ParameterValue",
  JSON.stringify([{ ParameterKey: "IngestToken", ParameterValue: letters(36) }, { ParameterKey: "Stage", ParameterValue: "prod" }], null, 2));
b.pos("r25-sib-har", "a HAR request header: name then value",
  JSON.stringify({ request: { method: "POST", headers: [{ name: "x-api-key", value: letters(30) }, { name: "accept", value: "*/*" }] } }, null, 2));

bb.ben("r25-sib-ben-words", "an env pair whose value is PascalCase words",
  `[{"key":"DEFAULT_TOKEN","value":"ReplaceWithYourServiceToken"}]`);
bb.ben("r25-sib-ben-idempotency", "an idempotency key's letters",
  JSON.stringify({ headers: [{ name: "Idempotency-Key", value: letters(24) }] }));
bb.ben("r25-sib-ben-cache", "a cache key's letters in a pair",
  `- name: CACHE_KEY\n  value: "${letters(26)}"\n`);
bb.ben("r25-sib-ben-lower-word", "a lower-case word run as a token's value",
  `[{"key":"SESSION_TOKEN","value":"notsetyetpleaseconfigureme"}]`);
bb.ben("r25-sib-ben-placeholder", "filler in the value field",
  `[{"key":"SHIPPER_TOKEN","value":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}]`);
bb.ben("r25-sib-ben-name-field", "a token's name and its kind, no value",
  JSON.stringify([{ name: "WEBHOOK_TOKEN", value: "FromSecretManagerAtStartup" }]));
bb.ben("r25-sib-ben-region", "a name ending in KEY whose value is a region-like word",
  `[{"key":"PARTITION_KEY","value":"CustomerRegionAndTenantName"}]`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
