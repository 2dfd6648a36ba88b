// `toolkit mcp --upstream URL --listen ADDR`: the same judging for MCP's Streamable HTTP transport.
// The client POSTs JSON-RPC to this listener; each message is judged (refusals are answered here,
// the server never sees them) and forwarded; the server's answer — JSON, or an event stream — is
// judged message by message before the client gets it. GET (the server's own event stream) and
// DELETE (end of session) are relayed the same way.
import * as http from "node:http";
import { SseSplitter } from "../util/sse.ts";
import type { McpRelay, Relayed } from "./relay.ts";

const MAX_BODY = 10 * 1024 * 1024;
const PASS_HEADERS = ["content-type", "accept", "mcp-session-id", "mcp-protocol-version", "authorization", "last-event-id"];

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((ok) => {
    const parts: Buffer[] = [];
    let n = 0;
    req.on("data", (c: Buffer) => {
      n += c.length;
      if (n > MAX_BODY) {
        req.destroy();
        ok(null);
      } else parts.push(c);
    });
    req.on("end", () => ok(Buffer.concat(parts).toString("utf8")));
    req.on("error", () => ok(null));
  });
}

function jsonReply(res: http.ServerResponse, status: number, lines: string[], extra: Record<string, string> = {}): void {
  const body = lines.length === 1 ? lines[0]! : `[${lines.join(",")}]`;
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...extra });
  res.end(body);
}

export function createMcpHttpProxy(relay: McpRelay, upstream: URL, log: (e: Record<string, unknown>) => void): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const method = req.method ?? "GET";
      let forwardBody: string | undefined;
      if (method === "POST") {
        const body = await readBody(req);
        if (body === null) return jsonReply(res, 413, [JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32600, message: "toolkit: request body too large" } })]);
        const r = await relay.fromClient(body);
        if (r.toServer.length === 0) return jsonReply(res, 200, r.toClient);
        if (r.toClient.length > 0) {
          // Part of a batch was refused: answer that part here, forward nothing (one exchange, one answer).
          return jsonReply(res, 200, r.toClient);
        }
        forwardBody = r.toServer[0];
      } else if (method !== "GET" && method !== "DELETE") {
        res.writeHead(405, { allow: "GET, POST, DELETE" });
        return res.end();
      }
      const headers: Record<string, string> = {};
      for (const h of PASS_HEADERS) {
        const v = req.headers[h];
        if (typeof v === "string") headers[h] = v;
      }
      const up = await fetch(upstream, { method, headers, body: forwardBody, redirect: "manual" });
      const out: Record<string, string> = {};
      for (const h of ["mcp-session-id", "content-type"]) {
        const v = up.headers.get(h);
        if (v) out[h] = v;
      }
      const ct = up.headers.get("content-type") ?? "";
      if (/^text\/event-stream/i.test(ct) && up.body) {
        res.writeHead(up.status, out);
        const reader = up.body.getReader();
        const dec = new TextDecoder();
        const events = new SseSplitter();
        res.on("close", () => void reader.cancel().catch(() => {}));
        for (;;) {
          const r = await reader.read();
          if (r.done) break;
          for (const event of events.push(dec.decode(r.value, { stream: true }))) {
            if (!event.data) continue;
            const judged: Relayed = await relay.fromServer(event.data);
            for (const line of judged.toClient) res.write(`${event.id ? `id: ${event.id}\n` : ""}event: message\ndata: ${line}\n\n`);
          }
        }
        return res.end();
      }
      const text = await up.text();
      if (!/json/i.test(ct) || text.trim() === "") {
        res.writeHead(up.status, out);
        return res.end(/json/i.test(ct) ? text : "");
      }
      const judged = await relay.fromServer(text);
      if (judged.toClient.length === 0) return jsonReply(res, 502, [JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32002, message: "toolkit: the server's answer was not JSON-RPC; refused" } })], out);
      return jsonReply(res, up.status, judged.toClient, out);
    } catch (err) {
      log({ verdict: "block", reason: `internal error: ${(err as Error).message.split("\n")[0]}` });
      if (!res.headersSent) jsonReply(res, 502, [JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32002, message: `toolkit: upstream MCP server failed: ${(err as Error).message.split("\n")[0]}` } })]);
      else res.destroy();
    }
  });
}
