// `npm run soak [-- --seconds N] [--connections N]`: a bounded, loopback-only soak of `toolkit run`
// (default 10 minutes at 64 connections). The proxy is the built binary (dist/toolkit, built
// first when missing): what users run, in its own process, so its RSS and open file descriptors
// are its own and not mixed with the load generator's. The 64 connections mix:
//   plain HTTP keep-alive (POST, body scanned), MITM keep-alive (HTTPS through interception,
//   trusting the proxy's CA), a new CONNECT + TLS handshake per request, WebSocket echo (ws://,
//   messages judged; reconnects every 200 messages) and SSE (5 events, judged event by event).
// Prints requests served, failures (must be 0), p50/p99 latency, and the proxy's RSS and fds
// sampled every 10 s, and whether both stay within 10% after warm-up (the trend of the means: RSS
// saws with garbage collection; the spread of single samples is printed too). Not part of CI.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tls from "node:tls";
import { startProxy } from "../test/helpers/net.ts";
import { localUpstreams, wsConnect } from "./bench/local.ts";

function flag(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const n = v === undefined ? dflt : Number(v);
  if (!(n > 0)) {
    console.error(`soak: --${name} takes a positive number`);
    process.exit(2);
  }
  return n;
}
const SECONDS = flag("seconds", 600);
const CONNS = flag("connections", 64);
const root = join(import.meta.dir, "..");
const bin = join(root, "dist", "toolkit");
if (!existsSync(bin)) {
  const b = Bun.spawnSync([process.execPath, join(root, "scripts", "build.ts")], { stdout: "inherit", stderr: "inherit" });
  if (b.exitCode !== 0) process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "tk-soak-"));
const ups = await localUpstreams(dir);
writeFileSync(join(dir, "cfg.yaml"), `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(dir, "ca")}, upstream_ca: ${ups.upstreamCa}}\n`);
// The audit log goes to /dev/null: every line is still formatted and written, but ten minutes of
// lines would otherwise fill the disk with hundreds of MB.
const proxy = await startProxy({ config: join(dir, "cfg.yaml"), home: dir, log: "/dev/null", cmd: [bin] });
const ca = readFileSync(join(dir, "ca", "ca.pem"), "utf8");
const BODY = JSON.stringify({ model: "m", messages: Array.from({ length: 8 }, (_, i) => ({ role: "user", content: `Summarise item ${i} of the build log ${"x".repeat(100)}` })) });

// Latencies in ms, grown as needed; failures with their first messages.
let lat = new Float64Array(1 << 20);
let n = 0;
const served: Record<string, number> = {};
let failures = 0;
const firstFailures: string[] = [];
const record = (kind: string, t0: number) => {
  if (n === lat.length) {
    const next = new Float64Array(lat.length * 2);
    next.set(lat);
    lat = next;
  }
  lat[n++] = performance.now() - t0;
  served[kind] = (served[kind] ?? 0) + 1;
};
const fail = (kind: string, err: unknown) => {
  failures++;
  if (firstFailures.length < 10) firstFailures.push(`${kind}: ${String((err as Error)?.message ?? err).split("\n")[0]}`);
};

const end = performance.now() + SECONDS * 1000;
const plainUrl = `http://127.0.0.1:${ups.plain.port}`;
const secureUrl = `https://localhost:${ups.secure.port}`;

async function plainLoop(): Promise<void> {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      const r = await fetch(`${plainUrl}/v1/messages`, { method: "POST", body: BODY, headers: { "content-type": "application/json" }, proxy: proxy.proxyUrl } as RequestInit);
      const text = await r.text();
      if (r.status !== 200 || text !== BODY) throw new Error(`plain: status ${r.status}`);
      record("plain HTTP", t0);
    } catch (e) {
      fail("plain HTTP", e);
    }
  }
}

async function mitmLoop(): Promise<void> {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      const r = await fetch(`${secureUrl}/v1/messages`, { method: "POST", body: BODY, headers: { "content-type": "application/json" }, proxy: proxy.proxyUrl, tls: { ca } } as RequestInit);
      const text = await r.text();
      if (r.status !== 200 || text !== BODY) throw new Error(`MITM: status ${r.status}`);
      record("MITM keep-alive", t0);
    } catch (e) {
      fail("MITM keep-alive", e);
    }
  }
}

/** One request over a brand-new CONNECT tunnel and TLS handshake with the proxy's leaf. */
function freshTunnel(): Promise<void> {
  return new Promise((ok, bad) => {
    const host = `localhost:${ups.secure.port}`;
    const raw = net.connect(proxy.port, "127.0.0.1", () => raw.write(`CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n\r\n`));
    const timer = setTimeout(() => (raw.destroy(), bad(new Error("tunnel: no answer in 30 s"))), 30_000);
    raw.on("error", (e) => (clearTimeout(timer), bad(e)));
    raw.once("data", (d: Buffer) => {
      if (!d.toString("latin1").startsWith("HTTP/1.1 200")) return clearTimeout(timer), raw.destroy(), bad(new Error(`CONNECT: ${d.toString("latin1").slice(0, 40)}`));
      const t = tls.connect({ socket: raw, servername: "localhost", ca, ALPNProtocols: ["http/1.1"] }, () => t.write(`GET /tunnel HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
      let got = "";
      t.on("data", (x: Buffer) => (got += x.toString("latin1")));
      t.on("error", (e: Error) => (clearTimeout(timer), bad(e)));
      t.on("close", () => {
        clearTimeout(timer);
        if (got.startsWith("HTTP/1.1 200") && got.includes("All tests passed")) ok();
        else bad(new Error(`tunnel: ${got.slice(0, 40) || "closed without a response"}`));
      });
    });
  });
}

async function tunnelLoop(): Promise<void> {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      await freshTunnel();
      record("new CONNECT tunnel", t0);
    } catch (e) {
      fail("new CONNECT tunnel", e);
    }
  }
}

async function wsLoop(): Promise<void> {
  while (performance.now() < end) {
    let ws: Awaited<ReturnType<typeof wsConnect>> | null = null;
    try {
      ws = await wsConnect(proxy.port, `${plainUrl}/ws`);
      for (let i = 0; i < 200 && performance.now() < end; i++) {
        const t0 = performance.now();
        const msg = `{"type":"input_text","text":"message ${i} ${"y".repeat(200)}"}`;
        const back = await ws.send(msg);
        if (back !== `echo:${msg}`) throw new Error("WebSocket: wrong echo");
        record("WebSocket message", t0);
      }
    } catch (e) {
      fail("WebSocket message", e);
    } finally {
      ws?.close();
    }
  }
}

async function sseLoop(): Promise<void> {
  while (performance.now() < end) {
    const t0 = performance.now();
    try {
      const r = await fetch(`${plainUrl}/sse`, { proxy: proxy.proxyUrl } as RequestInit);
      const text = await r.text();
      if (r.status !== 200 || (text.match(/^data: /gm)?.length ?? 0) !== 5) throw new Error(`SSE: status ${r.status}, ${text.length} bytes`);
      record("SSE stream", t0);
    } catch (e) {
      fail("SSE stream", e);
    }
  }
}

// 64 connections: 16 plain, 16 MITM keep-alive, 8 new tunnels, 12 WebSocket, 12 SSE (scaled to --connections).
const share = (k: number) => Math.max(1, Math.round((k * CONNS) / 64));
const loops: Array<() => Promise<void>> = [
  ...Array.from({ length: share(16) }, () => plainLoop),
  ...Array.from({ length: share(16) }, () => mitmLoop),
  ...Array.from({ length: share(8) }, () => tunnelLoop),
  ...Array.from({ length: share(12) }, () => wsLoop),
  ...Array.from({ length: share(12) }, () => sseLoop),
];
console.log(`soak: ${SECONDS} s, ${loops.length} connections through ${bin} (pid ${proxy.proc.pid}); loopback only`);
const samples: Array<{ t: number; rssMiB: number; fds: number; served: number }> = [];
const t0 = performance.now();
const sample = () => {
  const s = { t: Math.round((performance.now() - t0) / 1000), rssMiB: Math.round((proxy.rss() / 1048576) * 10) / 10, fds: proxy.fds(), served: n };
  samples.push(s);
  console.log(`  t=${String(s.t).padStart(4)} s  rss ${s.rssMiB} MiB  fds ${s.fds}  served ${s.served}  failures ${failures}`);
};
const sampler = setInterval(sample, 10_000);
await Promise.all(loops.map((f) => f()));
clearInterval(sampler);
// Taken after the load stopped (connections closing): shown, not part of the flatness check.
sample();
samples.pop();

const sorted = lat.slice(0, n).sort();
const pct = (p: number) => (n === 0 ? NaN : sorted[Math.min(n - 1, Math.floor((p / 100) * n))]!);
// Warm-up: the first fifth of the run, at most 60 s.
const warm = Math.min(60, SECONDS / 5);
const after = samples.filter((s) => s.t >= warm && s.t <= SECONDS);
const spread = (xs: number[]) => {
  if (xs.length === 0) return { min: NaN, max: NaN, pct: NaN };
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { min, max, pct: (100 * (max - min)) / mean };
};
const rss = spread(after.map((s) => s.rssMiB));
const fds = spread(after.map((s) => s.fds));
// RSS saws up and down with garbage collection, so single samples spread widely; what shows a
// leak is a trend: the mean of the last third of the samples against the first third.
const trend = (xs: number[]) => {
  const k = Math.max(1, Math.floor(xs.length / 3));
  const mean = (ys: number[]) => ys.reduce((a, b) => a + b, 0) / ys.length;
  const first = mean(xs.slice(0, k));
  const last = mean(xs.slice(-k));
  return { first, last, pct: (100 * (last - first)) / first };
};
const rssTrend = trend(after.map((s) => s.rssMiB));
const fdTrend = trend(after.map((s) => s.fds));
console.log(`requests served: ${n} (${Object.entries(served).map(([k, v]) => `${k} ${v}`).join(", ")}); ${(n / SECONDS).toFixed(0)}/s`);
console.log(`failures: ${failures}${firstFailures.length ? `\n  ${firstFailures.join("\n  ")}` : ""}`);
console.log(`latency: p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms`);
console.log(`after warm-up (t >= ${warm} s, ${after.length} samples): RSS ${rss.min}–${rss.max} MiB (spread ${rss.pct.toFixed(1)}% of mean), fds ${fds.min}–${fds.max} (spread ${fds.pct.toFixed(1)}%)`);
const flat = Math.abs(rssTrend.pct) <= 10 && Math.abs(fdTrend.pct) <= 10;
console.log(`trend (mean of the last third vs the first third): RSS ${rssTrend.first.toFixed(1)} → ${rssTrend.last.toFixed(1)} MiB (${rssTrend.pct >= 0 ? "+" : ""}${rssTrend.pct.toFixed(1)}%), fds ${fdTrend.first.toFixed(1)} → ${fdTrend.last.toFixed(1)} (${fdTrend.pct >= 0 ? "+" : ""}${fdTrend.pct.toFixed(1)}%): ${flat ? "flat within 10%" : "NOT flat within 10%"}`);
const tStop = performance.now();
const code = await proxy.stop();
console.log(`proxy stopped in ${((performance.now() - tStop) / 1000).toFixed(1)} s`);
ups.stop();
const ok = failures === 0 && flat && code === 0;
console.log(`proxy exit ${code}; soak ${ok ? "passed" : "FAILED"}`);
process.exit(ok ? 0 : 1);
