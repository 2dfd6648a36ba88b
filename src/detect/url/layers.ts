// Decoding layers of one URL piece: repeated percent-decoding, then whole-piece base64 /
// base64url / hex (with or without delimiters) / base32, nested up to a depth. What is still
// decodable at the limit is reported so the caller can fail closed.
import { bytesToText, percentDecode } from "../decode.ts";
import type { DecodeStep } from "../types.ts";

export interface Layer {
  text: string;
  path: DecodeStep[];
  /** Encodings not expressible as a DecodeStep (base32), for notes. */
  notes: string[];
}

/** Percent-decodes until stable, at most `maxDepth` times. `exhausted`: still decodable at the limit. */
export function percentLayers(raw: string, maxDepth: number, plusIsSpace: boolean): { layers: Layer[]; exhausted: boolean } {
  const layers: Layer[] = [{ text: raw, path: [], notes: [] }];
  let cur = raw;
  for (let d = 0; d < maxDepth; d++) {
    if (!/%[0-9A-Fa-f]{2}/.test(cur) && !(plusIsSpace && d === 0 && cur.includes("+"))) return { layers, exhausted: false };
    const next = percentDecode(cur, plusIsSpace && d === 0);
    if (next === cur) return { layers, exhausted: false };
    cur = next;
    layers.push({ text: cur, path: [...layers[layers.length - 1]!.path, "url"], notes: [] });
  }
  return { layers, exhausted: /%[0-9A-Fa-f]{2}/.test(cur) && percentDecode(cur, false) !== cur };
}

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Bytes(s: string): Uint8Array | null {
  const body = s.replace(/=+$/, "").toUpperCase();
  if (![0, 2, 4, 5, 7].includes(body.length % 8)) return null;
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of body) {
    const v = B32.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

/** Decodes a whole piece as one encoding when the result is text. */
export function decodeWhole(s: string): { text: string; step: DecodeStep; note?: string } | null {
  const t = s.trim();
  if (t.length < 8) return null;
  // Hex, with or without a consistent delimiter (41-4b-49-41, 41:4b:…, \x41\x4b, 0x41 0x4b).
  const hexBody = /^(?:\\x|0x)?[0-9a-fA-F]{2}(?:(?:[-:._, ]|\\x|0x|%20)?[0-9a-fA-F]{2}){3,}$/.test(t) ? t.replace(/\\x|0x|%20|[-:._, ]/g, "") : null;
  if (hexBody !== null && hexBody.length % 2 === 0) {
    const text = bytesToText(Uint8Array.from(Buffer.from(hexBody, "hex")));
    if (text) return { text, step: "hex" };
    return null;
  }
  if (t.length >= 16 && /^[A-Za-z2-7]+=*$/.test(t) && (/^[A-Z2-7]+=*$/.test(t) || /^[a-z2-7]+=*$/.test(t))) {
    const bytes = base32Bytes(t);
    const text = bytes ? bytesToText(bytes) : null;
    if (text) return { text, step: "base64", note: "decoded as base32" };
  }
  if (t.length >= 12 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(t) && /[a-z]/.test(t) && /[A-Z0-9]/.test(t)) {
    const url = /[-_]/.test(t);
    if (url && /[+/]/.test(t)) return null;
    const body = t.replace(/=+$/, "");
    if (body.length % 4 === 1) return null;
    const text = bytesToText(Uint8Array.from(Buffer.from(url ? body.replace(/-/g, "+").replace(/_/g, "/") : body, "base64")));
    if (text && /[\x20-\x7e]{4}/.test(text)) return { text, step: url ? "base64url" : "base64" };
  }
  return null;
}

/** Whole-piece decodings nested up to `maxDepth`; `exhausted` when the last one still decodes. */
export function nestedDecodings(s: string, maxDepth: number, basePath: DecodeStep[]): { layers: Layer[]; exhausted: boolean } {
  const layers: Layer[] = [];
  let cur = s;
  let path = basePath;
  let notes: string[] = [];
  for (let d = 0; d < maxDepth; d++) {
    const dec = decodeWhole(cur);
    if (!dec) return { layers, exhausted: false };
    path = [...path, dec.step];
    notes = dec.note ? [...notes, dec.note] : notes;
    cur = dec.text;
    layers.push({ text: cur, path, notes });
  }
  return { layers, exhausted: decodeWhole(cur) !== null };
}
