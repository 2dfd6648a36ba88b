// The passes: each view is a text derived from the input plus a map back to original offsets.
// Views are built only where they can change something (windows around look-alike characters,
// leetspeak tokens, entities, encoded runs), so a plain page costs one prefilter pass.
import { bytesToText, findEncodedSpans } from "../decode.ts";
import { mapSpan, normalizeForMatch, type Normalized } from "../normalize.ts";
import type { DecodeStep } from "../types.ts";
import { findEscapedLiterals } from "../unescape.ts";
import type { HiddenRegion } from "./hidden.ts";

export interface View {
  text: string;
  /** Maps a span of the view to the original text (decoded views: the whole encoded span). */
  map(start: number, end: number): [number, number];
  path: DecodeStep[];
  note?: string;
  /** Set when everything in the view is hidden from a human (Unicode tag characters, …). */
  hidden?: HiddenRegion;
  /** Run the non-English patterns too (false on homoglyph-folded text). */
  languages: boolean;
}

type Span = [number, number];

/** Merged windows [s-before, e+after) around every match of `re` (global). */
export function windowsAround(text: string, re: RegExp, before: number, after: number, limit = Infinity): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    const s = Math.max(0, m.index - before);
    const e = Math.min(text.length, m.index + m[0].length + after);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else {
      if (out.length >= limit) break;
      out.push([s, e]);
    }
  }
  return out;
}

export function composeMap(outer: View, inner: (s: number, e: number) => Span): (s: number, e: number) => Span {
  return (s, e) => {
    const [a, b] = inner(s, e);
    return outer.map(a, b);
  };
}

/** Whole-span map: every position of a decoded text maps to the encoded span it came from. */
function spanMap(outer: View, start: number, end: number): (s: number, e: number) => Span {
  const span = outer.map(start, end);
  return () => span;
}

function normalizedMap(outer: View, n: Normalized, offset: number): (s: number, e: number) => Span {
  return (s, e) => {
    const [a, b] = mapSpan(n, s, e);
    return outer.map(a + offset, b + offset);
  };
}

// Look-alike letters next to Latin ones (mixed-script words), invisible characters, fullwidth and
// mathematical alphanumerics, circled letters, combining marks: where normalization matters.
const SUSPICIOUS =
  /[A-Za-z][\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0131\u0251\u0261\u1d00-\u1d7f]|[\u0370-\u03ff\u0400-\u052f\u0131\u0251\u0261\u1d00-\u1d7f][A-Za-z]|[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\uff01-\uff5e]|\ud835[\udc00-\udfff]|[\u24b6-\u24e9]|\udb40[\udc00-\udc7f]/g;

/** Invisible characters removed, homoglyphs folded, NFKC — in windows around suspicious characters. */
export function normalizedViews(view: View): View[] {
  const out: View[] = [];
  for (const [s, e] of windowsAround(view.text, SUSPICIOUS, 160, 240)) {
    const n = normalizeForMatch(view.text.slice(s, e));
    if (!n) continue;
    out.push({ text: n.text, map: normalizedMap(view, n, s), path: view.path, note: "found after removing invisible or look-alike characters", languages: false, hidden: view.hidden });
  }
  return out;
}

// Leetspeak: digits and symbols standing for letters inside words.
const LEET_TRIGGER = /[a-z][013457@$!|][a-z]|\b[013457@$][a-z]{2}|[a-z]{2}[013457@$]\b/gi;
const LEET = new Uint16Array(65536);
for (let i = 0; i < 65536; i++) LEET[i] = i;
for (const [from, to] of Object.entries({ "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "!": "i", "|": "l" })) LEET[from.charCodeAt(0)] = to.charCodeAt(0);
const UTF16 = new TextDecoder("utf-16le");

function leetFold(s: string, one: "i" | "l"): string {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = LEET[s.charCodeAt(i)]!;
  if (one === "l") for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) u[i] = 108;
  return UTF16.decode(u);
}

/** Leetspeak folded (length-preserving, so offsets map 1:1), in windows around leet tokens. */
export function leetViews(view: View): View[] {
  const out: View[] = [];
  for (const [s, e] of windowsAround(view.text, LEET_TRIGGER, 160, 240)) {
    const slice = view.text.slice(s, e);
    const n = normalizeForMatch(slice);
    const base = n ? n.text : slice;
    const inner = n ? (a: number, b: number) => { const [x, y] = mapSpan(n, a, b); return [x + s, y + s] as Span; } : (a: number, b: number) => [a + s, b + s] as Span;
    for (const one of base.includes("1") ? (["i", "l"] as const) : (["i"] as const)) {
      out.push({ text: leetFold(base, one), map: composeMap(view, inner), path: view.path, note: "found after folding leetspeak", languages: false, hidden: view.hidden });
    }
  }
  return out;
}

/** Letter-spaced text ("I g n o r e  a l l …"): runs of single letters, squashed. */
const SPACED = /(?:\b[A-Za-z](?:[ .\-_*·•|/]{1,4})){5,}[A-Za-z]\b/g;
export function spacedRuns(view: View): Array<{ squashed: string; start: number; end: number }> {
  const out: Array<{ squashed: string; start: number; end: number }> = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(view.text); m !== null; m = SPACED.exec(view.text)) {
    const [s, e] = view.map(m.index, m.index + m[0].length);
    out.push({ squashed: m[0].replace(/[^A-Za-z]/g, "").toLowerCase(), start: s, end: e });
  }
  return out;
}

/** String literals with escapes (\u0069gnore), unescaped. */
export function escapedViews(view: View): View[] {
  if (!/\\u[0-9a-fA-F]{4}|\\u\{|\\x[0-9a-fA-F]{2}/.test(view.text)) return [];
  return findEscapedLiterals(view.text).map((lit) => ({
    text: lit.text, map: normalizedMap(view, lit, 0), path: [...view.path, "escape" as const], note: "found in an unescaped string literal", languages: true, hidden: view.hidden,
  }));
}

/** base64 / hex / percent-encoded runs that decode to text. */
export function encodedViews(view: View): View[] {
  return findEncodedSpans(view.text).map((sp) => ({
    text: sp.decoded, map: spanMap(view, sp.start, sp.end), path: [...view.path, sp.step], note: `found in ${sp.step}-decoded text`, languages: true, hidden: view.hidden,
  }));
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2]!, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  return NAMED[m[3]!.toLowerCase()] ?? null;
}

const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "wbr", "del", "ins"]);

/**
 * The text a browser shows: tags removed (inline tags join, block tags separate), comments and
 * script/style/template bodies skipped, entities decoded, whitespace runs collapsed. The map is a
 * list of segments (view start, original start, lengths).
 */
export function htmlTextView(text: string): View | null {
  const parts: string[] = [];
  const segV: number[] = [];
  const segO: number[] = [];
  const segVL: number[] = [];
  const segOL: number[] = [];
  let vlen = 0;
  const pushSeg = (s: string, orig: number, origLen: number) => {
    if (s.length === 0) return;
    parts.push(s);
    segV.push(vlen);
    segO.push(orig);
    segVL.push(s.length);
    segOL.push(origLen);
    vlen += s.length;
  };
  const pushText = (from: number, to: number) => {
    const ws = /\s{2,}/g;
    let pos = from;
    const run = text.slice(from, to);
    for (let m = ws.exec(run); m !== null; m = ws.exec(run)) {
      pushSeg(run.slice(pos - from, m.index), pos, m.index - (pos - from));
      pushSeg(" ", from + m.index, m[0].length);
      pos = from + m.index + m[0].length;
    }
    pushSeg(run.slice(pos - from), pos, to - pos);
  };
  const space = (at: number) => {
    if (parts.length > 0 && !parts[parts.length - 1]!.endsWith(" ")) pushSeg(" ", at, 0);
  };
  const next = /[<&]/g;
  let lower: string | null = null;
  let i = 0;
  while (i < text.length) {
    next.lastIndex = i;
    const m = next.exec(text);
    if (!m) {
      pushText(i, text.length);
      break;
    }
    pushText(i, m.index);
    const at = m.index;
    if (text[at] === "&") {
      ENTITY.lastIndex = at;
      const e = ENTITY.exec(text);
      const d = e && e.index === at ? decodeEntity(e) : null;
      if (e && d !== null && e.index === at) {
        pushSeg(d, at, e[0].length);
        i = at + e[0].length;
      } else {
        pushSeg("&", at, 1);
        i = at + 1;
      }
      continue;
    }
    if (text.startsWith("<!--", at)) {
      const close = text.indexOf("-->", at + 4);
      space(at);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][\w:-]{0,40})[^>]{0,4000}>/.exec(text.slice(at, at + 4100));
    if (!tag) {
      pushSeg("<", at, 1);
      i = at + 1;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    i = at + tag[0].length;
    if (!tag[1] && (name === "script" || name === "style" || name === "template")) {
      lower ??= text.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? text.length : close;
      continue;
    }
    if (!INLINE.has(name)) space(at);
  }
  if (parts.length === 0) return null;
  const out = parts.join("");
  const n = segV.length;
  const find = (pos: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segV[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const at = (pos: number, isEnd: boolean): number => {
    const k = find(isEnd ? Math.max(0, pos - 1) : pos);
    const vl = segVL[k]!;
    const ol = segOL[k]!;
    if (vl !== ol) return isEnd ? segO[k]! + ol : segO[k]!;
    return segO[k]! + (pos - segV[k]!);
  };
  return { text: out, map: (s, e) => [at(s, false), Math.max(at(s, false), at(e, true))], path: [], note: "found in the page's visible text", languages: true };
}

/** Entities outside HTML (JSON or text carrying `&#105;gnore`), in windows. */
export function entityViews(view: View): View[] {
  const out: View[] = [];
  for (const [s, e] of windowsAround(view.text, /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|quot);/g, 120, 200)) {
    const v = htmlTextView(view.text.slice(s, e));
    if (!v) continue;
    out.push({ ...v, map: composeMap(view, (a, b) => { const [x, y] = v.map(a, b); return [x + s, y + s]; }), path: view.path, note: "found after decoding HTML entities", hidden: view.hidden });
  }
  return out;
}

export interface Smuggled {
  start: number;
  end: number;
  decoded: string;
  kind: "unicode-tags" | "variation-selectors";
}

const TAG_RUN = /(?:\udb40[\udc00-\udc7f])+/g;
const VS_RUN = /(?:[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){4,}/g;

/** Text smuggled in invisible code points: Unicode tag characters and variation-selector bytes. */
export function findSmuggled(text: string): Smuggled[] {
  const out: Smuggled[] = [];
  if (text.includes("\udb40")) {
    TAG_RUN.lastIndex = 0;
    for (let m = TAG_RUN.exec(text); m !== null; m = TAG_RUN.exec(text)) {
      // Emoji subdivision flags (🏴 + tag letters + cancel tag) are legitimate.
      if (text.slice(Math.max(0, m.index - 2), m.index) === "\ud83c\udff4") continue;
      let decoded = "";
      for (let i = 0; i < m[0].length; i += 2) {
        const cp = m[0].codePointAt(i)! - 0xe0000;
        if (cp >= 0x20 && cp <= 0x7e) decoded += String.fromCharCode(cp);
      }
      if (decoded.length > 0) out.push({ start: m.index, end: m.index + m[0].length, decoded, kind: "unicode-tags" });
    }
  }
  VS_RUN.lastIndex = 0;
  for (let m = VS_RUN.exec(text); m !== null; m = VS_RUN.exec(text)) {
    const bytes: number[] = [];
    for (const ch of m[0]) {
      const cp = ch.codePointAt(0)!;
      bytes.push(cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16);
    }
    const decoded = bytesToText(Uint8Array.from(bytes));
    if (decoded) out.push({ start: m.index, end: m.index + m[0].length, decoded, kind: "variation-selectors" });
  }
  return out;
}
