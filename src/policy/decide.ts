// What a front end does with findings, under a route's policy, the direction and the config mode.
// The core only reports; this is where "block", "warn" or "info" is decided, in one place for all.
import type { Mode, RequestPolicy } from "../config/types.ts";
import type { Finding, Verdict } from "../detect/types.ts";

export type Decision = "block" | "warn" | "allow";
/** info: shown, never acted on (a published example key in a repository). */
export type FindingAction = "block" | "warn" | "strip" | "info" | "off";
/**
 * outbound: what leaves (requests, tool arguments, `check`): anything credential-shaped counts.
 * inbound: what the agent will read (responses, tool lists and results): judged for injection.
 * repository: files and diffs (git-scan, audit): published examples are info, never failures.
 */
export type Direction = "outbound" | "inbound" | "repository";

export interface JudgedFinding extends Finding {
  action: FindingAction;
}

export interface Judgement {
  decision: Decision;
  findings: JudgedFinding[];
  /** Readable reasons, one per distinct cause, for logs and block pages. */
  reasons: string[];
  /** Set when a detector could not finish: the decision failed closed (block, or warn in audit mode). */
  error?: string;
}

const RANK: Record<Decision, number> = { allow: 0, warn: 1, block: 2 };

export function actionFor(f: Finding, policy: RequestPolicy, mode: Mode, direction: Direction = "outbound"): FindingAction {
  const d = policy.detectors;
  let a: FindingAction;
  switch (f.detector) {
    case "secrets": a = d.secrets; break;
    case "entropy": a = d.entropy; break;
    case "env_leak": a = d.env_leak; break;
    case "wallets": a = d.wallets; break;
    case "evasion": a = d.evasion; break;
    case "url": a = d.url; break;
    case "path_entropy": a = d.path_entropy; break;
    case "injection":
    case "tool": a = d.injection; break;
  }
  if (a === "off") return a;
  // Repository scanning keeps exact shapes: published examples and near-valid (malformed) tokens are info there.
  if (direction === "repository" && (f.example || f.malformed)) return "info";
  if (mode === "audit") return "warn";
  if (mode === "strict" && a === "warn") return "block";
  return a;
}

/** Findings → decision. An error verdict fails closed: block (warn in audit mode), never allow. */
export function judge(verdict: Pick<Verdict, "status" | "findings" | "error">, policy: RequestPolicy, mode: Mode, direction: Direction = "outbound"): Judgement {
  let decision: Decision = "allow";
  const reasons: string[] = [];
  const findings: JudgedFinding[] = [];
  for (const f of mergeSameSpan(verdict.findings)) {
    const action = actionFor(f, policy, mode, direction);
    if (action === "off") continue;
    findings.push(direction === "repository" && action === "info" ? { ...f, action, severity: "info" } : { ...f, action });
    if (action === "info") continue;
    // strip: the proxy forwards the document with the matched spans removed.
    const d: Decision = action === "block" ? "block" : "warn";
    if (RANK[d] > RANK[decision]) decision = d;
    const why = `${f.ruleId}${f.example ? " (published example)" : ""}`;
    if (!reasons.includes(why)) reasons.push(why);
  }
  const out: Judgement = { decision, findings, reasons };
  if (verdict.status === "error") {
    const d: Decision = mode === "audit" ? "warn" : "block";
    if (RANK[d] > RANK[decision]) out.decision = d;
    out.error = verdict.error ?? "scan failed";
    reasons.push(`scan error, failing closed: ${out.error}`);
  }
  return out;
}

/**
 * Two rules on the very same span of the same detector (openai-project-key and openai-api-key;
 * github-pat and url-credentials) are one finding: the first (most specific, as the core orders
 * them) keeps it, the other is named in its notes.
 */
export function mergeSameSpan(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const at = new Map<string, number>();
  for (const f of findings) {
    const k = `${f.detector === "entropy" ? "secrets" : f.detector}:${f.start}:${f.end}`;
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(f);
      continue;
    }
    const [kept, other] = broadness(f) < broadness(out[i]!) ? [f, out[i]!] : [out[i]!, f];
    const note = `also matched ${other.ruleId}`;
    out[i] = { ...kept, example: kept.example || other.example, notes: [...new Set([...(kept.notes ?? []), note])] };
  }
  return out;
}

/** Lower is more specific: a provider rule over a URL-credentials or generic rule; a longer id names a narrower format. */
function broadness(f: Finding): number {
  const broad = f.tags.includes("generic") || f.ruleId.startsWith("url-") || f.ruleId.startsWith("generic-") ? 1000 : 0;
  return broad - f.ruleId.length;
}
