// Round thirty-two (found on Y140): a token of a short vendor prefix and 32+ hex (Percy's `web_` + 64 hex)
// under a key named only for its kind (`token:` under a `percy:` mapping, `"secret":`, `api_key =`). Bare
// hex there was taken, but the prefix made the value read as a cache key or build id, for want of a
// vendor word in the slot's name to check it against. Benign: a digest's or an object's id prefix,
// a prefixed hex under a key that is not a credential's, placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32b7e5);
const b = builder({ category: "r32-r32j-kind-slot-prefixed-hex" });
const bb = builder({ category: "r32-r32j-kind-slot-prefixed-hex-benign" });
const tok = (p: string, n = 64) => p + "_" + r.hex(n);

b.pos("r32j-kph-yaml", "token under a service mapping in YAML", `server:\n  port: 8080\nvisual:\n  token: "${tok("web")}"\n  branch: main\n`);
b.pos("r32j-kph-toml", "TOML table's token", `[snapshots]\nproject = "storefront"\ntoken = "${tok("auto")}"\n`);
b.pos("r32j-kph-json", "nested JSON secret", JSON.stringify({ uploader: { endpoint: "https://upload.example.net", secret: tok("svc", 48) } }, null, 2));
b.pos("r32j-kph-ini", "INI api_key", `[reporting]\nurl = https://metrics.example.org\napi_key = ${tok("ak", 40)}\n`);
b.pos("r32j-kph-props", "properties access_token", `storage.bucket=media\nstorage.access_token=${tok("app")}\n`);
b.pos("r32j-kph-chat", "config pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `why does CI fail with this?\nvisual_review:\n  token: ${tok("ss")}\n` }] }));

bb.ben("r32j-kph-digest", "a digest's prefix under token", `artifact:\n  token: "sha_${r.hex(64)}"\n`);
bb.ben("r32j-kph-commit", "a commit under a token slot", `release:\n  token: commit_${r.hex(40)}\n`);
bb.ben("r32j-kph-cache", "a cache key", `cache:\n  key: "web_${r.hex(64)}"\n`);
bb.ben("r32j-kph-build", "a build id under a build token", `build_token: build_${r.hex(40)}\n`);
bb.ben("r32j-kph-placeholder", "a placeholder", `percy:\n  token: "web_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n`);
bb.ben("r32j-kph-ref", "an env reference", `percy:\n  token: "\${PERCY_TOKEN}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
