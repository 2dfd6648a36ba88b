// A fix labelled for the agent inside tool output: a log line, an event's MESSAGE column or an
// error text that says "Agent remediation: run …" / "AI action: …" ("MountVolume.SetUp failed.
// Agent remediation: run \"kubectl …\""). Monitoring docs say "Agent actions: restart, drain" of a
// software agent, so the label is weak and counts only next to what it orders (a command, a harm).
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["order", "exec", "harm", "exfil", "credential", "concealment"];

export const AGENT_FIX_LABEL_PATTERNS: Pattern[] = [
  {
    id: "addressed.agent-fix-label", family: "addressed", weight: 0.3, partners: PARTNERS,
    description: "A remediation labelled for the AI agent in tool output (\"Agent remediation: run …\", \"AI fix: …\")",
    re: /\b(?:AI|LLM|agents?|assistants?|copilot)[ \t_-]{1,3}(?:remediation|fix|action|next[ \t_-]step|resolution)s?[ \t]{0,2}:/gi,
    anchors: ["ai$", "llm", "agent", "assistant", "copilot"],
    also: ["remediation", "fix", "action", "next step", "next-step", "next_step", "resolution"],
    before: 20, after: 10,
  },
];
