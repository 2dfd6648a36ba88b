// WebSocket (and other) upgrades: the upgrade request is judged like any request (route action,
// URL, headers), then relayed to the checked upstream address and spliced both ways. Message
// scanning is not done here yet; the log says the connection's messages were not inspected.
import type { IncomingMessage } from "node:http";
import * as net from "node:net";
import * as tls from "node:tls";
import type { ProxyContext } from "./context.ts";
import type { Flow } from "./flow.ts";
import { endToEnd } from "./headers.ts";
import { judgeHeaders, judgeUrl } from "./judge-request.ts";
import { resolveChecked } from "./ssrf.ts";

function refuse(sock: net.Socket, flow: Flow, status: number, error: string): void {
  flow.verdict = "block";
  flow.status = status;
  const body = JSON.stringify({ error, rule: flow.rules[0] ?? null, reason: flow.reasons.join("; "), request_id: flow.id, route: flow.policy?.label ?? "-" });
  sock.end(`HTTP/1.1 ${status} ${status === 403 ? "Forbidden" : "Bad Gateway"}\r\ncontent-type: application/json\r\nx-toolkit-block: ${(flow.rules[0] ?? error).replace(/[^\x20-\x7e]/g, "?")}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

export async function relayUpgrade(ctx: ProxyContext, req: IncomingMessage, sock: net.Socket, head: Buffer, flow: Flow, upstreamCa: string | undefined): Promise<void> {
  sock.on("error", () => {});
  const engine = ctx.engine();
  flow.policy = engine.routes.resolve({ host: flow.host, path: flow.url.pathname, method: flow.method });
  if (flow.policy.action === "block") {
    flow.rules.push("egress");
    flow.reasons.push(flow.policy.route ? `${flow.policy.label}: action block` : "egress.default is block and no route allows this host");
    return refuse(sock, flow, 403, "egress blocked");
  }
  // Upgrade and Connection are hop-by-hop but are the point of this request: keep them.
  const headers = endToEnd(req.rawHeaders);
  if (flow.policy.request.scan) {
    if ((await judgeUrl(engine, flow)) || (await judgeHeaders(engine, flow, headers))) return refuse(sock, flow, 403, "blocked by toolkit");
  }
  const resolved = await resolveChecked(flow.host, flow.port, ctx.guard());
  if (!resolved.ok) {
    flow.rules.push(resolved.rule);
    flow.reasons.push(resolved.reason);
    return refuse(sock, flow, 403, "blocked by the SSRF guard");
  }
  const secure = flow.url.protocol === "https:";
  const up: net.Socket = secure
    ? tls.connect({ host: resolved.address, port: flow.port, servername: flow.host, ...(upstreamCa ? { ca: [...tls.rootCertificates, upstreamCa] } : {}) })
    : net.connect({ host: resolved.address, port: flow.port });
  up.on("error", (err) => {
    flow.notes.push(`upstream error: ${err.message}`);
    if (!sock.destroyed) refuse(sock, flow, 502, "upstream unreachable");
  });
  up.once(secure ? "secureConnect" : "connect", () => {
    const lines = [`${req.method} ${flow.url.pathname}${flow.url.search} HTTP/1.1`];
    if (!headers.some(([k]) => k.toLowerCase() === "host")) lines.push(`Host: ${flow.url.host}`);
    for (const [k, v] of headers) lines.push(`${k}: ${v}`);
    lines.push(`Connection: Upgrade`, `Upgrade: ${req.headers.upgrade ?? "websocket"}`);
    up.write(`${lines.join("\r\n")}\r\n\r\n`);
    if (head.length > 0) up.write(head);
    sock.pipe(up);
    up.pipe(sock);
    flow.notes.push("upgraded connection relayed; its messages are not inspected yet");
    flow.status = 101;
  });
  await new Promise<void>((done) => {
    sock.on("close", () => {
      up.destroy();
      flow.bytesUp = sock.bytesRead;
      flow.bytesDown = sock.bytesWritten;
      done();
    });
  });
}
