// Picks the detectors a payload gets from its shape, for every front end alike: a JSON-RPC
// tools/call → secrets + injection + shell commands on the arguments; an A2A message/send or message/stream →
// secrets + injection on the message; a tools/list result, JSON-RPC results or
// tool definitions → tool checks; a lone URL → URL checks (with `all`); anything else → secrets.
// An explicit kind overrides the shape. One budget spans every detector of the call.
import { combineVerdicts, errorVerdict, type CallBudget, type DetectorSuite, type ToolSummary, type Verdict } from "../detect/index.ts";

export type PayloadKind = "secrets" | "injection" | "url" | "tool" | "all";
export const PAYLOAD_KINDS: readonly PayloadKind[] = ["secrets", "injection", "url", "tool", "all"];

export interface ShapeResult {
  /** What ran, for people: "secrets", "tool definitions", "tools/call: secrets + injection + commands on the arguments"… */
  kind: string;
  /** True when the payload is content the agent will read (tool lists, results): judged by the response policy. */
  inbound: boolean;
  verdict: Verdict;
  tools?: ToolSummary[];
  injectionScore?: number;
}

export function parseJson(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith("{") && !t.startsWith("[")) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Invalid JSON falls back to the raw text, never to "clean". Nesting too deep for the
    // parser (RangeError) is judged on the raw text the same way.
    return undefined;
  }
}

function messages(payload: unknown): Array<Record<string, unknown>> {
  const list = Array.isArray(payload) ? payload : [payload];
  return list.filter((m): m is Record<string, unknown> => m !== null && typeof m === "object" && !Array.isArray(m));
}

function isToolsCall(payload: unknown): boolean {
  return messages(payload).some((m) => m.method === "tools/call");
}

/**
 * An A2A request that hands another agent a message (message/send, message/stream; tasks/send and
 * tasks/sendSubscribe in earlier protocol versions): its text parts become that agent's prompt.
 */
const A2A_SEND = new Set(["message/send", "message/stream", "tasks/send", "tasks/sendSubscribe"]);
function isAgentMessage(payload: unknown): boolean {
  return messages(payload).some((m) => typeof m.method === "string" && A2A_SEND.has(m.method));
}

/** JSON-RPC responses and notifications (tool results, list_changed…): content the agent reads. */
function isJsonRpcInbound(payload: unknown): boolean {
  const ms = messages(payload);
  return ms.length > 0 && ms.every((m) => m.jsonrpc === "2.0" && (m.method === undefined || String(m.method).startsWith("notifications/")));
}

export function looksLikeUrl(text: string): boolean {
  return /^\s*https?:\/\/\S+\s*$/i.test(text) && text.length < 65536;
}

/** Key names that tool definitions (and A2A agent cards: skills) carry: a cheap test on the raw text before the tool scanner loads. */
const TOOL_KEYS = /"(?:tools|inputSchema|input_schema|parameters|description|skills)"\s*:/;

/** Whether a payload's first bytes say it is JSON-RPC or tool definitions (checks that cannot stream). */
export function mayNeedWholeJson(head: string): boolean {
  return /^\s*[[{]/.test(head) && (/"jsonrpc"\s*:/.test(head) || TOOL_KEYS.test(head));
}

/**
 * `inbound` content (a response, a tool result) is judged for injection unless its shape says tool
 * definitions; outbound and repository content for secrets unless its shape says otherwise.
 */
export async function scanByShape(text: string, kind: PayloadKind | undefined, suite: DetectorSuite, budget: CallBudget, contentType?: string, inboundDefault = false): Promise<ShapeResult> {
  const secrets = () => suite.scanSecrets(text, budget);
  const injection = (ct?: string) => suite.scanInjection(text, { ...budget, contentType: ct ?? contentType });
  switch (kind) {
    case "secrets":
      return { kind: "secrets", inbound: false, verdict: secrets() };
    case "injection": {
      const inj = await injection();
      return { kind: "injection", inbound: true, verdict: inj, injectionScore: inj.score };
    }
    case "url":
      return { kind: "url", inbound: false, verdict: await suite.checkUrl(text.trim(), budget) };
    case "tool": {
      const payload = parseJson(text);
      if (payload === undefined) return { kind: "tool", inbound: true, verdict: errorVerdict("not valid JSON: a tool definition, a tools/list result or JSON-RPC messages are expected", text.length) };
      const t = await suite.scanTools(payload, text, budget);
      if (!t.recognized && t.results === 0 && t.commands === 0) return { kind: "tool", inbound: true, verdict: errorVerdict("no tool definitions or tool results found in this JSON (judge other JSON without --kind, or with --kind secrets or injection)", text.length), tools: [] };
      return { kind: "tool", inbound: true, verdict: t, tools: t.tools };
    }
    case "all": {
      const parts: Verdict[] = [secrets()];
      const inj = await injection();
      parts.push(inj);
      const payload = parseJson(text);
      let tools: ShapeResult["tools"];
      if (payload !== undefined) {
        const t = await suite.scanTools(payload, text, budget);
        if (t.recognized) {
          parts.push(t);
          tools = t.tools;
        }
      }
      if (looksLikeUrl(text)) parts.push(await suite.checkUrl(text.trim(), budget));
      return { kind: "all", inbound: false, verdict: combineVerdicts(parts), tools, injectionScore: inj.score };
    }
    case undefined: {
      const payload = parseJson(text);
      if (payload !== undefined && isToolsCall(payload)) {
        const inj = await injection("application/json");
        const commands = await suite.scanToolCall(payload, text, budget);
        return { kind: "tools/call: secrets + injection + commands on the arguments", inbound: false, verdict: combineVerdicts([secrets(), inj, commands]), injectionScore: inj.score };
      }
      if (payload !== undefined && isAgentMessage(payload)) {
        const inj = await injection("application/json");
        return { kind: "A2A message: secrets + injection on the message parts", inbound: false, verdict: combineVerdicts([secrets(), inj]), injectionScore: inj.score };
      }
      if (payload !== undefined && isJsonRpcInbound(payload)) {
        const t = await suite.scanTools(payload, text, budget);
        return { kind: t.recognized ? "tool definitions" : "JSON-RPC result: tool-result checks", inbound: true, verdict: t, tools: t.tools };
      }
      if (payload !== undefined && TOOL_KEYS.test(text)) {
        const t = await suite.scanTools(payload, text, budget);
        if (t.recognized) return { kind: "tool definitions", inbound: true, verdict: t, tools: t.tools };
      }
      if (inboundDefault) {
        const inj = await injection();
        return { kind: "injection", inbound: true, verdict: inj, injectionScore: inj.score };
      }
      if (payload === undefined && mayNeedWholeJson(text) && tooDeep(text)) {
        // JSON the parser refused for its depth: its tool or JSON-RPC content cannot be judged.
        return { kind: "secrets", inbound: false, verdict: combineVerdicts([secrets(), errorVerdict("JSON nested too deeply to judge", text.length)]) };
      }
      return { kind: "secrets", inbound: false, verdict: secrets() };
    }
  }
}

/** Whether JSON.parse fails on this text for its nesting depth rather than its syntax. */
function tooDeep(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (err) {
    return err instanceof RangeError;
  }
}
