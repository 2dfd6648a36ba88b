// `npm run bench:proxy`: the proxy against direct requests to the same local upstream, and against
// Debian's mitmproxy (mitmdump) where it installs, all in one run, loopback only and bounded.
// Installs wrk (and mitmproxy) from Debian packages when missing; prints ratios.
//   plain HTTP, 4 KB JSON bodies scanned: wrk, c=1 and c=32 (proxy vs direct; p50 added latency)
//   MITM keep-alive: Node undici ProxyAgent over intercepted HTTPS, c=32 (toolkit vs mitmdump)
//   new CONNECT + TLS handshakes per second (toolkit vs mitmdump)
//   peak RSS of the proxy process
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { collectText, startProxy, until, waitForLine } from "../../test/helpers/net.ts";
import { join } from "node:path";
import { cpuMs, listeningPorts, peakRssMiB, waitFor } from "./local.ts";

const root = join(import.meta.dir, "..", "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

function have(cmd: string): boolean {
  return Bun.spawnSync(["sh", "-c", `command -v ${cmd}`]).exitCode === 0;
}

function ensure(cmd: string, pkg: string): boolean {
  if (have(cmd)) return true;
  console.log(`installing ${pkg} from Debian packages…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  Bun.spawnSync([...sudo, "apt-get", "update"], { stdout: "ignore", stderr: "ignore" });
  Bun.spawnSync([...sudo, "apt-get", "install", "-y", "--no-install-recommends", pkg], { stdout: "ignore", stderr: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return have(cmd);
}


interface WrkResult {
  rps: number;
  p50ms: number;
}

// Load generators run asynchronously: the upstreams live in this process and must keep serving.
async function wrk(target: string, conns: number, script: string, seconds = SECONDS): Promise<WrkResult> {
  const r = Bun.spawn(["wrk", "-t", conns > 1 ? "2" : "1", "-c", String(conns), "-d", `${seconds}s`, "--latency", "-s", script, target], { stdout: "pipe", stderr: "pipe" });
  const out = await new Response(r.stdout).text();
  await r.exited;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const p50 = /50%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p50ms = p50 ? Number(p50[1]) * (p50[2] === "us" ? 0.001 : p50[2] === "s" ? 1000 : 1) : NaN;
  return { rps, p50ms };
}

/** Node + undici through a proxy to an HTTPS upstream: requests/s at `conns` concurrent loops. */
async function undiciLoad(proxy: string, url: string, ca: string, conns: number, fresh: boolean, seconds = SECONDS): Promise<number> {
  const script = `
    const { ProxyAgent, request } = require("undici");
    const fs = require("fs");
    const ca = fs.readFileSync(process.env.CA, "utf8");
    const mk = () => new ProxyAgent({ uri: process.env.PROXY, requestTls: { ca }, connections: ${fresh ? 1 : conns} });
    let agent = mk();
    const end = Date.now() + ${seconds * 1000};
    let n = 0, errors = 0;
    async function loop() {
      while (Date.now() < end) {
        const a = ${fresh ? "mk()" : "agent"};
        try { const r = await request(process.env.URL, { dispatcher: a, method: "POST", body: process.env.BODY, headers: { "content-type": "application/json" } }); await r.body.text(); n++; } catch { errors++; }
        ${fresh ? "await a.close();" : ""}
      }
    }
    Promise.all(Array.from({ length: ${conns} }, loop)).then(() => { console.log(JSON.stringify({ n, errors })); process.exit(0); });`;
  const r = Bun.spawn(["node", "-e", script], { cwd: root, stdout: "pipe", stderr: "pipe", env: { ...process.env, PROXY: proxy, URL: url, CA: ca, BODY: BODY } });
  const text = await new Response(r.stdout).text();
  await r.exited;
  try {
    const { n } = JSON.parse(text) as { n: number; errors: number };
    return n / seconds;
  } catch {
    return 0;
  }
}

const BODY = JSON.stringify({ model: "m", messages: Array.from({ length: 20 }, (_, i) => ({ role: "user", content: `Please summarise item ${i} of the build log and list failing tests with their file names and line numbers ${"x".repeat(120)}` })) }).slice(0, 4096);

export async function benchProxy(): Promise<string[]> {
  const out: string[] = [];
  if (!ensure("wrk", "wrk")) return ["wrk could not be installed: proxy bench skipped"];
  const dir = mkdtempSync(join(tmpdir(), "tk-bench-proxy-"));
  const bin = join(root, "dist", "toolkit");
  // Upstreams: plain HTTP and HTTPS (leaf from a CA only the proxies trust).
  Bun.spawnSync([bin, "tls", "init", "--dir", join(dir, "upca")], { stdout: "ignore", stderr: "ignore" });
  const { loadCA } = await import("../../src/tls/ca-store.ts");
  const { LeafIssuer } = await import("../../src/tls/leaf.ts");
  const leaf = await new LeafIssuer(await loadCA(join(dir, "upca"))).get("localhost");
  const reply = JSON.stringify({ id: "msg_1", content: [{ type: "text", text: "All tests passed." }] });
  const handler = async (req: Request) => {
    if (req.method === "POST") await req.arrayBuffer();
    return new Response(reply, { headers: { "content-type": "application/json" } });
  };
  const plain = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: handler });
  const secure = Bun.serve({ port: 0, hostname: "127.0.0.1", tls: { cert: leaf.certPem, key: leaf.keyPem }, fetch: handler });

  writeFileSync(join(dir, "cfg.yaml"), `ssrf: {allow: [127.0.0.0/8]}\ndetect: {budget_ms: 30000}\ntls: {ca_dir: ${join(dir, "ca")}, upstream_ca: ${join(dir, "upca", "ca.pem")}}\nroutes:\n  - host: 127.0.0.1\n    path: /upload\n    request: {max_body_bytes: 64MiB}\n  - host: 127.0.0.1\n    path: /unscanned\n    request: {scan: false}\n    response: {scan: false}\n`);
  const proxy = await startProxy({ config: join(dir, "cfg.yaml"), home: dir, cmd: [bin] });
  const port = proxy.port;

  const post = (path: string) => {
    const f = join(dir, `post-${Math.random().toString(36).slice(2)}.lua`);
    writeFileSync(f, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(BODY)}\nwrk.headers["Content-Type"] = "application/json"\nwrk.path = ${JSON.stringify(path)}\n`);
    return f;
  };
  const direct = `http://127.0.0.1:${plain.port}`;
  const viaProxy = `http://127.0.0.1:${port}`;
  // Ceilings measured beside it: a relay-only proxy on the same pieces (scripts/bench/noop-proxy.ts),
  // and toolkit itself on a route with scanning off (what the proxy's plumbing costs alone).
  const noop = Bun.spawn([process.execPath, join(import.meta.dir, "noop-proxy.ts"), "0"], { stdout: "pipe", stderr: "ignore" });
  const noopOut = collectText(noop.stdout);
  const noopPort = (await waitForLine(noopOut.text, noop, (t) => /noop proxy listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(t)?.[1] ?? null, 10_000)) ?? "0";
  // Warm-up, not measured: JavaScriptCore keeps compiling the scanning paths for the first ~40k
  // requests (measured: the proxy's JIT threads busy for ~30 s, main-thread CPU per request falling
  // by a third); a proxy runs for hours, so figures are taken after it. Plain and intercepted paths.
  const WARM = Number(process.env.BENCH_WARMUP_SECONDS ?? 15);
  if (WARM > 0) {
    const warmSecure = `https://localhost:${secure.port}/v1/messages`;
    await Promise.all([
      wrk(viaProxy, 8, post(`${direct}/v1/messages`), WARM),
      undiciLoad(viaProxy, warmSecure, join(dir, "ca", "ca.pem"), 8, false, WARM),
    ]);
  }
  for (const c of [1, 32]) {
    const d = await wrk(direct, c, post("/v1/messages"));
    const p = await wrk(viaProxy, c, post(`${direct}/v1/messages`));
    const u = await wrk(viaProxy, c, post(`${direct}/unscanned`));
    const n = await wrk(`http://127.0.0.1:${noopPort}`, c, post(`${direct}/v1/messages`));
    const pct = (x: WrkResult) => `${((100 * x.rps) / d.rps).toFixed(1)}%`;
    out.push(`plain HTTP, 4 KB JSON POST scanned, c=${c}: direct ${d.rps.toFixed(0)} rps, through toolkit ${p.rps.toFixed(0)} rps = ${pct(p)} of direct; p50 ${d.p50ms.toFixed(3)} → ${p.p50ms.toFixed(3)} ms (+${(p.p50ms - d.p50ms).toFixed(3)} ms)`);
    out.push(`  ceilings, c=${c}: toolkit with scanning off ${u.rps.toFixed(0)} rps = ${pct(u)} (+${(u.p50ms - d.p50ms).toFixed(3)} ms p50); relay-only proxy on node:http + Bun fetch ${n.rps.toFixed(0)} rps = ${pct(n)} (+${(n.p50ms - d.p50ms).toFixed(3)} ms p50)`);
  }
  noop.kill();
  const secureUrl = `https://localhost:${secure.port}/v1/messages`;
  const caFile = join(dir, "ca", "ca.pem");
  let c0 = cpuMs(proxy.proc.pid);
  const mitmKeep = await undiciLoad(viaProxy, secureUrl, caFile, 32, false);
  const mitmCpu = (cpuMs(proxy.proc.pid) - c0) / (mitmKeep * SECONDS);
  const mitmFresh = await undiciLoad(viaProxy, secureUrl, caFile, 8, true);
  out.push(`MITM keep-alive (undici ProxyAgent, c=32): toolkit ${mitmKeep.toFixed(0)} rps, ${mitmCpu.toFixed(2)} ms CPU per request`);
  out.push(`new CONNECT + TLS handshake per request (c=8): toolkit ${mitmFresh.toFixed(0)} /s`);
  out.push(`peak RSS of toolkit run after the loads above: ${peakRssMiB(proxy.proc.pid)} MiB`);
  // Memory under pressure: 500 open tunnels (CONNECT answered, ClientHello pending) and two 50 MB
  // bodies in flight at once (the route allows 64 MiB, so each is held and judged whole).
  const { connect } = await import("node:net");
  const tunnels = await Promise.all(Array.from({ length: 500 }, () => new Promise<import("node:net").Socket>((ok) => {
    const s = connect(port, "127.0.0.1", () => s.write(`CONNECT localhost:${secure.port} HTTP/1.1\r\nHost: localhost:${secure.port}\r\n\r\n`));
    s.once("data", () => ok(s));
    s.on("error", () => ok(s));
  })));
  const big = join(dir, "big.txt");
  writeFileSync(big, Buffer.from(Array.from({ length: 700_000 }, (_, i) => `2026-12-04T10:00:00Z INFO request ${i} ok path=/v1/items/${(i * 7919) % 100_000}\n`).join("").slice(0, 50 * 1024 * 1024)));
  const uploads = Array.from({ length: 2 }, () => Bun.spawn(["curl", "-s", "-o", "/dev/null", "-x", viaProxy, "--data-binary", `@${big}`, `${direct}/upload`], { stdout: "ignore", stderr: "ignore" }));
  await Promise.all(uploads.map((u) => u.exited));
  out.push(`peak RSS with 500 open tunnels and two 50 MB bodies in flight: ${peakRssMiB(proxy.proc.pid)} MiB  [target < 300 MiB]`);
  for (const t of tunnels) t.destroy();
  await proxy.stop();

  if (ensure("mitmdump", "mitmproxy")) {
    const confdir = join(dir, "mitm");
    // Port 0; -q keeps mitmdump silent (its own start-up line is an info message), so the port it
    // bound is read from /proc.
    const m = Bun.spawn(["mitmdump", "--listen-host", "127.0.0.1", "--listen-port", "0", "--set", `confdir=${confdir}`, "--set", `ssl_verify_upstream_trusted_ca=${join(dir, "upca", "ca.pem")}`, "-q"], { stdout: "ignore", stderr: "ignore" });
    await until(() => listeningPorts(m.pid).length > 0 || m.exitCode !== null, 20_000);
    const mport = listeningPorts(m.pid)[0] ?? 0;
    await waitFor(`http://127.0.0.1:${mport}/`);
    for (let i = 0; i < 100 && !(await Bun.file(join(confdir, "mitmproxy-ca-cert.pem")).exists()); i++) await Bun.sleep(100);
    const mca = join(confdir, "mitmproxy-ca-cert.pem");
    const mp = await wrk(`http://127.0.0.1:${mport}`, 32, post(`${direct}/v1/messages`));
    if (WARM > 0) await undiciLoad(`http://127.0.0.1:${mport}`, secureUrl, mca, 8, false, Math.min(WARM, 5));
    c0 = cpuMs(m.pid);
    const mKeep = await undiciLoad(`http://127.0.0.1:${mport}`, secureUrl, mca, 32, false);
    const mCpu = (cpuMs(m.pid) - c0) / (mKeep * SECONDS);
    const mFresh = await undiciLoad(`http://127.0.0.1:${mport}`, secureUrl, mca, 8, true);
    out.push(`mitmdump (no scanning), same loads: plain c=32 ${mp.rps.toFixed(0)} rps; MITM keep-alive ${mKeep.toFixed(0)} rps; new handshakes ${mFresh.toFixed(0)} /s; peak RSS ${peakRssMiB(m.pid)} MiB`);
    out.push(`ratio toolkit/mitmdump: MITM keep-alive ${(mitmKeep / Math.max(1, mKeep)).toFixed(2)}x requests/s, ${(mCpu / mitmCpu).toFixed(2)}x less CPU per request (mitmdump ${mCpu.toFixed(2)} ms); new handshakes ${(mitmFresh / Math.max(1, mFresh)).toFixed(2)}x  [target >= 5x]`);
    m.kill();
    await m.exited;
  } else out.push("mitmproxy could not be installed: no mitmdump ratio");
  plain.stop(true);
  secure.stop(true);
  return out;
}

if (import.meta.main) {
  const build = Bun.spawnSync([process.execPath, join(root, "scripts", "build.ts")], { stdout: "inherit", stderr: "inherit" });
  if (build.exitCode !== 0) process.exit(1);
  for (const line of await benchProxy()) console.log(line);
  const { benchWebsocket } = await import("./websocket.ts");
  for (const line of await benchWebsocket()) console.log(line);
  process.exit(0);
}
