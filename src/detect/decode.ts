// Finds encoded runs inside a text (base64, base64url, hex, percent-encoding) and decodes the
// ones that turn out to be text, so a secret hidden by encoding is scanned like any other.
import { findLongRuns } from "./runs.ts";
import { keepOutOfLine } from "./jit.ts";
import type { DecodeStep } from "./types.ts";

export interface EncodedSpan {
  start: number;
  end: number;
  step: DecodeStep;
  decoded: string;
  /** A second step inside the first (base64 → gzip, hex → binary-strings). */
  inner?: DecodeStep;
}

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) HEX_VALUE[c] = c - 48;
  else if (c >= 65 && c <= 70) HEX_VALUE[c] = c - 55;
  else if (c >= 97 && c <= 102) HEX_VALUE[c] = c - 87;
}
const isHexCode = (c: number) => c < 128 && HEX_VALUE[c]! >= 0;
const URL_TOKEN_STOP = /[\s"'<>`]/;
/** A form body's or a query string's first field name and its `=`. */
const FORM_FIELD_START = /^(?:[\w./:-]{0,120}\?)?[\w.-]{1,64}=/;

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

// decodeBase64Run calls these from seven places (directly and through binaryToText, which
// fromBinary brings in): inlined, its FTL compile took 330-415 ms and the decoders' pass ran
// slower (in-process, 55 MB of real code: compile 334 -> 70 ms, pass 138-165 -> 99-123 ms).
keepOutOfLine(bytesToText, utf16Text, printableStrings, fromBinary);

/** Base64 of ASCII text: every 4-char group starts with A-Z or a-f (the byte's top bits < 0x80). */
function quadsLookAscii(body: string, from: number, length: number): boolean {
  const limit = from + Math.min(length, 64);
  for (let i = from; i < limit; i += 4) {
    const c = body.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Base64 (unpadded) and hex lengths of MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 digests. */
const B64_DIGEST_LENGTHS = new Set([22, 27, 38, 43, 64, 86]);
const HEX_DIGEST_LENGTHS = new Set([32, 40, 56, 64]);

/** Decompressed output is bounded: a zip bomb inside a payload costs at most this much. */
const MAX_INFLATE = 1 << 20;
/** Binary blobs decoded to look for printable strings inside: up to this many encoded chars. */
const MAX_BINARY_RUN = 1 << 18;

/**
 * node:zlib, loaded on the first compressed span: it brings node:stream with it (10–15 ms at
 * every start of a command that builds a detector), and most texts hold no compressed data.
 */
let zlib: typeof import("node:zlib") | undefined;
const zlibModule = (): typeof import("node:zlib") => (zlib ??= require("node:zlib") as typeof import("node:zlib"));

/** gzip or zlib data → its text (bomb-bounded), else null. */
function inflateToText(bytes: Uint8Array): { text: string; step: DecodeStep } | null {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const zlib = bytes[0] === 0x78 && (bytes[1] === 0x01 || bytes[1] === 0x5e || bytes[1] === 0x9c || bytes[1] === 0xda);
  if (!gzip && !zlib) return null;
  try {
    const z = zlibModule();
    const out = gzip ? z.gunzipSync(bytes, { maxOutputLength: MAX_INFLATE }) : z.inflateSync(bytes, { maxOutputLength: MAX_INFLATE });
    const text = bytesToText(out) ?? utf16Text(out) ?? printableStrings(out);
    return text === null ? null : { text, step: gzip ? "gzip" : "zlib" };
  } catch {
    return null;
  }
}

/** UTF-16LE (or BE) text: every other byte zero across the first bytes. */
export function utf16Text(bytes: Uint8Array): string | null {
  if (bytes.length < 16) return null;
  let b = 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) b = 2;
  const n = Math.min(bytes.length - b, 128) & ~1;
  let le = 0;
  let be = 0;
  for (let i = b; i < b + n; i += 2) {
    if (bytes[i + 1] === 0 && bytes[i]! >= 0x09 && bytes[i]! < 0x7f) le++;
    if (bytes[i] === 0 && bytes[i + 1]! >= 0x09 && bytes[i + 1]! < 0x7f) be++;
  }
  if (le < n * 0.45 && be < n * 0.45) return null;
  const s = Buffer.from(bytes.subarray(b, b + ((bytes.length - b) & ~1)));
  if (be > le) s.swap16();
  return s.toString("utf16le");
}

/** Printable ASCII runs (16+) inside binary data, one a line; null when there are none. */
export function printableStrings(bytes: Uint8Array): string | null {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0;
    const printable = b >= 0x20 && b < 0x7f;
    if (printable && start < 0) start = i;
    else if (!printable && start >= 0) {
      if (i - start >= 16) out.push(Buffer.from(bytes.subarray(start, i)).toString("latin1"));
      start = -1;
    }
  }
  return out.length > 0 ? out.join("\n") : null;
}

/** Value of each character of either base64 alphabet (`-` and `+` are 62, `_` and `/` 63); -1 for others. */
const B64_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < 64; v++) B64_VALUE["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(v)] = v;
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;

/**
 * Whether binaryToText is sure to find nothing in the bytes `body` decodes to (base64 of one
 * alphabet, no padding, length not 1 mod 4), judged while decoding, without making them: no gzip
 * or zlib header (inflateToText), no zero byte among the first 130 (all utf16Text reads), no 16
 * printable bytes in a row (printableStrings). Most runs of real code that get this far are
 * names, not data (`Type_0_is_not_assignable_to_type_1_2322`: TypeScript's messages, ~8,800 per
 * 55 MB of node_modules), and a Buffer per name cost ~4 µs.
 */
export function binaryReadsNothing(body: string): boolean {
  let acc = 0;
  let bits = 0;
  let k = 0; // bytes so far
  let printable = 0; // printable bytes in a row
  let b0 = -1;
  let b1 = -1;
  for (let i = 0; i < body.length; i++) {
    acc = ((acc << 6) | B64_VALUE[body.charCodeAt(i)]!) & 0xfff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const b = (acc >>> bits) & 0xff;
    if (k === 0) b0 = b;
    else if (k === 1) b1 = b;
    if (b === 0 && k < 130) return false;
    if (b >= 0x20 && b < 0x7f) {
      if (++printable >= 16) return false;
    } else printable = 0;
    k++;
  }
  return !(b0 === 0x1f && b1 === 0x8b) && !(b0 === 0x78 && (b1 === 0x01 || b1 === 0x5e || b1 === 0x9c || b1 === 0xda));
}

/** age's file header (`age-encryption.org/v1`): its stanzas hold an ephemeral public share, a wrapped file key and a MAC. */
const AGE_MAGIC = [...Buffer.from("age-encryption.org/v1\n", "latin1")];

/** Binary bytes: compressed data inflated, UTF-16 text, or the printable strings inside; nothing of an age-encrypted file (ciphertext). */
function binaryToText(bytes: Uint8Array): { text: string; step: DecodeStep | null } | null {
  if (AGE_MAGIC.every((b, i) => bytes[i] === b)) return null;
  const z = inflateToText(bytes);
  if (z) return z;
  const u = utf16Text(bytes);
  if (u) return { text: u, step: "utf16" };
  const p = printableStrings(bytes);
  return p === null ? null : { text: p, step: "binary-strings" };
}

function decodeBase64Run(run: string): { text: string; step: DecodeStep; inner?: DecodeStep } | null {
  const body = run.charCodeAt(run.length - 1) === 61 ? run.replace(/=+$/, "") : run;
  if (body.length % 4 === 1) return null;
  if (!quadsLookAscii(body, 0, body.length)) {
    // Binary: compressed data, UTF-16 text or a blob holding strings.
    if (!binaryCandidate(body)) return null;
    const urlSafeBin = /[-_]/.test(body);
    if (urlSafeBin && /[+/]/.test(body)) return null;
    if (binaryReadsNothing(body)) return null;
    return fromBinary(Buffer.from(urlSafeBin ? body.replace(/-/g, "+").replace(/_/g, "/") : body, "base64"), urlSafeBin);
  }
  // Text payloads are what can hide a secret. (UTF-8 text with non-ASCII in its first bytes is
  // the price: rare in credentials.)
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return null;
  // Base64 of text mixes cases; all-lowercase runs are identifiers, all-digit runs are numbers.
  if (!/[a-z]/.test(body) || !/[A-Z0-9]/.test(body)) return null;
  if (/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(body)) return null;
  const std = urlSafe ? body.replace(/-/g, "+").replace(/_/g, "/") : body;
  // Long runs (data URIs, bundles): reject on the first 48 bytes before decoding the rest.
  if (std.length > 128) {
    const head = Buffer.from(std.slice(0, 64), "base64");
    if (bytesToText(head) === null && utf16Text(head) === null && printableStrings(head) === null) return null;
  }
  const bytes = Buffer.from(std, "base64");
  const text = bytesToText(bytes);
  if (text !== null) return { text, step: urlSafe ? "base64url" : "base64" };
  const u = utf16Text(bytes);
  if (u !== null) return { text: u, step: urlSafe ? "base64url" : "base64", inner: "utf16" };
  // Text at the start, binary after it: an archive whose first header is a file name
  // (`tar c ~/.ssh | base64`). Long runs only, as on the binary path above.
  return binaryCandidate(body) ? fromBinary(bytes, urlSafe) : null;
}

/** A run worth reading as binary: long, read as base64 (digits and both cases), never at a digest's size (lockfile integrity hashes). */
function binaryCandidate(body: string): boolean {
  return body.length >= 64 && body.length <= MAX_BINARY_RUN && !B64_DIGEST_LENGTHS.has(body.length) && /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
}

/** What binary base64 holds (binaryToText), under the base64 step it was decoded by. */
function fromBinary(bytes: Uint8Array, urlSafe: boolean): { text: string; step: DecodeStep; inner?: DecodeStep } | null {
  const b = binaryToText(bytes);
  if (!b) return null;
  const outer: DecodeStep = urlSafe ? "base64url" : "base64";
  return b.step === null ? { text: b.text, step: outer } : { text: b.text, step: outer, inner: b.step };
}

/** `digits` (hex digits only, even length) ends where a binary decode would give up: too short, a digest's size or too long. */
function hexBinaryOutOfReach(length: number): boolean {
  return length < 48 || HEX_DIGEST_LENGTHS.has(length) || length > MAX_BINARY_RUN;
}

/** Whether hex digits hold a byte that makes bytesToText refuse them (a control byte), read in place. */
function hexHasControlByte(digits: string): boolean {
  for (let i = 0; i + 1 < digits.length; i += 2) {
    const b = (HEX_VALUE[digits.charCodeAt(i)]! << 4) | HEX_VALUE[digits.charCodeAt(i + 1)]!;
    if (b < 0x20 ? b !== 9 && b !== 10 && b !== 13 : b === 0x7f) return true;
  }
  return false;
}

/** `run`: hex digits only (hexDigitsAt checked them), so there is no `\x`, `0x` or separator to remove. */
function decodeHexRun(digits: string): { text: string; inner?: DecodeStep } | null {
  if (digits.length % 2 !== 0) return null;
  // Hashes (random bytes) hold a control byte within a few bytes: refused without a Buffer when
  // the binary reading below is out of reach too.
  if (hexBinaryOutOfReach(digits.length) && hexHasControlByte(digits)) return null;
  const bytes = Buffer.from(digits, "hex");
  const text = bytesToText(bytes);
  if (text !== null) return { text };
  // Hashes are hex of binary too: not decoded at digest sizes; longer runs give up strings of 16+ printable bytes.
  if (hexBinaryOutOfReach(digits.length)) return null;
  const b = binaryToText(bytes);
  return b === null ? null : b.step === null || b.step === "binary-strings" ? { text: b.text, inner: b.step ?? undefined } : { text: b.text, inner: b.step };
}

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Base32 (RFC 4648, one case, optional padding) of text, else null. */
function decodeBase32Run(run: string): string | null {
  const body = run.replace(/=+$/, "").toUpperCase();
  if (body.length < 16 || ![0, 2, 4, 5, 7].includes(body.length % 8)) return null;
  const out = new Uint8Array(Math.floor((body.length * 5) / 8));
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < body.length; i++) {
    const v = B32.indexOf(body[i]!);
    if (v < 0) return null;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >>> bits) & 255;
    }
  }
  return bytesToText(out);
}

/**
 * Quoted-printable without its header (a mail body pasted alone): soft line breaks ("=" ending a
 * line) together with an encoded "=" (=3D) or lines broken at QP's 76 columns. Code has "=" at
 * line ends and "=10"-like text too, but not both signs in a short text.
 */
function qpWithoutHeader(text: string): { index: number; 0: string } | null {
  if (text.length > 256 * 1024) return null;
  const soft = /=\r?\n/.exec(text);
  if (soft === null) return null;
  if (!/=3D/.test(text) && !qpFullLine(text, soft.index)) return null;
  const lineStart = text.lastIndexOf("\n", soft.index) + 1;
  return { index: lineStart, 0: "" };
}

/**
 * Whether a line of exactly 75 characters ends with a soft line break: what
 * /(?:^|\n)[^\n]{75}=\r?\n/ finds, tried only at the soft breaks (from the first, at `from`)
 * instead of at every position of the text (code is full of "=\n" at line ends).
 */
function qpFullLine(text: string, from: number): boolean {
  // The next "=\n" and "=\r\n" at or after the position tried (-1: none left).
  let a = text.indexOf("=\n", from);
  let b = softCrLf(text, from);
  while (a >= 0 || b >= 0) {
    const i = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (i >= 75 && (i === 75 || text.charCodeAt(i - 76) === 10) && text.indexOf("\n", i - 75) > i) return true;
    if (i === a) a = text.indexOf("=\n", i + 1);
    if (i === b) b = softCrLf(text, i + 1);
  }
  return false;
}

/**
 * text.indexOf("=\r\n", from), found as "=\r" then "\n": JavaScriptCore searches this 3-character
 * needle ~35x slower than a 2-character one (25 ms vs 0.7 ms per 20 MB of text without it).
 */
function softCrLf(text: string, from: number): number {
  for (let p = text.indexOf("=\r", from); p >= 0; p = text.indexOf("=\r", p + 1)) if (text.charCodeAt(p + 2) === 10) return p;
  return -1;
}

/**
 * Cheap test before the case-insensitive header regex: "transfer-" in any case, found from its
 * "r-" (JavaScriptCore searches a two-character needle 4x faster than "ransfer-": 10 ms per 20 MB
 * of real code for each case spelled out, against 2.4 ms for this).
 */
function hasQpHeader(text: string): boolean {
  for (let p = text.indexOf("r-"); p >= 0; p = text.indexOf("r-", p + 2)) {
    if (p >= 6 && (text.charCodeAt(p - 1) | 32) === 101 && text.slice(p - 6, p + 2).toLowerCase() === "ransfer-") return true;
  }
  return false;
}

/**
 * What QP_MARK.exec finds in a text that passed hasQpHeader: the pattern tried (sticky) only where
 * its "r-" (or "R-") can stand, 15 characters into a match, in text order. HTTP code is full of
 * "Transfer-Encoding": run over the whole text, the case-insensitive pattern cost ~3 ms per such MiB.
 */
function qpHeader(text: string): RegExpExecArray | null {
  let lower = text.indexOf("r-", 15);
  let upper = text.indexOf("R-", 15);
  while (lower >= 0 || upper >= 0) {
    const p = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    if (p === lower) lower = text.indexOf("r-", p + 2);
    else upper = text.indexOf("R-", p + 2);
    QP_MARK.lastIndex = p - 15;
    const m = QP_MARK.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** Quoted-printable (MIME): soft line breaks and =XX escapes undone. */
export function quotedPrintableDecode(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) {
      if (s[i + 1] === "\n") { i += 1; continue; }
      if (s[i + 1] === "\r" && s[i + 2] === "\n") { i += 2; continue; }
      const h = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(h)) { bytes.push(parseInt(h, 16)); i += 2; continue; }
    }
    if (c < 128) bytes.push(c);
    else for (const b of Buffer.from(s[i]!, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Quoted-printable is declared (a MIME part's Content-Transfer-Encoding): code is full of "=\n" and "=10". */
const QP_MARK = /content-transfer-encoding:[ \t]*quoted-printable/iy;
const MIME_Q_WORD = /=\?[\w.-]{1,40}(?:\*[\w-]{1,20})?\?[Qq]\?([^?\s]{1,2000})\?=/y;
const QP_ESCAPE = /=[0-9A-F]{2}/;
/** One scan for what UTF-16 text (NUL) and quoted-printable (a soft line break) need. */
/**
 * UTF-16LE text read one byte per character ("t\0o\0k\0…"): maximal runs of 8+ pairs of a printable
 * ASCII character and a NUL, as [start, end) pairs; what /(?:[\x09\x0a\x0d\x20-\x7e]\x00){8,}/g
 * matches. (That pattern kept a backtracking frame per pair: 0.7 s for a megabyte of such text.)
 */
export function utf16Runs(text: string): number[] {
  const out: number[] = [];
  const printable = (c: number) => (c >= 0x20 && c <= 0x7e) || c === 9 || c === 10 || c === 13;
  for (let nul = text.indexOf("\0"); nul >= 0; ) {
    // A pair ends at each NUL: the run that starts one character before it, as far as it goes.
    const start = nul - 1;
    let end = start;
    while (end >= 0 && end + 1 < text.length && printable(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0) end += 2;
    if (end - start >= 16) {
      out.push(start, end);
      nul = text.indexOf("\0", end);
    } else nul = text.indexOf("\0", nul + 1);
  }
  return out;
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
const HTML_RUN = /(?:&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);|[^\s<>"'&])+/y;
const HTML_ENTITY_AT = new RegExp(HTML_ENTITY.source, "y");

/** Characters of an entity-bearing run other than "&" (see HTML_RUN). */
function isHtmlRunChar(c: number): boolean {
  return !(c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 60 || c === 62 || c === 34 || c === 39 || c === 38 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff);
}
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlDecode(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e]!;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
  });
}

const URL_SAFE = 1;
const STANDARD = 2;

/** Which base64 alphabets text[from, to) shows: URL_SAFE for "-" or "_", STANDARD for "+" or "/" (what /[-_]/ and /[+/]/ test). */
function alphabetsIn(text: string, from: number, to: number): number {
  let a = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 95) a |= URL_SAFE;
    else if (c === 43 || c === 47) a |= STANDARD;
    else continue;
    if (a === 3) break;
  }
  return a;
}

/**
 * Base64 wrapped at a fixed width (MIME, PEM-in-base64): consecutive equal-length lines joined.
 * The runs as they are when none is (a copy made only from the first join on: a real-code MiB
 * holds thousands of runs and rarely a wrapped block).
 */
function mergeWrappedRuns(text: string, runs: Int32Array): Int32Array {
  let out: Int32Array | null = null;
  let k = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const first = i;
    const s0 = runs[i]!;
    let e0 = runs[i + 1]!;
    const width = e0 - s0;
    // Which base64 alphabets the block holds so far, kept per line: testing the whole block again
    // for each line it gains was quadratic (a 1 MiB wrapped blob took seconds). Read from its first
    // line once a second line follows it (most runs have none).
    let urlSafe = false;
    let standard = false;
    let read = false;
    while (width >= 40 && width % 4 === 0 && i + 2 < runs.length) {
      // The gap is one line break ("\n" or "\r\n"), read in place.
      const gapLength = runs[i + 2]! - e0;
      if (!(gapLength === 1 ? text.charCodeAt(e0) === 10 : gapLength === 2 && text.charCodeAt(e0) === 13 && text.charCodeAt(e0 + 1) === 10)) break;
      if (!read) {
        const a = alphabetsIn(text, s0, e0);
        urlSafe = (a & URL_SAFE) !== 0;
        standard = (a & STANDARD) !== 0;
        read = true;
      }
      // A multipart boundary (------WebKitFormBoundary…) or a line in the other base64 alphabet ends the block.
      const ns = runs[i + 2]!;
      const a = alphabetsIn(text, ns, runs[i + 3]!);
      const nextUrlSafe = (a & URL_SAFE) !== 0;
      const nextStandard = (a & STANDARD) !== 0;
      if ((text.charCodeAt(ns) === 45 && text.charCodeAt(ns + 1) === 45 && ns + 2 <= runs[i + 3]!) || (nextUrlSafe && standard) || (nextStandard && urlSafe)) break;
      const nextWidth = runs[i + 3]! - runs[i + 2]!;
      if (nextWidth > width) break;
      urlSafe ||= nextUrlSafe;
      standard ||= nextStandard;
      e0 = runs[i + 3]!;
      i += 2;
      if (nextWidth < width) break;
    }
    if (out === null && i !== first) {
      out = new Int32Array(runs.length);
      out.set(runs.subarray(0, first));
      k = first;
    }
    if (out !== null) {
      out[k++] = s0;
      out[k++] = e0;
    }
  }
  return out === null ? runs : out.subarray(0, k);
}

/**
 * A run under 64 characters that none of the decoders below would decode, judged in place: not
 * hex, not one-case base32, and not base64 of text (a binary decode needs 64+). Nine in ten long
 * runs of real code (identifiers, paths) end here, before their slice is made.
 */
function undecodableShortRun(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === 10) return false;
  if (hexDigitsAt(text, start, end) >= 0 || maybeBase32(text, start, end)) return false;
  let bodyEnd = end;
  while (bodyEnd > start && text.charCodeAt(bodyEnd - 1) === 61) bodyEnd--;
  return (bodyEnd - start) % 4 === 1 || !quadsLookAscii(text, start, bodyEnd - start);
}

/** Where the digits of a hex run start: s[from, to) is an optional "0x" then whole byte pairs; else -1. */
function hexDigitsAt(s: string, from: number, to: number): number {
  const d = s.charCodeAt(from) === 48 && s.charCodeAt(from + 1) === 120 && from + 2 <= to ? from + 2 : from;
  if (to - d < 2 || (to - d) % 2 !== 0) return -1;
  for (let i = d; i < to; i++) if (!isHexCode(s.charCodeAt(i))) return -1;
  return d;
}

/** First characters of a run allow one-case base32 (most identifiers fail within a few). */
function maybeBase32(run: string, from = 0, to = run.length): boolean {
  let upper = false;
  let lower = false;
  for (let i = from; i < to && i < from + 12; i++) {
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (!(c >= 50 && c <= 55) && c !== 61) return false;
    if (upper && lower) return false;
  }
  return true;
}

/** One-case base32 with its padding (lower or upper case, digits 2-7). */
const B32_RUN = /^(?:[A-Z2-7]+|[a-z2-7]+)=*$/;

/**
 * Encoded runs in `text` whose decoding is text (not binary), in order of position. `runs` are
 * the long token runs of `text` when the caller already has them (see runs.ts).
 */
export function findEncodedSpans(text: string, runs: Int32Array = findLongRuns(text)): EncodedSpan[] {
  // One function per decoder family: as one function, JavaScriptCore's top tier spent ~320 ms
  // compiling it (BUN_JSC_reportCompileTimes) in the middle of the real-code benchmark's passes.
  const spans: EncodedSpan[] = [];
  runSpans(text, runs, spans);
  // NUL or a soft line break ("=" ending a line): three native substring searches, not a regex pass.
  const marks = text.includes("\0") || text.includes("=\n") || softCrLf(text, 0) >= 0;
  if (marks) markedSpans(text, spans);
  if (text.includes("=?")) mimeWordSpans(text, spans);
  if (text.includes("&")) htmlSpans(text, spans);
  if (text.includes("%")) percentSpans(text, spans);
  return spans;
}

/** Long token runs (merged when wrapped) that decode as hex, base32 or base64. */
function runSpans(text: string, runs: Int32Array, spans: EncodedSpan[]): void {
  const merged = mergeWrappedRuns(text, runs);
  for (let r = 0; r < merged.length; r += 2) {
    const start = merged[r]!;
    const end = merged[r + 1]!;
    if (end - start < 64 && undecodableShortRun(text, start, end)) continue;
    // Inline images, fonts and media (data: URIs) are not where secrets hide.
    if (end - start >= 64 && text.charCodeAt(start - 1) === 44 && /data:(?:image|font|audio|video)\/[\w.+-]{1,40};base64,$/.test(text.slice(Math.max(0, start - 60), start))) continue;
    const run = end - start > 128 || text.charCodeAt(end - 1) === 10 ? text.slice(start, end).replace(/\r?\n/g, "") : text.slice(start, end);
    const digits = hexDigitsAt(run, 0, run.length);
    if (digits >= 0) {
      const d = decodeHexRun(run.slice(digits));
      if (d) spans.push({ start, end, step: "hex", decoded: d.text, ...(d.inner ? { inner: d.inner } : {}) });
      continue;
    }
    // Base32 (one case, digits 2-7 only): tried where base64 is, before it.
    if (maybeBase32(run) && B32_RUN.test(run) && /[2-7]/.test(run)) {
      const b32 = decodeBase32Run(run);
      if (b32 !== null) {
        spans.push({ start, end, step: "base32", decoded: b32 });
        continue;
      }
    }
    const d = decodeBase64Run(run);
    if (d) spans.push({ start, end, step: d.step, decoded: d.text, ...(d.inner ? { inner: d.inner } : {}) });
  }
}

/** UTF-16LE read one byte per character, and quoted-printable bodies (text with a NUL or a soft line break). */
function markedSpans(text: string, spans: EncodedSpan[]): void {
  if (text.includes("\0")) {
    // UTF-16LE text read one byte per character: "t\0o\0k\0…".
    const runs = utf16Runs(text);
    for (let r = 0; r < runs.length; r += 2) {
      spans.push({ start: runs[r]!, end: runs[r + 1]!, step: "utf16", decoded: text.slice(runs[r]!, runs[r + 1]!).replace(/\x00/g, "") });
    }
  }
  // A quoted-printable body longer than a line has soft line breaks ("=" ending a line).
  const qp = text.includes("=\n") || softCrLf(text, 0) >= 0 ? (hasQpHeader(text) ? qpHeader(text) : null) ?? qpWithoutHeader(text) : null;
  if (qp && QP_ESCAPE.test(text)) {
    // From the declaration (or the first soft line break) to the next MIME boundary (or the end).
    const from = qp.index + qp[0].length;
    const boundary = text.indexOf("\n--", from);
    const to = boundary < 0 ? text.length : boundary;
    const decoded = quotedPrintableDecode(text.slice(from, to));
    if (decoded !== text.slice(from, to)) spans.push({ start: from, end: to, step: "quoted-printable", decoded });
  }
}

/** RFC 2047 Q-encoded words in mail headers ("=?utf-8?q?assistant_instruction=3A_…?="): the mail client shows them decoded. (B-encoded words are base64 runs.) */
function mimeWordSpans(text: string, spans: EncodedSpan[]): void {
  // Tried (sticky) only at each "=?": run over the whole text, the pattern was tried at every
  // position (15 ms per 20 MB of real code, against 2 ms).
  for (let at = text.indexOf("=?"); at >= 0; ) {
    MIME_Q_WORD.lastIndex = at;
    const m = MIME_Q_WORD.exec(text);
    if (m === null) {
      at = text.indexOf("=?", at + 1);
      continue;
    }
    spans.push({ start: at, end: at + m[0].length, step: "quoted-printable", decoded: quotedPrintableDecode(m[1]!.replace(/_/g, " ")) });
    at = text.indexOf("=?", at + m[0].length);
  }
}

/**
 * Only the runs that hold an HTML entity: found from each entity outwards (enumerating every run
 * of a chunk that holds one "&amp;" was most of the decoders' time on real code). Each "&" found
 * by indexOf, the entity pattern tried there (sticky): code is full of "&&", and the pattern run
 * over the whole text cost more than the runs it finds.
 */
function htmlSpans(text: string, spans: EncodedSpan[]): void {
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", HTML_ENTITY_AT.lastIndex)) {
    HTML_ENTITY_AT.lastIndex = amp;
    const m = HTML_ENTITY_AT.exec(text);
    if (m === null) {
      HTML_ENTITY_AT.lastIndex = amp + 1;
      continue;
    }
    let s = m.index;
    while (s > 0 && isHtmlRunChar(text.charCodeAt(s - 1))) s--;
    // Entities and plain characters after it, up to a stop character.
    HTML_RUN.lastIndex = m.index;
    const run = HTML_RUN.exec(text);
    const e = run !== null && run.index === m.index ? m.index + run[0].length : m.index + m[0].length;
    const raw = text.slice(s, e);
    if (raw.length >= 4) {
      const decoded = htmlDecode(raw);
      if (decoded !== raw) spans.push({ start: s, end: e, step: "html", decoded });
    }
    HTML_ENTITY_AT.lastIndex = Math.max(e, m.index + 1);
  }
}

/** Percent-encoded runs: each "%" found by indexOf, with two hex digits after it (code is full of "%" operators). */
function percentSpans(text: string, spans: EncodedSpan[]): void {
  let coveredTo = -1;
  let from = 0;
  for (let at = text.indexOf("%"); at >= 0; at = text.indexOf("%", from)) {
    from = at + 1;
    if (!isHexCode(text.charCodeAt(at + 1)) || !isHexCode(text.charCodeAt(at + 2))) continue;
    from = at + 3;
    if (at < coveredTo) continue;
    let s = at;
    while (s > 0 && !URL_TOKEN_STOP.test(text[s - 1]!)) s--;
    let e = at + 3;
    // A form body's field (`name=…`) runs on over a raw `'` inside it: encodeURIComponent leaves `'` unescaped
    // (`password%3D'…'%3B`).
    const form = FORM_FIELD_START.test(text.slice(s, s + 190));
    while (e < text.length && (!URL_TOKEN_STOP.test(text[e]!) || (form && text.charCodeAt(e) === 39 && e + 1 < text.length && !URL_TOKEN_STOP.test(text[e + 1]!)))) e++;
    coveredTo = e;
    const run = text.slice(s, e);
    const decoded = percentDecode(run, /^[\w.%+-]*=/.test(run) || run.includes("&"));
    if (decoded !== run) spans.push({ start: s, end: e, step: "url", decoded });
    from = e;
  }
}
