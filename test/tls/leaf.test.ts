// LeafIssuer: certificates openssl accepts for the right names, lifetime rules, the bounded cache,
// expiry handling and single-flight minting.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCA } from "../../src/tls/ca.ts";
import { loadCA, writeCA } from "../../src/tls/ca-store.ts";
import type { LoadedCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";
import type { Leaf } from "../../src/tls/leaf.ts";
import { cleanupTempDirs, openssl, tempDir, x509Text } from "./helpers.ts";

let ca: LoadedCA;
let work: string;

beforeAll(async () => {
  work = tempDir();
  writeCA(join(work, "ca"), await createCA());
  ca = await loadCA(join(work, "ca"));
});
afterAll(cleanupTempDirs);

let n = 0;
async function verify(leaf: Leaf, extra: string[] = []): Promise<string> {
  const f = join(work, `leaf-${n++}.pem`);
  writeFileSync(f, leaf.certPem);
  const r = await openssl(["verify", "-x509_strict", "-purpose", "sslserver", ...extra, "-CAfile", ca.certPath, f]);
  return (r.stdout + r.stderr).replace(`${f}: `, "").trim();
}

describe("leaf certificates", () => {
  test("DNS name: strict-valid for that name only, SAN dNSName, CN, EKU, KU, AKI = CA SKI", async () => {
    const leaf = await new LeafIssuer(ca).get("API.Example.test.");
    expect(leaf.host).toBe("api.example.test");
    expect(await verify(leaf, ["-verify_hostname", "api.example.test"])).toBe("OK");
    expect(await verify(leaf, ["-verify_hostname", "other.example.test"])).toContain("hostname mismatch");
    const text = await x509Text(leaf.certPem);
    expect(text).toMatch(/Subject: CN = api\.example\.test\n/);
    expect(text).toMatch(/Subject Alternative Name: \n\s+DNS:api\.example\.test\n/);
    expect(text).toMatch(/Extended Key Usage: \n\s+TLS Web Server Authentication\n/);
    expect(text).toMatch(/Key Usage: critical\n\s+Digital Signature\n/);
    expect(text).toMatch(/Basic Constraints: critical\n\s+CA:FALSE/);
    const aki = /Authority Key Identifier: \n\s+(?:keyid:)?([0-9A-F:]+)/.exec(text)?.[1];
    const caSki = /Subject Key Identifier: \n\s+([0-9A-F:]+)/.exec(await x509Text(ca.certPem))?.[1];
    expect(aki).toBeDefined();
    expect(aki).toBe(caSki!);
    expect(text).toContain("ASN1 OID: prime256v1");
  });

  test("IP addresses go in an iPAddress SAN (v4 and v6), not dNSName", async () => {
    const issuer = new LeafIssuer(ca);
    const v4 = await issuer.get("127.0.0.1");
    expect(await verify(v4, ["-verify_ip", "127.0.0.1"])).toBe("OK");
    expect(await x509Text(v4.certPem, ["-ext", "subjectAltName"])).toMatch(/IP Address:127\.0\.0\.1\n/);
    expect(await x509Text(v4.certPem, ["-ext", "subjectAltName"])).not.toContain("DNS:");
    const v6 = await issuer.get("[::1]");
    expect(v6.host).toBe("::1");
    expect(await verify(v6, ["-verify_ip", "::1"])).toBe("OK");
    expect(await x509Text(v6.certPem, ["-ext", "subjectAltName"])).toMatch(/IP Address:0:0:0:0:0:0:0:1/);
  });

  test("names longer than 64 characters: no CN, critical SAN, still valid", async () => {
    const host = `${"a".repeat(60)}.${"b".repeat(20)}.example.test`;
    const leaf = await new LeafIssuer(ca).get(host);
    expect(await verify(leaf, ["-verify_hostname", host])).toBe("OK");
    const text = await x509Text(leaf.certPem);
    expect(text).toMatch(/\n\s+Subject: \n/); // empty subject (the issuer line has a CN, the subject none)
    expect(text).toMatch(/Subject Alternative Name: critical\n\s+DNS:a{60}\.b{20}\.example\.test/);
  });

  test("names that cannot be certificate names are rejected, nothing is cached", async () => {
    const issuer = new LeafIssuer(ca);
    for (const bad of ["", "a b.test", "-x.test", "x..test", "ünicode.test", `${"a".repeat(64)}.test`, "a/b"]) {
      await expect(issuer.get(bad)).rejects.toThrow(/not a valid host name for a certificate/);
    }
    expect(issuer.size).toBe(0);
  });

  test("default lifetime 24 h, backdated 1 h, key matches the certificate", async () => {
    const t = Date.now();
    const leaf = await new LeafIssuer(ca).get("life.example.test");
    expect(Math.abs(leaf.notAfter.getTime() - (t + 86_400_000))).toBeLessThan(3000);
    expect(Math.abs(leaf.notBefore.getTime() - (t - 3_600_000))).toBeLessThan(3000);
    const end = Date.parse((await x509Text(leaf.certPem, ["-enddate"])).trim().replace("notAfter=", ""));
    expect(end).toBe(leaf.notAfter.getTime());
    const keyFile = join(work, "leaf-key.pem");
    writeFileSync(keyFile, leaf.keyPem, { mode: 0o600 });
    const fromKey = await openssl(["pkey", "-in", keyFile, "-pubout"]);
    const fromCert = await openssl(["x509", "-noout", "-pubkey"], leaf.certPem);
    expect(fromKey.stdout).toBe(fromCert.stdout);
  });

  test("lifetime is capped at the CA's expiry, and notBefore never precedes the CA's", async () => {
    const dir = join(tempDir(), "short");
    writeCA(dir, await createCA({ validityMs: 2 * 3_600_000 }));
    const shortCa = await loadCA(dir);
    const leaf = await new LeafIssuer(shortCa, { ttlMs: 86_400_000, backdateMs: 7_200_000 }).get("cap.example.test");
    expect(leaf.notAfter.getTime()).toBe(shortCa.notAfter.getTime());
    expect(leaf.notBefore.getTime()).toBe(shortCa.notBefore.getTime());
    const f = join(dir, "leaf.pem");
    writeFileSync(f, leaf.certPem);
    expect((await openssl(["verify", "-x509_strict", "-CAfile", shortCa.certPath, f])).stdout.trim()).toBe(`${f}: OK`);
  });

  test("refuses to issue when the CA expires within the renewal margin", async () => {
    const dir = join(tempDir(), "dying");
    writeCA(dir, await createCA({ validityMs: 3_600_000 }));
    const dying = await loadCA(dir);
    const issuer = new LeafIssuer(dying, { ttlMs: 86_400_000, renewBeforeMs: 2 * 3_600_000 });
    await expect(issuer.get("x.example.test")).rejects.toThrow(/expires .*, too soon to issue leaves; create a new one with `toolkit tls init --force`/);
    expect(issuer.size).toBe(0);
  });

  test("one shared leaf key by default; keyPerLeaf gives each leaf its own", async () => {
    const shared = new LeafIssuer(ca);
    const a = await shared.get("a.example.test");
    const b = await shared.get("b.example.test");
    expect(a.keyPem).toBe(b.keyPem);
    expect(a.serial).not.toBe(b.serial);
    const own = new LeafIssuer(ca, { keyPerLeaf: true });
    const c = await own.get("a.example.test");
    const d = await own.get("b.example.test");
    expect(c.keyPem).not.toBe(d.keyPem);
    expect(c.keyPem).not.toBe(a.keyPem);
  });
});

describe("leaf cache", () => {
  test("a hit returns the same leaf without minting; host spellings share one entry", async () => {
    const issuer = new LeafIssuer(ca);
    const a = await issuer.get("cache.example.test");
    const b = await issuer.get("CACHE.example.test.");
    expect(b).toBe(a);
    expect(issuer.stats).toEqual({ mints: 1, hits: 1, joined: 0, evicted: 0 });
  });

  test("LRU: bounded size, least recently used evicted first", async () => {
    const issuer = new LeafIssuer(ca, { maxEntries: 3 });
    for (const h of ["h1", "h2", "h3"]) await issuer.get(`${h}.test`);
    await issuer.get("h1.test"); // h1 is now most recent; h2 is the oldest
    await issuer.get("h4.test");
    expect(issuer.size).toBe(3);
    expect(issuer.cachedHosts()).toEqual(["h3.test", "h1.test", "h4.test"]);
    expect(issuer.stats.evicted).toBe(1);
    const mintsBefore = issuer.stats.mints;
    await issuer.get("h2.test"); // evicted: minted again
    expect(issuer.stats.mints).toBe(mintsBefore + 1);
    for (let i = 0; i < 50; i++) await issuer.get(`many${i}.test`);
    expect(issuer.size).toBe(3);
  });

  test("expired and near-expiry leaves are never served", async () => {
    let clock = Date.now();
    const ttlMs = 2 * 3_600_000;
    const issuer = new LeafIssuer(ca, { ttlMs, renewBeforeMs: 10 * 60_000, now: () => clock });
    const first = await issuer.get("exp.example.test");
    expect(first.notAfter.getTime()).toBeLessThanOrEqual(clock + ttlMs);

    clock = first.notAfter.getTime() - 10 * 60_000 - 1000; // just outside the renewal margin: still served
    expect(await issuer.get("exp.example.test")).toBe(first);

    clock = first.notAfter.getTime() - 10 * 60_000 + 1000; // inside the margin: replaced
    const second = await issuer.get("exp.example.test");
    expect(second).not.toBe(first);
    expect(second.serial).not.toBe(first.serial);
    expect(second.notAfter.getTime()).toBeGreaterThan(first.notAfter.getTime());

    clock = second.notAfter.getTime() + 1; // expired outright: replaced
    const third = await issuer.get("exp.example.test");
    expect(third.notAfter.getTime()).toBeGreaterThan(clock);
    expect(issuer.stats.mints).toBe(3);
    expect(issuer.size).toBe(1);
  });

  test("concurrent requests for one host mint once and share the result", async () => {
    const issuer = new LeafIssuer(ca);
    const all = await Promise.all(Array.from({ length: 50 }, () => issuer.get("burst.example.test")));
    expect(new Set(all).size).toBe(1);
    expect(issuer.stats.mints).toBe(1);
    expect(issuer.stats.joined).toBe(49);
    // Different hosts at once: one mint each.
    const hosts = Array.from({ length: 10 }, (_, i) => `p${i}.example.test`);
    const leaves = await Promise.all([...hosts, ...hosts].map((h) => issuer.get(h)));
    expect(new Set(leaves.map((l) => l.serial)).size).toBe(10);
    expect(issuer.stats.mints).toBe(11);
  });

  test("a failed mint is not cached and does not block the next attempt", async () => {
    let clock = ca.notAfter.getTime() - 60_000; // CA about to expire: mint fails
    const issuer = new LeafIssuer(ca, { now: () => clock });
    const results = await Promise.allSettled([issuer.get("f.example.test"), issuer.get("f.example.test")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(issuer.stats.mints).toBe(0);
    clock = Date.now();
    const leaf = await issuer.get("f.example.test");
    expect(leaf.host).toBe("f.example.test");
    expect(issuer.stats.mints).toBe(1);
  });
});
