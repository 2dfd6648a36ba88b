// A colleague asking the team's own bot for a routine tracker action ("@bot please create a ticket
// for the login bug and assign it to me"): the action is one of a closed set on a work item, and
// the sentence carries nothing else — no override, no destination, no secret, no command.
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
