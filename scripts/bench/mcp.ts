// MCP relay cost per message (in process, no pipes): a tools/call request (~2 KB arguments) and its
// result through McpRelay, against the baseline of parsing and re-serializing the same JSON.
import { configFromText } from "../../src/config/load.ts";
import { McpRelay } from "../../src/mcp/relay.ts";
import { warmUpRelay } from "../../src/mcp/warmup.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { KillSwitch } from "../../src/policy/kill-switch.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const args = { path: "src/app.ts", content: "export function add(a: number, b: number) { return a + b; }\n".repeat(30) };

async function freshEngine() {
  const engine = await buildEngine(await configFromText("", "bench", {}, "/nonexistent"), { env: {} });
  await engine.suite.preload();
  return engine;
}

/** Message pair i: a tools/call (~1.8 KB of arguments) and its result. */
const pair = (i: number): [string, string] => [
  JSON.stringify({ jsonrpc: "2.0", id: i, method: "tools/call", params: { name: "write_file", arguments: args } }),
  JSON.stringify({ jsonrpc: "2.0", id: i, result: { content: [{ type: "text", text: `wrote ${args.content.length} bytes to ${args.path}` }] } }),
];

/** Per-message times (ms) for messages `from`..`to` of a relay. */
async function window(relay: McpRelay, from: number, to: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < to; i++) {
    const [call, result] = pair(i);
    const t0 = performance.now();
    await relay.fromClient(call);
    await relay.fromServer(result);
    if (i >= from) out.push((performance.now() - t0) / 2);
  }
  return out;
}

const newRelay = (engine: Awaited<ReturnType<typeof freshEngine>>) => new McpRelay({ engine, kill: new KillSwitch(), pins: { server: "bench", tools: {} }, pinsDir: "/nonexistent", log: () => {} });

export async function benchMcp(): Promise<string[]> {
  const engine = await freshEngine();
  const relay = newRelay(engine);
  const out: string[] = [];
  const N = 400;
  // Two windows: right after start (a short session), and after 3,000 messages (a long one: the JIT has settled).
  const WARM = Number(process.env.BENCH_MCP_WARMUP ?? 3000);
  const times: number[] = [];
  const cold: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < N + 50 + WARM; i++) {
    const [call, result] = pair(i);
    let t0 = performance.now();
    await relay.fromClient(call);
    await relay.fromServer(result);
    const t = performance.now() - t0;
    t0 = performance.now();
    JSON.stringify(JSON.parse(call));
    JSON.stringify(JSON.parse(result));
    const b = performance.now() - t0;
    if (i >= 50 && i < 50 + N) cold.push(t / 2);
    if (i >= 50 + WARM) {
      times.push(t / 2);
      base.push(b / 2);
    }
  }
  out.push(`MCP relay, per message (tools/call ~${(JSON.stringify(args).length / 1024).toFixed(1)} KB and its result), after ${WARM} messages: median ${median(times).toFixed(3)} ms, p95 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(3)} ms  [target <= 0.2 ms median]; messages 50-${50 + N} of a fresh relay: median ${median(cold).toFixed(3)} ms`);
  // A fresh process as `toolkit mcp -- …` runs it: the start-up warm-up first (src/mcp/warmup.ts), then the same window.
  const child = Bun.spawn([process.execPath, import.meta.path], { env: { ...process.env, MCP_BENCH_CHILD: "warm-start" }, stdout: "pipe", stderr: "inherit" });
  const r = JSON.parse((await new Response(child.stdout).text()) || "{}") as { warmMs?: number; median?: number };
  if (r.median !== undefined) out.push(`  fresh process with the wrapper's start-up warm-up (${r.warmMs!.toFixed(0)} ms while the server starts), messages 50-${50 + N}: median ${r.median.toFixed(3)} ms`);
  out.push(`baseline JSON parse + stringify of the same messages: median ${median(base).toFixed(4)} ms; relay/baseline ${(median(times) / Math.max(1e-6, median(base))).toFixed(0)}x`);
  return out;
}

if (import.meta.main && process.env.MCP_BENCH_CHILD === "warm-start") {
  const engine = await freshEngine();
  const t0 = performance.now();
  await warmUpRelay(engine).done;
  const warmMs = performance.now() - t0;
  console.log(JSON.stringify({ warmMs, median: median(await window(newRelay(engine), 50, 450)) }));
} else if (import.meta.main) for (const l of await benchMcp()) console.log(l);
