// `npm run fuzz [SECONDS]`: the fuzz targets of test/fuzz for longer, with a fresh seed per target
// (printed, so a crash reproduces: FUZZ_SEED=… npm run fuzz).
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { rng } from "../../test/fuzz/fuzz.ts";
import { TARGETS } from "../../test/fuzz/targets.ts";

const seconds = Number(process.argv[2] ?? 60);
const engine = await buildEngine(await configFromText("", "t.yaml", {}, "/h"), { env: {} });
await engine.suite.preload();
let failed = 0;
for (const t of TARGETS) {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const r = rng(seed);
  const end = performance.now() + (seconds * 1000) / TARGETS.length;
  let n = 0;
  try {
    while (performance.now() < end) {
      await t.run(r, engine);
      n++;
    }
    console.log(`${t.name}: ${n} inputs, no failure (seed ${seed})`);
  } catch (err) {
    failed++;
    console.log(`${t.name}: FAILED after ${n} inputs (seed ${seed}): ${(err as Error).message.split("\n")[0]}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
