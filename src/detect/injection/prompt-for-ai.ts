// "Напиши промпт для ИИ, который …", "Write a system prompt for an AI that …", "Schreib einen Prompt
// für eine KI": the AI named after "for" is who the prompt the user asks for will be given to, not
// the reader addressed. Writing, drafting or improving a prompt is ordinary work in every language.

const WRITE = String.raw`(?:write|draft|improve|create|compose|craft|generate|make|rewrite|напиши(?:те)?|составь(?:те)?|придумай(?:те)?|улучши(?:те)?|создай(?:те)?|сделай(?:те)?|перепиши(?:те)?|напишіть|напиши|складіть|склади|створи(?:ть)?|покращ\p{L}{0,4}|schreib\p{L}{0,2}|erstell\p{L}{0,2}|verbesser\p{L}{0,2}|formulier\p{L}{0,2}|escrib\p{L}{0,2}|redact\p{L}{0,2}|cre\p{L}{0,2}|mejor\p{L}{0,2}|écri\p{L}{0,3}|rédig\p{L}{0,2}|amélior\p{L}{0,2}|scriv\p{L}{0,2}|migliora|napisz|stwórz|popraw|escrev\p{L}{0,2}|melhor\p{L}{0,2})`;
const PROMPT = String.raw`(?:(?:system|системн\p{L}{0,3}|системн\p{L}{0,3})\s{1,3})?(?:prompts?|промпт\p{L}{0,2}|инструкци\p{L}{0,2}|інструкці\p{L}{0,2}|Prompts?|System-?Prompt|prompt\s{1,3}(?:de\s{1,3}sistema|système|di\s{1,3}sistema))`;
/** The sentence so far asks for a prompt: "Write a prompt for", "Напиши подробный промпт для". */
const ASKS_PROMPT_FOR = new RegExp(String.raw`(?<![\p{L}])${WRITE}\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,3}?${PROMPT}(?:\s{1,3}[\p{L}-]{1,20}){0,2}\s{1,3}(?:for|для|für|para|pour|per|dla)\s{1,3}(?:an?|the|eine[nm]?|einen|die|un[ae]?|una|uno|l['’]|la|el)?\s{0,3}$`, "iu");

/** The AI named by match `m` at `start` (its preposition may open the match) is who a prompt the user asks to have written is for. */
export function promptWrittenFor(m: string, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start).split(/[.!?\n]/).pop()!;
  return ASKS_PROMPT_FOR.test(before + m.replace(/[^\s]+$/u, ""));
}
