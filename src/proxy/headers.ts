// Header handling: hop-by-hop headers never cross the proxy; what is left is copied faithfully.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade"]);

/** rawHeaders (name, value, name, value …) less hop-by-hop ones and those the Connection header names. */
export function endToEnd(raw: string[]): Array<[string, string]> {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === "connection") for (const t of raw[i + 1]!.split(",")) named.add(t.trim().toLowerCase());
  }
  const out: Array<[string, string]> = [];
  for (let i = 0; i < raw.length; i += 2) {
    const n = raw[i]!.toLowerCase();
    // HTTP/2 pseudo-headers (:method, :authority …) describe the request; they are not headers to forward.
    if (!HOP_BY_HOP.has(n) && !named.has(n) && !n.startsWith(":")) out.push([raw[i]!, raw[i + 1]!]);
  }
  return out;
}

export function toOutgoing(pairs: Array<[string, string]>): OutgoingHttpHeaders {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of pairs) {
    const cur = out[k];
    out[k] = cur === undefined ? v : Array.isArray(cur) ? [...cur, v] : [cur, v];
  }
  return out;
}

export function header(h: IncomingHttpHeaders, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

/** A single, well-formed Content-Length (a size hint for reading the body), else undefined. */
export function contentLength(h: IncomingHttpHeaders | Record<string, string>): number | undefined {
  const v = h["content-length"];
  if (typeof v !== "string" || !/^\d{1,15}$/.test(v)) return undefined;
  return Number(v);
}
