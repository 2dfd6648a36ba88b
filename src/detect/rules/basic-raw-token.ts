// `Authorization: Basic <value>` where the value is not base64 of user:password but the raw
// credential itself: a token pasted where the encoded pair belongs (hex of 32+, an opaque key, a key
// written as its unencoded `id:secret` pair) or
// an app password in its groups of four (`abcD 1234 …`). The header line, curl -H and HAR/Postman
// name/value pairs. The base64 pair is basic-auth-header's; placeholders (`<base64>`, `$(…)`) are
// not this shape.
import type { MatchResult, Rule } from "./types.ts";
import { opaqueLiteral, result, rule, scanMatcher } from "./call-arguments.ts";
import { basicAuthValid } from "../validators.ts";
import { groupedPassword } from "../placeholder.ts";
import { SIBLING_NAME, SIBLING_VALUE_GLUE } from "./sibling.ts";

const HEADER_BEFORE = /authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["'`]?$/i;
const SIBLING_BEFORE = new RegExp(`authorization${SIBLING_VALUE_GLUE}[ \\t]{0,4}["']?$`, "i");
const GROUPED = /^[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){3,7}(?![A-Za-z0-9+/=_-])/;
const TOKEN = /^[A-Za-z0-9+/_.~-]{16,300}={0,2}(?![A-Za-z0-9+/_.~=-])/;
/** A key written as the pair it is issued as, unencoded (Ably's `<appId>.<keyId>:<secret>`): the part after the colon is the secret. */
const RAW_PAIR = /^[A-Za-z0-9_.-]{3,64}:([A-Za-z0-9+/_.~-]{16,300}={0,2})(?![A-Za-z0-9+/_.~=:-])/;

function inAuthorization(text: string, pos: number): boolean {
  const b = text.slice(Math.max(0, pos - 260), pos);
  if (HEADER_BEFORE.test(b)) return true;
  const m = SIBLING_BEFORE.exec(b);
  return m !== null && SIBLING_NAME.test(b.slice(0, m.index));
}

const KEYWORDS = ["basic "];
function rawBasicAt(text: string, pos: number): MatchResult | null {
  if (!inAuthorization(text, pos)) return null;
  const start = pos + 6;
  const rest = text.slice(start, start + 320);
  const g = GROUPED.exec(rest);
  if (g && groupedPassword(g[0])) return result(pos, start + g[0].length, { value: g[0], start });
  const p = RAW_PAIR.exec(rest);
  if (p && opaqueLiteral(p[1]!)) return result(pos, start + p[0].length, { value: p[1]!, start: start + p[0].length - p[1]!.length });
  const t = TOKEN.exec(rest);
  if (!t || basicAuthValid(t[0])) return null;
  return opaqueLiteral(t[0]) ? result(pos, start + t[0].length, { value: t[0], start }) : null;
}

export const BASIC_RAW_TOKEN_RULES: Rule[] = [
  { ...rule("basic-auth-raw-token", "Raw token or grouped app password sent as HTTP Basic credentials instead of base64(user:password)", KEYWORDS, scanMatcher(KEYWORDS, rawBasicAt)), tags: ["http"], before: 270, after: 330 },
];
