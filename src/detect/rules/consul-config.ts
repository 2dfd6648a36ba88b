// A HashiCorp agent's own secrets in its config file: the gossip encryption key (Consul's, Nomad's
// and Serf's `encrypt = "…"`, or `-encrypt=` on the command line: base64 of 16, 24 or 32 random
// bytes) and Consul's ACL tokens in the `acl { tokens { … } }` block (`initial_management`,
// `agent`, the older `master`, … : UUIDs). Neither name says key or token: `encrypt` and
// `agent` are the setting's name, the block around them says what they are.
import { defineRule } from "./define.ts";
import { charClasses, shannonEntropy } from "../entropy.ts";
import type { Rule } from "./types.ts";

const Q = String.raw`(?:\\{0,3}["'])?`;
const GOSSIP = new RegExp(String.raw`encrypt${Q}[ \t]{0,16}(?:[:=]|(?<=-encrypt)[ \t])[ \t]{0,16}${Q}([A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{32}|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])`);
/** The setting's own name (`encrypt`, `-encrypt`), not a word ending in it (`reencrypt`, `should_encrypt`). */
const NAME_START = /(?:^|[^A-Za-z0-9_])$/;

const ACL_NAMES = "initial_management|master|agent(?:_recovery|_master)?|default|replication|config_file_service_registration|dns";
const ACL_TOKENS = new RegExp(String.raw`tokens${Q}[ \t]{0,8}[:=]?[ \t]{0,8}\{[^{}]{0,600}?(?<![A-Za-z_])(?:${ACL_NAMES})${Q}[ \t]{0,32}[:=][ \t]{0,8}${Q}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])`, "i");

/** The `tokens` block is the `acl` block's (`acl {` or `"acl": {` opened shortly before): another object's `tokens` map is a design system's or a lexer's. */
const outsideAcl = (text: string, start: number) => !/(?<![A-Za-z_])acl\\{0,3}["']?[ \t]{0,8}[:=]?[ \t]{0,8}\{/i.test(text.slice(Math.max(0, start - 400), start));

/** Cheap test at a keyword hit: a setting's name is followed by a quote, a blank, `:`, `=` or `{` (`encryptData(`, `tokens.push` are code). */
function settingAhead(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 34 || c === 39 || c === 92 || c === 32 || c === 9 || c === 58 || c === 61 || c === 123;
}

export const CONSUL_CONFIG_RULES: Rule[] = [
  defineRule({ id: "gossip-encryption-key", anchored: true, description: "Gossip encryption key in a Consul, Nomad or Serf agent's config or command line", keywords: ["encrypt"],
    pattern: GOSSIP, ahead: settingAhead, validate: (s, _m, b) => NAME_START.test(b) && charClasses(s) >= 3 && shannonEntropy(s) >= 4.0,
    placeholder: "standard", entropy: 4.0, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 110 }),
  defineRule({ id: "consul-acl-token", anchored: true, description: "Consul ACL token in an agent's acl.tokens block", keywords: ["tokens"],
    pattern: ACL_TOKENS, ahead: settingAhead, validate: (s, _m, b) => NAME_START.test(b) && shannonEntropy(s.replace(/-/g, "")) >= 2.7,
    excusedAt: outsideAcl, placeholder: "standard", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 800 }),
];
