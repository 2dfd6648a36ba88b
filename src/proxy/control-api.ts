// The control listener (--api-listen), never the agent-facing port: /health, /metrics, /stats
// (readable without a token) and the kill switch, which needs the bearer token from config or
// TOOLKIT_API_TOKEN, compared in constant time. No token configured: the control routes refuse
// (the API never runs open). A wrong token gets 401 with no hint, and a client that keeps
// guessing is rate-limited.
import { createHash, timingSafeEqual } from "node:crypto";
import * as http from "node:http";
import type { KillSwitch } from "../policy/kill-switch.ts";
import type { Metrics } from "./metrics.ts";

export interface ControlApiOptions {
  metrics: Metrics;
  kill: KillSwitch;
  /** The token in force (it may change on reload). */
  token: () => string;
  info: () => Record<string, unknown>;
}

const FAILURES_PER_MINUTE = 10;
const MAX_BODY = 16 * 1024;

function tokenMatches(given: string, expected: string): boolean {
  // Hash both sides: equal lengths for timingSafeEqual, and no early exit on a length mismatch.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

export function createControlApi(opts: ControlApiOptions): http.Server {
  const failures = new Map<string, number[]>();
  const limited = (client: string) => {
    const now = Date.now();
    const recent = (failures.get(client) ?? []).filter((t) => now - t < 60_000);
    failures.set(client, recent);
    return recent.length >= FAILURES_PER_MINUTE;
  };
  return http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const client = req.socket.remoteAddress ?? "?";
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), ...extra });
      res.end(body);
    };
    const json = (status: number, v: unknown, extra: Record<string, string> = {}) => send(status, "application/json", JSON.stringify(v), extra);
    if (path === "/health" && req.method === "GET") return json(200, { status: opts.kill.engaged() ? "killed" : "ok", kill_switch: opts.kill.snapshot(), ...opts.info() });
    if (path === "/metrics" && req.method === "GET") {
      const gauges: Record<string, number> = {};
      for (const [src, st] of Object.entries(opts.kill.snapshot())) gauges[`toolkit_kill_switch_engaged{source="${src}"}`] = st.engaged ? 1 : 0;
      return send(200, "text/plain; version=0.0.4", opts.metrics.prometheus(gauges));
    }
    if (path === "/stats" && req.method === "GET") return json(200, opts.metrics.stats({ kill_switch: opts.kill.snapshot(), ...opts.info() }));
    if (path !== "/api/v1/killswitch") return json(404, { error: "not found" });
    if (req.method !== "GET" && req.method !== "POST") return json(405, { error: "method not allowed" });

    const expected = opts.token();
    if (expected === "") return json(403, { error: "the control API has no token configured (api.token or TOOLKIT_API_TOKEN); kill-switch routes are refused" });
    if (limited(client)) return json(429, { error: "too many failed attempts; try again later" }, { "retry-after": "60" });
    const auth = req.headers.authorization ?? "";
    const given = /^Bearer (.+)$/.exec(auth)?.[1] ?? "";
    if (!tokenMatches(given, expected)) {
      failures.get(client)!.push(Date.now());
      return json(401, { error: "unauthorized" }, { "www-authenticate": "Bearer" });
    }
    if (req.method === "GET") return json(200, { engaged: opts.kill.engaged(), sources: opts.kill.snapshot() });
    let body = "";
    let tooBig = false;
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
      if (body.length > MAX_BODY) tooBig = true;
    });
    req.on("end", () => {
      if (tooBig) return json(413, { error: "body too large" });
      let v: { active?: unknown; reason?: unknown };
      try {
        v = JSON.parse(body) as typeof v;
      } catch {
        return json(400, { error: 'expected JSON: {"active": true|false, "reason": "…"}' });
      }
      if (typeof v.active !== "boolean") return json(400, { error: '"active" must be true or false' });
      const reason = typeof v.reason === "string" ? v.reason.slice(0, 500) : null;
      opts.kill.set("api", v.active, `api ${client}`, reason);
      json(200, { engaged: opts.kill.engaged(), sources: opts.kill.snapshot() });
    });
  });
}
