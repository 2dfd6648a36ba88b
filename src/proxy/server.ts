// The agent-facing listener: absolute-URI HTTP requests, CONNECT tunnels, and (through the inner
// server) requests inside intercepted tunnels. It has no control paths of its own: anything
// that is not a proxy request gets 400. A request that throws is a fail-closed block, never a
// crash: the proxy keeps serving others.
import * as http from "node:http";
import * as http2 from "node:http2";
import type { Socket } from "node:net";
import { endRaw, isHttp2, sendBlock } from "./block.ts";
import { handleConnect, tunnelOf } from "./connect.ts";
import type { ProxyContext } from "./context.ts";
import { newFlowId, type Flow } from "./flow.ts";
import { forward } from "./forward.ts";
import { governConnections, RequestTimeout, type Governor } from "./limits.ts";
import { relayUpgrade } from "./upgrade.ts";
import { UpstreamError } from "./upstream.ts";

export interface ProxyServer {
  server: http.Server;
  limits: Governor;
  address(): { host: string; port: number };
  close(): Promise<void>;
}

function flowFor(req: http.IncomingMessage): Flow | { error: string } {
  const tunnel = tunnelOf(req.socket);
  const client = tunnel?.client ?? `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  // RFC 9112 3.2: more than one Host is a 400. The parser keeps the first for req.headers (what is
  // checked here), while every copy would go upstream, where a server may pick another one.
  let hosts = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.length === 4 && req.rawHeaders[i]!.toLowerCase() === "host") hosts++;
  if (hosts > 1) return { error: "more than one Host header" };
  let url: URL;
  if (tunnel) {
    // Inside a tunnel: origin-form target; the Host header must name the CONNECT host.
    const hostHeader = String(req.headers.host ?? req.headers[":authority"] ?? "").toLowerCase();
    const hh = hostHeader.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
    if (hh !== tunnel.host) return { error: `Host '${hostHeader.slice(0, 100)}' does not match the tunnel's CONNECT host '${tunnel.host}'` };
    if (!(req.url ?? "").startsWith("/")) return { error: "request target inside a tunnel must be a path" };
    const authority = tunnel.host.includes(":") ? `[${tunnel.host}]:${tunnel.port}` : `${tunnel.host}:${tunnel.port}`;
    url = new URL(`${tunnel.secure ? "https" : "http"}://${authority}${req.url}`);
  } else {
    try {
      url = new URL(req.url ?? "");
    } catch {
      return { error: "this is toolkit's proxy port: send absolute-URI requests (http://host/path) or CONNECT; it has no pages of its own" };
    }
    if (url.protocol !== "http:") return { error: `scheme ${url.protocol} is not proxied as a plain request (use CONNECT for https)` };
    const hostHeader = (req.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
    if (hostHeader && hostHeader !== url.hostname.toLowerCase().replace(/^\[|\]$/g, "") && `[${hostHeader}]` !== url.hostname) {
      return { error: `Host header '${hostHeader.slice(0, 100)}' does not match the request target '${url.hostname}'` };
    }
  }
  return {
    id: newFlowId(), client, started: performance.now(), method: (req.method ?? "GET").toUpperCase(), url, host: url.hostname.replace(/^\[|\]$/g, "").toLowerCase(),
    port: Number(url.port) || (url.protocol === "https:" ? 443 : 80), verdict: "allow", rules: [], reasons: [], issuer: [], bytesUp: 0, bytesDown: 0, notes: [],
    ...(tunnel ? { tunnel: { authority: tunnel.authority, intercepted: true } } : {}),
  };
}

/** The 503 every new request, CONNECT and upgrade gets while the kill switch is engaged. */
export function killedBody(ctx: ProxyContext): string {
  return JSON.stringify({ error: "kill switch engaged: all agent traffic is stopped", sources: ctx.kill.describe() });
}

async function onRequest(ctx: ProxyContext, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (ctx.kill.engaged()) {
    const body = killedBody(ctx);
    res.writeHead(503, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-toolkit-block": "kill-switch" });
    res.end(body);
    ctx.log.event("request", { verdict: "block", rules: ["kill-switch"], method: req.method, client: req.socket.remoteAddress });
    return;
  }
  const f = flowFor(req);
  if ("error" in f) {
    const body = JSON.stringify({ error: "bad request", reason: f.error });
    res.writeHead(400, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(isHttp2(res) ? {} : { connection: "close" }) });
    res.end(body);
    return;
  }
  try {
    await forward(ctx, req, res, f);
  } catch (err) {
    if (err instanceof UpstreamError) {
      f.rules.push("upstream-error");
      f.reasons.push(err.message);
      sendBlock(res, f, 502, "upstream failed");
      return;
    }
    if (req.destroyed && !req.complete) {
      // The client went away mid-request (or was cut by proxy.request_timeout): nothing went upstream.
      const timedOut = err instanceof RequestTimeout;
      f.verdict = "block";
      f.rules.push(timedOut ? "request-timeout" : "client-aborted");
      f.reasons.push(timedOut ? err.message : "client closed the connection before its request was complete; nothing was sent upstream");
      f.status = res.headersSent ? res.statusCode : 499;
      res.destroy();
      return;
    }
    f.rules.push("internal-error");
    f.reasons.push(`internal error: ${(err as Error).message?.split("\n")[0] ?? String(err)} (fail closed)`);
    sendBlock(res, f, 500, "toolkit could not judge this request");
  } finally {
    ctx.log.flow(f);
    ctx.metrics.observe(f);
  }
}

export function createProxyServer(ctx: ProxyContext): ProxyServer {
  const onReq = (req: http.IncomingMessage, res: http.ServerResponse) => void onRequest(ctx, req, res);
  const inner = http.createServer(onReq);
  const inner2 = http2.createServer({}, onReq as never);
  inner2.on("sessionError", () => {});
  const server = http.createServer(onReq);
  // Every agent connection is tracked so that engaging the kill switch can cut them all at once.
  const open = new Set<Socket>();
  server.on("connection", (sock: Socket) => {
    // Replies go out in several writes (head, body): without NODELAY, Nagle's algorithm and the
    // client's delayed ACK hold each response for milliseconds.
    sock.setNoDelay(true);
    open.add(sock);
    sock.on("close", () => open.delete(sock));
  });
  ctx.kill.onChange((_src, st) => {
    if (st.engaged) for (const s of open) s.destroy();
  });
  server.on("connect", (req, sock: Socket, head) => {
    if (ctx.kill.engaged()) {
      const body = killedBody(ctx);
      endRaw(sock, 503, body, "kill-switch");
      return;
    }
    handleConnect(ctx, { h1: inner, h2: inner2 as never }, req, sock, head).catch(() => sock.destroy());
  });
  const onUpgrade = (req: http.IncomingMessage, sock: Socket, head: Buffer) => {
    if (ctx.kill.engaged()) {
      const body = killedBody(ctx);
      endRaw(sock, 503, body, "kill-switch");
      return;
    }
    const f = flowFor(req);
    if ("error" in f) {
      endRaw(sock, 400, JSON.stringify({ error: "bad request", reason: f.error }));
      return;
    }
    relayUpgrade(ctx, req, sock, head, f)
      .catch((err) => {
        f.rules.push("internal-error");
        f.reasons.push(`internal error: ${(err as Error).message} (fail closed)`);
        f.verdict = "block";
        sock.destroy();
      })
      .finally(() => {
        ctx.log.flow(f);
        ctx.metrics.observe(f);
      });
  };
  server.on("upgrade", onUpgrade);
  inner.on("upgrade", onUpgrade);
  server.on("clientError", (_err, sock: Socket) => {
    if (sock.writable) sock.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
  });
  const limits = governConnections(server, inner, () => ctx.engine().config.proxy);
  return {
    server,
    limits,
    address() {
      const a = server.address();
      return typeof a === "object" && a ? { host: a.address, port: a.port } : { host: "", port: 0 };
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
