// An OAuth form body (`grant_type=…`, a revocation's or introspection's `token_type_hint=…`) whose
// bare `token` parameter holds the credential: RFC 7009/7662 send the token itself, and vendors
// whose API tokens are UUIDs (Snyk, Heroku) take them as `token=`. A bare `token=<uuid>` elsewhere is
// as often a link's one-time id; the form's OAuth parameter says it is a credential here.
import type { MatchResult, Rule } from "./types.ts";
import { opaqueLiteral, result, rule, scanMatcher, UUID } from "./call-arguments.ts";
import { uuidCredential } from "./secret-name.ts";
import { isPlaceholder } from "../placeholder.ts";

const KEYWORDS = ["grant_type=", "token_type_hint="];
/** The body's characters: a form body ends at a blank, a quote, a bracket or a backslash (an escaped line's end). */
export const isFormCode = (c: number) => c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 96 && c !== 60 && c !== 62 && c !== 92;
const REACH = 1000;
/** The bare parameter names only: a qualified one (`api_token=`, `client_secret=`) is the assignment rules' to judge. */
const BARE_TOKEN = /(?:^|&)(token|password|secret)=([^&]{16,200})/g;

function formAt(text: string, pos: number): MatchResult | null {
  let s = pos;
  while (s > 0 && pos - s < REACH && isFormCode(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < text.length && e - pos < REACH && isFormCode(text.charCodeAt(e))) e++;
  return bareFormToken(text, s, e, pos);
}

/**
 * The first bare `token`/`password`/`secret` parameter of the form body at [s, e) holding a credential (a random UUID or an
 * opaque value), as a match from `from` (or the value, when it comes first); null when none.
 */
export function bareFormToken(text: string, s: number, e: number, from: number): MatchResult | null {
  const body = text.slice(s, e);
  BARE_TOKEN.lastIndex = 0;
  for (let m = BARE_TOKEN.exec(body); m; m = BARE_TOKEN.exec(body)) {
    const v = m[2]!;
    const ok = UUID.test(v) ? uuidCredential("api_token", v) : opaqueLiteral(v) && !isPlaceholder(v);
    if (ok) {
      const start = s + m.index + m[0].length - v.length;
      return result(Math.min(from, start), start + v.length, { value: v, start });
    }
  }
  return null;
}

export const OAUTH_FORM_TOKEN_RULES: Rule[] = [
  { ...rule("oauth-form-token", "Token or password as a bare parameter of an OAuth form body (token request, revocation, introspection)", KEYWORDS, scanMatcher(KEYWORDS, formAt)), before: REACH, after: REACH },
];
