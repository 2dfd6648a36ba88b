// Roblox's `.ROBLOSECURITY` session cookie: the account's login, in any file or header that holds it
// (a cookie jar, a `Cookie:` header, an env or build-config line, a JSON field). Roblox prefixes its
// value with a fixed banner, `_|WARNING:-DO-NOT-SHARE-THIS.--…|_`, whose dashes and pipes break the
// value into words for the generic rules; the banner is the anchor and the body after it the secret
// (upper-case hex, or base64 in newer cookies). A banner with a stub or a placeholder after it stays quiet.
import { defineRule } from "./define.ts";
import { shannonEntropy } from "../entropy.ts";
import type { Rule } from "./types.ts";

const PATTERN = /_\|WARNING:-DO-NOT-SHARE-THIS\.[A-Za-z0-9.,-]{0,200}\|_([A-Za-z0-9+/_-]{100,4000}={0,2})(?![A-Za-z0-9+/=_-])/i;

export const ROBLOX_COOKIE_RULES: Rule[] = [
  defineRule({ id: "roblox-security-cookie", anchored: true, description: "Roblox .ROBLOSECURITY session cookie (its DO-NOT-SHARE banner and the token after it)", keywords: ["_|warning:-do-not-share-this"],
    pattern: PATTERN, validate: (s) => shannonEntropy(s) >= 3.5, placeholder: "standard", entropy: 3.5, severity: "critical", confidence: "high", tags: ["saas"], before: 0, after: 4300 }),
];
