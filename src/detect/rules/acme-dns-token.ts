// An ACME DNS-challenge provider's API token given inline to the web server that asks for the
// certificate: Caddy's `dns cloudflare <token>` in a `tls { }` block, or its global `acme_dns
// duckdns <token>`. The directive puts the provider's name, not a secret's, before the value, so no
// name-reading rule sees it. `{env.CF_API_TOKEN}` and other placeholders leave the token elsewhere.
import { defineRule } from "./define.ts";
import { opaqueLiteral, randomUuid } from "./call-arguments.ts";
import type { Rule } from "./types.ts";

const PATTERN = /dns[ \t]+[a-z][a-z0-9_]{1,24}[ \t]+([A-Za-z0-9_.:-]{16,200})(?=[ \t]*(?:\r?\n|\\[nr]|$|\}|#))/;
/** The directive starts its line or block, bare or as the global option `acme_dns`. */
const DIRECTIVE_LEAD = /(?:^|[\n{]|\\n)[ \t]*(?:acme_)?$/;
/** A key and its secret joined by a colon (GoDaddy's `key:secret`): each half a draw. */
const keyPair = (v: string) => {
  const c = v.indexOf(":");
  return c >= 8 && /^[A-Za-z0-9_-]+$/.test(v.slice(0, c)) && opaqueLiteral(v.slice(c + 1));
};

/** Cheap test at `dns `: a provider's lower-case name follows ("DNS record", "DNS A" in prose do not). */
const providerAhead = (text: string, end: number) => {
  const c = text.charCodeAt(end);
  return c >= 97 && c <= 122;
};

export const ACME_DNS_TOKEN_RULES: Rule[] = [
  defineRule({ id: "acme-dns-provider-token", anchored: true, description: "DNS provider API token inline in a web server's ACME DNS challenge (Caddy dns/acme_dns)", keywords: ["dns "],
    pattern: PATTERN, ahead: providerAhead, validate: (s, _m, b) => DIRECTIVE_LEAD.test(b) && (opaqueLiteral(s) || randomUuid(s) || keyPair(s)),
    placeholder: "standard", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic"], before: 24, after: 260 }),
];
