// Held-out corpus helpers: a seeded PRNG and builders for credential-shaped values. Nothing here
// is a real credential; every value is assembled at run time so the repo never stores one.
import type { CorpusCase, CorpusKind } from "../types.ts";
import { mulberry32, randomBytes, randomString } from "../../helpers/prng.ts";

export class Rng {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  next(): number {
    return this.r();
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  str(alphabet: string, n: number): string {
    return randomString(this.r, n, alphabet);
  }
  hex(n: number): string {
    return this.str(HEX, n);
  }
  b62(n: number): string {
    return this.str(B62, n);
  }
  b64(n: number): string {
    return this.str(B64, n);
  }
  bytes(n: number): Buffer {
    return Buffer.from(randomBytes(this.r, n));
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** A password a person might pick for a service account: mixed classes, 16-24 chars. */
  password(): string {
    return this.str(B62 + "!@#%^*-_", 16 + this.int(9));
  }
}

export const HEX = "0123456789abcdef";
export const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const B64 = B62 + "+/";
export const B64URL = B62 + "-_";
export const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, "utf8")) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let out = "";
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, "0");
}

/** GitHub-style token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
export function checksummed(prefix: string, r: Rng): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32(body), 6);
}

export const P = {
  ghp: () => "gh" + "p_",
  gho: () => "gh" + "o_",
  ghs: () => "gh" + "s_",
  ghPat: () => "github" + "_pat_",
  glpat: () => "gl" + "pat-",
  npm: () => "np" + "m_",
  pypi: () => "py" + "pi-",
  akia: () => "AK" + "IA",
  asia: () => "AS" + "IA",
  skLive: () => "sk" + "_live_",
  rkLive: () => "rk" + "_live_",
  xoxb: () => "xo" + "xb-",
  xoxp: () => "xo" + "xp-",
  xoxd: () => "xo" + "xd-",
  aiza: () => "AI" + "za",
  skAnt: () => "sk-" + "ant-" + "api03-",
  skProj: () => "sk-" + "proj-",
  hf: () => "h" + "f_",
  sg: () => "S" + "G.",
  hvs: () => "hv" + "s.",
  shpat: () => "shp" + "at_",
  dop: () => "do" + "p_v1_",
  pem: (kind: string) => "-----" + "BEGIN " + kind + " KEY-----",
  pemEnd: (kind: string) => "-----" + "END " + kind + " KEY-----",
};

export function aws(r: Rng): { id: string; secret: string } {
  return { id: P.akia() + r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), secret: r.b64(40) };
}

export function jwt(r: Rng, payload: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${enc({ alg: "HS256", typ: "JWT" })}.${enc(payload)}.${r.bytes(32).toString("base64url")}`;
}

export function pemBody(r: Rng, lines: number): string {
  const out: string[] = [];
  const b = r.bytes(lines * 48).toString("base64");
  for (let i = 0; i < b.length; i += 64) out.push(b.slice(i, i + 64));
  return out.join("\n");
}

/** Case builder bound to one kind. */
export function maker(kind: CorpusKind) {
  return (id: string, category: string, label: "positive" | "benign", text: string, note?: string): CorpusCase =>
    note === undefined ? { id, kind, category, label, text } : { id, kind, category, label, text, note };
}
