// What a leaf certificate is for: a DNS name or an IP address (they go in different SAN types).
import { isIP } from "node:net";

export type LeafSubject = { kind: "dns"; name: string } | { kind: "ip"; name: string };

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * Normalizes a host as it arrives from SNI or a CONNECT line: lowercase, no trailing dot, IPv6 without
 * brackets. Throws on anything that cannot be a certificate name (empty, spaces, bad labels, too long).
 */
export function parseLeafHost(input: string): LeafSubject {
  let h = input.trim();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  const ipv = isIP(h);
  if (ipv === 4) return { kind: "ip", name: h };
  if (ipv === 6) return { kind: "ip", name: h.toLowerCase() };
  h = h.toLowerCase();
  if (h.endsWith(".")) h = h.slice(0, -1);
  if (h.length === 0 || h.length > 253) throw new Error(`not a valid host name for a certificate: '${input}'`);
  const labels = h.split(".");
  if (!labels.every((l) => LABEL.test(l))) throw new Error(`not a valid host name for a certificate: '${input}'`);
  return { kind: "dns", name: h };
}
