// The one judgement call every front end uses: a payload (text, or chunks of text or bytes),
// its direction and content type, and the route's resolved policy → a Judgement. Every detector
// that applies runs under one budget; anything that could not finish makes the judgement an
// error that fails closed. Payloads too large to hold are streamed through every detector that
// can stream; the checks that cannot (tool definitions, JSON-RPC) fail closed instead of being
// silently skipped.
import { edenGC, fullGC } from "bun:jsc";
import type { RequestPolicy } from "../config/types.ts";
import { combineVerdicts, errorVerdict, ByteText, type Finding, type ToolSummary, type Verdict } from "../detect/index.ts";
import type { DetectorName } from "../detect/types.ts";
import { judge, type Direction, type Judgement } from "./decide.ts";
import type { Engine } from "./engine.ts";
import type { ResolvedPolicy } from "./route.ts";
import { mayNeedWholeJson, scanByShape, type PayloadKind } from "./shape.ts";

export interface Payload {
  text: string;
  direction: Direction;
  contentType?: string;
  /** Detectors to run; default: by the payload's shape. */
  kind?: PayloadKind;
}

export interface PayloadJudgement extends Judgement {
  /** What ran, for people ("secrets", "tool definitions", "url" …). */
  kind: string;
  tools?: ToolSummary[];
  injectionScore?: number;
  /** Size judged, in UTF-16 units. */
  scanned: number;
}

export interface JudgeOptions {
  /** Budget for the whole call (default: detect.budget_ms). */
  budgetMs?: number;
}

/** The request-side actions that apply: content the agent reads is judged by the response's injection action. */
export function actionsFor(policy: ResolvedPolicy, inbound: boolean): RequestPolicy {
  const req = policy.request;
  if (!inbound) return req;
  return { ...req, detectors: { ...req.detectors, injection: policy.response.injectionAction } };
}

export async function judgePayload(engine: Engine, payload: Payload, policy: ResolvedPolicy, opts: JudgeOptions = {}): Promise<PayloadJudgement> {
  const budgetMs = opts.budgetMs ?? engine.config.detect.budgetMs;
  const budget = { deadline: performance.now() + budgetMs, budgetMs };
  let shape;
  try {
    shape = await scanByShape(payload.text, payload.kind, engine.suite, budget, payload.contentType, payload.direction === "inbound");
  } catch (err) {
    // A detector that throws (a bug, a stack overflow on pathological input) is a failed scan: fail closed.
    shape = { kind: "scan failed", inbound: payload.direction === "inbound", verdict: errorVerdict(`internal error while scanning: ${errText(err)}`, payload.text.length) };
  }
  const inbound = shape.inbound || payload.direction === "inbound";
  const j = judge(shape.verdict, actionsFor(policy, inbound), engine.config.mode, payload.direction);
  const out: PayloadJudgement = { ...j, kind: shape.kind, scanned: payload.text.length };
  if (shape.tools) out.tools = shape.tools;
  if (shape.injectionScore !== undefined) out.injectionScore = shape.injectionScore;
  return out;
}

/** Payloads up to this size are held whole (shape detection, JSON); larger ones are streamed. */
export const WHOLE_LIMIT_CHARS = 8 * 1024 * 1024;

export interface ChunksJudgement extends PayloadJudgement {
  /** Bytes read (byte input) or characters (text input). */
  units: number;
  /** True when byte input was binary (decoded one byte per character). */
  binary: boolean;
  streamed: boolean;
}

/**
 * A payload that arrives in chunks (stdin, a file, a body). Up to WHOLE_LIMIT_CHARS it is judged
 * whole, as judgePayload; beyond, it is streamed: secrets (and injection where the kind or the
 * direction asks for it) with the overlap rule and one budget for the stream.
 */
export async function judgeChunks(engine: Engine, chunks: AsyncIterable<string | Uint8Array>, meta: Omit<Payload, "text">, policy: ResolvedPolicy, opts: JudgeOptions & { msPerMiB?: number } = {}): Promise<ChunksJudgement> {
  const it = chunks[Symbol.asyncIterator]();
  // The head as decoded, piece by piece: joined only when it is judged whole, so a streamed
  // payload's first 8 MiB are not copied into one block before being scanned a MiB at a time.
  let head: string[] = [];
  let headChars = 0;
  let units = 0;
  const bytes = new ByteText();
  let done = false;
  const decode = (c: string | Uint8Array): string => (typeof c === "string" ? c : bytes.decode(c));
  while (headChars <= WHOLE_LIMIT_CHARS) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    units += r.value.length;
    const text = decode(r.value);
    head.push(text);
    headChars += text.length;
  }
  if (done) {
    head.push(bytes.end());
    const j = await judgePayload(engine, { ...meta, text: head.join("") }, policy, opts);
    return { ...j, units, binary: bytes.binary, streamed: false };
  }

  const kind = meta.kind;
  const inbound = meta.direction === "inbound" || kind === "injection";
  if (kind === "tool" || kind === "url" || (kind === undefined && mayNeedWholeJson(head.join("")))) {
    const why = `payload larger than ${WHOLE_LIMIT_CHARS / 1024 / 1024} MiB cannot be judged as ${kind === "url" ? "a URL" : "JSON-RPC or tool definitions"} (they need the whole document): too large to judge`;
    const j = judge(errorVerdict(why, headChars), actionsFor(policy, inbound), engine.config.mode, meta.direction);
    return { ...j, kind: `${kind ?? "JSON"} (too large)`, scanned: headChars, units: await drain(it, units), binary: bytes.binary, streamed: true };
  }
  const detectors = new Set<DetectorName>();
  if (!inbound || kind === "all") for (const d of engine.suite.secrets.enabled) detectors.add(d);
  if (inbound || kind === "all") detectors.add("injection");
  const stream = await engine.suite.stream({ detectors, budgetMs: opts.budgetMs ?? engine.config.detect.budgetMs, msPerMiB: opts.msPerMiB, contentType: meta.contentType });
  const findings: Finding[] = [];
  let error: string | undefined;
  const take = (v: Verdict) => {
    findings.push(...v.findings);
    if (v.status === "error") error ??= v.error;
  };
  // Each scanned MiB leaves several MiB of garbage (the scan buffer, decoded layers) that the
  // collector, left alone, lets pile up: a full collection every 12 MiB of input and a light one
  // every 2 MiB keep memory flat whatever the chunk size (64 KiB from a pipe, 512 KiB from a file;
  // counting chunks let a file on stdin reach 220 MiB RSS between collections). Every 8 MiB held
  // the same peak (147-150 MB on 58 MB of real code, 178 MB on four times it) with half again as
  // many full collections, the costly call here (~13 ms each at idle); every 16 MiB let the peak
  // rise (157 MB; 181 MB on four times it).
  // The full one is bun:jsc's fullGC, not Bun.gc(true): that one also hands the allocators' free
  // pages back to the system, and every MiB decoded or scanned after it faulted them in again
  // (~10k more page faults over 55 MB, a sixth of the process's CPU on real code).
  // The light one is bun:jsc's edenGC, not Bun.gc(false): that returns at once, leaving the young
  // garbage to a collection some time later, and the allocator hands memory back to the system
  // once it has lain free ~0.1 s (measured), so what the next MiBs needed came fresh again.
  // Collected as the scan goes, it is reused by the MiBs that follow (~4,500 fewer faults per 58 MB).
  let sinceFull = 0;
  let sinceLight = 0;
  const collect = (n: number) => {
    sinceFull += n;
    sinceLight += n;
    if (sinceFull >= 12 * 1024 * 1024) {
      fullGC();
      sinceFull = 0;
      sinceLight = 0;
    } else if (sinceLight >= 2 * 1024 * 1024) {
      edenGC();
      sinceLight = 0;
    }
  };
  // The head was decoded here already: hand the stream text, not bytes, so nothing is decoded
  // twice; at most a MiB at a time, so its garbage is collected as the rest's is.
  for (let k = 0; k < head.length; k++) {
    const piece = head[k]!;
    head[k] = ""; // scanned pieces are not held to the end of the stream
    for (let i = 0; i < piece.length; i += 1024 * 1024) {
      take(stream.push(piece.slice(i, i + 1024 * 1024)));
      collect(Math.min(1024 * 1024, piece.length - i));
    }
  }
  head = [];
  for (let r = await it.next(); !r.done; r = await it.next()) {
    units += r.value.length;
    take(stream.push(decode(r.value)));
    collect(r.value.length);
  }
  take(stream.push(bytes.end()));
  take(stream.end());
  const verdict = combineVerdicts([{ status: error ? "error" : findings.length ? "findings" : "clean", findings, error, scanned: 0, elapsedMs: 0 }]);
  const names = [...detectors].includes("injection") ? (detectors.size > 1 ? "secrets + injection" : "injection") : "secrets";
  const j = judge(verdict, actionsFor(policy, inbound), engine.config.mode, meta.direction);
  return { ...j, kind: `${names} (streamed)`, scanned: units, units, binary: bytes.binary, streamed: true };
}

async function drain(it: AsyncIterator<string | Uint8Array>, units: number): Promise<number> {
  for (let r = await it.next(); !r.done; r = await it.next()) units += r.value.length;
  return units;
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message.split("\n")[0]! : String(err);
}
