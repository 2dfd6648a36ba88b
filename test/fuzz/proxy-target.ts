// The proxy's request handling fed malformed traffic over raw sockets: bad request lines, huge and
// duplicated headers, conflicting Content-Length / Transfer-Encoding, obs-fold, bare LF and CR,
// truncated or bad chunked bodies, invalid TLS records after CONNECT, and HTTP/2 prefaces with
// frames out of order (on the plain port, and inside an intercepted tunnel that negotiated h2).
// Contract per case: a 4xx from the proxy or a close (a request that happens to be valid may be
// forwarded); never a 500, never a request smuggled to the upstream. After each batch the proxy
// still answers a good request, and its stderr holds no unhandled exception.
import { writeFileSync } from "node:fs";
import * as net from "node:net";
import { join } from "node:path";
import * as tls from "node:tls";
import { rawExchange, startProxy, type RunningProxy } from "../helpers/net.ts";
import { mutate, pick, randomBytes, type Rand } from "./fuzz.ts";
import { clientHello } from "./targets.ts";
import { tempDir } from "../helpers/temp.ts";

interface Case {
  kind: string;
  bytes: Buffer;
  /** Malformed by construction: only a 4xx or a close is acceptable. */
  malformed: boolean;
  halfClose?: boolean;
  /** Sent inside a TLS tunnel that negotiated h2 (bytes are the h2 connection's). */
  h2Tunnel?: boolean;
}

export interface ProxyFuzz {
  /** `n` cases, 32 at a time, then the health check; throws on the first broken contract. */
  batch(r: Rand, n: number): Promise<void>;
  readonly counts: Record<string, number>;
  stop(): Promise<void>;
}

const h2frame = (type: number, flags: number, stream: number, payload: Buffer): Buffer => {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(stream & 0x7fffffff, 5);
  return Buffer.concat([h, payload]);
};
const PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

function h2garbage(r: Rand): Buffer {
  const frames: Buffer[] = [];
  if (r() < 0.8) frames.push(PREFACE);
  for (let k = 0; k < 1 + Math.floor(r() * 6); k++) {
    const type = r() < 0.8 ? Math.floor(r() * 10) : Math.floor(r() * 256);
    const stream = pick(r, [0, 1, 2, 3, 0x7fffffff, Math.floor(r() * 100)]);
    const len = pick(r, [0, 1, 4, 5, 6, 8, 9, 64, Math.floor(r() * 300)]);
    let payload = Buffer.from(randomBytes(r, len));
    if (r() < 0.1) {
      // A frame header that promises more than follows (or more than the max frame size).
      const f = h2frame(type, Math.floor(r() * 256), stream, payload);
      f.writeUIntBE(pick(r, [16_385, 0xffffff, len + 100]), 0, 3);
      frames.push(f);
      continue;
    }
    if (type === 4 && r() < 0.5) payload = Buffer.from([0, 4, 0xff, 0xff, 0xff, 0xff]); // SETTINGS_INITIAL_WINDOW_SIZE over 2^31-1
    frames.push(h2frame(type, Math.floor(r() * 256), stream, payload));
  }
  return Buffer.concat(frames);
}

function makeCase(r: Rand, up: string, upHost: string, id: number): Case {
  const target = `${up}/fz/${id}`;
  const smuggled = `GET ${up}/smuggled/${id} HTTP/1.1\r\nHost: ${upHost}\r\n\r\n`;
  const eol = "\r\n";
  switch (Math.floor(r() * 8)) {
    case 0: {
      const method = pick(r, ["GET", "G ET", "", "get", "GET\x00", "\x16\x03\x01", "A".repeat(5000), "POST", "CONNECT", "PRI"]);
      const tgt = pick(r, [target, "/", "*", "http://", "http://[::1", `http://a b/${id}`, "\x7f", `${target}?${"x".repeat(100_000)}`, `${target}#frag`, `HTTP://${upHost}/fz/${id}`]);
      const version = pick(r, ["HTTP/1.1", "HTTP/9.9", "HTTP/1.1 extra", "", "HTTP/1.1\x00", "HTTP/1.10", "http/1.1", "HTTP/0.9"]);
      const line = r() < 0.3 ? mutate(r, `${method} ${tgt} ${version}`, 2) : `${method} ${tgt} ${version}`;
      const valid = ["GET", "POST"].includes(method) && (tgt === target || tgt === `${target}#frag` || tgt.startsWith("HTTP://")) && version === "HTTP/1.1" && line === `${method} ${tgt} ${version}`;
      return { kind: "request line", bytes: Buffer.from(`${line}${eol}Host: ${upHost}${eol}${eol}`, "latin1"), malformed: !valid, halfClose: r() < 0.95 };
    }
    case 1: {
      const pickH = pick(r, ["huge", "many", "badname", "duphost", "nullval", "empty-name"]);
      let hs = "";
      if (pickH === "huge") hs = `X-Big: ${"a".repeat(pick(r, [8_000, 20_000, 100_000, 1_000_000]))}${eol}`;
      if (pickH === "many") hs = Array.from({ length: pick(r, [100, 500, 2000, 10_000]) }, (_, i) => `X-H${i}: v${eol}`).join("");
      if (pickH === "badname") hs = `${pick(r, ["X A", "X\x00A", "X\x7fA", "(x)", "X\tA"])}: v${eol}`;
      if (pickH === "duphost") hs = `Host: evil.invalid${eol}`;
      if (pickH === "nullval") hs = `X-A: a\x00b${eol}`;
      if (pickH === "empty-name") hs = `: v${eol}`;
      return { kind: `headers ${pickH}`, bytes: Buffer.from(`GET ${target} HTTP/1.1${eol}Host: ${upHost}${eol}${hs}${eol}`, "latin1"), malformed: ["badname", "duphost", "nullval", "empty-name"].includes(pickH), halfClose: r() < 0.95 };
    }
    case 2: {
      const te = pick(r, ["Transfer-Encoding: chunked", "Transfer-Encoding: chunked, identity", "Transfer-Encoding:  chunked", "Transfer-Encoding: xchunked", "Transfer-Encoding:\tchunked", "Transfer-Encoding : chunked", "Transfer-Encoding: chunked\r\nTransfer-Encoding: x", "Transfer-encoding: cHuNkEd"]);
      const cl = pick(r, ["Content-Length: 5", "Content-Length: +5", "Content-Length: 0x5", "Content-Length: 5, 6", "Content-Length: 5\r\nContent-Length: 6", "Content-Length: -1", "Content-Length: 99999999999999999999"]);
      const order = r() < 0.5 ? `${te}${eol}${cl}` : `${cl}${eol}${te}`;
      const body = `0${eol}${eol}${smuggled}`;
      return { kind: "CL/TE conflict", bytes: Buffer.from(`POST ${target} HTTP/1.1${eol}Host: ${upHost}${eol}${order}${eol}${eol}${body}`, "latin1"), malformed: true, halfClose: r() < 0.95 };
    }
    case 3: {
      const where = pick(r, ["X-A: a\r\n b", "Transfer-Encoding:\r\n chunked", "Content-Length:\r\n 5", "Host: a\r\n b", "X-A: a\r\n\tb"]);
      return { kind: "obs-fold", bytes: Buffer.from(`POST ${target} HTTP/1.1${eol}Host: ${upHost}${eol}${where}${eol}Content-Length: 0${eol}${eol}${smuggled}`, "latin1"), malformed: !where.startsWith("X-A"), halfClose: r() < 0.95 };
    }
    case 4: {
      const bare = pick(r, ["\n", "\r"]);
      const raw = `GET ${target} HTTP/1.1${bare}Host: ${upHost}${bare}X-A: b${bare}${bare}`;
      return { kind: bare === "\n" ? "bare LF" : "bare CR", bytes: Buffer.from(raw, "latin1"), malformed: bare === "\r", halfClose: r() < 0.95 };
    }
    case 5: {
      const body = pick(r, ["5\r\nab", "zz\r\nabc\r\n0\r\n\r\n", "FFFFFFFFFFFFFFFFF\r\nab\r\n0\r\n\r\n", "5;ext=\x00\r\nabcde\r\n0\r\n\r\n", "5\r\nabcde0\r\n\r\n", "5\r\nabcde\r\n0\r\n", "-1\r\n", "5 \r\nabcde\r\n0\r\n\r\n", "0\r\nX-Trailer: \x00\r\n\r\n"]);
      return { kind: "chunked body", bytes: Buffer.from(`POST ${target} HTTP/1.1${eol}Host: ${upHost}${eol}Transfer-Encoding: chunked${eol}${eol}${body}`, "latin1"), malformed: true, halfClose: true };
    }
    case 6: {
      const hello = clientHello(upHost.replace(/:\d+$/, ""));
      const kind = pick(r, ["random", "bad-record-len", "mutated-hello", "alert", "truncated"]);
      let tail: Buffer;
      if (kind === "random") tail = Buffer.from(randomBytes(r, 1 + Math.floor(r() * 400)));
      else if (kind === "bad-record-len") tail = Buffer.concat([Buffer.from([22, 3, 1, 0xff, 0xff]), Buffer.from(randomBytes(r, 50))]);
      else if (kind === "mutated-hello") {
        tail = Buffer.from(hello);
        for (let k = 0; k < 1 + Math.floor(r() * 8); k++) tail[Math.floor(r() * tail.length)] = Math.floor(r() * 256);
      } else if (kind === "alert") tail = Buffer.from([21, 3, 3, 0, 2, 2, 40]);
      else tail = hello.subarray(0, Math.floor(r() * hello.length));
      return { kind: `TLS after CONNECT (${kind})`, bytes: Buffer.concat([Buffer.from(`CONNECT ${upHost} HTTP/1.1${eol}Host: ${upHost}${eol}${eol}`), tail]), malformed: true, halfClose: r() < 0.95 };
    }
    default: {
      if (r() < 0.5) return { kind: "h2 preface on the plain port", bytes: h2garbage(r), malformed: true, halfClose: r() < 0.95 };
      return { kind: "h2 frames in a tunnel", bytes: h2garbage(r), malformed: true, h2Tunnel: true };
    }
  }
}

/** Sends h2 bytes inside an intercepted tunnel that negotiated h2; resolves when it closes (or after `ms`). */
function h2InTunnel(port: number, host: string, bytes: Buffer, ms: number): Promise<string> {
  return new Promise((ok) => {
    const raw = net.connect(port, "127.0.0.1", () => raw.write(`CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n\r\n`));
    let done = false;
    const finish = (s: string) => {
      if (done) return;
      done = true;
      raw.destroy();
      ok(s);
    };
    raw.on("error", () => finish(""));
    raw.once("data", (d: Buffer) => {
      if (!d.toString("latin1").startsWith("HTTP/1.1 200")) return finish(d.toString("latin1"));
      const t = tls.connect({ socket: raw, servername: host.replace(/:\d+$/, ""), ALPNProtocols: ["h2"], rejectUnauthorized: false }, () => {
        t.write(bytes);
      });
      let got = "";
      // The server's answer to garbage is a GOAWAY (or a close): wait briefly for more, then stop.
      t.on("data", (x: Buffer) => {
        if (got === "") setTimeout(() => finish(got), 300);
        got += x.toString("latin1");
      });
      t.on("error", () => finish(got));
      t.on("close", () => finish(got));
    });
    setTimeout(() => finish("(timeout)"), ms);
  });
}

export async function startProxyFuzz(): Promise<ProxyFuzz> {
  const dir = tempDir("tk-fuzz-proxy-");
  const seen: string[] = [];
  const upstream = net.createServer((s) => {
    s.on("error", () => {});
    let buf = "";
    s.on("data", (d: Buffer) => {
      buf += d.toString("latin1");
      for (let end = buf.indexOf("\r\n\r\n"); end >= 0; end = buf.indexOf("\r\n\r\n")) {
        seen.push(buf.slice(0, buf.indexOf("\r\n")));
        buf = buf.slice(end + 4);
        s.write("HTTP/1.1 200 OK\r\nx-upstream: 1\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok");
      }
    });
  });
  await new Promise<void>((ok) => upstream.listen(0, "127.0.0.1", () => ok()));
  const upPort = (upstream.address() as net.AddressInfo).port;
  // "localhost" so that the tunnel's leaf and SNI are a name (the upstream itself is never reached over TLS here).
  const upHost = `localhost:${upPort}`;
  const up = `http://${upHost}`;
  writeFileSync(join(dir, "cfg.yaml"), `ssrf: {allow: [127.0.0.0/8]}\ntls: {ca_dir: ${join(dir, "ca")}}\nproxy: {header_timeout: 2s, request_timeout: 2s, upstream_timeout: 2s, upstream_idle_timeout: 2s}\n`);
  const p: RunningProxy = await startProxy({ config: join(dir, "cfg.yaml"), home: dir, log: "/dev/null" });
  const counts: Record<string, number> = {};
  let id = 0;

  const one = async (c: Case) => {
    const t0 = performance.now();
    const reply = c.h2Tunnel ? await h2InTunnel(p.port, upHost, c.bytes, 4000) : await rawExchange(p.port, c.bytes, 4000, c.halfClose);
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1];
    if (process.env.FUZZ_TIMING) counts[`ms ${c.kind}${c.halfClose ? "" : " (open)"}`] = Math.max(counts[`ms ${c.kind}${c.halfClose ? "" : " (open)"}`] ?? 0, Math.round(performance.now() - t0));
    counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    const outcome = status ?? (reply === "" ? "close" : "other");
    counts[`outcome ${outcome}`] = (counts[`outcome ${outcome}`] ?? 0) + 1;
    const show = () => JSON.stringify(c.bytes.toString("latin1").slice(0, 300));
    if (status === "500") throw new Error(`${c.kind}: the proxy answered 500 (internal error) to ${show()}: ${reply.slice(0, 300)}`);
    if (c.malformed && !c.h2Tunnel && status && /^[23]/.test(status) && !(status === "200" && reply.includes("Connection Established") && !reply.includes("x-upstream"))) {
      throw new Error(`${c.kind}: malformed request got ${status}: ${show()} → ${reply.slice(0, 300)}`);
    }
  };

  return {
    counts,
    async batch(r, n) {
      const cases = Array.from({ length: n }, () => makeCase(r, up, upHost, id++));
      // 32 workers over the queue: a case that waits for a timeout holds one worker, not the batch.
      let next = 0;
      await Promise.all(Array.from({ length: 32 }, async () => {
        while (next < cases.length) await one(cases[next++]!);
      }));
      const smuggled = seen.find((l) => l.includes("/smuggled/"));
      if (smuggled) throw new Error(`a request was smuggled to the upstream: ${smuggled}`);
      if (p.proc.exitCode !== null || p.proc.signalCode) throw new Error(`the proxy exited (${p.proc.exitCode ?? p.proc.signalCode}): ${p.stderr().slice(-500)}`);
      const good = await rawExchange(p.port, `GET ${up}/good HTTP/1.1\r\nHost: ${upHost}\r\nConnection: close\r\n\r\n`, 10_000);
      if (!good.startsWith("HTTP/1.1 200")) throw new Error(`the proxy no longer answers a good request: ${JSON.stringify(good.slice(0, 200))}`);
      const err = p.stderr();
      if (/\n\s+at |Unhandled|uncaught|TypeError|RangeError|panic/i.test(err)) throw new Error(`the proxy's stderr has an unhandled error: ${err.slice(-800)}`);
    },
    async stop() {
      await p.stop();
      upstream.close();
    },
  };
}
