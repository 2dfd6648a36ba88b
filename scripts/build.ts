// Compiles cmd/toolkit.ts into one self-contained executable: dist/toolkit (options: productBuild).
import { mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { productBuild } from "./build-plugins.ts";

const root = join(import.meta.dir, "..");
const outDir = join(root, "dist");
const outfile = join(outDir, "toolkit");
mkdirSync(outDir, { recursive: true });

const tmp = `${outfile}.tmp-${process.pid}`;
const result = await Bun.build(productBuild(root, tmp));
if (!result.success) {
  for (const log of result.logs) console.error(String(log));
  process.exit(1);
}
renameSync(tmp, outfile);
console.log(`built ${outfile}`);
