// Round sixteen (fresh provider tokens, after held-out W), written for this project corpus in other
// contexts and wordings than W's: credentials in an Authorization header under any scheme name,
// a --token flag followed by a shell operator, UUID and prefixed-hex values in slots whose names
// say so (camelCase "…Token", names that start with a non-secret word such as "page" or "map"),
// an AK/SK pair's secret named "SK", and token shapes of providers without a rule before.
// Look-alikes: handshake Authorization schemes, template references, object ids in
// prose, shell expansion messages, publishable keys, ids and digests near the same words.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x16f7e5);
const b = builder({ category: "r16-fresh", expect: "secrets" });
const bb = builder({ category: "r16-fresh-benign", expect: "secrets" });
const HEXU = HEX.toUpperCase();
const L36 = LOWER + DIGITS;

// ---- Authorization header, any scheme
b.pos("r16-auth-custom-scheme-python", "a vendor scheme word and 32 hex in a Python requests header", `resp = requests.get(url, headers={"Authorization": "${["Kakao", "AK"].join("")} ${r.str(32, HEX)}"})`);
b.pos("r16-auth-bearer-uuid-fetch", "a UUID bearer token in a fetch() call", `await fetch("https://api.deploy.dev/v2/graphql", { headers: { authorization: "Bearer ${r.uuid()}" } });`);
b.pos("r16-auth-token-equals-log", "Token token= form in a logged header map", `WARN http: retrying, headers=map[Authorization:Token token=${r.str(20, ALNUM.replace(/[0-9]/g, "") + "+-")}]`);
b.pos("r16-auth-prefixed-hex-httpie", "a vendor-prefixed hex key after Bearer in an httpie command", `http POST https://api.monitor.dev/v1/checks Authorization:"Bearer ${["c", "u_"].join("")}${r.str(32, HEX)}"`);
b.pos("r16-auth-org-bang", "an org id, '!' and a session part after Bearer (Salesforce-style)", `-H 'Authorization: Bearer ${["00", "D"].join("")}${r.str(15, ALNUM)}!${r.str(96, ALNUM + ".")}'`);

// ---- Command-line flags and named slots
b.pos("r16-flag-token-and", "--token with 40 mixed characters then && in a shell one-liner", `deployctl login --token ${r.str(40, ALNUM)} && deployctl apps list`);
b.pos("r16-flag-token-uuid-or", "--token with a UUID then || in a CI step", `  run: paysvc auth --token ${r.uuid()} || exit 1`);
b.pos("r16-camel-token-uuid", "a camelCase …Token key holding a UUID in JSON", `{"service":"ingest","logShipperToken":"${r.uuid()}","region":"eu"}`);
b.pos("r16-page-provider-key", "a provider name that starts with \"page\" before _KEY", `PAGERTOOL_INTEGRATION_KEY=${r.str(32, HEX)}`);
b.pos("r16-sk-upper-env", "an AK/SK pair in .env, the secret named _SK", `CLOUD_SDK_AK=${r.str(20, HEXU.replace(/[a-f]/g, "") + "GHJKLMNPQRSTUVWXYZ")}\nCLOUD_SDK_SK=${r.str(40, ALNUM)}`);
b.pos("r16-sk-camel-yaml", "camelCase …Sk in YAML", `obs:\n  obsAk: ${r.str(20, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}\n  obsSk: ${r.str(40, ALNUM)}`);

// ---- Provider shapes, alone or in prose
b.pos("r16-nvapi-chat", "an NVIDIA API key pasted in a chat line", `here you go: ${["nv", "api-"].join("")}${r.str(64, B64URL)}`);
b.pos("r16-xata-prose", "a Xata key quoted in a question", `is "${["xa", "u_"].join("")}${r.str(36, ALNUM)}" the right format? it keeps saying unauthorized`);
b.pos("r16-trello-list", "a Trello token in a Markdown list of what was rotated", `- rotated: ${["AT", "TA"].join("")}${r.str(64, HEX)}${r.str(8, HEXU)} (trello, board sync)`);
b.pos("r16-gocardless-sandbox", "a GoCardless sandbox token as a Ruby positional argument", `client = Payments.connect("${["sand", "box_"].join("")}${r.str(40, B64URL)}", :sandbox)`);
b.pos("r16-tiktok-refresh", "a TikTok refresh token in a JSON array of values", `["${["rf", "t."].join("")}${r.str(60, ALNUM)}!${r.str(4, DIGITS)}.e1", 31536000]`);
b.pos("r16-paddle-sandbox", "a Paddle sandbox API key in PHP", `$paddle = new Client('${["pdl_", "sdbx_apikey_"].join("")}${r.str(26, L36)}_${r.str(22, ALNUM)}_${r.str(3, ALNUM)}');`);
b.pos("r16-anyscale-env", "an Anyscale key as OPENAI_API_KEY for a compatible client", `OPENAI_BASE_URL=https://api.endpoints.anyscale.com/v1\nOPENAI_API_KEY=${["ese", "cret_"].join("")}${r.str(26, L36)}`);
b.pos("r16-lambda-cli", "a Lambda Cloud key in a curl -u", `curl -u ${["sec", "ret_"].join("")}mykey_${r.str(32, HEX)}.${r.str(32, ALNUM)}: https://cloud.lambdalabs.com/api/v1/instances`);
b.pos("r16-stytch-test-go", "a Stytch test secret in Go", `client, _ := stytchapi.NewClient("project-test-${r.uuid()}", "${["secret-", "test-"].join("")}${r.str(36, B64URL)}")`);
b.pos("r16-appwrite-dart", "an Appwrite key in Dart", `client.setKey('${["stan", "dard_"].join("")}${r.str(256, HEX)}');`);
b.pos("r16-convex-dev", "a Convex dev deploy key exported", `export CONVEX_DEPLOY_KEY='${["dev", ":"].join("")}quiet-lynx-${r.str(3, DIGITS)}|eyJ${r.str(64, B64URL)}'`);
b.pos("r16-zoho-python", "a Zoho access token in Python", `headers = {"Authorization": f"Zoho-oauthtoken {tok}"}\ntok = "${["100", "0."].join("")}${r.str(32, HEX)}.${r.str(32, HEX)}"`);
b.pos("r16-twitter-env", "an X app bearer token in .env", `TWITTER_BEARER=${"A".repeat(22)}${r.str(12, ALNUM)}${"A".repeat(4)}${r.str(10, ALNUM)}%2B${r.str(8, ALNUM)}%3D${r.str(50, ALNUM)}`);
b.pos("r16-sk-hex-js", "an sk_ + 32 hex key in a JS config", `module.exports = { enrich: { key: "${["s", "k_"].join("")}${r.str(32, HEX)}" } };`);

// ---- Look-alikes
bb.ben("r16-auth-templates", "Authorization headers built from variables and placeholders", `headers = {"Authorization": f"Bearer {token}"}\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.x.dev\nAuthorization: Bearer <your-access-token>\nAuthorization: Bearer YOUR_API_KEY_HERE\n"Authorization": "Bearer " + accessToken`);
bb.ben("r16-auth-negotiate-digest", "Negotiate and Digest Authorization headers", `Authorization: Negotiate ${r.str(120, B64)}==\nAuthorization: Digest username="ops", realm="api", nonce="${r.str(32, HEX)}", uri="/", response="${r.str(32, HEX)}"`);
bb.ben("r16-auth-short-opaque", "a short opaque bearer value in a protocol walkthrough", `GET /resource HTTP/1.1\nHost: server.test\nAuthorization: Bearer ${r.str(3, ALNUM)}.${r.str(4, ALNUM)}-${r.str(5, ALNUM)}`);
bb.ben("r16-auth-words", "an Authorization header holding words in docs", "Set `Authorization: Bearer my-long-lived-access-token` in the client, then call /v1/me.");
bb.ben("r16-prose-object-ids", "object ids of a session, user and token named in a log sentence", `[auth] session ${["se", "ss_"].join("")}${r.str(27, ALNUM)} revoked for ${["us", "er_"].join("")}${r.str(27, ALNUM)}; token tok_${r.str(24, ALNUM)} expired`);
bb.ben("r16-shell-expansion-message", "Compose file requiring secrets with ${VAR:?message}", "environment:\n  DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}\n  API_SECRET: ${API_SECRET:?required}\n  SIGNING_KEY: ${SIGNING_KEY:?}");
bb.ben("r16-flag-and-identifier", "a flag whose value is a variable, then &&", "tool run --token \"$TOKEN\" && tool logout\nmake build && ./bin/app --key-file keys/dev.pem && echo ok");
bb.ben("r16-page-cursor", "paging tokens and a map tile key in camelCase", `{"nextPageToken":"${r.str(40, ALNUM)}","mapTileKey":"${r.str(12, DIGITS)}"}`);
bb.ben("r16-uuid-ids", "UUIDs as ids next to --token-file and key words", `tool sync --token-file ~/.tool/token --project ${r.uuid()}\nrequest_id=${r.uuid()} key=${r.uuid()}`);
bb.ben("r16-sk-words", "names that end in sk inside a word (task, disk, mask) with random values", `task: ${r.str(40, ALNUM)}\ndisk=${r.str(40, ALNUM)}\nMASK: ${r.str(32, ALNUM)}`);
bb.ben("r16-publishable", "publishable keys in client code", `mapboxgl.accessToken = "${["p", "k.eyJ"].join("")}${r.str(60, B64URL)}.${r.str(22, B64URL)}";\nconst stripe = Stripe("${["pk", "_live_"].join("")}${r.str(99, ALNUM)}");`);
bb.ben("r16-shapes-near", "near shapes: cu_ + 31 hex, sk_ + 33 hex, 1000.x.y with short parts, an ATTA word", `cu_${r.str(31, HEX)} sk_${r.str(33, HEX)} 1000.${r.str(8, HEX)}.${r.str(8, HEX)} ATTACHMENT_${r.str(10, HEXU)}`);
bb.ben("r16-twitter-filler", "a run of A as base64 padding of zero bytes", `"data": "${"A".repeat(120)}"`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
