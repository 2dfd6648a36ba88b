// `toolkit audit [dir]`: thin wiring from flags to src/audit.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT, UsageError } from "../cli/errors.ts";
import { loadAuditConfig, parseSize } from "../audit/core.ts";
import { AUDIT_FORMATS, renderAudit, type AuditFormat } from "../audit/report.ts";
import { DEFAULT_MAX_FILE_SIZE, runAudit, type AuditResult } from "../audit/run.ts";
import { SEVERITY_RANK, type Severity } from "../audit/types.ts";

export interface AuditFlags {
  format?: string;
  failOn?: string;
  suggestConfig?: string | boolean;
  history?: boolean;
  exclude?: string;
  maxFileSize?: string | number;
  workers?: string | number;
  config?: string;
  progress?: boolean;
}

export async function runAuditCommand(dir: string | undefined, flags: AuditFlags): Promise<number> {
  const format = (flags.format ?? "text") as AuditFormat;
  if (!AUDIT_FORMATS.includes(format)) throw new UsageError(`--format ${flags.format}: expected one of ${AUDIT_FORMATS.join(", ")}`);
  const failOn = (flags.failOn ?? "high") as Severity | "never";
  if (failOn !== "never" && !(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on ${flags.failOn}: expected one of critical, high, medium, low, info, never`);
  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(String(flags.maxFileSize));
  if (maxFileSize === null || maxFileSize <= 0) throw new UsageError(`--max-file-size ${flags.maxFileSize}: expected a size like 64MiB`);
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) throw new UsageError(`--workers ${flags.workers}: expected a whole number from 0 to 64`);
  // The CLI refuses a repeated flag, so several patterns come comma-separated (or from .toolkitignore).
  const exclude = flags.exclude === undefined ? [] : String(flags.exclude).split(",").map((e) => e.trim());
  if (exclude.some((e) => e === "" || e === "true")) throw new UsageError("--exclude needs a pattern (several: --exclude 'a/,*.snap')");
  const root = resolve(dir ?? ".");
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${dir ?? "."}: ${code === "ENOENT" ? "no such directory" : code === "EACCES" ? "permission denied" : `cannot open (${code})`}`);
  }
  if (!isDir) throw new UsageError(`${dir}: not a directory (use 'toolkit check --file ${dir}' for one file)`);
  const suggestTo = typeof flags.suggestConfig === "string" && flags.suggestConfig !== "" ? resolve(flags.suggestConfig) : flags.suggestConfig ? "-" : null;

  const config = await loadAuditConfig(flags.config);
  const history = flags.history ? await (await import("../audit/history.ts")).auditHistory(root, flags.config === undefined ? undefined : resolve(flags.config)) : null;
  const view = flags.progress !== false && process.stderr.isTTY && !process.env.CI ? await (await import("../audit/progress.ts")).startProgress() : null;
  let result: AuditResult;
  try {
    result = await runAudit({ root, config, exclude, maxFileSize, workers, onProgress: view?.update, extraFindings: history?.findings, historyCommits: history?.commits });
  } finally {
    await view?.stop();
  }

  if (suggestTo !== null) {
    const { suggestConfig, writeSuggestedConfig } = await import("../audit/suggest.ts");
    const yaml = await suggestConfig(result);
    if (suggestTo === "-") {
      process.stdout.write(yaml);
      process.stderr.write(`toolkit: audit score ${result.score.score}/100 (${result.score.grade}), ${result.findings.length} findings; suggested config on stdout\n`);
    } else {
      try {
        writeSuggestedConfig(suggestTo, yaml);
      } catch (err) {
        throw new UsageError(`--suggest-config ${flags.suggestConfig}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
      process.stdout.write(renderAudit(result, format));
      process.stderr.write(`toolkit: suggested config written to ${suggestTo}\n`);
    }
  } else {
    process.stdout.write(renderAudit(result, format));
  }
  if (failOn === "never") return EXIT.clean;
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? EXIT.findings : EXIT.clean;
}
