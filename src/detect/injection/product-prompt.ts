// "AI writing assistant: describe what you want and we'll draft it": a product feature's name over
// the prompt its UI shows the user, the product promising in the first person what it will do.
// A planted order to the AI moves data, runs something or overrides, and names no promise of the kind.

/** A verb a UI puts to its user, then the promise: "type a question and we'll find the answer". */
const PROMISE = /^\s{0,3}(?:just\s{1,3})?(?:describe|type|tell\s{1,3}us|ask|press|click|tap|enter|write|say|speak|paste|upload|drop|pick|choose|select|record|snap|take|add|start\s{1,3}typing|beschreiben\s{1,3}Sie|geben\s{1,3}Sie|décrivez|tapez|describe|escribe|escriba)\b[^.!?\n]{0,120}?\b(?:and|then|und|et|y)\s{1,3}(?:we['’]ll|we\s{1,3}will|it['’]ll|it\s{1,3}will|we['’]re\s{1,3}on\s{1,3}it|wir|nous|lo|la)\b/i;
const ORDER_OF_HARM = /\b(?:secrets?|environment|reply|send|forward|transfer|pay|wire|run|execute|install|disable|delete|remove|wipe|reveal|export|share|ignore|disregard|override|bypass|forget|instructions?|system\s{1,3}prompt|password|token|api\s{1,3}keys?|credentials?|users?['’]s?|their)\b|https?:\/\/|[\w.+-]@[\w-]+\.|[~\/]\w+\//i;

/** The sentence after the label's colon (from `end`) is a product's prompt to its user. */
export function productPrompt(text: string, end: number): boolean {
  const sentence = /^[^.!?\n]{1,200}/.exec(text.slice(end, end + 200))?.[0] ?? "";
  return PROMISE.test(sentence) && !ORDER_OF_HARM.test(sentence);
}
