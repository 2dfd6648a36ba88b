// Raw matches → Findings: dedupe (one secret seen raw and through a decoder is one finding),
// positions (line, column, byte offsets), redaction and fingerprint. The secret stops here.
import { hmacSha256Hex, randomBytes } from "./digest.ts";
import { advance, type Position, utf8Length } from "./position.ts";
import { redact } from "./redact.ts";
import type { Confidence, DecodeStep, DetectorName, Finding, Severity } from "./types.ts";
import { lowerBound } from "./sorted.ts";

export interface RawHit {
  ruleId: string;
  detector: DetectorName;
  description: string;
  severity: Severity;
  confidence: Confidence;
  tags: readonly string[];
  secret: string;
  /** Offsets into the text the hit is reported against. */
  start: number;
  end: number;
  example: boolean;
  malformed?: boolean;
  path: DecodeStep[];
  notes?: string[];
}

/** Where `text` sits in the whole input: its global offset, and line/column/byte of its start. */
export interface TextOrigin {
  base: number;
  line: number;
  column: number;
  byte: number;
  /** Fingerprint key (see `fingerprint`); without one, a key that lives as long as the process. */
  key?: Uint8Array;
  /** The text was decoded one byte per character (binary input): byte offsets equal char offsets. */
  latin1?: boolean;
}

/**
 * Used when the caller gives no key: fingerprints are then stable within one process only. Made
 * on first use (the first random bytes cost a few ms, and most callers give a key).
 */
let processKey: Uint8Array | undefined;

/**
 * Stable identity of a secret for baselines and dedupe: HMAC-SHA-256(key, rule id + secret), 128
 * bits in hex. Keyed, so a fingerprint shown beside a redacted prefix cannot be brute-forced back
 * into a low-entropy secret (an SSN, a weak password) by anyone without the key.
 */
export function fingerprint(ruleId: string, secret: string, key?: Uint8Array): string {
  return hmacSha256Hex(key ?? (processKey ??= randomBytes(32)), `${ruleId}\0${secret}`).slice(0, 32);
}

/** Sorted, non-overlapping intervals; `add` refuses one that overlaps what is there. */
class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  /** Index of the first interval starting at or after `start`. */
  private lower(start: number): number {
    return lowerBound(this.starts, start);
  }

  overlaps(start: number, end: number): boolean {
    const i = this.lower(start);
    if (i > 0 && this.ends[i - 1]! > start) return true;
    if (i < this.starts.length && (this.starts[i]! < end || this.starts[i] === start)) return true;
    return false;
  }

  /** Adds a span, merging it with the spans it overlaps. */
  addMerged(start: number, end: number): void {
    let s0 = start;
    let e0 = end;
    let i = this.lower(start);
    if (i > 0 && this.ends[i - 1]! > start) i--;
    let j = i;
    while (j < this.starts.length && this.starts[j]! < e0) {
      s0 = Math.min(s0, this.starts[j]!);
      e0 = Math.max(e0, this.ends[j]!);
      j++;
    }
    this.starts.splice(i, j - i, s0);
    this.ends.splice(i, j - i, e0);
  }

  add(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    const i = this.lower(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
    return true;
  }
}

/**
 * One finding per rule per place: the same rule over overlapping spans (a secret seen raw and
 * again through a decoder) keeps the shallowest decode path.
 */
export function dedupeHits(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => a.path.length - b.path.length || a.start - b.start);
  const kept: RawHit[] = [];
  const byRule = new Map<string, IntervalSet>();
  for (const h of sorted) {
    let set = byRule.get(h.ruleId);
    if (!set) byRule.set(h.ruleId, (set = new IntervalSet()));
    if (set.add(h.start, Math.max(h.end, h.start + 1))) kept.push(h);
  }
  // Where rules overlap, the most specific one speaks: a provider rule over a context rule over
  // a generic assignment over the entropy guess. Same-rank hits on one span all stay.
  const out: RawHit[] = [];
  const blocked = new IntervalSet();
  const byRank = new Map<number, RawHit[]>();
  for (const h of kept) byRank.set(rank(h.ruleId), [...(byRank.get(rank(h.ruleId)) ?? []), h]);
  for (const r of [...byRank.keys()].sort((a, b) => a - b)) {
    const level = byRank.get(r)!.filter((h) => r === 0 || !blocked.overlaps(h.start, Math.max(h.end, h.start + 1)));
    out.push(...level);
    for (const [s0, e0] of union(level)) blocked.addMerged(s0, e0);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** 0: provider and structural rules; higher: rules that guess from context, then from entropy. */
const RANKS: Record<string, number> = {
  "ethereum-private-key": 1, "us-ssn-labelled": 1, "cohere-api-key": 1, "mailgun-private-key": 1,
  "ethereum-private-key-context": 2, "password-in-text": 2, "password-directive": 2, "netrc-password": 2, "php-define-secret": 2, "cli-user-password": 2, "cli-secret-parameter": 2, "generic-secret-assignment": 2, "named-secret-slot": 2, "named-secret-pair": 2, "named-sibling-value": 2, "named-sibling-password": 2, "named-session-slot": 2, "xml-secret-element": 2, "xml-qualified-secret-element": 2,
  "generic-high-entropy": 3,
};

function rank(ruleId: string): number {
  return RANKS[ruleId] ?? (ruleId.endsWith("-malformed") ? 1 : 0);
}

function union(hits: RawHit[]): Array<[number, number]> {
  const spans = hits.map((h) => [h.start, Math.max(h.end, h.start + 1)] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && sp[0] < last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push([sp[0], sp[1]]);
  }
  return out;
}

export function finalizeFindings(text: string, hits: RawHit[], origin: TextOrigin): Finding[] {
  const unique = dedupeHits(hits);
  const out: Finding[] = [];
  let pos = 0;
  const at: Position = { line: origin.line, column: origin.column, byte: origin.byte };
  const latin1 = origin.latin1 === true;
  for (const h of unique) {
    // Advance the position counters from `pos` to h.start (hits are sorted by start).
    if (h.start > pos) {
      advance(text, pos, h.start, at, latin1);
      pos = h.start;
    }
    const { line, column, byte } = at;
    const byteLen = utf8Length(text, h.start, h.end, latin1);
    const f: Finding = {
      detector: h.detector,
      ruleId: h.ruleId,
      description: h.description,
      severity: h.severity,
      confidence: h.confidence,
      redacted: redact(h.secret),
      example: h.example,
      start: origin.base + h.start,
      end: origin.base + h.end,
      byteStart: byte,
      byteEnd: byte + byteLen,
      line,
      column,
      decodePath: h.path,
      fingerprint: fingerprint(h.ruleId, h.secret, origin.key),
      tags: [...h.tags],
    };
    if (h.malformed) f.malformed = true;
    if (h.notes && h.notes.length > 0) f.notes = [...new Set(h.notes)];
    out.push(f);
  }
  return out;
}
