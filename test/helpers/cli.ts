import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dir, "..", "..");
export const ENTRY = join(ROOT, "cmd", "toolkit.ts");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process (Bun reports bytes). */
  maxRssBytes: number;
}

/** Runs `toolkit` from source with bun, as a user would run the binary. */
export async function runCli(args: string[], opts: { stdin?: string | Uint8Array | ReadableStream; env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  const proc = Bun.spawn([process.execPath, ENTRY, ...args], {
    stdin: opts.stdin === undefined ? "ignore" : typeof opts.stdin === "string" ? new TextEncoder().encode(opts.stdin) : opts.stdin,
    stdout: "pipe",
    stderr: "pipe",
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", TOOLKIT_CONFIG: "", ...opts.env },
  });
  // Peak RSS read from the child's own /proc entry while it runs: getrusage's maxRSS of a child
  // includes the size of the parent at fork (a big test runner makes every child look big).
  let peak = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // the process has exited
    }
  };
  const timer = setInterval(sample, 20);
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  clearInterval(timer);
  return { code, stdout, stderr, maxRssBytes: peak };
}
