// Where each string of a JSON text sits: a small JSON walker that records, for every string value
// and object key, its JSON path and the raw span of its content (inside the quotes). Tool findings
// point into the JSON text the agent received.
import { mapSpan } from "../normalize.ts";
import { unescapeBody } from "../unescape.ts";

export type JsonPath = ReadonlyArray<string | number>;

export interface StringSpan {
  /** Content span in the text (inside the quotes). */
  start: number;
  end: number;
}

export const pathKey = (path: JsonPath, isKey = false): string => `${JSON.stringify(path)}${isKey ? "#key" : ""}`;

/** Index of every string value (path) and object key (path + "#key") → raw span. Null on invalid JSON. */
export function locateStrings(text: string): Map<string, StringSpan> | null {
  const out = new Map<string, StringSpan>();
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
  };
  const str = (): StringSpan => {
    if (text[i] !== '"') throw new Error("string expected");
    const start = ++i;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) throw new Error("unterminated string");
    return { start, end: i++ };
  };
  const value = (path: (string | number)[], depth: number): void => {
    if (depth > 256) throw new Error("too deep");
    ws();
    const c = text[i];
    if (c === '"') {
      out.set(pathKey(path), str());
    } else if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        const k = str();
        const key = JSON.parse(text.slice(k.start - 1, k.end + 1)) as string;
        const p = [...path, key];
        out.set(pathKey(p, true), k);
        ws();
        if (text[i++] !== ":") throw new Error(": expected");
        value(p, depth + 1);
        ws();
        const sep = text[i++];
        if (sep === "}") return;
        if (sep !== ",") throw new Error(", expected");
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n], depth + 1);
        ws();
        const sep = text[i++];
        if (sep === "]") return;
        if (sep !== ",") throw new Error(", expected");
      }
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) throw new Error("value expected");
      i += m[0].length;
    }
  };
  try {
    value([], 0);
    return out;
  } catch {
    return null;
  }
}

/** Maps [s,e) of a string's DECODED value to the raw JSON text (escapes taken into account). */
export function mapIntoLiteral(text: string, span: StringSpan, s: number, e: number): [number, number] {
  const raw = text.slice(span.start, span.end);
  if (!raw.includes("\\")) return [span.start + s, span.start + e];
  // The body decoded directly: the literal finder caps a literal at 64 Ki characters, and a file
  // read through resources/read is often longer (its findings then mapped to one character).
  const lit = unescapeBody(raw, 0);
  if (!lit) return [span.start, span.end];
  const [a, b] = mapSpan(lit, s, e);
  return [span.start + a, span.start + b];
}

/** Deepest nesting of arrays/objects in JSON text (strings skipped); stops counting past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
