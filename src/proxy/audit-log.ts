// One JSON line per decision, on stdout or an append-only file. Values are already redacted by
// the time they get here: a Flow holds rule ids and redacted URLs, never a secret. Lines are
// buffered and written once per event-loop turn (not one synchronous write per request); a
// failing file (full disk) is reported once per outage and never takes the proxy down.
import { closeSync, openSync, write } from "node:fs";
import { redactUrl, type Flow } from "./flow.ts";

export interface AuditLog {
  flow(f: Flow): void;
  event(kind: string, fields: Record<string, unknown>): void;
  /** Writes what is buffered and closes the file. */
  close(): Promise<void>;
}

/** `path`: a file; undefined: stdout; null: nowhere (the operator view is on the terminal). */
export function openAuditLog(path: string | undefined | null, onError: (msg: string) => void = () => {}): AuditLog {
  let fd: number | null = null;
  let failing = false;
  let pending: string[] = [];
  let scheduled = false;
  let inflight: Promise<void> = Promise.resolve();
  const fail = (err: unknown) => {
    if (!failing) onError(`audit log ${path ?? "stdout"}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (lines are dropped until it recovers)`);
    failing = true;
  };
  if (path) {
    try {
      fd = openSync(path, "a", 0o600);
    } catch (err) {
      fail(err);
    }
  }
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const data = Buffer.from(pending.join(""));
    pending = [];
    if (!path) {
      process.stdout.write(data);
      return;
    }
    if (fd === null) {
      try {
        fd = openSync(path, "a", 0o600);
      } catch (err) {
        return fail(err);
      }
    }
    const target = fd;
    inflight = inflight.then(
      () =>
        new Promise<void>((done) => {
          write(target, data, (err) => {
            if (err) fail(err);
            else failing = false;
            done();
          });
        }),
    );
  };
  const push = (obj: Record<string, unknown>) => {
    if (path === null) return;
    pending.push(`${JSON.stringify(obj)}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return {
    flow(f) {
      push({
        time: new Date().toISOString(), type: "request", id: f.id, client: f.client, method: f.method, url: redactUrl(f.url, f.urlSpans),
        route: f.policy?.label ?? "-", verdict: f.verdict, rules: f.rules, reasons: f.reasons, ...(f.issuer.length ? { issuer: f.issuer } : {}),
        status: f.status ?? null, bytes_up: f.bytesUp, bytes_down: f.bytesDown, latency_ms: Math.round((performance.now() - f.started) * 10) / 10,
        ...(f.tunnel ? { tunnel: f.tunnel.authority, inspected: f.tunnel.intercepted } : {}), ...(f.notes.length ? { notes: f.notes } : {}),
      });
    },
    event(kind, fields) {
      push({ time: new Date().toISOString(), type: kind, ...fields });
    },
    async close() {
      flush();
      await inflight;
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
