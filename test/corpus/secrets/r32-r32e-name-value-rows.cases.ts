// Round thirty-two (Y138: y138-p-130, y138-s-051, y138-s-075): a setting's name and its value in two
// cells of one row — a CLI's aligned "Key  Value" table (`vault kv get`, `vault read`, PowerShell's
// Format-Table of a hashtable or of `env:`), or an HTML row (`<td>name</td><td>value</td>`, a
// `<dt>`/`<dd>` pair). Benign: the same tables holding metadata (versions, times, accessors, ttl),
// masked values, references, ids, and tables without the header.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32e002);
const b = builder({ category: "r32e-name-value-rows" });
const bb = builder({ category: "r32e-name-value-rows-benign" });

const result = (content: string) => JSON.stringify({ role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_${r.alnum(24)}`, content }] });
const meta = () => `======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2025-0${r.int(9) + 1}-1${r.int(9)}T0${r.int(9)}:12:44Z\ndeletion_time      n/a\ndestroyed          false\nversion            ${r.int(9) + 1}\n\n`;
const mail = (html: string) => JSON.stringify({ message: { subject: "Connector details", body: { contentType: "HTML", content: html }, toRecipients: [{ emailAddress: { address: "ops@example.com" } }] } });

b.pos("r32e-vault-kv-secret", "vault kv get table, *_secret row (tool result)", result(`$ vault kv get secret/ci/payments\n${meta()}====== Data ======\nKey              Value\n---              -----\nmerchant_id      ${r.hex(16)}\nwebhook_secret   ${r.hex(32)}`));
b.pos("r32e-vault-kv-token", "vault kv get table, api_token row", `====== Data ======\nKey          Value\n---          -----\napi_token    ${r.alnum(36)}\nbase_url     https://api.example.test\n`);
b.pos("r32e-vault-read-password", "vault read table, db_password row", `$ vault read database/static-creds/reporting\nKey                    Value\n---                    -----\nlast_vault_rotation    2025-02-03T10:00:00Z\ndb_password            ${r.alnum(10)}-${r.alnum(12)}\nttl                    23h\n`);
b.pos("r32e-ps-hashtable", "PowerShell Format-Table of a hashtable", `PS C:\\> $cfg\n\nName                           Value\n----                           -----\nTenantId                       ${r.uuid()}\nClientSecret                   ${r.alnum(8)}~${r.alnum(30)}\n`);
b.pos("r32e-ps-env", "PowerShell Get-ChildItem env:", `Name                           Value\n----                           -----\nCOMPUTERNAME                   BUILD-07\nSENTRY_AUTH_TOKEN              ${r.hex(64)}\nUSERNAME                       builder\n`);
b.pos("r32e-html-td-code", "HTML table cells, value in <code>", mail(`<p>Details below.</p><table><tr><td>region</td><td>eu-1</td></tr><tr><td>access_token</td><td><code>${r.hex(30)}</code></td></tr></table>`));
b.pos("r32e-html-th-td", "HTML header cell then value cell", `<table>\n<tr><th>client_secret</th><td>${r.b64url(28)}</td></tr>\n</table>`);
b.pos("r32e-html-dt-dd", "definition list pair", `<dl><dt>signing_secret</dt><dd>${r.hex(28)}</dd></dl>`);

bb.ben("r32e-vault-meta-only", "vault kv metadata table, no data", result(`$ vault kv metadata get secret/ci/payments\n${meta()}`));
bb.ben("r32e-vault-token-lookup", "vault token lookup: accessor, policies, ttl", `Key                 Value\n---                 -----\naccessor            ${r.alnum(24)}\ndisplay_name        token-ci\npolicies            [default ci]\ntoken_ttl           768h\ntoken_type          service\n`);
bb.ben("r32e-vault-masked", "table with masked values", `Key              Value\n---              -----\nwebhook_secret   ********\napi_token        <redacted>\n`);
bb.ben("r32e-vault-reference", "table of references", `Key              Value\n---              -----\nwebhook_secret   vault:secret/data/ci/payments#webhook_secret\napi_token        \${API_TOKEN}\n`);
bb.ben("r32e-no-header", "aligned columns without a Key/Value header (a process list)", `PID    TOKEN_COUNT    SECRET_SCANS\n${r.digits(4)}   12             3\n`);
bb.ben("r32e-html-id-cell", "HTML row holding an id", `<table><tr><td>api_token_id</td><td>${r.hex(24)}</td></tr><tr><td>secret_version</td><td>7</td></tr></table>`);
bb.ben("r32e-html-desc", "HTML docs table describing settings", `<table><tr><td>api_token</td><td>The token from the console's API page.</td></tr></table>`);
bb.ben("r32e-ps-plain", "PowerShell env without secrets", `Name                           Value\n----                           -----\nPATH                           C:\\Windows\\system32\nTOKEN_CACHE_DIR                C:\\cache\\tokens\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
