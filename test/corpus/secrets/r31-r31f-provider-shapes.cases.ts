// Round thirty-one (Y136's misses): provider token shapes read too narrowly. An Elastic Cloud key
// ("essu_" + base64 whose tail is a run of "A"s), a Salesforce session token whose session part holds
// "-", a Netlify build hook behind a host other than api.netlify.com. Benign: the same prefixes or
// paths holding placeholders, a zero draw, a short id, a hook path with no hex id.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x31f001);
const p = builder({ category: "r31f-provider-shapes" });
const pb = builder({ category: "r31f-provider-shapes-benign" });

const ES = ["es", "su_"].join("");
const essu = () => `${ES}${r.str(r.int(20) + 60, B64)}${"A".repeat(r.int(6) + 4)}`;
const org = () => `00D${r.alnum(12)}`;
const sfBody = (n: number) => r.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_");
const sf = () => `${org()}!AQ${sfBody(r.int(20) + 90)}`;
const HOOKS = ["build", "_hooks"].join("");

p.pos("r31f-essu-env", "Elastic Cloud key in a .env", `ELASTIC_CLOUD_API_KEY=${essu()}\n`);
p.pos("r31f-essu-py", "Elastic Cloud key in a Python call", `client = Elasticsearch(cloud_id=cid, api_key="${essu()}")\n`);
p.pos("r31f-essu-yaml", "Elastic Cloud key in a YAML secret", `ec:\n  region: gcp-europe-west1\n  apiKey: ${essu()}\n`);
p.pos("r31f-sf-postman", "Salesforce token in a Postman-style value list", JSON.stringify({ name: "prod", values: [{ key: "orgToken", value: sf(), enabled: true }] }, null, 2));
p.pos("r31f-sf-curl", "Salesforce token in a curl header", `curl https://example.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer ${sf()}"\n`);
p.pos("r31f-sf-bare", "Salesforce token in prose", `the session I grabbed from the debug log: ${sf()} — try it against the sandbox\n`);
p.pos("r31f-hook-props", "Netlify hook behind a mirror host, .properties", `deploy.trigger-url=https://hooks.netlify.internal.example.org/${HOOKS}/${r.hex(24)}\n`);
p.pos("r31f-hook-yaml", "Netlify hook in a CI YAML", `  - name: rebuild\n    run: curl -X POST -d {} https://api.netlify.example.com/${HOOKS}/${r.hex(24)}\n`);

pb.ben("r31f-essu-placeholder", "essu_ with a placeholder", `EC_API_KEY=${ES}<your-elastic-cloud-api-key>\n`);
pb.ben("r31f-essu-zero", "essu_ with a run of A only", `EC_API_KEY=${ES}${"A".repeat(64)}\n`);
pb.ben("r31f-essu-words", "essu_ naming a function", `def ${ES}parse_response_for_elastic_cloud_results_and_metadata(x): pass\n`);
pb.ben("r31f-sf-org", "a Salesforce org id alone", `"organizationId": "${org()}",\n"instanceUrl": "https://example.my.salesforce.com"\n`);
pb.ben("r31f-sf-short", "an org id and a short suffix", `Record ${org()}!AQ-${r.alnum(6)} logged out\n`);
pb.ben("r31f-hook-doc", "a Netlify hook URL with a placeholder", `curl -X POST -d {} https://api.netlify.com/${HOOKS}/YOUR_BUILD_HOOK_ID\n`);
pb.ben("r31f-hook-list", "the hooks listing endpoint", `GET https://api.netlify.com/api/v1/sites/${r.uuid()}/${HOOKS}\n`);
pb.ben("r31f-hook-zero", "a hook path with a zero id", `https://api.netlify.example.com/${HOOKS}/000000000000000000000000\n`);

export const cases: CorpusCase[] = [...p.cases, ...pb.cases];
