// Round twenty-six (held-out Y115's y115-l-017): an OpenAI-compatible key of `sk-` and 48 random
// lower-case letters, no digit (SiliconFlow's), under any name or none. Benign: `sk-` before words,
// an alphabet run, a repeated letter, a slug, 47 or 49 letters, a CSS class.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c017);
const b = builder({ category: "r26-sk-letters" });
const bb = builder({ category: "r26-sk-letters-benign" });
const CONS = "bcdfghjklmnpqrstvwxz";
const sk = () => "sk-" + Array.from({ length: 48 }, (_, i) => r.str(1, i % 5 === 2 ? "aeiou" : CONS)).join("");

b.pos("r26-skl-yaml", "YAML api_key", `siliconflow:\n  api_key: "${sk()}"\n  model: Qwen/Qwen2.5-7B-Instruct\n`);
b.pos("r26-skl-env", ".env line", `SILICONFLOW_API_KEY=${sk()}\n`);
b.pos("r26-skl-py", "Python client constructor", `client = OpenAI(api_key="${sk()}", base_url="https://api.siliconflow.cn/v1")\n`);
b.pos("r26-skl-header", "Authorization header in curl", `curl https://api.siliconflow.cn/v1/chat/completions -H "Authorization: Bearer ${sk()}" -d @req.json`);
b.pos("r26-skl-chat", "key pasted in a chat line", `试试这个 key：${sk()} 应该还有额度`);
b.pos("r26-skl-js", "JS config object", `export default {\n  llm: { provider: "siliconflow", key: '${sk()}' },\n};\n`);

bb.ben("r26-skl-words", "sk- before joined English words", `const id = "sk-thequickbrownfoxjumpsoverthelazydogagainandagain";`);
bb.ben("r26-skl-alpha", "sk- before an alphabet run", `placeholder: "sk-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv"`);
bb.ben("r26-skl-repeat", "sk- before a repeated letter", `OPENAI_API_KEY=sk-${"x".repeat(48)}\n`);
bb.ben("r26-skl-short", "47 random letters", `api_key: "sk-${Array.from({ length: 47 }, () => r.str(1, CONS)).join("")}"`);
bb.ben("r26-skl-slug", "a hyphenated slug starting sk-", `<div class="sk-folding-cube sk-cube-grid sk-chasing-dots"></div>`);
bb.ben("r26-skl-doc", "docs naming the key's form", `SiliconFlow keys look like sk- followed by 48 lower-case letters, e.g. sk-<your key>.`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
