// A flood written as a command rather than named: an endless (or ten-thousand-fold) shell loop
// that fires requests at a host and backgrounds each one ("while true; do curl -s URL & done").
// Weak and partnered like the other harm patterns: a load-testing note alone is not flagged.
// A loop that backgrounds endless request loops ("for i in $(seq 1 500); do (while true; do curl …;
// done) & done") is a flood by its shape: a load test uses a tool (ab, wrk, k6), and a poller sleeps.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

const ENDLESS = String.raw`while\s{1,4}(?:true|:|1|\[\s{0,2}1\s{0,2}\])`;
const REQUEST = String.raw`(?:curl|wget|hping3?|nc|ping|http)`;

export const HARM_REQUEST_LOOP_PATTERNS: Pattern[] = [
  {
    id: "harm.request-loop", family: "harm", weight: 0.3, partners: PARTNERS,
    description: "Asks for a loop that floods a host with backgrounded requests",
    re: /\b(?:while\s{1,4}(?:true|:|1|\[\s{0,2}1\s{0,2}\])|for\s{1,4}\w{1,10}\s{1,4}in\s{1,4}(?:\$\(\s{0,2}seq\s{1,4}(?:\d{1,3}\s{1,4})?\d{4,}\s{0,2}\)|\{\d{1,3}\.\.\d{4,}\}))\s{0,2};?\s{0,4}do\s{1,4}(?:curl|wget|hping3?|nc|ping|http)\b[^\n;&]{0,200}&\s{0,4};?\s{0,4}done\b/gi,
    anchors: ["while true", "while :", "while 1", "while [", "$(seq", "{1.."], before: 10, after: 260,
  },
  {
    id: "harm.request-loop-fan-out", family: "harm", weight: 0.5,
    description: "A loop that starts many endless request loops in the background (a flood by its shape)",
    re: new RegExp(String.raw`\b(?:for\s{1,4}\w{1,10}\s{1,4}in\s{1,4}(?:\$\(\s{0,2}seq\s[^)\n]{1,20}\)|\x60seq\s[^\x60\n]{1,20}\x60|\{\d{1,6}\.\.\d{1,7}\})|while\s{1,4}(?:true|:|1))\s{0,2};?\s{0,4}do\s{1,4}\(?\s{0,2}${ENDLESS}\s{0,2};?\s{0,4}do\s{1,4}${REQUEST}\b[^\n;&|]{0,200}(?:;\s{0,4})?done\s{0,2}\)?\s{0,2}&`, "gi"),
    anchors: ["while true", "while :", "while 1", "while ["], before: 120, after: 260,
  },
];
