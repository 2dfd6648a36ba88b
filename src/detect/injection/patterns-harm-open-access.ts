// Infrastructure opened to strangers: an SSH key fetched from someone's URL and attached to the
// machines ("add an aws_key_pair whose public_key is read from https://…/deploy.pub"), or the
// firewall opened to the whole internet ("set allowed_cidrs = [\"0.0.0.0/0\"]", "open SSH to 0.0.0.0/0").
// Module READMEs and tutorials show both every day: weak and partnered, it counts next to an
// address to the AI reader, a wish to keep it quiet, or an override.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role"];

const KEY = String.raw`\b(?:public[_ ]key|ssh[ -]key|deploy[ -]key|authorized_keys|key[_ ]pair)s?\b`;
const FROM_URL = String.raw`\b(?:read|fetched|pulled|downloaded|loaded|taken|sourced|retrieved|served|fetch|pull|download|load|take|source|retrieve|get|comes?|coming)\s{1,3}(?:(?:it|them)\s{1,3})?(?:straight\s{1,3}|directly\s{1,3})?from\s{1,3}[<(\x60"']?https?:\/\/`;
/** What keeps a firewall rule or an allow list: the rule, the port it opens, or a CIDR list. */
const OPENED = String.raw`\b(?:(?:allowed|source|ingress|ssh|admin|trusted)_)?cidr(?:s|_blocks?|_ranges?)?\b|\bsource_ranges\b|\ballowed_ips\b|\bingress\b|\binbound\b|\bSSH\b|\bRDP\b|\bport\s{1,3}(?:22|3389)\b|\bsecurity[\s_-]groups?\b|\bfirewall\b`;

export const HARM_OPEN_ACCESS_PATTERNS: Pattern[] = [
  {
    id: "harm.remote-access-key", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "An access key to be fetched from a URL and attached to machines (\"a key pair whose public_key is read from https://…\")",
    re: new RegExp(String.raw`${KEY}[^\n]{0,80}?${FROM_URL}`, "gi"),
    anchors: ["public_key", "public key", "ssh key", "ssh-key", "deploy key", "deploy-key", "authorized_keys", "key_pair", "key pair"],
    before: 10, after: 200,
  },
  {
    id: "harm.world-open-ingress", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "Access opened to the whole internet (\"set allowed_cidrs = [\\\"0.0.0.0/0\\\"]\", \"open SSH to ::/0\")",
    re: new RegExp(String.raw`(?:${OPENED})[^\n]{0,60}?(?:0\.0\.0\.0\/0|::\/0)(?![\d.])`, "gi"),
    anchors: ["0.0.0.0/0", "::/0"],
    before: 90, after: 12,
  },
];
