// String literals with escapes (JSON, JS, Python): unescaped with a map back to the original,
// so `-----BEGIN…\n…` and `g\u200bhp_…` inside a JSON value are scanned as their real text.
import type { Normalized } from "./normalize.ts";

const LITERAL = /"((?:[^"\\\r\n]|\\.){1,65536})"|'((?:[^'\\\r\n]|\\.){1,65536})'/g;

/** Literals containing backslash escapes, unescaped. Offsets map into `text`. */
export function findEscapedLiterals(text: string): Normalized[] {
  if (!text.includes("\\")) return [];
  const out: Normalized[] = [];
  LITERAL.lastIndex = 0;
  for (let m = LITERAL.exec(text); m !== null; m = LITERAL.exec(text)) {
    const body = m[1] ?? m[2] ?? "";
    if (!body.includes("\\")) continue;
    const u = unescapeBody(body, m.index + 1);
    if (u) out.push(u);
  }
  return out;
}

function unescapeBody(body: string, offset: number): Normalized | null {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (const c of s) {
      chars.push(c);
      starts.push(offset + from);
      ends.push(offset + to);
    }
  };
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c !== "\\") {
      push(c, i, i + 1);
      i++;
      continue;
    }
    const n = body[i + 1] ?? "";
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0", "/": "/", "\\": "\\", '"': '"', "'": "'" };
    if (n in simple) {
      push(simple[n]!, i, i + 2);
      i += 2;
    } else if (n === "u" && body[i + 2] === "{") {
      const close = body.indexOf("}", i + 3);
      const cp = close > 0 ? parseInt(body.slice(i + 3, close), 16) : NaN;
      if (!Number.isFinite(cp) || cp > 0x10ffff) return null;
      push(String.fromCodePoint(cp), i, close + 1);
      i = close + 1;
    } else if (n === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      push(String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      push(String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16)), i, i + 4);
      i += 4;
    } else {
      push(n, i, i + 2);
      i += 2;
    }
  }
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
