// After an AI's label and its colon, a description of what the AI does, not an order to it: "AI
// assistant: now describes images in the gallery", "AI writer tool: now drafts product copy in seconds",
// "AI agents: will be able to open pull requests". A changelog, a roadmap or a tool list writes so;
// an order opens on the bare verb ("describe", "draft", "open").

/**
 * A verb in the third person after "now" / "also" / "already" / "soon" (not "this", a plural noun before a modal), or a
 * modal of ability ("can now", "will be able to"). A bare "merges this PR" may be an order dressed as a description.
 */
const DESCRIBES = /^[ \t]{0,3}(?:(?:now|also|already|soon)[ \t]{1,3}(?!(?:this|was|has|does|is|always|its|his|users|tests|results|steps|changes)\b)[a-z]{2,20}(?<![sui])s|(?:can|will|could)[ \t]{1,3}(?:now|also|soon)|(?:can|will|could)(?:[ \t]{1,3}(?:now|also|soon))?[ \t]{1,3}be[ \t]{1,3}able[ \t]{1,3}to)[ \t]{1,3}(?!(?:are|were|must|should|will|shall|can|may|need|have|you|the\s{1,3}user)\b)[a-z]/;

/** English words the description goes on with; the verb forms above are English ("traduis", "réponds" are French orders). */
const ENGLISH = /\b(?:the|and|in|of|for|with|to|your|its|their|on|from|by|an?)\b/;
const NOT_ENGLISH = /(?<![\p{L}])(?:le|la|les|des|du|que|qui|et|est|el|los|las|del|y|para|por|os|as|do|da|em|com|não|der|die|das|und|ist|nicht|mit|für|il|di|che|per|non|à|é|è)(?![\p{L}])/iu;

/** The words after a label's colon (from `at`, the colon or just before it) describe the AI, in English. */
export function describedAfterLabel(text: string, at: number): boolean {
  const m = /^[ \t]{0,2}[:：]([^\n]{0,80})/.exec(text.slice(at, at + 90));
  return m !== null && DESCRIBES.test(m[1]!) && ENGLISH.test(m[1]!) && !NOT_ENGLISH.test(m[1]!);
}
