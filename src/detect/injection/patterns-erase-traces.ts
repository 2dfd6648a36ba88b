// A step that erases what the act left, said with its purpose: "then delete /tmp/dd.zip so nothing is
// left behind", "wipe the log afterwards to leave no trace", "clear the history so there is no trace".
// Clean-up steps in a guide delete temp files too, but do not say why in terms of traces, so the
// purpose is the signal; still weak, it counts next to the harm, upload or command it hides.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["exfil", "harm", "exec", "credential", "order"];
const ERASE = String.raw`(?:delete|remove|wipe|erase|clear|shred|purge|rm|unlink|truncate)`;
const NO_TRACE = String.raw`(?:so\s{1,3}(?:that\s{1,3})?(?:nothing\s{1,3}(?:is\s{1,3}|gets\s{1,3}|will\s{1,3}be\s{1,3})?left\s{1,3}behind|(?:there\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3})?no\s{1,3}(?:traces?|evidence|record)\b(?:\s{1,3}(?:is|are)\s{1,3}left|\s{1,3}remains?)?)|(?:to\s{1,3})?(?:leave|leaving)\s{1,3}(?:no\s{1,3}(?:traces?|evidence)|nothing\s{1,3}behind)|(?:to\s{1,3})?cover\s{1,3}(?:your|its|our|the)\s{1,3}tracks)`;

export const ERASE_TRACES_PATTERNS: Pattern[] = [
  {
    id: "concealment.erase-traces", family: "concealment", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "A deletion step said to leave no trace (\"then delete /tmp/dd.zip so nothing is left behind\")",
    re: new RegExp(String.raw`\b${ERASE}\b(?:[^.\n]|\.(?=\S)){1,80}?\s${NO_TRACE}`, "gi"),
    anchors: ["left behind", "no trace", "no evidence", "no record", "nothing behind", "tracks"],
    also: ["delete", "remove", "wipe", "erase", "clear", "shred", "purge", "rm ", "unlink", "truncate"],
    before: 100, after: 30,
  },
];
