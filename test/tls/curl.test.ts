// A TLS server presenting a minted leaf, judged by real curl: trusted with --cacert ca.pem,
// rejected without it, and IP SANs work for https://127.0.0.1. Only 127.0.0.1 is ever contacted.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { createCA } from "../../src/tls/ca.ts";
import { loadCA, writeCA } from "../../src/tls/ca-store.ts";
import type { LoadedCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";
import { cleanupTempDirs, curl, requireTool, tempDir, tlsServer } from "./helpers.ts";

let ca: LoadedCA;
let otherCaPath: string;
let issuer: LeafIssuer;
const servers: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  requireTool("curl");
  const dir = join(tempDir(), "ca");
  writeCA(dir, await createCA());
  ca = await loadCA(dir);
  issuer = new LeafIssuer(ca);
  const other = join(tempDir(), "other");
  writeCA(other, await createCA());
  otherCaPath = join(other, "ca.pem");
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  cleanupTempDirs();
});

async function serve(host: string, tag: string): Promise<number> {
  const leaf = await issuer.get(host);
  const s = await tlsServer(leaf.certPem, leaf.keyPem, tag);
  servers.push(s);
  return s.port;
}

describe("curl against a server using a minted leaf", () => {
  test("DNS name: accepted with --cacert ca.pem, rejected without it or with another CA", async () => {
    const port = await serve("api.example.test", "dns");
    const url = `https://api.example.test:${port}/`;
    const resolve = ["--resolve", `api.example.test:${port}:127.0.0.1`];

    const ok = await curl(url, [...resolve, "--cacert", ca.certPath]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("hello dns");

    const noCa = await curl(url, resolve); // system store only: the test CA is not in it
    expect(noCa.code).toBe(60);
    expect(noCa.stderr).toContain("unable to get local issuer certificate");

    const wrongCa = await curl(url, [...resolve, "--cacert", otherCaPath]);
    expect(wrongCa.code).toBe(60);
  });

  test("the leaf is for its own name only", async () => {
    const port = await serve("one.example.test", "one");
    const r = await curl(`https://two.example.test:${port}/`, ["--resolve", `two.example.test:${port}:127.0.0.1`, "--cacert", ca.certPath]);
    expect(r.code).toBe(60);
    expect(r.stderr).toMatch(/no alternative certificate subject name matches target host name 'two\.example\.test'/);
  });

  test("IP SAN: https://127.0.0.1 is accepted with the 127.0.0.1 leaf, not with a DNS leaf", async () => {
    const ipPort = await serve("127.0.0.1", "ip");
    const ok = await curl(`https://127.0.0.1:${ipPort}/`, ["--cacert", ca.certPath]);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toBe("hello ip");

    const dnsPort = await serve("localhost.example.test", "dns-for-ip");
    const bad = await curl(`https://127.0.0.1:${dnsPort}/`, ["--cacert", ca.certPath]);
    expect(bad.code).toBe(60);
    expect(bad.stderr).toContain("no alternative certificate subject name matches target host name '127.0.0.1'");
  });
});
