// Credential injection: a route's inject_headers templates resolved from the proxy's environment
// (${VAR}) or a file (${file:/path}) once at start, so the agent never holds the real key.
import { readFileSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";
import type { Config } from "../config/types.ts";

export function resolveInjections(config: Config, env: Record<string, string | undefined>): Map<number, Array<[string, string]>> {
  const out = new Map<number, Array<[string, string]>>();
  for (const r of config.routes) {
    const pairs: Array<[string, string]> = [];
    for (const [name, template] of Object.entries(r.injectHeaders)) {
      const value = template.replace(/\$\{(file:[^}]+|[A-Za-z_][A-Za-z0-9_]*)\}/g, (_, ref: string) => {
        if (ref.startsWith("file:")) {
          try {
            return readFileSync(ref.slice(5), "utf8").trim();
          } catch (err) {
            throw new UsageError(`config ${config.source}: routes[${r.index}].inject_headers.${name}: cannot read ${ref.slice(5)} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
          }
        }
        const v = env[ref];
        if (v === undefined || v === "") throw new UsageError(`config ${config.source}: routes[${r.index}].inject_headers.${name}: environment variable ${ref} is not set`);
        return v;
      });
      if (/[\r\n\0]/.test(value)) throw new UsageError(`config ${config.source}: routes[${r.index}].inject_headers.${name}: value contains a line break`);
      pairs.push([name, value]);
    }
    if (pairs.length > 0) out.set(r.index, pairs);
  }
  return out;
}
