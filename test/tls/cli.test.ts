// `bun cmd/toolkit.ts tls …`: exit codes, one-line errors, output people and pipes rely on.
import { afterAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { cleanupTempDirs, openssl, tempDir, toolkit, x509Text } from "./helpers.ts";
import type { Ran } from "./helpers.ts";

afterAll(cleanupTempDirs);

function hashFiles(dir: string): string {
  return ["ca.pem", "ca-key.pem"].map((f) => createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")).join(" ");
}

/** A usage error: exit 2, exactly one stderr line "toolkit: …", nothing on stdout. */
function expectUsage(r: Ran, message: string | RegExp): void {
  expect(r.stdout).toBe("");
  expect(r.code).toBe(2);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  if (typeof message === "string") expect(r.stderr).toBe(`toolkit: ${message}\n`);
  else expect(r.stderr).toMatch(message);
}

function neverLeaksKey(...rs: Ran[]): void {
  for (const r of rs) expect(r.stdout + r.stderr).not.toContain("PRIVATE KEY");
}

async function opensslFingerprint(path: string): Promise<string> {
  return (await openssl(["x509", "-in", path, "-noout", "-fingerprint", "-sha256"])).stdout.trim().replace("sha256 Fingerprint=", "");
}

describe("toolkit tls init", () => {
  test("creates the CA, prints the fingerprint and next steps; refuses to overwrite; --force replaces", async () => {
    const dir = join(tempDir(), "ca");
    const r = await toolkit(["tls", "init", "--dir", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const fp = await opensslFingerprint(join(dir, "ca.pem"));
    expect(r.stdout).toContain(`  SHA-256      ${fp}\n`);
    expect(r.stdout).toContain(`created CA in ${dir}\n`);
    expect(r.stdout).toContain("next steps:");
    expect(r.stdout).toContain(`toolkit tls install-ca --dry-run --dir ${dir}`);
    expect(r.stdout).toContain(`eval "$(toolkit tls install-ca --print-env --dir ${dir})"`);
    expect(statSync(join(dir, "ca-key.pem")).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const v = await openssl(["verify", "-x509_strict", "-CAfile", join(dir, "ca.pem"), join(dir, "ca.pem")]);
    expect(v.code).toBe(0);

    const before = hashFiles(dir);
    const again = await toolkit(["tls", "init", "--dir", dir]);
    expectUsage(again, `a CA already exists in ${dir} (ca.pem, ca-key.pem); use --force to replace it`);
    expect(hashFiles(dir)).toBe(before);

    const forced = await toolkit(["tls", "init", "--dir", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(hashFiles(dir)).not.toBe(before);
    expect(await opensslFingerprint(join(dir, "ca.pem"))).not.toBe(fp);
    neverLeaksKey(r, again, forced);
  });

  test("--validity, --name, --org", async () => {
    const dir = join(tempDir(), "ca");
    const t = Date.now();
    const r = await toolkit(["tls", "init", "--dir", dir, "--validity", "365d", "--name", "Dev Box CA", "--org", "Acme, Inc."]);
    expect(r.code).toBe(0);
    const pem = readFileSync(join(dir, "ca.pem"), "utf8");
    expect((await x509Text(pem, ["-subject", "-nameopt", "RFC2253"])).trim()).toBe("subject=O=Acme\\, Inc.,CN=Dev Box CA");
    const end = Date.parse((await x509Text(pem, ["-enddate"])).trim().replace("notAfter=", ""));
    expect(Math.abs(end - (t + 365 * 86_400_000))).toBeLessThan(5000);

    const h = join(tempDir(), "ca");
    expect((await toolkit(["tls", "init", "--dir", h, "--validity", "24h"])).code).toBe(0);
    expect((await toolkit(["tls", "init", "--dir", join(tempDir(), "y"), "--validity", "10y"])).code).toBe(0);
  });

  test("bad values: one line, exit 2, nothing written", async () => {
    const dir = join(tempDir(), "ca");
    expectUsage(await toolkit(["tls", "init", "--dir", dir, "--validity", "forever"]), "--validity: expected a duration such as 10y, 365d or 24h, got 'forever'");
    expectUsage(await toolkit(["tls", "init", "--dir", dir, "--validity", "365"]), "--validity: expected a duration such as 10y, 365d or 24h, got '365'");
    expectUsage(await toolkit(["tls", "init", "--dir", dir, "--validity", "30m"]), "--validity must be between 1h and 100y, got '30m'");
    expectUsage(await toolkit(["tls", "init", "--dir", dir, "--name", "x".repeat(65)]), "--name must be 1 to 64 characters (X.509 limit), got 65");
    expectUsage(await toolkit(["tls", "init", "--dir", dir, "--fingerprint"]), "--fingerprint does not apply to 'tls init' (options: --dir, --force, --validity, --name, --org)");
    expect(() => statSync(dir)).toThrow();
  });

  test("default directory is ~/.toolkit/ca", async () => {
    const home = tempDir("toolkit-home-");
    const r = await toolkit(["tls", "init"], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`created CA in ${home}/.toolkit/ca\n`);
    expect(r.stdout).toContain("  toolkit tls install-ca --dry-run ");
    expect(statSync(join(home, ".toolkit/ca")).mode & 0o777).toBe(0o700);
    const show = await toolkit(["tls", "show-ca", "--fingerprint"], { HOME: home });
    expect(show.stdout.trim()).toBe(await opensslFingerprint(join(home, ".toolkit/ca/ca.pem")));
    const empty = tempDir("toolkit-home-");
    expectUsage(await toolkit(["tls", "show-ca"], { HOME: empty }), `no CA in ${empty}/.toolkit/ca (directory not found); create one with \`toolkit tls init\``);
  });
});

describe("toolkit tls show-ca", () => {
  test("PEM on stdout (pipeable), --fingerprint, --format json", async () => {
    const dir = join(tempDir(), "ca");
    expect((await toolkit(["tls", "init", "--dir", dir])).code).toBe(0);
    const pem = await toolkit(["tls", "show-ca", "--dir", dir]);
    expect(pem.code).toBe(0);
    expect(pem.stderr).toBe("");
    expect(pem.stdout).toBe(readFileSync(join(dir, "ca.pem"), "utf8"));
    const piped = await openssl(["x509", "-noout", "-fingerprint", "-sha256"], pem.stdout);
    const fp = piped.stdout.trim().replace("sha256 Fingerprint=", "");

    const f = await toolkit(["tls", "show-ca", "--dir", dir, "--fingerprint"]);
    expect(f.stdout).toBe(`${fp}\n`);

    const j = await toolkit(["tls", "show-ca", "--dir", dir, "--format", "json"]);
    expect(j.code).toBe(0);
    const info = JSON.parse(j.stdout);
    expect(Object.keys(info).sort()).toEqual(["fingerprint", "fingerprintAlgorithm", "keyType", "notAfter", "notBefore", "path", "serial", "subject"]);
    expect(info.fingerprint).toBe(fp);
    expect(info.fingerprintAlgorithm).toBe("SHA-256");
    expect(info.path).toBe(join(dir, "ca.pem"));
    expect(info.keyType).toBe("ECDSA P-256");
    expect(info.subject).toBe("CN=toolkit interception CA, O=toolkit");
    const serial = (await x509Text(pem.stdout, ["-serial"])).trim().replace("serial=", "");
    expect(info.serial).toBe(serial);
    expect(Date.parse(info.notAfter)).toBe(Date.parse((await x509Text(pem.stdout, ["-enddate"])).trim().replace("notAfter=", "")));
    expect(Date.parse(info.notBefore)).toBe(Date.parse((await x509Text(pem.stdout, ["-startdate"])).trim().replace("notBefore=", "")));
    neverLeaksKey(pem, f, j);

    expectUsage(await toolkit(["tls", "show-ca", "--dir", dir, "--format", "xml"]), "--format must be pem or json, got 'xml'");
    expectUsage(await toolkit(["tls", "show-ca", "--dir", dir, "--format", "json", "--fingerprint"]), "--fingerprint and --format cannot be combined");
  });

  test("no CA: one line naming the command that creates one", async () => {
    const dir = join(tempDir(), "nothing");
    expectUsage(await toolkit(["tls", "show-ca", "--dir", dir]), `no CA in ${dir} (directory not found); create one with \`toolkit tls init --dir ${dir}\``);
    const d2 = tempDir();
    expectUsage(await toolkit(["tls", "show-ca", "--dir", d2, "--format", "json"]), `no CA in ${d2} (ca.pem not found); create one with \`toolkit tls init --dir ${d2}\``);
    expectUsage(await toolkit(["tls", "install-ca", "--dir", d2, "--dry-run"]), `no CA in ${d2} (ca.pem not found); create one with \`toolkit tls init --dir ${d2}\``);
  });
});

describe("toolkit tls: actions and option combinations", () => {
  test("unknown action lists the actions", async () => {
    expectUsage(await toolkit(["tls", "frobnicate"]), "unknown tls action 'frobnicate' (actions: init, show-ca, install-ca)");
  });

  test("options that do not apply, conflicting options", async () => {
    const dir = tempDir();
    expectUsage(await toolkit(["tls", "show-ca", "--dir", dir, "--force"]), "--force does not apply to 'tls show-ca' (options: --dir, --fingerprint, --format)");
    expectUsage(await toolkit(["tls", "install-ca", "--dir", dir, "--print-env", "--uninstall"]), "--print-env cannot be combined with --uninstall or --dry-run");
    expectUsage(await toolkit(["tls", "install-ca", "--dir", dir, "--validity", "1y"]), "--validity does not apply to 'tls install-ca' (options: --dir, --dry-run, --uninstall, --print-env)");
  });
});
