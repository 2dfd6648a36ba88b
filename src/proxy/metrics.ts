// Counters for /metrics (Prometheus text) and /stats (JSON).
import { redactUrl, type Flow } from "./flow.ts";

/** A blocked request as the operator view lists it: redacted URL, rules, reason. */
export interface RecentBlock {
  time: string;
  method: string;
  url: string;
  route: string;
  rules: string[];
  reason: string;
}

const BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

export class Metrics {
  readonly started = Date.now();
  private requests = new Map<string, number>(); // verdict|route
  private rules = new Map<string, number>();
  private latency = new Array<number>(BUCKETS.length + 1).fill(0);
  private latencySum = 0;
  private count = 0;
  bytesScanned = 0;
  /** The last 50 blocked requests, newest last. */
  readonly recent: RecentBlock[] = [];
  openTunnels = 0;
  tunnels = 0;
  /** WebSocket connections now open and in total, messages and bytes each way, detections. */
  readonly ws = { open: 0, total: 0, messagesUp: 0, messagesDown: 0, bytesUp: 0, bytesDown: 0, detections: 0 };

  observe(f: Flow): void {
    const k = `${f.verdict}|${f.policy?.label ?? "-"}`;
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
    for (const r of f.rules) this.rules.set(r, (this.rules.get(r) ?? 0) + 1);
    const ms = performance.now() - f.started;
    let i = 0;
    while (i < BUCKETS.length && ms > BUCKETS[i]!) i++;
    this.latency[i]!++;
    this.latencySum += ms;
    this.count++;
    this.bytesScanned += f.bytesUp + f.bytesDown;
    if (f.verdict === "block") {
      this.recent.push({ time: new Date().toISOString(), method: f.method, url: redactUrl(f.url, f.urlSpans), route: f.policy?.label ?? "-", rules: [...f.rules], reason: f.reasons.join("; ") });
      if (this.recent.length > 50) this.recent.shift();
    }
  }

  /** Counters by verdict, route and rule, for the operator view. */
  counters(): { byVerdict: Record<string, number>; byRoute: Record<string, number>; byRule: Record<string, number>; total: number } {
    const byVerdict: Record<string, number> = {};
    const byRoute: Record<string, number> = {};
    for (const [k, n] of this.requests) {
      const [verdict, route] = k.split("|") as [string, string];
      byVerdict[verdict] = (byVerdict[verdict] ?? 0) + n;
      byRoute[route] = (byRoute[route] ?? 0) + n;
    }
    return { byVerdict, byRoute, byRule: Object.fromEntries(this.rules), total: this.count };
  }

  stats(extra: Record<string, unknown> = {}) {
    const byVerdict: Record<string, number> = {};
    for (const [k, n] of this.requests) byVerdict[k.split("|")[0]!] = (byVerdict[k.split("|")[0]!] ?? 0) + n;
    return { uptime_s: Math.round((Date.now() - this.started) / 1000), requests: this.count, by_verdict: byVerdict, rules: Object.fromEntries(this.rules), bytes_scanned: this.bytesScanned, open_tunnels: this.openTunnels, tunnels: this.tunnels, ...extra };
  }

  prometheus(extra: Record<string, number> = {}): string {
    const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
    const out = ["# TYPE toolkit_requests_total counter"];
    for (const [k, n] of this.requests) {
      const [verdict, route] = k.split("|");
      out.push(`toolkit_requests_total{verdict="${esc(verdict!)}",route="${esc(route!)}"} ${n}`);
    }
    out.push("# TYPE toolkit_detections_total counter");
    for (const [r, n] of this.rules) out.push(`toolkit_detections_total{rule="${esc(r)}"} ${n}`);
    out.push("# TYPE toolkit_request_duration_ms histogram");
    let cum = 0;
    BUCKETS.forEach((b, i) => {
      cum += this.latency[i]!;
      out.push(`toolkit_request_duration_ms_bucket{le="${b}"} ${cum}`);
    });
    out.push(`toolkit_request_duration_ms_bucket{le="+Inf"} ${this.count}`, `toolkit_request_duration_ms_sum ${this.latencySum.toFixed(3)}`, `toolkit_request_duration_ms_count ${this.count}`);
    out.push("# TYPE toolkit_bytes_scanned_total counter", `toolkit_bytes_scanned_total ${this.bytesScanned}`);
    out.push("# TYPE toolkit_open_tunnels gauge", `toolkit_open_tunnels ${this.openTunnels}`);
    out.push("# TYPE toolkit_websocket_open gauge", `toolkit_websocket_open ${this.ws.open}`);
    out.push("# TYPE toolkit_websocket_connections_total counter", `toolkit_websocket_connections_total ${this.ws.total}`);
    out.push("# TYPE toolkit_websocket_messages_total counter", `toolkit_websocket_messages_total{direction="up"} ${this.ws.messagesUp}`, `toolkit_websocket_messages_total{direction="down"} ${this.ws.messagesDown}`);
    out.push("# TYPE toolkit_websocket_bytes_total counter", `toolkit_websocket_bytes_total{direction="up"} ${this.ws.bytesUp}`, `toolkit_websocket_bytes_total{direction="down"} ${this.ws.bytesDown}`);
    out.push("# TYPE toolkit_websocket_detections_total counter", `toolkit_websocket_detections_total ${this.ws.detections}`);
    for (const [k, v] of Object.entries(extra)) out.push(`# TYPE ${k} gauge`, `${k} ${v}`);
    return `${out.join("\n")}\n`;
  }
}
