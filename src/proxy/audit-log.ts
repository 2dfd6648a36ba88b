// One JSON line per decision, on stdout or an append-only file. Values are already redacted by
// the time they get here: a Flow holds rule ids and redacted URLs, never a secret.
import { appendFileSync } from "node:fs";
import { redactUrl, type Flow } from "./flow.ts";

export interface AuditLog {
  flow(f: Flow): void;
  event(kind: string, fields: Record<string, unknown>): void;
}

export function openAuditLog(path: string | undefined, onError: (msg: string) => void = () => {}): AuditLog {
  let failing = false;
  const write = (obj: Record<string, unknown>) => {
    const line = `${JSON.stringify(obj)}\n`;
    try {
      if (path) appendFileSync(path, line);
      else process.stdout.write(line);
      failing = false;
    } catch (err) {
      // A full disk must not take the proxy down; say so once per outage.
      if (!failing) onError(`audit log ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      failing = true;
    }
  };
  return {
    flow(f) {
      write({
        time: new Date().toISOString(), type: "request", id: f.id, client: f.client, method: f.method, url: redactUrl(f.url),
        route: f.policy?.label ?? "-", verdict: f.verdict, rules: f.rules, reasons: f.reasons, ...(f.issuer.length ? { issuer: f.issuer } : {}),
        status: f.status ?? null, bytes_up: f.bytesUp, bytes_down: f.bytesDown, latency_ms: Math.round((performance.now() - f.started) * 10) / 10,
        ...(f.tunnel ? { tunnel: f.tunnel.authority, inspected: f.tunnel.intercepted } : {}), ...(f.notes.length ? { notes: f.notes } : {}),
      });
    },
    event(kind, fields) {
      write({ time: new Date().toISOString(), type: kind, ...fields });
    },
  };
}
