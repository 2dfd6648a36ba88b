// Diff events → findings. The added lines of one file are scanned as ONE text (joined with "\n",
// so a PEM key across lines is one finding); offsets map back to new-file line numbers. A file
// whose added text passes STREAM_AT goes through the core's incremental scanner instead, so
// memory stays bounded whatever the diff's size.
import { findingId, type GitCore, type RepoAction, type RepoFinding, type ScanResult, type TextScanner } from "./core.ts";
import type { CommitInfo, DiffFile, DiffSink } from "./diff.ts";
import type { IdSet } from "./ignore.ts";
import type { PathMatcher } from "./paths.ts";

const STREAM_AT = 1 << 20;
const ALLOW = "toolkit:allow";

export interface GitFinding {
  path: string;
  line: number;
  column: number;
  commit?: CommitInfo;
  finding: RepoFinding;
  action: RepoAction;
  /** Identity under the report's key (what a baseline made from this report matches). */
  id: string;
}

export interface ScanStats {
  files: number;
  commits: number;
  /** Added characters scanned. */
  scanned: number;
  binary: number;
  submodules: number;
  deleted: number;
  excluded: number;
  suppressed: { inline: number; ignore: number; baseline: number };
}

export interface ScanFailure {
  path: string;
  commit?: string;
  message: string;
}

export interface ScanOptions {
  exclude: PathMatcher;
  ignoreIds?: IdSet;
  baseline?: IdSet;
  /** Key the report's ids are computed under. */
  reportKey: string;
}

export class DiffScanner implements DiffSink {
  readonly findings: GitFinding[] = [];
  readonly failures: ScanFailure[] = [];
  readonly stats: ScanStats = { files: 0, commits: 0, scanned: 0, binary: 0, submodules: 0, deleted: 0, excluded: 0, suppressed: { inline: 0, ignore: 0, baseline: 0 } };
  private commitInfo: CommitInfo | undefined;
  // The open file.
  private cur: DiffFile | null = null;
  private pieces: string[] = [];
  private size = 0;
  private added = 0; // added lines so far
  private lastNew = -2;
  private runIdx: number[] = []; // a run of consecutive new lines: its first added-line index…
  private runLine: number[] = []; // …and its first new-file line number
  private allowed = new Set<number>(); // added-line indexes carrying toolkit:allow
  private tail = "";
  private stream: TextScanner | null = null;

  constructor(private readonly core: GitCore, private readonly opts: ScanOptions) {}

  commit(c: CommitInfo): void {
    this.commitInfo = c;
    this.stats.commits++;
  }

  file(f: DiffFile): void {
    if (f.binary) this.stats.binary++;
    else if (f.submodule) this.stats.submodules++;
    else if (f.status === "deleted") this.stats.deleted++;
    else if (this.opts.exclude.match(f.path) !== undefined) this.stats.excluded++;
    else {
      this.stats.files++;
      this.cur = f;
    }
  }

  lineStart(newLine: number): void {
    if (!this.cur) return;
    if (this.added > 0) this.append("\n");
    if (newLine !== this.lastNew + 1) {
      this.runIdx.push(this.added);
      this.runLine.push(newLine);
    }
    this.lastNew = newLine;
    this.added++;
    this.tail = "";
  }

  text(piece: string): void {
    if (!this.cur) return;
    // The marker may straddle two pieces of one line (a line split across input chunks). The
    // line so far is kept by reference; its tail is cut only when a second piece comes.
    if (piece.includes(ALLOW)) this.allowed.add(this.added - 1);
    else if (this.tail.length > 0 && (this.tail.slice(-ALLOW.length) + piece.slice(0, ALLOW.length)).includes(ALLOW)) this.allowed.add(this.added - 1);
    this.tail = this.tail.length === 0 ? piece : (this.tail.slice(-ALLOW.length) + piece).slice(-2 * ALLOW.length);
    this.append(piece);
  }

  fileEnd(): void {
    const f = this.cur;
    if (f) {
      if (this.stream) {
        this.flushToStream();
        this.take(f, this.stream.end());
      } else if (this.size > 0) {
        const text = this.pieces.join("");
        this.take(f, this.core.scan(text), text);
      }
      this.stats.scanned += this.size;
    }
    this.cur = null;
    this.pieces = [];
    this.size = 0;
    this.added = 0;
    this.lastNew = -2;
    this.runIdx = [];
    this.runLine = [];
    this.allowed = new Set();
    this.stream = null;
    this.streamed = 0;
  }

  private append(s: string): void {
    this.pieces.push(s);
    this.size += s.length;
    if (this.size - this.streamed >= STREAM_AT) {
      this.stream ??= this.core.stream();
      this.flushToStream();
    }
  }

  private streamed = 0;

  private flushToStream(): void {
    if (this.pieces.length === 0) return;
    const chunk = this.pieces.join("");
    this.pieces = [];
    this.streamed += chunk.length;
    this.take(this.cur!, this.stream!.push(chunk));
  }

  /** `text` (when the file was scanned whole) lets a marker anywhere on a multi-line secret count. */
  private take(f: DiffFile, r: ScanResult, text?: string): void {
    if (r.error !== undefined) this.failures.push({ path: f.path, commit: this.commitInfo?.sha, message: r.error });
    for (const finding of r.findings) {
      const action = finding.action;
      const idx = finding.line - 1;
      if (this.isAllowed(idx, finding, text)) {
        this.stats.suppressed.inline++;
        continue;
      }
      const ig = this.opts.ignoreIds;
      if (ig && ig.ids.has(findingId(ig.key, finding.ruleId, f.path, finding))) {
        this.stats.suppressed.ignore++;
        continue;
      }
      const bl = this.opts.baseline;
      if (bl && bl.ids.has(findingId(bl.key, finding.ruleId, f.path, finding))) {
        this.stats.suppressed.baseline++;
        continue;
      }
      this.findings.push({
        path: f.path,
        line: this.newLineOf(idx),
        column: finding.column,
        commit: this.commitInfo,
        finding,
        action,
        id: findingId(this.opts.reportKey, finding.ruleId, f.path, finding),
      });
    }
  }

  private isAllowed(idx: number, f: RepoFinding, text: string | undefined): boolean {
    if (this.allowed.size === 0) return false;
    if (this.allowed.has(idx)) return true;
    if (text === undefined) return false;
    let last = idx;
    for (let i = text.indexOf("\n", f.start); i >= 0 && i < f.end; i = text.indexOf("\n", i + 1)) last++;
    if (last === idx) return false;
    // A key block: the marker may sit on its BEGIN line (just above the secret) or inside it.
    for (let k = idx - 1; k <= last; k++) if (this.allowed.has(k)) return true;
    return false;
  }

  /** New-file line number of the added line at `idx` (binary search over the runs). */
  private newLineOf(idx: number): number {
    let lo = 0;
    let hi = this.runIdx.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runIdx[mid]! <= idx) lo = mid;
      else hi = mid - 1;
    }
    return (this.runLine[lo] ?? 1) + idx - (this.runIdx[lo] ?? 0);
  }
}
