// Round twenty-eight (held-out Y124's y124-c-035, l-030, l-073, c-023, c-099): a secret-named slot's value
// where the syntax around it was not read — a bare value closed by an HTML element's tag (`<pre>name: …</pre>`
// in a helpdesk reply), a Markdown table's row (`| NAME | value |`, bare or in backticks), a container env
// entry's `value:` under its `- name:` holding punctuation (Helm values). Benign: the same shapes with
// non-secret names, references, placeholders, code after the value. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x28e001);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r28e-${id}`, kind: "secrets", category, label, text, note });
const tag = add("positive", "r28-value-before-close-tag");
const tagB = add("benign", "r28-value-before-close-tag-benign");
const table = add("positive", "r28-markdown-table-row");
const tableB = add("benign", "r28-markdown-table-row-benign");
const entry = add("positive", "r28-env-entry-punctuated");
const entryB = add("benign", "r28-env-entry-punctuated-benign");

const helpdesk = (body: string) => JSON.stringify({ conversation_id: r.digits(12), message_type: "comment", body });
const mcp = (path: string, content: string) => JSON.stringify({ jsonrpc: "2.0", id: r.int(90) + 1, method: "tools/call", params: { name: "write_file", arguments: { path, content } } });

tag("tag-pre-api-key", "<pre> block, api key closed by </pre>", helpdesk(`<p>Prod credentials:</p><pre>gocardless_region: eu\ngocardless_access_token: live_${r.alnum(34)}</pre>`));
tag("tag-code-secret", "<code> element, hex secret", `<p>Set <code>mollie_webhook_secret: ${r.hex(40)}</code> on the worker.</p>`);
tag("tag-td-password", "a table cell closing after the value", `<tr><td>db</td><td>ledger_db_password=${r.alnum(10)}${r.digits(4)}${r.alnum(6)}</td></tr>`);
tag("tag-pre-escaped", "pre block in an HTML email body (JSON-escaped)", JSON.stringify({ html: `<pre>\nMARQETA_APP_TOKEN: ${r.b64url(40)}</pre>` }));
tag("tag-p-private-key", "a paragraph ending in the value", `<p>checkout_private_key: ${r.alnum(48)}</p>`);
tag("tag-li-auth-token", "a list item", `<ul><li>adyen_auth_token: ${r.alnum(12)}${r.digits(6)}${r.alnum(14)}</li></ul>`);
tagB("tag-ref-path", "a path to the key, not the key", `<pre>gocardless_access_token: /run/secrets/gocardless-token-prod</pre>`);
tagB("tag-placeholder", "placeholder in the pre block", helpdesk(`<pre>gocardless_access_token: your-access-token-goes-here</pre>`));
tagB("tag-generic-type", "a generic type after the name (code)", `<pre>const cache: Map<string, ApiToken> = new Map<string, ApiToken>();</pre>`);
tagB("tag-region", "non-secret settings in a pre block", helpdesk(`<pre>gocardless_environment: live\ngocardless_webhook_endpoint: https://api.example.com/hooks/gc</pre>`));
tagB("tag-variable", "an env reference as the value", `<code>api_key: \${PAYMENTS_API_KEY}</code>`);
tagB("tag-token-id", "a token's id, not the token", `<pre>access_token_id: tok_${r.digits(6)}</pre>`);

table("table-backticked-hex", "backticked name and hex value", `| setting | value |\n|---|---|\n| \`BRAINTREE_MERCHANT_ID\` | \`${r.alnum(16).toLowerCase()}\` |\n| \`BRAINTREE_PRIVATE_KEY\` | \`${r.hex(32)}\` |\n`);
table("table-bare-secret", "bare cells", `| Name | Value |\n| --- | --- |\n| WISE_API_TOKEN | ${r.uuid()} |\n`);
table("table-bold-name", "bold name cell", `| **PADDLE_WEBHOOK_SECRET** | pdl_ntfset_${r.alnum(26)} |`);
table("table-in-issue", "issue comment (JSON)", JSON.stringify({ body: `Config below:\n\n| key | val |\n|---|---|\n| \`GOCARDLESS_SECRET\` | \`${r.hex(28)}\` |\n| \`GOCARDLESS_ENV\` | \`live\` |` }));
table("table-three-cols", "name, value, then a note column", `| var | value | note |\n|-|-|-|\n| TRUELAYER_CLIENT_SECRET | ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)} | rotated Monday |`);
table("table-password", "a password cell with symbols", `| \`LEDGER_DB_PASSWORD\` | \`${r.alnum(7)}#${r.digits(3)}${r.alnum(6)}!Q\` |`);
tableB("table-types", "a schema table: name, type, required", `| \`API_TOKEN\` | \`string\` | yes |\n| \`TIMEOUT\` | \`number\` | no |`);
tableB("table-description", "a docs table describing the variable", `| STRIPE_SECRET_KEY | Secret key from the Stripe dashboard | required |`);
tableB("table-placeholder", "placeholder cells", `| \`PLAID_SECRET\` | \`<your-plaid-secret>\` |\n| \`PLAID_ENV\` | \`sandbox\` |`);
tableB("table-reference", "reference to a vault path", `| PLAID_SECRET | vault:secret/data/plaid#secret |`);
tableB("table-id", "an id column, not a secret", `| PLAID_CLIENT_ID | ${r.hex(24)} |`);
tableB("table-masked", "masked value", `| \`WISE_API_TOKEN\` | \`****${r.hex(4)}\` |`);

entry("entry-hash-symbol", "password with # in a Helm env entry", mcp("charts/ledger/values-prod.yaml", `env:\n  - name: LEDGER_DB_PASSWORD\n    value: "${r.alnum(9)}#${r.alnum(4)}${r.digits(3)}Zq"\n`));
entry("entry-symbols", "Kubernetes manifest, symbols", `containers:\n- name: api\n  env:\n  - name: REDIS_PASSWORD\n    value: "${r.alnum(6)}!${r.digits(3)}~${r.alnum(8)}^A"\n`);
entry("entry-single-quotes", "single-quoted value", `env:\n  - name: SFTP_PASSWORD\n    value: '${r.alnum(8)}@${r.alnum(6)}&${r.digits(3)}'\n`);
entry("entry-api-secret", "api secret with punctuation", `        - name: "KLARNA_API_SECRET"\n          value: "${r.alnum(10)}*${r.alnum(8)}.${r.digits(2)}"\n`);
entry("entry-escaped", "escaped in a tool call", mcp("deploy/api.yaml", `env:\n- name: BANKING_API_TOKEN\n  value: "${r.alnum(12)}$${r.alnum(10)}"\n`));
entry("entry-auth-key", "auth key with symbols", `  - name: CHECKOUT_AUTH_KEY\n    value: "${r.alnum(6)}-${r.alnum(6)}#${r.digits(4)}!q"\n`);
entryB("entry-ref", "valueFrom a Secret", `env:\n  - name: LEDGER_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db\n        key: password\n`);
entryB("entry-template", "a Helm template as the value", `env:\n  - name: LEDGER_DB_PASSWORD\n    value: "{{ .Values.db.password }}"\n`);
entryB("entry-non-secret", "a non-secret name with punctuation in the value", `env:\n  - name: PAYOUT_CRON\n    value: "30 1 * * 1-5 #weekdays"\n`);
entryB("entry-placeholder", "placeholder value", `env:\n  - name: SFTP_PASSWORD\n    value: "change-me-please!"\n`);
entryB("entry-path", "a file path with a fragment", `env:\n  - name: TLS_PRIVATE_KEY\n    value: "/etc/tls/private/key.pem#primary"\n`);
entryB("entry-url", "a URL as the value of a non-secret name", `env:\n  - name: TOKEN_ENDPOINT\n    value: "https://auth.example.com/oauth/token?aud=api#v2"\n`);

export { cases };
