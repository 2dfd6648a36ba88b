// Running git: where the repository is, which revisions exist, and diffs / logs as text streams.
// Every diff is asked for in one fixed shape, whatever the user's git config says (prefixes,
// quoting, colour, external diff drivers, textconv, relative paths, signatures in log output).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { COMMIT_FORMAT } from "./diff.ts";

const CONFIG_OVERRIDES = ["-c", "core.quotepath=off", "-c", "diff.noprefix=false", "-c", "diff.mnemonicprefix=false", "-c", "log.showsignature=false", "-c", "log.showroot=true"];
const DIFF_SHAPE = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "--submodule=short", "--src-prefix=a/", "--dst-prefix=b/", "-M", "--diff-filter=d"];

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

const NO_GIT = "git not found on PATH (git-scan runs git)";

export function gitSync(args: string[], cwd: string): GitResult {
  let p;
  try {
    p = Bun.spawnSync(["git", ...args], { cwd, stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  } catch {
    throw new UsageError(NO_GIT);
  }
  return { code: p.exitCode ?? 1, stdout: p.stdout.toString(), stderr: p.stderr.toString() };
}

function spawnGit(args: string[], cwd: string) {
  try {
    return Bun.spawn(["git", ...args], { cwd, stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  } catch {
    throw new UsageError(NO_GIT);
  }
}

function firstLine(s: string): string {
  return s.split("\n").find((l) => l.trim() !== "")?.replace(/^(fatal|error): /, "").trim() ?? "";
}

/** The working tree's top directory; a UsageError outside a repository. */
export function repoRoot(cwd: string): string {
  return rootIfTop(cwd) ?? rootFrom(gitSync(["rev-parse", "--show-toplevel"], cwd), cwd);
}

/** repoRoot without blocking: the hook path overlaps it with `git diff` and the detector build. */
export async function repoRootAsync(cwd: string): Promise<string> {
  const top = rootIfTop(cwd);
  if (top !== undefined) return top;
  const proc = spawnGit(["rev-parse", "--show-toplevel"], cwd);
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return rootFrom({ code, stdout, stderr }, cwd);
}

/**
 * `cwd` when it is the working tree's top directory beyond doubt, without running git: `cwd/.git`
 * is a repository directory (it has HEAD), the environment sets no GIT_DIR / GIT_WORK_TREE, and
 * the repository's config has no core.worktree, no true core.bare and no include. git runs hooks
 * there, so the pre-commit hook does not pay for a `git rev-parse` process (5-7 ms of its budget
 * on two busy cores, measured). Anything else (a subdirectory, a linked worktree's `.git` file,
 * an unusual setup): undefined, and git answers.
 */
export function rootIfTop(cwd: string, env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return undefined;
  try {
    const dotGit = join(cwd, ".git");
    if (!statSync(dotGit).isDirectory() || !statSync(join(dotGit, "HEAD")).isFile()) return undefined;
    const config = readFileSync(join(dotGit, "config"), "utf8");
    // core.worktree or worktreeConfig, a bare flag that is not plainly false, an include.
    if (/^[ \t]*(?:worktree|bare[ \t]*(?:$|[#;]|=[ \t]*(?![ \t]|(?:false|no|off|0)[ \t]*(?:[#;]|$)))|\[[ \t]*include)/im.test(config)) return undefined;
    return cwd;
  } catch {
    return undefined;
  }
}

function rootFrom(r: GitResult, cwd: string): string {
  if (r.code !== 0 || r.stdout.trim() === "") {
    const why = firstLine(r.stderr);
    if (/not a git repository/i.test(why)) throw new UsageError(`not a git repository: ${cwd} (to scan a diff from elsewhere: git diff | toolkit git-scan -)`);
    throw new UsageError(`git: ${why || "cannot find the repository's top directory (a bare repository has no working tree)"}`);
  }
  return r.stdout.trim();
}

function verifyRev(rev: string, root: string): void {
  if (rev.startsWith("-")) throw new UsageError(`bad revision '${rev}': a revision cannot start with '-'`);
  const r = gitSync(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], root);
  if (r.code !== 0) throw new UsageError(`bad revision '${rev}': no such commit in ${root}`);
}

export function hasCommits(root: string): boolean {
  return gitSync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], root).code === 0;
}

/** Checks a revision range (`A..B`, `A...B` or one revision) before git log sees it. */
export function checkRange(spec: string, root: string): string {
  if (spec.trim() === "") throw new UsageError("empty revision range");
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
  const ends = m ? [m[1]!, m[3]!] : [spec];
  for (const e of ends) verifyRev(e === "" ? "HEAD" : e, root);
  return spec;
}

export const stagedArgs = (): string[] => [...CONFIG_OVERRIDES, "diff", "--cached", ...DIFF_SHAPE];

/** One `git log -p` over `revs`: merges as combined diffs (their own lines only). */
export const logArgs = (revs: string[], ignoreMissing = false): string[] => [...CONFIG_OVERRIDES, "log", "-p", "--cc", `--format=${COMMIT_FORMAT}`, ...DIFF_SHAPE, ...(ignoreMissing ? ["--ignore-missing"] : []), ...revs, "--"];

export interface GitStream {
  /** Reads the command's stdout to the end as text; a UsageError with git's reason if it failed. */
  consume(onText: (s: string) => void): Promise<void>;
  kill(): void;
}

/** Starts a git command now; its output waits in the pipe (git blocks when it is full) until consumed. */
export function startGit(args: string[], cwd: string): GitStream {
  const proc = spawnGit(args, cwd);
  const stderr = new Response(proc.stderr).text();
  return {
    async consume(onText) {
      await streamText(proc.stdout, onText);
      const code = await proc.exited;
      if (code !== 0) throw new UsageError(`git ${args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""}: ${firstLine(await stderr) || `exited with ${code}`}`);
    },
    kill: () => proc.kill(),
  };
}

/**
 * JavaScriptCore's tier-up thresholds (x16) while a scan is short. A pre-commit hook scans some
 * KB once: optimizing compilations started on that code cost more than they return (-20 ms of
 * ~170 ms CPU on an 82 KB change, measured). Past JIT_NORMAL_AFTER bytes of input the normal
 * policy is back, early enough that a long scan (history, 20 MB staged) is not slower (measured).
 */
export const SHORT_RUN_JIT_POLICY = 16;
const JIT_NORMAL_AFTER = 128 << 10;

export async function streamText(stream: ReadableStream<Uint8Array>, onText: (s: string) => void): Promise<void> {
  const dec = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  let sinceGc = 0;
  let read = 0;
  for await (const chunk of stream) {
    if (read < JIT_NORMAL_AFTER && (read += chunk.length) >= JIT_NORMAL_AFTER) Bun.unsafe.setJITPolicy(1);
    const s = dec.decode(chunk, { stream: true });
    if (s.length > 0) onText(s);
    // Every chunk is garbage at once; on a busy machine the collector falls behind a fast
    // reader and the heap grows with the input. A hint every 16 MiB keeps it flat.
    sinceGc += chunk.length;
    if (sinceGc >= 16 << 20) {
      sinceGc = 0;
      Bun.gc(false);
    }
  }
  const rest = dec.decode();
  if (rest.length > 0) onText(rest);
}

/**
 * A diff already running, and the repository root: started before the detector modules load and
 * build, so git works meanwhile (its output waits in the pipe).
 */
export interface StartedDiff {
  root: Promise<string>;
  diff: GitStream;
}

export function startStaged(cwd: string): StartedDiff {
  const root = repoRootAsync(cwd);
  root.catch(() => {}); // awaited later; the error surfaces there
  return { root, diff: startGit(stagedArgs(), cwd) };
}

/** `git log -p` over `revs` (already checked) in the repository at `root`. */
export function startLog(revs: string[], root: string, ignoreMissing = false): StartedDiff {
  return { root: Promise.resolve(root), diff: startGit(logArgs(revs, ignoreMissing), root) };
}
