// What an order given to "the assistant" asks for, judged in the clause that follows the modal. Product
// docs describe their assistant in the same words ("the assistant should respond in JSON", "assistants
// summarising tickets should keep the customer's tone"); what separates a planted order is the ask:
// identity data, a device registered or data sent out by a command, a dictated rating or claim, reviews
// or facts left out, an auth check taken away, and the user kept from knowing.
import { PIPE_TO_SHELL } from "./rx.ts";

const IDENTITY = String.raw`\b(?:date\s{1,3}of\s{1,3}birth|home\s{1,3}address|social\s{1,3}security|passport(?:\s{1,3}number)?|maiden\s{1,3}name|national\s{1,3}ID|driver['’]?s?\s{1,3}licen[cs]e\s{1,3}number|card\s{1,3}(?:number|details)|CVV|seed\s{1,3}phrase)\b`;
/** A command that reports the machine or runs what it fetched. */
const SEND_OUT = String.raw`\$\(\s{0,2}(?:hostname|whoami|id|uname|cat|env|curl|wget)\b|\b(?:curl|wget)\s{1,3}(?:-\w{1,4}\s{1,3}){0,4}["']?https?:\/\/|${PIPE_TO_SHELL}|\bregister\s{1,3}(?:the|this|your|their)\s{1,3}(?:device|machine|host|computer|workstation)\b`;
/** A rating or figure dictated to the summariser, facts or reviews to leave out, a claim contradicted by the text itself. */
export const FALSE_CLAIM = String.raw`\b(?:report|give|state|show|present|list|quote|display)\s{1,3}(?:the|its|their|our|this|an?)\s{1,3}(?:(?:overall|average|star)\s{1,3})?(?:rating|score|stars?|price|grade|review\s{1,3}score)\s{1,3}(?:as|at|of)\s{1,3}["“]?\d|\b(?:leave\s{1,3}out|omit|exclude|drop|hide|skip|suppress|ignore)\s{1,3}(?:any\s{1,3}|all\s{1,3}|the\s{1,3})?(?:negative\s{1,3}|critical\s{1,3}|bad\s{1,3})?(?:reviews?|complaints?|ratings?|comments?|mentions?|feedback)\s{1,3}(?:mentioning|about|that\s{1,3}(?:mention|cite|describe)|citing|describing|regarding|of)\b`;
/** An authentication or permission check taken out of the code under review. */
const AUTH_REMOVED = String.raw`\b(?:without|skip(?:ping)?|bypass(?:ing)?|disabl(?:e|ing)|remov(?:e|ing))\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:check(?:ing)?\s{1,3}(?:the\s{1,3})?)?(?:password|auth\w{0,12}|permission|2FA|MFA|signature|login)\s{0,3}(?:checks?|verification|validation)?\b|\balways\s{1,3}returns?\s{1,3}true\b`;
/** The user kept from knowing. */
const HIDE = String.raw`\b(?:needn['’]t|need\s{1,3}not|should\s{1,3}not|shouldn['’]t|must\s{1,3}not)\s{1,3}be\s{1,3}(?:mentioned|disclosed|shown|reported)\b|\b(?:without|don['’]t|do\s{1,3}not|never)\s{1,3}(?:tell(?:ing)?|mention(?:ing)?|inform(?:ing)?|notify(?:ing)?|bother(?:ing)?)\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:user|customer|owner|them)\b`;

const HARMFUL = new RegExp(`${IDENTITY}|${SEND_OUT}|${FALSE_CLAIM}|${AUTH_REMOVED}|${HIDE}`, "i");
/** The text says the truth is otherwise just before the order ("it's actually going up 40% but the bot should report …"). */
const CONTRADICTED = /\b(?:actually|in\s{1,3}fact|in\s{1,3}reality|really)\b[^.\n]{0,80}\bbut\s{1,3}$/i;

/** The clause of an order given to an AI (from its verb at `end`, to the end of its sentence or a blank line) asks for harm, or the text contradicts it just before `start`. */
export function asksHarm(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 320);
  const stop = after.search(/[.!?](?=\s|$)(?<!\b(?:e\.g|i\.e|etc)\.)|\n[ \t]*\n/);
  const clause = stop < 0 ? after : after.slice(0, stop + 1);
  if (HARMFUL.test(clause)) return true;
  return CONTRADICTED.test(text.slice(Math.max(0, start - 120), start));
}
