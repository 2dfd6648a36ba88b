// Run-time builders for heldout-y4. Nothing credential-shaped is stored literally: every value is a
// split prefix plus a body drawn from a mulberry32 PRNG (high bits: Math.floor(r() * n)), seeded per file.
import { mulberry32, randomString, pick, randomInt } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const B64 = AN + "+/";
export const B64U = AN + "_-";
export const B32 = UP + "234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export const j = (...p: string[]) => p.join("");

export function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}
export function b64url(s: string): string {
  return b64(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

export function mk(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, a: string) => randomString(r, n, a);
  const int = (lo: number, hi: number) => randomInt(r, lo, hi);
  const g = {
    r,
    s,
    int,
    hex: (n: number) => s(n, HEX),
    an: (n: number) => s(n, AN),
    anl: (n: number) => s(n, ANL),
    anu: (n: number) => s(n, ANU),
    b64u: (n: number) => s(n, B64U),
    b64: (n: number) => s(n, B64),
    dig: (n: number) => s(1, "123456789") + s(n - 1, DIG),
    pick: <T>(a: T[]) => pick(r, a),
    uuid: () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), s(1, "89ab") + s(3, HEX), s(12, HEX)].join("-"),
    /** A signed-looking HS256/RS256 JWT with realistic claims; signature random. */
    jwt: (claims: Record<string, unknown>, alg = "HS256", sigLen = 43) =>
      [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(claims)), s(sigLen, B64U)].join("."),
    /** PEM block body: n full lines of 64 base64 chars plus a short last line. */
    pemBody: (lines: number, first = "") => {
      const out: string[] = [];
      let head = first;
      for (let i = 0; i < lines; i++) {
        out.push((head + s(64 - head.length, B64)).slice(0, 64));
        head = "";
      }
      out.push(s(int(20, 60), B64) + g.pick(["", "=", "=="]));
      return out.join("\n");
    },
    pem: (label: string, lines: number, first = "") =>
      [j("-----BEGIN ", label, "-----"), g.pemBody(lines, first), j("-----END ", label, "-----")].join("\n"),
  };
  return g;
}
export type Gen = ReturnType<typeof mk>;
