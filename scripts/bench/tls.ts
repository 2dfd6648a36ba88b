// Leaf certificate bench: mint time (median, p95 over distinct hosts) against cache-hit time
// (median over many gets), measured in the same run; the ratio is the point of the cache.
// Targets: mint <= 2 ms median, cache hit <= 20 µs median.
//   bun scripts/bench/tls.ts        (or import { benchTls } from scripts/bench/run.ts)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCA } from "../../src/tls/ca.ts";
import { loadCA, writeCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";

const MINT_HOSTS = 200;
const HIT_GETS = 20_000;
const HIT_BATCH = 100;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function benchTls(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "toolkit-bench-tls-"));
  try {
    writeCA(dir, await createCA());
    const ca = await loadCA(dir);
    const issuer = new LeafIssuer(ca, { maxEntries: MINT_HOSTS * 2 });
    await issuer.get("warmup.bench.test"); // shared leaf key generation + JIT warm-up, not counted
    for (let i = 0; i < 20; i++) await issuer.get(`warm${i}.bench.test`);

    const mint: number[] = [];
    for (let i = 0; i < MINT_HOSTS; i++) {
      const host = `host${i}.bench.test`;
      const t0 = performance.now();
      await issuer.get(host);
      mint.push(performance.now() - t0);
    }
    mint.sort((a, b) => a - b);

    // Cache hits: timed in batches of HIT_BATCH gets (a single get is near the timer's resolution).
    const hit: number[] = [];
    for (let b = 0; b < HIT_GETS / HIT_BATCH; b++) {
      const t0 = performance.now();
      for (let i = 0; i < HIT_BATCH; i++) await issuer.get(`host${(b * HIT_BATCH + i) % MINT_HOSTS}.bench.test`);
      hit.push((performance.now() - t0) / HIT_BATCH);
    }
    hit.sort((a, b) => a - b);
    if (issuer.stats.mints !== MINT_HOSTS + 21) throw new Error(`bench: expected ${MINT_HOSTS + 21} mints, saw ${issuer.stats.mints}`);

    const mintMed = quantile(mint, 0.5);
    const mintP95 = quantile(mint, 0.95);
    const hitMed = quantile(hit, 0.5);
    const verdict = (ok: boolean) => (ok ? "ok" : "OVER TARGET");
    return [
      `tls leaf mint   (${MINT_HOSTS} distinct hosts): median ${mintMed.toFixed(3)} ms, p95 ${mintP95.toFixed(3)} ms  [target <= 2 ms median: ${verdict(mintMed <= 2)}]`,
      `tls leaf cache hit (${HIT_GETS} gets):          median ${(hitMed * 1000).toFixed(2)} µs  [target <= 20 µs: ${verdict(hitMed * 1000 <= 20)}]`,
      `tls mint / cache-hit ratio (same run): ${(mintMed / hitMed).toFixed(0)}x`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  for (const line of await benchTls()) console.log(line);
}
