// The CA as created by createCA/writeCA, judged by openssl (the real peer), and the crash-safe writer.
import { afterAll, describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCA } from "../../src/tls/ca.ts";
import { writeCA } from "../../src/tls/ca-store.ts";
import { parseDuration } from "../../src/tls/duration.ts";
import { writeFileAtomic } from "../../src/util/atomic-write.ts";
import { cleanupTempDirs, openssl, tempDir, x509Text } from "./helpers.ts";

afterAll(cleanupTempDirs);

describe("createCA + writeCA", () => {
  test("openssl accepts it as a strict X.509 root with the required extensions", async () => {
    const dir = join(tempDir(), "ca");
    const before = Date.now();
    const ca = await createCA({ commonName: "Test, Inc. CA", organization: "Acme" });
    writeCA(dir, ca);
    const pem = readFileSync(join(dir, "ca.pem"), "utf8");

    const v = await openssl(["verify", "-x509_strict", "-CAfile", join(dir, "ca.pem"), join(dir, "ca.pem")]);
    expect(v.stderr).toBe("");
    expect(v.stdout.trim()).toBe(`${join(dir, "ca.pem")}: OK`);

    const text = await x509Text(pem);
    expect(text).toMatch(/Basic Constraints: critical\s+CA:TRUE, pathlen:0/);
    expect(text).toMatch(/Key Usage: critical\s+Certificate Sign, CRL Sign/);
    expect(text).toMatch(/Subject Key Identifier:\s+([0-9A-F]{2}:){19}[0-9A-F]{2}/);
    expect(text).toContain("ASN1 OID: prime256v1");
    expect(text).toContain("ecdsa-with-SHA256");
    const subject = (await x509Text(pem, ["-subject", "-nameopt", "RFC2253"])).trim();
    expect(subject).toBe("subject=O=Acme,CN=Test\\, Inc. CA");

    // Serial: positive, 128 random bits (openssl prints the unsigned magnitude in hex).
    const serial = (await x509Text(pem, ["-serial"])).trim().replace("serial=", "");
    expect(serial).toMatch(/^[0-9A-F]+$/);
    expect(serial.length).toBeLessThanOrEqual(32);
    expect(serial.length).toBeGreaterThanOrEqual(24); // leading zero bytes are dropped; 4+ in a row: 2^-32
    const asn1 = await openssl(["asn1parse", "-i"], pem);
    const serialLine = asn1.stdout.split("\n").find((l) => l.includes("INTEGER") && l.includes(":" + serial.slice(0, 6)));
    expect(serialLine).toBeDefined();
    expect(serialLine).not.toContain(":-");

    // Backdated by about an hour; valid for 10 years by default.
    const nb = Date.parse((await x509Text(pem, ["-startdate"])).trim().replace("notBefore=", ""));
    const na = Date.parse((await x509Text(pem, ["-enddate"])).trim().replace("notAfter=", ""));
    expect(before - nb).toBeGreaterThanOrEqual(3_600_000 - 1000);
    expect(before - nb).toBeLessThan(3_600_000 + 5000);
    expect(na - before).toBeGreaterThan(10 * 365 * 86_400_000 - 5000);
    expect(na - before).toBeLessThan(10 * 365 * 86_400_000 + 5000);
  });

  test("two CAs get different serials and keys", async () => {
    const a = await createCA();
    const b = await createCA();
    expect(a.cert.serialNumber).not.toBe(b.cert.serialNumber);
    expect(a.info.fingerprint).not.toBe(b.info.fingerprint);
  });

  test("key file is PKCS#8, mode 0600, in a 0700 dir, and belongs to the certificate", async () => {
    const dir = join(tempDir(), "nested", "ca");
    const old = process.umask(0o000); // a permissive umask must not widen anything
    try {
      writeCA(dir, await createCA());
    } finally {
      process.umask(old);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "ca-key.pem")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "ca.pem")).mode & 0o777).toBe(0o644);
    const keyPem = readFileSync(join(dir, "ca-key.pem"), "utf8");
    expect(keyPem.startsWith("-----BEGIN PRIVATE KEY-----\n")).toBe(true);
    const fromKey = await openssl(["pkey", "-in", join(dir, "ca-key.pem"), "-pubout"]);
    const fromCert = await openssl(["x509", "-in", join(dir, "ca.pem"), "-noout", "-pubkey"]);
    expect(fromKey.code).toBe(0);
    expect(fromKey.stdout).toBe(fromCert.stdout);
    expect(readdirSync(dir).sort()).toEqual(["ca-key.pem", "ca.pem"]); // no temp files left behind
  });

  test("refuses to overwrite an existing CA (either file) unless forced", async () => {
    const dir = tempDir();
    const first = await createCA();
    writeCA(dir, first);
    expect(() => writeCA(dir, first)).toThrow(/a CA already exists in .*; use --force to replace it/);
    const dir2 = tempDir();
    writeFileSync(join(dir2, "ca-key.pem"), "half-initialised", { mode: 0o600 });
    expect(() => writeCA(dir2, first)).toThrow(/ca-key\.pem\); use --force/);
    const second = await createCA();
    writeCA(dir, second, { force: true });
    expect(readFileSync(join(dir, "ca.pem"), "utf8")).toBe(second.certPem);
    expect(readFileSync(join(dir, "ca-key.pem"), "utf8")).toBe(second.keyPem);
  });

  test("an existing directory shared with others is kept as is, with a warning", async () => {
    const dir = tempDir();
    const shared = join(dir, "shared");
    mkdirSync(shared, { mode: 0o755 });
    const r = writeCA(shared, await createCA());
    expect(r.dirWarning).toMatch(/accessible to other users \(mode 0755\); the key file itself is 0600/);
    expect(statSync(shared).mode & 0o777).toBe(0o755);
    expect(statSync(join(shared, "ca-key.pem")).mode & 0o777).toBe(0o600);
  });

  test("custom validity", async () => {
    const ca = await createCA({ validityMs: parseDuration("365d")! });
    const span = ca.cert.notAfter.getTime() - ca.cert.notBefore.getTime();
    expect(span).toBe(365 * 86_400_000 + 3_600_000);
  });
});

describe("parseDuration", () => {
  test("units", () => {
    // Calendar years: ten years from now, leap days included (3652 or 3653 days, never 3650).
    const tenYears = parseDuration("10y")!;
    const end = new Date(Date.now() + tenYears);
    expect(end.getUTCFullYear() - new Date().getUTCFullYear()).toBe(10);
    expect([3652, 3653]).toContain(Math.round(tenYears / 86_400_000));
    expect(parseDuration("365d")).toBe(365 * 86_400_000);
    expect(parseDuration("24h")).toBe(86_400_000);
    expect(parseDuration("90m")).toBe(5_400_000);
    expect(parseDuration("30s")).toBe(30_000);
    for (const bad of ["", "10", "y", "0d", "-1d", "1.5d", "10 years", "1w"]) expect(parseDuration(bad)).toBeUndefined();
  });
});

describe("writeFileAtomic", () => {
  test("writes with the exact mode, replaces, and leaves no temp file", () => {
    const dir = tempDir();
    const f = join(dir, "file.txt");
    const old = process.umask(0o077);
    try {
      writeFileAtomic(f, "one", { mode: 0o644 });
    } finally {
      process.umask(old);
    }
    expect(statSync(f).mode & 0o777).toBe(0o644);
    writeFileAtomic(f, "two", { mode: 0o600 });
    expect(readFileSync(f, "utf8")).toBe("two");
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["file.txt"]);
  });

  test("a failed write leaves the old file intact and no temp file", () => {
    const dir = tempDir();
    const target = join(dir, "target");
    mkdirSync(target); // renaming a file over a directory fails after the temp file was written
    writeFileSync(join(target, "keep"), "x");
    expect(() => writeFileAtomic(target, "new")).toThrow();
    expect(readdirSync(dir)).toEqual(["target"]);
    expect(existsSync(join(target, "keep"))).toBe(true);
  });
});
