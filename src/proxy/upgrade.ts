// WebSocket upgrades: the upgrade request is judged like any request (route action, URL,
// headers), relayed to the checked upstream address without any compression offer, and once the
// upstream answers 101 every message is judged both ways (ws-relay.ts). Other upgrade protocols
// would be an uninspected channel: refused.
import type { IncomingMessage } from "node:http";
import * as net from "node:net";
import * as tls from "node:tls";
import { refuseSocket } from "./block.ts";
import type { ProxyContext } from "./context.ts";
import type { Flow } from "./flow.ts";
import { endToEnd } from "./headers.ts";
import { judgeHeaders, judgeUrl } from "./judge-request.ts";
import { resolveChecked } from "./ssrf.ts";
import { relayWebSocket, type WsStats } from "./ws-relay.ts";

export async function relayUpgrade(ctx: ProxyContext, req: IncomingMessage, sock: net.Socket, head: Buffer, flow: Flow): Promise<void> {
  sock.on("error", () => {});
  const engine = ctx.engine();
  flow.policy = engine.routes.resolve({ host: flow.host, path: flow.url.pathname, method: flow.method });
  if (flow.policy.action === "block") {
    flow.rules.push("egress");
    flow.reasons.push(flow.policy.route ? `${flow.policy.label}: action block` : "egress.default is block and no route allows this host");
    return refuseSocket(sock, flow, 403, "egress blocked");
  }
  if (String(req.headers.upgrade ?? "").toLowerCase() !== "websocket") {
    flow.rules.push("upgrade-protocol");
    flow.reasons.push(`upgrade to '${String(req.headers.upgrade ?? "").slice(0, 40)}' is not inspected, so it is refused`);
    return refuseSocket(sock, flow, 403, "upgrade protocol not supported");
  }
  // Upgrade and Connection are hop-by-hop but are the point of this request: set again below.
  // permessage-deflate is not offered upstream: the scanner must see plaintext messages.
  const headers = endToEnd(req.rawHeaders).filter(([k]) => k.toLowerCase() !== "sec-websocket-extensions");
  if (flow.policy.request.scan) {
    if ((await judgeUrl(engine, flow)) || (await judgeHeaders(engine, flow, headers))) return refuseSocket(sock, flow, 403, "blocked by toolkit");
  }
  const resolved = await resolveChecked(flow.host, flow.port, ctx.guard());
  if (!resolved.ok) {
    flow.rules.push(resolved.rule);
    flow.reasons.push(resolved.reason);
    return refuseSocket(sock, flow, 403, "blocked by the SSRF guard");
  }
  const secure = flow.url.protocol === "https:";
  let wsStats: WsStats | null = null;
  const up: net.Socket = secure
    ? tls.connect({ host: resolved.address, port: flow.port, servername: flow.host, ...(ctx.upstream.roots ? { ca: ctx.upstream.roots } : {}) })
    : net.connect({ host: resolved.address, port: flow.port });
  up.setNoDelay(true);
  up.on("error", (err) => {
    flow.notes.push(`upstream error: ${err.message}`);
    if (!sock.destroyed) refuseSocket(sock, flow, 502, "upstream unreachable");
  });
  up.once(secure ? "secureConnect" : "connect", () => {
    const lines = [`${req.method} ${flow.url.pathname}${flow.url.search} HTTP/1.1`];
    if (!headers.some(([k]) => k.toLowerCase() === "host")) lines.push(`Host: ${flow.url.host}`);
    for (const [k, v] of headers) lines.push(`${k}: ${v}`);
    lines.push(`Connection: Upgrade`, `Upgrade: ${req.headers.upgrade ?? "websocket"}`);
    up.write(`${lines.join("\r\n")}\r\n\r\n`);
    // The upstream's answer: a 101 starts the message relay; anything else goes back as it is.
    let got = Buffer.alloc(0);
    const onHead = (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      const end = got.indexOf("\r\n\r\n");
      if (end < 0) {
        if (got.length > 64 * 1024) sock.destroy();
        return;
      }
      up.off("data", onHead);
      up.pause();
      const headText = got.subarray(0, end + 4);
      const rest = got.subarray(end + 4);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headText.toString("latin1"))?.[1] ?? 0);
      flow.status = status;
      if (status !== 101 || /^sec-websocket-extensions:/im.test(headText.toString("latin1"))) {
        if (status === 101) {
          flow.rules.push("websocket-extension");
          flow.reasons.push("upstream negotiated an extension that was not offered (fail closed)");
          flow.verdict = "block";
          sock.destroy();
          return;
        }
        sock.write(got);
        up.pipe(sock);
        sock.pipe(up);
        up.resume();
        return;
      }
      sock.write(headText);
      wsStats = relayWebSocket(ctx, flow, sock, up, head, rest);
      up.resume();
    };
    up.on("data", onHead);
  });
  await new Promise<void>((done) => {
    sock.on("close", () => {
      if (wsStats) flow.notes.push(`websocket: ${wsStats.messagesUp} messages / ${wsStats.bytesUp} bytes up, ${wsStats.messagesDown} / ${wsStats.bytesDown} down`);
      up.destroy();
      flow.bytesUp = sock.bytesRead;
      flow.bytesDown = sock.bytesWritten;
      done();
    });
  });
}
