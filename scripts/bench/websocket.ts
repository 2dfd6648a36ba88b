// WebSocket relay overhead: 1 KB text messages echoed over one connection, one at a time, directly
// to a local Bun WebSocket server and through `toolkit run` (messages judged both ways); ratio of
// messages per second in the same run. Loopback only, bounded.
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FrameReader } from "../../src/proxy/ws-frames.ts";
import { freePort, waitForHealth } from "../../test/helpers/net.ts";
import { wsFrame } from "./local.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const root = join(import.meta.dir, "..", "..");

async function pingPong(port: number, target: string): Promise<number> {
  const sock: Socket = connect(port, "127.0.0.1");
  await new Promise((ok) => sock.once("connect", ok));
  sock.write(`GET ${target} HTTP/1.1\r\nHost: ${new URL(target).host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  const reader = new FrameReader(1 << 20);
  let headDone = false;
  let buf = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  let opened: (() => void) | null = null;
  const openedP = new Promise<void>((ok) => (opened = ok));
  sock.on("data", (d: Buffer) => {
    if (!headDone) {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      headDone = true;
      d = buf.subarray(end + 4);
      opened!();
    }
    if (reader.push(d).length > 0 && waiting) {
      const w = waiting;
      waiting = null;
      w();
    }
  });
  await openedP;
  const msg = wsFrame(Buffer.from(JSON.stringify({ type: "input_text", text: "x".repeat(990) }).slice(0, 1024)));
  let n = 0;
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    await new Promise<void>((ok) => {
      waiting = ok;
      sock.write(msg);
    });
    n++;
  }
  sock.destroy();
  return n / SECONDS;
}

export async function benchWebsocket(): Promise<string[]> {
  const server = Bun.serve({
    port: 0, hostname: "127.0.0.1",
    fetch: (req, srv) => (srv.upgrade(req, { data: undefined }) ? undefined : new Response("no", { status: 400 })),
    websocket: { message: (ws, m) => void ws.send(String(m)) },
  });
  const dir = mkdtempSync(join(tmpdir(), "tk-bench-ws-"));
  writeFileSync(join(dir, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\n");
  const port = await freePort();
  const api = await freePort();
  const proxy = Bun.spawn([join(root, "dist", "toolkit"), "run", "--no-ui", "--config", join(dir, "cfg.yaml"), "--listen", `127.0.0.1:${port}`, "--api-listen", `127.0.0.1:${api}`, "--log", join(dir, "audit.log")], { stdout: "ignore", stderr: "ignore", env: { ...process.env, HOME: dir, TOOLKIT_CONFIG: "" } });
  await waitForHealth(`http://127.0.0.1:${api}`);
  const target = `http://127.0.0.1:${server.port}/ws`;
  const direct = await pingPong(server.port!, target);
  const through = await pingPong(port, target);
  proxy.kill();
  server.stop(true);
  return [`WebSocket, 1 KB messages echoed one at a time over one connection: direct ${direct.toFixed(0)} msg/s, through toolkit ${through.toFixed(0)} msg/s = ${((100 * through) / direct).toFixed(1)}% of direct  [target >= 50%]`];
}

if (import.meta.main) for (const l of await benchWebsocket()) console.log(l);
