// Compiles cmd/toolkit.ts into one self-contained executable: dist/toolkit.
// ink needs its react-devtools-core import stubbed (scripts/build-plugins.ts).
import { mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { stubDevtools } from "./build-plugins.ts";

const root = join(import.meta.dir, "..");
const outDir = join(root, "dist");
const outfile = join(outDir, "toolkit");
mkdirSync(outDir, { recursive: true });

const tmp = `${outfile}.tmp-${process.pid}`;
const result = await Bun.build({
  // Workers are separate entrypoints: the binary embeds them and `toolkit audit` starts them from there.
  entrypoints: [join(root, "cmd/toolkit.ts"), join(root, "src/audit/worker.ts")],
  compile: { outfile: tmp },
  minify: true,
  bytecode: true,
  format: "esm",
  target: "bun",
  plugins: [stubDevtools],
  define: { "process.env.DEV": '"false"' },
});
if (!result.success) {
  for (const log of result.logs) console.error(String(log));
  process.exit(1);
}
renameSync(tmp, outfile);
console.log(`built ${outfile}`);
