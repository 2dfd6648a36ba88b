// WebSocket relay overhead: 1 KB text messages echoed over one connection, one at a time, directly
// to a local Bun WebSocket server and through `toolkit run` (messages judged both ways); ratio of
// messages per second in the same run. Loopback only, bounded.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProxy } from "../../test/helpers/net.ts";
import { wsConnect, wsFrame } from "./local.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const root = join(import.meta.dir, "..", "..");

async function pingPong(port: number, target: string, seconds = SECONDS): Promise<number> {
  const ws = await wsConnect(port, target);
  // A realtime-API-shaped message of ordinary prose and code (a run of one letter, as used before,
  // is a degenerate case: every position hits the injection prefilter's "xxx" anchor).
  const text = "Sure, here is the refactored function. It validates the input, returns early on empty arrays and keeps the sort stable; tests in src/sort.test.ts cover the three cases you listed, run `npm test` to check. ";
  // Each message differs (a sequence number leads it), as a stream's deltas do: the same text sent
  // again and again measured a cache of the last text judged, not the judging (round 31).
  const frames = Array.from({ length: 256 }, (_, i) => wsFrame(Buffer.from(JSON.stringify({ type: "response.output_text.delta", sequence_number: i, delta: `${i}. ${text.repeat(6)}` }).slice(0, 1024))));
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    await ws.sendFrame(frames[n % frames.length]!);
    n++;
  }
  ws.close();
  return n / seconds;
}

export async function benchWebsocket(): Promise<string[]> {
  const server = Bun.serve({
    port: 0, hostname: "127.0.0.1",
    fetch: (req, srv) => (srv.upgrade(req, { data: undefined }) ? undefined : new Response("no", { status: 400 })),
    websocket: { message: (ws, m) => void ws.send(String(m)) },
  });
  const dir = mkdtempSync(join(tmpdir(), "tk-bench-ws-"));
  writeFileSync(join(dir, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\nroutes:\n  - host: 127.0.0.1\n    path: /unscanned\n    request: {scan: false}\n    response: {scan: false}\n");
  const proxy = await startProxy({ config: join(dir, "cfg.yaml"), home: dir, cmd: [join(root, "dist", "toolkit")] });
  const port = proxy.port;
  const target = `http://127.0.0.1:${server.port}/ws`;
  // Warm-up through the proxy, not measured (the JIT settles on the scanning paths first).
  const warm = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
  if (warm > 0) await pingPong(port, target, warm);
  const direct = await pingPong(server.port!, target);
  const through = await pingPong(port, target);
  const relayOnly = await pingPong(port, `http://127.0.0.1:${server.port}/unscanned`);
  await proxy.stop();
  server.stop(true);
  return [
    `WebSocket, 1 KB messages echoed one at a time over one connection: direct ${direct.toFixed(0)} msg/s, through toolkit ${through.toFixed(0)} msg/s = ${((100 * through) / direct).toFixed(1)}% of direct  [target >= 50%]`,
    `  ceiling: the same relay with scanning off on the route ${relayOnly.toFixed(0)} msg/s = ${((100 * relayOnly) / direct).toFixed(1)}% of direct`,
  ];
}

if (import.meta.main) for (const l of await benchWebsocket()) console.log(l);
