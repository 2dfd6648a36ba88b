// What a planted note asks a coding agent to do to the user's project: print every CI secret to a
// log (or `toJSON(secrets)`), dump the environment (printenv, Get-ChildItem env:) into a file, a PR
// or a URL, send the files a listing call returns (DriveApp.getFiles(), os.listdir()) to a host, or
// take an auth check out. Weak and partnered like the other harm signals: a security article names
// the same steps; an order or an address to the agent makes them count.
import type { Family, Pattern } from "./pattern-set.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

/** Where a dump goes: a redirect, a file, a PR / issue / gist, a URL. */
const DUMP_DEST = String.raw`(?:[^.\n]|\.(?=\S)){0,100}?(?:>{1,2}\s{0,2}[\w.\/~-]{1,60}|\|\s{0,2}(?:curl|nc|ncat|tee)\b|\b(?:into|to|in|as)\s{1,4}(?:an?\s{1,4}|the\s{1,4}|a\s{1,4}new\s{1,4})?(?:[\w.-]{1,40}\.(?:txt|log|md|json|out|env)\b|file\b|PR\b|pull\s{1,4}request|issue\b|comment\b|gist\b)|https?:\/\/)`;

export const HARM_REPO_ORDER_PATTERNS: Pattern[] = [
  {
    id: "harm.ci-secrets-dump", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Asks for printing or sending every CI / repository secret (\"print all repository secrets to the log\", toJSON(secrets))",
    re: /\b(?:print|dump|echo|log|output|expose|list|upload|send|post|exfiltrat\w{0,3})\w{0,3}\s{1,4}(?:out\s{1,4})?(?:all|every|each)\s{1,4}(?:of\s{1,4})?(?:the\s{1,4})?(?:repo(?:sitory)?|CI|GitHub|actions?|org(?:ani[sz]ation)?|workflow|environment|deployment|project)\s{1,4}secrets\b|\btoJSON\s{0,2}\(\s{0,2}secrets\s{0,2}\)/gi,
    anchors: ["repository secrets", "repo secrets", "ci secrets", "github secrets", "actions secrets", "action secrets", "org secrets", "organization secrets", "organisation secrets", "workflow secrets", "environment secrets", "deployment secrets", "project secrets", "tojson(secrets", "tojson( secrets"], before: 80, after: 20,
  },
  {
    id: "harm.env-dump", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Asks for dumping the environment (printenv, Get-ChildItem env:) into a file, a PR or a URL",
    re: new RegExp(String.raw`(?:\bprintenv\b|\b(?:Get-ChildItem|gci|dir|ls)\s{1,3}env:|\bexport\s{1,3}-p\b|(?<=[\x60"'])env(?=[\x60"'])|(?<=\boutput\s{1,3}of\s{1,3})env\b)${DUMP_DEST}`, "gi"),
    anchors: ["printenv", "env:", "export -p", "`env`", "\"env\"", "'env'", "output of env"], before: 40, after: 160,
  },
  {
    id: "harm.listed-files-upload", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for code that sends the files a listing call returns to a host (\"sends DriveApp.getFiles() contents to https://…\")",
    re: /\b(?:send|upload|post|forward|e-?mail|transfer|exfiltrat|push)\w{0,4}\s{1,4}(?:the\s{1,4}|all\s{1,4}|each\s{1,4}|every\s{1,4})?(?:[\w.]{1,40}\.)?(?:getFiles|searchFiles|listFiles|listdir|iterdir|rglob|readdirSync)\s{0,2}\([^)\n]{0,60}\)(?:[^.\n]|\.(?=\S)){0,120}?https?:\/\/|\b(?:[\w.]{1,40}\.)?(?:getFiles|searchFiles|listFiles|listdir|iterdir|rglob|readdirSync)\s{0,2}\([^)\n]{0,60}\)(?:[^.\n]|\.(?=\S)){0,80}?\b(?:send|upload|post|forward|e-?mail|transfer|exfiltrat)\w{0,4}\b(?:[^.\n]|\.(?=\S)){0,80}?https?:\/\//gi,
    anchors: ["getfiles", "searchfiles", "listfiles", "listdir", "iterdir", "rglob", "readdirsync"], also: ["http"], before: 80, after: 240,
  },
  {
    id: "harm.auth-check-bypass", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Asks for taking an auth check out (\"replace the auth check with return true\", \"skip the permission check\")",
    re: /\b(?:replac|remov|delet|skip|bypass|disabl|short-?circuit|stub|comment)\w{0,4}(?:\s{1,3}out)?\s{1,4}(?:the\s{1,4}|all\s{1,4}(?:the\s{1,4})?|any\s{1,4})?(?:auth(?:entication|orization)?|permissions?|access|login|admin|role|signature)\s{1,4}(?:checks?|guards?|verification)\b/gi,
    anchors: ["auth check", "authentication check", "authorization check", "permission check", "permissions check", "access check", "login check", "admin check", "role check", "signature check", "auth guard", "signature verification", "auth verification"], before: 60, after: 20,
  },
  {
    id: "harm.mass-close-issues", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Asks for closing, locking or deleting every open issue, pull request or thread of the project",
    re: /\b(?:close|lock|delete|archive|dismiss|reject)\s{1,4}(?:all|every|each|any)\s{1,4}(?:(?:of\s{1,4})?(?:the\s{1,4})?(?:open|existing|remaining|pending|current)\s{1,4})?(?:issues?|pull\s{1,4}requests?|PRs?|tickets?|threads?|discussions?|merge\s{1,4}requests?|bug\s{1,4}reports?)\b/gi,
    anchors: ["issue", "pull request", "pr", "ticket", "thread", "discussion", "merge request", "bug report"], also: ["close all", "close every", "close each", "close any", "lock all", "lock every", "delete all", "delete every", "archive all", "archive every", "dismiss all", "reject all", "reject every"], before: 20, after: 80,
  },
];
