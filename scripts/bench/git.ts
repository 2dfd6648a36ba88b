// `npm run bench:git`: toolkit git-scan (the compiled binary) against secretlint (npm, recommended
// preset) on the same content in the same run, plus the pre-commit hook's cost on `git commit`.
//   1. a generated repository of ≥ 5,000 commits (git fast-import): `--history` vs secretlint over
//      the same added text written as files;
//   2. a 20 MB staged change and a < 100 KB one: `--staged` vs secretlint on the same files, and
//      the whole `git commit` with the hook vs `git commit --no-verify`.
// Recall on the planted secrets is printed for both tools. secretlint is installed into .bench/
// (gitignored) on first use, so a fresh machine needs nothing by hand. Bounded: a few minutes.
// BENCH_GIT_COMPARE=/path/to/another/toolkit times that build too, alternating with this one in
// the same run (before/after figures under the same load): printed as "[compare: …]".
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildMixedCorpus } from "./corpus.ts";

const ROOT = join(import.meta.dir, "..", "..");
const BENCH = join(ROOT, ".bench");
const WORK = join(BENCH, "git");
const BIN = join(ROOT, "dist", "toolkit");
const SECRETLINT_DIR = join(BENCH, "secretlint");
const SECRETLINT = join(SECRETLINT_DIR, "node_modules", ".bin", "secretlint");
const COMMITS = Number(process.env.BENCH_GIT_COMMITS ?? 5200);
const COMPARE = process.env.BENCH_GIT_COMPARE || undefined;

const env = (): Record<string, string> => ({
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: process.env.HOME ?? "/tmp",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.test",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.test",
  TOOLKIT_CONFIG: "",
});

/** Writes the files into the work tree and stages them. */
function stage(repo: string, files: Array<[string, string]>): void {
  for (const [p, b] of files) {
    mkdirSync(join(repo, p, ".."), { recursive: true });
    writeFileSync(join(repo, p), b);
  }
  run(["git", "add", "-A"], repo);
}

function run(cmd: string[], cwd: string, opts: { stdin?: Uint8Array; allow?: number[] } = {}): { ms: number; stdout: string; stderr: string; code: number } {
  const t0 = performance.now();
  const p = Bun.spawnSync(cmd, { cwd, env: env(), stdin: opts.stdin ?? "ignore", stdout: "pipe", stderr: "pipe" });
  const ms = performance.now() - t0;
  const code = p.exitCode ?? -1;
  if (!(opts.allow ?? [0]).includes(code)) throw new Error(`${cmd.join(" ")} exited ${code}: ${p.stderr.toString().slice(0, 500)}`);
  return { ms, stdout: p.stdout.toString(), stderr: p.stderr.toString(), code };
}

const best = <T extends { ms: number }>(runs: T[]): T => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (chars: number) => chars / 1024 / 1024;

function ensureBuilt(): void {
  run([process.execPath, join(ROOT, "scripts", "build.ts")], ROOT);
}

function ensureSecretlint(): void {
  if (existsSync(SECRETLINT)) return;
  console.log("installing secretlint into .bench/secretlint (npm) …");
  mkdirSync(SECRETLINT_DIR, { recursive: true });
  const p = Bun.spawnSync(["npm", "install", "--prefix", SECRETLINT_DIR, "--no-audit", "--no-fund", "--loglevel=error", "secretlint@13", "@secretlint/secretlint-rule-preset-recommend@13"], {
    cwd: ROOT, stdin: "ignore", stdout: "inherit", stderr: "inherit", timeout: 300_000,
  });
  if (p.exitCode !== 0 || !existsSync(SECRETLINT)) throw new Error("npm install of secretlint into .bench/secretlint failed (see above)");
}

function ensureSecretlintConfig(): void {
  writeFileSync(join(SECRETLINT_DIR, ".secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
}

/** Splits corpus text into files of about `size` characters, at line ends. */
function splitFiles(text: string, size: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let e = Math.min(text.length, i + size);
    const nl = text.indexOf("\n", e);
    e = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(i, e));
    i = e;
  }
  return out;
}

/** Secret lines planted by buildMixedCorpus, as path:line, for recall. */
function plantedIn(files: Array<[string, string]>): Set<string> {
  const want = new Set<string>();
  for (const [path, body] of files) {
    body.split("\n").forEach((l, i) => {
      if (/^GITHUB_TOKEN=gh|^"api_key": "sk-|^aws_access_key_id = AKIA/.test(l)) want.add(`${path}:${i + 1}`);
    });
  }
  return want;
}

interface SecretlintRun {
  ms: number;
  hits: Set<string>;
}

function secretlint(dir: string, glob: string): SecretlintRun {
  const r = run([SECRETLINT, "--secretlintrc", join(SECRETLINT_DIR, ".secretlintrc.json"), "--format", "json", "--maskSecrets", glob], dir, { allow: [0, 1] });
  const hits = new Set<string>();
  const text = r.stdout.trim();
  const results = text.startsWith("[") ? (JSON.parse(text) as Array<{ filePath: string; messages: Array<{ loc?: { start?: { line?: number } }; line?: number }> }>) : [];
  for (const f of results) {
    const rel = f.filePath.startsWith(dir) ? f.filePath.slice(dir.length + 1) : f.filePath;
    for (const m of f.messages) hits.add(`${rel}:${m.loc?.start?.line ?? m.line ?? 0}`);
  }
  return { ms: r.ms, hits };
}

function recall(want: Set<string>, got: Set<string>): string {
  let n = 0;
  for (const w of want) if (got.has(w)) n++;
  return `${n}/${want.size}`;
}

/** A repository of `commits` commits built with git fast-import; each commit adds one file. */
function buildHistoryRepo(dir: string, commits: number): { files: Array<[string, string]>; chars: number } {
  const { text } = buildMixedCorpus(Math.ceil((commits * 2300) / 1024 / 1024), 80, 7);
  const bodies = splitFiles(text, 2200).slice(0, commits);
  while (bodies.length < commits) bodies.push(`filler ${bodies.length}\n`);
  const files: Array<[string, string]> = bodies.map((b, i) => [`pkg${i % 50}/mod${i}.${["ts", "json", "log", "md", "js", "lock"][i % 6]}`, b]);
  run(["git", "init", "-q", "-b", "main", dir], WORK);
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let ts = 1_700_000_000;
  files.forEach(([path, body], i) => {
    const msg = `commit ${i}\n`;
    const content = enc.encode(body);
    parts.push(enc.encode(`commit refs/heads/main\nmark :${i + 1}\nauthor Bench <bench@example.test> ${ts} +0000\ncommitter Bench <bench@example.test> ${ts} +0000\ndata ${msg.length}\n${msg}${i > 0 ? `from :${i}\n` : ""}M 100644 inline ${path}\ndata ${content.length}\n`), content, enc.encode("\n"));
    ts += 60;
  });
  const stream = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    stream.set(p, o);
    o += p.length;
  }
  run(["git", "fast-import", "--quiet"], dir, { stdin: stream });
  run(["git", "reset", "-q", "--hard", "main"], dir);
  run(["git", "config", "user.name", "Bench"], dir);
  run(["git", "config", "user.email", "bench@example.test"], dir);
  return { files, chars: bodies.reduce((n, b) => n + b.length, 0) };
}

function toolkitJson(args: string[], cwd: string, bin = BIN): { ms: number; j: { stats: { scanned_chars: number; commits: number }; findings: Array<{ path: string; line: number; commit?: string }> } } {
  const r = run([bin, "git-scan", ...args, "--format", "json"], cwd, { allow: [0, 1] });
  return { ms: r.ms, j: JSON.parse(r.stdout) };
}

/** `reps` runs of `f` for this build and, alternating, for the compared one; each side's `pick`. */
function both<T>(reps: number, f: (bin: string) => T, pick: (xs: T[]) => T): { mine: T; other?: T } {
  const mine: T[] = [];
  const other: T[] = [];
  for (let i = 0; i < reps; i++) {
    mine.push(f(BIN));
    if (COMPARE) other.push(f(COMPARE));
  }
  return { mine: pick(mine), other: COMPARE ? pick(other) : undefined };
}

const cmp = (x: number | undefined, unit: (v: number) => string): string => (x === undefined ? "" : ` [compare: ${unit(x)}]`);

/**
 * `git commit` of the staged change with the hook, with a hook that does nothing (git's own cost
 * of running any hook: the floor under ours), then with --no-verify; reset after each. With
 * BENCH_GIT_COMPARE, the compared build's hook runs too, in turn (its hook script swapped in).
 */
function commitPair(dir: string, reps: number): { hook: number; plain: number; noop: number; other?: number } {
  const hookPath = join(dir, ".git", "hooks", "pre-commit");
  const scripts: string[] = [];
  for (const bin of COMPARE ? [COMPARE, BIN] : [BIN]) {
    run([bin, "git-scan", "--install-hook"], dir);
    scripts.unshift(readFileSync(hookPath, "utf8"));
  }
  const hook: number[] = [];
  const other: number[] = [];
  const plain: number[] = [];
  const noop: number[] = [];
  const commit = (list: number[], extra: string[]) => {
    const r = run(["git", "commit", "-q", ...extra, "-m", "bench"], dir, { allow: [0, 1] });
    if (r.code !== 0) throw new Error(`git commit ${extra.join(" ")} failed (a finding in the bench change?): ${r.stdout}${r.stderr}`.slice(0, 600));
    list.push(r.ms);
    run(["git", "reset", "-q", "--soft", "HEAD~1"], dir);
  };
  for (let i = 0; i < reps; i++) {
    writeFileSync(hookPath, scripts[0]!);
    commit(hook, []);
    if (COMPARE) {
      writeFileSync(hookPath, scripts[1]!);
      commit(other, []);
    }
    writeFileSync(hookPath, "#!/bin/sh\nexit 0\n");
    commit(noop, []);
    commit(plain, ["--no-verify"]);
  }
  writeFileSync(hookPath, scripts[0]!);
  return { hook: median(hook), plain: median(plain), noop: median(noop), other: COMPARE ? median(other) : undefined };
}

export async function benchGit(): Promise<string[]> {
  const out: string[] = [];
  const say = (l: string) => {
    out.push(l);
    console.log(l);
  };
  ensureBuilt();
  ensureSecretlint();
  ensureSecretlintConfig();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });

  // 1. History.
  const repo = join(WORK, "history");
  const t0 = performance.now();
  const { files, chars } = buildHistoryRepo(repo, COMMITS);
  say(`load average at start: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (figures are wall times; other load inflates them)`);
  say(`history repo: ${COMMITS} commits, ${mb(chars).toFixed(1)} MB added text, built with git fast-import in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const logOnly = run(["git", "log", "-p", "-U0", "--format=%H", "HEAD"], repo).ms;
  // Best of 3 (toolkit) and of 2 (secretlint): the fastest run is the one least disturbed by other load.
  const histBoth = both(3, (bin) => toolkitJson(["--history"], repo, bin), best);
  const hist = histBoth.mine;
  const tkHits = new Set(hist.j.findings.map((f) => `${f.path}:${f.line}`));
  const flat = join(WORK, "history-files");
  for (const [p, b] of files) {
    mkdirSync(join(flat, p, ".."), { recursive: true });
    writeFileSync(join(flat, p), b);
  }
  const slHist = best([secretlint(flat, "**/*"), secretlint(flat, "**/*")]);
  const want = plantedIn(files);
  const rateTk = mb(hist.j.stats.scanned_chars) / (hist.ms / 1000);
  const rateSl = mb(chars) / (slHist.ms / 1000);
  const histOther = histBoth.other;
  say(`--history: toolkit ${(hist.ms / 1000).toFixed(2)} s (${rateTk.toFixed(1)} MB/s, ${hist.j.stats.commits} commits; git log -p alone ${(logOnly / 1000).toFixed(2)} s) vs secretlint ${(slHist.ms / 1000).toFixed(2)} s on the same text as files (${rateSl.toFixed(1)} MB/s): ${(rateTk / rateSl).toFixed(1)}x; recall on ${want.size} planted: toolkit ${recall(want, tkHits)}, secretlint ${recall(want, slHist.hits)}${cmp(histOther?.ms, (ms) => `${(ms / 1000).toFixed(2)} s, ${(slHist.ms / ms).toFixed(1)}x, recall ${recall(want, new Set(histOther!.j.findings.map((f) => `${f.path}:${f.line}`)))}`)}`);

  // Hook installed from the compiled binary (records its absolute path).
  run([BIN, "git-scan", "--install-hook"], repo);

  // 2a. A < 100 KB change in the 5,000-commit repository.
  const small = splitFiles(buildMixedCorpus(0.08, 0, 11).text, 20_000).map((b, i) => [`change/small${i}.ts`, b] as [string, string]);
  stage(repo, small);
  const smallChars = small.reduce((n, [, b]) => n + b.length, 0);
  const smallBoth = both(9, (bin) => toolkitJson(["--staged"], repo, bin).ms, (xs) => Math.min(...xs));
  const stagedSmall = smallBoth.mine;
  const slSmall = best([secretlint(repo, "change/**/*"), secretlint(repo, "change/**/*"), secretlint(repo, "change/**/*")]);
  const pairSmall = commitPair(repo, 9);
  // Floors measured in the same run: the process alone, and the core on a 2-character payload.
  const floor = both(9, (bin) => run([bin, "--version"], repo).ms, median);
  const check = both(9, (bin) => run([bin, "check", "--text", "hi"], repo).ms, median);
  const ms0 = (v: number) => `${v.toFixed(0)} ms`;
  say(`--staged, ${(smallChars / 1024).toFixed(0)} KB change (${small.length} files): toolkit ${stagedSmall.toFixed(0)} ms vs secretlint ${slSmall.ms.toFixed(0)} ms (${(slSmall.ms / stagedSmall).toFixed(1)}x, best runs)${cmp(smallBoth.other, (v) => `${ms0(v)}, ${(slSmall.ms / v).toFixed(1)}x`)}; git commit with hook ${pairSmall.hook.toFixed(0)} ms vs --no-verify ${pairSmall.plain.toFixed(0)} ms: hook adds ${(pairSmall.hook - pairSmall.plain).toFixed(0)} ms (medians of 9)${cmp(pairSmall.other, (v) => `hook adds ${ms0(v - pairSmall.plain)}`)}; a hook that does nothing adds ${(pairSmall.noop - pairSmall.plain).toFixed(0)} ms (git's own cost of running a hook)`);
  say(`  floors in the same run: toolkit --version ${floor.mine.toFixed(0)} ms (process start)${cmp(floor.other, ms0)}, toolkit check --text hi ${check.mine.toFixed(0)} ms (start + detector build + one scan)${cmp(check.other, ms0)}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  run(["git", "reset", "-q", "--hard"], repo);
  rmSync(join(repo, "change"), { recursive: true, force: true });

  // 2b. A 20 MB change.
  const big = splitFiles(buildMixedCorpus(20, 60, 23).text, 100_000).map((b, i) => [`big/part${i}.txt`, b] as [string, string]);
  stage(repo, big);
  const bigChars = big.reduce((n, [, b]) => n + b.length, 0);
  const bigRuns = Array.from({ length: 3 }, () => toolkitJson(["--staged"], repo));
  const bigOther = COMPARE ? Math.min(...Array.from({ length: 3 }, () => toolkitJson(["--staged"], repo, COMPARE).ms)) : undefined;
  const stagedBig = Math.min(...bigRuns.map((r) => r.ms));
  const bigHits = new Set(bigRuns[0]!.j.findings.map((f) => `${f.path}:${f.line}`));
  const slBig = best([secretlint(repo, "big/**/*"), secretlint(repo, "big/**/*")]);
  const wantBig = plantedIn(big);
  say(`--staged, ${mb(bigChars).toFixed(1)} MB change (${big.length} files): toolkit ${(stagedBig / 1000).toFixed(2)} s (${(mb(bigChars) / (stagedBig / 1000)).toFixed(1)} MB/s) vs secretlint ${(slBig.ms / 1000).toFixed(2)} s (${(mb(bigChars) / (slBig.ms / 1000)).toFixed(1)} MB/s): ${(slBig.ms / stagedBig).toFixed(1)}x; recall on ${wantBig.size} planted: toolkit ${recall(wantBig, bigHits)}, secretlint ${recall(wantBig, slBig.hits)}${cmp(bigOther, (v) => `${(v / 1000).toFixed(2)} s, ${(slBig.ms / v).toFixed(1)}x`)}`);
  // The 20 MB change carries planted secrets, so the hook refuses it: time the refusal against a
  // plain commit (what the user waits for either way).
  const hookBig: number[] = [];
  const plainBig: number[] = [];
  for (let i = 0; i < 3; i++) {
    hookBig.push(run(["git", "commit", "-q", "-m", "bench"], repo, { allow: [0, 1] }).ms);
    const t = run(["git", "commit", "-q", "--no-verify", "-m", "bench"], repo).ms;
    plainBig.push(t);
    run(["git", "reset", "-q", "--soft", "HEAD~1"], repo);
  }
  say(`git commit of the 20 MB change: with hook ${(median(hookBig) / 1000).toFixed(2)} s (refused: planted secrets) vs --no-verify ${(median(plainBig) / 1000).toFixed(2)} s`);
  return out;
}

if (import.meta.main) await benchGit();
