// Installs / removes the git hook that runs git-scan. The hooks directory is git's own answer
// (`rev-parse --git-path hooks`: honours core.hooksPath, worktrees, any subdirectory). A hook
// that was there is kept beside ours as `<hook>.toolkit-prev`, run first, and put back on
// uninstall. The hook records the absolute command that installed it and falls back to
// `toolkit` on PATH if that moved; if neither runs, the commit is refused (fail closed).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { gitSync, repoRoot } from "./git.ts";

export type HookName = "pre-commit" | "pre-push";
export const HOOK_NAMES: readonly HookName[] = ["pre-commit", "pre-push"];
export const HOOK_MARK = "# toolkit-git-scan-hook v1";

export interface HookPaths {
  dir: string;
  hook: string;
  prev: string;
}

export function hookPaths(cwd: string, name: HookName): HookPaths {
  repoRoot(cwd); // one clear line outside a repository
  const r = gitSync(["rev-parse", "--git-path", "hooks"], cwd);
  if (r.code !== 0) throw new UsageError(`git: cannot find the hooks directory (${r.stderr.trim().split("\n")[0]})`);
  const dir = resolve(cwd, r.stdout.trim());
  return { dir, hook: join(dir, name), prev: join(dir, `${name}.toolkit-prev`) };
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The hook script. `command` is how to run toolkit: [binary] when compiled, or [bun, script]
 * when installed from source (as the tests do).
 */
export function hookScript(name: HookName, command: readonly string[]): string {
  const [bin = "toolkit", script = ""] = command;
  const scan = name === "pre-commit" ? `run_toolkit git-scan --staged` : `printf '%s\\n' "$input" | run_toolkit git-scan --pre-push "$1"`;
  const prev = name === "pre-commit" ? `"$prev" "$@" || exit $?` : `printf '%s\\n' "$input" | "$prev" "$@" || exit $?`;
  return `#!/bin/sh
${HOOK_MARK} (${name}), written by \`toolkit git-scan --install-hook\`.
# Remove: toolkit git-scan --uninstall-hook${name === "pre-push" ? " --hook pre-push" : ""}   Skip once: git ${name === "pre-commit" ? "commit" : "push"} --no-verify
toolkit_bin=${shq(bin)}
toolkit_script=${shq(script)}
${name === "pre-push" ? "input=$(cat)\n" : ""}prev="\${0%/*}/${name}.toolkit-prev" # no dirname process: this runs on every commit
if [ -x "$prev" ]; then
  ${prev}
fi
run_toolkit() {
  if [ -x "$toolkit_bin" ] && { [ -z "$toolkit_script" ] || [ -f "$toolkit_script" ]; }; then
    if [ -n "$toolkit_script" ]; then "$toolkit_bin" "$toolkit_script" "$@"; else "$toolkit_bin" "$@"; fi
    return $?
  fi
  found=$(command -v toolkit 2>/dev/null)
  if [ -n "$found" ]; then "$found" "$@"; return $?; fi
  echo "toolkit git-scan hook: toolkit is not at $toolkit_bin nor on PATH; reinstall it with: toolkit git-scan --install-hook (or skip once with --no-verify)" >&2
  return 1
}
${scan}
`;
}

export interface InstallResult {
  path: string;
  /** An existing hook was kept and will run first. */
  chained: boolean;
  /** Our hook was already there and was rewritten. */
  updated: boolean;
}

export function installHook(cwd: string, name: HookName, command: readonly string[]): InstallResult {
  const p = hookPaths(cwd, name);
  mkdirSync(p.dir, { recursive: true });
  let chained = existsSync(p.prev);
  let updated = false;
  if (existsSync(p.hook)) {
    if (isOurs(p.hook)) updated = true;
    else {
      if (existsSync(p.prev)) throw new UsageError(`${p.prev} already exists; move it away before installing (it would be overwritten)`);
      renameSync(p.hook, p.prev);
      chained = true;
    }
  }
  const tmp = `${p.hook}.toolkit-tmp-${process.pid}`;
  writeFileSync(tmp, hookScript(name, command));
  chmodSync(tmp, 0o755);
  renameSync(tmp, p.hook);
  return { path: p.hook, chained, updated };
}

export interface UninstallResult {
  path: string;
  removed: boolean;
  restored: boolean;
}

export function uninstallHook(cwd: string, name: HookName): UninstallResult {
  const p = hookPaths(cwd, name);
  if (!existsSync(p.hook)) return { path: p.hook, removed: false, restored: false };
  if (!isOurs(p.hook)) throw new UsageError(`${p.hook} was not written by toolkit; left as it is`);
  rmSync(p.hook);
  if (existsSync(p.prev)) {
    renameSync(p.prev, p.hook);
    return { path: p.hook, removed: true, restored: true };
  }
  return { path: p.hook, removed: true, restored: false };
}

function isOurs(path: string): boolean {
  try {
    return readFileSync(path, "utf8").includes(HOOK_MARK);
  } catch {
    return false;
  }
}

/** How to run this toolkit again from a hook: the compiled binary, or bun + the entry script. */
export function selfCommand(): string[] {
  const main = Bun.main;
  if (main.startsWith("/$bunfs/") || main.startsWith("B:/~BUN/")) return [process.execPath];
  return [process.execPath, resolve(main)];
}
