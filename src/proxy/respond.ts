// The response leg: judged for injection before release (per-route skip by extension or content
// type, block / warn / strip), then sent with the upstream's own bytes and headers. An event
// stream is judged event by event so token streaming keeps flowing; a detection ends it with an
// error event.
import type { ServerResponse } from "node:http";
import { judgeChunks, judgePayload } from "../policy/judge.ts";
import { sendBlock } from "./block.ts";
import { looksBinary } from "../detect/index.ts";
import { decodeForScan, decodeHead, readBody, slices } from "./body.ts";
import type { ProxyContext } from "./context.ts";
import type { Flow } from "./flow.ts";
import { contentLength, endToEnd, header, toOutgoing } from "./headers.ts";
import { record } from "./judge-request.ts";
import type { UpstreamResponse } from "./upstream.ts";
import { SseSplitter } from "../util/sse.ts";

// Structured-syntax suffixes (+json, +xml) are text whatever the top-level type: image/svg+xml is
// markup that can carry scripts and prose.
const TEXTUAL = /^(?:text\/|application\/(?:json|javascript|xml|x-www-form-urlencoded|x-ndjson|jsonl?)|[\w.-]+\/[\w.+-]*\+(?:json|xml)$|$)/i;

/** How many bytes of a body declared binary are looked at to tell whether it is in fact text. */
export const SNIFF_BYTES = 4096;

/**
 * Why a response is passed unscanned (route, extension, content type), or null when it is judged.
 * A content type is the sender's claim: with `head` (the body's first bytes, decoded), a body
 * declared non-text whose bytes are text is judged after all. Real binaries (NUL bytes, control
 * bytes, invalid UTF-8 in the head) stay unscanned; a route's skip_content_types is the operator's
 * own word and is kept.
 */
export function skipReason(flow: Flow, contentType: string, head?: Uint8Array): string | null {
  const s = skipOf(flow, contentType);
  if (s === null) return null;
  if (s.sniff && head !== undefined && head.length > 0 && !looksBinary(head)) return null;
  return s.reason;
}

/** Whether the body passes unscanned only for its declared type (so its head may say otherwise). */
export function declaredBinary(flow: Flow, contentType: string): boolean {
  return skipOf(flow, contentType)?.sniff === true;
}

function skipOf(flow: Flow, contentType: string): { reason: string; sniff: boolean } | null {
  const p = flow.policy!.response;
  if (!p.scan) return { reason: "response not scanned (route)", sniff: false };
  const path = flow.url.pathname.toLowerCase();
  const ext = p.skipExtensions.find((e) => path.endsWith(e.toLowerCase()));
  if (ext) return { reason: `response not scanned (skip_extensions ${ext})`, sniff: false };
  const ct = contentType.split(";")[0]!.trim().toLowerCase();
  if (p.skipContentTypes.some((t) => t === ct || (t.endsWith("/*") && ct.startsWith(t.slice(0, -1))))) return { reason: `response not scanned (skip_content_types ${ct})`, sniff: false };
  if (!TEXTUAL.test(ct)) return { reason: `response not scanned (${ct}: not text)`, sniff: true };
  return null;
}

/** The first chunks of a stream up to `bytes`, and a stream that yields them again, then the rest. */
async function peek(up: AsyncIterable<Buffer>, bytes: number): Promise<{ head: Buffer; stream: AsyncIterable<Buffer> }> {
  const it = up[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let n = 0;
  let done = false;
  while (n < bytes) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    n += r.value.length;
  }
  const stream = {
    async *[Symbol.asyncIterator]() {
      yield* seen;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  return { head: Buffer.concat(seen), stream };
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
  let source: AsyncIterable<Buffer> = up;
  let skip = skipReason(flow, contentType);
  // Declared binary: the head says whether it is; text under a binary type is judged as text.
  let sniffed = false;
  if (skip !== null && declaredBinary(flow, contentType)) {
    const p = await peek(up, SNIFF_BYTES);
    source = p.stream;
    skip = skipReason(flow, contentType, decodeHead(p.head, header(up.headers, "content-encoding")));
    sniffed = skip === null;
    if (sniffed) flow.notes.push(`response declared ${contentType.split(";")[0]!.trim()} but its bytes are text: judged`);
  }
  if (skip !== null) {
    flow.notes.push(skip);
    res.writeHead(status, headers);
    for await (const chunk of source) {
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
  const body = await readBody(source, limit, bodyFollows ? contentLength(up.headers) : undefined);
  flow.bytesDown = body.bytes.length;
  // A body sniffed as text under a binary type passed unscanned before; over the limit its head is
  // judged and the rest passed rather than the download refused.
  if (body.over && !sniffed && flow.policy!.response.onOversize === "block") {
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
