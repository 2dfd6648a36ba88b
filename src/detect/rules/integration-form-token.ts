// A form body sent to an endpoint that sets up an integration or stores a credential (`POST /admin/integrations/railway`,
// `/settings/connectors/codecov`, `/api/credentials`) whose bare `token` parameter holds the credential: the service's
// token pasted into the app's settings form. Railway's, Codecov's, Heroku's tokens are UUIDs. A bare `token=<uuid>`
// elsewhere (an invitation's, an unsubscribe link's) is a one-time handle; the endpoint says a credential here.
// The request is written raw (request line, headers, a blank line, the body) or as a curl command (`-d`, `--data…`, `-F`).
import type { MatchResult, Rule } from "./types.ts";
import { rule, scanMatcher } from "./call-arguments.ts";
import { bareFormToken, isFormCode } from "./oauth-form-token.ts";

const KEYWORDS = ["/integrations", "/integration/", "/connectors/", "/connections/", "/credentials"];
/** A request line's method and target before the hit: the method sends a body. */
const METHOD_BEFORE = /(?:^|[\s>"'])(?:POST|PUT|PATCH)[ \t]+[^\s]*$/;
const VERSION_AFTER = /^[^\s]*[ \t]+HTTP\/\d(?:\.\d)?[ \t]*\r?$/;
/** A request's headers run at most this far before the blank line and its body. */
const HEAD_REACH = 4096;
const BODY_REACH = 2048;
/** A curl command's body arguments. */
const DATA_ARG = /(?:^|[\s])(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form)(?:[ \t]+|=)(['"]?)([^'"\s]{1,2048})\1/g;
const MAX_LINES = 12;

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}
function lineEnd(text: string, pos: number): number {
  const n = text.indexOf("\n", pos);
  return n < 0 ? text.length : n;
}

/** The body of the raw request whose request line holds the hit: its first line after the blank line ending the headers. */
function requestBody(text: string, pos: number, ls: number, le: number): MatchResult | null {
  if (!METHOD_BEFORE.test(text.slice(ls, pos)) || !VERSION_AFTER.test(text.slice(pos, le))) return null;
  const head = text.slice(le, le + HEAD_REACH);
  const blank = /\n\r?\n/.exec(head);
  if (blank === null) return null;
  const s = le + blank.index + blank[0].length;
  let e = s;
  while (e < text.length && e - s < BODY_REACH && isFormCode(text.charCodeAt(e))) e++;
  return bareFormToken(text, s, e, ls);
}

/** A curl command (continued over `\` line ends) holding the hit in its URL: its body arguments. */
function curlBody(text: string, pos: number, ls: number, le: number): MatchResult | null {
  let s = ls;
  for (let n = 0; n < MAX_LINES && s > 0 && /\\\r?$/.test(text.slice(lineStart(text, s - 1), s - 1)); n++) s = lineStart(text, s - 1);
  let e = le;
  for (let n = 0; n < MAX_LINES && e < text.length && /\\\r?$/.test(text.slice(lineStart(text, e), e)); n++) e = lineEnd(text, e + 1);
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

function integrationAt(text: string, pos: number): MatchResult | null {
  const ls = lineStart(text, pos);
  const le = lineEnd(text, pos);
  return requestBody(text, pos, ls, le) ?? curlBody(text, pos, ls, le);
}

export const INTEGRATION_FORM_TOKEN_RULES: Rule[] = [
  { ...rule("integration-form-token", "Token as a bare form parameter of a request that sets up an integration or stores a credential", KEYWORDS, scanMatcher(KEYWORDS, integrationAt)), before: 4096, after: 6144 },
];
