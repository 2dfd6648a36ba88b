// The audit: walk → judge each file (workers or in-process) → project-wide checks → score.
import { availableParallelism } from "node:os";
import { coreFromConfig, fingerprint, fingerprintKeyOf, type Config, type Core } from "./core.ts";
import { mergeFacts, scanFile, type FileJob } from "./file-scan.ts";
import { ScanPool } from "./pool.ts";
import { scoreOf, type Score } from "./score.ts";
import { CATEGORIES, SEVERITY_RANK, type AuditFinding, type Facts, type FileResult } from "./types.ts";
import { newStats, walk, type WalkStats } from "./walk.ts";

export interface AuditOptions {
  root: string;
  config: Config;
  env?: Record<string, string | undefined>;
  exclude?: readonly string[];
  maxFileSize?: number;
  /** Key of the findings' fingerprints (default: the per-installation key beside the CA directory). */
  fingerprintKey?: Uint8Array;
  /** 0 = judge in-process; default: in-process for a tree under 8 MB / 2,000 files, else one per core, at most 4. */
  workers?: number;
  onProgress?: (p: Progress) => void;
  /** Findings from outside the walk (--history), scored and reported with the rest. */
  extraFindings?: AuditFinding[];
  /** Commits --history read (for the report). */
  historyCommits?: number;
}

export interface Progress {
  files: number;
  bytes: number;
  findings: number;
  current: string;
}

export interface AuditResult {
  root: string;
  findings: AuditFinding[];
  stats: WalkStats & { scannedFiles: number; scannedBytes: number };
  facts: Facts;
  score: Score;
  workers: number;
  historyCommits?: number;
  /** Why the audit ran in-process when workers were asked for. */
  workerNote?: string;
  elapsedMs: number;
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
/** Below both, a tree is judged in-process unless --workers says otherwise. */
const SMALL_TREE_BYTES = 8 * 1024 * 1024;
const SMALL_TREE_FILES = 2000;

function* chain<T>(first: T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let n = rest.next(); !n.done; n = rest.next()) yield n.value;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export async function runAudit(opts: AuditOptions): Promise<AuditResult> {
  const t0 = performance.now();
  const env = opts.env ?? process.env;
  const stats = newStats();
  const jobs = walk({ root: opts.root, exclude: opts.exclude, maxFileSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE }, stats);
  const findings: AuditFinding[] = [];
  const facts: Facts = {};
  const progress: Progress = { files: 0, bytes: 0, findings: 0, current: "" };
  let scannedFiles = 0;
  let scannedBytes = 0;
  const take = (r: FileResult) => {
    progress.files++;
    progress.bytes += r.bytes;
    progress.current = r.rel;
    if (r.unreadable !== undefined) stats.unreadable.push({ path: r.rel, reason: r.unreadable });
    else if (r.binary) stats.skipped.binary++;
    else {
      scannedFiles++;
      scannedBytes += r.bytes;
    }
    findings.push(...r.findings);
    progress.findings = findings.length;
    mergeFacts(facts, r.facts);
    opts.onProgress?.(progress);
  };

  const key = opts.fingerprintKey ?? fingerprintKeyOf(opts.config);
  // By default a small tree is judged in-process: starting workers (each builds its detector)
  // would cost more than it saves. The walk is peeked at until the tree proves big enough.
  const head: FileJob[] = [];
  let small = false;
  if (opts.workers === undefined) {
    let bytes = 0;
    for (;;) {
      const n = jobs.next();
      if (n.done) {
        small = true;
        break;
      }
      head.push(n.value);
      bytes += n.value.size;
      if (bytes >= SMALL_TREE_BYTES || head.length >= SMALL_TREE_FILES) break;
    }
  }
  const all = chain(head, jobs);
  let workers = opts.workers ?? (small ? 0 : defaultWorkers());
  let workerNote: string | undefined;
  let pool: ScanPool | null = null;
  if (workers > 0) {
    try {
      pool = await ScanPool.start(workers, opts.config, { ...env }, key);
      workers = pool.size;
    } catch (err) {
      workerNote = `workers unavailable (${(err as Error).message}); judged in-process`;
      workers = 0;
    }
  }
  try {
    if (pool) await pool.run(all, take);
    else await inProcess(all, await coreFromConfig(opts.config, env, key), take);
  } finally {
    pool?.close();
  }

  for (const u of stats.unreadable) {
    findings.push({
      category: "scan-errors", rule: "file.unreadable", severity: "low", title: `could not be read (${u.reason})`, path: u.path, line: 1, column: 1,
      fix: "run the audit as the user the agent runs as; if that user cannot read it either, the agent cannot leak it", fingerprint: fingerprint("file.unreadable", u.path),
    });
  }
  findings.push(...projectFindings(facts), ...(opts.extraFindings ?? []));
  sortFindings(findings);
  const result: AuditResult = {
    root: opts.root, findings, facts: normalizeFacts(facts), score: scoreOf(findings), workers,
    stats: { ...stats, scannedFiles, scannedBytes }, elapsedMs: performance.now() - t0,
  };
  if (workerNote) result.workerNote = workerNote;
  if (opts.historyCommits !== undefined) result.historyCommits = opts.historyCommits;
  return result;
}

async function inProcess(jobs: Iterator<FileJob>, core: Core, take: (r: FileResult) => void): Promise<void> {
  let n = 0;
  for (let it = jobs.next(); !it.done; it = jobs.next()) {
    take(await scanFile(it.value, core));
    // Let a progress view repaint now and then.
    if (++n % 64 === 0) await new Promise((r) => setImmediate(r));
  }
}

/** Findings about the project as a whole, from what the files told. */
function projectFindings(facts: Facts): AuditFinding[] {
  if (facts.proxyConfigured) return [];
  const severity = facts.agentSetup ? "medium" : "low";
  return [{
    category: "egress", rule: "egress.no-proxy", severity, path: "", line: 0, column: 0,
    title: facts.agentSetup ? "agent setup found, but no egress proxy is configured for the agent" : "no egress proxy is configured for an agent working here",
    fix: "run the agent behind `toolkit run` (HTTPS_PROXY=http://127.0.0.1:8888, e.g. in .claude/settings.json \"env\"); `toolkit audit --suggest-config toolkit.yaml` writes a config fitted to this project",
    fingerprint: fingerprint("egress.no-proxy"),
  }];
}

export function sortFindings(findings: AuditFinding[]): void {
  findings.sort((a, b) =>
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line || a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/** Sorted, de-duplicated facts, so the suggested config is the same on every run. */
function normalizeFacts(f: Facts): Facts {
  const out: Facts = { ...f };
  for (const k of ["ecosystems", "registries", "apis", "mcpHosts", "envVars", "envFiles"] as const) {
    if (out[k]) out[k] = [...new Set(out[k])].sort();
  }
  if (out.injectHeaders) {
    const seen = new Map(out.injectHeaders.map((h) => [`${h.host}\0${h.header}`, h]));
    out.injectHeaders = [...seen.values()].sort((a, b) => (a.host + a.header < b.host + b.header ? -1 : 1));
  }
  return out;
}
