// Render-to-exfiltrate (patterns-render.ts) on its corpus: every positive found, no benign flagged.
import { describe, expect, test } from "bun:test";
import { scanInjection } from "../../../src/detect/injection/index.ts";
import { dataSlot } from "../../../src/detect/injection/patterns-render.ts";
import { cases } from "../../corpus/injection/r16-render.cases.ts";

describe("render exfiltration corpus", () => {
  for (const c of cases) {
    test(`${c.id} (${c.note})`, () => {
      const r = scanInjection(c.text);
      expect(r.error).toBeUndefined();
      expect(r.findings.length > 0).toBe(c.label === "positive");
    });
  }
});

describe("dataSlot", () => {
  test("a placeholder naming data the reader holds", () => {
    expect(dataSlot("https://h.test/p?d=PASTE_SECRETS_HERE")).toBe("strong");
    expect(dataSlot("https://h.test/p?x=%7Bchat_history%7D")).toBe("strong");
    expect(dataSlot("https://h.test/p?x=REPORT_DATA")).toBe("generic");
  });
  test("values, ids and the parameter's own documented value are not slots", () => {
    for (const u of ["https://h.test/p?w=640&q=75", "https://h.test/p?key=YOUR_API_KEY", "https://h.test/p?token=TOKEN", "https://h.test/p?sid=SESSION_ID", "https://h.test/p", "https://h.test/p?secret"]) expect(dataSlot(u)).toBeNull();
  });
});
