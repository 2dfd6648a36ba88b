// A request's URL written apart. An HTTP client's debug log or a dump prints the request line's
// path (urllib3's `https://host:443 "POST /api/webhooks/… HTTP/1.1" 200`, curl -v's `> POST /… HTTP/2`,
// a wire log's `>> "POST /… HTTP/1.1"`) with the host elsewhere: before it on the line, in a Host
// header, in the connection note (`Connected to host`, `Starting new HTTPS connection (1): host`).
// Rules that know a credential-bearing URL by its host and path (webhooks, deploy hooks, bot APIs)
// then see `https://<host><path>`, each character mapped back to the host or the path.
import type { Normalized } from "./normalize.ts";
import { join, nameBeside } from "./reassemble.ts";

const METHOD = /(?:^|[^A-Za-z])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
/** The request target: an origin-form path (and query) up to a blank, a quote or markup. */
const TARGET = /\/[^\s"'<>\\`[\]]{1,2048}/y;
/**
 * A host named for a request: a Host header (`> Host: x`, HAR's `{"name": "Host", "value": "x"}`),
 * a connection note, or a bare origin (`https://x:443 "POST …`; an origin followed by a path is
 * another URL, a Referer's). Labels are delimited by dots, so the pattern is linear.
 */
const HOST = /(?:(?<![\w-])host["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|"name"[ \t]{0,4}:[ \t]{0,4}"host"[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"|(?<![\w-])connected to[ \t]{1,4}|(?<![\w-])connection \(\d{1,4}\):[ \t]{1,4}|(?<![\w.-])https?:\/\/)([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{1,5})?(?![\w.\/-])/dgi;
/** How far from the request line a host is looked for: a request's headers follow it, its connection note comes before. */
const AFTER = 2048;
const BEFORE = 1024;
/** Request lines read per text: a long transcript's first ones (each view is scanned as a text of its own). */
const MAX_VIEWS = 64;
/** Request lines looked at per text, with a host or not (an access log's thousands of lines hold none). */
const MAX_TRIED = 256;

/** `https://<host><path>` for each request line with a host near it, mapped back into `text`. */
export function requestUrls(text: string): Normalized[] {
  const out: Normalized[] = [];
  let tried = 0;
  for (let at = text.indexOf(" /"); at >= 0 && tried < MAX_TRIED; at = text.indexOf(" /", at + 2)) {
    const c = text.charCodeAt(at - 1);
    if (c < 65 || c > 90 || !METHOD.test(text.slice(Math.max(0, at - 8), at))) continue;
    tried++;
    TARGET.lastIndex = at + 1;
    const path = TARGET.exec(text);
    if (path === null) continue;
    const host = nearestHost(text, at, at + 1 + path[0].length);
    if (host === null) continue;
    const joined = join(text, [host, { start: at + 1, end: at + 1 + path[0].length }]);
    out.push(nameBeside("", host.start, "https://", host.start, joined));
    if (out.length >= MAX_VIEWS) break;
  }
  return out;
}

/** The host mention nearest the request line at [from, to), within BEFORE / AFTER characters; null when none. */
function nearestHost(text: string, from: number, to: number): { start: number; end: number } | null {
  const lo = Math.max(0, from - BEFORE);
  const window = text.slice(lo, Math.min(text.length, to + AFTER));
  let best: { start: number; end: number } | null = null;
  let bestGap = Infinity;
  HOST.lastIndex = 0;
  for (let m = HOST.exec(window); m !== null; m = HOST.exec(window)) {
    const [s0, e0] = m.indices![1]!;
    const start = lo + s0;
    const end = lo + e0;
    const gap = end <= from ? from - end : Math.max(0, start - to);
    if (gap < bestGap) {
      best = { start, end };
      bestGap = gap;
    }
  }
  return best;
}
