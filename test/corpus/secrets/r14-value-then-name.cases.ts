// Round fourteen (a value stated first, its secret-named destination after it; Basic credentials
// that are not base64 of user:password): "the preview value is `X` — store it in `NAME`", "use X
// as the NAME", "X goes into NAME", in several languages; `Authorization: Basic` holding a raw hex
// or opaque token or an app password in groups of four, as a header line, curl -H, HAR and Postman
// pairs. Look-alikes: a secret name with no value, ids/regions/buckets put into non-secret names,
// commit hashes in prose, cache keys, Basic with base64 pairs or placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x14ba51c2);
const b = builder({ category: "r14-value-then-name", expect: "secrets" });
const bb = builder({ category: "r14-value-then-name-benign", expect: "secrets" });

const hex = (n: number) => r.str(n, HEX);
const tok = (n: number) => r.str(n, ALNUM);
const appPw = () => [r.str(4, LOWER), ...Array.from({ length: 5 }, () => r.str(4, ALNUM))].join(" ");
const har = (name: string, value: string) => JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://hooks.acme-corp.test/v1/ingest", headers: [{ name: "Accept", value: "application/json" }, { name, value }] }, response: { status: 401 } }] } }, null, 2);

b.pos("r14-vtn-md-store", "hex value then 'store it in' a secret-named variable, Markdown list", `### Preview stack\n\n- Clone and run \`make bootstrap\`\n- The signing value for preview is \`${hex(64)}\` — store it in \`WEBHOOK_SIGNING_SECRET\`\n- Then \`make up\``);
b.pos("r14-vtn-chat-export", "bare token then 'please export it as', chat", `ok here's the sandbox one: ${tok(40)}, please export it as PAYMENTS_API_TOKEN before running the suite`);
b.pos("r14-vtn-use-as", "use `X` as the NAME", `For now just use \`${r.str(36, B64URL)}\` as the \`SEARCH_ADMIN_KEY\`, I'll rotate it on Monday.`);
b.pos("r14-vtn-goes-into", "`X` goes into NAME", `Quick note: \`${r.str(32, B64)}\` goes into DB_PASSWORD on the worker box.`);
b.pos("r14-vtn-save-to", "value then 'save it to' NAME after a dash", `New key for the reporting job: \`${tok(48)}\` - save it to \`REPORTING_ACCESS_KEY\` in the vault.`);
b.pos("r14-vtn-de", "German: value, then 'trag ihn in NAME ein'", `Der Wert für Staging ist \`${hex(40)}\` – trag ihn in \`MAILER_API_KEY\` ein.`);
b.pos("r14-vtn-fr", "French: value, then 'mets-la dans NAME'", `La clé de test est \`${tok(32)}\`, mets-la dans \`STORAGE_SECRET_KEY\` puis relance le service.`);
b.pos("r14-vtn-es", "Spanish: value, then 'ponlo en NAME'", `El token de pruebas es \`${tok(44)}\` y ponlo en \`CRM_ACCESS_TOKEN\` antes de desplegar.`);
b.pos("r14-vtn-pt", "Portuguese: value, then 'coloque em NAME'", `A chave de homologação é ${tok(40)} — coloque em SMS_GATEWAY_SECRET.`);

b.pos("r14-basic-raw-hex-header", "raw 40-hex token as Basic credentials in a header line", `POST /job/deploy/build HTTP/1.1\r\nHost: ci.acme-corp.test\r\nAuthorization: Basic ${hex(40)}\r\n\r\n`);
b.pos("r14-basic-raw-apppw-curl", "app password in groups of four as Basic credentials in curl -H", `curl -X POST https://blog.acme-corp.test/wp-json/wp/v2/posts -H "Authorization: Basic ${appPw()}" -d @post.json`);
b.pos("r14-basic-raw-har", "opaque token as Basic credentials in a HAR header pair", har("Authorization", `Basic ${tok(32)}`));
b.pos("r14-basic-raw-postman", "raw hex token as Basic credentials in a Postman key/value header", JSON.stringify({ request: { method: "GET", header: [{ key: "Authorization", value: `Basic ${hex(34)}`, type: "text" }], url: "https://ci.acme-corp.test/api/json" } }, null, 2));
b.pos("r14-basic-raw-apppw-har", "app password in groups of four in a HAR Authorization pair", har("Authorization", `Basic ${appPw()}`));

bb.ben("r14-vtn-name-only", "secret names without values in prose", `1. Put your key in \`API_KEY\` and restart.\n2. Set it in \`STRIPE_SECRET_KEY\` (see 1Password).\n3. Store the token in \`GITHUB_TOKEN\`, never in code.\n4. Export it as \`OPENAI_API_KEY\` in your shell profile.`);
bb.ben("r14-vtn-ids", "ids, regions and buckets put into non-secret names", `The region is \`eu-central-1\` — put it in \`AWS_REGION\`.\nThe bucket \`acme-artifacts-prod-2024\` goes into ARTIFACT_BUCKET.\nUse \`3f1c2a9e-7b1d-4c2e-9a55-0d6e8f2b1c44\` as the TENANT_ID.\nThe project is \`acme-analytics-prod-482913\`, set it as \`GCP_PROJECT\`.\nThe key id \`${tok(20).toUpperCase()}\` goes into SIGNING_KEY_ID.`);
bb.ben("r14-vtn-commit-sha", "commit hashes in prose next to secret names", `Fixed in \`${hex(40)}\`, which added the \`API_TOKEN\` check.\nReverted ${hex(40)} — put it back in token_refresh.ts later.\nSee ${hex(40)}: we now store the token in \`SESSION_SECRET\` only.`);
bb.ben("r14-vtn-cache-key", "hash put into a cache key", `Build hash \`${hex(64)}\` — put it in \`CACHE_KEY\` so the runners reuse layers.`);
bb.ben("r14-basic-placeholders", "Basic with placeholders and a command substitution", `Authorization: Basic <base64>\ncurl -H "Authorization: Basic $(echo -n user:pass | base64)" https://api.acme-corp.test\nAuthorization: Basic YOUR_BASE64_CREDENTIALS\n-H "Authorization: Basic xxxx xxxx xxxx xxxx xxxx xxxx"`);
bb.ben("r14-basic-prose", "the word Basic in prose and docs", `Basic usage: run the CLI with --help.\nAuthorization: Basic authentication is deprecated for this API; use tokens.\nThe header looks like \`Authorization: Basic <credentials>\` where credentials is base64(user:password).`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
