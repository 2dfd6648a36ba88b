// IP literals in every notation a URL parser or a resolver accepts, and their class. Shared with
// the proxy's SSRF guard: `classifyIp(host)` answers "where would a connection to this go?".
//
// IPv4 follows inet_aton / the WHATWG URL host parser: 1–4 parts, each decimal, octal (leading 0)
// or hex (0x), the last part filling the remaining bytes — so 2130706433, 0x7f000001, 0177.0.0.1,
// 127.1 and 0x7f.1 are all 127.0.0.1. IPv6 accepts `::` compression, an embedded dotted IPv4 tail,
// brackets and a zone id; IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses are classed by
// the IPv4 address they carry.

export type IpClass = "public" | "private" | "loopback" | "link-local" | "metadata" | "unspecified" | "cgnat" | "multicast" | "reserved";

export interface IpLiteral {
  /** Canonical text: dotted quad, or RFC 5952 IPv6 (mapped addresses as ::ffff:a.b.c.d). */
  ip: string;
  family: 4 | 6;
  /** How it was written: "dotted" is the only ordinary IPv4 notation. */
  notation: "dotted" | "decimal" | "octal" | "hex" | "short" | "mixed" | "ipv6" | "ipv4-mapped" | "ipv4-embedded";
  /** IPv4: the 32-bit value; IPv6: undefined. */
  v4?: number;
  /** IPv6: eight 16-bit groups. */
  groups?: number[];
}

export interface IpClassification {
  ip: string;
  family: 4 | 6;
  class: IpClass;
}

function parseV4Part(p: string): { value: number; kind: "decimal" | "octal" | "hex" } | null {
  if (/^0[xX][0-9a-fA-F]*$/.test(p)) return { value: p.length === 2 ? 0 : parseInt(p.slice(2), 16), kind: "hex" };
  if (/^0[0-7]+$/.test(p)) return { value: parseInt(p.slice(1), 8), kind: "octal" };
  if (/^(?:0|[1-9][0-9]*)$/.test(p)) return { value: Number(p), kind: "decimal" };
  return null;
}

export function formatV4(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join(".");
}

function parseV4(host: string): IpLiteral | null {
  const h = host.endsWith(".") ? host.slice(0, -1) : host;
  if (h.length === 0 || h.length > 64) return null;
  const parts = h.split(".");
  if (parts.length > 4) return null;
  const parsed = parts.map(parseV4Part);
  if (parsed.some((p) => p === null)) return null;
  const ps = parsed as Array<{ value: number; kind: "decimal" | "octal" | "hex" }>;
  const n = ps.length;
  let v = 0;
  for (let i = 0; i < n - 1; i++) {
    if (ps[i]!.value > 255) return null;
    v = v * 256 + ps[i]!.value;
  }
  const lastBytes = 5 - n;
  const last = ps[n - 1]!.value;
  if (last >= 2 ** (8 * lastBytes)) return null;
  v = v * 2 ** (8 * lastBytes) + last;
  const kinds = new Set(ps.map((p) => p.kind));
  let notation: IpLiteral["notation"];
  if (n === 4 && kinds.size === 1 && kinds.has("decimal")) notation = "dotted";
  else if (n === 1 && kinds.has("decimal")) notation = "decimal";
  else if (kinds.size > 1) notation = "mixed";
  else if (kinds.has("hex")) notation = "hex";
  else if (kinds.has("octal")) notation = "octal";
  else notation = "short";
  return { ip: formatV4(v), family: 4, notation, v4: v >>> 0 };
}

function parseV6Groups(s: string): number[] | null {
  if (s.length > 64 || !/^[0-9a-fA-F:.]+$/.test(s)) return null;
  let body = s;
  if (s.includes(".")) {
    // Dotted IPv4 tail → two hex groups.
    const lastColon = s.lastIndexOf(":");
    const v4 = parseV4(s.slice(lastColon + 1));
    if (!v4 || v4.notation !== "dotted") return null;
    body = `${s.slice(0, lastColon + 1)}${(v4.v4! >>> 16).toString(16)}:${(v4.v4! & 0xffff).toString(16)}`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const toGroups = (x: string) => (x === "" ? [] : x.split(":"));
  const head = toGroups(halves[0]!);
  const rest = halves.length === 2 ? toGroups(halves[1]!) : [];
  for (const g of [...head, ...rest]) if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
  const total = head.length + rest.length;
  if (halves.length === 1 && total !== 8) return null;
  if (halves.length === 2 && total > 7) return null;
  const fill: number[] = halves.length === 2 ? new Array(8 - total).fill(0) : [];
  return [...head.map((g) => parseInt(g, 16)), ...fill, ...rest.map((g) => parseInt(g, 16))];
}

function formatV6(g: number[]): string {
  // Longest run (≥2) of zero groups becomes "::".
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

/** Parses a host as an IP literal in any notation; null when it is a name (or not a valid literal). */
export function parseIpLiteral(host: string): IpLiteral | null {
  let h = host.trim();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  const zone = h.indexOf("%");
  if (zone >= 0 && h.includes(":")) h = h.slice(0, zone);
  if (h.includes(":")) {
    const groups = parseV6Groups(h);
    if (!groups) return null;
    const embedded = embeddedV4(groups);
    if (embedded && embedded.kind === "mapped") {
      return { ip: `::ffff:${formatV4(embedded.v4)}`, family: 6, notation: "ipv4-mapped", groups, v4: embedded.v4 };
    }
    return { ip: formatV6(groups), family: 6, notation: embedded ? "ipv4-embedded" : "ipv6", groups, ...(embedded ? { v4: embedded.v4 } : {}) };
  }
  return parseV4(h);
}

/** IPv4 carried inside an IPv6 address: mapped (::ffff:0:0/96), compatible (::/96), NAT64, 6to4. */
function embeddedV4(g: number[]): { v4: number; kind: "mapped" | "compatible" | "nat64" | "6to4" } | null {
  const low = ((g[6]! << 16) | g[7]!) >>> 0;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return { v4: low, kind: "mapped" };
  if (g.slice(0, 6).every((x) => x === 0) && low > 1) return { v4: low, kind: "compatible" };
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return { v4: low, kind: "nat64" };
  if (g[0] === 0x2002) return { v4: ((g[1]! << 16) | g[2]!) >>> 0, kind: "6to4" };
  return null;
}

const inV4 = (v: number, base: string, bits: number): boolean => {
  const b = parseV4(base)!.v4!;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((v & mask) >>> 0) === ((b & mask) >>> 0);
};

const METADATA_V4 = new Set(["169.254.169.254", "169.254.170.2", "169.254.169.253", "169.254.169.123", "100.100.100.200", "192.0.0.192"]);

export function classifyV4(v: number): IpClass {
  const ip = formatV4(v);
  if (METADATA_V4.has(ip)) return "metadata";
  if (v === 0) return "unspecified";
  if (inV4(v, "0.0.0.0", 8)) return "reserved";
  if (inV4(v, "127.0.0.0", 8)) return "loopback";
  if (inV4(v, "10.0.0.0", 8) || inV4(v, "172.16.0.0", 12) || inV4(v, "192.168.0.0", 16)) return "private";
  if (inV4(v, "169.254.0.0", 16)) return "link-local";
  if (inV4(v, "100.64.0.0", 10)) return "cgnat";
  if (inV4(v, "224.0.0.0", 4)) return "multicast";
  if (inV4(v, "240.0.0.0", 4)) return "reserved"; // includes 255.255.255.255
  for (const [b, n] of [["192.0.0.0", 24], ["192.0.2.0", 24], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["192.88.99.0", 24]] as const) {
    if (inV4(v, b, n)) return "reserved";
  }
  return "public";
}

function classifyV6(g: number[]): IpClass {
  if (g.every((x) => x === 0)) return "unspecified";
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return "loopback";
  const emb = embeddedV4(g);
  if (emb) {
    const c = classifyV4(emb.v4);
    if (emb.kind === "mapped" || emb.kind === "compatible") return c;
    return c === "public" ? "public" : c; // NAT64 / 6to4 reach the embedded address
  }
  if (g[0] === 0xfd00 && g[1] === 0x0ec2) return "metadata";
  if ((g[0]! & 0xfe00) === 0xfc00) return "private";
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xffc0) === 0xfec0) return "private";
  if ((g[0]! & 0xff00) === 0xff00) return "multicast";
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "reserved";
  if (g[0] === 0x0100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return "reserved";
  if (g[0] === 0x2001 && g[1]! < 0x0200) return "reserved"; // 2001::/23 (Teredo, benchmarking, ORCHID …)
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return "reserved";
  return "public";
}

/** Class of an IP literal host (any notation, brackets allowed); null when the host is a name. */
export function classifyIp(host: string): IpClassification | null {
  const lit = parseIpLiteral(host);
  if (!lit) return null;
  const cls = lit.family === 4 ? classifyV4(lit.v4!) : classifyV6(lit.groups!);
  return { ip: lit.ip, family: lit.family, class: cls };
}

/** True when `ip` (any notation) lies in `cidr` ("10.0.0.0/8", "fd00::/8", or a bare address). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const slash = cidr.indexOf("/");
  const base = parseIpLiteral(slash < 0 ? cidr : cidr.slice(0, slash));
  const addr = parseIpLiteral(ip);
  if (!base || !addr) return false;
  const toV6 = (l: IpLiteral): number[] => l.groups ?? [0, 0, 0, 0, 0, 0xffff, l.v4! >>> 16, l.v4! & 0xffff];
  const bits = slash < 0 ? (base.family === 4 ? 32 : 128) : Number(cidr.slice(slash + 1));
  if (!Number.isInteger(bits) || bits < 0 || bits > (base.family === 4 ? 32 : 128)) return false;
  const a = toV6(addr);
  const b = toV6(base);
  const total = base.family === 4 ? bits + 96 : bits;
  for (let i = 0; i < 8; i++) {
    const take = Math.max(0, Math.min(16, total - i * 16));
    if (take === 0) break;
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((a[i]! & mask) !== (b[i]! & mask)) return false;
  }
  return true;
}
