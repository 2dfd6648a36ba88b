// Credential-shaped strings among the printable strings of decoded binary data.
//
// Random bytes almost never give 32 printable characters in a row ((95/256)^32 ≈ 1e-14), and what
// real binaries do hold at that length (paths, symbol names, messages, hex digests) is words,
// one-case hex or code. A run of 32–128 token characters mixing upper case, lower case and digits
// at a token's entropy, inside hex- or base64-encoded binary, is a key someone hid in a blob
// (`deadbeef…<hex of a secret>…00ff`): outbound, where it has no name to be matched by.

import { shannonEntropy } from "./entropy.ts";

export interface BinaryToken {
  start: number;
  end: number;
  token: string;
}

/** Bits per character: 40 random base64 characters give ~4.9; camelCase chains and paths ~3.5–4.1. */
const MIN_ENTROPY = 4.3;

/**
 * Tokens in `text`, the printable strings (one a line) of decoded binary bytes. `runs` are the
 * text's long token runs (findLongRuns: 20+ base64/hex characters and up to two "="), which the
 * layer has found already for its decoders; a token is one of 32+ characters before its padding.
 */
export function tokensInBinaryStrings(text: string, runs: Int32Array): BinaryToken[] {
  const out: BinaryToken[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    let body = end;
    while (body > start && text.charCodeAt(body - 1) === 61) body--;
    if (body - start < 32) continue;
    // The string's first characters may be stray printable bytes of the binary around it.
    const token = text.slice(start, end);
    if (token.length > 128 || !tokenShaped(token) || blockLine(text, start, token.length)) continue;
    out.push({ start, end, token });
  }
  return out;
}

function tokenShaped(s: string): boolean {
  // C++ mangled names (_ZNSt7__cxx11…) and Java/ObjC type paths mix cases and digits too.
  if (s.startsWith("_Z") || s.includes("__")) return false;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
  }
  if (upper < 3 || lower < 3 || digit < 2) return false;
  // A slash-separated path (com/example/FooBar2) keeps its words: a segment of 6+ lower-case
  // letters in a row is a word, not a token's random draw.
  if (/[a-z]{7}/.test(s) || ALPHABET.test(s)) return false;
  return shannonEntropy(s) >= MIN_ENTROPY && !repetitive(s) && !identifier(s) && !typeName(s) && !goBuildId(s);
}

/** Codes strung together (IYUVI420YU12I420…): a random draw almost never repeats a 3-character piece. */
function repetitive(s: string): boolean {
  const seen = new Set<string>();
  let repeats = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    const t = s.slice(i, i + 3);
    if (seen.has(t) && ++repeats >= 3) return true;
    seen.add(t);
  }
  return false;
}

/** Words joined (xmlSecGnuTLSKeyDataX509AdoptCert, OSSL_CRMF_MSG_get0): words of 3+ letters cover most of it. */
function identifier(s: string): boolean {
  // snake_case, C symbols and OID names (OSSL_CRMF_MSG_get0_regInfo, id-GostR3410-2001-…): a random draw has a separator or two.
  if (s.split(/[_-]/).length > 4) return true;
  let words = 0;
  for (const m of s.matchAll(/[A-Z][a-z]{2,}|[a-z]{3,}/g)) words += m[0].length;
  return words >= s.length * 0.55;
}

/** A character table (`0123456789abcdEF…`), not a draw from one. */
const ALPHABET = /0123|1234|abcd|ABCD/;

/**
 * A C++ type name as compilers store it (typeinfo `N4llvm2cl15OptionValueBaseIbLb0EEE`): names
 * written as their length then their letters. Two such names is not chance.
 */
function typeName(s: string): boolean {
  // A nested name (N, then its first part's length) or a name then template arguments closed by EE.
  if (/^_?Z?N[1-9]/.test(s) || (/^[1-9]/.test(s) && s.endsWith("EE"))) return true;
  let names = 0;
  for (const m of s.matchAll(/(?<![0-9])([1-9][0-9]?)([A-Za-z_]+)/g)) {
    const n = Number(m[1]);
    if (n >= 2 && m[2]!.length === n && ++names === 2) return true;
  }
  return false;
}

/** The build id every Go binary carries (`actionID/contentID…`): hashes, 20 characters a part. */
function goBuildId(s: string): boolean {
  const parts = s.split("/");
  return parts.length >= 2 && parts.every((p) => p.length === 20);
}

/** A line of a base64 block (a certificate or key body, 64 or 76 to a line): what the PEM rules read, not a token. */
function blockLine(text: string, start: number, length: number): boolean {
  const end = start + length;
  const full = (a: number, b: number) => b - a === 64 || b - a === 76;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineStart !== start || lineEnd !== end) return false;
  // The next line continues the block, or the line before is a full block line.
  const next = /^[A-Za-z0-9+/]{16,}/.test(text.slice(end + 1, end + 17));
  const prevEnd = start - 1;
  const prevStart = prevEnd > 0 ? text.lastIndexOf("\n", prevEnd - 1) + 1 : -1;
  return (full(start, end) && next) || (prevStart >= 0 && full(prevStart, prevEnd) && /^[A-Za-z0-9+/]+$/.test(text.slice(prevStart, prevEnd)));
}
