// Deterministic fake-credential builder for the heldout-v corpus. Not a *.cases.ts file, so the
// loader skips it. Every credential-shaped value is assembled here at run time from a split
// prefix and a body drawn from a fixed-seed PRNG; the repository holds no literal live-looking key.
import { mulberry32, randomString } from "../../helpers/prng.ts";

export const A = {
  UP: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO: "abcdefghijklmnopqrstuvwxyz",
  DIG: "0123456789",
  HEX: "0123456789abcdef",
  HEXU: "0123456789ABCDEF",
  AN: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  B64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  B64U: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  B32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  BECH: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
};

export function makeGen(seed: number) {
  const rnd = mulberry32(seed);
  const s = (n: number, alpha: string = A.AN) => randomString(rnd, n, alpha);
  const j = (...parts: string[]) => parts.join("");
  return {
    s,
    j,
    hex: (n: number) => s(n, A.HEX),
    an: (n: number) => s(n, A.AN),
    lo: (n: number) => s(n, A.LO + A.DIG),
    up: (n: number) => s(n, A.UP + A.DIG),
    dig: (n: number) => s(n, A.DIG),
    b64: (n: number) => s(n, A.B64),
    b64u: (n: number) => s(n, A.B64U),
    uuid: () => [s(8, A.HEX), s(4, A.HEX), "4" + s(3, A.HEX), "a" + s(3, A.HEX), s(12, A.HEX)].join("-"),
    jwt: (claims: Record<string, unknown>, alg = "HS256") =>
      [
        b64url(JSON.stringify({ alg, typ: "JWT" })),
        b64url(JSON.stringify(claims)),
        s(43, A.B64U),
      ].join("."),
    pem: (label: string, lines: number) => {
      const body: string[] = [];
      for (let i = 0; i < lines; i++) body.push(s(64, A.B64));
      body.push(s(40, A.B64) + "==");
      return [j("-----BEGIN ", label, "-----"), ...body, j("-----END ", label, "-----")].join("\n");
    },
  };
}

export const b64 = (x: string) => Buffer.from(x, "utf8").toString("base64");
export const b64url = (x: string) => Buffer.from(x, "utf8").toString("base64url");
export const hexOf = (x: string) => Buffer.from(x, "utf8").toString("hex");
export const pctAll = (x: string) => [...x].map((c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()).join("");
export function base32(x: string): string {
  const bytes = Buffer.from(x, "utf8");
  let bits = 0, val = 0, out = "";
  for (const b of bytes) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += A.B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += A.B32[(val << (5 - bits)) & 31];
  return out;
}
