// Run-time builders for heldout-x. Skipped by the loader (not *.cases.ts). Credential-shaped values
// are assembled here from split prefixes and mulberry32 output, so the repo holds no literal token.
import { deflateSync, gzipSync } from "node:zlib";
import { mulberry32, randomString } from "../../helpers/prng.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";

export function gen(seed: number) {
  const rand = mulberry32(seed);
  const pick = (n: number, alphabet = ALNUM) => randomString(rand, n, alphabet);
  return {
    pick,
    hex: (n: number) => pick(n, HEX),
    awsKeyId: () => ["AK", "IA", pick(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""),
    awsSecret: () => pick(40, `${ALNUM}/+`),
    githubPat: () => ["gh", "p_", pick(36)].join(""),
    openai: () => ["sk-", "proj-", pick(48, `${ALNUM}_-`)].join(""),
    slack: () => ["xo", "xb-", pick(12, "0123456789"), "-", pick(13, "0123456789"), "-", pick(24)].join(""),
  };
}

/** Joins a provider prefix kept split in the source with a body. */
export const tok = (...parts: string[]) => parts.join("");
/** Sequential alphabet of length n ("abcdef…", wraps). */
export const seq = (n: number, alphabet = "abcdefghijklmnopqrstuvwxyz") => Array.from({ length: n }, (_, i) => alphabet[i % alphabet.length]).join("");
/** One character repeated. */
export const rep = (c: string, n: number) => c.repeat(n);
/** A word repeated and cut to n characters. */
export const word = (w: string, n: number) => w.repeat(Math.ceil(n / w.length)).slice(0, n);

export const b64 = (s: string) => Buffer.from(s).toString("base64");
export const b64url = (s: string) => Buffer.from(s).toString("base64url").replace(/=+$/, "");
export const hexOf = (s: string) => Buffer.from(s).toString("hex");
export const gzb64 = (s: string) => gzipSync(Buffer.from(s)).toString("base64");
export const zb64 = (s: string) => deflateSync(Buffer.from(s)).toString("base64");
export const utf16b64 = (s: string) => Buffer.from(s, "utf16le").toString("base64");
export const rot13 = (s: string) => s.replace(/[a-z]/gi, (c) => { const b = c <= "Z" ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
export const rev = (s: string) => [...s].reverse().join("");
export const octal = (s: string) => [...s].map((c) => "\\" + c.charCodeAt(0).toString(8).padStart(3, "0")).join("");
export const hexEsc = (s: string) => [...s].map((c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0")).join("");

export function base32(s: string | Buffer): string {
  const buf = typeof s === "string" ? Buffer.from(s) : s;
  const A = "abcdefghijklmnopqrstuvwxyz234567";
  let bits = 0, val = 0, out = "";
  for (const byte of buf) {
    val = (val << 8) | byte; bits += 8;
    while (bits >= 5) { out += A[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += A[(val << (5 - bits)) & 31];
  return out;
}
/** Splits a string into DNS labels of at most n characters. */
export const chunk = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join(".");

let rpcId = 100;
/** A JSON-RPC tools/call request. */
export function call(name: string, args: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: "2.0", id: rpcId++, method: "tools/call", params: { name, arguments: args } });
}
