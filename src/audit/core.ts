// The one adapter between audit and the shared core: config loading, the engine (compiled
// detector suite + routes), and the judgement API in the repository direction (published examples
// are info, detectors a config turns off stay off, anything that could not finish is an error).
import { createHash } from "node:crypto";
import { fingerprintKeyPath, loadFingerprintKey } from "../config/fingerprint-key.ts";
import { configFromText, loadConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { parseSize } from "../config/validate.ts";
import { looksBinary, redact, type Finding } from "../detect/index.ts";
import { isGenericPlaceholder } from "../detect/placeholder.ts";
import { findTools } from "../detect/tool/index.ts";
import { buildEngine, type Engine } from "../policy/engine.ts";
import { judgeChunks, judgePayload, type PayloadJudgement } from "../policy/judge.ts";
import type { ResolvedPolicy } from "../policy/route.ts";
import type { AuditFinding, Category, Severity } from "./types.ts";

export type { Config, Finding };
export { looksBinary, findTools, redact, isGenericPlaceholder, parseSize };

export interface Core {
  engine: Engine;
  /** Files are judged by the defaults (no route applies to a file). */
  policy: ResolvedPolicy;
}

export async function loadAuditConfig(path: string | undefined): Promise<Config> {
  return loadConfig({ path });
}

/** Parses and validates a config document in memory (used to prove --suggest-config output loads). */
export async function parseConfigText(text: string, source: string): Promise<Config> {
  return configFromText(text, source);
}

/** The per-installation fingerprint key: every worker gets the same one, so fingerprints agree. */
export function fingerprintKeyOf(config: Config): Uint8Array {
  return loadFingerprintKey(fingerprintKeyPath(config.tls.caDir)).key;
}

export async function coreFromConfig(config: Config, env: Record<string, string | undefined>, fingerprintKey: Uint8Array): Promise<Core> {
  const engine = await buildEngine(config, { env, fingerprintKey });
  await engine.suite.preload();
  // Outbound-only detectors stay off on files, as in git-scan: look-alike letters are ordinary in
  // translated text, and wallet addresses are public (DESIGN.md).
  const d = engine.routes.defaults;
  return { engine, policy: { ...d, request: { ...d.request, detectors: { ...d.request.detectors, evasion: "off", wallets: "off" } } } };
}

export function fingerprint(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}

export function fromCore(f: Finding, category: Category, path: string, fix: string): AuditFinding {
  // The judgement already made published examples info (repository direction); belt and braces.
  const severity: Severity = f.example ? "info" : f.severity;
  const out: AuditFinding = {
    category, rule: f.ruleId, severity, title: f.description, path, line: f.line, column: f.column,
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

const result = (j: Pick<PayloadJudgement, "findings" | "error">): CoreResult => (j.error !== undefined ? { findings: j.findings, error: j.error } : { findings: j.findings });

export async function judgeSecrets(core: Core, text: string): Promise<CoreResult> {
  return result(await judgePayload(core.engine, { text, direction: "repository", kind: "secrets" }, core.policy));
}

/** A file too big to hold: streamed through the core's incremental scanner (overlapping chunks). */
export async function judgeSecretChunks(core: Core, chunks: AsyncIterable<Uint8Array>): Promise<CoreResult> {
  return result(await judgeChunks(core.engine, chunks, { direction: "repository", kind: "secrets" }, core.policy));
}

export async function judgeInstructions(core: Core, text: string): Promise<CoreResult> {
  return result(await judgePayload(core.engine, { text, direction: "repository", kind: "injection", contentType: "text/markdown" }, core.policy));
}

export async function judgeTools(core: Core, text: string): Promise<CoreResult> {
  return result(await judgePayload(core.engine, { text, direction: "repository", kind: "tool" }, core.policy));
}

/** Whether a literal value (an MCP env or header value) is a credential, by the core's secrets family. */
export function probeSecret(core: Core, value: string): { severity: Severity; rule: string } | null {
  const budgetMs = core.engine.config.detect.budgetMs;
  const v = core.engine.suite.scanSecrets(value, { deadline: performance.now() + budgetMs, budgetMs });
  const f = v.findings.find((x) => !x.example);
  return f ? { severity: f.severity, rule: f.ruleId } : null;
}
