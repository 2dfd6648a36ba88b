// People chatting: "[21:03] jo: ok ignore everything I said earlier, plan B: meet at the station at 8".
// A speaker in a chat log takes back their own earlier words to the others; nobody there is an AI.
// The same words planted for an assistant name it, steer its answers or carry a payload.

import { ADDRESSES_READER, harmCue, READER_STEERING } from "./own-request.ts";

/** A chat line: "[21:03] jo: …", "21:03 - Ana: …", "jo: …" (a short speaker name, then a colon). */
const CHAT_LINE = /^[^\S\n]{0,3}(?:[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s{0,2}[ap]\.?m\.?)?[\])]?[^\S\n]{0,3}(?:[-–—][^\S\n]{0,3})?)?([\p{L}][\p{L}\p{N}._'’-]{0,20}(?:[^\S\n][\p{L}][\p{L}._'’-]{0,20})?)[^\S\n]{0,2}:[^\S\n]/u;
const CHAT_LINES = new RegExp(CHAT_LINE.source, "gmu");
/** Speakers that are machines or roles of a chat with an assistant, not people. */
const MACHINE_SPEAKER = /^(?:AI|A\.I\.|assistant|bot|chatbot|system|user|model|agent|copilot|GPT|ChatGPT|Claude|Gemini|LLM|human|note|subject|to|from|re|cc)$/i;
/** Own words in the override: "everything I said earlier", "what we wrote". */
const OWN_WORDS = /\b(?:I|we)\s{1,4}(?:said|wrote|told|asked|suggested|proposed|mentioned)\b/i;
const AI_WORD = /\b(?:AI|A\.I\.|assistants?|chat\s?bots?|bots?|LLMs?|GPT|models?|agents?|summar\w+)\b|\bIA\b|\bKI\b/i;

/** The override at [start, end) retracts the speaker's own words on a line of a chat between people. */
export function ownWordsInChat(text: string, start: number, end: number): boolean {
  if (!OWN_WORDS.test(text.slice(start, end))) return false;
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const le = text.indexOf("\n", end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  const m = CHAT_LINE.exec(line);
  if (!m || MACHINE_SPEAKER.test(m[1]!) || ls + m[0].length > start) return false;
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  let n = 0;
  CHAT_LINES.lastIndex = 0;
  for (let c = CHAT_LINES.exec(head); c; c = CHAT_LINES.exec(head)) if (MACHINE_SPEAKER.test(c[1]!)) return false; else n++;
  return n >= 2 && !AI_WORD.test(line) && !ADDRESSES_READER.test(line) && !READER_STEERING.test(line) && !harmCue(line);
}
