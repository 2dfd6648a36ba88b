// Round thirteen (fresh provider tokens, after held-out Y4), written for this project corpus in
// other contexts and wordings than Y4's: documented token shapes without a rule before (MailerSend
// "mlsn." tokens, Ghost Admin API "id:secret" keys, Azure Logic Apps / Power Automate trigger URLs
// carrying their SAS signature), vendor-prefixed hex tokens in a slot named for the same vendor, letters-only bearer
// tokens, and a credential named in a sentence ("the … token is …").
// Look-alikes: the same names with placeholders or without the
// signature, and public Ethereum addresses in records of past transactions (shown with the
// transaction's hash), which are not payment instructions.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64URL, HEX } from "./_gen.ts";

const r = new Rng(0x13f4e5);
const b = builder({ category: "r13-y4-fresh", expect: "secrets" });
const bb = builder({ category: "r13-y4-fresh-benign", expect: "secrets" });
const ml = () => ["ml", "sn."].join("") + r.str(64, HEX);
const ghost = () => `${r.str(24, HEX)}:${r.str(64, HEX)}`;
const sig = () => r.str(43, B64URL);
const flowId = () => r.str(32, HEX);

// ---- MailerSend
b.pos("r13-mailersend-php", "a MailerSend token in a PHP SDK constructor", `$mailersend = new MailerSend(['api_key' => '${ml()}']);`);
b.pos("r13-mailersend-yaml", "a MailerSend token in a Helm values file", `mail:\n  driver: mailersend\n  credentials:\n    value: ${ml()}\n`);
b.pos("r13-mailersend-chat", "a MailerSend token pasted alone in a chat message", `here it is ${ml()} - does it still work?`);
b.pos("r13-mailersend-header", "a MailerSend token in an Authorization header to another host", `curl -s https://mail-relay.internal/send -H "Authorization: Bearer ${ml()}" -d @msg.json`);

// ---- Ghost Admin API key
b.pos("r13-ghost-env", "a Ghost Admin API key in .env", `GHOST_URL=https://news.example.org\nGHOST_ADMIN_API_KEY=${ghost()}\n`);
b.pos("r13-ghost-python", "a Ghost Admin API key split for a JWT in Python", `# ghost admin integration\nkey = "${ghost()}"\nid, secret = key.split(":")\n`);
b.pos("r13-ghost-json", "a Ghost Admin API key in a JSON deploy config", JSON.stringify({ cms: "ghost", adminUrl: "https://cms.example.net", adminApiKey: ghost() }));
b.pos("r13-ghost-cli", "a Ghost Admin API key on a command line", `gscan-sync --ghost-url https://blog.example.com --admin-key ${ghost()} --all`);

// ---- Azure Logic Apps / Power Automate HTTP trigger URLs
b.pos("r13-logicapp-python", "a Logic Apps trigger URL with its signature in Python", `requests.post("https://prod-${(10 + r.int(90))}.northeurope.logic.azure.com/workflows/${flowId()}/triggers/When_a_HTTP_request_is_received/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2FWhen_a_HTTP_request_is_received%2Frun&sv=1.0&sig=${sig()}", json=payload)`);
b.pos("r13-logicapp-json", "a Power Automate flow URL in a JSON settings file", JSON.stringify({ alerts: { flowUrl: `https://prod-${(10 + r.int(90))}.uksouth.logic.azure.com:443/workflows/${flowId()}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig()}` } }));
b.pos("r13-powerplatform-env", "a Power Platform workflow trigger URL in .env", `ALERT_FLOW_URL=https://default${flowId()}.${r.str(2, "0123456789abcdef")}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${flowId()}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig()}`);

// ---- vendor-prefixed hex in a slot named for the same vendor
b.pos("r13-vendor-prefix-log", "a vendor-prefixed project token in a logged key=value slot", `WARN sync: upstream refused the request depot_token=${["dep", "ot_project_"].join("")}${r.str(64, HEX)} attempt=3`);
b.pos("r13-vendor-prefix-env", "a vendor-prefixed org token in .env", `BUILDBOX_TOKEN=${["build", "box_org_"].join("")}${r.str(64, HEX)}`);
b.pos("r13-vendor-prefix-json", "a vendor-prefixed key in JSON", JSON.stringify({ relaycast_key: ["relay", "cast_live_"].join("") + r.str(48, HEX), region: "eu" }));

// ---- letters-only credentials after Bearer (providers issuing 32 random letters)
b.pos("r13-bearer-lower-curl", "a bearer token of random lower-case letters in curl", `curl -X POST https://ingest.logs.example/v1/bulk -H "Authorization: Bearer ${r.str(32, "abcdefghijklmnopqrstuvwxyz")}" --data-binary @events.ndjson`);
b.pos("r13-bearer-mixed-python", "a bearer token of random letters of both cases in Python", `session.headers.update({"Authorization": "Bearer ${r.str(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}"})`);

// ---- a credential named in a sentence ("<provider> token is …")
const MIX = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
b.pos("r13-prose-token-is", "an API token given in a support chat sentence", `ok, the alerting api token is ${r.str(22, MIX)} if you need to test it`);
b.pos("r13-prose-key-was", "an access key quoted in an incident note", `Root cause: the SMS gateway access key was ${r.str(25, MIX)} and it leaked into a public gist.`);
b.pos("r13-prose-schluessel-ist", "a key named in a German sentence", `Der API key ist ${r.str(24, MIX)}, bitte nicht weitergeben.`);

// ---- look-alikes
bb.ben("r13-prose-key-is-words", "sentences where the key or token 'is' something else", `The key is that we retry3times before failing.\nThe session token is stored in localStorage for 30 days.\nthe cache key is build-2024-03-14-abcdef123456`);
bb.ben("r13-bearer-words", "bearer values that are words run together", `Authorization: Bearer myaccesstokenvalueforthetestsuite\nAuthorization: Bearer thisisnotarealtokenjustaplaceholder\nAuthorization: Bearer abcdefghijklmnopqrstuvwxyzabcdef`);
bb.ben("r13-prefixed-hex-ids", "word-prefixed hex that names a cache entry or a build, not a credential", `cache_key=cache_linux_${r.str(64, HEX)}
build_id=build_${r.str(40, HEX)}
artifact_key: artifact_${r.str(64, HEX)}
artifact_key: artifact_linux_${r.str(64, HEX)}`);
bb.ben("r13-logicapp-no-sig", "a Logic Apps trigger URL with the signature left out or templated", `url = "https://prod-${(10 + r.int(90))}.westus.logic.azure.com/workflows/${flowId()}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + os.environ["FLOW_SIG"]\n# or: ...&sig={signature}`);
bb.ben("r13-ghost-placeholder", "Ghost Admin API key placeholders in setup docs", `GHOST_ADMIN_API_KEY=<id>:<secret>\n# the key looks like {24 hex id}:{64 hex secret}; find it under Settings > Integrations`);
bb.ben("r13-ghost-content-key", "a Ghost Content API key (public, read-only) in a theme", `const api = new GhostContentAPI({ url: "https://blog.example.com", key: "${r.str(26, HEX)}", version: "v5.0" });`);
bb.ben("r13-mailersend-placeholder", "a MailerSend token placeholder", `MAILERSEND_API_KEY=mlsn.your-api-token-here`);
bb.ben("r13-eth-receipt-json", "a transaction receipt with sender, recipient and hash", JSON.stringify({ status: "0x1", from: `0x${r.str(40, HEX)}`, to: `0x${r.str(40, HEX)}`, transactionHash: `0x${r.str(64, HEX)}`, blockNumber: 1e7 + r.int(1e7) }));
bb.ben("r13-eth-explorer-lines", "an explorer's transaction summary", `Txn Hash: 0x${r.str(64, HEX)}\nStatus: Success\nFrom: 0x${r.str(40, HEX)}\nTo: 0x${r.str(40, HEX)}\nValue: 1.2 ETH`);
bb.ben("r13-eth-log-line", "a log line of a confirmed transfer", `INFO payout confirmed to=0x${r.str(40, HEX)} txid=0x${r.str(64, HEX)} gas=21000`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
