// Round thirty-two (Y139's y139-l-134): a RapidAPI key in its documented shape (50 lower-case hex
// with fixed markers: 10 hex "msh" 15 hex "p" 6 hex "jsn" 12 hex) under a name that says nothing
// (`key = "…"` in a `[rapidapi]` table, a bare constant). There was no RapidAPI rule. Benign: the
// X-RapidAPI-Host header, placeholders, a zeroed example, env references, hex of the wrong shape.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32a702);
const b = builder({ category: "r32-r32g-rapidapi-key" });
const bb = builder({ category: "r32-r32g-rapidapi-key-benign" });
const rapid = () => `${r.hex(10)}${"ms"}h${r.hex(15)}p${r.hex(6)}${"js"}n${r.hex(12)}`;

b.pos("r32g-rapid-toml", "TOML table, generic key", `[weather]\nendpoint = "https://weatherapi-com.p.rapidapi.com"\n\n[rapidapi]\nkey = "${rapid()}"\nretries = 3\n`);
b.pos("r32g-rapid-ini", "INI section, token", `[provider]\nname=geo\ntoken=${rapid()}\n`);
b.pos("r32g-rapid-yaml", "YAML mapping under the provider", `providers:\n  rapid:\n    value: ${rapid()}\n    host: imdb8.p.rapidapi.com\n`);
b.pos("r32g-rapid-js-const", "JS constant with a neutral name", `const K = "${rapid()}";\nfetch(url, { headers: { "X-RapidAPI-Key": K } });\n`);
b.pos("r32g-rapid-python", "Python headers dict", `headers = {\n    "x-rapidapi-host": "jokes.p.rapidapi.com",\n    "x-rapidapi-key": "${rapid()}",\n}\n`);
b.pos("r32g-rapid-curl", "curl header in a shell tool call", JSON.stringify({ tool: "shell", input: { command: `curl -s https://example.p.rapidapi.com/v1/q --header 'X-RapidAPI-Key: ${rapid()}'` } }));
b.pos("r32g-rapid-prose", "chat message with the key inline", `here is what I use for the currency endpoint: ${rapid()} (it's on my basic plan)`);

bb.ben("r32g-rapid-host", "only the host header", `headers = {"X-RapidAPI-Host": "translate-plus.p.rapidapi.com", "X-RapidAPI-Key": os.environ["RAPIDAPI_KEY"]}\n`);
bb.ben("r32g-rapid-placeholder", "placeholder key", `[rapidapi]\nkey = "YOUR_RAPIDAPI_KEY"\n`);
bb.ben("r32g-rapid-zeros", "zeroed example in the key's shape", `X-RapidAPI-Key: ${"0".repeat(10)}msh${"0".repeat(15)}p${"0".repeat(6)}jsn${"0".repeat(12)}\n`);
bb.ben("r32g-rapid-env", "environment reference", `[rapidapi]\nkey = "\${RAPIDAPI_KEY}"\n`);
bb.ben("r32g-rapid-sha", "a SHA-256 digest under the table", `[rapidapi]\nschema_sha256 = "${r.hex(64)}"\n`);
bb.ben("r32g-rapid-short", "hex with markers but too short", `build = "${r.hex(6)}msh${r.hex(8)}p${r.hex(3)}jsn${r.hex(5)}"\n`);
bb.ben("r32g-rapid-word", "json word in code", `const jsnObj = JSON.parse(raw); // mshtml parser, p-values\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
