// A chat turn faked inside data: a {"role":"system","content":"…"} object escaped inside another
// JSON string (a tool result's content, a search hit, a log field). A real conversation carries its
// turns as objects, not as text inside one of them; what sits in a string is data posing as the system.
// A request body logged or shown as a sample keeps its turns in a "messages" array, which is excused.
import type { Pattern } from "./pattern-set.ts";

/** The turns of a logged / sample request: `\"messages\":[`, `messages=[`, `"messages": [`. */
const MESSAGES_ARRAY = /\bmessages\\{0,3}["']?\s{0,3}[:=]\s{0,3}\[\s{0,3}(?:\{[^{}]{0,400}\}\s{0,3},\s{0,3}){0,3}\{?\s{0,3}$/;

const Q = String.raw`\\{1,3}"`;

export const NESTED_TURN_PATTERNS: Pattern[] = [
  {
    id: "pseudo-tag.nested-system-turn", family: "pseudo-tag", weight: 0.5,
    description: "A system / developer turn escaped inside a JSON string (a tool result posing as the system)",
    re: new RegExp(String.raw`${Q}role${Q}\s{0,3}:\s{0,3}${Q}(?:system|developer)${Q}\s{0,3},\s{0,3}${Q}content${Q}\s{0,3}:\s{0,3}${Q}|${Q}content${Q}\s{0,3}:\s{0,3}${Q}(?:[^"\\]|\\[^"]){1,300}${Q}\s{0,3},\s{0,3}${Q}role${Q}\s{0,3}:\s{0,3}${Q}(?:system|developer)${Q}`, "g"),
    anchors: ['\\"role\\', '\\"content\\'], before: 320, after: 340,
    judge: (m, t, s) => {
      if (MESSAGES_ARRAY.test(t.slice(Math.max(0, s - 600), s).replace(/\\/g, ""))) return 0.2;
      // A persona line ("You are a helpful assistant.") is how every sample system prompt opens.
      return m.startsWith("\\") && /^\s{0,3}you\s{1,4}are\s{1,4}an?\s/i.test(t.slice(s + m.length, s + m.length + 40)) ? 0.3 : 1;
    },
  },
];
