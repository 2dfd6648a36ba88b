// `npm run bench:audit`: toolkit audit on a generated tree (≥ 500 MB, ≥ 50,000 files, under /tmp,
// deleted afterwards) with 1 and 2 workers — MB/s and peak RSS of the compiled binary — and
// secretlint (recommended preset, installed into .bench/secretlint by this script) on the same
// files in the same run for the ratio. secretlint is measured on a fixed subset of the tree (the
// first SUBSET_DIRS directories) so the run stays within minutes; toolkit is measured on that
// subset too, so the ratio compares the same files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { buildMixedCorpus } from "./corpus.ts";

const ROOT = join(import.meta.dir, "..", "..");
const DIRS = 500;
const FILES_PER_DIR = 100;
const TARGET_BYTES = 520 * 1024 * 1024;
const SUBSET_DIRS = 10;
const ROUNDS = 2;
const SECRETLINT_TIMEOUT_MS = 180_000;
const EXTS = [".ts", ".js", ".json", ".md", ".txt", ".py", ".log", ".yaml"];

interface Run {
  ms: number;
  /** User + system CPU seconds (all threads). */
  cpuS: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

// Peak RSS per command through GNU time: Bun's resourceUsage().maxRSS is the largest of all the
// children so far (the build step's included), not the child's own.
async function timed(cmd: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<Run> {
  const rssFile = join(tmpdir(), `toolkit-bench-rss-${process.pid}`);
  const t0 = performance.now();
  const proc = Bun.spawn(["/usr/bin/time", "-f", "%M %U %S", "-o", rssFile, ...cmd], { cwd: opts.cwd, stdout: "pipe", stderr: "pipe", env: { ...process.env, CI: "1" } });
  let timedOut = false;
  const timer = opts.timeoutMs ? setTimeout(() => { timedOut = true; proc.kill(); }, opts.timeoutMs) : null;
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  const ms = performance.now() - t0;
  if (timer) clearTimeout(timer);
  let maxRssMb = NaN;
  let cpuS = NaN;
  try {
    const [rss, user, sys] = readFileSync(rssFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
    maxRssMb = rss! / 1024;
    cpuS = user! + sys!;
    rmSync(rssFile);
  } catch {
    // killed before time wrote it
  }
  return { ms, cpuS, maxRssMb, code, stdout, stderr, timedOut };
}

function generateTree(dir: string): { files: number; bytes: number; subsetBytes: number } {
  const { text } = buildMixedCorpus(64, 400);
  const per = Math.ceil(TARGET_BYTES / (DIRS * FILES_PER_DIR));
  let off = 0;
  let files = 0;
  let bytes = 0;
  let subsetBytes = 0;
  let seed = 1;
  for (let d = 0; d < DIRS; d++) {
    const sub = join(dir, `pkg${String(d).padStart(3, "0")}`, d % 2 ? "src" : "lib");
    mkdirSync(sub, { recursive: true });
    for (let f = 0; f < FILES_PER_DIR; f++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const size = Math.floor(per * (0.5 + (seed % 1000) / 1000)); // 0.5× … 1.5× the mean
      if (off + size > text.length) off = (off + 7919) % 65536;
      const body = text.slice(off, off + size);
      off += size;
      writeFileSync(join(sub, `file${f}${EXTS[(d + f) % EXTS.length]}`), body);
      files++;
      bytes += body.length; // the corpus is ASCII: characters are bytes
      if (d < SUBSET_DIRS) subsetBytes += body.length;
    }
  }
  return { files, bytes, subsetBytes };
}

async function ensureSecretlint(): Promise<string> {
  const prefix = join(ROOT, ".bench", "secretlint");
  const bin = join(prefix, "node_modules", ".bin", "secretlint");
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    const r = Bun.spawnSync(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", "secretlint", "@secretlint/secretlint-rule-preset-recommend"], { stdout: "inherit", stderr: "inherit" });
    if (r.exitCode !== 0) throw new Error("npm install of secretlint failed");
  }
  return bin;
}

const mbps = (bytes: number, ms: number) => bytes / 1048576 / (ms / 1000);

export async function benchAudit(): Promise<string[]> {
  const lines: string[] = [];
  const build = Bun.spawnSync([process.execPath, join(ROOT, "scripts", "build.ts")], { stdout: "ignore", stderr: "inherit" });
  if (build.exitCode !== 0) throw new Error("build failed");
  const toolkit = join(ROOT, "dist", "toolkit");
  const secretlint = await ensureSecretlint();
  const work = mkdtempSync(join(tmpdir(), "toolkit-bench-audit-"));
  try {
    const tree = join(work, "tree");
    const t0 = performance.now();
    const g = generateTree(tree);
    lines.push(`load average before the runs: ${loadavg().map((x) => x.toFixed(2)).join(" ")} (2 cores shared: figures vary with other load)`);
    lines.push(`tree: ${g.files} files, ${(g.bytes / 1048576).toFixed(0)} MB (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s under ${tmpdir()})`);

    const audit = async (root: string, workers: number) => {
      const r = await timed([toolkit, "audit", root, "--format", "json", "--fail-on", "never", "--workers", String(workers)]);
      if (r.code !== 0) throw new Error(`toolkit audit failed (${r.code}): ${r.stderr.trim()}`);
      const doc = JSON.parse(r.stdout);
      return { ...r, scanned: doc.stats.scanned_bytes as number, files: doc.stats.scanned_files as number, findings: (doc.findings as unknown[]).length, workers: doc.stats.workers as number };
    };
    // Interleaved, best of ROUNDS each: other load on a shared machine hits both alike.
    type A = Awaited<ReturnType<typeof audit>>;
    let one: A | null = null;
    let two: A | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      const a = await audit(tree, 1);
      if (!one || a.ms < one.ms) one = a;
      const b = await audit(tree, 2);
      if (!two || b.ms < two.ms) two = b;
    }
    one = one!;
    two = two!;
    const line = (n: string, x: A) => `toolkit audit, ${n}: ${mbps(x.scanned, x.ms).toFixed(1)} MB/s (best of ${ROUNDS}: ${(x.ms / 1000).toFixed(1)} s wall, ${x.cpuS.toFixed(1)} s CPU, ${x.files} files, ${x.findings} findings), peak RSS ${x.maxRssMb.toFixed(0)} MB`;
    lines.push(line("1 worker ", one), line("2 workers", two));
    lines.push(`second core: ${(one.ms / two.ms).toFixed(2)}× wall (target ≥ 1.6×); peak RSS target < 400 MB; load average now ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);

    // The first SUBSET_DIRS directories moved aside: both tools then read exactly the same files.
    const subset = join(work, "subset");
    mkdirSync(subset);
    for (let d = 0; d < SUBSET_DIRS; d++) {
      const name = `pkg${String(d).padStart(3, "0")}`;
      Bun.spawnSync(["mv", join(tree, name), join(subset, name)]);
    }
    writeFileSync(join(subset, ".secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
    const tkSubset = await audit(subset, 1);
    const sl = await timed([secretlint, "--secretlintrc", join(subset, ".secretlintrc.json"), "--format", "unix", "**/*"], { cwd: subset, timeoutMs: SECRETLINT_TIMEOUT_MS });
    const subsetMb = g.subsetBytes / 1048576;
    lines.push(`subset for the ratio: ${SUBSET_DIRS * FILES_PER_DIR} files, ${subsetMb.toFixed(0)} MB`);
    lines.push(`toolkit audit (1 worker) on the subset: ${mbps(g.subsetBytes, tkSubset.ms).toFixed(1)} MB/s (${(tkSubset.ms / 1000).toFixed(1)} s)`);
    if (sl.timedOut) {
      lines.push(`secretlint (recommended preset) did not finish the subset in ${SECRETLINT_TIMEOUT_MS / 1000} s: < ${mbps(g.subsetBytes, sl.ms).toFixed(1)} MB/s; toolkit ≥ ${(sl.ms / tkSubset.ms).toFixed(1)}×`);
    } else {
      const slFindings = sl.stdout.split("\n").filter((l) => /^\S.*:\d+:\d+: \[/.test(l)).length;
      lines.push(`secretlint (recommended preset) on the subset: ${mbps(g.subsetBytes, sl.ms).toFixed(1)} MB/s (${(sl.ms / 1000).toFixed(1)} s, ${slFindings} findings, exit ${sl.code}), peak RSS ${sl.maxRssMb.toFixed(0)} MB`);
      lines.push(`ratio on the same files (each tool's start-up included): toolkit ${(sl.ms / tkSubset.ms).toFixed(1)}× secretlint (target ≥ 5×)`);
      lines.push(`ratio of MB/s (toolkit, 1 worker, on the whole tree vs secretlint on the subset): ${(mbps(one.scanned, one.ms) / mbps(g.subsetBytes, sl.ms)).toFixed(1)}×`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.main) for (const l of await benchAudit()) console.log(l);
