// WebSocket messages judged both ways. Frames are parsed on each side; a data message (text or
// binary, fragments reassembled, control frames interleaved passed at once) is held whole up to
// websocket.max_message_bytes, judged, then forwarded as the very frames that came in.
// Client → server: the route's request policy (secrets, env leaks, evasion), over the message
// joined to the tail of the previous one so a secret split across two messages is found.
// Server → client: text judged for injection by the route's response policy. A block closes both
// sides with 1008 and a reason naming the rule; an oversize message closes with 1009 (fail
// closed); a malformed frame with 1002. permessage-deflate is stripped from the client's offer
// before the handshake goes upstream, so the scanner always sees plaintext.
import type * as net from "node:net";
import type { Engine } from "../policy/engine.ts";
import { judgePayload } from "../policy/judge.ts";
import type { ProxyContext } from "./context.ts";
import type { Flow } from "./flow.ts";
import { record } from "./judge-request.ts";
import { closeFrame, FrameParseError, FrameReader, OP, type Frame } from "./ws-frames.ts";

/** How much of the previous client message is kept in front of the next one (split secrets). */
const TAIL = 1024;
/** How much of each side of a message boundary is judged again with a line break at the seam. */
const SEAM = 256;

export interface WsStats {
  messagesUp: number;
  messagesDown: number;
  bytesUp: number;
  bytesDown: number;
}

/**
 * Judges whole messages of one connection, either way; true when the flow is now blocked. Keeps
 * the tail of the client's last message, so a secret split across two messages is found.
 */
export function createMessageJudge(engine: Engine, flow: Flow): (up: boolean, op: number, data: Buffer) => Promise<boolean> {
  let tail = "";
  return async (up, op, data) => {
    if (up) {
      if (!flow.policy!.request.scan) return false;
      const text = op === OP.text ? data.toString("utf8") : data.toString("latin1");
      const j = await judgePayload(engine, { text: tail + text, direction: "outbound" }, flow.policy!);
      // The boundary again with a line break between the messages (each is its own unit, as a line
      // is), so that parts each with its own label ("part 2: …") are joined as lines are.
      const seam = tail === "" ? null : await judgePayload(engine, { text: `${tail.slice(-SEAM)}\n${text.slice(0, SEAM)}`, direction: "outbound" }, flow.policy!);
      tail = (tail + text).slice(-TAIL);
      if (seam !== null && seam.decision !== "allow" && record(flow, seam, "websocket message")) return true;
      return record(flow, j, "websocket message");
    }
    if (op !== OP.text || !flow.policy!.response.scan) return false;
    const j = await judgePayload(engine, { text: data.toString("utf8"), direction: "inbound" }, flow.policy!);
    return record(flow, j, "websocket message from server", { strippable: false });
  };
}

export function relayWebSocket(ctx: ProxyContext, flow: Flow, client: net.Socket, upstream: net.Socket, leftoverFromClient: Buffer, leftoverFromUpstream: Buffer): WsStats {
  const engine: Engine = ctx.engine();
  const max = engine.config.websocket.maxMessageBytes;
  const stats: WsStats = { messagesUp: 0, messagesDown: 0, bytesUp: 0, bytesDown: 0 };
  let closed = false;
  const judgeMessage = createMessageJudge(engine, flow);

  const shut = (code: number, reason: string) => {
    if (closed) return;
    closed = true;
    // The client gets an unmasked close, the server a masked one (RFC 6455 5.1).
    client.end(closeFrame(code, reason, false));
    upstream.end(closeFrame(code, reason, true));
    setTimeout(() => {
      client.destroy();
      upstream.destroy();
    }, 1000).unref?.();
  };

  const side = (from: net.Socket, to: net.Socket, up: boolean) => {
    const reader = new FrameReader(max);
    let frames: Frame[] = [];
    let parts: Buffer[] = [];
    let size = 0;
    let opcode = 0;
    let queue: Promise<void> = Promise.resolve();

    const onFrame = async (f: Frame) => {
      if (closed) return;
      if (f.rsv !== 0) return shut(1002, "toolkit: compressed or extended frames are not relayed");
      if (f.opcode >= 8) {
        to.write(f.raw);
        if (f.opcode === OP.close) to.end();
        return;
      }
      if (f.opcode !== OP.continuation) {
        if (frames.length > 0) return shut(1002, "toolkit: new message before the last one ended");
        opcode = f.opcode;
      } else if (frames.length === 0) return shut(1002, "toolkit: continuation without a message");
      frames.push(f);
      parts.push(f.payload);
      size += f.payload.length;
      if (size > max) {
        flow.rules.push("websocket-oversize");
        flow.reasons.push(`websocket message over ${max} bytes (fail closed)`);
        flow.verdict = "block";
        return shut(1009, "toolkit: message too large to judge");
      }
      if (!f.fin) return;
      const data = Buffer.concat(parts);
      const held = frames;
      frames = [];
      parts = [];
      size = 0;
      if (up) {
        stats.messagesUp++;
        stats.bytesUp += data.length;
        ctx.metrics.ws.messagesUp++;
        ctx.metrics.ws.bytesUp += data.length;
      } else {
        stats.messagesDown++;
        stats.bytesDown += data.length;
        ctx.metrics.ws.messagesDown++;
        ctx.metrics.ws.bytesDown += data.length;
      }
      let blocked: boolean;
      try {
        blocked = await judgeMessage(up, opcode, data);
      } catch (err) {
        flow.rules.push("internal-error");
        flow.reasons.push(`websocket: internal error: ${(err as Error).message} (fail closed)`);
        blocked = true;
      }
      if (closed) return;
      if (blocked) {
        ctx.metrics.ws.detections++;
        ctx.log.event("websocket_detection", { id: flow.id, direction: up ? "client→server" : "server→client", rules: flow.rules, reasons: flow.reasons });
        return shut(1008, `toolkit: ${flow.rules[0] ?? "policy"}`);
      }
      for (const h of held) to.write(h.raw);
    };

    from.on("data", (chunk: Buffer) => {
      let got: Frame[];
      try {
        got = reader.push(chunk);
      } catch (err) {
        const tooBig = err instanceof FrameParseError && /over the limit/.test(err.message);
        flow.rules.push(tooBig ? "websocket-oversize" : "websocket-protocol");
        flow.reasons.push(`websocket: ${(err as Error).message}`);
        flow.verdict = "block";
        return shut(tooBig ? 1009 : 1002, tooBig ? "toolkit: message too large to judge" : "toolkit: malformed frame");
      }
      // Judging is asynchronous: frames of one direction are handled strictly in order.
      for (const f of got) queue = queue.then(() => onFrame(f));
    });
    from.on("end", () => {
      if (!closed) queue.then(() => to.end());
    });
  };

  side(client, upstream, true);
  side(upstream, client, false);
  ctx.metrics.ws.open++;
  ctx.metrics.ws.total++;
  client.once("close", () => ctx.metrics.ws.open--);
  if (leftoverFromClient.length > 0) client.emit("data", leftoverFromClient);
  if (leftoverFromUpstream.length > 0) upstream.emit("data", leftoverFromUpstream);
  return stats;
}
