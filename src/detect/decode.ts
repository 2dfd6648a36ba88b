// Finds encoded runs inside a text (base64, base64url, hex, percent-encoding) and decodes the
// ones that turn out to be text, so a secret hidden by encoding is scanned like any other.
import type { DecodeStep } from "./types.ts";

export interface EncodedSpan {
  start: number;
  end: number;
  step: DecodeStep;
  decoded: string;
}

const B64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_RUN = /(?:\\x|0x)?[0-9a-fA-F]{2}(?:(?:\\x|[:\s,]|0x)?[0-9a-fA-F]{2}){9,}/g;
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
  const bytes = Buffer.from(urlSafe ? body.replace(/-/g, "+").replace(/_/g, "/") : body, "base64");
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

/** Encoded runs in `text` whose decoding is text (not binary), in order of position. */
export function findEncodedSpans(text: string): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  B64_RUN.lastIndex = 0;
  for (let m = B64_RUN.exec(text); m !== null; m = B64_RUN.exec(text)) {
    const run = m[0];
    if (run.length < 20 || /^[0-9a-fA-F]+$/.test(run)) continue; // hex is handled below
    const d = decodeBase64Run(run);
    if (d) spans.push({ start: m.index, end: m.index + run.length, step: d.step, decoded: d.text });
  }
  HEX_RUN.lastIndex = 0;
  for (let m = HEX_RUN.exec(text); m !== null; m = HEX_RUN.exec(text)) {
    const d = decodeHexRun(m[0]);
    if (d) spans.push({ start: m.index, end: m.index + m[0].length, step: "hex", decoded: d });
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
