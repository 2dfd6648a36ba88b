// Chunked scanning for any mix of detectors. Each scan covers the kept tail plus the new chunk;
// a finding is reported by the scan in which its end passes the emit boundary, so one split
// across chunks is found once. Input may be text or bytes (decoded here: UTF-8, or one byte per
// character when the first bytes are binary, with byte offsets that stay true either way).
// The budget belongs to the stream: scanning time, not waiting time, is counted against it.
import { ByteText } from "./binary.ts";
import { finalizeFindings, type RawHit } from "./finalize.ts";
import type { DetectorName, Finding, Verdict } from "./types.ts";
import { verdictOf } from "./verdict.ts";
import { advance, type Position } from "./position.ts";

/** Where a scan's time goes (benchmarks only): filled in when passed, never read by the scan. */
export interface ScanProfile {
  keywordHits: Map<string, number>;
  windows: Map<string, number>;
  windowChars: Map<string, number>;
  /** Milliseconds per rule (and per pass: "trigger:…", "decoders", "evasion", "reassembly", "seed-phrases"). */
  ruleMs: Map<string, number>;
  decoded: Map<string, number>;
  layers: number;
  layerChars: number;
}

export interface HitOptions {
  detectors?: ReadonlySet<DetectorName>;
  profile?: ScanProfile;
  /** performance.now() value after which the scan stops with an error. */
  deadline: number;
  budgetMs: number;
}

export interface HitResult {
  hits: RawHit[];
  error?: string;
  /**
   * Where far evidence lies ([start, end) pairs of the text's offsets): what is found within
   * `overlap` of these may need more than the near overlap of context (see seam-reach.ts).
   */
  reach?: number[];
}

/** One detector's raw pass over a text. */
export type HitSource = (text: string, opts: { deadline: number; budgetMs: number }) => HitResult;

export interface StreamOptions {
  detectors?: ReadonlySet<DetectorName>;
  /** Scanning time the stream may spend before any input (default 2000 ms)… */
  budgetMs?: number;
  /** …plus this much per MiB pushed (default 250 ms: a floor of 4 MiB/s). */
  msPerMiB?: number;
  /** Content type, for detectors that care (injection: HTML, JSON). */
  contentType?: string;
  /** Benchmarks: counters of where the secrets engine spends its time. */
  profile?: ScanProfile;
  /** Tests: the largest piece one scan takes (default 1 MiB). */
  sliceChars?: number;
}

export interface StreamScanner {
  /** Feeds the next chunk; returns findings that are now certain. */
  push(chunk: string | Uint8Array): Verdict;
  /** Ends the stream; returns the remaining findings. */
  end(): Verdict;
  /** True once byte input showed binary content (decoded one byte per character). */
  readonly binary: boolean;
}

const MIB = 1024 * 1024;

/**
 * `overlap`: the context every finding needs on both sides of its end. `nearOverlap`: the context
 * that suffices where no source reported far evidence (`HitResult.reach`) within `overlap`.
 */
export function createStream(opts: StreamOptions & { overlap: number; nearOverlap?: number; key?: Uint8Array }, sources: HitSource[]): StreamScanner {
  const overlap = opts.overlap;
  const near = Math.min(opts.nearOverlap ?? overlap, overlap);
  const SLICE = opts.sliceChars ?? MIB;
  const allowance0 = opts.budgetMs ?? 2000;
  const msPerMiB = opts.msPerMiB ?? 250;
  let buf = "";
  let kept = 0; // length of buf's context kept from the last scan
  let bufBase = 0; // global offset of buf[0]
  let emitted = 0; // global offset up to which findings' ends have been reported
  const at: Position = { line: 1, column: 1, byte: 0 }; // of buf[0]
  let error: string | undefined;
  let scanned = 0;
  let spent = 0;
  let units = 0; // input size so far (bytes for byte input, chars for text)
  const bytes = new ByteText();
  /**
   * After a piece scanned as it is (takeWhole): its hits that end within `overlap` of its end but
   * not within `near` (global offsets), and its far evidence, for the seam with the next piece.
   */
  let tail: { hits: RawHit[]; reach: number[] } | null = null;

  /** Every source over `text`, in the stream's budget (counted from `t0`): hits and far evidence in `text`'s offsets. */
  const runSources = (text: string, t0: number): { hits: RawHit[]; reach: number[] } => {
    const budgetMs = allowance0 + (msPerMiB * units) / MIB - spent;
    const hits: RawHit[] = [];
    const reach: number[] = [];
    for (const source of sources) {
      const deadline = performance.now() + Math.max(0, budgetMs - (performance.now() - t0));
      const r = source(text, { deadline, budgetMs: Math.round(allowance0 + (msPerMiB * units) / MIB) });
      hits.push(...r.hits);
      if (r.reach !== undefined) for (const x of r.reach) reach.push(x);
      if (r.error !== undefined) {
        error ??= `stream: ${r.error}`;
        break;
      }
    }
    return { hits, reach };
  };

  /** `tail` of a scan of `buf` that reported up to `limit`; null when the next seam takes the full overlap anyway. */
  const tailOf = (hits: RawHit[], reach: number[], limit: number): typeof tail => {
    if (near >= overlap || error !== undefined) return null;
    const out: RawHit[] = [];
    for (const h of hits) if (h.end + bufBase > limit && h.end + bufBase <= limit + overlap - near) out.push(moved(h, bufBase));
    const far: number[] = [];
    for (let i = 0; i < reach.length; i += 2) if (reach[i + 1]! + bufBase >= limit) far.push(reach[i]! + bufBase, reach[i + 1]! + bufBase);
    return { hits: out, reach: far };
  };

  // Keep 2×overlap of `text` (the buffer just scanned, starting at bufBase): the context before
  // the next emit boundary.
  const keepContextOf = (text: string) => {
    const keepFrom = Math.max(0, text.length - 2 * overlap);
    advance(text, 0, keepFrom, at, bytes.binary);
    buf = text.slice(keepFrom);
    kept = buf.length;
    bufBase += keepFrom;
  };
  const finalizeAt = (text: string, hits: RawHit[], base: number) => finalizeFindings(text, hits, { base, line: at.line, column: at.column, byte: at.byte, key: opts.key, latin1: bytes.binary });

  const scanBuffer = (final: boolean, keepTail = false): Verdict => {
    const t0 = performance.now();
    const limit = final ? Infinity : bufBase + buf.length - overlap;
    let findings: Finding[] = [];
    if (buf.length > 0 && (final || limit > emitted) && error === undefined) {
      const { hits, reach } = runSources(buf, t0);
      const mine = hits.filter((h) => h.end + bufBase > emitted && h.end + bufBase <= limit);
      findings = finalizeAt(buf, mine, bufBase);
      if (!final) {
        if (keepTail) tail = tailOf(hits, reach, limit);
        emitted = limit;
        keepContextOf(buf);
      }
    }
    const elapsed = performance.now() - t0;
    spent += elapsed;
    return verdictOf(findings, error, scanned, elapsed);
  };

  // Text arrives in pieces of any size (64 KiB from a pipe, 512 KiB from a file): it is scanned
  // once a MiB has come since the last scan. Scanning each piece as it came rescanned the kept
  // context (2 × overlap, 32 KiB) with every 64 KiB piece, and a front end joining pieces first
  // made one more copy of every MiB (~15,000 more page faults over 55 MB, measured).
  const takeOne = (text: string): Verdict => {
    if (error !== undefined) {
      // Failed closed already: nothing more is scanned, so nothing more is held.
      scanned += text.length;
      return verdictOf([], error, scanned, 0);
    }
    if (text.length >= SLICE / 2 && text.length > 4 * overlap && buf.length === kept) return takeWhole(text);
    tail = null;
    buf += text;
    scanned += text.length;
    if (buf.length - kept < SLICE) return verdictOf([], error, scanned, 0);
    return scanBuffer(false);
  };
  // A large piece with nothing pending is scanned as it is, not copied behind the kept context:
  // joining 1 MiB onto the context took a fresh MiB each time (~256 page faults, ~3 ms here, a
  // fifth of the scan's own time on code). The context is joined with the piece's head only, in
  // a seam scan of 4 × overlap that reports what ends within `overlap` of the piece's start; the
  // piece's own scan reports the rest, each with `overlap` of context on both sides as before.
  const takeWhole = (text: string): Verdict => {
    if (tail !== null && buf.length === 2 * overlap && error === undefined) return takeWholeNear(text);
    tail = null;
    let seam: Verdict | undefined;
    if (kept > 0) {
      buf += text.slice(0, 2 * overlap);
      seam = scanBuffer(false);
      // The seam scan kept the piece's head as context: the piece itself starts the same.
    }
    buf = text;
    kept = Math.min(kept, text.length);
    scanned += text.length;
    const v = scanBuffer(false, true);
    return seam === undefined ? v : verdictOf([...seam.findings, ...v.findings], error, scanned, seam.elapsedMs + v.elapsedMs);
  };
  // The seam between two pieces, where no far evidence lies within `overlap` of it, needs only
  // `near` of context: its findings (those ending within `overlap` of it, deduplicated together
  // as one seam scan's) come from the last piece's tail, a seam scan of 4 × near, and the next
  // piece's own scan. 4 × 20,072 characters rescanned per MiB became 4 × 4,464 on real code.
  // Where far evidence lies near (or a hit is longer than `near`), the seam takes the full overlap.
  const takeWholeNear = (text: string): Verdict => {
    const t0 = performance.now();
    const last = tail!;
    tail = null;
    const zoneBase = bufBase;
    const before = buf; // the last piece's tail: 2 × overlap before the seam
    const b = bufBase + before.length;
    // The seam's zone (the tail, then the piece's head) is joined only where it is scanned or its
    // findings are placed: the slice taken from it for the seam scan copied all of it into one
    // block, 80 K characters of fresh memory per MiB (~1,900 page faults per 55 seams, measured).
    let joined: string | undefined;
    const zone = () => (joined ??= before + text.slice(0, 2 * overlap));
    scanned += text.length;
    const smallBase = b - 2 * near;
    const small = runSources(before.slice(before.length - 2 * near) + text.slice(0, 2 * near), t0);
    const piece = runSources(text, t0);
    const lo = b - overlap;
    const hi = b + overlap;
    const group = last.hits;
    for (const h of small.hits) if (h.end + smallBase > b - near && h.end + smallBase <= b + near) group.push(moved(h, smallBase));
    for (const h of piece.hits) if (h.end + b > b + near && h.end + b <= hi) group.push(moved(h, b));
    const far = reaches(last.reach, 0, lo, hi) || reaches(small.reach, smallBase, lo, hi) || reaches(piece.reach, b, lo, hi) || group.some((h) => h.end - h.start > near);
    const seamHits = far && error === undefined ? runSources(zone(), t0).hits.filter((h) => h.end + zoneBase > lo && h.end + zoneBase <= hi) : group.map((h) => moved(h, -zoneBase));
    const seamFindings = seamHits.length === 0 ? [] : finalizeAt(zone(), seamHits, zoneBase);
    advance(before, 0, before.length, at, bytes.binary);
    bufBase = b;
    buf = text;
    const limit = b + text.length - overlap;
    const pieceFindings = finalizeAt(text, piece.hits.filter((h) => h.end + b > hi && h.end + b <= limit), b);
    tail = tailOf(piece.hits, piece.reach, limit);
    emitted = limit;
    keepContextOf(text);
    const elapsed = performance.now() - t0;
    spent += elapsed;
    return verdictOf([...seamFindings, ...pieceFindings], error, scanned, elapsed);
  };
  // A scan's working memory grows with the buffer (decoded layers, offset maps): a large push
  // (a front end's 8 MiB head) is scanned a slice at a time, so memory stays flat.
  const take = (text: string): Verdict => {
    if (text.length <= SLICE) return takeOne(text);
    const findings: Finding[] = [];
    let elapsed = 0;
    for (let i = 0; i < text.length; i += SLICE) {
      const v = takeOne(text.slice(i, i + SLICE));
      findings.push(...v.findings);
      elapsed += v.elapsedMs;
    }
    return verdictOf(findings, error, scanned, elapsed);
  };

  return {
    get binary() {
      return bytes.binary;
    },
    push(chunk) {
      if (typeof chunk === "string") {
        units += chunk.length;
        return take(chunk);
      }
      units += chunk.length;
      return take(bytes.decode(chunk));
    },
    end() {
      tail = null;
      const rest = bytes.end();
      if (rest.length > 0) {
        buf += rest;
        scanned += rest.length;
      }
      return scanBuffer(true);
    },
  };
}

/** A hit moved by `by` (from a scanned text's offsets to the stream's, or back). */
function moved(h: RawHit, by: number): RawHit {
  return { ...h, start: h.start + by, end: h.end + by };
}

/** Whether a [start, end) pair of `reach` (offsets from `base`) meets (lo, hi]. */
function reaches(reach: readonly number[], base: number, lo: number, hi: number): boolean {
  for (let i = 0; i < reach.length; i += 2) if (reach[i]! + base <= hi && reach[i + 1]! + base >= lo) return true;
  return false;
}
