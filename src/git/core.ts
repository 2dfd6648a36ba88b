// The ONE place git-scan calls into the detector core and the judgement API (src/policy). Files
// and diffs are judged in the "repository" direction: a published example is info, never a
// failure; placeholders are never findings; an overrun budget is an error (fail closed).
import type { Config, RequestPolicy } from "../config/types.ts";
import { hmacSha256Hex, sha256, type DetectorName, type Verdict } from "../detect/index.ts";
import { judge, type JudgedFinding } from "../policy/decide.ts";
import { buildEngine } from "../policy/engine.ts";

/** What a repository does with a finding. info: shown, never fails a commit. */
export type RepoAction = "block" | "warn" | "info";
export type RepoFinding = JudgedFinding & { action: RepoAction };

/**
 * Detectors that make sense on repository content. Not `evasion` (look-alike letters are
 * ordinary in translated text; DESIGN.md: outbound only) and not `wallets` (addresses are
 * public and READMEs are full of them).
 */
const REPO_DETECTORS: ReadonlySet<DetectorName> = new Set<DetectorName>(["secrets", "entropy", "env_leak"]);

/**
 * The core's fingerprint key for repository content: fixed and public, so the same secret gets
 * the same fingerprint on every clone and machine (a .toolkitignore is shared through git). The
 * per-repository keying is findingId's, under the key stored in the ignore file or baseline.
 * Using it also keeps a hook from creating the per-installation key file as a side effect.
 */
const REPO_FINGERPRINT_KEY = sha256("toolkit git-scan repository fingerprints v1");

export interface ScanResult {
  findings: RepoFinding[];
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
}

export async function loadGitCore(config: Config): Promise<GitCore> {
  const engine = await buildEngine(config, { fingerprintKey: REPO_FINGERPRINT_KEY });
  const secrets = engine.suite.secrets;
  const detectors = new Set([...REPO_DETECTORS].filter((d) => secrets.enabled.has(d)));
  const policy = repositoryPolicy(engine.routes.defaults.request);
  const budgetMs = config.detect.budgetMs;
  const judged = (v: Verdict): ScanResult => {
    const j = judge(v, policy, config.mode, "repository");
    const findings = j.findings.filter((f): f is RepoFinding => f.action === "block" || f.action === "warn" || f.action === "info");
    return j.error !== undefined ? { findings, error: j.error } : { findings };
  };
  return {
    scan: (text) => judged(secrets.scan(text, { detectors, budgetMs })),
    stream: () => {
      const s = secrets.stream({ detectors, budgetMs });
      return { push: (c) => judged(s.push(c)), end: () => judged(s.end()) };
    },
  };
}

/** The request policy (routes do not apply to files), with the outbound-only detectors off. */
function repositoryPolicy(request: RequestPolicy): RequestPolicy {
  return { ...request, detectors: { ...request.detectors, evasion: "off", wallets: "off" } };
}

/**
 * A finding's identity in a baseline or .toolkitignore: HMAC-SHA-256 under the key stored in that
 * file, over rule id, path and the core's fingerprint of the secret. No line number, so it
 * survives lines inserted above; the key lives beside the ids because they only name secrets
 * already in the repository.
 */
export function findingId(key: string, ruleId: string, path: string, f: { fingerprint: string }): string {
  return hmacSha256Hex(Buffer.from(key, "hex"), `${ruleId}\0${path}\0${f.fingerprint}`).slice(0, 32);
}
