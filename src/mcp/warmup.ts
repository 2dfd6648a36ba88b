// Start-up warm-up for the stdio wrapper (src/util/warmup.ts): while the MCP server starts
// (seconds, for `npx -y …`), the relay judges a couple of hundred synthetic tool calls and
// results. Measured on a fresh relay, messages 50–450: median 0.21–0.22 ms per message without,
// 0.15 ms after 200 pairs (~150–250 ms, spent once).
import type { Engine } from "../policy/engine.ts";
import { KillSwitch } from "../policy/kill-switch.ts";
import { warmUp, type WarmUp } from "../util/warmup.ts";
import { McpRelay } from "./relay.ts";

const SAMPLES = [
  "Reads a file and returns its text.",
  "## Install\n\nRun `npm install`, then `npm test` to check the build.\n",
  "def main():\n    print('hello')\n\nif __name__ == '__main__':\n    main()\n",
  "The build failed: 3 tests in src/app.test.ts did not pass (expected 4, got 5).",
  '{"items":[{"id":1,"name":"alpha"},{"id":2,"name":"beta"}],"next":null}',
];

export function warmUpRelay(engine: Engine, pairs = 200): WarmUp {
  const relay = new McpRelay({ engine, kill: new KillSwitch(), pins: { server: "warm-up", tools: {} }, pinsDir: "/nonexistent", log: () => {} });
  return warmUp(async (i) => {
    const s = SAMPLES[i % SAMPLES.length]!;
    await relay.fromClient(JSON.stringify({ jsonrpc: "2.0", id: `warm-${i}`, method: "tools/call", params: { name: i % 2 ? "edit_file" : "run", arguments: { path: `src/f${i}.ts`, text: s.repeat(1 + (i % 5)) } } }));
    await relay.fromServer(JSON.stringify({ jsonrpc: "2.0", id: `warm-${i}`, result: { content: [{ type: "text", text: s.repeat(1 + (i % 7)) }] } }));
  }, pairs);
}
