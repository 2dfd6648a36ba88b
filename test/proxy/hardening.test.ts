// Issue #22: faults (upstream resets, stalls, DNS failures, client aborts, the CA key removed) and
// attacks on the proxy itself (slow-loris heads and bodies, thousands of idle connections, SSRF
// notations, hop-by-hop abuse, the control API through the proxy). Real sockets on 127.0.0.1,
// real curl; every case ends with the proxy still serving. Timings are only generous bounds
// ("bounded"), never speed claims.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import { join } from "node:path";
import { loadCA } from "../../src/tls/ca-store.ts";
import { LeafIssuer } from "../../src/tls/leaf.ts";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { curlStatus, rawExchange, startProxy, until, type RunningProxy } from "../helpers/net.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const dir = tempDir("tk-harden-");
const heads: string[] = [];
let raw: net.Server;
let rawPort = 0;
let secure: ReturnType<typeof Bun.serve>;
let p: RunningProxy;

/** An upstream written on raw sockets, so it can misbehave: reset, stall, never answer. */
function rawUpstream(): net.Server {
  return net.createServer((s) => {
    s.on("error", () => {});
    let buf = "";
    s.on("data", (d) => {
      buf += d.toString("latin1");
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buf.slice(0, end);
      heads.push(head);
      const path = head.split(" ")[1];
      buf = "";
      if (path === "/reset-judged" || path === "/reset-streamed") {
        // The streamed body is binary in fact (a NUL in its head): text under a binary type is held and judged.
        const type = path === "/reset-judged" ? "text/plain" : "application/octet-stream";
        s.write(`HTTP/1.1 200 OK\r\ncontent-type: ${type}\r\ncontent-length: 100000\r\n\r\n${path === "/reset-streamed" ? "\u0000" : ""}${"a".repeat(5000)}`);
        setTimeout(() => s.resetAndDestroy(), 50);
      } else if (path === "/never") {
        // accepts, reads, never answers
      } else if (path === "/stall") {
        s.write("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 100000\r\n\r\nabc");
      } else if (path === "/echo-head") {
        const body = head;
        s.write(`HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      } else {
        s.write("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok");
      }
    });
  });
}

async function curl(proxy: string, args: string[]): Promise<{ code: number; status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const c = Bun.spawn(["curl", "-s", "-m", "60", "-o", "-", "-w", "\n%{http_code}", "-x", proxy, ...args], { stdout: "pipe", stderr: "pipe" });
  const out = await new Response(c.stdout).text();
  const code = await c.exited;
  const i = out.lastIndexOf("\n");
  return { code, status: Number(out.slice(i + 1)), body: out.slice(0, i), ms: performance.now() - t0 };
}

async function stats(px: RunningProxy): Promise<{ requests: number; connections: { open: number; evicted: number; refused: number; header_timeouts: number; request_timeouts: number } }> {
  return (await (await fetch(`${px.apiUrl}/stats`)).json()) as never;
}

/** Opens a socket to the proxy and runs `fn` on it; resolves with what came back when it closes (or after `ms`). */
function drive(port: number, fn: (s: net.Socket) => void, ms = 20_000): Promise<{ reply: string; closedAfterMs: number }> {
  const t0 = performance.now();
  return new Promise((ok) => {
    const s = net.connect(port, "127.0.0.1", () => fn(s));
    let reply = "";
    s.on("data", (d) => (reply += d.toString("latin1")));
    s.on("error", () => {});
    s.on("close", () => ok({ reply, closedAfterMs: performance.now() - t0 }));
    setTimeout(() => s.destroy(), ms);
  });
}

beforeAll(async () => {
  raw = rawUpstream();
  await new Promise<void>((ok) => raw.listen(0, "127.0.0.1", () => ok()));
  rawPort = (raw.address() as net.AddressInfo).port;
  expect((await runCli(["tls", "init", "--dir", join(dir, "upca")])).code).toBe(0);
  const leaf = await new LeafIssuer(await loadCA(join(dir, "upca"))).get("localhost");
  secure = Bun.serve({ port: 0, hostname: "127.0.0.1", tls: { cert: leaf.certPem, key: leaf.keyPem }, fetch: (req) => new Response(`secure ${new URL(req.url).pathname}`) });
  writeFileSync(join(dir, "cfg.yaml"), `
ssrf: {allow: [127.0.0.0/8]}
tls: {ca_dir: ${join(dir, "ca")}, upstream_ca: ${join(dir, "upca", "ca.pem")}}
proxy: {header_timeout: 2s, request_timeout: 3s, upstream_timeout: 2s, upstream_idle_timeout: 2s}
`);
  p = await startProxy({ config: join(dir, "cfg.yaml"), home: dir });
}, 60_000);

afterAll(async () => {
  await p?.stop();
  raw?.close();
  secure?.stop(true);
});

const up = (path: string) => `http://127.0.0.1:${rawPort}${path}`;
const stillServing = async () => expect((await curl(p.proxyUrl, [up("/ok")])).status).toBe(200);

describe("faults", () => {
  test("an upstream that resets mid-body: 502 with the reason while the body is held for judging, a cut once streaming; the proxy keeps serving", async () => {
    const judged = await curl(p.proxyUrl, [up("/reset-judged")]);
    expect(judged.status).toBe(502);
    expect(JSON.parse(judged.body)).toMatchObject({ rule: "upstream-error" });
    expect(JSON.parse(judged.body).reason).toContain("broke off the response mid-body");
    // Not text: streamed as it comes, so the client sees a cut (curl 18: transfer closed early), never a clean end.
    const streamed = await curl(p.proxyUrl, [up("/reset-streamed")]);
    expect(streamed.code).toBe(18);
    await stillServing();
  });

  test("an upstream that accepts and never answers: 502 naming proxy.upstream_timeout; one that stalls mid-body is cut by upstream_idle_timeout", async () => {
    const never = await curl(p.proxyUrl, [up("/never")]);
    expect(never.status).toBe(502);
    expect(JSON.parse(never.body).reason).toContain("proxy.upstream_timeout");
    expect(never.ms).toBeLessThan(30_000);
    const stall = await curl(p.proxyUrl, [up("/stall")]);
    expect(stall.status).toBe(502);
    expect(JSON.parse(stall.body).reason).toContain("proxy.upstream_idle_timeout");
    await stillServing();
  }, 60_000);

  test("a client that aborts mid-upload: nothing goes upstream, the log says client-aborted, no connection is left open", async () => {
    const before = heads.length;
    const base = (await stats(p)).connections.open;
    for (let i = 0; i < 20; i++) {
      await drive(p.port, (s) => {
        s.write(`POST ${up("/upload")} HTTP/1.1\r\nHost: 127.0.0.1:${rawPort}\r\nContent-Length: 100000\r\n\r\n${"x".repeat(1000)}`);
        setTimeout(() => s.destroy(), 100);
      });
    }
    expect(await until(async () => (await stats(p)).connections.open <= base)).toBe(true);
    expect(heads.slice(before).some((h) => h.includes("/upload"))).toBe(false);
    await Bun.sleep(300);
    const log = await Bun.file(join(dir, "audit.log")).text();
    expect(log).toContain('"client-aborted"');
    expect(log).not.toContain("internal-error");
    expect(p.stderr()).not.toMatch(/\n\s+at |Unhandled|TypeError/);
    await stillServing();
  });

  test("a name that does not resolve (.invalid) is 502 with the DNS reason", async () => {
    const r = await curl(p.proxyUrl, ["http://nothing-here.invalid/x"]);
    expect(r.status).toBe(502);
    expect(JSON.parse(r.body)).toMatchObject({ rule: "dns-failure" });
    expect(JSON.parse(r.body).reason).toContain("nothing-here.invalid");
  });

  test("CA key removed from tls.ca_dir while running: the CA loaded at start keeps issuing (cached and newly minted leaves); nothing re-reads the directory", async () => {
    const ca = join(dir, "ca", "ca.pem");
    expect((await curl(p.proxyUrl, ["--cacert", ca, `https://localhost:${secure.port}/before`])).body).toBe("secure /before");
    rmSync(join(dir, "ca", "ca-key.pem"));
    expect((await curl(p.proxyUrl, ["--cacert", ca, `https://localhost:${secure.port}/after`])).body).toBe("secure /after");
    // A host with no cached leaf: curl verifies a leaf minted now by the in-memory CA (the upstream's
    // own certificate names only localhost, so the upstream leg is then refused: 502, not a TLS error).
    const fresh = await curl(p.proxyUrl, ["--cacert", ca, `https://127.0.0.1:${secure.port}/fresh`]);
    expect(fresh.code).toBe(0);
    expect(fresh.status).toBe(502);
    await stillServing();
  });
});

describe("slow and idle clients", () => {
  test("slow-loris heads (a header line every 300 ms, never finished) and slow bodies get 408 within the timeouts while others are served", async () => {
    const trickle = (s: net.Socket, first: string, more: string) => {
      s.write(first);
      const t = setInterval(() => (s.destroyed ? clearInterval(t) : s.write(more)), 300);
    };
    const loris = Array.from({ length: 30 }, () => drive(p.port, (s) => trickle(s, `GET ${up("/slow")} HTTP/1.1\r\n`, "X-Pad: a\r\n")));
    const bodies = Array.from({ length: 30 }, () => drive(p.port, (s) => trickle(s, `POST ${up("/slow-body")} HTTP/1.1\r\nHost: 127.0.0.1:${rawPort}\r\nContent-Length: 100000\r\n\r\n`, "a")));
    const idle = Array.from({ length: 30 }, () => drive(p.port, () => {}));
    await Bun.sleep(500);
    await stillServing();
    const out = await Promise.all([...loris, ...bodies, ...idle]);
    for (const o of out) {
      expect(o.reply).toMatch(/^HTTP\/1\.1 408 /);
      expect(o.closedAfterMs).toBeLessThan(15_000);
    }
    expect(out.slice(0, 30).every((o) => o.reply.includes("proxy.header_timeout"))).toBe(true);
    expect(out.slice(30, 60).every((o) => o.reply.includes("proxy.request_timeout"))).toBe(true);
    expect(heads.some((h) => h.includes("/slow-body"))).toBe(false);
    await stillServing();
  }, 60_000);

  test("a CONNECT that never sends its ClientHello is closed after header_timeout", async () => {
    const r = await drive(p.port, (s) => s.write(`CONNECT localhost:${secure.port} HTTP/1.1\r\nHost: localhost:${secure.port}\r\n\r\n`));
    expect(r.reply).toContain("200 Connection Established");
    expect(r.closedAfterMs).toBeLessThan(15_000);
    await stillServing();
  });

  test("10,000 idle connections: bounded by max_connections (oldest idle closed first), a fresh request is still served", async () => {
    const home = mkdtempSync(join(dir, "idle-"));
    writeFileSync(join(home, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\nproxy: {max_connections: 4096, header_timeout: 5m}\n");
    const q = await startProxy({ config: join(home, "cfg.yaml"), home });
    const socks: net.Socket[] = [];
    let failed = 0;
    try {
      // The fd limit here is raised by Bun to the hard limit; 10,000 client sockets fit under 20,000.
      for (let b = 0; b < 20; b++) {
        await Promise.all(Array.from({ length: 500 }, () => new Promise<void>((ok) => {
          const s = net.connect(q.port, "127.0.0.1", () => ok());
          s.on("error", () => (failed++, ok()));
          socks.push(s);
        })));
      }
      expect(socks.length).toBe(10_000);
      expect(failed).toBe(0);
      expect(await until(async () => (await stats(q)).connections.evicted >= 10_000 - 4096, 30_000)).toBe(true);
      const st = await stats(q);
      expect(st.connections.open).toBeLessThanOrEqual(4096);
      expect(q.fds()).toBeLessThan(4096 + 200);
      const fresh = await curl(q.proxyUrl, [up("/fresh-after-10k")]);
      expect(fresh.status).toBe(200);
      expect(fresh.ms).toBeLessThan(10_000);
      expect(socks.filter((s) => !s.destroyed && s.readyState === "open").length).toBeLessThanOrEqual(4096 + 1);
    } finally {
      for (const s of socks) s.destroy();
      await q.stop();
    }
  }, 120_000);

  test("at max_connections with every connection busy (open tunnels), a new one is refused with 503 and a reason", async () => {
    const home = mkdtempSync(join(dir, "busy-"));
    writeFileSync(join(home, "cfg.yaml"), `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(home, "ca")}}\nproxy: {max_connections: 10, header_timeout: 1m}\n`);
    const q = await startProxy({ config: join(home, "cfg.yaml"), home });
    const held: net.Socket[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        await new Promise<void>((ok) => {
          const s = net.connect(q.port, "127.0.0.1", () => s.write(`CONNECT localhost:${secure.port} HTTP/1.1\r\n\r\n`));
          s.once("data", () => ok());
          s.on("error", () => ok());
          held.push(s);
        });
      }
      const r = await rawExchange(q.port, `GET ${up("/x")} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(r).toMatch(/^HTTP\/1\.1 503 /);
      expect(r).toContain("proxy.max_connections");
      // Regression: a CONNECT abandoned before its ClientHello (the client half-closes) used to stay
      // open forever; now it is closed at once, long before header_timeout (1 minute here).
      for (const s of held) s.destroy();
      expect(await until(async () => (await stats(q)).connections.open === 0, 10_000)).toBe(true);
      expect(await curlStatus(q.proxyUrl, up("/after-busy"))).toBe(200);
    } finally {
      for (const s of held) s.destroy();
      await q.stop();
    }
  }, 60_000);
});

describe("stopping", () => {
  test("regression: SIGTERM while clients hold a tunnel and a kept-alive connection open exits 0 within the 10 s drain (it used to stay up indefinitely)", async () => {
    const home = mkdtempSync(join(dir, "term-"));
    writeFileSync(join(home, "cfg.yaml"), `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(home, "ca")}}\n`);
    const q = await startProxy({ config: join(home, "cfg.yaml"), home });
    const held: net.Socket[] = [];
    try {
      for (const first of [`CONNECT 127.0.0.1:${rawPort} HTTP/1.1\r\n\r\nGET /held HTTP/1.1\r\nHost: 127.0.0.1:${rawPort}\r\n\r\n`, `GET ${up("/kept")} HTTP/1.1\r\nHost: 127.0.0.1:${rawPort}\r\n\r\n`]) {
        await new Promise<void>((ok) => {
          const s = net.connect(q.port, "127.0.0.1", () => s.write(first));
          let got = "";
          s.on("data", (d) => {
            got += d;
            if (got.includes("\r\n\r\nok")) ok();
          });
          s.on("error", () => ok());
          held.push(s);
        });
      }
      const t0 = performance.now();
      q.proc.kill("SIGTERM");
      expect(await q.proc.exited).toBe(0);
      expect(performance.now() - t0).toBeLessThan(30_000);
    } finally {
      for (const s of held) s.destroy();
      q.proc.kill("SIGKILL");
    }
  }, 60_000);
});

describe("attacks", () => {
  let guarded: RunningProxy;
  beforeAll(async () => {
    const home = mkdtempSync(join(dir, "ssrf-"));
    writeFileSync(join(home, "cfg.yaml"), `tls: {ca_dir: ${join(home, "ca")}}\n`);
    guarded = await startProxy({ config: join(home, "cfg.yaml"), home });
  }, 30_000);
  afterAll(async () => {
    await guarded?.stop();
  });

  const LOOPBACK_NOTATIONS = [
    "127.0.0.1", "127.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "017700000001", "127.000.000.001",
    "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "0.0.0.0", "0", "[::]",
    "localhost", "LOCALHOST", "localhost.",
  ];
  const METADATA_NOTATIONS = ["169.254.169.254", "2852039166", "0xa9fea9fe", "0251.0376.0251.0376", "[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]", "[fe80::1]", "10.1", "[fd00::1]", "100.64.0.1"];

  test("SSRF notations (decimal, octal, hex, short, IPv4-mapped IPv6, names) of loopback, metadata and private addresses are refused, plain and CONNECT", async () => {
    for (const host of [...LOOPBACK_NOTATIONS, ...METADATA_NOTATIONS]) {
      const plain = await rawExchange(guarded.port, `GET http://${host}:${rawPort}/ssrf HTTP/1.1\r\nHost: ${host}:${rawPort}\r\n\r\n`);
      // 400/403 refused; 502 only when the name does not resolve at all (this resolver has no "localhost.").
      expect(`${host} ${plain.split("\r\n")[0]}`).toMatch(plain.includes("dns-failure") ? / HTTP\/1\.1 502 / : / HTTP\/1\.1 (400|403) /);
      const tunnel = await rawExchange(guarded.port, `CONNECT ${host}:${rawPort} HTTP/1.1\r\nHost: ${host}:${rawPort}\r\n\r\nGET /ssrf HTTP/1.1\r\nHost: ${host}:${rawPort}\r\n\r\n`);
      // Refused at CONNECT, or (interception on) the inner request is refused before any connection.
      expect(`${host} ${/HTTP\/1\.1 (400|403) /.test(tunnel) || tunnel.includes("dns-failure") || tunnel === ""}`).toBe(`${host} true`);
    }
    expect(heads.some((h) => h.includes("/ssrf"))).toBe(false);
  }, 60_000);

  test("DNS rebinding: a name is resolved once and the connection goes to the checked address (a loopback answer is refused whatever the name)", async () => {
    for (const host of ["localhost", "ip6-localhost", "localhost.localdomain"]) {
      const r = await rawExchange(guarded.port, `GET http://${host}:${rawPort}/rebind HTTP/1.1\r\nHost: ${host}:${rawPort}\r\n\r\n`);
      expect(r.split("\r\n")[0]).toMatch(/HTTP\/1\.1 (403|502) /);
    }
    expect(heads.some((h) => h.includes("/rebind"))).toBe(false);
  });

  test("the control API and the proxy's own port are not reachable through the proxy in any notation, plain or tunnelled", async () => {
    for (const target of [`127.0.0.1:${p.apiPort}`, `localhost:${p.apiPort}`, `[::ffff:127.0.0.1]:${p.apiPort}`, `2130706433:${p.apiPort}`, `0.0.0.0:${p.apiPort}`, `127.0.0.1:${p.port}`]) {
      const r = await rawExchange(p.port, `GET http://${target}/health HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
      expect(`${target} ${r.split("\r\n")[0]}`).toMatch(/ HTTP\/1\.1 (400|403) /);
      const t = await rawExchange(p.port, `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\nGET /health HTTP/1.1\r\nHost: ${target.replace(/:\d+$/, "")}\r\n\r\n`);
      expect(`${target} ${t.includes('"status"')}`).toBe(`${target} false`);
      expect(`${target} ${/HTTP\/1\.1 (400|403) /.test(t) || !t.includes("HTTP/1.1 200 OK")}`).toBe(`${target} true`);
    }
  });

  test("hop-by-hop abuse: headers a client names in Connection never carry a secret upstream, and cannot remove Host or the body", async () => {
    const secret = fake.githubPat();
    const r = await curl(p.proxyUrl, ["-H", `X-Toolkit-Trace: ${secret}`, "-H", "Connection: X-Toolkit-Trace, X-Toolkit-Block", up("/echo-head")]);
    if (r.status === 200) {
      expect(r.body).not.toContain(secret);
      expect(r.body.toLowerCase()).not.toContain("x-toolkit-trace");
    } else expect(r.status).toBe(403);
    const b = await curl(p.proxyUrl, ["-H", "Connection: Host, Content-Length", "--data-binary", "payload=12345", up("/echo-head")]);
    expect(b.status).toBe(200);
    expect(b.body).toMatch(/\r\nhost: 127\.0\.0\.1:\d+/i);
    expect(b.body).toMatch(/\r\ncontent-length: 13/i);
    // Naming a header in Connection is not a way around the scanner: the same secret in a header that is forwarded is blocked.
    expect((await curl(p.proxyUrl, ["-H", `X-Trace: ${secret}`, up("/echo-head")])).status).toBe(403);
    await stillServing();
  });

  test("nothing in the proxy's stderr is a stack trace or an unhandled error after all of the above", () => {
    expect(p.stderr()).not.toMatch(/\n\s+at |Unhandled|uncaught|TypeError|RangeError/i);
    expect(p.proc.exitCode).toBeNull();
  });
});

afterAll(removeTempDirs);
