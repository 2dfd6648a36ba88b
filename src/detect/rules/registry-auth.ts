// A package registry's credentials as `user:password` under the setting that sends them as Basic
// auth: Yarn Berry's `npmAuthIdent` (.yarnrc.yml, bare or base64) and Bundler's per-host setting
// `BUNDLE_<HOST>` (.bundle/config, env; the host's dots written `__`: `BUNDLE_GEMS__CONTRIBSYS__COM`).
// Neither name says secret, and a vendor's credential may be short hex or digits (Sidekiq Pro's).
// Bundler's other `__` settings name a gem or a mirror (`BUNDLE_BUILD__…`, `BUNDLE_MIRROR__…`).
import { defineRule } from "./define.ts";
import { isPlaceholder } from "../placeholder.ts";
import { shannonEntropy } from "../entropy.ts";
import type { Rule } from "./types.ts";

const ASSIGN = String.raw`\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?`;
const PAIR = String.raw`([^\s"'\\:@/]{1,100}:[^\s"'\\]{6,200})`;
const PATTERN = new RegExp(
  String.raw`npmAuthIdent${ASSIGN}(?:${PAIR}|([A-Za-z0-9+/]{12,400}={0,2}))(?![^\s"'\\])` +
    String.raw`|BUNDLE_(?!(?:BUILD|MIRROR|LOCAL|DISABLE|FORCE|IGNORE|SPECIFIC)__)[A-Z0-9]+(?:___?[A-Z0-9]+)*__[A-Z]{2,12}${ASSIGN}(?:${PAIR}|([A-Za-z0-9_-]{20,200}))(?![^\s"'\\])`,
);

/** The password (after the colon) or the token: not a template or placeholder, not a word repeated. */
function credentialOk(v: string): boolean {
  if (/[${}<>%]\{|\$\(|^\$|\{\{|<[a-z_-]+>/i.test(v) || isPlaceholder(v)) return false;
  const c = v.indexOf(":");
  const secret = c >= 0 ? v.slice(c + 1) : v;
  if (isPlaceholder(secret) || /^(?:password|passwd|pass|secret|token|changeme)\w*$/i.test(secret)) return false;
  if (c < 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && !/\d/.test(v)) return false;
  return shannonEntropy(secret) >= (secret.length <= 10 ? 2.0 : 2.5);
}

export const REGISTRY_AUTH_RULES: Rule[] = [
  defineRule({ id: "registry-basic-auth-setting", anchored: true, description: "Package registry user:password in Yarn's npmAuthIdent or Bundler's per-host BUNDLE_<HOST> setting", keywords: ["npmAuthIdent", "BUNDLE_"],
    pattern: PATTERN, secretGroup: -1, validate: (s) => credentialOk(s), placeholder: "standard", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 300 }),
];
