// The posture score: 100 minus explained deductions, a letter grade, and a cap for criticals.
// Findings of one rule and severity deduct together (the first in full, each further one a
// quarter, at most twice the weight), so one noisy rule cannot hide the others; the result
// depends only on the set of findings, never on their order (stable across runs).
import type { AuditFinding, Category, Severity } from "./types.ts";
import { SEVERITY_RANK } from "./types.ts";

export const WEIGHT: Record<Severity, number> = { critical: 25, high: 15, medium: 6, low: 2, info: 0 };
export type Grade = "A" | "B" | "C" | "D" | "F";

export interface Deduction {
  points: number;
  severity: Severity;
  category: Category;
  rule: string;
  count: number;
  reason: string;
}

export interface Score {
  score: number;
  grade: Grade;
  /** Why the grade is below what the score alone gives (a critical finding). */
  capped?: string;
  deductions: Deduction[];
}

const GRADE_FLOOR: Array<[number, Grade]> = [[90, "A"], [80, "B"], [70, "C"], [60, "D"], [0, "F"]];
/** A project with a critical finding grades D at best, whatever else is clean. */
export const CRITICAL_CAP: Grade = "D";

export function scoreOf(findings: readonly AuditFinding[]): Score {
  const groups = new Map<string, { severity: Severity; category: Category; rule: string; title: string; count: number }>();
  for (const f of findings) {
    if (WEIGHT[f.severity] === 0) continue;
    const key = `${f.category}\0${f.rule}\0${f.severity}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { severity: f.severity, category: f.category, rule: f.rule, title: f.title, count: 1 });
  }
  const deductions: Deduction[] = [];
  for (const g of groups.values()) {
    const w = WEIGHT[g.severity];
    const points = Math.min(2 * w, w + Math.round((w / 4) * (g.count - 1)));
    deductions.push({
      points, severity: g.severity, category: g.category, rule: g.rule, count: g.count,
      reason: `${g.count} ${g.severity} ${g.rule} finding${g.count === 1 ? "" : "s"} (${g.category}): −${w}${g.count > 1 ? ` and −${Math.round(w / 4)} per further one, at most −${2 * w}` : ""}`,
    });
  }
  deductions.sort((a, b) => b.points - a.points || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.category < b.category ? -1 : 1));
  const score = Math.max(0, 100 - deductions.reduce((s, d) => s + d.points, 0));
  let grade = GRADE_FLOOR.find(([min]) => score >= min)![1];
  const out: Score = { score, grade, deductions };
  if (findings.some((f) => f.severity === "critical") && grade < CRITICAL_CAP) {
    grade = CRITICAL_CAP;
    out.grade = grade;
    out.capped = `a critical finding caps the grade at ${CRITICAL_CAP}`;
  }
  return out;
}
