// `npm run bench`: every benchmark, each printing figures as ratios against a baseline measured
// in the same run. Builds the binary first so the startup figure is for the current code.
import { existsSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dir;
const build = Bun.spawnSync([process.execPath, join(here, "..", "build.ts")], { stdout: "inherit", stderr: "inherit" });
if (build.exitCode !== 0) process.exit(1);

const benches: Array<[string, string, string]> = [
  ["core", "core.ts", "benchCore"],
  ["real code", "realcode.ts", "benchRealCode"],
  ["text shapes", "shapes.ts", "benchShapes"],
  ["startup", "startup.ts", "benchStartup"],
  ["tls", "tls.ts", "benchTls"],
  ["injection", "injection.ts", "benchInjection"],
  ["mcp", "mcp.ts", "benchMcp"],
];
for (const [name, file, fn] of benches) {
  const path = join(here, file);
  if (!existsSync(path)) {
    console.log(`${name}: not present`);
    continue;
  }
  const mod = (await import(path)) as Record<string, () => Promise<string[]>>;
  console.log(`== ${name}`);
  for (const line of await mod[fn]!()) console.log(line);
}
