// A network device's configuration (Cisco IOS/NX-OS, Arista EOS, net-snmp) states its secrets as a
// keyword, an optional encryption type and the value, with no `=`: `username u password 0 VALUE`,
// `enable secret 0 VALUE`, a TACACS+/RADIUS server's `key 7 VALUE`, `snmp-server community VALUE RW`,
// SNMPv3's `… v3 auth sha VALUE priv aes 128 VALUE`, net-snmp's `rwcommunity VALUE` and
// `createUser u SHA "VALUE" AES "VALUE"`, a routing protocol's `authentication-key`/`key-string`.
// Type 0 is clear text and type 7 a reversible cipher (both the secret); types 5, 8 and 9 are
// one-way hashes (`$1$…`, `$9$…`) and an `encrypted` SNMPv3 user holds localized keys: none taken.
import { defineRule } from "./define.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

/** A config value: to the blank or the line's end (a JSON string's escaped break or quote ends it). */
const VALUE = String.raw`([^\s"'\\$][^\s"'\\]{5,127})(?=[ \t]|\r?\n|\\[nr"]|["']|$)`;
const QUOTED_OR_VALUE = String.raw`(?:"([^"\s\\]{6,128})"|${VALUE})`;
const TYPE = String.raw`(?:[ \t]+[07])?`;
const LINE_START = String.raw`(?:^|\n|\\n)[ \t+-]{0,8}`;

const PATTERN = new RegExp(
  [
    // Local users, the enable secret, BGP neighbours.
    String.raw`(?:username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?|enable(?:[ \t]+level[ \t]+\d{1,2})?|neighbor[ \t]+[\w.:]{2,64})[ \t]+(?:password|secret)${TYPE}[ \t]+${VALUE}`,
    // AAA server keys: the global form, a server block's own line, a server-private entry.
    String.raw`(?:(?:tacacs|radius)-server\b[^\n\\]{0,80}?|${LINE_START}|server-private[ \t]+[\w.:]{2,64}[^\n\\]{0,40}?)[ \t]key${TYPE}[ \t]+${VALUE}`,
    // Routing and IKE keys.
    String.raw`(?:ip[ \t]+ospf[ \t]+)?(?:authentication-key|key-string|message-digest-key[ \t]+\d{1,3}[ \t]+md5|isakmp[ \t]+key)${TYPE}[ \t]+${VALUE}`,
    // SNMP communities.
    String.raw`(?:snmp-server[ \t]+community|(?:ro|rw)community6?)[ \t]+${VALUE}`,
    // SNMPv3 users' authentication and privacy passphrases.
    String.raw`snmp-server[ \t]+user[ \t]+\S{1,64}[ \t]+\S{1,64}[ \t]+v3[ \t]+auth[ \t]+[\w-]{2,10}[ \t]+${VALUE}(?:[ \t]+priv[ \t]+[\w-]{2,10}(?:[ \t]+\d{3})?[ \t]+${VALUE})?`,
    String.raw`createUser[ \t]+(?:-e[ \t]+\S{1,64}[ \t]+)?\S{1,64}[ \t]+(?:MD5|SHA[\w-]{0,8})[ \t]+${QUOTED_OR_VALUE}(?:[ \t]+(?:DES|AES[\w-]{0,8})[ \t]+${QUOTED_OR_VALUE})?`,
  ].join("|"),
  "i",
);

/** A device secret: not a placeholder, a word or a variable; the SNMP defaults `public`/`private` are none either. */
function deviceSecret(v: string): boolean {
  return !isGenericPlaceholder(v) && !/^(?:public|private|community|secret|password|key)\d{0,3}$/i.test(v) && !/^[<{%[]|\$\{|\{\{/.test(v);
}

export const NETWORK_DEVICE_SECRET_RULES: Rule[] = [
  defineRule({ id: "network-device-secret", description: "Password, AAA server key or SNMP community/passphrase in a network device's configuration (IOS, NX-OS, EOS, net-snmp)",
    keywords: ["password 0 ", "password 7 ", "secret 0 ", "secret 7 ", "enable secret", "enable password", "key 0 ", "key 7 ", "tacacs-server", "radius-server", "server-private", "authentication-key", "key-string", "message-digest-key", "isakmp key", "snmp-server community", "snmp-server user", "rocommunity", "rwcommunity", "createuser "],
    pattern: PATTERN, secretGroup: -1, validate: (s) => deviceSecret(s), placeholder: "standard", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"], before: 140, after: 300 }),
];
