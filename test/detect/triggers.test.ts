// The trigger plan against each trigger's own exec loop: the same [start, end) pairs, for the
// built-in rules' triggers and for patterns of each shape the plan treats apart (character-led,
// with a branch, plain), on texts dense in what they match (digits, capitals, separators).
import { describe, expect, test } from "bun:test";
import { planTriggers } from "../../src/detect/triggers.ts";
import { BUILTIN_RULES } from "../../src/detect/index.ts";
import { LONG_RUN } from "../../src/detect/runs.ts";
import { DIGIT_LED } from "../../src/detect/digit-triggers.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

function execLoop(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const ALPHABETS = ["0123456789", "0123456789 .-", "0123456789 -:,[]ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ABCDEFGHIJ0123456789abc :-\n", "0123456789abcdefXYZ*:\t [],"];

function texts(seed: number, count: number): string[] {
  const rand = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const alphabet = ALPHABETS[Math.floor(rand() * ALPHABETS.length)]!;
    const len = Math.floor(rand() * 400);
    let s = "";
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(s);
  }
  return out;
}

const builtin = [...new Set(BUILTIN_RULES.flatMap((r) => (r.keywords.length === 0 && r.trigger ? (Array.isArray(r.trigger) ? r.trigger : [r.trigger]) : [])))].filter((re) => re !== LONG_RUN);
const shapes = [/:\d{2}[ .-]?\d/g, /\[\s?\d,/g, /,\d|:x/g, /-\d-/gi, /\d{4}[ .-]?\d{4}/g, /\d\d(?= [A-Z0-9]{4})/g, /[A-Z]{2}\d{2}[A-Z0-9]{3}/g, /\d{2,5}:\d/g, /[0-9]{3}-?\d/g, /\d\d\d-\d/g, /\d{2}|[A-Z]{3}/g, /:\d{2}:/g, /\d+/g, /[A-Z]{3}\d?/gu];

describe("trigger plan", () => {
  test("the built-in triggers include character-led ones (the plan's fast path is exercised)", () => {
    expect(builtin.some((re) => re.source.startsWith(":") || re.source.startsWith("\\["))).toBe(true);
  });

  for (const [name, regexes] of [["built-in triggers", builtin], ["patterns of each shape", shapes]] as const) {
    test(`${name}: the same matches as each regex's exec loop`, () => {
      const plan = planTriggers(regexes);
      const live = regexes.map(() => true);
      for (const text of texts(name.length, 1500)) {
        const got = plan.run(text, live);
        regexes.forEach((re, i) => expect(got[i]).toEqual(execLoop(re, text)));
      }
    });
  }

  test("digit-led triggers (digit-triggers.ts): runs at the text's edges, matches side by side", () => {
    const regexes = [...DIGIT_LED.keys()];
    expect(regexes.every((re) => builtin.includes(re))).toBe(true);
    const plan = planTriggers(regexes);
    const live = regexes.map(() => true);
    const fixed = ["12 ABCD EFGH", "123-45-6789", "1234567812345678", "1234 5678 9012 3456", "DE44500105175407324931", "12", "99 a1b2 c3d4 77 e5f6 g7h8", "1234-5678-123-45-6789 12 ABCD EFGH", "h:5432:db:u:pw", ":12:*:*:x", ":*:*:5432:a", ":*:12:b:*:c", "db:123456:x:99:*:y"];
    const rand = rng(101);
    const tokens = ["12", "123", "1234", "12345678", "9", " ", "-", ".", "DE", "AB12", "ABCD", "x", "a1b2", "\n", ":", "*", ":*:"];
    const built = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(rand() * 14) }, () => tokens[Math.floor(rand() * tokens.length)]!).join(""));
    for (const text of [...fixed, ...built]) {
      const got = plan.run(text, live);
      regexes.forEach((re, i) => expect(got[i]).toEqual(execLoop(re, text)));
    }
  });

  test("a trigger that is not live finds nothing", () => {
    const regexes = [/\d{4}[ .-]?\d{4}/g, /:\d/g];
    const plan = planTriggers(regexes);
    expect(plan.run("1234 5678 AB12CDE 12:3", [false, true])).toEqual([[], [20, 22]]);
    expect(plan.run("1234 5678 AB12CDE 12:3", [true, false])).toEqual([[0, 9], []]);
  });
});
