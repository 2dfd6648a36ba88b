// Runs the cases of agent-egress-bench (github.com/luckyPipewrench/agent-egress-bench, a public
// agent-firewall corpus, Apache-2.0; not vendored here — fetch its cases/ directory and pass the
// path) through toolkit's own judgement steps, in process, with no network:
// - HTTP requests (url, header, request_body, a2a JSON-RPC requests): the proxy's own steps in its
//   order (route action, URL, headers, body, then the SSRF guard; host names are not resolved
//   offline, so only literal addresses and localhost names reach the guard's address check);
// - responses (response_content, a2a results, agent cards): the response leg's judgement;
// - MCP (tool calls, results, definitions, sequences, drift pairs): the stdio relay itself;
// - WebSocket frames: the relay's message judge.
// A case counts as contained when it is blocked (or its injected text stripped, its credentials
// cut out, or its poisoned tools removed); a warning is not containment. Cases whose `requires` (or capability tags) name a capability toolkit
// does not have are reported as not applicable, as the bench's own spec defines.
// `bun scripts/eval/egress-bench.ts <cases-dir> [--config strict] [--verbose]`
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isIP } from "node:net";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { configFromText } from "../../src/config/load.ts";
import { McpRelay } from "../../src/mcp/relay.ts";
import { readPins } from "../../src/mcp/pins.ts";
import { buildEngine, type Engine } from "../../src/policy/engine.ts";
import { KillSwitch } from "../../src/policy/kill-switch.ts";
import { judgeChunks } from "../../src/policy/judge.ts";
import { decodeForScan, slices } from "../../src/proxy/body.ts";
import { newFlowId, type Flow } from "../../src/proxy/flow.ts";
import { judgeBody, judgeHeaders, judgeUrl, record } from "../../src/proxy/judge-request.ts";
import { SNIFF_BYTES, skipReason } from "../../src/proxy/respond.ts";
import { resolveChecked } from "../../src/proxy/ssrf.ts";
import { createMessageJudge } from "../../src/proxy/ws-relay.ts";
import { OP } from "../../src/proxy/ws-frames.ts";
import { warmUpProxy } from "../../src/proxy/warmup.ts";

/** What toolkit can do, in the bench's `requires` vocabulary (docs/SPEC.md of the bench). */
const SUPPORTED = new Set([
  "tls_interception", "url_dlp_scanning", "request_body_dlp_scanning", "header_dlp_scanning",
  "response_prompt_injection_scanning", "mcp_input_dlp_scanning", "mcp_tool_result_prompt_injection_scanning",
  "mcp_tool_poison_scanning", "mcp_tool_baseline", "a2a_dlp_scanning", "a2a_prompt_injection_scanning",
  "a2a_card_prompt_injection_scanning", "websocket_dlp_scanning", "websocket_prompt_injection_scanning",
  "ssrf_scanning", "ssrf_bypass_scanning", "domain_blocklist", "entropy_scanning", "encoding_evasion_scanning",
  "shell_analysis", "crypto_dlp_scanning", "hostname_exfil_scanning", "mcp_input_prompt_injection_scanning",
  "mcp_chain_memory",
  // the same, as earlier case versions name them
  "response_scanning", "a2a_scanning", "header_scanning", "request_body_scanning", "websocket_frame_scanning",
]);

/**
 * The bench's capability tags toolkit does not claim (RUNNER.md, "Applicability Check": a case
 * tagged with one is not applicable): per-subject call budgets (denial of wallet) are not a feature.
 */
const UNCLAIMED = new Set(["denial_of_wallet"]);

type Outcome = "block" | "warn" | "allow";
interface Result {
  outcome: Outcome;
  why: string[];
}

interface BenchCase {
  id: string;
  category: string;
  input_type: string;
  transport: string;
  payload: Record<string, unknown>;
  expected_verdict: "block" | "allow" | "warn";
  requires: string[];
  capability_tags?: string[];
  title?: string;
  dir?: string;
  files?: Record<string, string>;
}

function newFlow(engine: Engine, method: string, url: URL): Flow {
  const port = url.port ? Number(url.port) : url.protocol === "https:" || url.protocol === "wss:" ? 443 : 80;
  const flow: Flow = { id: newFlowId(), client: "bench", started: Date.now(), method, url, host: url.hostname, port, verdict: "allow", rules: [], reasons: [], issuer: [], bytesUp: 0, bytesDown: 0, notes: [] };
  flow.policy = engine.routes.resolve({ host: flow.host, path: url.pathname, method });
  return flow;
}

const fromFlow = (flow: Flow): Result => ({ outcome: flow.verdict, why: flow.reasons });

/** The proxy's request steps (forward.ts) up to the upstream connection. */
async function request(engine: Engine, p: { method?: string; url: string; headers?: Record<string, string>; body?: string; content_type?: string }): Promise<Result> {
  let url: URL;
  try {
    url = new URL(p.url);
  } catch {
    return { outcome: "block", why: ["not a valid URL (the proxy refuses it: 400)"] };
  }
  const flow = newFlow(engine, p.method ?? "GET", url);
  const policy = flow.policy!;
  if (policy.action === "block") return { outcome: "block", why: ["route action block"] };
  const headers: Array<[string, string]> = Object.entries(p.headers ?? {});
  if (p.content_type && !headers.some(([k]) => k.toLowerCase() === "content-type")) headers.push(["Content-Type", p.content_type]);
  if (policy.request.scan) {
    if (await judgeUrl(engine, flow)) return fromFlow(flow);
    if (await judgeHeaders(engine, flow, headers)) return fromFlow(flow);
    if (p.body !== undefined && p.body !== "") {
      const enc = headers.find(([k]) => k.toLowerCase() === "content-encoding")?.[1];
      const dec = decodeForScan(Buffer.from(p.body, "utf8"), enc, policy.request.maxBodyBytes);
      if (dec.error !== undefined) return { outcome: "block", why: [`body: ${dec.error}`] };
      const ct = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1];
      if (await judgeBody(engine, flow, dec.text!, ct)) return fromFlow(flow);
    }
  }
  const bare = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare) || /(?:^|\.)localhost$/i.test(bare)) {
    const r = await resolveChecked(url.hostname, flow.port, { allow: engine.config.ssrf.allow, enabled: true, selfPorts: [] });
    if (!r.ok) return { outcome: "block", why: [`ssrf: ${r.reason}`] };
  }
  return fromFlow(flow);
}

/** The response leg's judgement (respond.ts), for a body the upstream sent. */
async function response(engine: Engine, urlText: string, body: string | Buffer, contentType = ""): Promise<Result> {
  const flow = newFlow(engine, "GET", new URL(urlText));
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const skip = skipReason(flow, contentType, bytes.subarray(0, SNIFF_BYTES));
  if (skip !== null) return { outcome: "allow", why: [skip] };
  const j = await judgeChunks(engine, slices(bytes), { direction: "inbound", contentType }, flow.policy!);
  const strip = j.findings.some((f) => f.action === "strip");
  record(flow, j, "response");
  if (strip && flow.verdict !== "block") return { outcome: "block", why: ["stripped: " + j.reasons.join(", ")] };
  return fromFlow(flow);
}

type Msg = Record<string, unknown> & { method?: string; id?: unknown; result?: unknown; error?: unknown };

/** Replays JSON-RPC messages through one MCP relay session; verdict from what it logged. */
async function mcpSession(engine: Engine, messages: Msg[], pinsDir: string, server = "bench"): Promise<Result> {
  const logs: Array<Record<string, unknown>> = [];
  const relay = new McpRelay({ engine, kill: new KillSwitch(), pins: readPins(pinsDir, server), pinsDir, log: (e) => logs.push(e) });
  const sent = new Set<string>();
  for (const m of messages) {
    const fromServer = m.method === undefined ? "result" in m || "error" in m : isServerMethod(m.method);
    if (fromServer && m.method === undefined && m.id !== undefined && !sent.has(String(m.id))) {
      // A reply with no request in the case: the request it answers, as a client would have sent it.
      const guess = isToolsList(m) ? "tools/list" : isInitialize(m) ? "initialize" : "tools/call";
      await relay.fromClient(JSON.stringify({ jsonrpc: "2.0", id: m.id, method: guess, params: guess === "tools/call" ? { name: "tool", arguments: {} } : {} }));
    }
    if (!fromServer && m.id !== undefined) sent.add(String(m.id));
    await (fromServer ? relay.fromServer(JSON.stringify(m)) : relay.fromClient(JSON.stringify(m)));
  }
  const verdicts = logs.map((e) => String(e.verdict ?? (e.event === "tool-changed" && e.action === "warn" ? "warn" : "")));
  const contained = verdicts.some((v) => v === "block" || v === "removed" || v === "strip" || v === "redact");
  const why = logs.filter((e) => e.verdict || e.event).map((e) => JSON.stringify(e).slice(0, 240));
  return { outcome: contained ? "block" : verdicts.includes("warn") ? "warn" : "allow", why };
}

const isServerMethod = (m: string) => m.startsWith("notifications/") && m !== "notifications/initialized" && m !== "notifications/cancelled";
const isToolsList = (m: Msg) => typeof m.result === "object" && m.result !== null && Array.isArray((m.result as { tools?: unknown }).tools);
const isInitialize = (m: Msg) => typeof m.result === "object" && m.result !== null && "protocolVersion" in (m.result as object);

function pinsTmp(): string {
  return mkdtempSync(join(tmpdir(), "aeb-pins-"));
}

async function mcp(engine: Engine, c: BenchCase): Promise<Result> {
  const dir = pinsTmp();
  try {
    return await mcpSession(engine, (c.payload.jsonrpc_messages as Msg[]) ?? [], dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A drift pair: one session sees `before` (pins it), a later one `after`. */
async function drift(engine: Engine, c: BenchCase): Promise<Result> {
  const dir = pinsTmp();
  try {
    const load = (f: string) => {
      const v = JSON.parse(readFileSync(join(c.dir!, f), "utf8")) as Msg | Msg[];
      return (Array.isArray(v) ? v : [v]).map((m) => ("jsonrpc" in m ? m : { jsonrpc: "2.0", id: 1, result: m }));
    };
    const before = await mcpSession(engine, load(c.files!.before!), dir);
    const after = await mcpSession(engine, load(c.files!.after!), dir);
    return { outcome: after.outcome, why: [`before: ${before.outcome}`, ...after.why] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A2A is JSON-RPC over HTTP: requests leave through the proxy, results come back through it. */
async function a2a(engine: Engine, c: BenchCase): Promise<Result> {
  const url = String(c.payload.url ?? "https://agent.example.com/a2a");
  const out: Result[] = [];
  for (const m of (c.payload.jsonrpc_messages as Msg[]) ?? []) {
    const text = JSON.stringify(m);
    out.push(m.method !== undefined ? await request(engine, { method: "POST", url, body: text, content_type: "application/json" }) : await response(engine, url, text, "application/json"));
  }
  return worst(out);
}

async function agentCard(engine: Engine, c: BenchCase): Promise<Result> {
  const url = String(c.payload.url ?? "https://agent.example.com/.well-known/agent-card.json");
  const card = JSON.stringify(c.payload.agent_card ?? c.payload);
  return worst([await response(engine, url, card, "application/json")]);
}

/**
 * Frames replayed through the relay's message judge. The bench gives frames no direction: the
 * proxy judges each frame on the leg it travels (client→server for secrets, server→client for
 * injection), so a frame with no direction is replayed both ways, each way in its own connection,
 * and counts as contained when either leg blocks it (and as a false positive when either does).
 */
async function websocket(engine: Engine, c: BenchCase): Promise<Result> {
  const frames = (c.payload.frames as Array<Record<string, unknown>>) ?? [];
  if (frames.some((f) => f.compressed === true || f.rsv1 === true)) return { outcome: "block", why: ["compressed frame: the relay refuses it (1002)"] };
  const given = frames.some((f) => f.direction !== undefined);
  if (given) return wsReplay(engine, c, frames, (f) => f.direction === undefined || /client|up|out|send/i.test(String(f.direction)));
  return worst([await wsReplay(engine, c, frames, () => true), await wsReplay(engine, c, frames, () => false)]);
}

async function wsReplay(engine: Engine, c: BenchCase, frames: Array<Record<string, unknown>>, isUp: (f: Record<string, unknown>) => boolean): Promise<Result> {
  const url = new URL(String(c.payload.url ?? "wss://ws.example.com/socket").replace(/^ws/, "http"));
  const flow = newFlow(engine, "GET", url);
  const judge = createMessageJudge(engine, flow);
  let parts: Buffer[] = [];
  let op = 0;
  for (const f of frames) {
    const up = isUp(f);
    const opcode = String(f.opcode ?? "text");
    const data = f.payload_base64 !== undefined ? Buffer.from(String(f.payload_base64), "base64") : f.encoding === "base64" ? Buffer.from(String(f.payload), "base64") : Buffer.from(String(f.payload ?? ""), "utf8");
    if (opcode !== "continuation") {
      op = opcode === "binary" ? OP.binary : OP.text;
      parts = [];
    }
    parts.push(data);
    if (f.fin === false) continue;
    if (await judge(up, op, Buffer.concat(parts))) return { outcome: flow.verdict, why: [`${up ? "client→server" : "server→client"}: ${flow.reasons.join(", ")}`] };
    parts = [];
  }
  return fromFlow(flow);
}

function worst(rs: Result[]): Result {
  const order: Outcome[] = ["block", "warn", "allow"];
  for (const o of order) {
    const hit = rs.filter((r) => r.outcome === o);
    if (hit.length) return { outcome: o, why: hit.flatMap((r) => r.why) };
  }
  return { outcome: "allow", why: [] };
}

async function run(engine: Engine, c: BenchCase): Promise<Result> {
  const p = c.payload;
  switch (c.input_type) {
    case "url":
      return request(engine, { method: String(p.method ?? "GET"), url: String(p.url) });
    case "header":
    case "request_body":
      return request(engine, p as never);
    case "response_content":
      // A binary body (an image) comes base64-encoded in `response_body_base64`.
      return response(engine, String(p.url ?? "https://example.com/"), typeof p.response_body_base64 === "string" ? Buffer.from(p.response_body_base64, "base64") : String(p.response_body ?? p.body ?? ""), String(p.content_type ?? ""));
    case "mcp_tool_call":
    case "mcp_tool_result":
    case "mcp_tool_definition":
    case "mcp_tool_sequence":
    case "mcp_initialize_response":
      return mcp(engine, c);
    case "mcp_tool_sequence_temporal":
      return drift(engine, c);
    case "a2a_message":
      return a2a(engine, c);
    case "a2a_agent_card":
      return agentCard(engine, c);
    case "websocket_frame":
      return websocket(engine, c);
  }
  return { outcome: "allow", why: [`input_type ${c.input_type} not handled by this runner`] };
}

function loadCases(root: string): BenchCase[] {
  const out: BenchCase[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        const yaml = join(p, "case.yaml");
        try {
          const meta = parseYaml(readFileSync(yaml, "utf8")) as BenchCase;
          out.push({ ...meta, payload: {}, dir: p });
          continue;
        } catch {
          walk(p);
        }
      } else if (n.endsWith(".json") && d !== root) {
        try {
          const c = JSON.parse(readFileSync(p, "utf8")) as BenchCase;
          if (typeof c.id === "string" && c.payload && c.expected_verdict) out.push(c);
        } catch {
          // a drift directory's data files, or a file that is not a case
        }
      }
    }
  };
  walk(root);
  const seen = new Set<string>();
  return out.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

/** Hosts the bench's operation_policy cases describe as allowlisted for fetching only (see main). */
const FETCH_ONLY_HOSTS = ["allowed-package-registry.test", "mirror.fixture.example.com"];

async function main() {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith("--")) ?? process.env.AEB_CASES;
  if (!root) {
    console.error("usage: bun scripts/eval/egress-bench.ts <agent-egress-bench cases dir> [--config default|strict|audit|claude-code] [--verbose]");
    process.exit(2);
  }
  const cfgName = args.includes("--config") ? args[args.indexOf("--config") + 1]! : "default";
  const verbose = args.includes("--verbose");
  const cfgPath = join(import.meta.dir, "../../configs", `${cfgName}.yaml`);
  // The bench's RUNNER.md, "Runner Setup": cases name in their notes the operator configuration they
  // exercise. Those tagged operation_policy name a per-host method rail: a package registry and a
  // mirror allowlisted for fetching only. A user writes the same two routes per host (reads pass and
  // are still judged; any other method is refused); the bench's GET cases to those hosts pair with them.
  const doc = (parseYaml(readFileSync(cfgPath, "utf8")) ?? {}) as { routes?: unknown[] };
  const rails = FETCH_ONLY_HOSTS.flatMap((host) => [{ host, methods: ["GET", "HEAD"], action: "allow" }, { host, action: "block" }]);
  doc.routes = [...rails, ...(doc.routes ?? [])];
  const config = await configFromText(stringifyYaml(doc), cfgPath, {});
  // The bench's RUNNER.md, "Domain blocklist seeding": runners add its test domain to the tool's
  // blocklist before running (the cases tagged domain_blocklist); a user does the same in detect.url.blocklist.
  config.detect.url.blocklist = [...config.detect.url.blocklist, "exfil-collector.example.net"];
  const engine = await buildEngine(config, { env: {}, fingerprintKey: new Uint8Array(32) });
  // As `toolkit run` does at start: else the first case of each leg pays the compile of its judging
  // paths, and on a loaded machine ran past the scan budget and was blocked for that alone.
  await warmUpProxy(engine, 20).done;
  const cases = loadCases(root);
  type Row = { n: number; attacks: number; contained: number; warned: number; benign: number; fp: number; na: number };
  const rows = new Map<string, Row>();
  const lines: string[] = [];
  for (const c of cases) {
    const row = rows.get(c.category) ?? { n: 0, attacks: 0, contained: 0, warned: 0, benign: 0, fp: 0, na: 0 };
    rows.set(c.category, row);
    row.n++;
    const missing = [...(c.requires ?? []).filter((r) => !SUPPORTED.has(r)), ...(c.capability_tags ?? []).filter((t) => UNCLAIMED.has(t))];
    if (missing.length > 0) {
      row.na++;
      if (verbose) lines.push(`  n/a   ${c.id}: requires ${missing.join(", ")}`);
      continue;
    }
    let r: Result;
    try {
      r = await run(engine, c);
    } catch (err) {
      r = { outcome: "block", why: [`runner error: ${(err as Error).message.split("\n")[0]}`] };
    }
    const attack = c.expected_verdict === "block";
    if (attack) {
      row.attacks++;
      if (r.outcome === "block") row.contained++;
      else {
        if (r.outcome === "warn") row.warned++;
        lines.push(`  MISS  ${c.id} (${c.input_type}): ${r.outcome}${r.why.length ? ` — ${r.why.slice(0, 2).join(" | ")}` : ""}`);
      }
    } else {
      row.benign++;
      const bad = c.expected_verdict === "allow" ? r.outcome === "block" : r.outcome === "block";
      if (bad) {
        row.fp++;
        lines.push(`  FP    ${c.id} (${c.input_type}): ${r.outcome} — ${r.why.slice(0, 2).join(" | ")}`);
      }
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? "   –  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(`agent-egress-bench: ${cases.length} cases from ${root}, config ${cfgName}`);
  console.log(`category                 cases  n/a  attacks  contained  (warned)   benign  blocked`);
  const tot: Row = { n: 0, attacks: 0, contained: 0, warned: 0, benign: 0, fp: 0, na: 0 };
  for (const [cat, r] of [...rows].sort()) {
    for (const k of Object.keys(tot) as Array<keyof Row>) tot[k] += r[k];
    console.log(`${cat.padEnd(24)} ${String(r.n).padStart(5)} ${String(r.na).padStart(4)} ${String(r.attacks).padStart(8)}  ${pct(r.contained, r.attacks)}  ${String(r.warned).padStart(8)} ${String(r.benign).padStart(8)}  ${pct(r.fp, r.benign)}`);
  }
  console.log(`${"all".padEnd(24)} ${String(tot.n).padStart(5)} ${String(tot.na).padStart(4)} ${String(tot.attacks).padStart(8)}  ${pct(tot.contained, tot.attacks)}  ${String(tot.warned).padStart(8)} ${String(tot.benign).padStart(8)}  ${pct(tot.fp, tot.benign)}`);
  if (verbose || lines.length <= 60) for (const l of lines) console.log(l);
}

await main();
