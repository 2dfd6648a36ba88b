// The project walk: a pull-based generator (memory stays at the directory stack, whatever the
// tree's size) honouring .gitignore (nested, negations, .git/info/exclude), .toolkitignore and
// --exclude. Symlinks are never followed: each is classified (out of the tree, a loop, in-tree,
// dangling) and counted. Files git ignores are still yielded when an agent would care about them
// (.env, keys, agent settings), flagged `gitIgnored`.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { agentSensitive, classify, enterIgnoredDir, type FileKind } from "./classify.ts";
import { isIgnored, parseIgnore, parsePattern, type IgnoreRule } from "./ignore.ts";

/** A path for I/O: a string, or raw bytes when a name on the way is not valid UTF-8. */
export type IoPath = string | Buffer;

export interface WalkEntry {
  /** Path relative to the audit root, "/"-separated; bytes that are not UTF-8 shown as \xNN. */
  rel: string;
  io: IoPath;
  size: number;
  kind: FileKind;
  /** Git ignores it, but it is in the working tree an agent reads. */
  gitIgnored: boolean;
}

export type SkipReason =
  | "gitignored" | "excluded" | "oversized" | "empty" | "special" | "binary"
  | "symlink-outside" | "symlink-loop" | "symlink-inside" | "symlink-dangling";

export interface WalkStats {
  files: number;
  dirs: number;
  skipped: Record<SkipReason, number>;
  /** Up to a few example paths per reason, for the report. */
  examples: Partial<Record<SkipReason, string[]>>;
  unreadable: Array<{ path: string; reason: string }>;
}

export interface WalkOptions {
  root: string;
  exclude?: readonly string[];
  maxFileSize: number;
}

const EXAMPLES_PER_REASON = 5;
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function newStats(): WalkStats {
  return {
    files: 0, dirs: 0, unreadable: [], examples: {},
    skipped: { gitignored: 0, excluded: 0, oversized: 0, empty: 0, special: 0, binary: 0, "symlink-outside": 0, "symlink-loop": 0, "symlink-inside": 0, "symlink-dangling": 0 },
  };
}

export function countSkip(stats: WalkStats, reason: SkipReason, path: string): void {
  stats.skipped[reason]++;
  const ex = (stats.examples[reason] ??= []);
  if (ex.length < EXAMPLES_PER_REASON) ex.push(path);
}

export function errCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "vanished during the walk";
  if (code === "ELOOP") return "too many symlink levels";
  return code ?? (err instanceof Error ? err.message : String(err));
}

interface DirFrame {
  io: IoPath;
  /** Relative to the audit root ("" for the root). */
  rel: string;
  gitRules: readonly IgnoreRule[];
  toolkitRules: readonly IgnoreRule[];
  /** Inside a directory git ignores (entered because credentials live there). */
  gitIgnored: boolean;
}

/** Where git's ignore rules are anchored: the repository's top, when the root is inside one. */
interface GitContext {
  /** Audit root relative to the repository top ("" when they coincide or there is no repository). */
  prefix: string;
  rules: IgnoreRule[];
}

export function* walk(opts: WalkOptions, stats: WalkStats): Generator<WalkEntry> {
  const root = realpathSync(opts.root);
  const git = gitContext(root);
  const toolkitRules: IgnoreRule[] = (opts.exclude ?? []).map((p, i) => parsePattern(p, "", `--exclude[${i}]`)).filter((r) => r !== null);
  const visited = new Set<string>();
  const stack: DirFrame[] = [{ io: root, rel: "", gitRules: git.rules, toolkitRules, gitIgnored: false }];
  const gitPath = (rel: string) => (git.prefix === "" ? rel : rel === "" ? git.prefix : `${git.prefix}/${rel}`);

  while (stack.length > 0) {
    const dir = stack.pop()!;
    let st: Stats;
    let names: Buffer[];
    try {
      st = statSync(dir.io);
      names = readdirSync(dir.io, { encoding: "buffer" }) as Buffer[];
    } catch (err) {
      stats.unreadable.push({ path: `${dir.rel || "."}/`, reason: errCode(err) });
      continue;
    }
    const id = `${st.dev}:${st.ino}`;
    if (visited.has(id)) continue; // a bind mount or hard-linked directory seen before
    visited.add(id);
    stats.dirs++;
    const gitRules = dir.gitRules.concat(loadIgnoreFile(dir.io, ".gitignore", gitPath(dir.rel), stats, dir.rel));
    const tkRules = dir.toolkitRules.concat(loadIgnoreFile(dir.io, ".toolkitignore", dir.rel, stats, dir.rel));

    const entries = names.map((raw) => nameOf(raw)).sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    const subdirs: DirFrame[] = [];
    for (const { display, raw, valid } of entries) {
      if (display === ".git") continue;
      const rel = dir.rel === "" ? display : `${dir.rel}/${display}`;
      const io = joinIo(dir.io, raw, valid ? display : null);
      let ls: Stats;
      try {
        ls = lstatSync(io);
      } catch (err) {
        stats.unreadable.push({ path: rel, reason: errCode(err) });
        continue;
      }
      const isDir = ls.isDirectory();
      if (isIgnored(tkRules, rel, isDir)) {
        countSkip(stats, "excluded", rel);
        continue;
      }
      const ignored = dir.gitIgnored || isIgnored(gitRules, gitPath(rel), isDir);
      if (ls.isSymbolicLink()) {
        countSkip(stats, symlinkKind(io, root, dir.io), rel);
        continue;
      }
      if (isDir) {
        if (ignored && !enterIgnoredDir(display)) {
          countSkip(stats, "gitignored", `${rel}/`);
          continue;
        }
        subdirs.push({ io, rel, gitRules, toolkitRules: tkRules, gitIgnored: ignored });
        continue;
      }
      if (!ls.isFile()) {
        countSkip(stats, "special", rel);
        continue;
      }
      const kind = classify(rel);
      if (ignored && !agentSensitive(kind)) {
        countSkip(stats, "gitignored", rel);
        continue;
      }
      if (ls.size > opts.maxFileSize) {
        countSkip(stats, "oversized", rel);
        continue;
      }
      if (ls.size === 0) {
        countSkip(stats, "empty", rel);
        continue;
      }
      stats.files++;
      yield { rel, io, size: ls.size, kind, gitIgnored: ignored };
    }
    for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]!);
  }
}

function nameOf(raw: Buffer): { display: string; raw: Buffer; valid: boolean } {
  try {
    return { display: utf8.decode(raw), raw, valid: true };
  } catch {
    let s = "";
    for (const b of raw) s += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
    return { display: s, raw, valid: false };
  }
}

function joinIo(dir: IoPath, raw: Buffer, name: string | null): IoPath {
  if (typeof dir === "string" && name !== null) return dir.endsWith(sep) ? dir + name : `${dir}${sep}${name}`;
  const d = typeof dir === "string" ? Buffer.from(dir) : dir;
  return Buffer.concat([d, Buffer.from(sep), raw]);
}

function symlinkKind(io: IoPath, root: string, parentIo: IoPath): SkipReason {
  let target: string;
  try {
    target = realpathSync(io);
  } catch {
    return "symlink-dangling";
  }
  if (target !== root && !target.startsWith(root + sep)) return "symlink-outside";
  let parentReal: string;
  try {
    parentReal = realpathSync(parentIo);
  } catch {
    return "symlink-inside";
  }
  // The link points at a directory that contains it: following it would never end.
  return parentReal === target || parentReal.startsWith(target + sep) ? "symlink-loop" : "symlink-inside";
}

function loadIgnoreFile(dirIo: IoPath, file: string, base: string, stats: WalkStats, rel: string): IgnoreRule[] {
  const path = typeof dirIo === "string" ? join(dirIo, file) : Buffer.concat([dirIo, Buffer.from(sep + file)]);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "EISDIR") stats.unreadable.push({ path: rel === "" ? file : `${rel}/${file}`, reason: errCode(err) });
    return [];
  }
  return parseIgnore(text, base, rel === "" ? file : `${rel}/${file}`);
}

/**
 * Finds the repository the root belongs to: its .git/info/exclude and the .gitignore files of the
 * directories between the repository top and the root apply too.
 */
function gitContext(root: string): GitContext {
  let top: string | null = null;
  for (let d = root; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) {
      top = d;
      break;
    }
    if (dirname(d) === d) break;
  }
  if (top === null) return { prefix: "", rules: [] };
  const prefix = relative(top, root).split(sep).join("/");
  const rules: IgnoreRule[] = [];
  const gitDir = resolveGitDir(join(top, ".git"));
  if (gitDir) {
    try {
      rules.push(...parseIgnore(readFileSync(join(gitDir, "info", "exclude"), "utf8"), "", ".git/info/exclude"));
    } catch {
      // no exclude file
    }
  }
  // .gitignore files above the root (the root's own is read by the walk).
  if (prefix !== "") {
    const parts = prefix.split("/");
    for (let k = 0; k < parts.length; k++) {
      const base = parts.slice(0, k).join("/");
      try {
        rules.push(...parseIgnore(readFileSync(join(top, ...parts.slice(0, k), ".gitignore"), "utf8"), base, `${base ? `${base}/` : ""}.gitignore`));
      } catch {
        // none at this level
      }
    }
  }
  return { prefix, rules };
}

/** `.git` is a directory, or (worktrees, submodules) a file naming it; info/ lives in the common dir. */
function resolveGitDir(dotGit: string): string | null {
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
    if (!m) return null;
    const gitDir = isAbsolute(m[1]!) ? m[1]! : resolve(dirname(dotGit), m[1]!);
    try {
      const common = readFileSync(join(gitDir, "commondir"), "utf8").trim();
      return isAbsolute(common) ? common : resolve(gitDir, common);
    } catch {
      return gitDir;
    }
  } catch {
    return null;
  }
}
