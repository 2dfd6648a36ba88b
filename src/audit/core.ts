// The one adapter between audit and the shared core (config, detectors, policy). Everything audit
// needs from src/config, src/detect and src/check goes through here, so the switch to the core's
// judgement API (issue 23) touches this file only.
import { createHash } from "node:crypto";
import { looksBinary } from "../check/input.ts";
import type { Config } from "../config/types.ts";
import { buildDetector } from "../config/detector.ts";
import { configFromText, loadConfig } from "../config/load.ts";
import { parseSize } from "../config/validate.ts";
import type { Detector, Finding, Verdict } from "../detect/index.ts";
import { scanInjection } from "../detect/injection/index.ts";
import { isGenericPlaceholder } from "../detect/placeholder.ts";
import { redact } from "../detect/redact.ts";
import { findTools, scanToolPayload } from "../detect/tool/index.ts";
import type { AuditFinding, Category, Severity } from "./types.ts";

export type { Config, Detector, Finding };
export { looksBinary, findTools, redact, isGenericPlaceholder, parseSize };

export interface Core {
  config: Config;
  detector: Detector;
  budgetMs: number;
}

export async function loadAuditConfig(path: string | undefined): Promise<Config> {
  return loadConfig({ path });
}

/** Parses and validates a config document in memory (used to prove --suggest-config output loads). */
export async function parseConfigText(text: string, source: string): Promise<Config> {
  return configFromText(text, source);
}

export async function coreFromConfig(config: Config, env: Record<string, string | undefined>): Promise<Core> {
  return { config, detector: await buildDetector(config, env), budgetMs: config.detect.budgetMs };
}

/**
 * Repository policy (DESIGN.md): a provider's published example is info (docs are full of them);
 * real credentials keep the core's severity. Placeholders never reach here (the core drops them).
 */
export function repositorySeverity(f: Finding): Severity {
  return f.example ? "info" : f.severity;
}

export function fingerprint(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}

export function fromCore(f: Finding, category: Category, path: string, fix: string): AuditFinding {
  const out: AuditFinding = {
    category, rule: f.ruleId, severity: repositorySeverity(f), title: f.description, path, line: f.line, column: f.column,
    evidence: f.redacted, fix: f.example ? "published documentation example: nothing to rotate; keep real keys out of docs" : fix,
    fingerprint: fingerprint(f.ruleId, path, f.fingerprint),
  };
  if (f.example) out.example = true;
  const notes = [...(f.notes ?? []), ...(f.decodePath.length > 0 ? [`via ${f.decodePath.join(" → ")}`] : [])];
  if (notes.length > 0) out.notes = notes;
  return out;
}

export interface CoreResult {
  findings: Finding[];
  /** Set when the core could not decide (budget overrun, internal error): fail closed. */
  error?: string;
}

function fromVerdict(v: Verdict): CoreResult {
  return v.status === "error" ? { findings: v.findings, error: v.error ?? "scan error" } : { findings: v.findings };
}

export function scanSecrets(core: Core, text: string): CoreResult {
  return fromVerdict(core.detector.scan(text, { budgetMs: core.budgetMs }));
}

export interface SecretStream {
  push(chunk: string): void;
  end(): CoreResult;
}

/** The core's incremental scanner (overlapping chunks: a secret split across two is found once). */
export function streamSecrets(core: Core): SecretStream {
  const s = core.detector.stream({ budgetMs: core.budgetMs });
  const findings: Finding[] = [];
  let error: string | undefined;
  const take = (v: Verdict) => {
    findings.push(...v.findings);
    if (v.status === "error") error ??= v.error ?? "scan error";
  };
  return {
    push: (chunk) => take(s.push(chunk)),
    end: () => {
      take(s.end());
      return error === undefined ? { findings } : { findings, error };
    },
  };
}

export function scanInstructions(core: Core, text: string): CoreResult {
  const r = scanInjection(text, { budgetMs: core.budgetMs, contentType: "text/markdown" });
  return r.error !== undefined ? { findings: r.findings, error: r.error } : { findings: r.findings };
}

/** Tool definitions: an `error` on the result (the lead is adding one) is a failed check, never clean. */
export function scanTools(payload: unknown, text: string): CoreResult & { tools: number } {
  const r = scanToolPayload(payload, text) as ReturnType<typeof scanToolPayload> & { error?: string };
  const out: CoreResult & { tools: number } = { findings: r.findings, tools: r.tools.length };
  if (typeof r.error === "string") out.error = r.error;
  return out;
}
