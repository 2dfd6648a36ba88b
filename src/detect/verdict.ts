// Verdicts from findings: one place that says when a result is clean, has findings, or failed.
import type { Finding, Verdict } from "./types.ts";

export function verdictOf(findings: Finding[], error: string | undefined, scanned: number, elapsedMs: number): Verdict {
  if (error !== undefined) return { status: "error", findings, error, scanned, elapsedMs };
  return { status: findings.length > 0 ? "findings" : "clean", findings, scanned, elapsedMs };
}

/** Several detectors' verdicts on one payload as one: any error makes the whole an error (fail closed). */
export function combineVerdicts(parts: readonly Verdict[]): Verdict {
  const findings = parts.flatMap((p) => p.findings).sort((a, b) => a.start - b.start || a.end - b.end);
  const errors = [...new Set(parts.filter((p) => p.status === "error").map((p) => p.error ?? "scan failed"))];
  const scanned = Math.max(0, ...parts.map((p) => p.scanned));
  const elapsed = parts.reduce((n, p) => n + p.elapsedMs, 0);
  return verdictOf(findings, errors.length > 0 ? errors.join("; ") : undefined, scanned, elapsed);
}

/** An error verdict for a payload no detector could judge (too large, unparsable …). */
export function errorVerdict(error: string, scanned = 0): Verdict {
  return { status: "error", findings: [], error, scanned, elapsedMs: 0 };
}
