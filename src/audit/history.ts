// --history: secrets anywhere in the repository's history (HEAD), through git-scan's history
// reader, so a secret found by `git-scan --history` is found identically here. The one place
// audit calls into src/git.
import { UsageError } from "../cli/errors.ts";
import { repoRoot } from "../git/git.ts";
import { logSource, runScan } from "../git/run.ts";
import { fingerprint } from "./core.ts";
import type { AuditFinding } from "./types.ts";

export interface HistoryResult {
  findings: AuditFinding[];
  commits: number;
  /** The repository top: history paths are relative to it. */
  repo: string;
}

const FIX = "rotate it: every clone keeps the history even after the file changes; rewriting history (git filter-repo) only helps before anyone fetched it";

export async function auditHistory(root: string, configPath: string | undefined): Promise<HistoryResult> {
  let repo: string;
  try {
    repo = repoRoot(root);
  } catch (err) {
    throw new UsageError(`--history: ${(err as Error).message.split(" (")[0]}`);
  }
  const { report } = await runScan({ source: logSource({ history: true }, repo), cwd: repo, configPath });
  const findings: AuditFinding[] = report.findings.map((g) => {
    const f = g.finding;
    const sha = g.commit?.sha.slice(0, 12);
    const out: AuditFinding = {
      category: "history", rule: f.ruleId, severity: f.example ? "info" : f.severity, title: `${f.description}${sha ? ` (commit ${sha})` : ""}`,
      path: g.path, line: g.line, column: g.column, evidence: f.redacted,
      fix: f.example ? "published documentation example: nothing to rotate" : FIX,
      fingerprint: fingerprint("history", f.ruleId, g.path, g.id),
      notes: g.commit ? [`added in ${sha} by ${g.commit.author} on ${g.commit.date}`] : [],
    };
    if (f.example) out.example = true;
    return out;
  });
  for (const fail of report.failures) {
    findings.push({
      category: "scan-errors", rule: "history.scan-error", severity: "high", title: `history could not be judged: ${fail.message}`, path: fail.path, line: 0, column: 0,
      fix: "rerun `toolkit git-scan --history` to see the failure; the commits it covers were not judged (fail closed)",
      fingerprint: fingerprint("history.scan-error", fail.path, fail.commit ?? ""),
    });
  }
  return { findings, commits: report.stats.commits, repo };
}
