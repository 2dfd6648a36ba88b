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
  /** Spans of url.href where the URL checks found something (a credential, encoded data): never logged. */
  urlSpans?: Array<[number, number]>;
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

/**
 * The URL as it may be logged: query values and userinfo replaced; the path and host kept (they
 * rarely hold secrets) except for each segment or label where the URL checks found something.
 */
export function redactUrl(url: URL, spans: ReadonlyArray<[number, number]> = []): string {
  const auth = url.username || url.password ? "…@" : "";
  const keys = [...new Set(url.searchParams.keys())].map((k) => encodeURIComponent(k).slice(0, 40));
  const query = url.search ? `?${keys.map((k) => `${k}=…`).join("&")}` : "";
  const href = url.href;
  const hit = (start: number, end: number) => spans.some(([s, e]) => s < end && e > start);
  const masked = (part: string, at: number, sep: string) => {
    let pos = at;
    return part.split(sep).map((seg) => {
      const out = seg !== "" && hit(pos, pos + seg.length) ? "…" : seg;
      pos += seg.length + sep.length;
      return out;
    }).join(sep);
  };
  const hostAt = href.indexOf(url.host, url.protocol.length);
  const pathAt = href.length - url.search.length - url.hash.length - url.pathname.length;
  return `${url.protocol}//${auth}${spans.length ? masked(url.host, hostAt, ".") : url.host}${spans.length ? masked(url.pathname, pathAt, "/") : url.pathname}${query}`;
}
