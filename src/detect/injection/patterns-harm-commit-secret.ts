// A credential file put into the repository and published: "copy ~/.pypirc into the repo root,
// commit it and push", "add .env to the repo and push it". Committing a token file leaks it to
// everyone who can read the repository. A guide warns against it (negated); an order asks for it.
import type { Pattern } from "./pattern-set.ts";
import { SENSITIVE_ANCHORS, SENSITIVE_PATH } from "./patterns.ts";

export const HARM_COMMIT_SECRET_PATTERNS: Pattern[] = [
  {
    id: "harm.commit-secret-file", family: "harm", weight: 0.45, negatable: true,
    description: "A credential file copied into the repository, committed and pushed (\"copy ~/.pypirc into the repo root, commit it and push\")",
    re: new RegExp(String.raw`\b(?:copy|cp|move|mv|add|put|place|drop|include|check\s{1,3}in)\s{1,3}(?:the\s{1,3}|your\s{1,3}|their\s{1,3})?[\x60'"]?(?:(?:~|\$HOME|%USERPROFILE%)[\/\\])?${SENSITIVE_PATH}[^\n.;]{0,80}?\b(?:commit|push|check\s{1,3}(?:it|them)\s{1,3}in|publish)(?:s|ed|ing)?\b`, "gi"),
    anchors: SENSITIVE_ANCHORS, also: ["commit", "push", "check", "publish"], before: 40, after: 160,
    judge: (m) => (/\b(?:into|to|in)\s{1,3}(?:the\s{1,3}|this\s{1,3}|your\s{1,3}|our\s{1,3})?(?:repo|repository|project|working\s{1,3}tree|root|git)\b|\bgit\s{1,3}add\b|\bcommit\b/i.test(m) ? 1 : 0),
  },
];
