// A bounded fuzz slice on every `npm test` (fixed seeds, so a failure reproduces); the long run is
// `npm run fuzz`. Every crash found becomes a regression case below.
import { describe, expect, test } from "bun:test";
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { rng } from "./fuzz.ts";
import { parseSni } from "../../src/proxy/sni.ts";
import { clientHello, TARGETS } from "./targets.ts";

const engine = await buildEngine(await configFromText("", "t.yaml", {}, "/h"), { env: {}, fingerprintKey: new Uint8Array(32) });
await engine.suite.preload();

describe("fuzz seeds are well-formed", () => {
  test("the ClientHello the SNI target mutates parses to its name", () => {
    expect(parseSni(clientHello("example.com"))).toBe("example.com");
    expect(parseSni(Buffer.from("GET / HTTP/1.1\r\n"))).toBeNull();
  });
});

describe("fuzz slice", () => {
  for (const t of TARGETS) {
    test(`${t.name}: 300 seeded inputs end in a clear outcome`, async () => {
      const r = rng(0x5eed + t.name.length);
      for (let i = 0; i < 300; i++) await t.run(r, engine);
      expect(true).toBe(true);
    });
  }
});
