// `check --url`: the URL checks the proxy runs on every request target.
import { judge } from "../policy/decide.ts";
import type { CheckContext, CheckResult } from "./analyze.ts";
import { combine, urlPart, type CheckKind } from "./shape.ts";

export async function analyzeUrl(url: string, _kind: CheckKind | undefined, ctx: CheckContext): Promise<CheckResult> {
  const verdict = combine([await urlPart(url, ctx)]);
  return {
    source: "--url",
    kind: "url",
    binary: false,
    bytes: Buffer.byteLength(url),
    judgement: judge(verdict, ctx.config.defaults.request, ctx.config.mode),
  };
}
