// What a client sees when the proxy refuses: 403 (or the status given) with a JSON body that says
// which rule and why, an X-Toolkit-Block header, and nothing of the secret — as an HTTP response,
// or written raw on a socket that has no response object (CONNECT, upgrades).
import { STATUS_CODES, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Flow } from "./flow.ts";

/** The JSON body of a refusal. */
export function blockBody(flow: Flow, error: string): string {
  return JSON.stringify({ error, rule: flow.rules[0] ?? null, rules: flow.rules, reason: flow.reasons.join("; "), request_id: flow.id, route: flow.policy?.label ?? "-" });
}

/** A complete HTTP/1.1 response written on a raw socket, which is then closed. */
export function endRaw(sock: Socket, status: number, body: string, blockHeader?: string): void {
  const block = blockHeader === undefined ? "" : `x-toolkit-block: ${blockHeader.replace(/[^\x20-\x7e]/g, "?")}\r\n`;
  sock.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\ncontent-type: application/json\r\n${block}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** A refusal on a raw socket (CONNECT, upgrade): the flow is marked blocked. */
export function refuseSocket(sock: Socket, flow: Flow, status: number, error: string): void {
  flow.verdict = "block";
  flow.status = status;
  endRaw(sock, status, blockBody(flow, error), flow.rules[0] ?? error);
}

export function sendBlock(res: ServerResponse, flow: Flow, status = 403, error = "blocked by toolkit"): void {
  flow.verdict = "block";
  flow.status = status;
  const body = blockBody(flow, error);
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
