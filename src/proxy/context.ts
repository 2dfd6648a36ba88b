// What every part of the proxy shares: the current engine (swapped atomically on reload), the
// upstream leg, the audit log, metrics, and the resolved credential-injection headers.
import type { Engine } from "../policy/engine.ts";
import type { ResolvedPolicy } from "../policy/route.ts";
import type { LeafIssuer } from "../tls/leaf.ts";
import type { AuditLog } from "./audit-log.ts";
import type { KillSwitch } from "../policy/kill-switch.ts";
import type { Metrics } from "./metrics.ts";
import type { SsrfGuard } from "./ssrf.ts";
import type { Upstream } from "./upstream.ts";

export interface ProxyContext {
  engine(): Engine;
  upstream: Upstream;
  log: AuditLog;
  metrics: Metrics;
  /** Leaves for intercepted tunnels; null when interception is off everywhere. */
  leaves: LeafIssuer | null;
  /** The route's inject_headers with ${VAR} / ${file:PATH} resolved at start (or reload). */
  injectedHeaders(policy: ResolvedPolicy): Array<[string, string]>;
  /** The SSRF guard of the current config, with toolkit's own listener ports. */
  guard(): SsrfGuard;
  kill: KillSwitch;
}
