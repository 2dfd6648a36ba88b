// Cold-process wall time of the compiled binary: `toolkit check` on a 1 KB payload, against
// `toolkit --version` (the process floor) and /bin/cat on the same payload, measured in one run.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(import.meta.dir, "..", "..", "dist", "toolkit");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeRuns(cmd: string[], stdinFile: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    Bun.spawnSync(cmd, { stdin: Bun.file(stdinFile), stdout: "ignore", stderr: "ignore", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TOOLKIT_CONFIG: "" } });
    out.push(performance.now() - t0);
  }
  return out;
}

export async function benchStartup(runs = 40): Promise<string[]> {
  if (!existsSync(BIN)) return ["startup: dist/toolkit not built (run `npm run build`)"];
  const dir = mkdtempSync(join(tmpdir(), "toolkit-bench-"));
  const payload = join(dir, "payload.json");
  const text = JSON.stringify({ model: "m", messages: [{ role: "user", content: "Refactor the parser and add tests for the error paths. ".repeat(16) }] }).slice(0, 1024);
  writeFileSync(payload, text);
  let check: number, version: number, cat: number;
  try {
    timeRuns([BIN, "check"], payload, 3); // warm the page cache
    check = median(timeRuns([BIN, "check"], payload, runs));
    version = median(timeRuns([BIN, "--version"], payload, runs));
    cat = median(timeRuns(["cat"], payload, runs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `startup: toolkit check on a 1 KB payload (compiled, cold process): ${check.toFixed(1)} ms median of ${runs}`,
    `startup: baselines in the same run: toolkit --version ${version.toFixed(1)} ms, cat ${cat.toFixed(1)} ms; check/--version = ${(check / version).toFixed(2)}x`,
  ];
}

if (import.meta.main) for (const l of await benchStartup()) console.log(l);
