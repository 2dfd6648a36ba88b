// "[Customer] 55102 / [Bot] Order 55102 was delivered …", "Shopper: hi / Bot: Type your order number":
// in a chat transcript the bot's name opening a line is the speaker of that turn, not an address to
// a reader. It counts as one when other lines open with other speakers' labels of the same shape and
// the turn asks nothing harmful. (own-request.ts transcriptTurnLabel reads "User: … / AI: … / User: …"
// colon logs only, with the AI turn between two of one human's.)
import { harmCue } from "./own-request.ts";

const BRACKET = /^[ \t]{0,3}\[([^\]\n]{1,30})\][ \t]{0,2}:?[ \t]/;
const COLON = /^[ \t]{0,3}(\p{L}[\p{L}\d .'_-]{0,24}?)[ \t]{0,2}:[ \t]/u;
/** Labels that are no speaker: headers, fields and the AI's own names. */
const NOT_A_SPEAKER = /^(?:ai|a\.i\.|llm|bot|chatbot|assistant|agent|model|system|note|from|to|cc|bcc|subject|date|re|fwd|source|title|url|body|text|summary|result|output|input|status|tags?|category|author|headline|important|warning|urgent|tip|step\s?\d*|q|a)$/i;

function labelOf(line: string, shape: RegExp): string | null {
  const m = shape.exec(line);
  return m ? m[1]!.trim().toLowerCase() : null;
}

/** The line holding `at` opens with a speaker label around the AI noun, and other speakers' turns are labelled the same way nearby. */
export function transcriptSpeaker(text: string, at: number): boolean {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const le = text.indexOf("\n", at);
  const line = text.slice(ls, le < 0 ? text.length : le);
  const shape = BRACKET.test(line) ? BRACKET : COLON.test(line) ? COLON : null;
  // The AI noun is the label itself ("[Bot]", "Bot:"), not a word after another label ("Notes: AI assistants —").
  if (shape === null || at - ls >= shape.exec(line)![0].trimEnd().length || harmCue(line)) return false;
  const own = labelOf(line, shape)!;
  const labels = text.slice(Math.max(0, ls - 1500), ls + 1500).split("\n").map((l) => labelOf(l, shape)).filter((l): l is string => l !== null);
  const count = (l: string) => labels.filter((x) => x === l).length;
  // Turns, not fields: a speaker speaks twice (a calendar invite's "When:", "Notes:" come once each).
  const others = labels.filter((l) => l !== own && !NOT_A_SPEAKER.test(l));
  return others.length > 0 && (count(own) >= 2 || others.some((l) => count(l) >= 2));
}

/** A speaker's name that is the bot's: "HomeBot", "TravelAssistant", "[AI]", "Copilot". */
const BOT_NAME = /bot|assistant|\bai\b|agent|gpt|copilot|alexa|siri/i;
const OVERRIDE_WORD = /(?<!\p{L})(?:ignor\p{L}*|disregard|forget|bypass|override|olvid\p{L}*|oubli\p{L}*|vergiss|dimentic\p{L}*|esque[cç]\p{L}*|instruc\p{L}*|istruzion\p{L}*|Anweisung\p{L}*|игнор\p{L}*|забудь|инструкци\p{L}*)(?!\p{L})|指示|指令|無視|忽略|무시|지시/iu;

/**
 * "Jo: bot, add "call plumber" to the list / HomeBot: Added …": in a chat log a member's turn asks
 * the bot (the AI noun or handle right after the speaker's label) and the bot's own labelled turn
 * answers on the next line under its one name. A request made in the chat, not one planted for a reader, when the turn
 * asks nothing harmful and sets no instructions aside.
 */
export function askedInChat(text: string, at: number, end: number): boolean {
  // The address ends on the speaker's own line ("Day 2: Arashiyama.\nAI: …" is two lines, not one turn).
  if (text.slice(at, end).includes("\n")) return false;
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const le = text.indexOf("\n", at);
  const line = text.slice(ls, le < 0 ? text.length : le);
  const shape = BRACKET.test(line) ? BRACKET : COLON.test(line) ? COLON : null;
  if (shape === null) return false;
  const label = shape.exec(line)!;
  if (at - ls < label[0].length || !/^[\s"“(]{0,3}(?:(?:hey|hi|ok|okay)[\s,]{1,3})?@?$/i.test(line.slice(label[0].length, at - ls))) return false;
  const own = label[1]!.trim();
  if (NOT_A_SPEAKER.test(own) || BOT_NAME.test(own) || harmCue(line) || OVERRIDE_WORD.test(line) || le < 0) return false;
  const next = /^\s*([^\n]*)/.exec(text.slice(le + 1))![1]!;
  const reply = shape.exec(next);
  // The bot answers under its one name ("HomeBot:", "[AI]"), not a group addressed ("AI reviewers:").
  return reply !== null && BOT_NAME.test(reply[1]!) && /^[\p{L}\p{N}_.-]{2,30}$/u.test(reply[1]!.trim());
}
