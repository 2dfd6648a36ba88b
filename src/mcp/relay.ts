// The MCP stdio wrapper: the real server runs as a child; newline-delimited JSON-RPC is relayed
// both ways and every message is judged through the one judgement API. Client → server: every
// request (tools/call arguments above all) as outbound content; a block answers the client with
// a JSON-RPC error and the server never sees the call. Server → client: tools/list results get
// the tool-poisoning checks and rug-pull pinning (poisoned or changed tools removed, or the
// result blocked, per config); tool results, resources and prompts get the injection checks
// (block, or strip per the response policy), then the credentials check (cut out, refused or
// logged, per mcp.credentials_in_results). Messages that are not JSON-RPC are refused, never
// passed unscanned. While the kill switch is engaged every request gets an error.
import type { Engine } from "../policy/engine.ts";
import { judgePayload, type PayloadJudgement } from "../policy/judge.ts";
import type { KillSwitch } from "../policy/kill-switch.ts";
import { ChainMemory, describeChain, rolesOf } from "./chains.ts";
import { checkPin, writePins, type PinFile } from "./pins.ts";
import { redactCredentials } from "./result-credentials.ts";

export const RPC = { parse: -32700, invalid: -32600, blocked: -32001, resultBlocked: -32002, killed: -32003 } as const;

type Msg = Record<string, unknown> & { id?: string | number | null; method?: string; result?: unknown; error?: unknown };

export interface RelayEnv {
  engine: Engine;
  kill: KillSwitch;
  pins: PinFile;
  pinsDir: string;
  /** One JSON object per decision (stderr by default: stdout is the protocol). */
  log: (entry: Record<string, unknown>) => void;
}

/** What to send after judging one message: lines for the client, lines for the server. */
export interface Relayed {
  toClient: string[];
  toServer: string[];
}

function parse(line: string): Msg | Msg[] | null {
  try {
    const v = JSON.parse(line) as unknown;
    const ok = (m: unknown) => m !== null && typeof m === "object" && !Array.isArray(m) && (m as Msg).jsonrpc === "2.0";
    if (Array.isArray(v)) return v.length > 0 && v.every(ok) ? (v as Msg[]) : null;
    return ok(v) ? (v as Msg) : null;
  } catch {
    return null;
  }
}

const errorReply = (id: Msg["id"], code: number, message: string, data?: unknown) => JSON.stringify({ jsonrpc: "2.0", id: id ?? null, error: { code, message, ...(data ? { data } : {}) } });

/** A reply to one of the client's requests (an id, no method): the only server message a refusal can answer. */
const isReply = (m: Msg) => m.id !== undefined && m.id !== null && m.method === undefined;

function why(j: PayloadJudgement): string {
  return j.reasons.slice(0, 3).join("; ") || "policy";
}

export class McpRelay {
  /** Requests the client sent and the server has not answered: id → method. */
  private readonly pending = new Map<string, string>();
  private readonly chain = new ChainMemory();

  constructor(private readonly env: RelayEnv) {}

  async fromClient(line: string): Promise<Relayed> {
    const out: Relayed = { toClient: [], toServer: [] };
    if (line.trim() === "") return out;
    const msg = parse(line);
    if (msg === null) {
      this.env.log({ direction: "client→server", verdict: "block", reason: "not a JSON-RPC 2.0 message" });
      out.toClient.push(errorReply(null, RPC.parse, "toolkit: not a JSON-RPC 2.0 message; refused"));
      return out;
    }
    const list = Array.isArray(msg) ? msg : [msg];
    const requests = list.filter((m) => typeof m.method === "string" && m.id !== undefined && m.id !== null);
    if (this.env.kill.engaged()) {
      for (const r of requests) out.toClient.push(errorReply(r.id, RPC.killed, "toolkit: kill switch engaged: all tool traffic is stopped", { sources: this.env.kill.describe() }));
      this.env.log({ direction: "client→server", verdict: "block", rules: ["kill-switch"], methods: list.map((m) => m.method ?? "response") });
      return out;
    }
    const j = await judgePayload(this.env.engine, { text: line, direction: "outbound", contentType: "application/json" }, this.env.engine.routes.defaults);
    if (j.decision === "block") {
      for (const r of requests) out.toClient.push(errorReply(r.id, RPC.blocked, `toolkit blocked this ${r.method}: ${why(j)}`, { rules: [...new Set(j.findings.map((f) => f.ruleId))], redacted: j.findings.map((f) => f.redacted) }));
      this.env.log({ direction: "client→server", verdict: "block", methods: list.map((m) => m.method), rules: j.findings.map((f) => f.ruleId), reasons: j.reasons });
      return out;
    }
    const chained = this.chains(list);
    if (chained !== null) {
      for (const r of requests) out.toClient.push(errorReply(r.id, RPC.blocked, `toolkit blocked this ${r.method}: ${chained}`, { rules: ["mcp-chain"] }));
      return out;
    }
    for (const r of requests) this.pending.set(String(r.id), r.method!);
    if (j.decision === "warn") this.env.log({ direction: "client→server", verdict: "warn", rules: j.findings.map((f) => f.ruleId) });
    out.toServer.push(line);
    return out;
  }

  /** The session's tool calls in order (mcp.chains): why this message closes a risky chain, or null. */
  private chains(list: Msg[]): string | null {
    const action = this.env.engine.config.mcp.chains;
    if (action === "off") return null;
    for (const m of list) {
      const params = m.params as { name?: unknown; arguments?: unknown } | undefined;
      if (m.method !== "tools/call" || params === null || typeof params !== "object" || typeof params.name !== "string") continue;
      const hit = this.chain.observe(params.name, rolesOf({ name: params.name, arguments: params.arguments }));
      if (hit === null) continue;
      const why = describeChain(hit);
      this.env.log({ direction: "client→server", verdict: action, method: "tools/call", tool: params.name, rules: ["mcp-chain"], reasons: [why] });
      if (action === "block") {
        this.chain.forget();
        return why;
      }
    }
    return null;
  }

  async fromServer(line: string): Promise<Relayed> {
    const out: Relayed = { toClient: [], toServer: [] };
    if (line.trim() === "") return out;
    const msg = parse(line);
    if (msg === null) {
      this.env.log({ direction: "server→client", verdict: "block", reason: "server wrote something that is not JSON-RPC 2.0; dropped", bytes: line.length });
      return out;
    }
    if (Array.isArray(msg)) {
      // Batches from servers are rare; judged as one inbound document.
      const j = await judgePayload(this.env.engine, { text: line, direction: "inbound", contentType: "application/json" }, this.env.engine.routes.defaults);
      if (j.decision === "block") {
        for (const m of msg) if (m.id !== undefined && m.id !== null) out.toClient.push(errorReply(m.id, RPC.resultBlocked, `toolkit blocked this result: ${why(j)}`));
        this.env.log({ direction: "server→client", verdict: "block", reasons: j.reasons });
        return out;
      }
      out.toClient.push(line);
      return out;
    }
    const method = isReply(msg) ? this.pending.get(String(msg.id)) : undefined;
    if (method !== undefined) this.pending.delete(String(msg.id));
    if (method === "tools/list" && msg.result && typeof msg.result === "object") {
      await this.toolsList(msg, out);
      return out;
    }
    const j = await judgePayload(this.env.engine, { text: line, direction: "inbound", contentType: "application/json" }, this.env.engine.routes.defaults);
    if (j.decision === "block") {
      if (isReply(msg)) out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit blocked the result of ${method ?? "a request"}: ${why(j)}`, { rules: [...new Set(j.findings.map((f) => f.ruleId))] }));
      this.env.log({ direction: "server→client", verdict: "block", method: method ?? msg.method, rules: j.findings.map((f) => f.ruleId), reasons: j.reasons });
      return out;
    }
    if (j.findings.some((f) => f.action === "strip")) {
      const strippedMsg = await this.strip(msg);
      const stripped = JSON.stringify(strippedMsg);
      // Only text content items are stripped: injected text anywhere else (structured content,
      // resource contents) is still there, and then the result is blocked, never passed on.
      const again = await judgePayload(this.env.engine, { text: stripped, direction: "inbound", contentType: "application/json" }, this.env.engine.routes.defaults);
      if (again.findings.some((f) => f.action === "strip" || f.action === "block")) {
        if (isReply(msg)) out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit blocked the result of ${method ?? "a request"}: injected text that cannot be stripped (${why(j)})`, { rules: [...new Set(j.findings.map((f) => f.ruleId))] }));
        this.env.log({ direction: "server→client", verdict: "block", method: method ?? msg.method, rules: j.findings.map((f) => f.ruleId), reasons: ["injected text outside text content items cannot be stripped"] });
        return out;
      }
      this.env.log({ direction: "server→client", verdict: "strip", method, rules: j.findings.map((f) => f.ruleId) });
      await this.passCredentials(strippedMsg, stripped, method, out);
      return out;
    }
    await this.passCredentials(msg, line, method, out);
    return out;
  }

  /** Sends a server message on, with the credentials it holds cut out (or refused, or logged) per `mcp.credentials_in_results`. */
  private async passCredentials(msg: Msg, line: string, method: string | undefined, out: Relayed): Promise<void> {
    const action = this.env.engine.config.mcp.credentialsInResults;
    const policy = this.env.engine.routes.defaults;
    const judgeText = (text: string) => judgePayload(this.env.engine, { text, direction: "outbound", kind: "secrets" }, policy);
    const whole = action === "off" ? undefined : await judgeText(line);
    const blocking = whole?.findings.filter((f) => f.action === "block") ?? [];
    if (whole === undefined || (blocking.length === 0 && whole.error === undefined)) {
      out.toClient.push(line);
      return;
    }
    const rules = [...new Set(blocking.map((f) => f.ruleId))];
    const refuse = (reason: string) => {
      if (isReply(msg)) out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit blocked the result of ${method ?? "a request"}: ${reason}`, { rules, redacted: blocking.map((f) => f.redacted) }));
      this.env.log({ direction: "server→client", verdict: "block", method: method ?? msg.method, rules, reasons: [reason] });
    };
    if (action === "warn" && whole.error === undefined) {
      this.env.log({ direction: "server→client", verdict: "warn", method: method ?? msg.method, rules, redacted: blocking.map((f) => f.redacted) });
      out.toClient.push(line);
      return;
    }
    if (action === "block" || whole.error !== undefined) {
      refuse(whole.error !== undefined ? `could not be judged for credentials: ${whole.error}` : `credentials in the result (${rules.join(", ")})`);
      return;
    }
    const r = await redactCredentials(msg, judgeText);
    if (r.refuse !== undefined) return refuse(r.refuse);
    const redacted = JSON.stringify(r.value);
    // A credential only the whole message shows (a name in one field, its value in another) is
    // still there after each string was cut: then the result is refused, never passed on.
    const again = await judgeText(redacted);
    if (again.error !== undefined || again.findings.some((f) => f.action === "block")) return refuse(`credentials that cannot be cut out of the result (${rules.join(", ")})`);
    out.toClient.push(redacted);
    this.env.log({ direction: "server→client", verdict: "redact", method: method ?? msg.method, rules: [...new Set(r.hits.map((h) => h.ruleId))], redacted: r.hits.map((h) => `${h.at}: ${h.redacted}`) });
  }

  /** Tool results with injected spans removed from each text item (response policy: strip). */
  private async strip(msg: Msg): Promise<Msg> {
    const { scanInjection, stripInjection } = await import("../detect/injection/index.ts");
    const copy = structuredClone(msg) as Msg & { result?: { content?: Array<{ type?: string; text?: string }> } };
    for (const c of copy.result?.content ?? []) {
      if (typeof c.text === "string") c.text = stripInjection(c.text, scanInjection(c.text));
    }
    return copy;
  }

  private async toolsList(msg: Msg, out: Relayed): Promise<void> {
    const cfg = this.env.engine.config.mcp;
    const j = await judgePayload(this.env.engine, { text: JSON.stringify(msg), direction: "inbound", kind: "tool" }, this.env.engine.routes.defaults);
    const result = msg.result as { tools?: Array<Record<string, unknown>> };
    const tools = Array.isArray(result.tools) ? result.tools : [];
    if (j.error !== undefined) {
      out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit could not judge tools/list: ${j.error}`));
      this.env.log({ direction: "server→client", method: "tools/list", verdict: "block", reasons: j.reasons });
      return;
    }
    // A blocking finding that belongs to no one tool (server instructions beside the list): removing
    // tools cannot clean it, so the whole result is refused.
    const unattributed = j.findings.filter((f) => f.action === "block" && !(j.tools ?? []).some((s) => s.rules.includes(f.ruleId)));
    if (unattributed.length > 0) {
      out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit blocked tools/list: ${[...new Set(unattributed.map((f) => f.ruleId))].join(", ")} outside any one tool`, { rules: [...new Set(unattributed.map((f) => f.ruleId))] }));
      this.env.log({ direction: "server→client", method: "tools/list", verdict: "block", rules: unattributed.map((f) => f.ruleId), reasons: j.reasons });
      return;
    }
    const removed: Array<{ name: string; why: string }> = [];
    let pinsChanged = false;
    const kept = tools.filter((t, i) => {
      const summary = j.tools?.[i];
      const name = String(t.name ?? "");
      if (!summary || summary.name !== name) {
        removed.push({ name, why: "not judged (fail closed)" });
        return false;
      }
      const blocking = j.findings.some((f) => summary.rules.includes(f.ruleId) && f.action === "block");
      if (blocking) {
        removed.push({ name, why: `poisoned: ${summary.rules.join(", ")}` });
        return false;
      }
      const pin = checkPin(this.env.pins, name, summary.hash);
      if (pin.status === "new") pinsChanged = true;
      if (pin.status === "changed") {
        pinsChanged = true;
        this.env.log({ direction: "server→client", method: "tools/list", event: "tool-changed", tool: name, was: pin.was, now: summary.hash, action: cfg.onToolChange });
        if (cfg.onToolChange === "block") {
          removed.push({ name, why: `definition changed since it was pinned (run: toolkit mcp pins accept ${this.env.pins.server})` });
          return false;
        }
      }
      return true;
    });
    if (pinsChanged) writePins(this.env.pinsDir, this.env.pins);
    if (removed.length > 0 && cfg.poisonedTools === "block" && removed.some((r) => r.why.startsWith("poisoned"))) {
      out.toClient.push(errorReply(msg.id, RPC.resultBlocked, `toolkit blocked tools/list: ${removed.map((r) => `${r.name} (${r.why})`).join("; ")}`));
      this.env.log({ direction: "server→client", method: "tools/list", verdict: "block", removed });
      return;
    }
    if (removed.length > 0) this.env.log({ direction: "server→client", method: "tools/list", verdict: "removed", removed });
    out.toClient.push(removed.length === 0 ? JSON.stringify(msg) : JSON.stringify({ ...msg, result: { ...result, tools: kept } }));
  }
}
