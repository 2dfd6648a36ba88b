// The response leg: judged for injection before release (per-route skip by extension or content
// type, block / warn / strip), then sent with the upstream's own bytes and headers. An event
// stream is judged event by event so token streaming keeps flowing; a detection ends it with an
// error event.
import type { ServerResponse } from "node:http";
import { judgeChunks, judgePayload } from "../policy/judge.ts";
import { sendBlock } from "./block.ts";
import { decodeForScan, readBody, slices } from "./body.ts";
import type { ProxyContext } from "./context.ts";
import type { Flow } from "./flow.ts";
import { contentLength, endToEnd, header, toOutgoing } from "./headers.ts";
import { record } from "./judge-request.ts";
import type { UpstreamResponse } from "./upstream.ts";
import { SseSplitter } from "../util/sse.ts";

const TEXTUAL = /^(?:text\/|application\/(?:json|[\w.+-]*\+json|javascript|xml|[\w.+-]*\+xml|x-www-form-urlencoded|x-ndjson|jsonl?)|$)/i;

/** Why a response is passed unscanned (route, extension, content type), or null when it is judged. */
export function skipReason(flow: Flow, contentType: string): string | null {
  const p = flow.policy!.response;
  if (!p.scan) return "response not scanned (route)";
  const path = flow.url.pathname.toLowerCase();
  const ext = p.skipExtensions.find((e) => path.endsWith(e.toLowerCase()));
  if (ext) return `response not scanned (skip_extensions ${ext})`;
  const ct = contentType.split(";")[0]!.trim().toLowerCase();
  if (p.skipContentTypes.some((t) => t === ct || (t.endsWith("/*") && ct.startsWith(t.slice(0, -1))))) return `response not scanned (skip_content_types ${ct})`;
  if (!TEXTUAL.test(ct)) return `response not scanned (${ct}: not text)`;
  return null;
}

/**
 * Writes to the client, waiting while it is behind. False when the client has gone: then the
 * caller stops (waiting for a `drain` that never comes held the flow and its upstream forever).
 */
async function sent(res: ServerResponse, chunk: Buffer | string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((ok) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      ok();
    };
    res.once("drain", done);
    res.once("close", done);
  });
  return !res.destroyed;
}

export async function relayResponse(ctx: ProxyContext, up: UpstreamResponse, res: ServerResponse, flow: Flow): Promise<void> {
  const engine = ctx.engine();
  // A client that goes away (or is cut by the kill switch) ends the upstream leg too.
  res.on("close", () => up.destroy());
  const contentType = header(up.headers, "content-type") ?? "";
  const headers = toOutgoing(endToEnd(up.rawHeaders));
  const status = up.statusCode ?? 502;
  const skip = skipReason(flow, contentType);
  if (skip !== null) {
    flow.notes.push(skip);
    res.writeHead(status, headers);
    for await (const chunk of up) {
      flow.bytesDown += (chunk as Buffer).length;
      if (!(await sent(res, chunk as Buffer))) break;
    }
    flow.status = status;
    res.end();
    return;
  }
  if (/^text\/event-stream/i.test(contentType)) return relayEvents(ctx, up, res, flow, status, headers);

  const limit = flow.policy!.response.maxBodyBytes;
  // The length announced is a size hint only where a body follows (not for HEAD, 204 or 304).
  const bodyFollows = flow.method !== "HEAD" && status !== 204 && status !== 304;
  const body = await readBody(up, limit, bodyFollows ? contentLength(up.headers) : undefined);
  flow.bytesDown = body.bytes.length;
  if (body.over && flow.policy!.response.onOversize === "block") {
    up.destroy();
    flow.rules.push("oversize-response");
    flow.reasons.push(`response body larger than max_body_bytes (${limit} bytes)`);
    return sendBlock(res, flow, 502, "response too large to judge");
  }
  const dec = decodeForScan(body.over ? body.bytes.subarray(0, limit) : body.bytes, body.over ? undefined : header(up.headers, "content-encoding"), limit);
  if (dec.error !== undefined) {
    up.destroy();
    flow.rules.push("undecodable-response");
    flow.reasons.push(`response: ${dec.error} (fail closed)`);
    return sendBlock(res, flow, 502, "response could not be judged");
  }
  const j = await judgeChunks(engine, slices(dec.text!), { direction: "inbound", contentType }, flow.policy!);
  const strip = j.findings.some((f) => f.action === "strip");
  if (record(flow, j, "response")) {
    up.destroy();
    return sendBlock(res, flow, 403, "response blocked by toolkit (prompt injection)");
  }
  if (strip) {
    // Only text judged whole and as UTF-8 can have spans cut out; anything else with injected text
    // in it is blocked, never passed on unstripped.
    if (body.over || j.binary) {
      up.destroy();
      flow.rules.push("unstrippable-response");
      flow.reasons.push(`response: injected text found, but a ${body.over ? "response over max_body_bytes" : "binary response"} cannot be stripped (fail closed)`);
      flow.verdict = "block";
      return sendBlock(res, flow, 403, "response blocked by toolkit (prompt injection)");
    }
    const { stripInjection } = await import("../detect/injection/index.ts");
    const stripped = Buffer.from(stripInjection(dec.text!.toString("utf8"), { findings: j.findings.filter((f) => f.detector === "injection"), score: 1, severity: "high" }, { contentType }), "utf8");
    flow.notes.push("response stripped of injected text");
    // A compressed response goes out decoded (identity is always acceptable to a client).
    delete headers["content-encoding"];
    headers["content-length"] = String(stripped.length);
    res.writeHead(status, headers);
    res.end(stripped);
    flow.status = status;
    return;
  }
  res.writeHead(status, headers);
  res.write(body.bytes);
  if (body.rest) {
    flow.notes.push(`response over ${limit} bytes: first ${limit} bytes scanned, rest passed`);
    for (let r = await body.rest.next(); !r.done; r = await body.rest.next()) {
      flow.bytesDown += r.value.length;
      if (!(await sent(res, r.value))) break;
    }
  }
  flow.status = status;
  res.end();
}

async function relayEvents(ctx: ProxyContext, up: UpstreamResponse, res: ServerResponse, flow: Flow, status: number, headers: Record<string, unknown>): Promise<void> {
  const engine = ctx.engine();
  res.writeHead(status, headers as never);
  flow.status = status;
  const events = new SseSplitter();
  const decoder = new TextDecoder();
  for await (const chunk of up) {
    flow.bytesDown += (chunk as Buffer).length;
    // Each complete event is judged, then released.
    for (const event of events.push(decoder.decode(chunk as Buffer, { stream: true }))) {
      if (event.data.length > 0) {
        const j = await judgePayload(engine, { text: event.data, direction: "inbound" }, flow.policy!);
        if (record(flow, j, "event", { strippable: false })) {
          up.destroy();
          res.end(`event: error\ndata: ${JSON.stringify({ error: "stream blocked by toolkit", rules: flow.rules, request_id: flow.id })}\n\n`);
          return;
        }
      }
      if (!(await sent(res, event.raw))) return;
    }
  }
  if (events.rest().length > 0) res.write(events.rest());
  res.end();
}
