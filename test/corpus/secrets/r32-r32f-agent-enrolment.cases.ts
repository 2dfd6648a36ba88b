// Round thirty-two (Y138): keys and tokens that enrol a security or infrastructure agent, in the
// agents' own shapes with no secret's name beside them: a registration token that is base64 of JSON
// naming the manager's URL and a site key (SentinelOne's), a Wazuh/OSSEC client.keys line and the
// agent-auth enrolment password, Teleport's static join tokens (`- "node,app:TOKEN"`). Benign: base64
// JSON with a URL and no key, an agent listing without keys, placeholders, container images and
// token names in a `tokens:` list.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f004);
const b = builder({ category: "r32-r32f-agent-enrolment" });
const bb = builder({ category: "r32-r32f-agent-enrolment-benign" });
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64");
const siteToken = () => b64({ url: `https://${r.pick(["usea1", "euce1", "apne1"])}-${r.str(6, "abcdefghijklmnopqrstuvwxyz")}.sentinel.example.net`, site_key: r.hex(16) });
const keysLine = (id: string, name: string, ip: string) => `${id} ${name} ${ip} ${r.hex(64)}`;

b.pos("r32f-enrol-s1-ctl", "sentinelctl management token set", `sudo /opt/sentinelone/bin/sentinelctl management token set ${siteToken()}\n`);
b.pos("r32f-enrol-s1-msi", "msiexec with SITE_TOKEN property", `msiexec /i SentinelOneInstaller_windows_64bit.msi SITE_TOKEN=${siteToken()} /QUIET /NORESTART\n`);
b.pos("r32f-enrol-s1-helm", "Helm values registration token", `configuration:\n  env:\n    agent:\n      registration: ${siteToken()}\n`);
b.pos("r32f-enrol-wazuh-keys", "client.keys lines in a chat", JSON.stringify({ messages: [{ role: "user", content: `agents on the manager (/var/ossec/etc/client.keys):\n${keysLine("004", "app-02", "any")}\n${keysLine("005", "mail-01", "192.0.2.44")}\n` }] }));
b.pos("r32f-enrol-wazuh-cidr", "client.keys with a CIDR and a heredoc", `cat > /var/ossec/etc/client.keys <<EOF\n${keysLine("117", "vpn-gw", "198.51.100.0/24")}\nEOF\n`);
b.pos("r32f-enrol-wazuh-auth", "agent-auth enrolment password", `sudo /var/ossec/bin/agent-auth -m wazuh.lab.local -A web-07 -P '${r.alnum(6)}${r.digits(3)}${r.alnum(3)}'\n`);
b.pos("r32f-enrol-teleport", "teleport.yaml static tokens", `auth_service:\n  enabled: yes\n  tokens:\n    - "node:${r.hex(32)}"\n    - 'kube,db,app:${r.hex(32)}'\n`);

bb.ben("r32f-enrol-b64-nokey", "base64 JSON with a url and a name only", `BUILD_META=${b64({ url: "https://ci.example.net/job/42", name: "nightly", branch: "main" })}\n`);
bb.ben("r32f-enrol-b64-placeholder", "base64 JSON with a placeholder key", `agent_registration: ${b64({ url: "https://tenant.sentinel.example.net", site_key: "<site-key>" })}\n`);
bb.ben("r32f-enrol-wazuh-list", "manage_agents listing, no keys", `/var/ossec/bin/manage_agents -l\nAvailable agents:\n   ID: 001, Name: web-01, IP: any\n   ID: 002, Name: db-01, IP: 10.20.3.14\n`);
bb.ben("r32f-enrol-wazuh-hashes", "ossec syscheck line with a sha256 and a path", `ossec: file /etc/passwd changed\n  sha256 after: ${r.hex(64)} size 2231\n`);
bb.ben("r32f-enrol-teleport-placeholder", "teleport tokens with placeholders", `auth_service:\n  tokens:\n    - "node:<static-token>"\n    - "proxy:\${PROXY_JOIN_TOKEN}"\n`);
bb.ben("r32f-enrol-images", "container images under a tokens: key", `tokens:\n  - node:18.17.1-bookworm-slim\n  - proxy:nginx-1.25.3-alpine\n`);
bb.ben("r32f-enrol-token-names", "Teleport join by token name", `teleport:\n  join_params:\n    method: iam\n    token_name: iam-join-token-prod\n  tokens:\n    - node:iam-join-token-prod\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
