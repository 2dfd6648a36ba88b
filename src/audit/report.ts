// Audit writers: text for people (grouped by category, worst first), JSON and SARIF 2.1.0 for
// machines. Temporary home until the generic multi-artifact writers land in src/report (issue 23).
import { VERSION } from "../version.ts";
import type { AuditResult } from "./run.ts";
import { CATEGORIES, CATEGORY_TITLE, SEVERITY_RANK, type AuditFinding, type Category } from "./types.ts";

export type AuditFormat = "text" | "json" | "sarif";
export const AUDIT_FORMATS: readonly AuditFormat[] = ["text", "json", "sarif"];

export function renderAudit(r: AuditResult, format: AuditFormat): string {
  if (format === "json") return `${JSON.stringify(auditJson(r), null, 2)}\n`;
  if (format === "sarif") return `${JSON.stringify(auditSarif(r), null, 2)}\n`;
  return auditText(r);
}

const where = (f: AuditFinding) => (f.path === "" ? "(project)" : f.line > 0 ? `${f.path}:${f.line}` : f.path);

function auditText(r: AuditResult): string {
  const out: string[] = [];
  const s = r.score;
  out.push(`toolkit audit ${r.root}`);
  out.push(`score ${s.score}/100  grade ${s.grade}${s.capped ? `  (${s.capped})` : ""}`);
  out.push("");
  // Sections ordered by their worst finding, then by the fixed category order.
  const groups = new Map<Category, AuditFinding[]>();
  for (const f of r.findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const worst = (c: Category) => Math.max(...groups.get(c)!.map((f) => SEVERITY_RANK[f.severity]));
  const order = [...groups.keys()].sort((a, b) => worst(b) - worst(a) || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b));
  for (const c of order) {
    const fs = groups.get(c)!;
    out.push(`${CATEGORY_TITLE[c]} (${fs.length})`);
    let lastFix = "";
    for (const f of fs) {
      out.push(`  ${f.severity.toUpperCase().padEnd(9)}${where(f)}  ${f.title}${f.evidence ? `  ${f.evidence}` : ""}  [${f.rule}]${f.example ? " (published example)" : ""}`);
      for (const n of f.notes ?? []) out.push(`           note: ${n}`);
      // A run of findings with the same fix shows it once, after the first.
      if (f.fix !== lastFix) out.push(`           fix: ${f.fix}`);
      lastFix = f.fix;
    }
    out.push("");
  }
  if (r.findings.length === 0) out.push("no findings", "");
  if (s.deductions.length > 0) {
    out.push("score deductions");
    for (const d of s.deductions) out.push(`  −${String(d.points).padEnd(3)} ${d.reason}`);
    out.push("");
  }
  const st = r.stats;
  const mb = (st.scannedBytes / 1048576).toFixed(1);
  out.push(`scanned ${st.scannedFiles} files (${mb} MB) in ${(r.elapsedMs / 1000).toFixed(1)} s with ${r.workers === 0 ? "no workers (in-process)" : `${r.workers} worker${r.workers === 1 ? "" : "s"}`}`);
  const skipped = Object.entries(st.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  if (skipped.length > 0) out.push(`skipped: ${skipped.join(", ")}`);
  for (const [reason, paths] of Object.entries(st.examples)) {
    if (reason === "symlink-outside" || reason === "symlink-loop" || reason === "oversized") out.push(`  ${reason}: ${paths!.join(", ")}${st.skipped[reason as keyof typeof st.skipped] > paths!.length ? ", …" : ""}`);
  }
  if (r.historyCommits !== undefined) out.push(`history: ${r.historyCommits} commit${r.historyCommits === 1 ? "" : "s"} scanned (paths relative to the repository top)`);
  if (r.workerNote) out.push(`note: ${r.workerNote}`);
  return `${out.join("\n")}\n`;
}

export function auditJson(r: AuditResult) {
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]!++;
  return {
    tool: "toolkit", version: VERSION, command: "audit", root: r.root,
    score: r.score.score, grade: r.score.grade, ...(r.score.capped ? { grade_capped: r.score.capped } : {}),
    deductions: r.score.deductions.map((d) => ({ points: d.points, severity: d.severity, category: d.category, rule: d.rule, count: d.count, reason: d.reason })),
    summary: counts,
    findings: r.findings.map((f) => ({
      category: f.category, rule: f.rule, severity: f.severity, title: f.title, path: f.path, line: f.line, column: f.column,
      evidence: f.evidence ?? null, example: f.example ?? false, fix: f.fix, fingerprint: f.fingerprint, notes: f.notes ?? [],
    })),
    stats: {
      scanned_files: r.stats.scannedFiles, scanned_bytes: r.stats.scannedBytes, dirs: r.stats.dirs, skipped: r.stats.skipped,
      unreadable: r.stats.unreadable, workers: r.workers, elapsed_ms: Math.round(r.elapsedMs),
      ...(r.historyCommits !== undefined ? { history_commits: r.historyCommits } : {}),
    },
  };
}

const SARIF_LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" } as const;

export function auditSarif(r: AuditResult) {
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "toolkit", version: VERSION,
          rules: rules.map((id) => {
            const f = r.findings.find((x) => x.rule === id)!;
            return { id, name: id, shortDescription: { text: f.title }, help: { text: f.fix }, properties: { category: f.category } };
          }),
        },
      },
      results: r.findings.map((f) => ({
        ruleId: f.rule, ruleIndex: rules.indexOf(f.rule), level: SARIF_LEVEL[f.severity],
        message: { text: `${f.title}${f.evidence ? `: ${f.evidence}` : ""}. Fix: ${f.fix}` },
        locations: f.path === "" ? [] : [{ physicalLocation: { artifactLocation: { uri: f.path }, ...(f.line > 0 ? { region: { startLine: f.line, startColumn: f.column } } : {}) } }],
        partialFingerprints: { "toolkit/v1": f.fingerprint },
        properties: { severity: f.severity, category: f.category, example: f.example ?? false },
      })),
    }],
  };
}
