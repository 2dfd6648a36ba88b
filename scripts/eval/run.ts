// `npm run eval`: detection quality on the labelled corpus (test/corpus/). Prints recall and
// false-positive rate per kind and category, with totals for the project corpus (written with
// the detectors) and the held-out corpus (test/corpus/heldout, written without reading them).
// Secrets cases are counted by what `toolkit check`'s outbound verdict does, as the external graders
// judge it: a positive is detected, and a benign case a false positive, when the decision is block
// or warn (a scan error fails closed and counts too); findings shown as info only would not count.
// (Until round three this counted any finding. Outbound has no info-only findings: a published
// example such as AKIAIOSFODNN7EXAMPLE blocks there by design, DESIGN.md "Direction decides", so
// both ways of counting give the same figures on every set. The same holds for made-up values in a
// provider's shape, ghp_ABCDEF… or AKIAEXAMPLE000…, labelled example since round sixteen: a
// positive of that kind counts as detected because outbound blocks it, and clear placeholders
// (xxxx, <your-key>, ${VAR}, zeros alone) are still benign cases that must stay allowed.)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";
import { loadCorpus } from "../../test/corpus/load.ts";
import type { CorpusCase } from "../../test/corpus/types.ts";

export interface EvalRow {
  kind: string;
  category: string;
  positives: number;
  detected: number;
  benign: number;
  falsePositives: number;
  misses?: string[];
  fps?: string[];
}

/** Secrets cases through exactly what `toolkit check` runs, on the embedded default config, no env. */
export async function evalSecrets(cases: CorpusCase[]): Promise<EvalRow[]> {
  const config = await configFromText("", "embedded default", {});
  const engine = await buildEngine(config, { env: {} });
  const rows = new Map<string, EvalRow>();
  for (const c of cases) {
    const row = rows.get(c.category) ?? { kind: "secrets", category: c.category, positives: 0, detected: 0, benign: 0, falsePositives: 0, misses: [], fps: [] };
    rows.set(c.category, row);
    const j = await judgePayload(engine, { text: c.text, direction: "outbound", kind: "secrets" }, engine.routes.defaults);
    const found = j.findings.filter((f) => f.action !== "info");
    const flagged = j.decision !== "allow";
    if (c.label === "positive") {
      row.positives++;
      if (flagged) row.detected++;
      else row.misses!.push(c.id);
    } else {
      row.benign++;
      if (flagged) {
        row.falsePositives++;
        row.fps!.push(`${c.id} (${found.map((f) => f.ruleId).join(",") || j.error || "error"})`);
      }
    }
  }
  return [...rows.values()];
}

function pct(n: number, d: number): string {
  return d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

export function printTable(rows: EvalRow[], verbose: boolean): void {
  console.log(`${"kind".padEnd(10)}${"category".padEnd(30)}${"pos".padStart(5)}${"recall".padStart(9)}${"benign".padStart(8)}${"FP rate".padStart(9)}`);
  const byKind = new Map<string, EvalRow[]>();
  for (const r of rows) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  for (const [kind, list] of byKind) {
    for (const r of list.sort((a, b) => a.category.localeCompare(b.category))) {
      console.log(`${kind.padEnd(10)}${r.category.padEnd(30)}${String(r.positives).padStart(5)}${pct(r.detected, r.positives).padStart(9)}${String(r.benign).padStart(8)}${pct(r.falsePositives, r.benign).padStart(9)}`);
      if (verbose) {
        for (const m of r.misses ?? []) console.log(`    miss: ${m}`);
        for (const f of r.fps ?? []) console.log(`    false positive: ${f}`);
      }
    }
    const heldout = (r: EvalRow) => r.category.startsWith("heldout");
    for (const [label, part] of [["ALL project", list.filter((r) => !heldout(r))], ["ALL held-out", list.filter(heldout)], ["ALL", list]] as const) {
      if (part.length === 0) continue;
      const t = part.reduce((a, r) => ({ p: a.p + r.positives, d: a.d + r.detected, b: a.b + r.benign, f: a.f + r.falsePositives }), { p: 0, d: 0, b: 0, f: 0 });
      console.log(`${kind.padEnd(10)}${label.padEnd(30)}${String(t.p).padStart(5)}${pct(t.d, t.p).padStart(9)}${String(t.b).padStart(8)}${pct(t.f, t.b).padStart(9)}`);
    }
    console.log("");
  }
}

if (import.meta.main) {
  const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
  const cases = await loadCorpus();
  const rows = await evalSecrets(cases.filter((c) => c.kind === "secrets"));
  const other = cases.filter((c) => c.kind !== "secrets");
  const kindsModule = join(import.meta.dir, "injection-url-tool.ts");
  if (other.length > 0 && existsSync(kindsModule)) {
    const { evalKinds } = (await import(kindsModule)) as { evalKinds: (c: CorpusCase[]) => Promise<EvalRow[]> };
    rows.push(...(await evalKinds(other)));
  }
  printTable(rows, verbose);
}
