// A long stream keeps no scanned text alive: after a full collection the heap is the same size
// at 8 MiB in as at 48 MiB in. A rule's module-level memo of names (slices of the text) kept one
// MiB chunk alive per entry: the heap grew by ~1.2 MB per MB of real code streamed.
import { describe, expect, test } from "bun:test";
import { fullGC, heapStats } from "bun:jsc";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

const WORDS = ["user", "client", "upload", "session", "refresh", "access", "billing", "search", "admin", "deploy"];

/**
 * A MiB of code: names repeated in every chunk (found in the memo), and a few new in each, as in
 * real code. A memo entry made in one chunk and never replaced keeps that chunk's text if it is a slice.
 */
function chunk(rand: () => number, n: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let k = 0; k < 3; k++) lines.push(`  const ${WORDS[k]}${n}x${Math.floor(rand() * 1e6)}Token = await store.read("x");\n`);
  while (size < 1 << 20) {
    const w = WORDS[Math.floor(rand() * WORDS.length)]!;
    const line = `  const ${w}Token = await store.read("${w}", { retries: 3, timeoutMs: ${Math.floor(rand() * 1000)} });\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join("");
}

function heapBytes(): number {
  fullGC();
  const h = heapStats();
  return h.heapSize + h.extraMemorySize;
}

describe("stream memory", () => {
  test("48 MiB of code: the heap after a full collection does not grow with the input", () => {
    const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS.filter((d) => d !== "injection" && d !== "tool" && d !== "url")) });
    const rand = rng(48);
    const s = detector.stream({ budgetMs: 600_000 });
    let at8 = 0;
    for (let i = 0; i < 48; i++) {
      expect(s.push(chunk(rand, i)).status).not.toBe("error");
      if (i === 7) at8 = heapBytes();
    }
    const at48 = heapBytes();
    expect(s.end().status).not.toBe("error");
    // Forty more MiB scanned; a chunk kept alive per MiB would add 40+ MiB.
    expect(at48 - at8).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);
});
