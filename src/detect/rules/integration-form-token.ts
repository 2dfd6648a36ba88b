// A form body sent to an endpoint that sets up an integration or stores a credential (`POST /admin/integrations/railway`,
// `/settings/connectors/codecov`, `/api/credentials`) whose bare `token` parameter holds the credential: the service's
// token pasted into the app's settings form. Railway's, Codecov's, Heroku's tokens are UUIDs. A bare `token=<uuid>`
// elsewhere (an invitation's, an unsubscribe link's) is a one-time handle; the endpoint says a credential here.
// The request is written raw (request line, headers, a blank line, the body) or as a curl command (`-d`, `--data…`, `-F`).
import type { MatchResult, Rule } from "./types.ts";
import { rule, scanMatcher } from "./call-arguments.ts";
import { lineEndWithin, lineStartWithin } from "../lines.ts";
import { bareFormToken, isFormCode } from "./oauth-form-token.ts";

const KEYWORDS = ["/integrations", "/integration/", "/connectors/", "/connections/", "/credentials"];
/** A request line's method and target before the hit: the method sends a body. */
const METHOD_BEFORE = /(?:^|[\s>"'])(?:POST|PUT|PATCH)[ \t]{1,4}$/;
const VERSION_AFTER = /^[ \t]{1,4}HTTP\/\d(?:\.\d)?[ \t]*(?=\r?\n|$)/;
/** A target's path before the keyword is short (`/admin`, `https://host/api/v2/settings`). */
const PATH_REACH = 256;
/** A request's headers run at most this far before the blank line and its body. */
const HEAD_REACH = 4096;
const BODY_REACH = 2048;
/** A curl command's body arguments. */
const DATA_ARG = /(?:^|[\s])(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form)(?:[ \t]+|=)(['"]?)([^'"\s]{1,2048})\1/g;
const MAX_LINES = 12;

/** A request line or a command line longer than this is not read (the bound keeps a hit's work constant). */
const MAX_LINE = 2048;

/** The body of the raw request whose target opens at `t`: its first line after the blank line ending the headers. */
function requestBody(text: string, t: number): MatchResult | null {
  const method = METHOD_BEFORE.exec(text.slice(Math.max(0, t - 12), t));
  if (method === null) return null;
  let te = t;
  while (te < text.length && te - t < MAX_LINE && text.charCodeAt(te) > 32) te++;
  const version = VERSION_AFTER.exec(text.slice(te, te + 16));
  if (version === null) return null;
  const le = te + version[0].length;
  const head = text.slice(le, le + HEAD_REACH);
  const blank = /\n\r?\n/.exec(head);
  if (blank === null) return null;
  const s = le + blank.index + blank[0].length;
  let e = s;
  while (e < text.length && e - s < BODY_REACH && isFormCode(text.charCodeAt(e))) e++;
  return bareFormToken(text, s, e, t - 12 + method.index);
}

/** A curl command (continued over `\` line ends) holding the hit in its URL: its body arguments. */
function curlBody(text: string, pos: number, ls: number, le: number): MatchResult | null {
  let s = ls;
  for (let n = 0; n < MAX_LINES && s > 0 && continued(text, s - 1); n++) {
    const prev = lineStartWithin(text, s - 1, MAX_LINE - 1);
    if (prev < 0) break;
    s = prev;
  }
  let e = le;
  for (let n = 0; n < MAX_LINES && e < text.length && continued(text, e); n++) {
    const next = lineEndWithin(text, e + 1, MAX_LINE);
    if (next < 0) break;
    e = next;
  }
  const command = text.slice(s, e);
  const curl = /(?:^|[\s;&|(`$])curl[ \t]/.exec(command);
  if (curl === null || s + curl.index > pos) return null;
  DATA_ARG.lastIndex = 0;
  for (let m = DATA_ARG.exec(command); m; m = DATA_ARG.exec(command)) {
    const vs = s + m.index + m[0].length - m[1]!.length - m[2]!.length;
    const found = bareFormToken(text, vs, vs + m[2]!.length, s + curl.index);
    if (found) return found;
  }
  return null;
}

/** The line ending at the newline `nl` ends in a backslash: the command goes on. */
function continued(text: string, nl: number): boolean {
  const c = text.charCodeAt(nl - 1);
  return c === 92 || (c === 13 && text.charCodeAt(nl - 2) === 92);
}

function integrationAt(text: string, pos: number): MatchResult | null {
  // The request target or URL holding the hit: back over its characters to the blank (or quote) before it.
  let t = pos;
  while (t > 0 && pos - t < PATH_REACH && text.charCodeAt(t - 1) > 32 && text.charCodeAt(t - 1) !== 34 && text.charCodeAt(t - 1) !== 39) t--;
  if (t > 0 && text.charCodeAt(t - 1) > 32 && text.charCodeAt(t - 1) !== 34 && text.charCodeAt(t - 1) !== 39) return null;
  const raw = requestBody(text, t);
  if (raw) return raw;
  const ls = lineStartWithin(text, t, MAX_LINE - 1);
  const le = lineEndWithin(text, pos, MAX_LINE);
  return ls < 0 || le < 0 ? null : curlBody(text, pos, ls, le);
}

export const INTEGRATION_FORM_TOKEN_RULES: Rule[] = [
  { ...rule("integration-form-token", "Token as a bare form parameter of a request that sets up an integration or stores a credential", KEYWORDS, scanMatcher(KEYWORDS, integrationAt)), before: 4096, after: 6144 },
];
