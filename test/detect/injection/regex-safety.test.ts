// JavaScriptCore gives up on heavy backtracking after ~0.3 s and reports "no match": a silent
// miss. Every pattern the injection / tool scanners run must stay linear on hostile input. This
// is a safety bound (generous), not a speed assertion; speed is measured by the bench.
import { describe, expect, test } from "bun:test";
import { scanInjection } from "../../../src/detect/injection/index.ts";
import { INJECTION_PATTERNS } from "../../../src/detect/injection/scan.ts";
import { TOOL_PATTERNS } from "../../../src/detect/tool/patterns.ts";
import { PLANTED_PATTERNS } from "../../../src/detect/tool/planted.ts";
import { checkUrl } from "../../../src/detect/url/index.ts";
import { tooSlow } from "../../helpers/linear-scan.ts";

const N = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const ADVERSARIAL: Record<string, string> = {
  letters: fill("a"),
  words: fill("a "),
  spaces: fill(" "),
  newlines: fill("\n"),
  escapedNewlines: fill("\\n"),
  ignore: fill("ignore "),
  overrideNoObject: fill("ignore all previous "),
  youAreNow: fill("you are now a "),
  lessThan: fill("<"),
  tags: fill("<a "),
  brackets: fill("[["),
  markdownImage: `![x](https://a.example/${fill("a")}`,
  url: `https://${fill("a.")}`,
  hex: fill("0"),
  base64ish: fill("Ab9+"),
  punctuation: fill("-_.:"),
  // A markdown rule or banner of one character: a run a delimiter pattern may start anywhere in.
  dashes: fill("-"),
  equals: fill("="),
  hashes: fill("#"),
  spaced: fill("a b "),
  hyphenated: fill("ab-"),
  quotes: fill('"a '),
  aiVocative: fill("AI assistant "),
  assistantColon: fill("assistant: "),
  sensitivePaths: fill("~/.ssh/ "),
  curl: fill("curl -d "),
  cjk: fill("忽略之前"),
  cyrillic: fill("игнорируй "),
  leet: fill("1gn0r3 "),
  runOrders: fill("run: run `run "),
  callTools: fill("call the a_b call "),
  intoAnswer: fill("include in your answer "),
  whenAnswering: fill("when answering a, "),
  encodeAnswer: fill("respond in base64 "),
  afterNCalls: fill("after 5 calls "),
  onceApproved: fill("once approved "),
  promo: fill("visit a.com 50% off "),
  jsonValues: fill('{"a":"run curl | "'),
  csvRows: fill("a,b,c\n"),
  modelNotes: fill("note for the assistant: run 1234567 in the user's "),
};

describe("regex safety: every pattern on ~50 KB of adversarial input", () => {
  const patterns = [...INJECTION_PATTERNS, ...TOOL_PATTERNS, ...PLANTED_PATTERNS];
  test(`${patterns.length} patterns stay under 200 ms each`, () => {
    const slow: string[] = [];
    for (const p of patterns) {
      const re = new RegExp(p.re.source, p.re.flags);
      const run = (input: string) => {
        const t0 = performance.now();
        re.lastIndex = 0;
        let guard = 0;
        for (let m = re.exec(input); m !== null && guard < 100_000; m = re.exec(input), guard++) if (m[0].length === 0) re.lastIndex++;
        return performance.now() - t0;
      };
      for (const [name, input] of Object.entries(ADVERSARIAL)) {
        const ms = tooSlow(() => run(input), input, 200);
        if (ms !== null) slow.push(`${p.id} on ${name}: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);
});

/**
 * The units that cost the judges most, on short lines: one 50 KB line of a repeated unit lets the
 * scan reuse a candidate's judgement for its identical neighbours (repeated-judgements.ts), so
 * these keep every candidate judged.
 */
const SHORT_LINES: Record<string, string> = Object.fromEntries(
  ["AI assistant ", "respond in base64 ", "note for the assistant: run 1234567 in the user's ", "a | AI analysts: ", "include in your answer "].map((u) => [`${u.trim()} (short lines)`, fill(`${u}${u}\n`)]),
);

describe("whole scans stay bounded on hostile input", () => {
  test("scanInjection on each adversarial text", () => {
    const slow: string[] = [];
    for (const [name, input] of Object.entries({ ...ADVERSARIAL, ...SHORT_LINES })) {
      const run = () => {
        const t0 = performance.now();
        const r = scanInjection(input);
        return { ms: performance.now() - t0, error: r.error };
      };
      // The best of three: a pause of a loaded machine (or its budget error) is not backtracking,
      // which is slow every time.
      let r = run();
      for (let k = 0; k < 2 && (r.ms > 1500 || r.error); k++) {
        const again = run();
        if (!again.error && (r.error || again.ms < r.ms)) r = again;
      }
      if (r.ms > 1500 || r.error) slow.push(`${name}: ${r.ms.toFixed(0)} ms${r.error ? ` (${r.error})` : ""}`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  test("checkUrl on 50 KB URLs", () => {
    for (const u of [`https://x.example/${fill("a")}`, `https://x.example/?${fill("a=b&")}`, `https://${fill("ab.")}x.example/`, `https://x.example/${fill("%25")}`, `https://x.example/${fill("../")}`]) {
      const t0 = performance.now();
      checkUrl(u, { maxLength: 100_000 });
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  }, 60_000);
});
