// Throughput on the shapes of text that have cost the engine most per megabyte: wrapped and bare
// base64, hex dumps, JSON strings full of escapes, lists of one-character strings, UTF-16 read as
// bytes, runs of digits, percent- and entity-encoded text. Each is timed at 1 MiB and 4 MiB: a
// growth above ~4x is a pass that is not linear in its input (a 1 MiB wrapped base64 blob once
// took seconds). Baseline: plain English prose of the same size, in the same run.
// `bun scripts/bench/shapes.ts [name-filter]`.
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS.filter((d) => d !== "injection" && d !== "tool" && d !== "url")) });

let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const bytes = (n: number) => Buffer.from(Uint8Array.from({ length: Math.floor(n) }, () => (random() * 256) | 0));
const wrap = (s: string, width: number, nl = "\n") => s.match(new RegExp(`.{1,${width}}`, "g"))!.join(nl);
const times = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));

export const SHAPES: Record<string, (n: number) => string> = {
  prose: (n) => times("The quick brown fox jumps over the lazy dog while the committee reviews its annual budget. ", n),
  "base64, 76 wide": (n) => wrap(bytes(n * 0.74).toString("base64"), 76),
  "base64, one line": (n) => bytes(n * 0.74).toString("base64"),
  "base64url, 64 wide": (n) => wrap(bytes(n * 0.74).toString("base64url"), 64),
  "hex, one line": (n) => bytes(n / 2).toString("hex"),
  "hex dump, colons": (n) => wrap([...bytes(n / 3)].map((b) => b.toString(16).padStart(2, "0")).join(":"), 48),
  "JSON string of escapes": (n) => JSON.stringify({ page: times('<a href=\\"/x\\">\\n\\t\\u00e9 ', n * 0.8) }),
  "one-character strings": (n) => times('"a", "b", ', n),
  "char array": (n) => `[${times("'a', ", n - 2)}]`,
  "UTF-16 as bytes": (n) => Buffer.from(times("hello token world ", n / 2), "utf16le").toString("latin1"),
  "digit groups": (n) => times("1234 5678 9012 3456 ", n),
  "key= repeated": (n) => times("key=", n),
  "percent-encoded": (n) => times("%41%42%43%2F", n),
  "HTML entities": (n) => times("&amp;&lt;a&#x41;", n),
  "wordlist words": (n) => times("abandon ability able about above absent absorb abstract ", n),
};

function scanMs(text: string): number {
  const t0 = performance.now();
  const s = detector.stream({ budgetMs: 600_000 });
  for (let i = 0; i < text.length; i += 1 << 20) s.push(text.slice(i, i + (1 << 20)));
  s.end();
  return performance.now() - t0;
}

export async function benchShapes(filter?: string): Promise<string[]> {
  const mb = 1 << 20;
  const rows: Array<{ name: string; rate: number; growth: number }> = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    if (filter && name !== "prose" && !name.includes(filter)) continue;
    const small = make(mb);
    const large = make(4 * mb);
    scanMs(small);
    const ts = Math.min(scanMs(small), scanMs(small));
    const tl = Math.min(scanMs(large), scanMs(large));
    rows.push({ name, rate: large.length / mb / (tl / 1000), growth: tl / ts });
  }
  const base = rows.find((r) => r.name === "prose")!.rate;
  return [
    `shapes (4 MiB each; growth = time at 4 MiB / time at 1 MiB, ~4 when linear; baseline prose ${base.toFixed(1)} MB/s):`,
    ...rows.map((r) => `  ${r.name.padEnd(24)} ${r.rate.toFixed(1).padStart(6)} MB/s  ${(r.rate / base).toFixed(2).padStart(5)}x prose  growth ${r.growth.toFixed(1)}`),
  ];
}

if (import.meta.main) for (const l of await benchShapes(process.argv[2])) console.log(l);
