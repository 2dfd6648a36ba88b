// Encoded media inside a tool definition (a base64 PDF under _meta, a data: URI of an archive in
// a schema default): a definition is text that the model reads and the user approves, and a text
// judge cannot look inside such a blob, so what it carries (instructions in a PDF, a payload in
// an archive) cannot be known. Nothing in a definition needs one; it is refused (fail closed).
// The one place media belongs is the spec's `icons` list: raster images the client draws, which
// never reach the model.
import type { JsonPath } from "./json-locate.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Media types whose bytes are text a scanner reads (svg and other xml kept out: they carry script and hidden text). */
const TEXT_TYPE = /^(?:text\/(?!html)[\w.+-]+|application\/(?:json|[\w.-]+\+json|x-ndjson|yaml|x-yaml|toml|javascript|x-www-form-urlencoded))(?:\s*;.*)?$/i;
const MEDIA_KEY = /^(?:mimeType|mime_type|mimetype|mediaType|media_type|contentType|content_type|type|format)$/;
const DATA_KEY = /^(?:data|blob|bytes|content|base64|body|payload|file|src|uri|url)$/;
const RASTER_ICON = /^image\/(?:png|jpeg|jpg|gif|webp|x-icon|vnd\.microsoft\.icon|bmp|avif)$/i;
const DATA_URI = /^data:([\w.+-]+\/[\w.+-]+)?(?:;[\w.+-]+=[^;,]{0,40})*;base64,/i;
const B64 = /^[A-Za-z0-9+/]{14,}={0,2}$|^[A-Za-z0-9_-]{14,}={0,2}$/;
/** File signatures of binary formats, on the decoded bytes. */
const MAGIC: ReadonlyArray<readonly number[]> = [
  [0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38], [0xff, 0xd8, 0xff],
  [0x7f, 0x45, 0x4c, 0x46], [0x4d, 0x5a], [0x1f, 0x8b], [0x37, 0x7a, 0xbc, 0xaf], [0x52, 0x61, 0x72, 0x21], [0x25, 0x21, 0x50, 0x53],
  [0x4f, 0x67, 0x67, 0x53], [0x52, 0x49, 0x46, 0x46], [0xd0, 0xcf, 0x11, 0xe0], [0xca, 0xfe, 0xba, 0xbe], [0x00, 0x61, 0x73, 0x6d],
];

function decodedHead(b64: string): Uint8Array | null {
  try {
    return Uint8Array.from(Buffer.from(b64.slice(0, 64).replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  } catch {
    return null;
  }
}

function binaryMagic(s: string): boolean {
  if (s.length < 14 || s.length > 50_000_000 || !B64.test(s.slice(0, 4096)) || !B64.test(s)) return false;
  const head = decodedHead(s);
  // A two-byte signature is met by one random digest in 65,536: only a long blob counts on one.
  return head !== null && MAGIC.some((m) => (m.length > 2 || s.length >= 200) && m.every((b, i) => head[i] === b));
}

/** An SVG icon is text: acceptable when it holds no script, event handler, foreign HTML or external reference. */
function cleanSvgIcon(uri: string): boolean {
  const comma = uri.indexOf(",");
  if (comma < 0 || uri.length > 2_000_000) return false;
  let text: string;
  try {
    text = Buffer.from(uri.slice(comma + 1), "base64").toString("utf8");
  } catch {
    return false;
  }
  return !/<script|on[a-z]{2,20}\s*=|<foreignObject|(?:xlink:)?href\s*=\s*["']?(?!#)|javascript:/i.test(text);
}

export interface OpaqueHit {
  path: JsonPath;
  why: string;
}

/** Encoded binary media in a tool definition (icons excepted), bounded in depth and count. */
export function opaqueMedia(tool: Record<string, unknown>, base: JsonPath): OpaqueHit[] {
  const out: OpaqueHit[] = [];
  const walk = (v: unknown, path: JsonPath, depth: number, inIcons: boolean) => {
    if (depth > 12 || out.length >= 4) return;
    if (typeof v === "string") {
      const uri = DATA_URI.exec(v);
      if (uri) {
        const type = uri[1] ?? "";
        const icon = inIcons && (RASTER_ICON.test(type) || (/^image\/svg\+xml$/i.test(type) && cleanSvgIcon(v)));
        if (!TEXT_TYPE.test(type) && !icon) out.push({ path, why: `a base64 data: URI of ${type || "unnamed media"}` });
      } else if (!inIcons && binaryMagic(v)) out.push({ path, why: "base64 of a binary file format" });
      return;
    }
    if (Array.isArray(v)) {
      v.slice(0, 500).forEach((x, i) => walk(x, [...path, i], depth + 1, inIcons));
      return;
    }
    if (!isObject(v)) return;
    // A blob that declares a non-text media type ({mimeType: "application/pdf", data: "…"}).
    const typeKey = Object.keys(v).find((k) => MEDIA_KEY.test(k) && typeof v[k] === "string" && (v[k] as string).includes("/"));
    const type = typeKey !== undefined ? (v[typeKey] as string) : undefined;
    const dataKey = Object.keys(v).find((k) => DATA_KEY.test(k) && typeof v[k] === "string" && (v[k] as string).length >= 8 && !/^(?:https?|file):\/\//i.test(v[k] as string));
    if (type !== undefined && dataKey !== undefined && !TEXT_TYPE.test(type)) {
      const data = v[dataKey] as string;
      const icon = inIcons && (RASTER_ICON.test(type) || (/^image\/svg\+xml$/i.test(type) && DATA_URI.test(data) && cleanSvgIcon(data)));
      if (!icon && (DATA_URI.test(data) || B64.test(data.slice(0, 4096)))) {
        out.push({ path: [...path, dataKey], why: `encoded ${type} content` });
        return;
      }
    }
    for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1, inIcons || (k === "icons" && path.length === base.length));
  };
  walk(tool, base, 0, false);
  return out;
}
