// A bounded fuzz slice on every `npm test` (fixed seeds, so a failure reproduces); the long run is
// `npm run fuzz`. Every crash found becomes a regression case below.
import { afterAll, describe, expect, test } from "bun:test";
import { configFromText } from "../../src/config/load.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { rng } from "./fuzz.ts";
import { parseSni } from "../../src/proxy/sni.ts";
import { clientHello, TARGETS } from "./targets.ts";
import { startProxyFuzz } from "./proxy-target.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

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

describe("fuzz slice: the proxy over raw sockets", () => {
  test("300 malformed requests (bad request lines, huge/duplicated headers, CL/TE conflicts, obs-fold, bare LF/CR, bad chunked bodies, invalid TLS after CONNECT, h2 garbage) end in a 4xx or a close; the proxy keeps serving", async () => {
    const fz = await startProxyFuzz();
    try {
      const r = rng(0x5eed);
      for (let b = 0; b < 3; b++) await fz.batch(r, 100);
      expect(fz.counts["outcome 500"]).toBeUndefined();
    } finally {
      await fz.stop();
    }
  }, 60_000);
  test("regression: a request with two Host headers is refused (400), not forwarded with both", async () => {
    const { rawExchange, startProxy } = await import("../helpers/net.ts");
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = tempDir("tk-duphost-");
    writeFileSync(join(dir, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\n");
    const up = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: (req) => new Response(`host ${req.headers.get("host")}`) });
    const p = await startProxy({ config: join(dir, "cfg.yaml"), home: dir });
    try {
      const target = `127.0.0.1:${up.port}`;
      const reply = await rawExchange(p.port, `GET http://${target}/ HTTP/1.1\r\nHost: ${target}\r\nHost: evil.invalid\r\n\r\n`, 3000, true);
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      expect(reply).toContain("more than one Host header");
      expect(await rawExchange(p.port, `GET http://${target}/ HTTP/1.1\r\nHost: ${target}\r\nConnection: close\r\n\r\n`, 3000)).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      await p.stop();
      up.stop(true);
    }
  }, 30_000);
});

afterAll(removeTempDirs);
