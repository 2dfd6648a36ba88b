// Picks the detectors a payload gets from its shape, as the proxy would: JSON-RPC tools/call →
// secrets + injection on the arguments; a tools/list result or tool definitions → tool checks;
// anything else → secrets. An explicit --kind overrides the shape.
import type { Config } from "../config/types.ts";
import type { Detector, Finding, Verdict } from "../detect/index.ts";

export type CheckKind = "secrets" | "injection" | "url" | "tool" | "all";
export const CHECK_KINDS: readonly CheckKind[] = ["secrets", "injection", "url", "tool", "all"];

export interface ShapeResult {
  kind: string;
  verdict: Pick<Verdict, "status" | "findings" | "error">;
  tools?: Array<{ name: string; hash: string }>;
  injectionScore?: number;
}

interface ShapeContext {
  config: Config;
  detector: Detector;
}

function secretsVerdict(text: string, ctx: ShapeContext): Verdict {
  return ctx.detector.scan(text, { budgetMs: ctx.config.detect.budgetMs });
}

export function combine(kind: string, parts: Array<Pick<Verdict, "status" | "findings" | "error">>): ShapeResult["verdict"] {
  const findings: Finding[] = parts.flatMap((p) => p.findings).sort((a, b) => a.start - b.start);
  const error = parts.find((p) => p.status === "error")?.error;
  return { status: error ? "error" : findings.length ? "findings" : "clean", findings, error };
}

export function scanByShape(text: string, kind: CheckKind | undefined, ctx: ShapeContext): ShapeResult {
  if (kind === undefined || kind === "secrets") return { kind: "secrets", verdict: secretsVerdict(text, ctx) };
  throw new Error(`--kind ${kind} is not available yet`);
}
