// Raw matches → Findings: dedupe (one secret seen raw and through a decoder is one finding),
// positions (line, column, byte offsets), redaction and fingerprint. The secret stops here.
import { createHash } from "node:crypto";
import { redact } from "./redact.ts";
import type { Confidence, DecodeStep, DetectorName, Finding, Severity } from "./types.ts";

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
  path: DecodeStep[];
  notes?: string[];
}

/** Where `text` sits in the whole input: its global offset, and line/column/byte of its start. */
export interface TextOrigin {
  base: number;
  line: number;
  column: number;
  byte: number;
}

export function fingerprint(ruleId: string, secret: string): string {
  return createHash("sha256").update(`${ruleId}\0${secret}`).digest("hex").slice(0, 16);
}

export function dedupeHits(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => a.path.length - b.path.length || a.start - b.start);
  const kept: RawHit[] = [];
  const byKey = new Map<string, RawHit[]>();
  for (const h of sorted) {
    // Same rule over overlapping spans is one finding, whatever form the secret had there.
    const key = h.ruleId;
    const same = byKey.get(key) ?? [];
    if (same.some((k) => k.start < h.end && h.start < k.end) || same.some((k) => k.start === h.start && k.end === h.end)) continue;
    same.push(h);
    byKey.set(key, same);
    kept.push(h);
  }
  // A generic or entropy rule matching a value a provider rule already named adds nothing.
  const specific = kept.filter((h) => !GENERIC.has(h.ruleId));
  return kept
    .filter((h) => !GENERIC.has(h.ruleId) || !specific.some((s) => s.start < h.end && h.start < s.end && (h.secret.includes(s.secret) || s.secret.includes(h.secret))))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const GENERIC = new Set(["generic-secret-assignment", "generic-high-entropy", "ethereum-private-key", "cohere-api-key"]);

export function finalizeFindings(text: string, hits: RawHit[], origin: TextOrigin): Finding[] {
  const unique = dedupeHits(hits);
  const out: Finding[] = [];
  let pos = 0;
  let line = origin.line;
  let column = origin.column;
  let byte = origin.byte;
  for (const h of unique) {
    // Advance the position counters from `pos` to h.start (hits are sorted by start).
    if (h.start > pos) {
      const seg = text.slice(pos, h.start);
      const lastNl = seg.lastIndexOf("\n");
      if (lastNl >= 0) {
        let n = 0;
        for (let i = 0; i < seg.length; i++) if (seg.charCodeAt(i) === 10) n++;
        line += n;
        column = seg.length - lastNl;
      } else column += seg.length;
      byte += Buffer.byteLength(seg, "utf8");
      pos = h.start;
    }
    const byteLen = Buffer.byteLength(text.slice(h.start, h.end), "utf8");
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
      fingerprint: fingerprint(h.ruleId, h.secret),
      tags: [...h.tags],
    };
    if (h.notes && h.notes.length > 0) f.notes = [...new Set(h.notes)];
    out.push(f);
  }
  return out;
}
