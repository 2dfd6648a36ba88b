// `toolkit check`: thin wiring from flags to src/check and src/report.
import { analyzeInput, type CheckContext } from "../check/analyze.ts";
import { fileInput, stdinInput, textInput, type PayloadInput } from "../check/input.ts";
import { CHECK_KINDS, type CheckKind } from "../check/shape.ts";
import { EXIT, UsageError } from "../cli/errors.ts";
import { buildDetector } from "../config/detector.ts";
import { loadConfig } from "../config/load.ts";
import { REPORT_FORMATS, renderCheck, type ReportFormat } from "../report/check-report.ts";

export interface CheckFlags {
  kind?: string;
  file?: string;
  text?: string;
  url?: string;
  format?: string;
  config?: string;
}

export async function runCheck(flags: CheckFlags): Promise<number> {
  const format = (flags.format ?? "text") as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format ${flags.format}: expected one of ${REPORT_FORMATS.join(", ")}`);
  const kind = flags.kind as CheckKind | undefined;
  if (kind !== undefined && !CHECK_KINDS.includes(kind)) throw new UsageError(`--kind ${flags.kind}: expected one of ${CHECK_KINDS.join(", ")}`);
  const sources = [flags.file, flags.text, flags.url].filter((v) => v !== undefined);
  if (sources.length > 1) throw new UsageError("give one payload: --file, --text or --url (or stdin)");
  for (const [name, v] of [["--file", flags.file], ["--text", flags.text], ["--url", flags.url], ["--config", flags.config]] as const) {
    if (v !== undefined && (typeof v !== "string" || v === "")) throw new UsageError(`${name} needs a value`);
  }
  const config = await loadConfig({ path: flags.config });
  const ctx: CheckContext = { config, detector: await buildDetector(config) };

  let result;
  if (flags.url !== undefined) {
    const { analyzeUrl } = await import("../check/url.ts");
    result = await analyzeUrl(flags.url, kind, ctx);
  } else {
    const input: PayloadInput = flags.file !== undefined ? fileInput(flags.file) : flags.text !== undefined ? textInput(flags.text) : stdinInput();
    if (input.name === "stdin" && process.stdin.isTTY) process.stderr.write("toolkit: reading the payload from stdin (end with Ctrl-D)\n");
    result = await analyzeInput(input, kind, ctx);
  }
  process.stdout.write(renderCheck(result, format));
  if (result.binary && format !== "text") process.stderr.write("toolkit: binary input: printable strings scanned\n");
  return result.judgement.decision === "block" ? EXIT.findings : EXIT.clean;
}
