// A colleague asking the team's own bot for a routine tracker action ("@bot please create a ticket
// for the login bug and assign it to me"): the action is one of a closed set on a work item, and
// the sentence carries nothing else — no override, no destination, no secret, no command.
import { BOT_HANDLE } from "./bot-handle.ts";
import { harmCue } from "./own-request.ts";

const ROUTINE = /^[ \t,:]{0,4}(?:please\s{1,4}|kindly\s{1,4})?(?:create|open|file|log|add|make)\s{1,4}(?:a|an|the|new|one)\s{1,4}(?:new\s{1,4})?(?:[\w-]{1,20}\s{1,4}){0,2}?(?:ticket|issue|task|card|reminder|bug\s{1,4}report|jira|story|todo)\b|^[ \t,:]{0,4}(?:please\s{1,4}|kindly\s{1,4})?(?:assign|label|tag|close|reopen|remind|schedule|snooze)\s{1,4}(?:this|that|it|the\s{1,4}(?:ticket|issue|task|card|bug|PR|pull\s{1,4}request)|us|me|everyone|the\s{1,4}team)\b/i;
const OVERRIDE = /\b(?:ignore|disregard|forget|bypass|override)\b|\binstructions?\b|\.env\b/i;

/** The @-mention at [start, start+match) asks the team's bot for a routine tracker action, nothing more. */
export function routineTeamBotAsk(match: string, text: string, start: number): boolean {
  const at = /@[\w-]+/.exec(match);
  if (!at) return false;
  const from = start + at.index + at[0].length;
  const after = text.slice(from, from + 200);
  if (!ROUTINE.test(after)) return false;
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  const sentence = stop < 0 ? after : after.slice(0, stop);
  return !harmCue(sentence) && !OVERRIDE.test(sentence);
}

/** What a bare bot command never carries: a safeguard named, everything or everyone, the user, an override, production. */
const NOT_BARE = /\b(?:reviews?|checks?|tests?|scans?|approv\w*|protection|security|audit\w*|polic(?:y|ies)|rules?|guard\w*|limits?|restrictions?|all|every\w*|any\w*|users?|instructions?|ignore|disregard|forget|bypass|override|force\w*|without|prod(?:uction)?|admin\w*|root|sudo)\b/i;

/**
 * "@StandupBot skip", "@standup-bot: skip today", "@deploybot status api": a command typed to the
 * team's chat bot, its verb and at most three plain words, the line carrying nothing an attack asks.
 */
export function bareBotCommand(match: string, text: string, start: number): boolean {
  const at = /^@[\w-]+/.exec(match);
  if (!at || !BOT_HANDLE.chat.test(at[0])) return false;
  const from = start + at[0].length;
  const nl = text.indexOf("\n", from);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  if (harmCue(line) || OVERRIDE.test(line) || NOT_BARE.test(line)) return false;
  const rest = line.replace(/^[\s:,]+/, "");
  const stop = rest.search(/[.!?;,(—–]|\s-\s/);
  const command = stop < 0 ? rest : rest.slice(0, stop);
  const words = command.replace(/^(?:(?:please|pls|now|just)\s+)+/i, "").split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[\w#.:\/-]{1,40}$/.test(w));
}
