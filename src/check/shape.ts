// Picks the detectors a payload gets from its shape, as the proxy would: JSON-RPC tools/call →
// secrets + injection on the arguments; a tools/list result or tool definitions → tool checks;
// anything else → secrets. An explicit --kind overrides the shape.
import type { Config } from "../config/types.ts";
import type { Detector, Finding, Verdict } from "../detect/index.ts";

// The injection, tool and URL detectors load only for payloads that need them (startup time).
const injectionModule = () => import("../detect/injection/index.ts");
const toolModule = () => import("../detect/tool/index.ts");
const urlModule = () => import("../detect/url/index.ts");

export type CheckKind = "secrets" | "injection" | "url" | "tool" | "all";
export const CHECK_KINDS: readonly CheckKind[] = ["secrets", "injection", "url", "tool", "all"];

export interface ShapeResult {
  /** What ran, for people: "secrets", "tool", "tools/call arguments: secrets + injection"… */
  kind: string;
  /** True when the payload is content the agent will read (response, tool list): judged by the response policy. */
  inbound: boolean;
  verdict: Pick<Verdict, "status" | "findings" | "error">;
  tools?: Array<{ name: string; hash: string }>;
  injectionScore?: number;
}

export interface ShapeContext {
  config: Config;
  detector: Detector;
}

type PartialVerdict = Pick<Verdict, "status" | "findings" | "error">;

export function combine(parts: PartialVerdict[]): PartialVerdict {
  const findings: Finding[] = parts.flatMap((p) => p.findings).sort((a, b) => a.start - b.start);
  const error = parts.find((p) => p.status === "error")?.error;
  return { status: error ? "error" : findings.length ? "findings" : "clean", findings, error };
}

function secretsPart(text: string, ctx: ShapeContext): PartialVerdict {
  return ctx.detector.scan(text, { budgetMs: ctx.config.detect.budgetMs });
}

async function injectionPart(text: string, ctx: ShapeContext, contentType?: string): Promise<PartialVerdict & { score: number }> {
  const { scanInjection } = await injectionModule();
  const r = scanInjection(text, { budgetMs: ctx.config.detect.budgetMs, ...(contentType ? { contentType } : {}) });
  return { status: r.error ? "error" : r.findings.length ? "findings" : "clean", findings: r.findings, error: r.error, score: r.score };
}

export async function urlPart(url: string, ctx: ShapeContext): Promise<PartialVerdict> {
  const { checkUrl } = await urlModule();
  const u = ctx.config.detect.url;
  const findings = checkUrl(url, { secrets: ctx.detector, blocklist: u.blocklist, maxLength: u.maxLength, allowedSchemes: u.allowedSchemes });
  return { status: findings.length ? "findings" : "clean", findings };
}

async function toolPart(payload: unknown, text: string): Promise<PartialVerdict & { tools: Array<{ name: string; hash: string }>; recognized: boolean }> {
  const { scanToolPayload } = await toolModule();
  const r = scanToolPayload(payload, text);
  return {
    status: r.findings.length ? "findings" : "clean",
    findings: r.findings,
    tools: r.tools.map((t) => ({ name: t.name, hash: t.hash })),
    recognized: r.recognized,
  };
}

function parseJson(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith("{") && !t.startsWith("[")) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // invalid JSON falls back to the raw text, never to "clean"
  }
}

function messages(payload: unknown): Array<Record<string, unknown>> {
  const list = Array.isArray(payload) ? payload : [payload];
  return list.filter((m): m is Record<string, unknown> => m !== null && typeof m === "object" && !Array.isArray(m));
}

function isToolsCall(payload: unknown): boolean {
  return messages(payload).some((m) => m.method === "tools/call");
}

/** JSON-RPC responses and notifications (tool results, list_changed…): content the agent reads. */
function isJsonRpcInbound(payload: unknown): boolean {
  const ms = messages(payload);
  return ms.length > 0 && ms.every((m) => m.jsonrpc === "2.0" && (m.method === undefined || String(m.method).startsWith("notifications/")));
}

function looksLikeUrl(text: string): boolean {
  return /^\s*https?:\/\/\S+\s*$/i.test(text) && text.length < 65536;
}

/** Whether a parsed JSON value may carry tool definitions (cheap test before loading the tool scanner). */
function mayHoldTools(payload: unknown): boolean {
  const s = JSON.stringify(payload).slice(0, 1 << 20);
  return /"(?:tools|inputSchema|input_schema|parameters|description)"/.test(s);
}

export async function scanByShape(text: string, kind: CheckKind | undefined, ctx: ShapeContext): Promise<ShapeResult> {
  switch (kind) {
    case "secrets":
      return { kind: "secrets", inbound: false, verdict: secretsPart(text, ctx) };
    case "injection": {
      const inj = await injectionPart(text, ctx);
      return { kind: "injection", inbound: true, verdict: inj, injectionScore: inj.score };
    }
    case "url":
      return { kind: "url", inbound: false, verdict: await urlPart(text.trim(), ctx) };
    case "tool": {
      const payload = parseJson(text);
      if (payload === undefined) return { kind: "tool", inbound: true, verdict: { status: "error", findings: [], error: "not valid JSON: a tool definition, a tools/list result or JSON-RPC messages are expected" } };
      const t = await toolPart(payload, text);
      if (!t.recognized) return { kind: "tool", inbound: true, verdict: { status: "error", findings: [], error: "no tool definitions found in this JSON" }, tools: [] };
      return { kind: "tool", inbound: true, verdict: t, tools: t.tools };
    }
    case "all": {
      const parts: PartialVerdict[] = [secretsPart(text, ctx)];
      const inj = await injectionPart(text, ctx);
      parts.push(inj);
      const payload = parseJson(text);
      let tools: ShapeResult["tools"];
      if (payload !== undefined) {
        const t = await toolPart(payload, text);
        if (t.recognized) {
          parts.push(t);
          tools = t.tools;
        }
      }
      if (looksLikeUrl(text)) parts.push(await urlPart(text.trim(), ctx));
      return { kind: "all", inbound: false, verdict: combine(parts), tools, injectionScore: inj.score };
    }
    case undefined: {
      const payload = parseJson(text);
      if (payload !== undefined && isToolsCall(payload)) {
        const inj = await injectionPart(text, ctx, "application/json");
        return { kind: "tools/call: secrets + injection on the arguments", inbound: false, verdict: combine([secretsPart(text, ctx), inj]), injectionScore: inj.score };
      }
      if (payload !== undefined && isJsonRpcInbound(payload)) {
        const t = await toolPart(payload, text);
        return { kind: t.recognized ? "tool definitions" : "JSON-RPC result: tool-result checks", inbound: true, verdict: t, tools: t.tools };
      }
      if (payload !== undefined && mayHoldTools(payload)) {
        const t = await toolPart(payload, text);
        if (t.recognized) return { kind: "tool definitions", inbound: true, verdict: t, tools: t.tools };
      }
      return { kind: "secrets", inbound: false, verdict: secretsPart(text, ctx) };
    }
  }
}
