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
/** Largest piece of input one scan takes (see `take`). */
const SLICE = MIB;

export function createStream(opts: StreamOptions & { overlap: number; key?: Uint8Array }, sources: HitSource[]): StreamScanner {
  const overlap = opts.overlap;
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

  const scanBuffer = (final: boolean): Verdict => {
    const t0 = performance.now();
    const limit = final ? Infinity : bufBase + buf.length - overlap;
    let findings: Finding[] = [];
    if (buf.length > 0 && (final || limit > emitted) && error === undefined) {
      const budgetMs = allowance0 + (msPerMiB * units) / MIB - spent;
      const hits: RawHit[] = [];
      for (const source of sources) {
        const deadline = performance.now() + Math.max(0, budgetMs - (performance.now() - t0));
        const r = source(buf, { deadline, budgetMs: Math.round(allowance0 + (msPerMiB * units) / MIB) });
        hits.push(...r.hits);
        if (r.error !== undefined) {
          error ??= `stream: ${r.error}`;
          break;
        }
      }
      const mine = hits.filter((h) => h.end + bufBase > emitted && h.end + bufBase <= limit);
      findings = finalizeFindings(buf, mine, { base: bufBase, line: at.line, column: at.column, byte: at.byte, key: opts.key, latin1: bytes.binary });
      if (!final) {
        emitted = limit;
        // Keep 2×overlap: the context before the next emit boundary.
        const keepFrom = Math.max(0, buf.length - 2 * overlap);
        advance(buf, 0, keepFrom, at, bytes.binary);
        buf = buf.slice(keepFrom);
        kept = buf.length;
        bufBase += keepFrom;
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
    let seam: Verdict | undefined;
    if (kept > 0) {
      buf += text.slice(0, 2 * overlap);
      seam = scanBuffer(false);
      // The seam scan kept the piece's head as context: the piece itself starts the same.
    }
    buf = text;
    kept = Math.min(kept, text.length);
    scanned += text.length;
    const v = scanBuffer(false);
    return seam === undefined ? v : verdictOf([...seam.findings, ...v.findings], error, scanned, seam.elapsedMs + v.elapsedMs);
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
      const rest = bytes.end();
      if (rest.length > 0) {
        buf += rest;
        scanned += rest.length;
      }
      return scanBuffer(true);
    },
  };
}
