import { expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS.filter((d) => d !== "injection" && d !== "tool" && d !== "url")) });
const find = (text: string, rule: string) => detector.scan(text).findings.filter((f) => f.ruleId === rule);

// Test suites build card numbers and IBANs by hand (zeros in a row) or copy the processors' published
// test numbers: both are examples (info when scanning a repository; outbound they still block, by design).
test("published test card numbers and hand-built ones are examples; a random-looking valid number is not", () => {
  for (const n of ["4007000000027", "3530111333300000", "30569309025904", "6450000000000002"]) {
    const f = find(`card: "${n}"`, "credit-card");
    expect(f.length).toBe(1);
    expect(f[0]!.example).toBe(true);
  }
  const real = find(`card: "4539578763621486"`, "credit-card"); // Luhn-valid, no run of zeros, not published
  expect(real.length).toBe(1);
  expect(real[0]!.example).toBe(false);
});

test("an IBAN whose account part is eight or more zeros is an example; an ordinary valid one is not", () => {
  const synthetic = find(`iban: DE00000000000000000066`, "iban");
  expect(synthetic.map((f) => f.example)).toEqual([true]);
  const ordinary = find(`iban: DE44500105175407324931`, "iban");
  expect(ordinary.map((f) => f.example)).toEqual([false]);
});
