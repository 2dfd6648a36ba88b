// Round thirty-one (Y135): a hard-coded fallback of an environment lookup under a password's name,
// holding an app password drawn from lower case and digits in four dashed groups of four (Bluesky's
// `xxxx-xxxx-xxxx-xxxx`), through any lookup helper (`envOr`, `os.getenv(…, …)`, `getenv(…) or`,
// `ENV.fetch(…) { … }`, PHP's `getenv(…) ?: …`). Benign: placeholders and sequences of the same shape, dates and
// build ids in it, and the shape under a name that is no password.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e003);
const b = builder({ category: "r31e-env-default-app-password" });
const bb = builder({ category: "r31e-env-default-app-password-benign" });
const L = "abcdefghijkmnpqrstuvwxyz";
const D = "23456789";
const group = () => Array.from({ length: 4 }, (_, i) => r.str(1, i % 2 === 0 ? L : D)).join("");
const appPw = () => [group(), group(), group(), group()].join("-");

b.pos("r31e-ed-go", "Go envOr helper", `func envOr(k, d string) string { if v := os.Getenv(k); v != "" { return v }; return d }\n\nvar pw = envOr("ATPROTO_APP_PASSWORD", "${appPw()}")\n`);
b.pos("r31e-ed-py", "Python os.getenv default", `BSKY_PASSWORD = os.getenv("BSKY_PASSWORD", "${appPw()}")\n`);
b.pos("r31e-ed-py-or", "getenv(...) or literal", `password = os.environ.get("BLUESKY_APP_PASSWORD") or "${appPw()}"\n`);
b.pos("r31e-ed-ruby", "Ruby ENV.fetch block", `APP_PASSWORD = ENV.fetch("SOCIAL_APP_PASSWORD") { "${appPw()}" }\n`);
b.pos("r31e-ed-php", "PHP getenv ?: literal", `<?php\n$pass = getenv('POSTER_APP_PASSWORD') ?: '${appPw()}';\n`);
b.pos("r31e-ed-chat", "TS lookup pasted in chat", JSON.stringify({ messages: [{ role: "user", content: `why does login fail?\n\n\`\`\`ts\nconst pass = process.env.BOT_PASSWORD ?? "${appPw()}";\n\`\`\`` }] }));

bb.ben("r31e-ed-placeholder", "placeholder in the shape", `var pw = envOr("BLUESKY_APP_PASSWORD", "xxxx-xxxx-xxxx-xxxx")\n`);
bb.ben("r31e-ed-sequence", "alphabet sequence in the shape", `BSKY_PASSWORD = os.getenv("BSKY_PASSWORD", "abc1-def2-ghi3-jkl4")\n`);
bb.ben("r31e-ed-handle", "the shape under a non-secret name", `var handle = envOr("BLUESKY_INVITE_CODE_PREFIX", "${appPw()}")\n`);
bb.ben("r31e-ed-date", "a build stamp in dashed groups", `build = os.getenv("BUILD_PASSWORD_ROTATED_AT", "2026-1207-0345-0001")\n`);
bb.ben("r31e-ed-words", "words in four-letter groups", `password = os.getenv("DEMO_PASSWORD", "blue-moon-lamp-fish")\n`);
bb.ben("r31e-ed-lookup-only", "a lookup without a fallback", `var pw = os.Getenv("BLUESKY_APP_PASSWORD") // e.g. ${"abcd-efgh-ijkl-mnop"}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
