// Splits a URL into its parts with offsets into the original string (no normalization: the raw
// spelling is evidence). Follows what browsers and fetch accept: a backslash ends the authority
// in special schemes, the LAST "@" ends the userinfo, brackets enclose an IPv6 host.

export type Part = [start: number, end: number];

export interface ParsedUrl {
  scheme: string | null;
  /** Set when the URL has an authority ("//…"). */
  userinfo: Part | null;
  host: Part | null;
  port: Part | null;
  path: Part;
  query: Part | null;
  fragment: Part | null;
}

const SPECIAL = new Set(["http", "https", "ws", "wss", "ftp", "file"]);

export function parseUrl(url: string): ParsedUrl {
  let i = 0;
  let scheme: string | null = null;
  const sm = /^([a-zA-Z][a-zA-Z0-9+.-]{0,30}):/.exec(url);
  // "localhost:8080/x" is a host and port, not scheme "localhost".
  if (sm && !/^\d+(?:[/?#]|$)/.test(url.slice(sm[0].length))) {
    scheme = sm[1]!.toLowerCase();
    i = sm[0].length;
  }
  const special = scheme === null || SPECIAL.has(scheme);
  let userinfo: Part | null = null;
  let host: Part | null = null;
  let port: Part | null = null;
  const slashes = /^[/\\]{2,}/.exec(url.slice(i));
  const hasAuthority = slashes !== null || (scheme === null && /^[^/?#\s]/.test(url.slice(i))) || (special && scheme !== null && scheme !== "file");
  if (hasAuthority) {
    if (slashes) i += slashes[0].length;
    const stop = special ? /[/?#\\]/ : /[/?#]/;
    let end = i;
    while (end < url.length && !stop.test(url[end]!)) end++;
    const at = url.lastIndexOf("@", end - 1);
    let hostStart = i;
    if (at >= i) {
      userinfo = [i, at];
      hostStart = at + 1;
    }
    let hostEnd = end;
    if (url[hostStart] === "[") {
      const close = url.indexOf("]", hostStart);
      if (close >= 0 && close < end) hostEnd = close + 1;
    } else {
      const colon = url.lastIndexOf(":", end - 1);
      if (colon >= hostStart) hostEnd = colon;
    }
    if (hostEnd < end && url[hostEnd] === ":") port = [hostEnd + 1, end];
    host = [hostStart, hostEnd];
    i = end;
  }
  let pathEnd = i;
  while (pathEnd < url.length && url[pathEnd] !== "?" && url[pathEnd] !== "#") pathEnd++;
  const path: Part = [i, pathEnd];
  let query: Part | null = null;
  let fragment: Part | null = null;
  let j = pathEnd;
  if (url[j] === "?") {
    let qEnd = j + 1;
    while (qEnd < url.length && url[qEnd] !== "#") qEnd++;
    query = [j + 1, qEnd];
    j = qEnd;
  }
  if (url[j] === "#") fragment = [j + 1, url.length];
  return { scheme, userinfo, host, port, path, query, fragment };
}

/** `a=b&c=d` (or `;`) into parameters with offsets; a part without "=" has an empty key. */
export function splitParams(s: string, base: number): Array<{ key: string; value: Part; whole: Part }> {
  const out: Array<{ key: string; value: Part; whole: Part }> = [];
  let pos = 0;
  for (const piece of s.split(/[&;]/)) {
    const eq = piece.indexOf("=");
    const key = eq >= 0 ? piece.slice(0, eq) : "";
    const vStart = base + pos + (eq >= 0 ? eq + 1 : 0);
    out.push({ key, value: [vStart, base + pos + piece.length], whole: [base + pos, base + pos + piece.length] });
    pos += piece.length + 1;
  }
  return out;
}
