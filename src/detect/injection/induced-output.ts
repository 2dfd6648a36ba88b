// Security docs tell what a model can be tricked into writing and show it by example ("Models can be
// tricked into producing a Markdown image whose URL carries conversation data (for example ![](…))",
// "Les modèles peuvent être incités à produire une image … (par exemple ![](…))"): the image shown
// illustrates the sentence's passive model, it is not asked of the reader.

/** A model, in the third person, made to write something (English, French, German, Spanish, Portuguese, Italian). */
const MODEL_INDUCED = new RegExp([
  String.raw`\b(?:models?|assistants?|AIs?|LLMs?|agents?|chatbots?)\s{1,4}(?:is|are|was|were|gets?|got|(?:can|could|may|might)\s{1,4}be|ha(?:s|ve)\s{1,4}been)\s{1,4}(?:(?:successfully|easily|sometimes|often)\s{1,4})?(?:tricked|coaxed|manipulated|induced|convinced|fooled|persuaded|steered|talked|led)\s{1,4}(?:into|to)\s{1,4}(?:render|output|emit|print|includ|display|writ|return|produc|generat)`,
  String.raw`(?<![\p{L}])(?:mod[eè]les?|assistants?|IA|LLM|agents?)\s{1,4}(?:peu(?:ven)?t|pourrai(?:en)?t)\s{1,4}(?:être\s{1,4})?(?:incit|amen|pouss|manipul|tromp|condui|induit)\p{L}{0,4}\s{1,4}(?:à|a)\s{1,4}(?:produire|générer|afficher|insérer|émettre|écrire|inclure|renvoyer)`,
  String.raw`(?<![\p{L}])(?:Modell\p{L}{0,2}|Assistent\p{L}{0,2}|KI|LLMs?|Agent\p{L}{0,2})\s{1,4}(?:kann|können|könnte|könnten)\s{1,4}(?:[\p{L}-]{1,20}\s{1,4}){0,5}?(?:gebracht|verleitet|manipuliert|überredet|getäuscht|bewegt)\s{1,4}werden`,
  String.raw`(?<![\p{L}])(?:modelos?|asistentes?|assistentes?|IA|LLM|agentes?)\s{1,4}(?:pueden?|podría|podrían|podem?|poderia|poderiam)\s{1,4}(?:ser\s{1,4})?(?:inducid|engañad|manipulad|llevad|convencid|induzid|enganad|levad)[oa]s?\s{1,4}(?:a|para)\s{1,4}(?:producir|generar|mostrar|insertar|emitir|escribir|incluir|produzir|gerar|exibir|inserir|escrever)`,
  String.raw`(?<![\p{L}])(?:modell[oi]|assistent[ei]|IA|LLM|agent[ei])\s{1,4}(?:può|possono|potrebbe(?:ro)?)\s{1,4}(?:essere\s{1,4})?(?:indott|ingannat|manipolat|spint|convint)[oaie]\s{1,4}(?:a|ad)\s{1,4}(?:produrre|generare|mostrare|inserire|emettere|scrivere|includere)`,
].join("|"), "iu");

/** What shows the example right before the image: an opening parenthesis with an example cue, or a colon. */
const EXAMPLE_SLOT = /(?:\(\s{0,2}(?:(?:for\s{1,3}(?:example|instance)|e\.\s?g\.|such\s{1,3}as|par\s{1,3}exemple|p\.\s?ex\.|z\.\s?B\.|zum\s{1,3}Beispiel|etwa|por\s{1,3}ejemplo|p\.\s?ej\.|por\s{1,3}exemplo|ad\s{1,3}esempio|per\s{1,3}esempio)\s{0,2}[,:]?\s{0,2})?|:\s{0,3})$/i;

/** The image opening at `at` shows, by example, what the sentence says a model can be induced to write. */
export function inducedOutputExample(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const slot = EXAMPLE_SLOT.exec(before);
  if (!slot) return false;
  const head = before.slice(0, slot.index);
  // The sentence the example belongs to: from its last stop or line break on.
  const sentence = head.slice(head.search(/(?:[^.!?\n]|\.(?=\S))*$/));
  return MODEL_INDUCED.test(sentence) && !/(?<![\p{L}])(?:you|your|vous|tu|du|Sie)(?![\p{L}])/iu.test(sentence);
}
