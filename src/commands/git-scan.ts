// `toolkit git-scan`: flags → a scan source (src/git/run.ts) or a hook action (src/git/hook.ts)
// → a report (src/git/report.ts). Exit: 0 clean or info/warn only, 1 blocking findings or a
// scan that could not decide, 2 usage errors (one line).
import { EXIT, UsageError } from "../cli/errors.ts";
import { stdoutIsTTY, writeStderr, writeStdout } from "../cli/output.ts";
import { HOOK_NAMES, installHook, selfCommand, uninstallHook, type HookName } from "../git/hook.ts";
import { decisionOf, GIT_REPORT_FORMATS, renderGitReport, type GitReportFormat } from "../git/report.ts";
// src/git/run.ts (and the detector core under it) is imported once git is already running.
import type { ScanSource } from "../git/run.ts";
import { repoRoot, SHORT_RUN_JIT_POLICY, startLog, startStaged } from "../git/git.ts";

export interface GitScanFlags {
  staged?: boolean;
  stdin?: boolean;
  range?: string;
  since?: string;
  history?: string | boolean;
  allRefs?: boolean;
  prePush?: string;
  installHook?: boolean;
  uninstallHook?: boolean;
  hook?: string;
  baseline?: string;
  addIgnore?: boolean;
  format?: string;
  config?: string;
}

export async function runGitScan(rev: string | undefined, flags: GitScanFlags): Promise<number> {
  const cwd = process.cwd();
  for (const [name, v] of [["--range", flags.range], ["--since", flags.since], ["--baseline", flags.baseline], ["--config", flags.config], ["--hook", flags.hook], ["--pre-push", flags.prePush]] as const) {
    if (v !== undefined && (typeof v !== "string" || v === "")) throw new UsageError(`${name} needs a value`);
  }
  if (flags.installHook || flags.uninstallHook) {
    const hook = (flags.hook ?? "pre-commit") as HookName;
    if (!HOOK_NAMES.includes(hook)) throw new UsageError(`--hook ${flags.hook}: expected one of ${HOOK_NAMES.join(", ")}`);
    if (flags.installHook && flags.uninstallHook) throw new UsageError("give --install-hook or --uninstall-hook, not both");
    if (flags.installHook) {
      const r = installHook(cwd, hook, selfCommand());
      await writeStdout(`${r.updated ? "updated" : "installed"} ${hook} hook: ${r.path}${r.chained ? ` (the hook that was there runs first: ${r.path}.toolkit-prev)` : ""}\nskip it once with: git ${hook === "pre-commit" ? "commit" : "push"} --no-verify\n`);
    } else {
      const r = uninstallHook(cwd, hook);
      await writeStdout(!r.removed ? `no toolkit ${hook} hook at ${r.path}; nothing to do\n` : `removed ${hook} hook: ${r.path}${r.restored ? " (the previous hook is back)" : ""}\n`);
    }
    return EXIT.clean;
  }

  const format = (flags.format ?? "text") as GitReportFormat;
  if (!GIT_REPORT_FORMATS.includes(format)) throw new UsageError(`--format ${flags.format}: expected one of ${GIT_REPORT_FORMATS.join(", ")}`);
  if (rev !== undefined && rev !== "-") throw new UsageError(`unexpected argument '${rev}' (a diff on stdin is '-'; commits: --range A..B or --history ${rev})`);
  const stdin = rev === "-" || flags.stdin === true;
  const history = flags.history !== undefined && flags.history !== false ? (flags.history === true ? true : String(flags.history)) : undefined;
  if (typeof history === "string" && flags.allRefs) throw new UsageError("--all-refs scans every ref: give --history without a range, or a range without --all-refs");
  const logMode = history !== undefined || flags.allRefs === true;
  const chosen = [flags.staged && "--staged", stdin && "-", flags.range !== undefined && "--range", flags.since !== undefined && "--since", logMode && (flags.allRefs ? "--all-refs" : "--history"), flags.prePush !== undefined && "--pre-push"].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`give one of ${chosen.join(", ")}`);
  const staged = chosen.length === 0 || flags.staged === true;
  Bun.unsafe.setJITPolicy(SHORT_RUN_JIT_POLICY); // until the input turns out long (streamText)
  // The hook's path: git works on the staged diff while the detector modules load and compile.
  let started = staged ? startStaged(cwd) : undefined;
  const { logSource, runScan } = await import("../git/run.ts");
  let source: ScanSource;
  if (stdin) source = { kind: "stdin" };
  else if (flags.prePush !== undefined) source = { kind: "pre-push", remote: flags.prePush };
  else if (staged) source = { kind: "staged" };
  else {
    const root = repoRoot(cwd);
    source = logSource({ range: flags.range, since: flags.since, history, allRefs: flags.allRefs }, root);
    // Likewise git log: it runs while the detector is built.
    started = startLog(source.revs, root);
  }

  const { report, added } = await runScan({ source, cwd, configPath: flags.config, baseline: flags.baseline, addIgnore: flags.addIgnore, started });
  const color = () => format === "text" && !process.env.NO_COLOR && stdoutIsTTY();
  await writeStdout(renderGitReport(report, format, color));
  if (added) {
    await writeStderr(`toolkit: recorded ${added.count} finding id${added.count === 1 ? "" : "s"} in ${added.path}; commit that file to share it\n`);
    // Recorded findings no longer block; a scan that could not finish still does.
    return report.failures.length > 0 ? EXIT.findings : EXIT.clean;
  }
  return decisionOf(report) === "block" ? EXIT.findings : EXIT.clean;
}
