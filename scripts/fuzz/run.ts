// `npm run fuzz [-- --cases N | --seconds N] [--target NAME] [--proxy-cases N]`: the fuzz targets of
// test/fuzz for longer, with a fresh seed per target (printed, so a failure reproduces:
// FUZZ_SEED=… npm run fuzz -- --target NAME --cases N). With --cases, every target runs N cases
// (100,000 is the issue's bar); the raw-socket proxy target runs --proxy-cases (default: the same
// N), since it drives a real `toolkit run` over sockets and is far slower per case. Without
// --cases, the time (--seconds, default 60, or a bare number) is split across the targets.
// Prints cases, cases/s and the outcome per target; exits 1 on any failure.
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { rng } from "../../test/fuzz/fuzz.ts";
import { startProxyFuzz } from "../../test/fuzz/proxy-target.ts";
import { TARGETS } from "../../test/fuzz/targets.ts";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
}
const bare = process.argv.slice(2).find((a) => /^\d+$/.test(a) && !process.argv.includes(`--cases`));
const cases = flag("cases") ? Number(flag("cases")) : undefined;
const seconds = Number(flag("seconds") ?? bare ?? 60);
const only = flag("target")?.toLowerCase();
const proxyCases = flag("proxy-cases") ? Number(flag("proxy-cases")) : cases;
if ((cases !== undefined && !(cases > 0)) || !(seconds > 0) || (proxyCases !== undefined && !(proxyCases > 0))) {
  console.error("fuzz: --cases, --proxy-cases and --seconds take a positive number");
  process.exit(2);
}

const engine = await buildEngine(await configFromText("", "t.yaml", {}, "/h"), { env: {} });
await engine.suite.preload();
const all = [...TARGETS.map((t) => ({ name: t.name, proxy: false })), { name: "proxy over raw sockets", proxy: true }].filter((t) => !only || t.name.toLowerCase().includes(only));
let failed = 0;
for (const t of all) {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const r = rng(seed);
  const want = t.proxy ? proxyCases : cases;
  const end = performance.now() + (seconds * 1000) / all.length;
  const more = (n: number) => (want !== undefined ? n < want : performance.now() < end);
  const t0 = performance.now();
  let n = 0;
  let summary = "";
  try {
    if (t.proxy) {
      const fz = await startProxyFuzz();
      try {
        while (more(n)) {
          const k = want !== undefined ? Math.min(500, want - n) : 100;
          await fz.batch(r, k);
          n += k;
        }
      } finally {
        await fz.stop();
        summary = Object.entries(fz.counts).filter(([k]) => k.startsWith("outcome ")).map(([k, v]) => `${k.slice(8)} ${v}`).join(", ");
      }
    } else {
      const target = TARGETS.find((x) => x.name === t.name)!;
      while (more(n)) {
        await target.run(r, engine);
        n++;
      }
    }
    const rate = n / ((performance.now() - t0) / 1000);
    console.log(`${t.name}: ${n} cases, ${rate.toFixed(0)} cases/s, no failure (seed ${seed})${summary ? `; outcomes: ${summary}` : ""}`);
  } catch (err) {
    failed++;
    console.log(`${t.name}: FAILED after ${n} cases (seed ${seed}): ${(err as Error).message.split("\n")[0]}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
