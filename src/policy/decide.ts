// What a front end does with findings, under a route's request policy and the config mode.
// The core only reports; this is where "block" or "warn" is decided, in one place for all.
import type { Mode, RequestPolicy } from "../config/types.ts";
import type { Finding, Verdict } from "../detect/types.ts";

export type Decision = "block" | "warn" | "allow";
export type FindingAction = "block" | "warn" | "strip" | "off";

export interface JudgedFinding extends Finding {
  action: FindingAction;
}

export interface Judgement {
  decision: Decision;
  findings: JudgedFinding[];
  /** Readable reasons, one per distinct cause, for logs and block pages. */
  reasons: string[];
}

const RANK: Record<Decision, number> = { allow: 0, warn: 1, block: 2 };

export function actionFor(f: Finding, policy: RequestPolicy, mode: Mode): FindingAction {
  const d = policy.detectors;
  let a: FindingAction;
  switch (f.detector) {
    case "secrets": a = d.secrets; break;
    case "entropy": a = d.entropy; break;
    case "env_leak": a = d.env_leak; break;
    case "wallets": a = d.wallets; break;
    case "evasion": a = d.evasion; break;
    case "url": a = d.url; break;
    case "injection":
    case "tool": a = d.injection; break;
  }
  if (a === "off") return a;
  if (mode === "audit") return "warn";
  if (mode === "strict" && a === "warn") return "block";
  return a;
}

/** Outbound judgement: fail closed on an error verdict (unless the mode is audit). */
export function judge(verdict: Pick<Verdict, "status" | "findings" | "error">, policy: RequestPolicy, mode: Mode): Judgement {
  let decision: Decision = "allow";
  const reasons: string[] = [];
  const findings: JudgedFinding[] = [];
  for (const f of verdict.findings) {
    const action = actionFor(f, policy, mode);
    if (action === "off") continue;
    findings.push({ ...f, action });
    // strip: the proxy forwards the document with the matched spans removed.
    const d: Decision = action === "block" ? "block" : "warn";
    if (RANK[d] > RANK[decision]) decision = d;
    const why = `${f.ruleId}${f.example ? " (published example)" : ""}`;
    if (!reasons.includes(why)) reasons.push(why);
  }
  if (verdict.status === "error") {
    const d: Decision = mode === "audit" ? "warn" : "block";
    if (RANK[d] > RANK[decision]) decision = d;
    reasons.push(`scan error: ${verdict.error ?? "unknown"} (fail closed)`);
  }
  return { decision, findings, reasons };
}
