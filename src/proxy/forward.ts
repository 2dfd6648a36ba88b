// One HTTP request through the proxy, in DESIGN.md's order: route → route action → URL, headers
// and body judged (before any DNS) → credential injection → DNS + SSRF guard → upstream →
// response judged (injection; per-route skip/strip; SSE event by event) → client → one log line.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Engine } from "../policy/engine.ts";
import { sendBlock } from "./block.ts";
import { decodeForScan, readBody } from "./body.ts";
import type { Flow } from "./flow.ts";
import { contentLength, endToEnd, header } from "./headers.ts";
import { judgeBody, judgeHeaders, judgeUrl } from "./judge-request.ts";
import { relayResponse } from "./respond.ts";
import type { ProxyContext } from "./context.ts";
import { resolveChecked } from "./ssrf.ts";
import type { UpstreamResponse } from "./upstream.ts";

export async function forward(ctx: ProxyContext, req: IncomingMessage, res: ServerResponse, flow: Flow): Promise<void> {
  const engine: Engine = ctx.engine();
  const url = flow.url;
  flow.policy = engine.routes.resolve({ host: flow.host, path: url.pathname, method: flow.method });
  const policy = flow.policy;
  if (policy.action === "block") {
    flow.rules.push("egress");
    flow.reasons.push(policy.route ? `${policy.label}: action block` : "egress.default is block and no route allows this host");
    return sendBlock(res, flow, 403, "egress blocked");
  }
  const headers = endToEnd(req.rawHeaders);
  if (policy.request.scan) {
    if (await judgeUrl(engine, flow)) return sendBlock(res, flow);
    if (await judgeHeaders(engine, flow, headers)) return sendBlock(res, flow);
  } else flow.notes.push("request not scanned (route)");

  // The body, held up to the route's limit and judged before its first byte goes upstream.
  const limit = policy.request.maxBodyBytes;
  const body = await readBody(req, limit, contentLength(req.headers));
  flow.bytesUp = body.bytes.length;
  if (body.over) {
    const act = policy.request.onOversize;
    if (act === "block") {
      flow.rules.push("oversize");
      flow.reasons.push(`request body larger than max_body_bytes (${limit} bytes)`);
      return sendBlock(res, flow, 413, "request body too large to judge");
    }
    flow.notes.push(act === "scan_prefix" ? `body over ${limit} bytes: first ${limit} bytes scanned, rest passed` : `body over ${limit} bytes: passed unscanned (on_oversize: allow)`);
  }
  if (policy.request.scan && body.bytes.length > 0 && !(body.over && policy.request.onOversize === "allow")) {
    const scanBytes = body.over ? body.bytes.subarray(0, limit) : body.bytes;
    const dec = body.over ? { text: scanBytes } : decodeForScan(scanBytes, header(req.headers, "content-encoding"), limit);
    if (dec.error !== undefined) {
      flow.rules.push("undecodable-body");
      flow.reasons.push(`body: ${dec.error} (fail closed)`);
      return sendBlock(res, flow);
    }
    // Binary bodies are read one byte per character, as `check` reads binary input: their printable strings are scanned.
    if (await judgeBody(engine, flow, dec.text!, header(req.headers, "content-type"))) return sendBlock(res, flow);
  }

  // Credential injection: after scanning, so the proxy's own secret never trips the scanner.
  const injected = ctx.injectedHeaders(policy);
  const out = headers.filter(([k]) => !injected.some(([n]) => n.toLowerCase() === k.toLowerCase()));
  out.push(...injected);
  if (injected.length > 0) flow.notes.push(`injected: ${injected.map(([n]) => n).join(", ")}`);
  if (!out.some(([k]) => k.toLowerCase() === "host")) out.push(["Host", url.host]);

  const resolved = await resolveChecked(flow.host, flow.port, ctx.guard());
  if (!resolved.ok) {
    flow.rules.push(resolved.rule);
    flow.reasons.push(resolved.reason);
    return sendBlock(res, flow, resolved.rule === "dns-failure" ? 502 : 403, resolved.rule === "dns-failure" ? "upstream not resolvable" : "blocked by the SSRF guard");
  }
  let upstreamRes: UpstreamResponse;
  try {
    upstreamRes = await ctx.upstream.request({
      secure: url.protocol === "https:", address: resolved.address, host: flow.host, port: flow.port, method: flow.method,
      path: `${url.pathname}${url.search}`, headers: out, body: body.bytes, rest: body.rest,
    });
  } catch (err) {
    flow.verdict = flow.verdict === "warn" ? "warn" : "allow";
    flow.status = 502;
    flow.notes.push(`upstream error: ${(err as Error).message.split("\n")[0]}`);
    const msg = JSON.stringify({ error: "upstream unreachable", reason: (err as Error).message.split("\n")[0], request_id: flow.id });
    if (!res.headersSent) res.writeHead(502, { "content-type": "application/json", "content-length": Buffer.byteLength(msg) });
    res.end(msg);
    return;
  }
  await relayResponse(ctx, upstreamRes, res, flow);
}
