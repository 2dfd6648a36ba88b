// Start-up warm-up for `toolkit run` (src/util/warmup.ts): an agent sends a few requests a second,
// so without it the judging paths would stay half-compiled for hours (JavaScriptCore needed ~40k
// requests of load to settle). Synthetic requests and responses of the shapes agents exchange
// (model-API JSON, headers, a page, a tool result) go through the same judging calls as traffic.
import type { Engine } from "../policy/engine.ts";
import { judgeChunks } from "../policy/judge.ts";
import { warmUp, type WarmUp } from "../util/warmup.ts";
import { slices } from "./body.ts";
import { newFlowId, type Flow } from "./flow.ts";
import { judgeBody, judgeHeaders, judgeUrl } from "./judge-request.ts";

const PROSE = [
  "Please summarise the build log and list the failing tests with their file names and line numbers.",
  "Refactor the parser so that it returns early on empty input and keeps the sort stable; run npm test after.",
  "The deployment failed because the health check timed out after 30 seconds on two of three replicas.",
];
const PAGE = "<html><head><title>Docs</title></head><body><h1>Install</h1><p>Run <code>npm install</code>, then <code>npm test</code>.</p></body></html>";

function flowFor(engine: Engine, url: URL, method: string): Flow {
  return {
    id: newFlowId(), client: "warm-up", started: 0, method, url, host: url.hostname, port: Number(url.port) || 443, verdict: "allow",
    rules: [], reasons: [], issuer: [], bytesUp: 0, bytesDown: 0, notes: [],
    policy: engine.routes.resolve({ host: url.hostname, path: url.pathname, method }),
  };
}

export function warmUpProxy(engine: Engine, rounds = 1500): WarmUp {
  return warmUp(async (i) => {
    const url = new URL(`https://api.example.com/v1/messages?step=${i % 7}`);
    const flow = flowFor(engine, url, "POST");
    const text = PROSE[i % PROSE.length]!;
    const body = JSON.stringify({ model: "m", max_tokens: 1024, messages: Array.from({ length: 1 + (i % 6) }, (_, k) => ({ role: k % 2 ? "assistant" : "user", content: `${text} (${k})` })) });
    await judgeUrl(engine, flow);
    await judgeHeaders(engine, flow, [["User-Agent", "agent/1.0"], ["Content-Type", "application/json"], ["Accept", "application/json"], ["X-Request-Id", `req-${i}`]]);
    await judgeBody(engine, flow, Buffer.from(body), "application/json");
    const reply = i % 3 === 2 ? PAGE : JSON.stringify({ id: `msg_${i}`, content: [{ type: "text", text }] });
    await judgeChunks(engine, slices(Buffer.from(reply)), { direction: "inbound", contentType: i % 3 === 2 ? "text/html" : "application/json" }, flow.policy!);
  }, rounds);
}
