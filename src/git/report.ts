// git-scan's output: text for people and JSON (git-scan's own stable shape, with the baseline
// key and finding ids), SARIF through the shared multi-artifact writer (src/report/sarif.ts).
// Secrets appear only in the core's redacted form.
import { toSarif } from "../report/sarif.ts";
import { decisionWord, textFinding } from "../report/text.ts";
import type { Artifact, Report } from "../report/types.ts";
import { VERSION } from "../version.ts";
import type { GitFinding, ScanFailure, ScanStats } from "./scan.ts";

export type GitReportFormat = "text" | "json" | "sarif";
export const GIT_REPORT_FORMATS: readonly GitReportFormat[] = ["text", "json", "sarif"];

export const STAGED_SCOPE = "staged changes";

export type GitDecision = "block" | "warn" | "allow";

export interface GitReport {
  /** What was scanned, for people: "staged changes", "history (HEAD)", "stdin diff". */
  scope: string;
  /** Where the findings are: about to be committed, in local commits about to be pushed, or in history. */
  stage: "staged" | "push" | "history" | "diff";
  /** The flags that reproduce this scan (for the --add-ignore hint). */
  rerun: string;
  findings: GitFinding[];
  failures: ScanFailure[];
  stats: ScanStats;
  /** Key of the ids in this report: a later run can use the report as its --baseline. */
  key: string;
  /** True when `key` is the one in .toolkitignore (so an id can be pasted there as is). */
  keyIsIgnoreFile: boolean;
}

export function decisionOf(r: Pick<GitReport, "findings" | "failures">): GitDecision {
  if (r.failures.length > 0 || r.findings.some((f) => f.action === "block")) return "block";
  return r.findings.some((f) => f.action === "warn") ? "warn" : "allow";
}

/** `color` may be a question asked only when something would be coloured (a clean report is not). */
export function renderGitReport(r: GitReport, format: GitReportFormat, color: boolean | (() => boolean) = false): string {
  if (format === "json") return `${JSON.stringify(gitJson(r), null, 2)}\n`;
  if (format === "sarif") return `${JSON.stringify(gitSarif(r), null, 2)}\n`;
  return gitText(r, color);
}

export function allowHint(f: GitFinding, r: GitReport): string {
  // Already in history: an inline comment would not change the commit that holds it.
  const record = r.keyIsIgnoreFile ? `add "id:${f.id}" to .toolkitignore` : `run \`toolkit git-scan ${r.rerun} --add-ignore\``;
  if (r.stage === "push") return `a real secret? take it out of the commit before pushing (git rebase -i ${f.commit?.sha.slice(0, 12) ?? ""}^) and rotate it. not a secret? ${record}`;
  if (f.commit) return `a real secret? rotate it (it is in history). not a secret? ${record}, or pass this report as --baseline`;
  const ignore = r.keyIsIgnoreFile ? `add "id:${f.id}" to .toolkitignore` : `run \`toolkit git-scan ${r.rerun} --add-ignore\` to record it in .toolkitignore`;
  return `not a secret? put "toolkit:allow" in a comment on line ${f.line}, or ${ignore}`;
}

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };

function gitText(r: GitReport, color: boolean | (() => boolean)): string {
  let useColor = typeof color === "boolean" ? color : undefined;
  const c = (code: string, s: string) => ((useColor ??= (color as () => boolean)()) ? `${code}${s}${ANSI.reset}` : s);
  const d = decisionOf(r);
  const blocking = r.findings.filter((f) => f.action === "block").length;
  const s = r.stats;
  const head = d === "block" ? c(ANSI.bold + ANSI.red, "BLOCK") : d === "warn" ? c(ANSI.yellow, "WARN") : decisionWord(d);
  const counts = [
    `${s.files} file${s.files === 1 ? "" : "s"} scanned`,
    ...(s.commits > 0 ? [`${s.commits} commit${s.commits === 1 ? "" : "s"}`] : []),
    ...(s.binary > 0 ? [`${s.binary} binary skipped`] : []),
    ...(s.excluded > 0 ? [`${s.excluded} excluded`] : []),
  ];
  const what = r.findings.length === 0 ? "no findings" : `${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}${blocking > 0 ? ` (${blocking} blocking)` : ""}`;
  const lines = [`${head}  ${r.scope}: ${what}; ${counts.join(", ")}`];
  for (const f of r.findings) {
    const where = f.commit ? `${f.commit.sha.slice(0, 12)} ${f.path}:${f.line}:${f.column}` : `${f.path}:${f.line}:${f.column}`;
    const line = textFinding({ ...f.finding, line: f.line, column: f.column }, where);
    lines.push(`  ${f.action === "block" ? c(ANSI.red, line) : f.action === "warn" ? c(ANSI.yellow, line) : c(ANSI.dim, line)}`);
    if (f.commit) lines.push(c(ANSI.dim, `        ${f.commit.author} <${f.commit.email}>  ${f.commit.date}`));
    if (f.action !== "info") lines.push(c(ANSI.dim, `        ${allowHint(f, r)}`));
  }
  for (const e of r.failures) lines.push(`  ${c(ANSI.red, "error")} ${e.commit ? `${e.commit.slice(0, 12)} ` : ""}${e.path}: ${e.message} (fail closed)`);
  const sup = s.suppressed;
  const quiet = sup.inline + sup.ignore + sup.baseline;
  if (quiet > 0) lines.push(c(ANSI.dim, `  not shown: ${[sup.inline && `${sup.inline} toolkit:allow`, sup.ignore && `${sup.ignore} .toolkitignore`, sup.baseline && `${sup.baseline} baseline`].filter(Boolean).join(", ")}`));
  if (d === "block" && r.stage === "staged") lines.push("  commit refused by toolkit git-scan; to skip the check once: git commit --no-verify");
  if (d === "block" && r.stage === "push") lines.push("  push refused by toolkit git-scan; to skip the check once: git push --no-verify");
  return `${lines.join("\n")}\n`;
}

function findingJson(f: GitFinding, r: GitReport) {
  const x = f.finding;
  return {
    id: f.id,
    rule: x.ruleId,
    description: x.description,
    detector: x.detector,
    severity: x.severity,
    confidence: x.confidence,
    action: f.action,
    example: x.example,
    redacted: x.redacted,
    path: f.path,
    line: f.line,
    column: f.column,
    ...(f.commit ? { commit: f.commit.sha, author: f.commit.author, email: f.commit.email, date: f.commit.date } : {}),
    decode_path: x.decodePath,
    tags: x.tags,
    allow: f.action === "info" ? null : allowHint(f, r),
  };
}

export function gitJson(r: GitReport) {
  return {
    tool: "toolkit",
    version: VERSION,
    command: "git-scan",
    scope: r.scope,
    decision: decisionOf(r),
    baseline_key: r.key,
    stats: {
      files: r.stats.files, commits: r.stats.commits, scanned_chars: r.stats.scanned, binary_skipped: r.stats.binary,
      submodules: r.stats.submodules, deleted: r.stats.deleted, excluded: r.stats.excluded, suppressed: r.stats.suppressed,
    },
    errors: r.failures.map((e) => ({ path: e.path, ...(e.commit ? { commit: e.commit } : {}), message: e.message })),
    findings: r.findings.map((f) => findingJson(f, r)),
  };
}

/** The findings as a generic multi-artifact report: one artifact per (commit, path). */
export function gitReportAsReport(r: GitReport): Report {
  const artifacts: Artifact[] = [];
  const index = new Map<string, number>();
  const artifactOf = (path: string, commit?: GitFinding["commit"]): number => {
    const k = `${commit?.sha ?? ""}\0${path}`;
    let i = index.get(k);
    if (i === undefined) {
      i = artifacts.length;
      index.set(k, i);
      artifacts.push({ uri: encodeURI(path), ...(commit ? { commit: commit.sha, author: `${commit.author} <${commit.email}>`, date: commit.date } : {}) });
    }
    return i;
  };
  const findings = r.findings.map((f) => ({
    ...f.finding,
    line: f.line,
    column: f.column,
    // The repository finding id (rule + path + secret, under the report's key) is what tracks a
    // result across runs; the core's own fingerprint has no path in it.
    fingerprint: f.id,
    artifact: artifactOf(f.path, f.commit),
    hint: f.action === "info" ? undefined : allowHint(f, r),
  }));
  const reasons = [...new Set(r.findings.filter((f) => f.action !== "info").map((f) => f.finding.ruleId))];
  return { command: "git-scan", decision: decisionOf(r), reasons, artifacts, findings, errors: r.failures.map((e) => `${e.commit ? `${e.commit.slice(0, 12)} ` : ""}${e.path}: ${e.message}`) };
}

export function gitSarif(r: GitReport) {
  const sarif = toSarif(gitReportAsReport(r));
  // The core's byte offsets are into the scanned added lines, not the file: a region says only
  // line and column (SARIF requires byte and line/column regions to agree).
  for (const res of sarif.runs[0]!.results as Array<{ locations?: Array<{ physicalLocation?: { region?: Record<string, unknown> } }> }>) {
    for (const loc of res.locations ?? []) {
      const region = loc.physicalLocation?.region;
      if (region) {
        delete region.byteOffset;
        delete region.byteLength;
      }
    }
  }
  return sarif;
}
