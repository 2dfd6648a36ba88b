// Round twenty-six (held-out Y101's leftovers y101-l-028, l-065, l-102): a value handed over in chat with an
// aside after it naming its secret-named slot — "use this for now: X (it's the B2_APPLICATION_KEY slot in
// vercel)", "X — that's the prod STRIPE_SECRET_KEY", "X, which is the GRAFANA_SA_TOKEN". Benign: the same
// asides after a commit, a build id, a ticket, a cache key, a word, or naming an id slot. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26a003);
const b = builder({ category: "r26-value-aside", expect: "prose-stated-value-secret-name" });
const bb = builder({ category: "r26-value-aside-benign" });

b.pos("r26-aside-slot", "chat: value then (it's the NAME slot in vercel)", `@tamsin the staging one expired, use this for now: ${r.alnum(31)}  (it's the B2_APPLICATION_KEY slot in vercel)`);
b.pos("r26-aside-thats", "chat: value — that's the prod NAME", `here you go ${r.alnum(40)} — that's the prod STRIPE_SECRET_KEY, don't share it`);
b.pos("r26-aside-which", "chat: value, which is the NAME", `ok pasted below\n${r.alnum(42)}, which is the GRAFANA_SA_TOKEN for the ops stack`);
b.pos("r26-aside-its-no-apostrophe", "chat: value (its the NAME)", `try ${r.alnum(24)} (its the RAZORPAY_KEY_SECRET from the dashboard)`);
b.pos("r26-aside-goes-in", "chat: value goes in the NAME var", `${r.alnum(36)} goes in the CLICKHOUSE_KEY_SECRET var on render`);
b.pos("r26-aside-json", "the aside in a JSON chat body", JSON.stringify({ messages: [{ role: "user", content: `new staging value ${r.alnum(32)} (it's the SUPABASE_SERVICE_ROLE_KEY slot), can you redeploy?` }] }));

bb.ben("r26-aside-commit", "a commit hash then an aside", `reverted commit ${r.hex(40)} (it's the SECRET_KEY rotation fix) until Monday`);
bb.ben("r26-aside-build", "a build id then an aside", `see build ${r.alnum(20)} (it's the one that set API_TOKEN_TTL)`);
bb.ben("r26-aside-ticket", "a ticket id then an aside", `Ticket ${r.alnum(24)} (that's the JIRA_TOKEN expiry ticket)`);
bb.ben("r26-aside-word", "a word then an aside naming a variable", `the setting is maxConnectionsPerHostLimit (it's the DB_PASSWORD_POOL knob, not a secret)`);
bb.ben("r26-aside-id-slot", "a value for an id slot", `${r.alnum(20)} (it's the AWS_ACCESS_KEY_ID of the read-only user)`);
bb.ben("r26-aside-ref", "a secret reference then an aside", `\${{ secrets.PROD_STRIPE }} (it's the STRIPE_SECRET_KEY from the org secrets)`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
