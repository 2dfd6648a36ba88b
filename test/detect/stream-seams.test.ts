// A stream scans most seams between pieces with the near overlap (4,464 characters) instead of
// the full one (20,072), and the full one only where a scan reported far evidence near the seam
// (stream.ts, seam-reach.ts). That is exact only if every finding that needs more than the near
// overlap of context comes with far evidence. Here real payloads (the project corpus's secrets
// positives: provider tokens, private keys, JWTs, keytabs, encoded and split secrets) are put at
// every class of place around seams, their last finding ending just before, at and just after
// each emit boundary (±overlap, ±near, the seam itself) or straddling the seam, and the stream's
// findings are compared with the same stream held to the full overlap: the behaviour to keep.
// (That stream's agreement with one whole scan is engine.test.ts's; it is not exact everywhere:
// a decoded span cut by a scan's edge, a quoted-printable body read to the text's end.)
import { beforeAll, describe, expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector, DETECTORS, type Finding } from "../../src/detect/index.ts";
import { createStream } from "../../src/detect/stream.ts";
import { loadCorpus } from "../corpus/load.ts";
import { fake } from "../helpers/fake.ts";
import { mulberry32 } from "../helpers/prng.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS.filter((d) => d !== "injection" && d !== "tool" && d !== "url")) });
const O = detector.overlap;
const N = detector.nearOverlap;
/** Pieces scanned as they are (as a file's MiB blocks are), small enough to keep the test short. */
const PIECE = 96 * 1024;
const BUDGET = 600_000;

/** Code, JSON, Markdown and log lines with escapes, URLs and short runs, but no far evidence. */
function filler(length: number, seed: number): string {
  const rand = mulberry32(seed);
  const words = ["user", "client", "upload", "session", "refresh", "billing", "search", "admin", "deploy", "cache"];
  const w = () => words[Math.floor(rand() * words.length)]!;
  const n = () => Math.floor(rand() * 100000);
  const lines = [
    () => `  const ${w()}Count = await store.read("${w()}", { retries: ${n() % 7}, timeoutMs: ${n()} });\n`,
    () => `{"name": "${w()}-${n()}", "version": "1.${n() % 20}.${n() % 9}", "files": ["${w()}.js", "lib/${w()}.d.ts"]}\n`,
    () => `The ${w()} service keeps a ${w()} list; see https://docs.example.com/${w()}?q=${w()}%20${w()}&page=${n() % 9}.\n`,
    () => `  message: "line one\\nline two \\"${w()}\\" done",\n`,
    () => `2026-11-22T10:00:${String(n() % 60).padStart(2, "0")}Z INFO ${w()} ok took=${n() % 900}ms id=${n().toString(36)}${n().toString(36)}\n`,
    () => `| ${w()} | ${n()} | ${w()} é ✓ |\n`,
  ];
  const out: string[] = [];
  let size = 0;
  while (size < length) {
    const line = lines[Math.floor(rand() * lines.length)]!();
    out.push(line);
    size += line.length;
  }
  return out.join("").slice(0, length);
}

const key = (f: Finding) => [f.ruleId, f.start, f.end, f.line, f.column, f.byteStart, f.decodePath.join(">")].join(",");

interface Payload {
  id: string;
  text: string;
  /** End of the payload's last finding, scanned alone. */
  lastEnd: number;
}

let payloads: Payload[] = [];
let quotedPrintable: Payload[] = [];

beforeAll(async () => {
  const cases = (await loadCorpus(`${import.meta.dir}/../corpus/secrets`)).filter((c) => c.kind === "secrets" && c.label === "positive" && c.text.length < 16_000);
  // One payload per rule its last finding is by (found through a decoder or not): every far
  // rule's, and an even sample of the decoded ones (10) and of the others, 32 in all.
  const farRules = new Set(BUILTIN_RULES.filter((r) => r.before + r.after + 64 > N).map((r) => r.id));
  const byRule = new Map<string, Payload & { far: boolean; decoded: boolean }>();
  for (const c of cases.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const found = detector.scan(c.text).findings;
    if (found.length === 0) continue;
    const last = found.reduce((a, f) => (f.end > a.end ? f : a));
    const rule = `${last.ruleId}${last.decodePath.length > 0 ? ">" : ""}`;
    // A quoted-printable body runs from the first declaration to the next boundary or the text's
    // end, across the payloads after it: tested apart (the last test).
    if (found.some((f) => f.decodePath.includes("quoted-printable"))) {
      quotedPrintable.push({ id: c.id, text: c.text, lastEnd: last.end });
      continue;
    }
    if (!byRule.has(rule)) byRule.set(rule, { id: c.id, text: c.text, lastEnd: last.end, far: found.some((f) => farRules.has(f.ruleId)), decoded: last.decodePath.length > 0 });
  }
  const all = [...byRule.values()];
  const even = <T>(list: T[], n: number) => list.filter((_, i) => Math.floor((i * n) / list.length) !== Math.floor(((i - 1) * n) / list.length));
  const far = all.filter((p) => p.far);
  const decoded = even(all.filter((p) => !p.far && p.decoded), 10);
  payloads = [...far, ...decoded, ...even(all.filter((p) => !p.far && !p.decoded), 32 - far.length - decoded.length)];
}, 60_000);

/**
 * Each payload at a seam of its own, its last finding ending at `at(seam)`; the text pushed a
 * piece at a time. Returns how many seam scans took the near and the full overlap.
 */
function compare(group: Payload[], at: (seam: number, p: Payload) => number, seed: number, eachFound = true): { near: number; full: number; found: string[] } {
  let text = filler((group.length + 1) * PIECE, seed);
  group.forEach((p, k) => {
    // On lines of its own: glued to a word of the filler, a token would be another.
    const start = at((k + 1) * PIECE, p) - p.lastEnd;
    text = `${text.slice(0, start - 1)}\n${p.text}\n${text.slice(start + p.text.length + 1)}`;
  });
  const lengths: number[] = [];
  const run = (nearOverlap: number) => {
    const s = createStream({ overlap: O, nearOverlap, budgetMs: BUDGET, sliceChars: PIECE }, [
      (t, o) => {
        lengths.push(t.length);
        return detector.hits(t, o);
      },
    ]);
    const found: Finding[] = [];
    for (let i = 0; i < text.length; i += PIECE) found.push(...s.push(text.slice(i, i + PIECE)).findings);
    found.push(...s.end().findings);
    return found.map(key);
  };
  const reference = run(O);
  lengths.length = 0;
  const near = run(N);
  // Compared as lists: no finding lost, none found twice, each with the same place and path.
  expect(near).toEqual(reference);
  expect(new Set(near).size).toBe(near.length);
  // Every payload found (a finding over its stretch).
  if (eachFound) group.forEach((p, k) => {
    const end = at((k + 1) * PIECE, p);
    const start = end - p.lastEnd;
    expect(near.some((f) => {
      const [, s, e] = f.split(",").map(Number);
      return e! > start && s! < start + p.text.length;
    })).toBe(true);
  });
  return { near: lengths.filter((l) => l === 4 * N).length, full: lengths.filter((l) => l === 4 * O).length, found: near };
}

describe("stream seams: near overlap where no far evidence is near", () => {
  test("the near overlap is the longest window of the rules that do not read far context", () => {
    expect(N).toBeLessThan(O);
    expect(N).toBeGreaterThanOrEqual(4096);
    const far = BUILTIN_RULES.filter((r) => r.before + r.after + 64 > N);
    expect(far.length).toBeGreaterThan(0);
    // Every such rule has a keyword: where it can match is known from its keyword hits.
    for (const r of far) expect(r.keywords.length).toBeGreaterThan(0);
  });

  // The boundaries a finding's end is judged against: the seam (b), b ± near, b ± overlap.
  const ends: Array<[string, number]> = [
    ["just inside the last piece's own range (b - overlap)", -O],
    ["just past it (b - overlap + 1)", -O + 1],
    ["at b - near", -N],
    ["just past b - near", -N + 1],
    ["at the seam", 0],
    ["just past the seam", 1],
    ["at b + near", N],
    ["just past b + near", N + 1],
    ["at b + overlap", O],
    ["just past b + overlap", O + 1],
  ];
  for (const [name, d] of ends) {
    test(`a payload whose last finding ends ${name}`, () => {
      const r = compare(payloads, (seam) => seam + d, 7 + d);
      // Most seams hold no far evidence and are scanned with the near overlap.
      expect(r.near).toBeGreaterThan(r.full);
    }, 120_000);
  }

  test("payloads straddling the seam (split in half by it)", () => {
    const r = compare(payloads, (seam, p) => seam - Math.floor(p.text.length / 2) + p.lastEnd, 99);
    expect(r.near).toBeGreaterThan(0);
    expect(r.full).toBeGreaterThan(0);
  }, 120_000);

  test("far rules' payloads (private keys, PGP, PuTTY, JWT, keytab, DER keys) take the full overlap at their seam", () => {
    const farRules = new Set(BUILTIN_RULES.filter((r) => r.before + r.after + 64 > N).map((r) => r.id));
    const far = payloads.filter((p) => detector.scan(p.text).findings.some((f) => farRules.has(f.ruleId)));
    expect(far.length).toBeGreaterThanOrEqual(5);
    const r = compare(far, (seam) => seam + 100, 5);
    expect(r.full).toBe(far.length);
  }, 120_000);

  test("quoted-printable bodies (read from the first declaration in the scanned text) take the full overlap", () => {
    expect(quotedPrintable.length).toBeGreaterThan(0);
    // One at a time: a body runs on to the scanned text's end, over any payload after it (and a
    // stream, whose scans all end before the text does, reports no body read to the end at all).
    for (const p of quotedPrintable) {
      for (const d of [-O + 1, 0, N + 1]) expect(compare([p], (seam) => seam + d, 11, false).full).toBe(1);
    }
  }, 120_000);

  test("a long base64 blob holding a token, across a seam or ending near it, is decoded whole (its span is far evidence)", () => {
    // Base64 holds any three letters: a blob with a far rule's keyword ("eyJ", JWT's) in it would
    // be far evidence of its own. Drawn again until it has none.
    const farKeywords = BUILTIN_RULES.filter((r) => r.before + r.after + 64 > N).flatMap((r) => r.keywords);
    for (const size of [6_000, 30_000]) {
      const token = fake.githubPat();
      let blob = "";
      // Log lines (JSON's `{"` is "eyJ" in base64 one time in three).
      const log = (n: number, k: number) => Array.from({ length: n }, (_, i) => `2026-11-22T10:00:00Z INFO request ${i * 7 + k} ok path=/v1/items took=${i % 97}ms\n`).join("");
      for (let k = 0; k < 100 && (blob === "" || farKeywords.some((kw) => blob.toLowerCase().includes(kw))); k++) {
        blob = Buffer.from(`${log(size / 140, k)}GITHUB_TOKEN=${token}\n${log(size / 280, k)}`).toString("base64");
      }
      expect(farKeywords.some((kw) => blob.toLowerCase().includes(kw))).toBe(false);
      const p: Payload = { id: `blob-${size}`, text: `data = "${blob}"`, lastEnd: 8 + blob.length };
      // Centred on the seam, and ending just past b + near: begun before the seam, it is cut at the start of the piece that reports it.
      for (const at of [(seam: number) => seam + Math.floor(p.text.length / 2), (seam: number) => seam + N + 10]) {
        const r = compare([p], at, 13);
        expect(r.found.filter((k) => k.startsWith("github-pat,") && k.includes(",base64")).length).toBe(1);
      }
    }
  }, 120_000);
});
