import type { JudgedFinding } from "../policy/decide.ts";

/** The stable JSON shape of one finding (documented in README.md, "JSON output"). */
export function findingToJson(f: JudgedFinding) {
  return {
    detector: f.detector,
    rule: f.ruleId,
    description: f.description,
    severity: f.severity,
    confidence: f.confidence,
    action: f.action,
    example: f.example,
    redacted: f.redacted,
    line: f.line,
    column: f.column,
    start: f.start,
    end: f.end,
    byte_start: f.byteStart,
    byte_end: f.byteEnd,
    decode_path: f.decodePath,
    fingerprint: f.fingerprint,
    tags: f.tags,
    notes: f.notes ?? [],
  };
}
