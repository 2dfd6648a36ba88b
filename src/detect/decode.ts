// Finds encoded runs inside a text (base64, base64url, hex, percent-encoding) and decodes the
// ones that turn out to be text, so a secret hidden by encoding is scanned like any other.
import { findLongRuns } from "./runs.ts";
import type { DecodeStep } from "./types.ts";

export interface EncodedSpan {
  start: number;
  end: number;
  step: DecodeStep;
  decoded: string;
}

const PERCENT = /%[0-9A-Fa-f]{2}/g;
const URL_TOKEN_STOP = /[\s"'<>`]/;

/** Decoded bytes count as text when nearly all are printable ASCII or valid UTF-8 text. */
export function bytesToText(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  let printable = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13) printable++;
    else if (b >= 0x80) high++;
    else return null; // control byte: binary
  }
  if (high === 0) return printable >= bytes.length * 0.95 ? Buffer.from(bytes).toString("latin1") : null;
  const s = Buffer.from(bytes).toString("utf8");
  return s.includes("\ufffd") ? null : s;
}

/** Base64 of ASCII text: every 4-char group starts with A-Z or a-f (the byte's top bits < 0x80). */
function quadsLookAscii(body: string, limit: number): boolean {
  for (let i = 0; i < limit; i += 4) {
    const c = body.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function decodeBase64Run(run: string): { text: string; step: DecodeStep } | null {
  const body = run.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
  // Text payloads are what can hide a secret; binary is rejected without decoding. (UTF-8 text
  // with non-ASCII in its first bytes is the price: rare in credentials.)
  if (!quadsLookAscii(body, Math.min(body.length, 64))) return null;
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return null;
  // Base64 of text mixes cases; all-lowercase runs are identifiers, all-digit runs are numbers.
  if (!/[a-z]/.test(body) || !/[A-Z0-9]/.test(body)) return null;
  if (/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(body)) return null;
  const std = urlSafe ? body.replace(/-/g, "+").replace(/_/g, "/") : body;
  // Long runs (data URIs, bundles): reject on the first 48 bytes before decoding the rest.
  if (std.length > 128 && bytesToText(Buffer.from(std.slice(0, 64), "base64")) === null) return null;
  const bytes = Buffer.from(std, "base64");
  const text = bytesToText(bytes);
  return text === null ? null : { text, step: urlSafe ? "base64url" : "base64" };
}

function decodeHexRun(run: string): string | null {
  const digits = run.replace(/\\x|0x|[:\s,]/g, "");
  if (digits.length % 2 !== 0) return null;
  const bytes = Buffer.from(digits, "hex");
  return bytesToText(bytes);
}

/** Percent-decodes tolerantly: invalid escapes stay as they are; `+` is a space in forms. */
export function percentDecode(s: string, plusIsSpace: boolean): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length + 0 && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 43 && plusIsSpace) bytes.push(32);
    else if (c < 128) bytes.push(c);
    else for (const b of Buffer.from(s[i]!, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

const HTML_ENTITY = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|(?:amp|lt|gt|quot|apos|nbsp);)/;
const HTML_RUN = /(?:&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);|[^\s<>"'&]){4,}/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlDecode(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e]!;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
  });
}

/** Base64 wrapped at a fixed width (MIME, PEM-in-base64): consecutive equal-length lines joined. */
function mergeWrappedRuns(text: string, runs: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i += 2) {
    let s0 = runs[i]!;
    let e0 = runs[i + 1]!;
    const width = e0 - s0;
    while (width >= 40 && width % 4 === 0 && i + 2 < runs.length) {
      const gap = text.slice(e0, runs[i + 2]!);
      if (gap !== "\n" && gap !== "\r\n") break;
      const nextWidth = runs[i + 3]! - runs[i + 2]!;
      if (nextWidth > width) break;
      e0 = runs[i + 3]!;
      i += 2;
      if (nextWidth < width) break;
    }
    out.push([s0, e0]);
  }
  return out;
}

/**
 * Encoded runs in `text` whose decoding is text (not binary), in order of position. `runs` are
 * the long token runs of `text` when the caller already has them (see runs.ts).
 */
export function findEncodedSpans(text: string, runs: Int32Array = findLongRuns(text)): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  for (const [start, end] of mergeWrappedRuns(text, runs)) {
    const run = text.slice(start, end).replace(/\r?\n/g, "");
    const hex = /^(?:0x)?((?:[0-9a-fA-F]{2})+)$/.exec(run);
    if (hex && !/^(?:[0-7][0-9a-fA-F])+$/.test(hex[1]!.slice(0, 64))) continue; // bytes ≥ 0x80 up front: binary
    if (hex) {
      const d = decodeHexRun(hex[1]!);
      if (d) spans.push({ start, end, step: "hex", decoded: d });
      continue;
    }
    const d = decodeBase64Run(run);
    if (d) spans.push({ start, end, step: d.step, decoded: d.text });
  }
  if (text.includes("&") && HTML_ENTITY.test(text)) {
    HTML_RUN.lastIndex = 0;
    for (let m = HTML_RUN.exec(text); m !== null; m = HTML_RUN.exec(text)) {
      if (!HTML_ENTITY.test(m[0])) continue;
      const decoded = htmlDecode(m[0]);
      if (decoded !== m[0]) spans.push({ start: m.index, end: m.index + m[0].length, step: "html", decoded });
    }
  }
  if (text.includes("%")) {
    PERCENT.lastIndex = 0;
    let coveredTo = -1;
    for (let m = PERCENT.exec(text); m !== null; m = PERCENT.exec(text)) {
      if (m.index < coveredTo) continue;
      let s = m.index;
      while (s > 0 && !URL_TOKEN_STOP.test(text[s - 1]!)) s--;
      let e = m.index + 3;
      while (e < text.length && !URL_TOKEN_STOP.test(text[e]!)) e++;
      coveredTo = e;
      const run = text.slice(s, e);
      const decoded = percentDecode(run, /^[\w.%+-]*=/.test(run) || run.includes("&"));
      if (decoded !== run) spans.push({ start: s, end: e, step: "url", decoded });
      PERCENT.lastIndex = e;
    }
  }
  return spans;
}
