// One request's way through the proxy, as every step sees it, and the audit-log line it ends in.
import type { ResolvedPolicy } from "../policy/route.ts";

export type FlowVerdict = "allow" | "block" | "warn";

export interface Flow {
  id: string;
  client: string;
  started: number;
  method: string;
  /** Absolute URL of the request (https:// inside an intercepted tunnel). */
  url: URL;
  host: string;
  port: number;
  /** Set for requests inside an intercepted CONNECT tunnel and for the tunnel itself. */
  tunnel?: { authority: string; intercepted: boolean };
  policy?: ResolvedPolicy;
  verdict: FlowVerdict;
  /** Rule ids that decided (redacted values never appear here). */
  rules: string[];
  reasons: string[];
  /** Credentials let through to their issuer (rule ids). */
  issuer: string[];
  status?: number;
  bytesUp: number;
  bytesDown: number;
  notes: string[];
}

let seq = 0;
export function newFlowId(): string {
  seq = (seq + 1) % 1e9;
  return `${Date.now().toString(36)}-${seq.toString(36)}`;
}

/** The URL as it may be logged: query values and userinfo replaced, path kept (it rarely holds secrets, and blocked ones are redacted by reason). */
export function redactUrl(url: URL): string {
  const auth = url.username || url.password ? "…@" : "";
  const keys = [...new Set(url.searchParams.keys())].map((k) => encodeURIComponent(k).slice(0, 40));
  const query = url.search ? `?${keys.map((k) => `${k}=…`).join("&")}` : "";
  return `${url.protocol}//${auth}${url.host}${url.pathname}${query}`;
}
