// OpenVPN's shared keys travel armored like a PEM key but are no `PRIVATE KEY`: the static key
// (`ta.key` for tls-auth/tls-crypt and `--secret`, 2048 bits in hex) and tls-crypt-v2's client and
// server keys (base64). Inline in a .ovpn profile they sit in `<tls-auth>`/`<tls-crypt>` blocks.
// A body of filler or zeros (documentation) falls under the entropy floor.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";

export const OPENVPN_STATIC_KEY_RULES: Rule[] = [
  defineRule({ id: "openvpn-static-key", description: "OpenVPN static key or tls-crypt-v2 key block", keywords: ["begin openvpn"],
    pattern: /-----BEGIN OpenVPN (?:Static key V1|tls-crypt-v2 (?:client|server) key)-----((?:[A-Za-z0-9+/=]|\s|\\{1,2}[nr]){64,})/i,
    entropy: 3.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 48, after: 4000 }),
];
