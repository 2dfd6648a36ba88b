// Run-time builders for fake credentials (seeded, deterministic). Not a *.cases.ts file, so the
// loader skips it. Prefixes are split so the repository never holds a live-looking literal.
import { mulberry32 as prng, randomString, randomBytes } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64URL = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

export function makeGen(seed: number) {
  const r = prng(seed);
  const s = (n: number, cs: string = AN) => randomString(r, n, cs);
  const j = (...p: string[]) => p.join("");
  const bytes = (n: number) => Array.from(randomBytes(r, n));
  const b64 = (n: number) => Buffer.from(bytes(n)).toString("base64");
  const b64u = (x: string) => Buffer.from(x).toString("base64url");
  const uuid = () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), "a" + s(3, HEX), s(12, HEX)].join("-");
  const digits = (n: number) => String(1 + Math.floor(r() * 9)) + s(n - 1, DG);
  const pem = (label: string, nBytes: number) => {
    const body = b64(nBytes).replace(/(.{64})/g, "$1\n").trim();
    return j("-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----");
  };
  const jwt = (payload: Record<string, unknown>, alg = "HS256") =>
    [b64u(JSON.stringify({ alg, typ: "JWT" })), b64u(JSON.stringify(payload)), s(alg.startsWith("RS") ? 342 : 43, B64URL)].join(".");
  return { r, s, j, bytes, b64, b64u, uuid, digits, pem, jwt };
}
