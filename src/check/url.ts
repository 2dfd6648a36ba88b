import { UsageError } from "../cli/errors.ts";
import type { CheckContext, CheckResult } from "./analyze.ts";
import type { CheckKind } from "./shape.ts";

export function analyzeUrl(_url: string, _kind: CheckKind | undefined, _ctx: CheckContext): CheckResult {
  throw new UsageError("--url: URL checks are not built yet");
}
