// Fixture projects built at test time in a temporary directory (never committed).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadAuditConfig } from "../../src/audit/core.ts";
import { runAudit, type AuditOptions } from "../../src/audit/run.ts";

const made: string[] = [];

export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "toolkit-audit-"));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) put(dir, rel, content);
  return dir;
}

export function put(dir: string, rel: string, content: string | Uint8Array): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

export function cleanup(): void {
  for (const d of made.splice(0)) {
    try {
      chmodSync(d, 0o755);
      rmSync(d, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
}

/** Runs the audit in-process (workers: 0 unless asked) on the embedded default config. */
export async function audit(root: string, opts: Partial<AuditOptions> = {}) {
  const config = await loadAuditConfig(undefined);
  return runAudit({ root, config, env: {}, workers: 0, fingerprintKey: new Uint8Array(32).fill(7), ...opts });
}

export function git(cwd: string, ...args: string[]): string {
  const r = Bun.spawnSync(["git", ...args], { cwd, stdout: "pipe", stderr: "pipe", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: cwd } });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr.toString()}`);
  return r.stdout.toString();
}
