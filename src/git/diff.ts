// Streaming parser for unified diffs as git writes them (`git diff`, `git log -p`, `git show`),
// plain `diff -u` output, and combined diffs of merges (`--cc`). Text goes in as chunks of any
// size; the added lines come out as events with their new-file line numbers. Only header lines
// are buffered (capped); added content streams through in pieces, so a 500 MB one-line file is
// read in bounded memory. Context and removed lines are skipped without being kept.
import { unquoteCPath } from "./paths.ts";

export type FileStatus = "added" | "modified" | "deleted" | "renamed" | "copied";

export interface DiffFile {
  /** New path (old path for a deletion), repository-relative, `b/` prefix removed. */
  path: string;
  oldPath?: string;
  status: FileStatus;
  binary: boolean;
  /** A gitlink (mode 160000): its "content" is a commit id, never scanned. */
  submodule: boolean;
  oldMode?: string;
  newMode?: string;
}

/** Commit metadata, from the line our `git log --format` writes (see COMMIT_FORMAT). */
export interface CommitInfo {
  sha: string;
  parents: string[];
  date: string;
  author: string;
  email: string;
}

export interface DiffSink {
  commit?(c: CommitInfo): void;
  /** Called once per file, after its header is complete (before any of its lines). */
  file(f: DiffFile): void;
  /** An added line begins; `newLine` is its 1-based line number in the new file. */
  lineStart(newLine: number): void;
  /** A piece of the current added line (without its `+` prefix or line break). */
  text(piece: string): void;
  /** The current file is done (called before the next file, commit, or the end). */
  fileEnd(): void;
}

/** `git log --format` that starts each commit with one line the parser recognises. */
export const COMMIT_FORMAT = "format:%x01%H%x01%P%x01%aI%x01%an%x01%ae";
const COMMIT_MARK = "\x01";
const HEADER_CAP = 64 * 1024;

type State = "between" | "header" | "hunk";

interface Pending {
  gitLine?: string;
  minus?: string;
  plus?: string;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  newFile: boolean;
  deleted: boolean;
  binary: boolean;
  oldMode?: string;
  newMode?: string;
  indexMode?: string;
  combined: boolean;
}

const newPending = (gitLine?: string, combined = false): Pending => ({ gitLine, newFile: false, deleted: false, binary: false, combined });

export class DiffParser {
  private state: State = "between";
  private pending: Pending | null = null;
  private fileOpen = false;
  private skipContent = false; // current file is a submodule: parse hunks, emit nothing
  // Current hunk: remaining lines per parent and in the result, and the next new-file line.
  private parentsLeft: number[] = [];
  private resultLeft = 0;
  private newLine = 0;
  private width = 1; // prefix width: 1, or the parent count of a combined diff
  // Current physical line.
  private atLineStart = true;
  private lineMode: "header" | "added" | "skip" = "header";
  private prefix = "";
  private header = "";
  private heldCR = false;
  /** Lines after a file header that looked like nothing we know (counted, for diagnostics). */
  unknownLines = 0;

  constructor(private readonly sink: DiffSink) {}

  push(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.atLineStart) {
        this.atLineStart = false;
        this.header = "";
        this.prefix = "";
        this.lineMode = "header"; // in a hunk: decided once the prefix is read
      }
      if (this.state === "hunk" && this.lineMode === "header" && this.prefix.length < this.width) {
        // The usual case, one prefix column of a two-way diff, without building strings.
        const c = this.width === 1 && this.prefix === "" && i < n ? chunk.charCodeAt(i) : -1;
        if (c === 43 || c === 45 || c === 32) {
          i++;
          this.prefix = c === 43 ? "+" : c === 45 ? "-" : " ";
          this.lineMode = this.hunkLine(this.prefix) ? "added" : "skip";
        }
        // Read the prefix column(s) of a hunk line.
        while (i < n && this.prefix.length < this.width && chunk.charCodeAt(i) !== 10) this.prefix += chunk[i++];
        if (i < n && chunk.charCodeAt(i) === 10 && this.prefix.length < this.width) {
          // A line shorter than its prefix: an empty context line from a tool that strips spaces.
          this.hunkLine(this.prefix.padEnd(this.width, " "));
          i++;
          this.atLineStart = true;
          continue;
        }
        if (this.prefix.length < this.width) return;
        if (this.lineMode !== "header") {
          // decided by the fast path above
        } else if (this.prefix[0] === "\\") this.lineMode = "skip"; // "\ No newline at end of file"
        else if (!/^[ +-]+$/.test(this.prefix)) {
          // Fewer lines than the hunk header promised (a hand-edited diff): the hunk is over.
          this.state = "between";
          this.header = this.prefix;
        } else this.lineMode = this.hunkLine(this.prefix) ? "added" : "skip";
      }
      const nl = chunk.indexOf("\n", i);
      const end = nl < 0 ? n : nl;
      if (this.lineMode === "added") {
        let piece = chunk.slice(i, end);
        if (this.heldCR) {
          if (nl !== i) piece = `\r${piece}`;
          this.heldCR = false;
        }
        // CRLF: the CR is not content. A CR at a chunk's end waits to see what follows it.
        if (piece.endsWith("\r")) {
          piece = piece.slice(0, -1);
          if (nl < 0) this.heldCR = true;
        }
        if (piece.length > 0) this.sink.text(piece);
      } else if (this.lineMode === "header") {
        if (this.header.length < HEADER_CAP) this.header += chunk.slice(i, Math.min(end, i + HEADER_CAP - this.header.length));
      }
      if (nl < 0) return;
      i = nl + 1;
      this.atLineStart = true;
      if (this.lineMode === "header") this.headerLine(this.header.endsWith("\r") ? this.header.slice(0, -1) : this.header);
      if (this.state === "hunk" && this.resultLeft <= 0 && this.hunkDone()) this.state = "between";
    }
  }

  end(): void {
    if (this.state === "header" && this.pending) this.openFile();
    if (this.fileOpen) this.closeFile();
    this.state = "between";
  }

  private hunkDone(): boolean {
    for (let k = 0; k < this.parentsLeft.length; k++) if (this.parentsLeft[k]! > 0) return false;
    return true;
  }

  /** Accounts for one hunk line; true when it is an added line of the result. */
  private hunkLine(prefix: string): boolean {
    let removed = false;
    let plusAll = true;
    for (let k = 0; k < this.width; k++) {
      const c = prefix[k];
      if (c === "-") removed = true;
      if (c !== "+") plusAll = false;
      // In parent k unless this column says the line was added relative to it.
      if (c !== "+") this.parentsLeft[k]!--;
    }
    if (removed) return false;
    this.resultLeft--;
    const line = this.newLine++;
    // In a combined diff, a line new to every parent is the merge's own; others came from a parent.
    if (plusAll && !this.skipContent) {
      this.sink.lineStart(line);
      return true;
    }
    return false;
  }

  private headerLine(line: string): void {
    if (line.startsWith(COMMIT_MARK)) {
      this.finishFile();
      const [, sha = "", parents = "", date = "", author = "", email = ""] = line.split(COMMIT_MARK);
      this.sink.commit?.({ sha, parents: parents ? parents.split(" ") : [], date, author, email });
      this.state = "between";
      return;
    }
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      this.finishFile();
      this.pending = newPending(line, !line.startsWith("diff --git "));
      this.state = "header";
      return;
    }
    if (line.startsWith("@@")) {
      if (this.state === "header" || (this.state === "between" && this.fileOpen)) {
        if (this.state === "header") this.openFile();
        this.startHunk(line);
      } else this.unknownLines++;
      return;
    }
    if (this.state === "between") {
      // A plain `diff -u` file starts at its "---" line.
      if (line.startsWith("--- ")) {
        this.finishFile();
        this.pending = newPending();
        this.pending.minus = line.slice(4);
        this.state = "header";
      }
      return;
    }
    if (this.state !== "header" || !this.pending) return;
    const p = this.pending;
    if (line.startsWith("--- ")) p.minus = line.slice(4);
    else if (line.startsWith("+++ ")) p.plus = line.slice(4);
    else if (line.startsWith("rename from ")) p.renameFrom = unquoteCPath(line.slice(12));
    else if (line.startsWith("rename to ")) p.renameTo = unquoteCPath(line.slice(10));
    else if (line.startsWith("copy from ")) p.copyFrom = unquoteCPath(line.slice(10));
    else if (line.startsWith("copy to ")) p.copyTo = unquoteCPath(line.slice(8));
    else if (line.startsWith("new file mode ")) { p.newFile = true; p.newMode = line.slice(14); }
    else if (line.startsWith("deleted file mode ")) { p.deleted = true; p.oldMode = line.slice(18); }
    else if (line.startsWith("old mode ")) p.oldMode = line.slice(9);
    else if (line.startsWith("new mode ")) p.newMode = line.slice(9);
    else if (line.startsWith("index ")) p.indexMode = /\s(\d{6})$/.exec(line)?.[1];
    else if (line.startsWith("Binary files ") || line === "GIT binary patch") p.binary = true;
    else if (line.startsWith("similarity index ") || line.startsWith("dissimilarity index ") || line.startsWith("mode ") || line.startsWith("new file mode") || line === "") {
      // nothing to keep
    } else this.unknownLines++;
  }

  private startHunk(line: string): void {
    let ats = 0;
    while (line[ats] === "@") ats++;
    const width = ats - 1;
    const m = /^@+ ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @+/.exec(line);
    if (!m || width < 1) {
      this.unknownLines++;
      return;
    }
    const olds = m[1]!.trim().split(" ");
    this.width = width;
    this.parentsLeft = olds.map((o) => {
      const c = o.indexOf(",");
      return c < 0 ? 1 : Number(o.slice(c + 1));
    });
    while (this.parentsLeft.length < width) this.parentsLeft.push(0);
    this.resultLeft = m[3] === undefined ? 1 : Number(m[3]);
    this.newLine = Number(m[2]);
    // A zero-length new side names the line before the hunk; no line of it is in the result.
    if (this.resultLeft === 0 && this.parentsLeft.every((x) => x === 0)) return;
    this.state = "hunk";
  }

  private finishFile(): void {
    if (this.state === "header" && this.pending) this.openFile();
    if (this.fileOpen) this.closeFile();
    this.pending = null;
  }

  private openFile(): void {
    const p = this.pending!;
    this.pending = null;
    const [gitOld, gitNew] = p.gitLine ? splitGitLine(p.gitLine, p.combined) : [undefined, undefined];
    const minus = p.minus !== undefined ? headerPath(p.minus, p.gitLine !== undefined) : undefined;
    const plus = p.plus !== undefined ? headerPath(p.plus, p.gitLine !== undefined) : undefined;
    const deleted = p.deleted || plus === null;
    const added = p.newFile || minus === null;
    const newPath = p.renameTo ?? p.copyTo ?? plus ?? gitNew ?? undefined;
    const oldPath = p.renameFrom ?? p.copyFrom ?? minus ?? gitOld ?? undefined;
    const path = (deleted ? oldPath : newPath) ?? oldPath ?? "(unknown path)";
    const status: FileStatus = deleted ? "deleted" : added ? "added" : p.renameTo !== undefined ? "renamed" : p.copyTo !== undefined ? "copied" : "modified";
    const mode = p.newMode ?? p.indexMode;
    const submodule = mode === "160000" || p.oldMode === "160000";
    const f: DiffFile = { path, status, binary: p.binary, submodule };
    if (oldPath !== undefined && oldPath !== path) f.oldPath = oldPath;
    if (p.oldMode) f.oldMode = p.oldMode;
    if (p.newMode) f.newMode = p.newMode;
    this.fileOpen = true;
    this.skipContent = submodule || deleted || p.binary;
    this.state = "between";
    this.sink.file(f);
  }

  private closeFile(): void {
    this.fileOpen = false;
    this.skipContent = false;
    this.sink.fileEnd();
  }
}

/** Path of a `---`/`+++` line: null for /dev/null; `a/`/`b/` stripped in git diffs. */
function headerPath(raw: string, git: boolean): string | null {
  let s = raw;
  if (s.startsWith('"')) s = unquoteCPath(s.slice(0, closingQuote(s) + 1));
  else {
    const tab = s.indexOf("\t"); // GNU diff: "path<TAB>timestamp"; old git: trailing tab after spaces
    if (tab >= 0) s = s.slice(0, tab);
  }
  if (s === "/dev/null") return null;
  if (git && (s.startsWith("a/") || s.startsWith("b/"))) return s.slice(2);
  return s;
}

/**
 * Paths of a `diff --git a/X b/Y` line. Unquoted paths with spaces are ambiguous in general;
 * when old and new are the same path (no rename: the only case without rename/---/+++ lines
 * that matters, binary and mode-only changes) the line splits in the middle.
 */
function splitGitLine(line: string, combined: boolean): [string | undefined, string | undefined] {
  if (combined) {
    const p = line.replace(/^diff --(?:cc|combined) /, "");
    const path = p.startsWith('"') ? unquoteCPath(p) : p;
    return [path, path];
  }
  const rest = line.slice("diff --git ".length);
  if (rest.startsWith('"')) {
    const close = closingQuote(rest);
    const a = unquoteCPath(rest.slice(0, close + 1));
    const bRaw = rest.slice(close + 2);
    const b = bRaw.startsWith('"') ? unquoteCPath(bRaw) : bRaw;
    return [strip(a), strip(b)];
  }
  if (rest.endsWith('"')) {
    const open = rest.lastIndexOf(' "');
    return [strip(rest.slice(0, open)), strip(unquoteCPath(rest.slice(open + 1)))];
  }
  if ((rest.length & 1) === 1) {
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (a.slice(2) === b.slice(2)) return [strip(a), strip(b)];
  }
  const sp = rest.indexOf(" b/");
  if (sp >= 0) return [strip(rest.slice(0, sp)), strip(rest.slice(sp + 1))];
  return [undefined, undefined];
}

function strip(p: string): string {
  return p.startsWith("a/") || p.startsWith("b/") ? p.slice(2) : p;
}

function closingQuote(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return s.length - 1;
}
