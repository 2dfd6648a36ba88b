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

function decodeBase64Run(run: string): { text: string; step: DecodeStep } | null {
  const body = run.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
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

/**
 * Encoded runs in `text` whose decoding is text (not binary), in order of position. `runs` are
 * the long token runs of `text` when the caller already has them (see runs.ts).
 */
export function findEncodedSpans(text: string, runs: Int32Array = findLongRuns(text)): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    const run = text.slice(start, end);
    const hex = /^(?:0x)?((?:[0-9a-fA-F]{2})+)$/.exec(run);
    if (hex) {
      const d = decodeHexRun(hex[1]!);
      if (d) spans.push({ start, end, step: "hex", decoded: d });
      continue;
    }
    const d = decodeBase64Run(run);
    if (d) spans.push({ start, end, step: d.step, decoded: d.text });
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
