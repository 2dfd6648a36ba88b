// "@Aisha, archive the board", "@Kai please delete …": a colleague's @-mention whose name merely
// holds the letters of an AI word (ai, bot). A bot's handle has the word as a part of its own
// ("@review-bot", "@ReviewBot", "@triagebot", "@OpenAI", "@ai"), a name is one word.
import { BOT_HANDLE } from "./bot-handle.ts";

/** The @-handle opening `match` is a person's given name: one capitalised word, no bot word as its part. */
export function personHandle(match: string): boolean {
  const h = /^@([\p{L}]+)(?![\w-])/u.exec(match)?.[1];
  if (!h || !/^\p{Lu}\p{Ll}{1,20}$/u.test(h) || BOT_HANDLE.end.test(h)) return false;
  // "Ai" alone or "Ai…" ends in "ai" only in names ("Kai", "Mai"); "Aibot" is caught above.
  return !/^ai$/i.test(h);
}
