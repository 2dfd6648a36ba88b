// `check`'s engine: what `toolkit run` would decide on this payload as outbound traffic, under
// the same config. Small payloads are judged whole (their shape picks the detectors); large
// ones are streamed through the secrets detector in overlapping chunks.
import type { Config, RequestPolicy } from "../config/types.ts";
import type { Detector, Finding, Verdict } from "../detect/index.ts";
import { judge, type Judgement } from "../policy/decide.ts";
import { decodeInput, type PayloadInput } from "./input.ts";
import { scanByShape, type CheckKind, type ShapeResult } from "./shape.ts";

export interface CheckContext {
  config: Config;
  detector: Detector;
}

export interface CheckResult {
  source: string;
  /** What was run, e.g. "secrets", "tool", "tools/call arguments: secrets+injection". */
  kind: string;
  binary: boolean;
  bytes: number;
  judgement: Judgement;
  tools?: ShapeResult["tools"];
  injectionScore?: number;
}

/** Payloads up to this size are held whole (shape detection, JSON); larger ones are streamed. */
export const WHOLE_LIMIT_CHARS = 8 * 1024 * 1024;

export async function analyzeInput(input: PayloadInput, kind: CheckKind | undefined, ctx: CheckContext): Promise<CheckResult> {
  const decoded = decodeInput(input);
  const it = decoded.chunks[Symbol.asyncIterator]();
  let head = "";
  let done = false;
  while (head.length <= WHOLE_LIMIT_CHARS) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head += r.value;
  }
  if (done) {
    const result = await analyzeText(head, kind, ctx);
    return { ...result, source: input.name, binary: decoded.binary, bytes: decoded.totalBytes };
  }
  if (kind !== undefined && kind !== "secrets") {
    throw new (await import("../cli/errors.ts")).UsageError(`--kind ${kind}: input is larger than ${WHOLE_LIMIT_CHARS / 1024 / 1024} MiB; only --kind secrets streams`);
  }
  // Large input: stream it through the secrets detector.
  const budgetMs = ctx.config.detect.budgetMs;
  const stream = ctx.detector.stream({ budgetMs });
  const findings: Finding[] = [];
  let error: string | undefined;
  const take = (v: Verdict) => {
    findings.push(...v.findings);
    if (v.status === "error") error ??= v.error;
  };
  take(stream.push(head));
  let chunks = 0;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    take(stream.push(r.value));
    // Chunks become garbage at once; collecting every 32 MiB keeps memory flat on 200 MB inputs.
    if (++chunks % 32 === 0) Bun.gc(false);
  }
  take(stream.end());
  const verdict = { status: error ? "error" : findings.length ? "findings" : "clean", findings, error } as const;
  return {
    source: input.name,
    kind: "secrets (streamed)",
    binary: decoded.binary,
    bytes: decoded.totalBytes,
    judgement: judge(verdict, ctx.config.defaults.request, ctx.config.mode),
  };
}

export async function analyzeText(text: string, kind: CheckKind | undefined, ctx: CheckContext): Promise<Omit<CheckResult, "source" | "binary" | "bytes">> {
  const shape = await scanByShape(text, kind, ctx);
  return {
    kind: shape.kind,
    judgement: judge(shape.verdict, policyFor(shape.inbound, ctx.config), ctx.config.mode),
    tools: shape.tools,
    injectionScore: shape.injectionScore,
  };
}

/** Content the agent will read is judged by the response policy's injection action. */
function policyFor(inbound: boolean, config: Config): RequestPolicy {
  const req = config.defaults.request;
  if (!inbound) return req;
  return { ...req, detectors: { ...req.detectors, injection: config.defaults.response.injectionAction } };
}
