// Per-class view of issue 24's round-two categories (secrets through judgePayload outbound; URLs
// through checkUrl), with every miss and false positive: `bun scripts/eval/r2.ts`.
import { evalSecrets } from "./run.ts";
import { judgeCase } from "./injection-url-tool.ts";
import { loadCorpus } from "../../test/corpus/load.ts";

const R2 = /^(?:shape-only-tokens|near-valid-tokens|named-slots|named-slots-url|named-slots-url-benign|structured-files|encoded-blobs|disguises|hostname-exfil|hostname-exfil-benign|known-misses|mixed-script-benign|code-assignments|url-placeholders|real-code)$/;
const all = (await loadCorpus()).filter((c) => R2.test(c.category));
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";
const engine = await buildEngine(await configFromText("", "embedded default", {}), { env: {} });
const blocked = new Map<string, number>();
for (const c of all.filter((c) => c.kind === "secrets" && c.label === "positive")) {
  const j = await judgePayload(engine, { text: c.text, direction: "outbound", kind: "secrets" }, engine.routes.defaults);
  if (j.decision === "block") blocked.set(c.category, (blocked.get(c.category) ?? 0) + 1);
  else if (j.findings.length > 0) console.log(`    warn only: ${c.id} (${j.findings.map((f) => f.ruleId).join(",")})`);
}
for (const row of await evalSecrets(all.filter((c) => c.kind === "secrets"))) {
  console.log(`${row.category.padEnd(24)} recall ${row.detected}/${row.positives} (blocked ${blocked.get(row.category) ?? 0})  FP ${row.falsePositives}/${row.benign}`);
  for (const m of row.misses ?? []) console.log(`    miss: ${m}`);
  for (const f of row.fps ?? []) console.log(`    fp: ${f}`);
}
const byCat = new Map<string, string[]>();
for (const c of all.filter((c) => c.kind === "url")) {
  const o = judgeCase(c)!;
  const hit = o.findings.length > 0 || o.error !== undefined;
  const k = c.category;
  if (!byCat.has(k)) byCat.set(k, []);
  byCat.get(k)!.push(`${c.label === "positive" ? (hit ? "ok  " : "MISS") : hit ? "FP  " : "ok  "} ${c.id} ${hit ? o.findings.map((f) => f.ruleId).join(",") : ""}`);
}
for (const [k, v] of byCat) {
  console.log(`${k}`);
  for (const l of v) if (!l.startsWith("ok")) console.log(`    ${l}`);
}
