import { expect, test } from "bun:test";
import { scoreOf } from "../../src/audit/score.ts";
import type { AuditFinding, Severity } from "../../src/audit/types.ts";

const f = (severity: Severity, rule = "r", path = "a"): AuditFinding => ({ category: "secrets", rule, severity, title: rule, path, line: 1, column: 1, fix: "x", fingerprint: `${rule}${path}${severity}` });

test("a clean project scores 100 / A; info findings deduct nothing", () => {
  expect(scoreOf([])).toEqual({ score: 100, grade: "A", deductions: [] });
  expect(scoreOf([f("info"), f("info", "other")]).score).toBe(100);
});

test("each deduction is explained; repeats of one rule deduct less, capped at twice the weight", () => {
  const s = scoreOf([f("high", "a", "1"), f("high", "a", "2"), f("high", "a", "3"), f("medium", "b")]);
  // high: 15 + 2 × round(15/4) = 23; medium: 6
  expect(s.deductions.map((d) => [d.rule, d.points, d.count])).toEqual([["a", 23, 3], ["b", 6, 1]]);
  expect(s.score).toBe(71);
  expect(s.grade).toBe("C");
  expect(s.deductions[0]!.reason).toContain("3 high a findings");
  const many = scoreOf(Array.from({ length: 50 }, (_, i) => f("high", "a", String(i))));
  expect(many.deductions[0]!.points).toBe(30);
});

test("a critical finding caps the grade at D even when the score alone is higher", () => {
  const s = scoreOf([f("critical")]);
  expect(s.score).toBe(75);
  expect(s.grade).toBe("D");
  expect(s.capped).toContain("critical");
});

test("stable: the same findings in any order give the same score and deductions", () => {
  const fs = [f("high", "a"), f("low", "b"), f("medium", "c"), f("high", "a", "z"), f("critical", "d")];
  const a = scoreOf(fs);
  for (let i = 0; i < 5; i++) {
    const shuffled = [...fs].sort(() => Math.random() - 0.5);
    expect(scoreOf(shuffled)).toEqual(a);
  }
});
