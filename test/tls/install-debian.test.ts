// install-ca on the Debian store, for real (update-ca-certificates runs), against a sandboxed trust
// store: TOOLKIT_TRUST_ROOT points every path at a temp dir, so this machine never trusts a test CA.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCA } from "../../src/tls/ca.ts";
import { loadCA, writeCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";
import { shortFingerprint, firstCertDer } from "../../src/tls/pem.ts";
import { cleanEnv, cleanupTempDirs, curl, openssl, requireTool, run, tempDir, tlsServer, toolkit, CLI } from "./helpers.ts";
import { stubDevtools } from "../../scripts/build-plugins.ts";

const REAL_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
const REAL_LOCAL = "/usr/local/share/ca-certificates";

/** Type, link target, mode and content hash of everything under a directory. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = p.slice(root.length);
      if (st.isSymbolicLink()) out.push(`l ${rel} -> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.push(`d ${rel} ${(st.mode & 0o777).toString(8)}`);
        walk(p);
      } else out.push(`f ${rel} ${(st.mode & 0o777).toString(8)} ${createHash("sha256").update(readFileSync(p)).digest("hex").slice(0, 16)}`);
    }
  };
  walk(root);
  return out;
}

function realStoreState(): string {
  const bundle = existsSync(REAL_BUNDLE) ? createHash("sha256").update(readFileSync(REAL_BUNDLE)).digest("hex") : "none";
  const local = existsSync(REAL_LOCAL) ? readdirSync(REAL_LOCAL).join(",") : "none";
  return `${bundle} ${local}`;
}

/** A Debian-shaped trust store with one "system" root (made by openssl), refreshed once. */
async function makeSandbox(): Promise<string> {
  const root = tempDir("toolkit-trust-root-");
  mkdirSync(join(root, "usr/share/ca-certificates/fake"), { recursive: true });
  mkdirSync(join(root, "usr/local/share/ca-certificates"), { recursive: true });
  mkdirSync(join(root, "etc/ssl/certs"), { recursive: true });
  const r = await openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=fake system root",
    "-days", "30", "-keyout", join(root, "fake-root.key"), "-out", join(root, "usr/share/ca-certificates/fake/fake-root.crt")]);
  expect(r.code).toBe(0);
  writeFileSync(join(root, "etc/ca-certificates.conf"), "fake/fake-root.crt\n");
  const u = await run([requireTool("update-ca-certificates"), "--certsconf", join(root, "etc/ca-certificates.conf"),
    "--certsdir", join(root, "usr/share/ca-certificates"), "--localcertsdir", join(root, "usr/local/share/ca-certificates"),
    "--etccertsdir", join(root, "etc/ssl/certs"), "--hooksdir", join(root, "etc/ca-certificates/update.d")]);
  expect(u.code).toBe(0);
  return root;
}

let caDir: string;
let leafFile: string;
let shortFp: string;
let home: string;
let realBefore: string;

beforeAll(async () => {
  requireTool("update-ca-certificates");
  requireTool("openssl");
  realBefore = realStoreState();
  caDir = join(tempDir(), "ca");
  writeCA(caDir, await createCA());
  const ca = await loadCA(caDir);
  leafFile = join(caDir, "leaf-for-test.pem");
  writeFileSync(leafFile, (await new LeafIssuer(ca).get("installed.example.test")).certPem);
  shortFp = shortFingerprint(firstCertDer(ca.certPem)!);
  home = tempDir("toolkit-home-");
});

afterAll(() => {
  // The point of the sandbox: the machine's own trust store is exactly as before.
  expect(realStoreState()).toBe(realBefore);
  cleanupTempDirs();
});

function envFor(root: string, extra: Record<string, string> = {}): Record<string, string> {
  return { TOOLKIT_TRUST_ROOT: root, TOOLKIT_TRUST_PLATFORM: "debian", HOME: home, ...extra };
}

async function verifiesWithStore(root: string): Promise<boolean> {
  const r = await openssl(["verify", "-x509_strict", "-no-CAfile", "-no-CAstore", "-CApath", join(root, "etc/ssl/certs"), leafFile]);
  return r.code === 0;
}

describe("install-ca, Debian store, sandboxed", () => {
  test("install, re-run, uninstall: trusted exactly while installed; the tree returns to its baseline", async () => {
    const root = await makeSandbox();
    const baseline = snapshot(root);
    const file = join(root, `usr/local/share/ca-certificates/toolkit-${shortFp}.crt`);
    const bundle = join(root, "etc/ssl/certs/ca-certificates.crt");
    expect(await verifiesWithStore(root)).toBe(false);

    // --dry-run: says what it would do, changes nothing.
    const dry = await toolkit(["tls", "install-ca", "--dir", caDir, "--dry-run"], envFor(root));
    expect(dry.stderr).toBe("");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`debian: would write ${file} (0644)`);
    expect(dry.stdout).toContain(`debian: would run update-ca-certificates --certsconf ${root}/etc/ca-certificates.conf --certsdir ${root}/usr/share/ca-certificates --localcertsdir ${root}/usr/local/share/ca-certificates --etccertsdir ${root}/etc/ssl/certs --hooksdir ${root}/etc/ca-certificates/update.d`);
    expect(dry.stdout).toContain("dry run: nothing was changed");
    expect(snapshot(root)).toEqual(baseline);
    expect(existsSync(join(caDir, "installed.json"))).toBe(false);

    // Install.
    const inst = await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root));
    expect(inst.stderr).toBe("");
    expect(inst.code).toBe(0);
    expect(inst.stdout).toContain(`debian: wrote ${file}\n`);
    expect(inst.stdout).toMatch(/debian: ran update-ca-certificates --certsconf .* \(1 added, 0 removed\)\n/);
    expect(inst.stdout).toContain(`debian: ${bundle} now includes the CA`);
    expect(inst.stdout).toContain(`recorded in ${join(caDir, "installed.json")}`);
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(caDir, "ca.pem"), "utf8"));
    expect(readFileSync(bundle, "utf8")).toContain(readFileSync(join(caDir, "ca.pem"), "utf8").trim());
    expect(await verifiesWithStore(root)).toBe(true); // openssl, with only the sandbox store, now trusts our leaves
    const manifest = JSON.parse(readFileSync(join(caDir, "installed.json"), "utf8"));
    expect(manifest.entries.map((e: { store: string; file: string; root: string }) => [e.store, e.file, e.root])).toEqual([["debian", file, root]]);
    const installed = snapshot(root);

    // Re-run: idempotent.
    const again = await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`debian: already installed: ${file} (and in ${bundle}); nothing to do`);
    expect(snapshot(root)).toEqual(installed);
    expect(JSON.parse(readFileSync(join(caDir, "installed.json"), "utf8")).entries).toHaveLength(1);

    // Uninstall --dry-run: changes nothing.
    const dryUn = await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall", "--dry-run"], envFor(root));
    expect(dryUn.code).toBe(0);
    expect(dryUn.stdout).toContain(`debian: would remove ${file}`);
    expect(dryUn.stdout).toMatch(/debian: would run update-ca-certificates --fresh --certsconf/);
    expect(snapshot(root)).toEqual(installed);

    // Uninstall: back to the baseline, byte for byte; no longer trusted; record gone.
    const un = await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root));
    expect(un.stderr).toBe("");
    expect(un.code).toBe(0);
    expect(un.stdout).toContain(`debian: removed ${file}\n`);
    expect(un.stdout).toContain(`debian: ${bundle} no longer includes the CA`);
    expect(snapshot(root)).toEqual(baseline);
    expect(await verifiesWithStore(root)).toBe(false);
    expect(existsSync(join(caDir, "installed.json"))).toBe(false);

    const un2 = await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root));
    expect(un2.code).toBe(0);
    expect(un2.stdout.trim()).toBe(`nothing to uninstall: no install record (${join(caDir, "installed.json")})`);
  });

  // curl keeps its built-in default bundle (the machine's, which never holds the test CA) and adds
  // the sandbox's hashed directory: the leaf is trusted exactly when install-ca put the CA there.
  test("curl trusts a leaf through the sandboxed system store (--capath) only while installed", async () => {
    const root = await makeSandbox();
    const ca = await loadCA(caDir);
    const leaf = await new LeafIssuer(ca).get("store.example.test");
    const srv = await tlsServer(leaf.certPem, leaf.keyPem, "store");
    try {
      const args = ["--resolve", `store.example.test:${srv.port}:127.0.0.1`, "--capath", join(root, "etc/ssl/certs")];
      const url = `https://store.example.test:${srv.port}/`;
      expect((await curl(url, args)).code).toBe(60);
      expect((await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root))).code).toBe(0);
      const ok = await curl(url, args);
      expect(ok.stderr).toBe("");
      expect(ok.stdout).toBe("hello store");
      expect((await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root))).code).toBe(0);
      expect((await curl(url, args)).code).toBe(60);
    } finally {
      await srv.close();
    }
  });

  test("uninstall refuses to delete a file that was changed after install", async () => {
    const root = await makeSandbox();
    expect((await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root))).code).toBe(0);
    const file = join(root, `usr/local/share/ca-certificates/toolkit-${shortFp}.crt`);
    writeFileSync(file, readFileSync(join(root, "usr/share/ca-certificates/fake/fake-root.crt")));
    const un = await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root));
    expect(un.code).toBe(2);
    expect(un.stderr).toBe(`toolkit: debian: ${file} was changed since install-ca wrote it; not removing it (remove it by hand)\n`);
    expect(existsSync(file)).toBe(true);
    // Restore and finish, so the manifest does not leak into the next test.
    writeFileSync(file, readFileSync(join(caDir, "ca.pem")));
    expect((await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root))).code).toBe(0);
  });

  test("missing privileges: one line naming the sudo command; nothing changed", async () => {
    const root = await makeSandbox();
    const baseline = snapshot(root);
    const isRoot = process.getuid?.() === 0;
    let res;
    if (isRoot) {
      // Run as nobody: the sandbox stays root-owned 0755, like the real /usr/local/share/ca-certificates.
      const setpriv = requireTool("setpriv");
      const nobodyHome = tempDir("toolkit-nobody-");
      for (const d of [nobodyHome, join(caDir, "..")]) chmodSync(d, 0o777);
      chmodSync(caDir, 0o755);
      chmodSync(root, 0o755);
      // nobody may not be able to read this checkout (a fresh clone in a 0700 temp dir): run a
      // compiled copy of the CLI from a world-readable directory instead.
      const binDir = tempDir("toolkit-nobody-bin-");
      chmodSync(binDir, 0o755);
      const bin = join(binDir, "toolkit");
      const built = await Bun.build({ entrypoints: [CLI], compile: { outfile: bin }, minify: true, format: "esm", target: "bun", plugins: [stubDevtools] });
      expect(built.success).toBe(true);
      chmodSync(bin, 0o755);
      try {
        res = await run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin, "tls", "install-ca", "--dir", caDir],
          { env: cleanEnv({ ...envFor(root), HOME: nobodyHome }) });
      } finally {
        chmodSync(caDir, 0o700);
      }
    } else {
      chmodSync(join(root, "usr/local/share/ca-certificates"), 0o555);
      res = await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root));
      chmodSync(join(root, "usr/local/share/ca-certificates"), 0o755);
    }
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(`toolkit: writing ${join(root, "usr/local/share/ca-certificates")}/toolkit-${shortFp}.crt needs root privileges: run \`sudo toolkit tls install-ca --dir ${caDir}\`\n`);
    expect(res.stdout).toBe("");
    expect(snapshot(root)).toEqual(baseline);
    expect(existsSync(join(caDir, "installed.json"))).toBe(false);
  });

  test("--print-env: combined bundle (system + CA) that curl accepts via CURL_CA_BUNDLE from eval", async () => {
    const root = await makeSandbox();
    const r = await toolkit(["tls", "install-ca", "--dir", caDir, "--print-env"], envFor(root));
    expect(r.code).toBe(0);
    const bundlePath = join(caDir, "ca-bundle.pem");
    const exports = r.stdout.split("\n").filter((l) => l.startsWith("export "));
    expect(exports).toEqual([
      `export NODE_EXTRA_CA_CERTS=${join(caDir, "ca.pem")}`,
      ...["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE", "GIT_SSL_CAINFO", "PIP_CERT", "AWS_CA_BUNDLE"].map((v) => `export ${v}=${bundlePath}`),
    ]);
    const bundle = readFileSync(bundlePath, "utf8");
    expect(bundle.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(bundle).toContain(readFileSync(join(root, "usr/share/ca-certificates/fake/fake-root.crt"), "utf8").trim());
    expect(bundle).toContain(readFileSync(join(caDir, "ca.pem"), "utf8").trim());
    expect(readdirSync(caDir).filter((f) => f.includes(".tmp-"))).toEqual([]);

    // The exports really work: eval them in a shell and let curl (no --cacert) reach a leaf server.
    const ca = await loadCA(caDir);
    const leaf = await new LeafIssuer(ca).get("env.example.test");
    const srv = await tlsServer(leaf.certPem, leaf.keyPem, "env");
    try {
      const script = `eval "$("${process.execPath}" "${CLI}" tls install-ca --dir "${caDir}" --print-env)" && curl -sS --noproxy '*' --max-time 10 --resolve env.example.test:${srv.port}:127.0.0.1 https://env.example.test:${srv.port}/`;
      const sh = await run(["sh", "-c", script], { env: cleanEnv(envFor(root)) });
      expect(sh.stderr).toBe("");
      expect(sh.stdout).toBe("hello env");
    } finally {
      await srv.close();
    }
  });

  test("browser NSS databases (Chromium ~/.pki/nssdb, Firefox profile): certutil missing is reported; real certutil adds and removes", async () => {
    const root = await makeSandbox();
    const nssHome = tempDir("toolkit-nss-home-");
    const dbs = [join(nssHome, ".pki/nssdb"), join(nssHome, ".mozilla/firefox/abcd1234.default-release")];
    const certutil = Bun.which("certutil");
    for (const db of dbs) {
      mkdirSync(db, { recursive: true });
      if (certutil) expect((await run([certutil, "-N", "-d", `sql:${db}`, "--empty-password"])).code).toBe(0);
      else writeFileSync(join(db, "cert9.db"), ""); // discovery looks for the database file
    }
    mkdirSync(join(nssHome, ".mozilla/firefox/no-db-profile"), { recursive: true });
    const nick = `toolkit-${shortFp}`;
    const inst = await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root, { HOME: nssHome }));
    expect(inst.code).toBe(0);
    const stores = () => JSON.parse(readFileSync(join(caDir, "installed.json"), "utf8")).entries.map((e: { store: string }) => e.store);
    if (!certutil) {
      expect(inst.stdout).toContain("nss: found 2 browser database(s) but certutil is not installed (Debian/Ubuntu: apt install libnss3-tools;");
      expect(stores()).toEqual(["debian"]);
    } else {
      for (const db of dbs) {
        expect(inst.stdout).toContain(`nss: added to sql:${db} as "${nick}"`);
        expect((await run([certutil, "-d", `sql:${db}`, "-L", "-n", nick])).code).toBe(0);
      }
      expect(stores()).toEqual(["debian", "nss", "nss"]);
      const again = await toolkit(["tls", "install-ca", "--dir", caDir], envFor(root, { HOME: nssHome }));
      for (const db of dbs) expect(again.stdout).toContain(`nss: already in sql:${db} as "${nick}"; nothing to do`);
    }
    const un = await toolkit(["tls", "install-ca", "--dir", caDir, "--uninstall"], envFor(root, { HOME: nssHome }));
    expect(un.code).toBe(0);
    if (certutil) {
      for (const db of dbs) {
        expect(un.stdout).toContain(`nss: removed "${nick}" from sql:${db}`);
        expect((await run([certutil, "-d", `sql:${db}`, "-L", "-n", nick])).code).not.toBe(0);
      }
    }
    expect(existsSync(join(caDir, "installed.json"))).toBe(false);
  });

  test("only the Debian store can be sandboxed", async () => {
    const root = await makeSandbox();
    const r = await toolkit(["tls", "install-ca", "--dir", caDir], { ...envFor(root), TOOLKIT_TRUST_PLATFORM: "rhel" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("toolkit: TOOLKIT_TRUST_ROOT is supported for the Debian store only (update-ca-trust cannot target another root)\n");
    const bad = await toolkit(["tls", "install-ca", "--dir", caDir], { ...envFor(root), TOOLKIT_TRUST_ROOT: "relative/path" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("toolkit: TOOLKIT_TRUST_ROOT must be an absolute path, got 'relative/path'\n");
  });
});
