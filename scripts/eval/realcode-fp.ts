// Real-code false positives (issue 24, class 14): every JS/TS/JSON/Markdown file of this
// project's node_modules judged outbound (default config, no env) as `toolkit check --file` would
// judge it; prints each blocking finding that is not a published example. With --inbound, the
// same files judged as text an agent reads (a fetched page, a file through an MCP server): every
// injection finding that blocks or warns, and the share of files flagged (developer docs and
// source are the hard benign text of injection). With --resource, each file as an MCP server's
// resources/read result, judged as the MCP relay judges a server's reply.
// `bun scripts/eval/realcode-fp.ts [--inbound | --resource] [dir]`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";

const resource = process.argv.includes("--resource");
const inbound = resource || process.argv.includes("--inbound");
const root = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? join(import.meta.dir, "..", "..", "node_modules");
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
  const payload = resource ? JSON.stringify({ jsonrpc: "2.0", id: 1, result: { contents: [{ uri: `file:///${relative(root, f)}`, mimeType: "text/plain", text }] } }) : text;
  // A resource is judged as the MCP relay judges a result: by the payload's shape, as JSON.
  const j = resource
    ? await judgePayload(engine, { text: payload, direction: "inbound", contentType: "application/json" }, engine.routes.defaults, { budgetMs: 60_000 })
    : await judgePayload(engine, { text: payload, direction: inbound ? "inbound" : "outbound", kind: inbound ? "injection" : "secrets" }, engine.routes.defaults, { budgetMs: 60_000 });
  for (const x of j.findings) {
    if (inbound ? x.action !== "block" && x.action !== "warn" : x.action !== "block" || x.example) continue;
    blocks++;
    byFile.add(f);
    byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
    console.log(`${relative(root, f)}:${x.line}:${x.column} ${x.ruleId} ${x.redacted} ${JSON.stringify(payload.slice(Math.max(0, x.start - 40), x.end + 20).slice(0, 160))}`);
  }
  if (j.error) console.log(`${relative(root, f)}: ERROR ${j.error}`);
}
const what = resource ? "tool-result findings that block or warn (files as resources/read results)" : inbound ? "injection findings that block or warn" : "blocking non-example findings";
console.log(`${files.length} files: ${blocks} ${what} in ${byFile.size} files (${((100 * byFile.size) / files.length).toFixed(2)}%); by rule: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(", ")}`);
