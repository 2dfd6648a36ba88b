// Per-kind evaluation of the injection, tool and URL detectors on the labelled corpus.
// A positive counts as detected when the detector reports any finding; a benign case with any
// finding is a false positive. `bun scripts/eval/injection-url-tool.ts [--verbose]` prints the
// per-category table (recall, FP rate) and, with --verbose, every miss and false positive.
import { BUILTIN_RULES, compileDetector, type Detector, type Finding } from "../../src/detect/index.ts";
import { scanInjection } from "../../src/detect/injection/index.ts";
import { scanToolPayload } from "../../src/detect/tool/index.ts";
import { checkUrl } from "../../src/detect/url/index.ts";
import { loadCorpus } from "../../test/corpus/load.ts";
import type { CorpusCase } from "../../test/corpus/types.ts";

export interface KindRow {
  kind: CorpusCase["kind"];
  category: string;
  positives: number;
  detected: number;
  benign: number;
  falsePositives: number;
}

export interface CaseOutcome {
  c: CorpusCase;
  findings: Finding[];
  error?: string;
}

const KINDS = new Set(["injection", "tool", "url"]);

let secretsDetector: Detector | null = null;
function secrets(): Detector {
  secretsDetector ??= compileDetector({ rules: BUILTIN_RULES, enabled: new Set(["secrets", "entropy", "env_leak"]) });
  return secretsDetector;
}

/** Runs the detector of a case's kind; null for kinds this script does not judge. */
export function judgeCase(c: CorpusCase): CaseOutcome | null {
  if (c.kind === "injection") {
    const r = scanInjection(c.text);
    return r.error === undefined ? { c, findings: r.findings } : { c, findings: r.findings, error: r.error };
  }
  if (c.kind === "tool") {
    let payload: unknown;
    try {
      payload = JSON.parse(c.text);
    } catch (err) {
      return { c, findings: [], error: `not JSON: ${(err as Error).message}` };
    }
    return { c, findings: scanToolPayload(payload, c.text).findings };
  }
  if (c.kind === "url") return { c, findings: checkUrl(c.text, { secrets: secrets() }) };
  return null;
}

/** A scan error fails closed: it counts as a detection (and as a false positive on benign text). */
const flagged = (o: CaseOutcome) => o.findings.length > 0 || o.error !== undefined;

export async function evalKinds(cases: CorpusCase[]): Promise<KindRow[]> {
  const rows = new Map<string, KindRow>();
  for (const c of cases) {
    if (!KINDS.has(c.kind)) continue;
    const o = judgeCase(c);
    if (!o) continue;
    const key = `${c.kind}\0${c.category}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { kind: c.kind, category: c.category, positives: 0, detected: 0, benign: 0, falsePositives: 0 }));
    if (c.label === "positive") {
      row.positives++;
      if (flagged(o)) row.detected++;
    } else {
      row.benign++;
      if (flagged(o)) row.falsePositives++;
    }
  }
  return [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.category.localeCompare(b.category));
}

const pct = (n: number, d: number) => (d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatTable(rows: KindRow[]): string[] {
  const lines = [`${"kind".padEnd(10)} ${"category".padEnd(24)} ${"pos".padStart(4)} ${"det".padStart(4)} ${"recall".padStart(7)} ${"ben".padStart(4)} ${"FP".padStart(3)} ${"FP rate".padStart(7)}`];
  const totals = new Map<string, KindRow>();
  for (const r of rows) {
    lines.push(`${r.kind.padEnd(10)} ${r.category.padEnd(24)} ${String(r.positives).padStart(4)} ${String(r.detected).padStart(4)} ${pct(r.detected, r.positives).padStart(7)} ${String(r.benign).padStart(4)} ${String(r.falsePositives).padStart(3)} ${pct(r.falsePositives, r.benign).padStart(7)}`);
    const t = totals.get(r.kind) ?? { kind: r.kind, category: "ALL", positives: 0, detected: 0, benign: 0, falsePositives: 0 };
    t.positives += r.positives;
    t.detected += r.detected;
    t.benign += r.benign;
    t.falsePositives += r.falsePositives;
    totals.set(r.kind, t);
  }
  for (const t of totals.values()) {
    lines.push(`${t.kind.padEnd(10)} ${"ALL".padEnd(24)} ${String(t.positives).padStart(4)} ${String(t.detected).padStart(4)} ${pct(t.detected, t.positives).padStart(7)} ${String(t.benign).padStart(4)} ${String(t.falsePositives).padStart(3)} ${pct(t.falsePositives, t.benign).padStart(7)}`);
  }
  return lines;
}

if (import.meta.main) {
  const verbose = process.argv.includes("--verbose");
  const cases = (await loadCorpus()).filter((c) => KINDS.has(c.kind));
  const rows = await evalKinds(cases);
  for (const l of formatTable(rows)) console.log(l);
  if (verbose) {
    for (const c of cases) {
      const o = judgeCase(c)!;
      const wrong = c.label === "positive" ? !flagged(o) : flagged(o);
      if (!wrong) continue;
      const what = o.findings.map((f) => `${f.ruleId}[${(f.notes ?? []).filter((n) => n.startsWith("pattern") || n.startsWith("in ")).join(",")}]`).join(" ");
      console.log(`${c.label === "positive" ? "MISS" : "FP  "} ${c.id} ${c.category}: ${JSON.stringify(c.text.slice(0, 140))} ${what}${o.error ? ` error=${o.error}` : ""}`);
    }
  }
}
