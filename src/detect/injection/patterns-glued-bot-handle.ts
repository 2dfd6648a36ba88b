// An ops or chat bot @-mentioned by a handle with the bot word glued on ("@opsbot", "@DeployBot",
// "@infraagent") and told to drop its approval rules or to act on the infrastructure. The older
// handle patterns find the bot word only where it starts a word ("@review-bot"). Dropping the
// bot's own safeguards is an attack alone; a bare ChatOps command ("@deploybot deploy web to
// staging") is the team's routine and counts only beside what an attack asks (a wipe, an upload).
import { BOT_HANDLE } from "./bot-handle.ts";
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["harm", "exfil", "credential", "exec", "override", "concealment"];
const HANDLE = BOT_HANDLE.glued;
const SAFEGUARD_DROP = String.raw`(?:ignore|disregard|bypass|skip|override|forget|suspend)\s{1,4}(?:your|the|all|any|this)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:approvals?|polic(?:y|ies)|rules?|checks?|guardrails?|restrictions?|safeguards?|change\s{1,4}(?:freeze|window|process)|reviews?|sign-?offs?|limits?)\b`;
const DROPS_SAFEGUARD = new RegExp(`${SAFEGUARD_DROP}$`, "i");
const OPS_ACT = String.raw`(?:run|execute|exec|delete|drop|remove|wipe|purge|truncate|restart|reboot|kill|deploy|roll\s{0,2}back|rollback|scale|grant|disable|rotate|revoke|sudo|approve|merge|push|force|dump|export|send|upload)\b`;

export const GLUED_BOT_HANDLE_PATTERNS: Pattern[] = [
  {
    id: "addressed.glued-bot-handle", family: "addressed", weight: 0.5, partners: PARTNERS,
    description: "An ops bot @-mentioned by its handle (\"@opsbot\") and told to drop its approval rules or to act on the systems",
    re: new RegExp(String.raw`${HANDLE}[ \t,:]{1,4}(?:(?:please|just|now|go\s{1,4}ahead\s{1,4}and)\s{1,4}){0,2}(?:${SAFEGUARD_DROP}|${OPS_ACT})`, "gi"),
    anchors: ["@"],
    also: ["ignore", "disregard", "bypass", "skip", "override", "forget", "suspend", "run", "execute", "exec", "delete", "drop", "remove", "wipe", "purge", "truncate", "restart", "reboot", "kill", "deploy", "roll", "rollback", "scale", "grant", "disable", "rotate", "revoke", "sudo", "approve", "merge", "push", "force", "dump", "export", "send", "upload"],
    before: 2, after: 120,
    judge: (m) => (DROPS_SAFEGUARD.test(m) ? 1 : 0.6),
  },
];
