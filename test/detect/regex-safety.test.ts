// JavaScriptCore gives up on heavy backtracking after ~0.3 s and returns "no match" without an
// error: a silent miss. Every built-in pattern must stay linear on adversarial input. Each
// pattern runs over ~50 KB of input built to provoke backtracking; the bound (250 ms) is a
// safety bound, two orders of magnitude above what a linear pattern takes, not a speed target.
import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES } from "../../src/detect/index.ts";
import { LONG_RUN } from "../../src/detect/runs.ts";

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
  ];
}

describe("every built-in pattern is linear on adversarial input", () => {
  for (const rule of BUILTIN_RULES) {
    test(rule.id, () => {
      for (const [name, input] of adversarialInputs(rule.keywords)) {
        const t0 = performance.now();
        rule.matcher.matchAll(input);
        const ms = performance.now() - t0;
        if (ms > 250) throw new Error(`${rule.id}: ${ms.toFixed(0)} ms on "${name}"`);
      }
    });
  }

  test("trigger passes", () => {
    const triggers = new Set<RegExp>([LONG_RUN, ...BUILTIN_RULES.flatMap((r) => (r.trigger ? [r.trigger].flat() : []))]);
    for (const re of triggers) {
      for (const [name, input] of adversarialInputs(["x"])) {
        const t0 = performance.now();
        re.lastIndex = 0;
        while (re.exec(input) !== null);
        const ms = performance.now() - t0;
        if (ms > 250) throw new Error(`trigger ${re.source}: ${ms.toFixed(0)} ms on "${name}"`);
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

  test("keywords are lowercase ASCII; keywordless rules have a trigger", () => {
    for (const r of BUILTIN_RULES) {
      for (const k of r.keywords) expect(k).toBe(k.toLowerCase());
      for (const k of r.keywords) expect(/^[\x20-\x7e]+$/.test(k)).toBe(true);
      if (r.keywords.length === 0) expect(r.trigger).toBeDefined();
      for (const t of r.trigger ? [r.trigger].flat() : []) expect(t.global).toBe(true);
    }
  });

  test("anchored rules can match at a keyword", () => {
    for (const r of BUILTIN_RULES.filter((x) => x.anchored)) expect(typeof r.matcher.matchAt).toBe("function");
  });
});
