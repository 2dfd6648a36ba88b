// CONNECT: host-level checks always (route action, blocklist and URL checks on the authority,
// SSRF guard); then either a byte-for-byte splice (passthrough, intercept: false; logged as not
// inspected) or interception: TLS terminated with a leaf for the CONNECT host, the ClientHello's
// SNI held to the same host, every inner request judged like plain HTTP.
import type { IncomingMessage, Server } from "node:http";
import * as net from "node:net";
import * as tls from "node:tls";
import { refuseSocket } from "./block.ts";
import type { ProxyContext } from "./context.ts";
import { newFlowId, type Flow } from "./flow.ts";
import { judgeUrl } from "./judge-request.ts";
import { helloLength, parseSni } from "./sni.ts";
import { resolveChecked } from "./ssrf.ts";

export interface TunnelInfo {
  host: string;
  port: number;
  authority: string;
  client: string;
  secure: boolean;
}

/**
 * Inner requests learn their tunnel from their socket. A property (not a WeakMap) because HTTP/2
 * hands requests a proxy object of the socket, which forwards property reads but has its own identity.
 */
const TUNNEL = Symbol("toolkit.tunnel");

export function tunnelOf(sock: object | null | undefined): TunnelInfo | undefined {
  return sock ? (sock as Record<symbol, TunnelInfo | undefined>)[TUNNEL] : undefined;
}

function setTunnel(sock: object, info: TunnelInfo): void {
  (sock as Record<symbol, TunnelInfo>)[TUNNEL] = info;
}

function parseAuthority(a: string): { host: string; port: number } | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:\s/]+):(\d{1,5})$/i.exec(a);
  if (!m) return null;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return null;
  return { host: m[1]!.toLowerCase().replace(/^\[|\]$/g, ""), port };
}

function refuse(sock: net.Socket, status: number, flow: Flow, ctx: ProxyContext, error: string): void {
  refuseSocket(sock, flow, status, error);
  ctx.log.flow(flow);
  ctx.metrics.observe(flow);
}

/** Where decrypted tunnel connections go: an HTTP/1.1 server, and an HTTP/2 one for clients that negotiate h2. */
export interface InnerServers {
  h1: Server;
  h2: { emit(event: "connection", sock: net.Socket): boolean };
}

export async function handleConnect(ctx: ProxyContext, inner: InnerServers, req: IncomingMessage, sock: net.Socket, head: Buffer): Promise<void> {
  sock.on("error", () => {});
  const client = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const auth = parseAuthority(req.url ?? "");
  const flow: Flow = {
    id: newFlowId(), client, started: performance.now(), method: "CONNECT", url: new URL("https://invalid.invalid/"), host: "", port: 0,
    verdict: "allow", rules: [], reasons: [], issuer: [], bytesUp: 0, bytesDown: 0, notes: [],
  };
  if (!auth) {
    flow.rules.push("bad-request");
    flow.reasons.push(`CONNECT target '${String(req.url).slice(0, 100)}' is not host:port`);
    return refuse(sock, 400, flow, ctx, "bad CONNECT target");
  }
  const engine = ctx.engine();
  flow.host = auth.host;
  flow.port = auth.port;
  flow.url = new URL(`https://${auth.host.includes(":") ? `[${auth.host}]` : auth.host}:${auth.port}/`);
  flow.policy = engine.routes.resolve({ host: auth.host, path: "", method: "CONNECT" });
  flow.tunnel = { authority: `${auth.host}:${auth.port}`, intercepted: flow.policy.intercept && ctx.leaves !== null };
  if (flow.policy.action === "block") {
    flow.rules.push("egress");
    flow.reasons.push(flow.policy.route ? `${flow.policy.label}: action block` : "egress.default is block and no route allows this host");
    return refuse(sock, 403, flow, ctx, "egress blocked");
  }
  if (await judgeUrl(engine, flow)) return refuse(sock, 403, flow, ctx, "blocked by toolkit");

  if (!flow.tunnel.intercepted) {
    const resolved = await resolveChecked(auth.host, auth.port, ctx.guard());
    if (!resolved.ok) {
      flow.rules.push(resolved.rule);
      flow.reasons.push(resolved.reason);
      return refuse(sock, 403, flow, ctx, "blocked by the SSRF guard");
    }
    const up = net.connect({ host: resolved.address, port: auth.port });
    up.on("error", () => sock.destroy());
    up.once("connect", () => {
      sock.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) up.write(head);
      sock.pipe(up);
      up.pipe(sock);
    });
    ctx.metrics.openTunnels++;
    ctx.metrics.tunnels++;
    flow.notes.push("tunnel not inspected (passthrough)");
    sock.on("close", () => {
      up.destroy();
      ctx.metrics.openTunnels--;
      flow.bytesUp = sock.bytesRead;
      flow.bytesDown = sock.bytesWritten;
      flow.status = 200;
      ctx.log.flow(flow);
      ctx.metrics.observe(flow);
    });
    return;
  }

  sock.write("HTTP/1.1 200 Connection Established\r\n\r\n");
  // The ClientHello and the TLS handshake (or a plain request head) must come within
  // proxy.header_timeout: a tunnel that stays silent is closed, not held.
  const headerMs = engine.config.proxy.headerTimeoutMs;
  const silent = setTimeout(() => {
    sock.off("data", onData);
    flow.rules.push("timeout");
    flow.reasons.push(`tunnel sent no ClientHello or finished no TLS handshake within proxy.header_timeout (${headerMs} ms)`);
    flow.verdict = "block";
    ctx.log.flow(flow);
    ctx.metrics.observe(flow);
    sock.destroy();
  }, headerMs);
  sock.once("close", () => clearTimeout(silent));
  // A client that gives up before its ClientHello half-closes: close our side too (the listener's
  // sockets allow half-open), or the socket stays open with nothing to ever end it.
  const gaveUp = () => sock.destroy();
  sock.once("end", gaveUp);
  let hello = head;
  const onData = (chunk: Buffer) => {
    hello = Buffer.concat([hello, chunk]);
    void tryHello();
  };
  const tryHello = async () => {
    if (hello.length > 0 && /^[A-Z]{3,10} /.test(hello.toString("latin1", 0, Math.min(hello.length, 11)))) {
      // Plain HTTP inside the tunnel (undici's ProxyAgent tunnels http:// this way): judged the same.
      sock.off("data", onData);
      sock.off("end", gaveUp);
      clearTimeout(silent);
      sock.pause();
      sock.unshift(hello);
      setTunnel(sock, { host: auth.host, port: auth.port, authority: flow.tunnel!.authority, client, secure: false });
      ctx.metrics.openTunnels++;
      ctx.metrics.tunnels++;
      sock.once("close", () => ctx.metrics.openTunnels--);
      inner.h1.emit("connection", sock);
      sock.resume();
      return;
    }
    const need = helloLength(hello);
    if (need === null) return;
    if (need < 0 || need > 5 + 16_384 + 64) {
      sock.off("data", onData);
      flow.rules.push("not-tls");
      flow.reasons.push("tunnel did not start with a TLS ClientHello");
      flow.verdict = "block";
      ctx.log.flow(flow);
      ctx.metrics.observe(flow);
      sock.destroy();
      return;
    }
    if (hello.length < need) return;
    sock.off("data", onData);
    sock.pause();
    const sni = parseSni(hello);
    if (sni && sni !== auth.host) {
      flow.rules.push("sni-mismatch");
      flow.reasons.push(`TLS server name '${sni.slice(0, 100)}' is not the CONNECT host '${auth.host}'`);
      flow.verdict = "block";
      ctx.log.flow(flow);
      ctx.metrics.observe(flow);
      sock.destroy();
      return;
    }
    let leaf;
    try {
      leaf = await ctx.leaves!.get(auth.host);
    } catch (err) {
      flow.rules.push("leaf-error");
      flow.reasons.push(`could not issue a certificate for ${auth.host}: ${(err as Error).message}`);
      flow.verdict = "block";
      ctx.log.flow(flow);
      sock.destroy();
      return;
    }
    sock.off("end", gaveUp);
    sock.unshift(hello);
    const secureContext = tls.createSecureContext({ cert: leaf.certPem, key: leaf.keyPem });
    const tlsSock = new tls.TLSSocket(sock, { isServer: true, secureContext, ALPNProtocols: ["h2", "http/1.1"] });
    tlsSock.on("error", () => sock.destroy());
    setTunnel(tlsSock, { host: auth.host, port: auth.port, authority: flow.tunnel!.authority, client, secure: true });
    ctx.metrics.openTunnels++;
    ctx.metrics.tunnels++;
    tlsSock.once("secure", () => clearTimeout(silent));
    tlsSock.once("secure", () => (tlsSock.alpnProtocol === "h2" ? inner.h2 : inner.h1).emit("connection", tlsSock));
    sock.once("close", () => ctx.metrics.openTunnels--);
    sock.resume();
  };
  sock.on("data", onData);
  void tryHello();
}
