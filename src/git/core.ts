// The ONE place git-scan calls into the detector core, the config and the policy. When the core's
// judgement API (issue 23) lands, this file is what switches over; nothing else in src/git/
// imports src/detect, src/policy or src/config/detector.
import { createHmac } from "node:crypto";
import { buildDetector } from "../config/detector.ts";
import type { Config } from "../config/types.ts";
import type { Detector, DetectorName, Finding } from "../detect/index.ts";

export type { Finding } from "../detect/index.ts";

/** What a repository does with a finding. info: shown, never fails a commit. */
export type RepoAction = "block" | "warn" | "info";

/**
 * Detectors that make sense on repository content. Not `evasion` (look-alike letters are
 * ordinary in translated text; DESIGN.md: outbound only) and not `wallets` (addresses are
 * public and READMEs are full of them).
 */
const REPO_DETECTORS: ReadonlySet<DetectorName> = new Set<DetectorName>(["secrets", "entropy", "env_leak"]);

export interface ScanResult {
  findings: Finding[];
  /** Set when the scan overran its budget: the caller fails closed. */
  error?: string;
}

export interface TextScanner {
  push(chunk: string): ScanResult;
  end(): ScanResult;
}

export interface GitCore {
  scan(text: string): ScanResult;
  stream(): TextScanner;
  action(f: Finding): RepoAction | "off";
}

export async function loadGitCore(config: Config): Promise<GitCore> {
  const detector: Detector = await buildDetector(config);
  const opts = { budgetMs: config.detect.budgetMs, detectors: new Set([...REPO_DETECTORS].filter((d) => detector.enabled.has(d))) };
  const result = (v: { findings: Finding[]; status: string; error?: string }): ScanResult =>
    v.status === "error" ? { findings: v.findings, error: v.error ?? "scan error" } : { findings: v.findings };
  return {
    scan: (text) => result(detector.scan(text, opts)),
    stream: () => {
      const s = detector.stream(opts);
      return { push: (c) => result(s.push(c)), end: () => result(s.end()) };
    },
    action: (f) => repoAction(f, config),
  };
}

/**
 * Repository policy (DESIGN.md "Direction decides, the core labels"): a published example is
 * info; otherwise the configured action for the finding's detector, under the mode (strict turns
 * warn into block, audit never blocks). Placeholders never reach here: the core drops them.
 */
export function repoAction(f: Finding, config: Config): RepoAction | "off" {
  if (f.example) return "info";
  const d = config.defaults.request.detectors;
  const a = f.detector === "entropy" ? d.entropy : f.detector === "env_leak" ? d.env_leak : d.secrets;
  if (a === "off") return "off";
  if (config.mode === "audit") return "warn";
  if (config.mode === "strict") return "block";
  return a;
}

/**
 * A finding's identity in a baseline or .toolkitignore: HMAC-SHA-256 under the key stored in that
 * file, over rule id, path and the core's fingerprint of the secret. No line number, so it
 * survives lines inserted above; the key lives beside the ids because they only name secrets
 * already in the repository.
 */
export function findingId(key: string, ruleId: string, path: string, f: Pick<Finding, "fingerprint">): string {
  return createHmac("sha256", Buffer.from(key, "hex")).update(`${ruleId}\0${path}\0${f.fingerprint}`).digest("hex").slice(0, 32);
}
