// `strip` action: remove what was found and keep the rest of the document valid. HTML: a hidden
// element or comment goes whole, visible text loses only its characters (tags stay). JSON: only
// characters inside string values are removed, never across an escape, so it still parses.
import { HiddenIndex, looksLikeHtml } from "./hidden.ts";
import type { InjectionResult } from "./index.ts";

type Span = [number, number];

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const sp of sorted) {
    const last = out[out.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push([sp[0], sp[1]]);
  }
  return out;
}

function removeSpans(text: string, spans: Span[]): string {
  let out = "";
  let pos = 0;
  for (const [s, e] of spans) {
    out += text.slice(pos, s);
    pos = Math.max(pos, e);
  }
  return out + text.slice(pos);
}

interface JsonString {
  /** Content range (inside the quotes). */
  start: number;
  end: number;
  /** Offsets where a character (or a whole escape sequence) starts, plus `end`. */
  boundaries: number[];
}

/** String VALUES of a JSON text (object keys excluded), with their escape-safe cut points. */
function jsonStringValues(text: string): JsonString[] {
  const out: JsonString[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    const start = i + 1;
    const boundaries: number[] = [];
    let j = start;
    while (j < text.length && text[j] !== '"') {
      boundaries.push(j);
      if (text[j] === "\\") j += text[j + 1] === "u" ? 6 : 2;
      else j++;
    }
    const end = Math.min(j, text.length);
    boundaries.push(end);
    let k = end + 1;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (text[k] !== ":") out.push({ start, end, boundaries });
    i = end + 1;
  }
  return out;
}

function clipToJsonStrings(text: string, spans: Span[]): Span[] {
  const strings = jsonStringValues(text);
  const out: Span[] = [];
  for (const [s, e] of spans) {
    for (const str of strings) {
      if (str.end <= s || str.start >= e) continue;
      let a = Math.max(s, str.start);
      let b = Math.min(e, str.end);
      // Snap to escape boundaries: never cut `\uXXXX` or `\"` in half.
      a = str.boundaries.filter((x) => x <= a).pop() ?? str.start;
      b = str.boundaries.find((x) => x >= b) ?? str.end;
      if (b > a) out.push([a, b]);
    }
  }
  return merge(out);
}

function isJson(text: string, contentType?: string): boolean {
  if (contentType !== undefined && !/json/i.test(contentType) && !/^\s*[[{"]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** In HTML, removing a visible span must not cut tags: remove only the text between them. */
function textOnly(text: string, [s, e]: Span): Span[] {
  const out: Span[] = [];
  const tag = /<[^<>]{0,4000}>/g;
  tag.lastIndex = s;
  let pos = s;
  for (let m = tag.exec(text); m !== null && m.index < e; m = tag.exec(text)) {
    if (m.index > pos) out.push([pos, m.index]);
    pos = m.index + m[0].length;
  }
  if (pos < e) out.push([pos, e]);
  return out;
}

export function stripInjection(text: string, result: InjectionResult, opts: { contentType?: string } = {}): string {
  if (result.findings.length === 0) return text;
  const json = isJson(text, opts.contentType);
  const html = looksLikeHtml(text, opts.contentType);
  const idx = html ? new HiddenIndex(text) : null;
  const spans: Span[] = [];
  for (const f of result.findings) {
    const region = idx?.locate(f.start, f.end);
    if (region && region.kind !== "non-rendered") spans.push([region.start, region.end]);
    else if (html && !json) spans.push(...textOnly(text, [f.start, f.end]));
    else spans.push([f.start, f.end]);
  }
  const merged = merge(spans);
  if (!json) return removeSpans(text, merged);
  const stripped = removeSpans(text, clipToJsonStrings(text, merged));
  try {
    JSON.parse(stripped);
    return stripped;
  } catch {
    // Fallback: empty every string value the findings touched.
    const whole = jsonStringValues(text).filter((s) => merged.some(([a, b]) => a < s.end && s.start < b)).map((s) => [s.start, s.end] as Span);
    return removeSpans(text, merge(whole));
  }
}
