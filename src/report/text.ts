// Text output for people: one line per finding, columns that stay aligned however long a
// location is, and the decision's reasons.
import type { JudgedFinding } from "../policy/decide.ts";

export function decisionWord(decision: string): string {
  return decision === "block" ? "BLOCK" : decision === "warn" ? "WARN" : "ALLOW";
}

/** `where` is "line:col" or "path:line"; a long one pushes the columns right but never runs into them. */
export function textFinding(f: JudgedFinding, where = `${f.line}:${f.column}`): string {
  const loc = `${where.padEnd(8)} `;
  const via = f.decodePath.length > 0 ? `  via ${f.decodePath.join(" → ")}` : "";
  const ex = f.example ? "  (published example)" : "";
  return `${loc}${f.action.padEnd(6)} ${f.severity.padEnd(9)}${f.ruleId}  ${f.redacted}  ${f.description}${ex}${via}`;
}
