// Round fourteen (named slots whose value has a shape the slot rules refused): an opaque value of
// upper-case letters and digits only under a token-named header or field; a long base64 key under
// an `x-` API-key header written as a dict or JSON key; random lower-case letters under `token:`;
// a deploy key written `label|body`; an application password in space-separated groups of four
// (curl -u, Basic, config). Look-alikes: enum constants, data blobs under non-secret names,
// words and identifiers under token/key names, deploy targets, placeholder passwords. Values
// built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x14510714);
const b = builder({ category: "r14-slot-shapes", expect: "secrets" });
const bb = builder({ category: "r14-slot-shapes-benign", expect: "secrets" });

const upDig = (n: number) => r.str(n, UPPER + DIGITS);
/** Six groups of four; the first all lower-case letters, as a random one sometimes is. */
const appPw = () => [r.str(4, LOWER), ...Array.from({ length: 5 }, () => r.str(4, ALNUM))].join(" ");
const har = (name: string, value: string) => JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://shop.acme-corp.test/api/orders", headers: [{ name: "Accept", value: "application/json" }, { name, value }] } }] } }, null, 2);

b.pos("r14-updig-har", "upper-case and digit token in a HAR header pair named …AppToken", har("X-Shop-API-AppToken", upDig(120)));
b.pos("r14-updig-header", "upper-case and digit token in a request header", `GET /v2/orders HTTP/1.1\r\nHost: api.acme-corp.test\r\nX-Partner-Token: ${upDig(40)}\r\n\r\n`);
b.pos("r14-updig-yaml", "upper-case and digit token under token: in YAML", `ledger:\n  endpoint: https://ledger.acme-corp.test\n  token: ${upDig(32)}\n`);
b.pos("r14-b64-xapikey-py", "long base64 key under x-api-key in a Python dict", `headers = {"x-api-key": "${r.str(300, B64)}"}\nrequests.get(url, headers=headers)`);
b.pos("r14-b64-xapikey-js", "long base64 key under X-Api-Key in a fetch call", `await fetch(url, { headers: { 'X-Api-Key': '${r.str(240, B64)}' } });`);
b.pos("r14-lower-yaml", "random lower-case letters under token: in YAML", `fields:\n  codec: json\n  token: ${r.str(32, LOWER)}\n  type: nginx\n`);
b.pos("r14-lower-env", "random lower-case letters in an env token", `LOGS_SHIPPING_TOKEN=${r.str(32, LOWER)}`);
b.pos("r14-lower-json", "random lower-case letters in a JSON api_key", JSON.stringify({ api_key: r.str(28, LOWER), region: "eu" }));
b.pos("r14-deploy-key-env", "deploy key written label|body in an env var", `BACKEND_DEPLOY_KEY='prod:quiet-river-${r.str(3, DIGITS)}|${r.str(80, B64URL)}' npx backend deploy`);
b.pos("r14-deploy-key-yaml", "deploy key label|body in CI YAML", `env:\n  APP_DEPLOY_KEY: "preview:${r.str(6, LOWER)}-${r.str(3, DIGITS)}|${r.str(72, B64URL)}"\n`);
b.pos("r14-apppw-curl", "application password in groups of four in curl -u", `curl -u 'publisher:${appPw()}' https://blog.acme-corp.test/wp-json/wp/v2/posts`);
b.pos("r14-apppw-curl-dq", "application password in groups of four in curl --user", `curl --user "ci-bot:${appPw()}" -X POST https://cms.acme-corp.test/wp-json/wp/v2/media`);
b.pos("r14-apppw-basic", "application password in groups of four in a Basic header", `Authorization: Basic ${Buffer.from(`editor:${appPw()}`).toString("base64")}`);
b.pos("r14-apppw-yaml", "application password in groups of four in a config password field", `wordpress:\n  url: https://blog.acme-corp.test\n  username: editor\n  password: ${appPw()}\n`);

bb.ben("r14-enum-token-type", "upper-case constants in token-named fields", `token_type: "ACCESS_TOKEN"\nTOKEN_KIND=REFRESH\nkey: PRIMARY_KEY_CONSTRAINT\n{"tokenType": "BEARER", "keyUsage": "DIGITAL_SIGNATURE"}`);
bb.ben("r14-enum-ids", "upper-case ids and enum values under key names", `sort_key: CREATED_AT_DESC\nlicense_key_tier: ENTERPRISE2024\nkey: ORDER_STATUS_SHIPPED_V2`);
bb.ben("r14-b64-image", "long base64 data under non-secret names", JSON.stringify({ thumbnail: r.str(300, B64), "x-request-body": r.str(240, B64), data: r.str(320, B64) }));
bb.ben("r14-lower-words", "words and identifiers under token/key names", `token: nginx\nkey: primarykeyname\ntokenizer: wordpiece\nsecret_name: databasecredentials\napi_key_header: authorization\ntoken: internationalization\nkey: schwarzschildradius\nkey: verantwortungsbewusstsein\ntoken: anticonstitutionnellement`);
bb.ben("r14-deploy-target", "deploy names without a secret", `DEPLOY_TARGET=prod:happy-otter-123\nDEPLOY_KEY_NAME=prod:quiet-river-456\nconvex deploy --prod`);
bb.ben("r14-apppw-placeholder", "curl -u with a placeholder password", `curl -u 'user:your app password' https://blog.acme-corp.test/wp-json/wp/v2/posts\ncurl -u "admin:xxxx xxxx xxxx xxxx xxxx xxxx" https://blog.acme-corp.test/wp-json\npassword: abcd efgh ijkl mnop qrst uvwx`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
