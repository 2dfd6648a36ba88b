// The SSRF guard: resolve once, refuse private, loopback, link-local, CGNAT, multicast,
// unspecified and metadata addresses unless ssrf.allow covers them, and hand back the checked
// address so the connection goes there (no second lookup: DNS rebinding).
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyIp, ipInCidr } from "../detect/url/index.ts";

export type Resolved = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string; rule: string };

export interface SsrfGuard {
  allow: readonly string[];
  enabled: boolean;
  /** Ports toolkit itself listens on (proxy, control API): never a target, whatever ssrf.allow says. */
  selfPorts: readonly number[];
}

/** How long a checked answer is reused: the lookup and the address checks are not redone per request. */
const CACHE_MS = 5_000;
const CACHE_MAX = 4096;
const cache = new Map<string, { at: number; guard: SsrfGuard; result: Resolved }>();

/** Whether two guards say the same (they are rebuilt per call; their arrays are the config's). */
const sameGuard = (a: SsrfGuard, b: SsrfGuard) => a.allow === b.allow && a.enabled === b.enabled && a.selfPorts === b.selfPorts;

/**
 * The checked address for host:port. Answers are reused for a few seconds (the check of a name is
 * pinned for that long, never skipped); failed lookups are not kept.
 */
export async function resolveChecked(host: string, port: number, guard: SsrfGuard): Promise<Resolved> {
  const key = `${host}\0${port}`;
  const now = performance.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < CACHE_MS && sameGuard(hit.guard, guard)) return hit.result;
  const result = await resolveUncached(host, port, guard);
  if (result.ok || result.rule !== "dns-failure") {
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.delete(key);
    cache.set(key, { at: now, guard, result });
  }
  return result;
}

async function resolveUncached(host: string, port: number, guard: SsrfGuard): Promise<Resolved> {
  const { allow, enabled } = guard;
  const bare = host.replace(/^\[|\]$/g, "");
  let addrs: Array<{ address: string; family: number }>;
  if (isIP(bare)) addrs = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addrs = await lookup(bare, { all: true, verbatim: true });
    } catch (err) {
      return { ok: false, rule: "dns-failure", reason: `DNS lookup of ${bare} failed (${(err as NodeJS.ErrnoException).code ?? "error"})` };
    }
  }
  if (addrs.length === 0) return { ok: false, rule: "dns-failure", reason: `DNS lookup of ${bare} returned no address` };
  // Every answer must be acceptable: a name that resolves to a public and a private address is a rebinding setup.
  for (const a of addrs) {
    const cls = classifyIp(a.address);
    if (!enabled || !cls || cls.class === "public") continue;
    if (allow.some((c) => ipInCidr(a.address, c))) continue;
    return { ok: false, rule: `ssrf-${cls.class}`, reason: `${bare} resolves to ${a.address}, a ${cls.class} address (add it to ssrf.allow to reach it)` };
  }
  for (const a of addrs) {
    const cls = classifyIp(a.address);
    if (guard.selfPorts.includes(port) && (cls?.class === "loopback" || cls?.class === "unspecified")) {
      return { ok: false, rule: "ssrf-self", reason: `${bare}:${port} is toolkit's own listener (the control API is not reachable through the proxy)` };
    }
  }
  const first = addrs[0]!;
  return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4 };
}
