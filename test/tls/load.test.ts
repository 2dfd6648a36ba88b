// loadCA: a usable CA loads; every way the files can be wrong gives one clear line naming the file.
import { afterAll, describe, expect, test } from "bun:test";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../src/cli/errors.ts";
import { createCA } from "../../src/tls/ca.ts";
import { loadCA, writeCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";
import { cleanupTempDirs, openssl, tempDir } from "./helpers.ts";

afterAll(cleanupTempDirs);

async function freshCA(): Promise<string> {
  const dir = join(tempDir(), "ca");
  writeCA(dir, await createCA());
  return dir;
}

/** Runs loadCA and returns the error it throws; fails the test when it does not throw a one-line UsageError. */
async function loadError(dir: string): Promise<string> {
  try {
    await loadCA(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const msg = (err as Error).message;
    expect(msg).not.toContain("\n");
    expect(msg).not.toContain("PRIVATE KEY-----");
    return msg;
  }
  throw new Error("loadCA did not fail");
}

describe("loadCA", () => {
  test("loads a CA written by writeCA and reports its properties", async () => {
    const dir = await freshCA();
    const ca = await loadCA(dir);
    expect(ca.certPath).toBe(join(dir, "ca.pem"));
    expect(ca.keyIdHex).toMatch(/^[0-9a-f]{40}$/);
    expect(ca.notAfter.getTime()).toBeGreaterThan(Date.now());
    expect(ca.privateKey.extractable).toBe(false);
    const fp = await openssl(["x509", "-in", ca.certPath, "-noout", "-fingerprint", "-sha256"]);
    expect(fp.stdout.trim()).toBe(`sha256 Fingerprint=${ca.fingerprint}`);
  });

  test("missing directory / certificate / key", async () => {
    const nowhere = join(tempDir(), "does-not-exist");
    expect(await loadError(nowhere)).toBe(`no CA in ${nowhere} (directory not found); create one with \`toolkit tls init --dir ${nowhere}\``);
    const empty = tempDir();
    expect(await loadError(empty)).toBe(`no CA in ${empty} (ca.pem not found); create one with \`toolkit tls init --dir ${empty}\``);
    const dir = await freshCA();
    rmSync(join(dir, "ca-key.pem"));
    expect(await loadError(dir)).toBe(`the CA key ${join(dir, "ca-key.pem")} is missing (the certificate is there); create a new CA with \`toolkit tls init --dir ${dir} --force\``);
  });

  test("corrupt certificate: garbage, truncated base64, not a certificate", async () => {
    const dir = await freshCA();
    const cert = join(dir, "ca.pem");
    const good = readFileSync(cert, "utf8");
    writeFileSync(cert, "hello\n");
    expect(await loadError(dir)).toBe(`${cert} is corrupt: no PEM certificate in it`);
    const lines = good.trim().split("\n");
    writeFileSync(cert, [...lines.slice(0, 4), lines[lines.length - 1]].join("\n")); // cut in the middle, valid base64
    expect(await loadError(dir)).toMatch(new RegExp(`^${cert.replace(/[.]/g, "\\.")} is corrupt: not a valid X\\.509 certificate`));
    writeFileSync(cert, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    expect(await loadError(dir)).toMatch(/is corrupt: not a valid X\.509 certificate/);
  });

  test("corrupt key: garbage, wrong PEM, bytes that are not a key", async () => {
    const dir = await freshCA();
    const key = join(dir, "ca-key.pem");
    writeFileSync(key, "not a key\n", { mode: 0o600 });
    expect(await loadError(dir)).toBe(`${key} is corrupt: no PEM "PRIVATE KEY" block in it`);
    writeFileSync(key, "-----BEGIN PRIVATE KEY-----\nAAAAAAAA\n-----END PRIVATE KEY-----\n");
    expect(await loadError(dir)).toBe(`${key} is corrupt or not an ECDSA P-256 private key (the certificate's key type)`);
    writeFileSync(key, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
    expect(await loadError(dir)).toMatch(/is encrypted; toolkit needs an unencrypted PKCS#8 key/);
  });

  test("a key from another CA is refused as mismatched", async () => {
    const dir = await freshCA();
    const other = await freshCA();
    copyFileSync(join(other, "ca-key.pem"), join(dir, "ca-key.pem"));
    expect(await loadError(dir)).toBe(`${join(dir, "ca-key.pem")} does not match ${join(dir, "ca.pem")} (the key belongs to a different certificate)`);
  });

  test("a P-384 key for a P-256 certificate is refused", async () => {
    const dir = await freshCA();
    const key = join(dir, "ca-key.pem");
    const gen = await openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"]);
    writeFileSync(key, gen.stdout, { mode: 0o600 });
    expect(await loadError(dir)).toBe(`${key} is corrupt or not an ECDSA P-256 private key (the certificate's key type)`);
  });

  test("a key readable by others is refused", async () => {
    const dir = await freshCA();
    chmodSync(join(dir, "ca-key.pem"), 0o644);
    expect(await loadError(dir)).toBe(`${join(dir, "ca-key.pem")} is accessible to other users (mode 0644); run \`chmod 600 ${join(dir, "ca-key.pem")}\``);
  });

  test("a traditional-format EC key gets the conversion command", async () => {
    const dir = await freshCA();
    const key = join(dir, "ca-key.pem");
    const trad = await openssl(["ec", "-in", key]); // openssl 3 `ec` writes the traditional (SEC1) form
    expect(trad.stdout).toContain("BEGIN EC PRIVATE KEY");
    writeFileSync(key, trad.stdout, { mode: 0o600 });
    expect(await loadError(dir)).toMatch(/is an EC \(traditional format\) key; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt/);
  });

  test("a certificate that is not a CA, and an expired CA", async () => {
    const dir = join(tempDir(), "leafy");
    mkdirSync(dir, { mode: 0o700 });
    const r = await openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=not-a-ca",
      "-addext", "basicConstraints=critical,CA:FALSE", "-days", "2", "-keyout", join(dir, "ca-key.pem"), "-out", join(dir, "ca.pem")]);
    expect(r.code).toBe(0);
    chmodSync(join(dir, "ca-key.pem"), 0o600);
    expect(await loadError(dir)).toBe(`${join(dir, "ca.pem")} is not a CA certificate (basicConstraints CA:TRUE missing)`);

    const old = join(tempDir(), "old");
    writeCA(old, await createCA({ now: Date.now() - 3 * 86_400_000, validityMs: 86_400_000 }));
    expect(await loadError(old)).toMatch(new RegExp(`^the CA in ${old} expired on \\d{4}-\\d\\d-\\d\\dT.*; create a new one with \`toolkit tls init --dir ${old} --force\`$`));
  });

  test("an RSA CA made by openssl loads and its leaves verify", async () => {
    const dir = join(tempDir(), "rsa");
    mkdirSync(dir, { mode: 0o700 });
    const r = await openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=openssl RSA CA", "-days", "30",
      "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
      "-keyout", join(dir, "ca-key.pem"), "-out", join(dir, "ca.pem")]);
    expect(r.code).toBe(0);
    chmodSync(join(dir, "ca-key.pem"), 0o600);
    const ca = await loadCA(dir);
    const leaf = await new LeafIssuer(ca).get("rsa.example.test");
    const leafFile = join(dir, "leaf.pem");
    writeFileSync(leafFile, leaf.certPem);
    const v = await openssl(["verify", "-x509_strict", "-purpose", "sslserver", "-CAfile", join(dir, "ca.pem"), leafFile]);
    expect(v.stdout.trim()).toBe(`${leafFile}: OK`);
  });
});
