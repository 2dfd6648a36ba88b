// One git-scan run: where the diff comes from (index, commits, stdin), what is ignored, and the
// resulting report. The command file only turns flags into a ScanRequest.
import { UsageError } from "../cli/errors.ts";
import { loadConfig } from "../config/load.ts";
import { resolve } from "node:path";
import { findingId, loadGitCore } from "./core.ts";
import { DiffParser } from "./diff.ts";
import { checkRange, hasCommits, repoRoot, startLog, startStaged, streamText, type StartedDiff } from "./git.ts";
import { appendIgnoreIds, ignoreKey, newKey, readBaseline, readIgnoreFile, type IgnoreFile } from "./ignore.ts";
import { PathMatcher } from "./paths.ts";
import { STAGED_SCOPE, type GitReport } from "./report.ts";
import { DiffScanner } from "./scan.ts";

export type ScanSource =
  | { kind: "staged" }
  | { kind: "stdin" }
  /** The pre-push hook: `<local ref> <local sha> <remote ref> <remote sha>` lines on stdin. */
  | { kind: "pre-push"; remote: string }
  /** Commits: `revs` as git log takes them (a checked range, or --all). */
  | { kind: "log"; revs: string[]; label: string; rerun: string };

export interface ScanRequest {
  source: ScanSource;
  cwd: string;
  configPath?: string;
  baseline?: string;
  addIgnore?: boolean;
  /** The staged diff or the log, already started (startStaged, startLog). */
  started?: StartedDiff;
}

export interface ScanOutcome {
  report: GitReport;
  /** Set when --add-ignore wrote ids: how many and where. */
  added?: { count: number; path: string };
}

export type LogSource = Extract<ScanSource, { kind: "log" }>;

/** Turns --range / --since / --history / --all-refs into a log source (revisions checked). */
export function logSource(opts: { range?: string; since?: string; history?: string | true; allRefs?: boolean }, root: string): LogSource {
  if (opts.allRefs) return { kind: "log", revs: ["--all"], label: "history (all refs)", rerun: "--all-refs" };
  if (opts.since !== undefined) {
    checkRange(`${opts.since}..HEAD`, root);
    return { kind: "log", revs: [`${opts.since}..HEAD`], label: `commits since ${opts.since}`, rerun: `--since ${opts.since}` };
  }
  const spec = opts.range ?? (typeof opts.history === "string" ? opts.history : undefined);
  if (spec !== undefined) {
    checkRange(spec, root);
    return { kind: "log", revs: [spec], label: `commits ${spec}`, rerun: `${opts.range !== undefined ? "--range" : "--history"} ${spec}` };
  }
  return { kind: "log", revs: ["HEAD"], label: "history (HEAD)", rerun: "--history" };
}

export async function runScan(req: ScanRequest): Promise<ScanOutcome> {
  try {
    return await scanOnce(req);
  } catch (err) {
    req.started?.diff.kill(); // a config error must not leave git writing into a pipe nobody reads
    throw err;
  }
}

async function scanOnce(req: ScanRequest): Promise<ScanOutcome> {
  const src = req.source;
  const stdin = src.kind === "stdin";
  // The staged diff or the log starts at once (paths are root-relative whatever the cwd,
  // --no-relative) and waits in its pipe while the detector is built: the hook's latency is
  // mostly this overlap, and a history scan's git is ahead from the start.
  // The pre-push hook's ref lines come first: its log can then start early too.
  const pushRevs = src.kind === "pre-push" ? prePushRevs(await new Response(Bun.stdin.stream()).text(), src.remote) : [];
  const early =
    src.kind === "staged" ? (req.started ??= startStaged(req.cwd))
    : src.kind === "log" ? (req.started ??= startLog(src.revs, repoRoot(req.cwd)))
    // The remote's tip may be a commit this clone never fetched: it then excludes nothing.
    : pushRevs.length > 0 ? (req.started ??= startLog(pushRevs, repoRoot(req.cwd), true))
    : null;
  // Outside a repository a stdin diff is still scanned; .toolkitignore then comes from the cwd.
  const root = early ? await early.root : stdin ? tryRoot(req.cwd) : repoRoot(req.cwd);
  const config = await loadConfig({ path: req.configPath ? resolve(req.cwd, req.configPath) : undefined, cwd: root });
  const core = await loadGitCore(config);
  const ignore = readIgnoreFile(root);
  const baseline = req.baseline !== undefined ? readBaseline(resolve(req.cwd, req.baseline)) : undefined;
  const key = baseline?.key ?? ignore.ids?.key ?? newKey();
  const scanner = new DiffScanner(core, {
    exclude: new PathMatcher([...config.gitScan.excludePaths, ...ignore.globs]),
    ignoreIds: ignore.ids,
    baseline,
    reportKey: key,
  });
  const parser = new DiffParser(scanner);
  const feed = (s: string) => parser.push(s);
  let scope: string;
  let stage: GitReport["stage"] = "history";
  let rerun: string;
  if (src.kind === "staged") {
    scope = STAGED_SCOPE;
    stage = "staged";
    rerun = "--staged";
    await early!.diff.consume(feed);
  } else if (src.kind === "stdin") {
    scope = "stdin diff";
    stage = "diff";
    rerun = "-";
    await streamText(Bun.stdin.stream(), feed);
  } else if (src.kind === "pre-push") {
    scope = `commits to push to ${src.remote}`;
    stage = "push";
    rerun = "--range @{upstream}..HEAD";
    if (early) await early.diff.consume(feed);
  } else {
    scope = src.label;
    rerun = src.rerun;
    try {
      await early!.diff.consume(feed);
    } catch (err) {
      // A repository without commits has no history: nothing to scan, not an error.
      if (!(err instanceof UsageError && src.revs.length === 1 && src.revs[0] === "HEAD" && !hasCommits(root))) throw err;
    }
  }
  parser.end();
  const report: GitReport = {
    scope, stage, rerun, findings: scanner.findings, failures: scanner.failures, stats: scanner.stats, key, keyIsIgnoreFile: ignore.ids?.key === key,
  };
  if (!req.addIgnore) return { report };
  return { report, added: addToIgnore(report, ignore) };
}

const ZERO = /^0+$/;

/** Commits the push sends: the new local tips, minus what the remote already has. */
export function prePushRevs(stdin: string, remote: string): string[] {
  const tips: string[] = [];
  const have: string[] = [];
  for (const line of stdin.split("\n")) {
    const [, localSha, , remoteSha] = line.trim().split(/\s+/);
    if (!localSha || !remoteSha || !/^[0-9a-f]+$/.test(localSha) || ZERO.test(localSha)) continue; // deletions
    tips.push(localSha);
    if (!ZERO.test(remoteSha)) have.push(`^${remoteSha}`);
  }
  if (tips.length === 0) return [];
  const remotes = /^[A-Za-z0-9._\/-]+$/.test(remote) && !remote.startsWith("-") ? [`--remotes=${remote}`] : [];
  return [...tips, ...have, ...(remotes.length ? ["--not", ...remotes] : [])];
}

function tryRoot(cwd: string): string {
  try {
    return repoRoot(cwd);
  } catch (err) {
    if (err instanceof UsageError) return cwd;
    throw err;
  }
}

/** --add-ignore: records every blocking or warning finding in .toolkitignore (under its key). */
function addToIgnore(report: GitReport, ignore: IgnoreFile): { count: number; path: string } {
  // The report's ids may be under a baseline's key: recompute them under the file's.
  const key = ignoreKey(ignore);
  const entries = report.findings
    .filter((f) => f.action !== "info")
    .map((f) => ({ id: findingId(key, f.finding.ruleId, f.path, f.finding), note: `${f.finding.ruleId} ${f.path}${f.commit ? ` @${f.commit.sha.slice(0, 12)}` : ""}` }));
  return { count: appendIgnoreIds(ignore, entries), path: ignore.path };
}
