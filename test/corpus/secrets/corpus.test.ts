// Shape checks for the secrets corpus (not detection quality: that is the eval's job).
import { describe, expect, test } from "bun:test";
import { loadCorpus } from "../load.ts";
import { luhnValid, ibanValid } from "./_gen.ts";

const all = (await loadCorpus(import.meta.dir)).filter((c) => c.kind === "secrets");
const pos = all.filter((c) => c.label === "positive");
const ben = all.filter((c) => c.label === "benign");

describe("secrets corpus", () => {
  test("ids, labels, sizes", () => {
    for (const c of all) {
      expect(c.id.startsWith("sec-")).toBe(true);
      expect(["positive", "benign"]).toContain(c.label);
      expect(c.text.length).toBeGreaterThan(0);
    }
    expect(pos.length).toBeGreaterThanOrEqual(260);
    expect(ben.length).toBeGreaterThanOrEqual(260);
    expect(pos.filter((c) => c.category === "encoded" || c.category === "obfuscated").length).toBeGreaterThanOrEqual(40);
  });

  test("every benign bucket the eval reports on is present", () => {
    const cats = new Set(ben.map((c) => c.category));
    for (const k of ["uuids", "git-shas", "lockfile-integrity", "base64-images", "placeholders-and-env-refs", "minified-js", "bip39-prose", "llm-prompts", "session-cookies", "card-like", "hashes", "secret-names-in-code", "public-keys", "invalid-iban-ssn"]) expect(cats.has(k)).toBe(true);
  });

  test("card positives pass Luhn, IBAN positives pass mod-97", () => {
    for (const c of pos.filter((c) => c.category === "credit-cards")) {
      const nums = (c.text.match(/\d(?:[ .-]?\d){12,18}/g) ?? []).filter((m) => m.replace(/\D/g, "").length >= 13);
      expect(nums.some(luhnValid)).toBe(true);
    }
    for (const c of pos.filter((c) => c.category === "iban")) {
      const t = c.text.toUpperCase().replace(/\s/g, "");
      let ok = false;
      for (const m of t.matchAll(/[A-Z]{2}\d{2}/g)) for (let len = 15; len <= 34 && !ok; len++) ok = ibanValid(t.slice(m.index, m.index + len));
      expect(ok).toBe(true);
    }
  });

  test("positives are built at run time, not stored", async () => {
    // The sources must not hold a provider-shaped token: only the published examples may.
    const { readdirSync, readFileSync } = await import("node:fs");
    const shapes = [/gh[pousr]_[A-Za-z0-9]{36}/, /xox[bp]-\d{6,}-/, /sk_live_[A-Za-z0-9]{20}/, /sk-ant-api03-[A-Za-z0-9_-]{20}/, /glpat-[A-Za-z0-9_-]{20}/, /AIza[A-Za-z0-9_-]{35}/, /npm_[A-Za-z0-9]{36}/];
    for (const f of readdirSync(import.meta.dir)) {
      if (!/\.(ts|jsonl)$/.test(f) || f === "corpus.test.ts") continue;
      const src = readFileSync(`${import.meta.dir}/${f}`, "utf8").replace(/ghp_x{36}/g, "");
      for (const s of shapes) expect(s.test(src)).toBe(false);
    }
  });
});
