// JavaScriptCore gives up on heavy backtracking after ~0.3 s and returns "no match" without an
// error: a silent miss. Every built-in pattern must stay linear on adversarial input. Each
// pattern runs over ~50 KB of input built to provoke backtracking; the bound (250 ms) is a
// safety bound, two orders of magnitude above what a linear pattern takes, not a speed target,
// and a pattern over it fails only when it is also far slower than a linear scan timed beside it.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { BUILTIN_RULES, compileDetector } from "../../src/detect/index.ts";
import { defineRule } from "../../src/detect/rules/define.ts";
import { LONG_RUN } from "../../src/detect/runs.ts";
import { tooSlow } from "../helpers/linear-scan.ts";

const SIZE = 50_000;

function adversarialInputs(keywords: readonly string[]): Array<[string, string]> {
  const kw = keywords[0] ?? "key";
  const kwUpper = kw.toUpperCase();
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return [
    ["keyword repeated", fill(`${kw}`)],
    ["keyword + assignment repeated", fill(`${kw}=`)],
    ["keyword then long body", `${kw}_${fill("a1B2")}`],
    ["upper keyword then body without end", `${kwUpper}${fill("A7")}`],
    ["digits and separators", fill("4111 1111 ")],
    ["spaces", `${kw}${" ".repeat(SIZE)}x`],
    ["quotes and assignments", fill(`${kw}"="'`)],
    ["base64-ish", fill("QUJD")],
    ["hex", fill("0f")],
    ["dashes and dots", fill("-.-_")],
    ["PEM-ish", `-----BEGIN PRIVATE KEY-----\n${fill("MIIE\n")}`],
    ["lowercase words", fill("abandon ability ")],
    ["url-ish", fill("a://b:c@")],
    // A structured input: one line too many of a key file's dump made key-file-hex-dump try every split of every group (~500 ms on 5 lines; 27 s on this input).
    ["hex dump lines", fill(`xxd ${kw}.bin\n${"00000010: 0d21 b874 368e ac19 4c2f b801 92ea 66fb  .!.t6...L/....f.\n".repeat(5)}`)],
  ];
}

describe("every built-in pattern is linear on adversarial input", () => {
  for (const rule of BUILTIN_RULES) {
    test(rule.id, () => {
      for (const [name, input] of adversarialInputs(rule.keywords)) {
        const ms = tooSlow(() => {
          const t0 = performance.now();
          rule.matcher.matchAll(input);
          return performance.now() - t0;
        }, input, 250);
        if (ms !== null) throw new Error(`${rule.id}: ${ms.toFixed(0)} ms on "${name}"`);
      }
    });
  }

  test("trigger passes", () => {
    const triggers = new Set<RegExp>([LONG_RUN, ...BUILTIN_RULES.flatMap((r) => (r.trigger ? [r.trigger].flat() : []))]);
    for (const re of triggers) {
      for (const [name, input] of adversarialInputs(["x"])) {
        const ms = tooSlow(() => {
          const t0 = performance.now();
          re.lastIndex = 0;
          while (re.exec(input) !== null);
          return performance.now() - t0;
        }, input, 250);
        if (ms !== null) throw new Error(`trigger ${re.source}: ${ms.toFixed(0)} ms on "${name}"`);
      }
    }
  });

  test("a match after adversarial input is still found (no silent give-up)", () => {
    const rule = BUILTIN_RULES.find((r) => r.id === "generic-secret-assignment")!;
    const input = `${"password=".repeat(10_000)}\npassword = "Xk9#mP2$vLq7"`;
    const found = rule.matcher.matchAll(input).map((m) => m.group(1) ?? m.group(2) ?? m.group(3) ?? m.group(4));
    expect(found).toContain("Xk9#mP2$vLq7");
  });
});

describe("rule set", () => {
  test("ids are unique and there are at least 60 credential rules", () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(BUILTIN_RULES.filter((r) => r.detector === "secrets").length).toBeGreaterThanOrEqual(60);
  });

  test("keywordless rules have a global trigger; keywords are printable ASCII or letters (with their marks)", () => {
    for (const r of BUILTIN_RULES) {
      // Combining marks too: an Indic word's vowel signs (क्रेडेंशियल) have no case for the prefilter to fold.
      for (const k of r.keywords) expect(/^(?:[\x20-\x7e]|\p{L}|\p{M})+$/u.test(k)).toBe(true);
      if (r.keywords.length === 0) expect(r.trigger).toBeDefined();
      for (const t of r.trigger ? [r.trigger].flat() : []) expect(t.global).toBe(true);
    }
  });

  test("a keyword in any case finds its rule: the prefilter and the matcher agree on case", () => {
    // Mutated keywords: a custom-style rule given an upper-case keyword, and a built-in provider
    // token written with its prefix upper-cased where the format is case-insensitive.
    const rule = defineRule({ id: "acme-token", description: "Acme", keywords: ["ACME_"], pattern: /acme_([a-z0-9]{32})/gi, secretGroup: 1, severity: "high", tags: [] });
    const d = compileDetector({ rules: [rule], enabled: new Set(["secrets"]) });
    const body = "k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8";
    for (const text of [`x acme_${body} y`, `x ACME_${body} y`, `x AcMe_${body} y`]) {
      expect(d.scan(text).findings.map((f) => f.ruleId)).toEqual(["acme-token"]);
    }
  });

  test("anchored rules: matching at the keyword finds exactly what the windowed search finds", async () => {
    // The anchored fast path (matchAt at each keyword hit) against the same rules run windowed
    // (anchored: false), on every positive of the secrets corpus. Split-token reassembly needs
    // anchored provider rules, so reassembled findings are left out of the comparison.
    const { loadCorpus } = await import("../corpus/load.ts");
    const cases = (await loadCorpus(join(import.meta.dir, "..", "corpus", "secrets"))).filter((c) => c.label === "positive");
    const enabled = new Set(["secrets", "entropy", "env_leak", "wallets", "evasion"] as const);
    const fast = compileDetector({ rules: BUILTIN_RULES, enabled });
    const slow = compileDetector({ rules: BUILTIN_RULES.map((r) => ({ ...r, anchored: false, after: Math.max(r.after, 4096) })), enabled });
    const key = (text: string, d: typeof fast) => d.scan(text, { budgetMs: 30_000 }).findings.filter((f) => !f.decodePath.includes("reassembled")).map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort().join(",");
    let anchoredHits = 0;
    for (const c of cases) {
      const a = key(c.text, fast);
      expect(`${c.id}: ${a}`).toBe(`${c.id}: ${key(c.text, slow)}`);
      if (BUILTIN_RULES.some((r) => r.anchored && a.includes(`${r.id}@`))) anchoredHits++;
    }
    expect(anchoredHits).toBeGreaterThan(100);
  });
});
