// `toolkit check`: thin wiring from flags to src/check and src/report.
import { analyzeInput, analyzeUrl } from "../check/analyze.ts";
import { fileInput, stdinInput, textInput, type PayloadInput } from "../check/input.ts";
import { renderCheck } from "../check/report.ts";
import { EXIT, UsageError } from "../cli/errors.ts";
import { stdinIsTTY, writeStderr, writeStdout } from "../cli/output.ts";
import { loadConfig } from "../config/load.ts";
import { buildEngine } from "../policy/engine.ts";
import { PAYLOAD_KINDS, type PayloadKind } from "../policy/shape.ts";
import { REPORT_FORMATS, type ReportFormat } from "../report/types.ts";

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
  const kind = flags.kind as PayloadKind | undefined;
  if (kind !== undefined && !PAYLOAD_KINDS.includes(kind)) throw new UsageError(`--kind ${flags.kind}: expected one of ${PAYLOAD_KINDS.join(", ")}`);
  if (flags.url !== undefined && kind !== undefined && kind !== "url") throw new UsageError(`--kind ${kind} cannot be combined with --url (a URL gets the URL checks)`);
  const sources = [flags.file, flags.text, flags.url].filter((v) => v !== undefined);
  if (sources.length > 1) throw new UsageError("give one payload: --file, --text or --url (or stdin)");
  // An empty --text is an empty payload; an empty path or URL is a mistake.
  for (const [name, v] of [["--file", flags.file], ["--url", flags.url], ["--config", flags.config]] as const) {
    if (v !== undefined && (typeof v !== "string" || v === "")) throw new UsageError(`${name} needs a value`);
  }
  if (flags.url !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(flags.url.trim())) throw new UsageError(`--url ${JSON.stringify(flags.url.slice(0, 80))}: not a URL (expected scheme://host/…)`);
  const config = await loadConfig({ path: flags.config });
  const engine = await buildEngine(config);

  let result;
  if (flags.url !== undefined) {
    result = await analyzeUrl(flags.url, engine);
  } else {
    const input: PayloadInput = flags.file !== undefined ? fileInput(flags.file) : flags.text !== undefined ? textInput(flags.text) : stdinInput();
    if (input.name === "stdin" && stdinIsTTY()) await writeStderr("toolkit: reading the payload from stdin (end with Ctrl-D)\n");
    result = await analyzeInput(input, kind, engine);
  }
  const code = result.judgement.decision === "block" ? EXIT.findings : EXIT.clean;
  // Set before writing: a reader that goes away mid-write ends the process with this code.
  process.exitCode = code;
  await writeStdout(renderCheck(result, format));
  if (result.binary && format !== "text") await writeStderr("toolkit: binary input: printable strings scanned\n");
  return code;
}
