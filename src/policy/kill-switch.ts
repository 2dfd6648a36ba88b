// The kill switch: independent sources, OR-composed — config (kill_switch.enabled), SIGUSR1
// (toggles its own source), a sentinel file (engaged while it exists; a stat error other than
// "not found" counts as engaged: fail closed), the control API, and the operator at the terminal
// view. Releasing one source never releases another; a config reload changes only the config source.
import { stat, statSync } from "node:fs";

export type KillSource = "config" | "signal" | "sentinel" | "api" | "operator";
export const KILL_SOURCES: readonly KillSource[] = ["config", "signal", "sentinel", "api", "operator"];

export interface SourceState {
  engaged: boolean;
  since: string | null;
  by: string | null;
  reason: string | null;
}

export type KillListener = (source: KillSource, state: SourceState) => void;

export class KillSwitch {
  private readonly states = new Map<KillSource, SourceState>(KILL_SOURCES.map((s) => [s, { engaged: false, since: null, by: null, reason: null }]));
  private readonly listeners: KillListener[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private sentinelPath = "";

  onChange(l: KillListener): void {
    this.listeners.push(l);
  }

  set(source: KillSource, engaged: boolean, by: string, reason: string | null): void {
    const cur = this.states.get(source)!;
    if (cur.engaged === engaged && (cur.reason === reason || !engaged)) return;
    const next: SourceState = engaged ? { engaged, since: new Date().toISOString(), by, reason } : { engaged, since: new Date().toISOString(), by, reason };
    this.states.set(source, next);
    for (const l of this.listeners) l(source, next);
  }

  engaged(): boolean {
    for (const s of this.states.values()) if (s.engaged) return true;
    return false;
  }

  /** The engaged sources, for 503 bodies: "api (by 127.0.0.1: incident 42), sentinel". */
  describe(): Array<{ source: KillSource; since: string | null; by: string | null; reason: string | null }> {
    return KILL_SOURCES.filter((s) => this.states.get(s)!.engaged).map((s) => ({ source: s, ...this.states.get(s)! })).map(({ engaged: _, ...rest }) => rest as never);
  }

  snapshot(): Record<KillSource, SourceState> {
    return Object.fromEntries(KILL_SOURCES.map((s) => [s, { ...this.states.get(s)! }])) as Record<KillSource, SourceState>;
  }

  /** Watches the sentinel file (polled every 250 ms: noticed within 1 s). */
  watchSentinel(path: string): void {
    this.sentinelPath = path;
    if (this.timer) clearInterval(this.timer);
    const apply = (err: NodeJS.ErrnoException | null) => {
      if (err === null) return this.set("sentinel", true, this.sentinelPath, "sentinel file exists");
      if (err.code === "ENOENT" || err.code === "ENOTDIR") this.set("sentinel", false, this.sentinelPath, null);
      else this.set("sentinel", true, this.sentinelPath, `cannot stat the sentinel (${err.code ?? "error"}): failing closed`);
    };
    // The first look is synchronous (engaged from the first request on); the polls are not, so a
    // slow file system never stalls the proxy's event loop.
    try {
      statSync(path);
      apply(null);
    } catch (err) {
      apply(err as NodeJS.ErrnoException);
    }
    let inflight = false;
    this.timer = setInterval(() => {
      if (inflight) return;
      inflight = true;
      stat(this.sentinelPath, (err) => {
        inflight = false;
        apply(err);
      });
    }, 250);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
