// Round thirteen (HTTP headers as name/value pairs; chat-robot webhooks), written for this
// project corpus:
// - an Authorization header written as a name/value pair (HAR, Postman, Insomnia exports, YAML
//   header lists), whatever the scheme and whatever the credential's shape (a UUID, hex), judged
//   as the same header in a `Name: value` line;
// - DingTalk custom robot and Feishu / Lark custom bot webhook URLs (documented shapes).
// Look-alikes: redacted, templated and placeholder Authorization values; ordinary headers,
// tracing ids and cache keys in the same pairs; placeholder webhook URLs.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x13ba75);
const b = builder({ category: "r13-har-slots", expect: "secrets" });
const bb = builder({ category: "r13-har-slots-benign", expect: "secrets" });
const uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-b${r.hex(3)}-${r.hex(12)}`;

// ---- Authorization as a name/value pair
b.pos("r13-har-bearer-uuid", "HAR request header: a UUID bearer token", `{"log":{"entries":[{"request":{"method":"POST","url":"https://api.vendor.example/v2/jobs","headers":[{"name":"Content-Type","value":"application/json"},{"name":"Authorization","value":"Bearer ${uuid()}"}]}}]}}`);
b.pos("r13-har-token-uuid-pretty", "pretty-printed HAR: Token scheme with a UUID", `"headers": [\n  {\n    "name": "authorization",\n    "value": "Token ${uuid()}"\n  },\n  {\n    "name": "accept",\n    "value": "*/*"\n  }\n]`);
b.pos("r13-postman-vendor-scheme", "Postman collection header with a vendor scheme and hex key", `"header": [\n\t{\n\t\t"key": "Authorization",\n\t\t"value": "KakaoAK ${r.hex(32)}",\n\t\t"type": "text"\n\t}\n]`);
b.pos("r13-insomnia-bearer-uuid", "Insomnia export header pair with an id field first", `{"_type":"request","headers":[{"id":"pair_${r.hex(32)}","name":"Authorization","value":"Bearer ${uuid()}","description":""}]}`);
b.pos("r13-yaml-header-list", "a YAML header list (name/value entries) in a test config", `request:\n  headers:\n    - name: Authorization\n      value: Bearer ${uuid()}\n`);
// ---- chat-robot webhooks
b.pos("r13-dingtalk-hook-py", "DingTalk robot webhook in a Python alert script", `import requests\nDING = "https://oapi.dingtalk.com/robot/send?access_token=${r.hex(64)}"\nrequests.post(DING, json={"msgtype": "text", "text": {"content": "deploy done"}})\n`);
b.pos("r13-feishu-hook-curl", "Feishu bot webhook in a curl command", `curl -X POST -H "Content-Type: application/json" -d '{"msg_type":"text","content":{"text":"build ok"}}' https://open.feishu.cn/open-apis/bot/v2/hook/${uuid()}\n`);
b.pos("r13-lark-hook-yaml", "Lark bot webhook in a CI notifier config", `notify:\n  lark:\n    url: https://open.larksuite.com/open-apis/bot/v2/hook/${uuid()}\n`);

bb.ben("r13-har-auth-redacted", "HAR and Postman Authorization values redacted, templated or placeholders", `[{"name":"Authorization","value":"Bearer <redacted>"},{"name":"Authorization","value":"Bearer \${API_TOKEN}"}]\n{"key":"Authorization","value":"Bearer {{access_token}}","type":"text"}\n{"name":"Authorization","value":"Bearer your_access_token_here"}\n{"name":"Authorization","value":"Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}\n`);
bb.ben("r13-har-plain-headers", "HAR headers that hold no credential: types, tracing ids, cache keys", `"headers": [{"name":"Content-Type","value":"application/json"},{"name":"X-Request-Id","value":"${uuid()}"},{"name":"traceparent","value":"00-${r.hex(32)}-${r.hex(16)}-01"},{"name":"X-Cache-Key","value":"${r.hex(40)}"},{"name":"Cookie","value":"theme=dark; lang=en"}]`);
bb.ben("r13-har-auth-schemes", "Authorization pairs whose schemes carry no token (Digest parameters, a named scheme only)", `{"name":"Authorization","value":"Digest username=\\"ops\\", realm=\\"api\\", nonce=\\"${r.hex(16)}\\""}\n{"name":"WWW-Authenticate","value":"Bearer realm=\\"example\\""}\n`);
bb.ben("r13-hook-placeholders", "placeholder DingTalk and Feishu webhook URLs from docs", `https://oapi.dingtalk.com/robot/send?access_token=XXXXXX\nhttps://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\nhttps://open.feishu.cn/open-apis/bot/v2/hook/****\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
