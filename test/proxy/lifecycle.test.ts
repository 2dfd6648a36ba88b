// The proxy process as an operator sees it: first start creates a CA and says how to trust it,
// a reload with a bad config keeps the old one serving, SIGTERM exits 0; plus the fail-closed
// body paths (oversize, decompression bomb) and the SSRF guard.
import { afterAll, describe, expect, test } from "bun:test";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ENTRY } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { startProxy, until, type RunningProxy } from "../helpers/net.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const dir = tempDir("tk-life-");
const procs: Array<ReturnType<typeof Bun.spawn>> = [];
const upstream = Bun.serve({
  port: 0,
  hostname: "127.0.0.1",
  fetch: async (req) => {
    const u = new URL(req.url);
    if (u.pathname === "/redirect") return new Response(null, { status: 302, headers: { location: "http://127.0.0.1:1/elsewhere" } });
    if (u.pathname === "/bomb") return new Response(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)), { headers: { "content-type": "text/plain", "content-encoding": "gzip" } });
    await req.arrayBuffer();
    return new Response(`ok ${u.pathname}`, { headers: { "content-type": "text/plain" } });
  },
});
afterAll(() => {
  for (const p of procs) p.kill();
  upstream.stop(true);
});


async function start(cfg: string, home: string): Promise<RunningProxy> {
  const p = await startProxy({ config: cfg, home });
  procs.push(p.proc);
  return p;
}

async function curl(proxyUrl: string, args: string[]): Promise<{ status: number; body: string }> {
  const p = Bun.spawn(["curl", "-s", "-o", "-", "-w", "\n%{http_code}", "-x", proxyUrl, ...args], { stdout: "pipe", stderr: "pipe" });
  const out = await new Response(p.stdout).text();
  await p.exited;
  const i = out.lastIndexOf("\n");
  return { status: Number(out.slice(i + 1)), body: out.slice(0, i) };
}

describe("first start, reload, stop", () => {
  test("creates the CA (0600 key), says how to trust it, installs nothing; bad reload keeps serving; SIGTERM exits 0", async () => {
    const home = mkdtempSync(join(dir, "home-"));
    const cfg = join(home, "toolkit.yaml");
    writeFileSync(cfg, `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(home, "ca")}}\n`);
    const p = await start(cfg, home);
    await Bun.sleep(50); // the lines printed after the start-up one
    const err = p.stderr();
    expect(err).toContain(`created an interception CA in ${join(home, "ca")}`);
    expect(err).toContain("toolkit tls install-ca");
    expect(err).toContain(`export HTTPS_PROXY=${p.proxyUrl}`);
    expect(statSync(join(home, "ca", "ca-key.pem")).mode & 0o777).toBe(0o600);
    expect((await curl(p.proxyUrl, [`http://127.0.0.1:${upstream.port}/a`])).status).toBe(200);

    // An invalid config replaces the file: refused, the old config keeps serving.
    writeFileSync(cfg, "mode: [not valid\n");
    p.proc.kill("SIGHUP");
    await Bun.sleep(1500);
    expect(p.stderr()).toContain("config reload refused, the previous config keeps serving");
    expect((await curl(p.proxyUrl, [`http://127.0.0.1:${upstream.port}/b`])).status).toBe(200);

    // A valid change on disk is picked up without a signal.
    writeFileSync(cfg, `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(home, "ca")}}\nroutes:\n  - host: 127.0.0.1\n    action: block\n`);
    let status = 0;
    for (let i = 0; i < 40 && status !== 403; i++) {
      await Bun.sleep(250);
      status = (await curl(p.proxyUrl, [`http://127.0.0.1:${upstream.port}/c`])).status;
    }
    expect(status).toBe(403);

    expect(await p.stop()).toBe(0);
  }, 60_000);
});

describe("faults", () => {
  test("an audit log on a full disk (/dev/full) is reported once and the proxy keeps serving", async () => {
    if (!existsSync("/dev/full")) return;
    const home = mkdtempSync(join(dir, "home-"));
    const cfg = join(home, "toolkit.yaml");
    writeFileSync(cfg, "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\n");
    const p = await startProxy({ config: cfg, home, log: "/dev/full" });
    procs.push(p.proc);
    for (let i = 0; i < 5; i++) expect((await curl(p.proxyUrl, [`http://127.0.0.1:${upstream.port}/f${i}`])).status).toBe(200);
    expect(await p.stop()).toBe(0);
    const err = p.stderr();
    expect(err.match(/audit log \/dev\/full: ENOSPC/g)?.length).toBe(1);
  }, 30_000);

  test("a control API port already taken: one line, exit 2, and the proxy port it had opened is closed again", async () => {
    const home = mkdtempSync(join(dir, "home-"));
    const taken = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("someone else") });
    try {
      const proc = Bun.spawn([process.execPath, ENTRY, "run", "--no-ui", "--listen", "127.0.0.1:0", "--api-listen", `127.0.0.1:${taken.port}`], { stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "", HOME: home, TOOLKIT_CONFIG: "" } });
      procs.push(proc);
      // Before the fix the proxy kept serving on its own port and the process never exited.
      expect(await until(() => proc.exitCode !== null, 15_000)).toBe(true);
      expect(proc.exitCode).toBe(2);
      const err = await new Response(proc.stderr).text();
      expect(err).toContain(`--api-listen 127.0.0.1:${taken.port}: address in use`);
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      taken.stop(true);
    }
  }, 30_000);
});

describe("fail-closed paths and the SSRF guard", async () => {
  const home = mkdtempSync(join(dir, "home-"));
  const cfg = join(home, "toolkit.yaml");
  writeFileSync(cfg, `
ssrf: {allow: [127.0.0.0/8]}
tls: {intercept: false}
defaults:
  request: {max_body_bytes: 1MiB}
  response: {max_body_bytes: 1MiB}
routes:
  - host: 127.0.0.1
    path: /prefix
    request: {on_oversize: scan_prefix}
  - host: "*.nip.io"
    action: allow
`);
  const p = await start(cfg, home);
  const up = (path: string) => `http://127.0.0.1:${upstream.port}${path}`;
  const bodyFile = join(home, "big.txt");
  writeFileSync(bodyFile, "a".repeat(2 * 1024 * 1024));

  test("a body over the limit is refused (413) unless the route scans a prefix", async () => {
    expect((await curl(p.proxyUrl, ["--data-binary", `@${bodyFile}`, up("/big")])).status).toBe(413);
    expect((await curl(p.proxyUrl, ["--data-binary", `@${bodyFile}`, up("/prefix")])).status).toBe(200);
    const withSecret = join(home, "big-secret.txt");
    writeFileSync(withSecret, `token=${fake.githubPat()}\n${"a".repeat(2 * 1024 * 1024)}`);
    expect((await curl(p.proxyUrl, ["--data-binary", `@${withSecret}`, up("/prefix")])).status).toBe(403);
  });
  test("a decompression bomb in a response fails closed", async () => {
    const r = await curl(p.proxyUrl, [up("/bomb")]);
    expect(r.status).toBe(502);
    expect(r.body).toContain("could not be judged");
  });
  test("redirects are handed to the client, not followed", async () => {
    expect((await curl(p.proxyUrl, [up("/redirect")])).status).toBe(302);
  });
  test("private and metadata targets are refused unless ssrf.allow covers them; names that resolve there too", async () => {
    expect((await curl(p.proxyUrl, ["http://169.254.169.254/latest/meta-data/"])).status).toBe(403);
    expect((await curl(p.proxyUrl, ["http://10.255.255.1/"])).status).toBe(403);
    // localhost resolves to loopback: allowed here only because 127.0.0.0/8 is in ssrf.allow.
    expect((await curl(p.proxyUrl, [`http://localhost:${upstream.port}/x`])).status).toBe(200);
    // A public-looking name that resolves to a private address (the rebinding shape), no network needed:
    const r = await curl(p.proxyUrl, ["http://10.0.0.1.nip.io/"]);
    expect([403, 502]).toContain(r.status);
  });
  test("the key file never appears world-readable and nothing was installed system-wide", () => {
    expect(existsSync("/usr/local/share/ca-certificates/toolkit-ca.crt")).toBe(false);
  });
});

afterAll(removeTempDirs);
