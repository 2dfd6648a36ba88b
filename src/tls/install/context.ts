// The real-world TrustContext: environment overrides for sandboxes, PATH lookup, process spawning.
import { existsSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import type { Platform, RunResult, TrustContext } from "./types.ts";

const PLATFORMS: readonly Platform[] = ["debian", "rhel", "arch", "macos", "none"];

export interface ContextOptions {
  dryRun?: boolean;
  env?: Record<string, string | undefined>;
  out?: (line: string) => void;
}

/**
 * TOOLKIT_TRUST_ROOT: prefix for all system trust-store paths (tests point it at a temp dir, so the
 *   machine never trusts a test CA). TOOLKIT_TRUST_PLATFORM: debian | rhel | arch | macos | none,
 *   instead of detecting. HOME: where browser NSS databases are looked for. PATH: where tools are found.
 */
export function makeTrustContext(opts: ContextOptions = {}): TrustContext {
  const env = opts.env ?? process.env;
  const rootVar = env.TOOLKIT_TRUST_ROOT;
  let root = "/";
  if (rootVar !== undefined && rootVar !== "") {
    if (!isAbsolute(rootVar)) throw new UsageError(`TOOLKIT_TRUST_ROOT must be an absolute path, got '${rootVar}'`);
    if (!existsSync(rootVar) || !statSync(rootVar).isDirectory()) throw new UsageError(`TOOLKIT_TRUST_ROOT=${rootVar} is not a directory`);
    root = resolve(rootVar);
  }
  const path = toolPath(env);
  const which = (cmd: string): string | undefined => Bun.which(cmd, { PATH: path }) ?? undefined;
  const forced = env.TOOLKIT_TRUST_PLATFORM;
  if (forced && !PLATFORMS.includes(forced as Platform)) {
    throw new UsageError(`TOOLKIT_TRUST_PLATFORM must be one of ${PLATFORMS.join(", ")}, got '${forced}'`);
  }
  const platform = (forced as Platform | undefined) || detectPlatform(root, which);
  return {
    root,
    home: env.HOME || homedir(),
    platform,
    isRoot: process.getuid?.() === 0,
    dryRun: opts.dryRun ?? false,
    which,
    run: (argv) => runTool(argv, env),
    out: opts.out ?? ((line) => process.stdout.write(`${line}\n`)),
  };
}

/** PATH plus the sbin directories: update-ca-certificates lives in /usr/sbin, which a normal user's PATH lacks. */
export function toolPath(env: Record<string, string | undefined>): string {
  return [env.PATH ?? "", "/usr/local/sbin", "/usr/sbin", "/sbin"].filter(Boolean).join(":");
}

export function detectPlatform(root: string, which: (cmd: string) => string | undefined): Platform {
  if (process.platform === "darwin") return which("security") ? "macos" : "none";
  if (process.platform !== "linux") return "none";
  if (which("update-ca-certificates")) return "debian";
  if (which("update-ca-trust") && existsSync(resolve(root, "etc/pki/ca-trust/source/anchors"))) return "rhel";
  if (which("trust")) return "arch";
  return "none";
}

export async function runTool(argv: string[], env: Record<string, string | undefined> = process.env): Promise<RunResult> {
  const [cmd] = argv;
  if (!cmd) throw new Error("runTool: empty argv");
  const exe = Bun.which(cmd, { PATH: toolPath(env) });
  if (!exe) throw new UsageError(`'${cmd}' not found on PATH`);
  const proc = Bun.spawn([exe, ...argv.slice(1)], { stdin: "ignore", stdout: "pipe", stderr: "pipe", env: env as Record<string, string> });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr };
}

/** A command line as a person would type it (for reports and dry runs). */
export function showArgv(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(" ");
}

/** The last non-empty line of a tool's output, for one-line error messages. */
export function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "";
}
