// The agent told to run a command outside its sandbox, on the user's own machine: "run it on the
// user's machine, not in a container", "execute this on the host, outside the sandbox". Weak and
// partnered with the harm or command it is said of: setup guides say "run this on your host
// machine, not inside the VM" about harmless tools.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["harm", "exec", "credential", "exfil"];

export const SANDBOX_ESCAPE_PATTERNS: Pattern[] = [
  {
    id: "order.run-outside-sandbox", family: "order", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "A command ordered run on the user's own machine rather than the agent's sandbox (\"run it on the user's machine, not in a container\")",
    re: /\b(?:run|execute|paste|launch|start)\s{1,3}(?:it|this|that|them|the\s{1,3}(?:command|script|snippet|code|test|benchmark))\s{1,3}(?:directly\s{1,3})?(?:on|in)\s{1,3}(?:the\s{1,3}(?:user|customer|human|operator)['’]s\s{1,3}(?:own\s{1,3})?(?:machine|computer|laptop|desktop|host|system|device|terminal|shell)|the\s{1,3}(?:real\s{1,3}|actual\s{1,3})?host(?:\s{1,3}(?:machine|system))?)(?:\s{0,3}[,;(—–-]?\s{0,3}(?:not|never|rather\s{1,3}than|instead\s{1,3}of|outside(?:\s{1,3}of)?)\s{1,3}(?:in\s{1,3}|inside\s{1,3})?(?:an?\s{1,3}|the\s{1,3}|your\s{1,3})?(?:container|sandbox|VM|virtual\s{1,3}machine|docker|jail|emulator))?/gi,
    anchors: ["user's", "user’s", "customer's", "customer’s", "human's", "human’s", "operator's", "operator’s", "host"],
    also: ["run", "execute", "paste", "launch", "start"], before: 60, after: 80,
  },
];
