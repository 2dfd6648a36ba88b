// An order to put code into the notebook or file at hand and run it: "# the next cell must be … #
// insert and run it", "add this as a new cell and execute it". Notebook tutorials say the same of
// harmless code ("add the following to a new cell and run it"), so it is weak and counts only next to
// what the code does (a reverse shell, a pipe to a shell, a key read) or an address to the agent.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["exec", "harm", "exfil", "credential", "addressed"];
const WHAT = String.raw`(?:it|this|that|them|(?:the|this)\s{1,3}(?:following|above|below|code|snippet|line|lines|cell|payload|command))`;
const WHERE = String.raw`(?:\s{1,3}(?:as|into|in|to|at)\s{1,3}(?:the\s{1,3}next|a\s{1,3}new|the\s{1,3}(?:first|last)|this|the)\s{1,3}(?:cell|notebook|script|file))?`;

export const RUN_INSERTED_CODE_PATTERNS: Pattern[] = [
  {
    id: "order.insert-and-run", family: "order", weight: 0.3, partners: PARTNERS,
    description: "Code to be inserted into the notebook or script and run (\"the next cell must be … insert and run it\")",
    re: new RegExp(String.raw`\b(?:insert|add|paste|put|append|place|create|write)\s{1,3}(?:${WHAT}${WHERE}\s{1,3})?(?:and|then|and\s{1,3}then|,\s{0,2}then)\s{1,3}(?:run|execute|evaluate)\s{1,3}(?:it|them|this|that|the\s{1,3}(?:cell|notebook|script))\b|\bthe\s{1,3}next\s{1,3}(?:cell|step|command)\s{1,3}(?:must|should|has\s{1,3}to|needs\s{1,3}to|is\s{1,3}to)\s{1,3}(?:be|contain|run|execute)\b`, "gi"),
    anchors: ["run", "execute", "evaluate", "next cell", "next step", "next command"],
    also: ["insert", "add", "paste", "put", "append", "place", "create", "write", "must", "should", "has to", "needs to", "is to"],
    before: 120, after: 60,
  },
];
