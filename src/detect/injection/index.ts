// Prompt-injection detection for text an agent will read (web pages, API responses, tool results).
import { dedupeHits, finalizeFindings } from "../finalize.ts";
import type { Finding, Severity } from "../types.ts";
import { collectInjection, type InjectionHit } from "./scan.ts";
import { combineWeights, severityOf } from "./score.ts";

export { stripInjection } from "./strip.ts";
export { collectInjection } from "./scan.ts";
export { INJECTION_PATTERNS } from "./scan.ts";

export interface InjectionResult {
  findings: Finding[];
  /** Document score in [0,1]: the findings' weights combined. */
  score: number;
  /** Severity of the document (from the score); null when nothing was found. */
  severity: Severity | null;
  /** Set when the scan ran out of budget: fail closed. */
  error?: string;
}

export interface InjectionOptions {
  /** Content-Type of the payload (text/html turns on hidden-element analysis; JSON on JSON-aware quoting). */
  contentType?: string;
  /** Wall-clock budget; an overrun yields `error` (the proxy blocks on it). Default 2000 ms. */
  budgetMs?: number;
  /** performance.now() value after which the scan fails closed (one budget across detectors). */
  deadline?: number;
  /** Key of the findings' fingerprints (finalize.ts). */
  fingerprintKey?: Uint8Array;
}

/** Scans one document for prompt injection. */
export function scanInjection(text: string, opts: InjectionOptions = {}): InjectionResult {
  const { hits, error } = collectInjection(text, opts);
  const kept = dedupeHits(hits) as InjectionHit[];
  const findings = finalizeFindings(text, kept, { base: 0, line: 1, column: 1, byte: 0, key: opts.fingerprintKey });
  const score = combineWeights(kept.map((h) => h.weight));
  const result: InjectionResult = { findings, score, severity: kept.length > 0 ? severityOf(score) : null };
  if (error !== undefined) result.error = error;
  return result;
}
