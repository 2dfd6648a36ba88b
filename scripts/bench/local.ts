// Pieces the proxy bench, the WebSocket bench and the soak share: waiting for a local server,
// the peak RSS of a process, a masked client WebSocket frame, a tiny WebSocket client over a raw
// socket, and local upstreams (plain HTTP and HTTPS with a leaf from a CA only the proxy trusts,
// each with WebSocket echo, SSE and a POST echo). Loopback only.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { FrameReader } from "../../src/proxy/ws-frames.ts";

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {}
    await Bun.sleep(50);
  }
  throw new Error(`${url} did not come up`);
}

/**
 * The TCP ports process `pid` listens on (Linux /proc: its socket inodes looked up in its network
 * namespace's tcp tables), for a server started on port 0 that does not print the port it bound.
 */
export function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return [];
  }
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    let text = "";
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, "utf8");
    } catch {
      continue;
    }
    // sl local_address rem_address st ... inode: state 0A is LISTEN, the port is the hex after ':'.
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] === "0A" && f[9] && inodes.has(f[9])) ports.push(parseInt(f[1]!.split(":")[1]!, 16));
    }
  }
  return ports;
}

export function peakRssMiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, ms) a process has used so far: per request, a figure other load on the machine bends less than requests/s. */
export function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

/** A masked client text frame. */
export function wsFrame(payload: Buffer): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const head = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([head, mask, Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!))]);
}

/**
 * A WebSocket client on a raw socket to `port` (a proxy or the server itself): `send` resolves with
 * the next text message; `sendFrame` sends a frame made beforehand (a timed loop frames nothing).
 */
export async function wsConnect(port: number, target: string): Promise<{ send(text: string): Promise<string>; sendFrame(frame: Buffer): Promise<string>; close(): void }> {
  const sock: Socket = connect(port, "127.0.0.1");
  await new Promise<void>((ok, fail) => {
    sock.once("connect", ok);
    sock.once("error", fail);
  });
  sock.write(`GET ${target} HTTP/1.1\r\nHost: ${new URL(target).host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  const reader = new FrameReader(1 << 20);
  let head = Buffer.alloc(0);
  let open = false;
  let waiting: { ok: (s: string) => void; fail: (e: Error) => void } | null = null;
  let opened: { ok: () => void; fail: (e: Error) => void } | null = null;
  const openedP = new Promise<void>((ok, fail) => (opened = { ok, fail }));
  const failAll = (e: Error) => {
    opened?.fail(e);
    waiting?.fail(e);
    waiting = null;
  };
  sock.on("error", (e) => failAll(e));
  sock.on("close", () => failAll(new Error("WebSocket connection closed")));
  sock.on("data", (d: Buffer) => {
    if (!open) {
      head = Buffer.concat([head, d]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      if (!head.subarray(0, 12).toString().includes("101")) return failAll(new Error(`upgrade refused: ${head.subarray(0, 60).toString()}`));
      open = true;
      d = head.subarray(end + 4);
      opened!.ok();
      opened = null;
    }
    for (const f of reader.push(d)) {
      if (f.opcode === 1 && waiting) {
        const w = waiting;
        waiting = null;
        w.ok(f.payload.toString("utf8"));
      }
    }
  });
  await openedP;
  const sendFrame = (frame: Buffer) => new Promise<string>((ok, fail) => {
    waiting = { ok, fail };
    sock.write(frame);
  });
  return { send: (text) => sendFrame(wsFrame(Buffer.from(text))), sendFrame, close: () => sock.destroy() };
}

export interface LocalUpstreams {
  plain: ReturnType<typeof Bun.serve>;
  secure: ReturnType<typeof Bun.serve>;
  /** The CA (PEM path) that signed the HTTPS upstream's leaf: give it to the proxy as tls.upstream_ca. */
  upstreamCa: string;
  stop(): void;
}

/**
 * Plain and HTTPS upstreams (leaf for "localhost") answering: POST → the body back; /ws → a
 * WebSocket echo; /sse → `events` server-sent events then the end; anything else → `reply`.
 */
export async function localUpstreams(dir: string, opts: { reply?: string; events?: number } = {}): Promise<LocalUpstreams> {
  const { createCA } = await import("../../src/tls/ca.ts");
  const { writeCA, loadCA } = await import("../../src/tls/ca-store.ts");
  const { LeafIssuer } = await import("../../src/tls/leaf.ts");
  const caDir = join(dir, "upca");
  writeCA(caDir, await createCA());
  const leaf = await new LeafIssuer(await loadCA(caDir)).get("localhost");
  const reply = opts.reply ?? JSON.stringify({ id: "msg_1", content: [{ type: "text", text: "All tests passed." }] });
  const events = opts.events ?? 5;
  const enc = new TextEncoder();
  const fetchHandler = async (req: Request, server: { upgrade(r: Request, o: object): boolean }) => {
    const path = new URL(req.url).pathname;
    if (path === "/ws" && server.upgrade(req, { data: undefined })) return undefined;
    if (path === "/sse") {
      return new Response(new ReadableStream({
        async start(c) {
          for (let i = 0; i < events; i++) {
            c.enqueue(enc.encode(`data: {"token":"part ${i}"}\n\n`));
            await Bun.sleep(5);
          }
          c.close();
        },
      }), { headers: { "content-type": "text/event-stream" } });
    }
    if (req.method === "POST") return new Response(await req.arrayBuffer(), { headers: { "content-type": "application/json" } });
    return new Response(reply, { headers: { "content-type": "application/json" } });
  };
  const websocket = { message: (ws: { send(m: string): void }, m: string | Buffer) => void ws.send(`echo:${m}`) };
  const plain = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: fetchHandler as never, websocket: websocket as never });
  const secure = Bun.serve({ port: 0, hostname: "127.0.0.1", tls: { cert: leaf.certPem, key: leaf.keyPem }, fetch: fetchHandler as never, websocket: websocket as never });
  return { plain, secure, upstreamCa: join(caDir, "ca.pem"), stop: () => (plain.stop(true), secure.stop(true)) };
}
