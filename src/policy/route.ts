// Per-route policy: `routes:` (first match wins, on host, path and method) over `defaults:` over
// built-in values, compiled once into a table. Each resolved policy records where every setting
// came from, for `toolkit run --explain`.
import type { Config, GivenKeys, RequestPolicy, ResponsePolicy, Route } from "../config/types.ts";

export interface RequestTarget {
  /** Host name or IP literal, without port. */
  host: string;
  /** Path of the request target (query excluded). */
  path: string;
  method: string;
}

export interface ResolvedPolicy {
  /** The route that matched, or null when only defaults apply. */
  route: Route | null;
  /** For logs and block pages: "routes[2] api.github.com" or "defaults". */
  label: string;
  /** allow / block from the route, else from `egress.default`. */
  action: "allow" | "block";
  intercept: boolean;
  request: RequestPolicy;
  response: ResponsePolicy;
  allowCredentials: readonly string[];
  injectHeaders: Readonly<Record<string, string>>;
  /** Setting → where its value came from ("routes[2]", "defaults", "egress.default", "built-in"). */
  origins: Readonly<Record<string, string>>;
}

export interface RouteTable {
  resolve(target: RequestTarget): ResolvedPolicy;
  /** The policy of a request no route matches (what `check` judges by). */
  readonly defaults: ResolvedPolicy;
}

interface CompiledRoute {
  route: Route;
  matchHost: (host: string) => boolean;
  matchPath: (path: string) => boolean;
  methods: ReadonlySet<string> | null;
  policy: ResolvedPolicy;
}

export function hostMatcher(pattern: string): (host: string) => boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) {
    const suffix = p.slice(1); // ".example.com"
    return (h) => h.length > suffix.length && h.endsWith(suffix);
  }
  return (h) => h === p;
}

export function pathMatcher(pattern: string | undefined): (path: string) => boolean {
  if (pattern === undefined || pattern === "/") return () => true;
  if (!pattern.includes("*")) return (p) => p.startsWith(pattern);
  // Glob: `*` within one segment, `**` across segments; the glob covers the whole path or a prefix ending at a "/".
  const re = new RegExp(`^${pattern.split(/(\*\*|\*)/).map((part) => (part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))).join("")}(?:/|$)`);
  return (p) => re.test(p);
}

function originsOf(config: Config, route: Route | null, intercept: string, action: string): Record<string, string> {
  const out: Record<string, string> = { action, intercept };
  const label = route ? `routes[${route.index}]` : "";
  const side = (name: keyof GivenKeys, keys: string[]) => {
    for (const k of keys) {
      out[`${name}.${k}`] = route?.given[name].includes(k) ? label : config.defaults.given[name].includes(k) ? "defaults" : "built-in";
    }
  };
  side("request", ["scan", "max_body_bytes", "on_oversize", ...["secrets", "entropy", "env_leak", "wallets", "evasion", "url", "path_entropy", "injection"].map((d) => `detectors.${d}`)]);
  side("response", ["scan", "injection_action", "max_body_bytes", "on_oversize", "skip_extensions", "skip_content_types"]);
  if (route && route.allowCredentials.length > 0) out.allow_credentials = label;
  if (route && Object.keys(route.injectHeaders).length > 0) out.inject_headers = label;
  return out;
}

function interceptFor(config: Config, route: Route | null, host: string | null): { value: boolean; origin: string } {
  if (route?.intercept !== undefined) return { value: route.intercept, origin: `routes[${route.index}]` };
  if (host !== null && config.tls.passthrough.some((p) => hostMatcher(p)(host) || p.toLowerCase() === host)) return { value: false, origin: "tls.passthrough" };
  return { value: config.tls.intercept, origin: "tls.intercept" };
}

function policyOf(config: Config, route: Route | null, host: string | null): ResolvedPolicy {
  const intercept = interceptFor(config, route, host);
  const action = route?.action ?? config.egress.default;
  const actionOrigin = route?.action !== undefined ? `routes[${route.index}]` : "egress.default";
  return {
    route,
    label: route ? `routes[${route.index}] ${route.host}${route.path ?? ""}` : "defaults",
    action,
    intercept: intercept.value,
    request: route?.request ?? config.defaults.request,
    response: route?.response ?? config.defaults.response,
    allowCredentials: route?.allowCredentials ?? [],
    injectHeaders: route?.injectHeaders ?? {},
    origins: originsOf(config, route, intercept.origin, actionOrigin),
  };
}

export function compileRoutes(config: Config): RouteTable {
  const compiled: CompiledRoute[] = config.routes.map((route) => ({
    route,
    matchHost: hostMatcher(route.host),
    matchPath: pathMatcher(route.path),
    methods: route.methods ? new Set(route.methods) : null,
    policy: policyOf(config, route, null),
  }));
  const defaults = policyOf(config, null, null);
  // Passthrough depends on the host even without a route: resolved per host, cached per table.
  const hasPassthrough = config.tls.passthrough.length > 0;
  return {
    defaults,
    resolve(target) {
      const host = target.host.toLowerCase().replace(/\.$/, "");
      const method = target.method.toUpperCase();
      for (const c of compiled) {
        if (!c.matchHost(host)) continue;
        if (!c.matchPath(target.path)) continue;
        if (c.methods && !c.methods.has(method)) continue;
        return c.route.intercept === undefined && hasPassthrough ? policyOf(config, c.route, host) : c.policy;
      }
      return hasPassthrough ? policyOf(config, null, host) : defaults;
    },
  };
}
