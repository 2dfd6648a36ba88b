// Helpers for held-out corpus B (no cases here; the loader reads only *.cases.ts and *.jsonl).
import { mulberry32 as prng, randomString } from "../../helpers/prng.ts";
export { mulberry32 as prng } from "../../helpers/prng.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const HEX = "0123456789abcdef";

export function randStr(rnd: () => number, alphabet: string, n: number): string {
  return randomString(rnd, n, alphabet);
}

/** ASCII → Unicode tag characters (invisible in most renderers). */
export const tags = (s: string) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
/** Inserts a zero-width character between the letters of every word. */
export const zwWords = (s: string, zw = "\u200b") => s.replace(/[A-Za-z]{2,}/g, (w) => w.split("").join(zw));
const HOMO: Record<string, string> = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445", y: "\u0443", i: "\u0456", s: "\u0455", A: "\u0410", E: "\u0415", O: "\u041e", T: "\u0422", H: "\u041d", K: "\u041a", M: "\u041c", B: "\u0412" };
export const homoglyph = (s: string) => [...s].map((c) => HOMO[c] ?? c).join("");
export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");
export const hex = (s: string) => Buffer.from(s, "utf8").toString("hex");
export const rot13 = (s: string) => s.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= "Z" ? 65 : 97)));
export const entities = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join("");
export const fullwidth = (s: string) => [...s].map((c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === " " ? "\u3000" : c)).join("");
export const reverse = (s: string) => [...s].reverse().join("");
export const pctAll = (s: string) => [...Buffer.from(s, "utf8")].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
export const base32 = (s: string) => {
  const A = "abcdefghijklmnopqrstuvwxyz234567";
  let bits = 0, val = 0, out = "";
  for (const b of Buffer.from(s, "utf8")) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += A[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += A[(val << (5 - bits)) & 31];
  return out;
};
