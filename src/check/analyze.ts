// `check`'s engine: what `toolkit run` would decide on this payload as outbound traffic, under
// the same config: a thin caller of the judgement API (src/policy/judge.ts).
import type { Engine } from "../policy/engine.ts";
import { judgeChunks, judgePayload, type PayloadJudgement } from "../policy/judge.ts";
import type { PayloadKind } from "../policy/shape.ts";
import type { PayloadInput } from "./input.ts";

export interface CheckResult {
  source: string;
  /** What was run, e.g. "secrets", "tool definitions", "tools/call: secrets + injection + commands on the arguments". */
  kind: string;
  binary: boolean;
  bytes: number;
  judgement: PayloadJudgement;
}

export async function analyzeInput(input: PayloadInput, kind: PayloadKind | undefined, engine: Engine): Promise<CheckResult> {
  const j = await judgeChunks(engine, input.bytes(), { direction: "outbound", kind }, engine.routes.defaults);
  return { source: input.name, kind: j.kind, binary: j.binary, bytes: j.units, judgement: j };
}

/** `check --url`: the URL checks the proxy runs on every request target. */
export async function analyzeUrl(url: string, engine: Engine): Promise<CheckResult> {
  const j = await judgePayload(engine, { text: url, direction: "outbound", kind: "url" }, engine.routes.defaults);
  return { source: "--url", kind: "url", binary: false, bytes: Buffer.byteLength(url), judgement: j };
}
