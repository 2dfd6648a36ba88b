// Real-code false positives (issue 24, class 14): every JS/TS/JSON/Markdown file of this
// project's node_modules judged outbound (default config, no env) as `toolkit check --file` would
// judge it; prints each blocking finding that is not a published example. `bun scripts/eval/realcode-fp.ts [dir]`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";

const root = process.argv[2] ?? join(import.meta.dir, "..", "..", "node_modules");
const engine = await buildEngine(await configFromText("", "embedded default", {}), { env: {} });
const files: string[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (/\.(?:[cm]?js|[cm]?ts|json|md)$/.test(n) && st.size < 16 << 20) files.push(p);
  }
};
walk(root);
let blocks = 0;
const byFile = new Set<string>();
const byRule = new Map<string, number>();
for (const f of files) {
  const text = readFileSync(f, "utf8");
  const j = await judgePayload(engine, { text, direction: "outbound", kind: "secrets" }, engine.routes.defaults, { budgetMs: 60_000 });
  for (const x of j.findings) {
    if (x.action !== "block" || x.example) continue;
    blocks++;
    byFile.add(f);
    byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
    console.log(`${relative(root, f)}:${x.line}:${x.column} ${x.ruleId} ${x.redacted} ${JSON.stringify(text.slice(Math.max(0, x.start - 40), x.end + 20).slice(0, 160))}`);
  }
  if (j.error) console.log(`${relative(root, f)}: ERROR ${j.error}`);
}
console.log(`${files.length} files: ${blocks} blocking non-example findings in ${byFile.size} files; by rule: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(", ")}`);
