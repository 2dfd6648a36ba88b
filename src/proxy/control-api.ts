// The control listener (--api-listen), never the agent-facing port: /health, /metrics, /stats.
import * as http from "node:http";
import type { Metrics } from "./metrics.ts";

export function createControlApi(metrics: Metrics, info: () => Record<string, unknown>): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.method !== "GET") return send(405, "application/json", JSON.stringify({ error: "method not allowed" }));
    if (path === "/health") return send(200, "application/json", JSON.stringify({ status: "ok", ...info() }));
    if (path === "/metrics") return send(200, "text/plain; version=0.0.4", metrics.prometheus());
    if (path === "/stats") return send(200, "application/json", JSON.stringify(metrics.stats(info())));
    return send(404, "application/json", JSON.stringify({ error: "not found", paths: ["/health", "/metrics", "/stats"] }));
  });
}
