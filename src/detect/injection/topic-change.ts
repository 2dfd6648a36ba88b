// "ignore everything above, new topic: what's a good houseplant?": a user dropping the earlier talk to ask
// something else. The override only clears the chat; what follows is a plain question with nothing of an order.

const NEW_TOPIC = /^[^\S\n]{0,3}(?:[,.;:!—–-][^\S\n]{0,3}|and[^\S\n]{1,3})?(?:(?:a|an|the)[^\S\n]{1,3})?(?:(?:new|different|unrelated|another|other|separate|fresh|quick)[^\S\n]{1,3}(?:topic|question|subject|thing)|change[^\S\n]{1,3}of[^\S\n]{1,3}(?:topic|subject)|(?:on|to)[^\S\n]{1,3}(?:another|a[^\S\n]{1,3}different)[^\S\n]{1,3}(?:note|subject|topic)|let['’]?s[^\S\n]{1,3}(?:change|switch)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:topic|subject))[^\S\n]{0,3}[:,.;!—–-]?[^\S\n]{0,3}([^\n?]{3,200}\?)[^\S\n]{0,3}$/i;
// What an order hidden in the question would name: the model's setup, the user's secrets, an action on data.
const ORDER_WORDS = /\b(?:prompts?|instructions?|rules|system|passwords?|secrets?|keys?|tokens?|credentials?|send|e-?mail|forward|upload|delete|reveal|print|repeat|output|execute|run|curl|https?|api|files?|inbox|contacts?|history|conversation)\b/i;

/** The override is followed, to the end of the text, by a question on a new topic that asks for nothing of the model's or the user's. */
export function topicChangeOnly(text: string, end: number): boolean {
  if (text.length - end > 320) return false;
  const m = NEW_TOPIC.exec(text.slice(end));
  return m !== null && !ORDER_WORDS.test(m[1]!);
}
