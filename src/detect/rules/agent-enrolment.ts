// Keys and tokens that enrol a security or infrastructure agent with its manager, in the shapes the
// agents' own files and installers write them, with no secret's name beside the value:
// - a registration token that is base64 of JSON naming the management URL and the site's key
//   (SentinelOne's site token: `{"url": …, "site_key": …}`), on whatever flag or variable carries it;
// - a Wazuh/OSSEC manager's client.keys line (`ID NAME IP|any KEY`, the agent's shared key in 64 hex),
//   and the enrolment password given to agent-auth (`-P`);
// - Teleport's static join tokens (`auth_service.tokens: - "node,app:TOKEN"`: roles, a colon, the token).
import { defineRule } from "./define.ts";
import { charClasses, shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import type { Rule } from "./types.ts";

/** Base64 of a JSON object holding a URL and a key, token or secret of 8+ characters. */
function enrolmentJson(v: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(v, "base64").toString("utf8"));
  } catch {
    return false;
  }
  if (typeof doc !== "object" || doc === null || typeof (doc as Record<string, unknown>).url !== "string") return false;
  return Object.entries(doc as Record<string, unknown>).some(([k, x]) => /key|token|secret/i.test(k) && typeof x === "string" && x.length >= 8 && !isGenericPlaceholder(x));
}

const CLIENT_KEYS_LINE = String.raw`(?:^|\n|\\n)[ \t]*\d{3,8}[ \t]+[!\w.-]{1,128}[ \t]+(?:any|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?)[ \t]+([0-9a-f]{64})(?=[ \t]*(?:\r?\n|\\[nr]|$|[\x60"']))`;
const AGENT_AUTH = String.raw`agent-auth[^\n;&|]{0,200}?[ \t]-P[ \t]+(?:\\{0,3}["'])?([^\s"'\\;&|$]{6,128})`;
const TELEPORT_ROLE = "(?:node|proxy|auth|app|kube|db|windowsdesktop|trusted_cluster|trustedcluster|bot|discovery|okta|mdm|instance)";

export const AGENT_ENROLMENT_RULES: Rule[] = [
  defineRule({ id: "agent-registration-token", anchored: true, description: "Agent registration token: base64 JSON of a management URL and a site key (SentinelOne site token)",
    keywords: ["eyJ1cmwiOi", "eyJzaXRlX2tleSI6"],
    pattern: /(eyJ(?:1cmwiOi|zaXRlX2tleSI6)[A-Za-z0-9+/]{20,1200}={0,2})(?![A-Za-z0-9+/=])/, validate: enrolmentJson,
    placeholder: "off", entropy: 3.5, severity: "critical", tags: ["keys"], before: 0, after: 1300 }),
  defineRule({ id: "wazuh-agent-key", description: "Wazuh/OSSEC agent key (client.keys line) or agent-auth enrolment password",
    keywords: ["client.keys", "ossec", "wazuh", "manage_agents", "agent-auth"],
    pattern: new RegExp(`${CLIENT_KEYS_LINE}|${AGENT_AUTH}`), secretGroup: -1,
    validate: (s) => /^[0-9a-f]{64}$/.test(s) ? shannonEntropy(s) >= 3.3 : charClasses(s) >= 2 && !isGenericPlaceholder(s),
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["keys"], before: 2000, after: 4000 }),
  defineRule({ id: "teleport-static-token", description: "Teleport static join token (auth_service tokens: \"roles:token\")",
    keywords: ["tokens:"],
    pattern: new RegExp(String.raw`-[ \t]+\\{0,3}["']?${TELEPORT_ROLE}(?:,${TELEPORT_ROLE}){0,12}:([A-Za-z0-9_-]{16,128})(?![\w.:-])`, "i"),
    validate: (s) => opaqueLiteral(s), placeholder: "strict", severity: "high", confidence: "medium", tags: ["keys"], before: 0, after: 2000 }),
];
