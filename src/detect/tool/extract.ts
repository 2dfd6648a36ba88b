// Tool definitions in what an agent really sees: one tool object, an array of tools, a
// tools/list result ({tools:[…]}), JSON-RPC messages (one or a batch, request or response), an
// LLM API request carrying `tools`, OpenAI-style {type:"function", function:{…}} wrappers.
import type { JsonPath } from "./json-locate.ts";

export interface FoundTool {
  /** The whole definition as found (the wrapper, for OpenAI-style tools). */
  definition: Record<string, unknown>;
  /** The object holding name / description / schema. */
  tool: Record<string, unknown>;
  name: string;
  /** JSON path of `tool` inside the payload. */
  path: JsonPath;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function isToolObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v) || typeof v.name !== "string" || v.name.length === 0) return false;
  return "inputSchema" in v || "input_schema" in v || "parameters" in v || typeof v.description === "string" || "annotations" in v || "outputSchema" in v;
}

/** An A2A agent card: its own and its skills' descriptions reach the model as a tool's do. */
export function isAgentCard(v: unknown): v is Record<string, unknown> {
  return isObject(v) && typeof v.name === "string" && v.name.length > 0 && Array.isArray(v.skills) && ("url" in v || "capabilities" in v || "securitySchemes" in v || "defaultInputModes" in v || "protocolVersion" in v || "provider" in v);
}

/** Keys under which tool definitions travel inside envelopes. */
const CARRIERS = ["tools", "result", "params", "functions", "data", "body", "request", "response", "payload", "message", "resourceTemplates", "resources", "prompts"];

/** More tools than one payload is judged for: the scanner fails closed beyond it. */
export const MAX_TOOLS = 5000;

/** Tool definitions in a payload; `truncated` when there were more than MAX_TOOLS or nesting went too deep. */
export function findTools(payload: unknown): FoundTool[] & { truncated?: boolean } {
  const out: FoundTool[] & { truncated?: boolean } = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (out.length >= MAX_TOOLS) {
      if (v !== null && typeof v === "object") out.truncated = true;
      return;
    }
    if (depth > 8) {
      // Too deep to walk: fail closed only where a tool could be hiding.
      if (isToolObject(v) || (Array.isArray(v) && v.some((x) => isToolObject(x) || Array.isArray(x)))) out.truncated = true;
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], depth + 1));
      return;
    }
    if (!isObject(v)) return;
    if (v.type === "function" && isToolObject(v.function)) {
      out.push({ definition: v, tool: v.function, name: v.function.name as string, path: [...path, "function"] });
      return;
    }
    if ((isToolObject(v) || isAgentCard(v)) && !("jsonrpc" in v) && !("method" in v && "params" in v)) {
      out.push({ definition: v, tool: v, name: v.name as string, path });
      return;
    }
    for (const k of CARRIERS) if (k in v) walk(v[k], [...path, k], depth + 1);
  };
  walk(payload, [], 0);
  return out;
}

/** Every string value of a JSON value (bounded depth and count), with its path. */
function strings(v: unknown, path: (string | number)[], out: Array<{ text: string; path: JsonPath }>, depth: number): void {
  if (depth > 8 || out.length > 2000) return;
  if (typeof v === "string") {
    if (v.length >= 8) out.push({ text: v, path });
  } else if (Array.isArray(v)) v.forEach((x, i) => strings(x, [...path, i], out, depth + 1));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) strings(x, [...path, k], out, depth + 1);
}

/** Result fields judged above, or carrying definitions the tool scan judges (tools/list, prompts/list …). */
const RESULT_JUDGED = new Set(["content", "messages", "structuredContent", "tools", "prompts", "resources", "resourceTemplates", "functions", "isError", "nextCursor"]);

/** Text items of MCP tool results (tools/call responses: result.content[].text), with their JSON paths. */
/** The texts of one content block (its text; an embedded resource carries its text one level down). */
function blockTexts(c: unknown, at: JsonPath, out: Array<{ text: string; path: JsonPath }>): void {
  if (!isObject(c)) return;
  if (typeof c.text === "string") out.push({ text: c.text, path: [...at, "text"] });
  if (isObject(c.resource) && typeof c.resource.text === "string") out.push({ text: c.resource.text, path: [...at, "resource", "text"] });
}

export function findToolResults(payload: unknown): Array<{ text: string; path: JsonPath }> {
  const out: Array<{ text: string; path: JsonPath }> = [];
  const visit = (msg: unknown, path: (string | number)[]) => {
    if (!isObject(msg)) return;
    // A JSON-RPC error's message and data reach the agent as text too.
    if (isObject(msg.error)) {
      if (typeof msg.error.message === "string") out.push({ text: msg.error.message, path: [...path, "error", "message"] });
      strings(msg.error.data, [...path, "error", "data"], out, 0);
    }
    if (!isObject(msg.result)) return;
    const content = msg.result.content;
    if (Array.isArray(content)) content.forEach((c, i) => blockTexts(c, [...path, "result", "content", i], out));
    // prompts/get: the messages of a prompt reach the model as its own conversation.
    if (Array.isArray(msg.result.messages)) {
      msg.result.messages.slice(0, 200).forEach((m, i) => {
        if (!isObject(m)) return;
        const items = Array.isArray(m.content) ? m.content.map((c, j) => [c, [i, "content", j]] as const) : [[m.content, [i, "content"]] as const];
        for (const [c, p] of items) {
          if (typeof c === "string") out.push({ text: c, path: [...path, "result", "messages", ...p] });
          else blockTexts(c, [...path, "result", "messages", ...p], out);
        }
      });
    }
    // structuredContent (the outputSchema's JSON) is read by the agent like the text content.
    strings(msg.result.structuredContent, [...path, "result", "structuredContent"], out, 0);
    // Every other field of a result (_meta, annotations, vendor extensions) reaches the agent too:
    // an order hidden there is as much an order as one in the text content.
    for (const [k, v] of Object.entries(msg.result)) {
      if (RESULT_JUDGED.has(k)) continue;
      strings(v, [...path, "result", k], out, 0);
    }
  };
  // Notifications (notifications/tools/list_changed …) carry free text the agent may read too.
  const visitNote = (msg: unknown, path: (string | number)[]) => {
    if (!isObject(msg) || typeof msg.method !== "string" || !msg.method.startsWith("notifications/") || !isObject(msg.params)) return;
    for (const [k, v] of Object.entries(msg.params)) if (typeof v === "string" && v.length >= 20) out.push({ text: v, path: [...path, "params", k] });
  };
  if (Array.isArray(payload)) payload.forEach((m, i) => (visit(m, [i]), visitNote(m, [i])));
  else {
    visit(payload, []);
    visitNote(payload, []);
  }
  return out;
}
