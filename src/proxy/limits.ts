// Bounds on the proxy's own connections (config `proxy:`), so that slow, idle or numerous clients
// cannot exhaust it: a new connection must complete its first request head within
// header_timeout (slow-loris); a request, body included, must arrive within request_timeout
// (slow bodies: 408); a kept-alive connection with no request in flight is closed after
// idle_timeout; at max_connections the oldest idle connection is closed to make room, and with
// none idle the new connection is refused with 503. Bun's own server.setTimeout is not used: it
// cuts responses in flight (a slow upstream, a stream) as well as idle sockets.
import type * as http from "node:http";
import type { Socket } from "node:net";
import type { ProxyLimits } from "../config/types.ts";

interface State {
  /** Requests in flight on this connection. */
  busy: number;
  /** A CONNECT tunnel or an upgraded connection: never idle in the eviction sense. */
  held: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** How a request cut by proxy.request_timeout ends: its body stream fails with this. */
export class RequestTimeout extends Error {}

export interface Governor {
  /** Connections open now (agent-facing listener only). */
  open(): number;
  /** Connections closed to make room at max_connections, refused, and cut by a timeout. */
  readonly counts: { evicted: number; refused: number; headerTimeouts: number; requestTimeouts: number };
}

function reply(sock: Socket, status: string, body: string): void {
  if (!sock.writable) return void sock.destroy();
  sock.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  // A peer that does not read its refusal does not hold the socket either.
  setTimeout(() => sock.destroy(), 1000).unref?.();
}

/**
 * Applies the limits to the agent-facing server and to the HTTP/1.1 server behind intercepted
 * tunnels (timeouts only there: its connections are counted as the tunnel's own connection).
 */
export function governConnections(server: http.Server, inner: http.Server, limits: () => ProxyLimits): Governor {
  const states = new Map<Socket, State>();
  const counts = { evicted: 0, refused: 0, headerTimeouts: 0, requestTimeouts: 0 };
  const lim = limits();
  server.keepAliveTimeout = lim.idleTimeoutMs;
  inner.keepAliveTimeout = lim.idleTimeoutMs;

  const armHeader = (sock: Socket, st: { timer?: ReturnType<typeof setTimeout> }) => {
    st.timer = setTimeout(() => {
      counts.headerTimeouts++;
      reply(sock, "408 Request Timeout", JSON.stringify({ error: "request timeout", reason: `no complete request head within proxy.header_timeout (${limits().headerTimeoutMs} ms)` }));
    }, limits().headerTimeoutMs);
    st.timer.unref?.();
  };

  server.on("connection", (sock: Socket) => {
    const l = limits();
    if (server.keepAliveTimeout !== l.idleTimeoutMs) server.keepAliveTimeout = inner.keepAliveTimeout = l.idleTimeoutMs;
    if (states.size >= l.maxConnections) {
      // Oldest idle first: Map iteration follows insertion order.
      let victim: Socket | undefined;
      for (const [s, st] of states) {
        if (st.busy === 0 && !st.held) {
          victim = s;
          break;
        }
      }
      if (victim) {
        counts.evicted++;
        const st = states.get(victim)!;
        clearTimeout(st.timer);
        states.delete(victim);
        victim.destroy();
      } else {
        counts.refused++;
        sock.on("error", () => {});
        reply(sock, "503 Service Unavailable", JSON.stringify({ error: "too many connections", reason: `proxy.max_connections (${l.maxConnections}) are all busy` }));
        return;
      }
    }
    const st: State = { busy: 0, held: false };
    states.set(sock, st);
    armHeader(sock, st);
    sock.once("close", () => {
      clearTimeout(st.timer);
      states.delete(sock);
    });
  });
  const begin = (sock: Socket, held: boolean) => {
    const st = states.get(sock);
    if (!st) return null;
    clearTimeout(st.timer);
    st.timer = undefined;
    // Re-inserted at the end: the idle order is by last use.
    states.delete(sock);
    states.set(sock, st);
    if (held) st.held = true;
    else st.busy++;
    return st;
  };
  server.on("connect", (_req: http.IncomingMessage, sock: Socket) => void begin(sock, true));
  server.on("upgrade", (_req: http.IncomingMessage, sock: Socket) => void begin(sock, true));

  const requestTimer = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.complete) return null;
    const t = setTimeout(() => {
      if (req.complete) return;
      counts.requestTimeouts++;
      const reason = `request body not complete within proxy.request_timeout (${limits().requestTimeoutMs} ms)`;
      const body = JSON.stringify({ error: "request timeout", reason });
      if (!res.headersSent) {
        res.writeHead(408, { "content-type": "application/json", "content-length": Buffer.byteLength(body), connection: "close" });
        res.end(body);
      }
      // The request stream ends in an error, never as a short body that could be passed on.
      req.destroy(new RequestTimeout(reason));
      setTimeout(() => req.socket?.destroy(), 1000).unref?.();
    }, limits().requestTimeoutMs);
    t.unref?.();
    req.once("end", () => clearTimeout(t));
    req.once("close", () => clearTimeout(t));
    return t;
  };
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const st = begin(req.socket, false);
    requestTimer(req, res);
    if (!st) return;
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      st.busy--;
    };
    res.once("finish", end);
    res.once("close", end);
  });

  // Behind an intercepted tunnel: the decrypted connection must bring a request head in time too.
  const innerTimers = new WeakMap<Socket, { timer?: ReturnType<typeof setTimeout> }>();
  inner.on("connection", (sock: Socket) => {
    const st = {};
    innerTimers.set(sock, st);
    armHeader(sock, st);
    sock.once("close", () => clearTimeout((st as { timer?: ReturnType<typeof setTimeout> }).timer));
  });
  const innerBegin = (sock: Socket) => {
    const st = innerTimers.get(sock);
    if (st) clearTimeout(st.timer);
  };
  inner.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    innerBegin(req.socket);
    requestTimer(req, res);
  });
  inner.on("upgrade", (req: http.IncomingMessage) => innerBegin(req.socket));
  return { open: () => states.size, counts };
}
