// What a client sees when the proxy refuses: 403 (or the status given) with a JSON body that says
// which rule and why, an X-Toolkit-Block header, and nothing of the secret.
import type { ServerResponse } from "node:http";
import type { Flow } from "./flow.ts";

export function sendBlock(res: ServerResponse, flow: Flow, status = 403, error = "blocked by toolkit"): void {
  flow.verdict = "block";
  flow.status = status;
  const body = JSON.stringify({ error, rule: flow.rules[0] ?? null, rules: flow.rules, reason: flow.reasons.join("; "), request_id: flow.id, route: flow.policy?.label ?? "-" });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-toolkit-block": flow.rules[0] ?? error.replace(/[^\x20-\x7e]/g, "?"),
    "x-toolkit-request-id": flow.id,
    // HTTP/2 forbids connection-specific headers; HTTP/1.1 closes after a refusal.
    ...(isHttp2(res) ? {} : { connection: "close" }),
  });
  res.end(body);
}

export function isHttp2(res: ServerResponse): boolean {
  return (res as unknown as { stream?: unknown }).stream !== undefined;
}
