// Prompt-writing advice tells the reader to drop the flawed part of a prompt they wrote: "ignore the
// ambiguous instructions of the previous prompt and write a new one", "ignora las instrucciones
// ambiguas", "ignorez les consignes contradictoires". An override drops instructions wholesale
// (all / previous / the system's); one naming a flaw of the instructions edits a prompt.

const FLAW = /(?<![\p{L}])(?:ambiguous|unclear|vague|contradictory|conflicting|confusing|redundant|unnecessary|superfluous|ambigu[oa]s?|ambiguë?s?|ambigui|confus[oa]s?|confuses?|vag[oa]s?|vagues?|contradictori[oa]s?|contradictoires?|contraddittori[ei]|redundantes?|redondantes?|ridondanti|innecesarias?|innecesarios?|desnecessári[oa]s?|inutiles?|inutili|superfluas?|superflues?|mehrdeutig\p{L}{0,2}|unklar\p{L}{0,2}|widersprüchlich\p{L}{0,2}|überflüssig\p{L}{0,2}|двусмысленн\p{L}{0,3}|расплывчат\p{L}{0,3}|противоречив\p{L}{0,3}|лишн\p{L}{0,3})(?![\p{L}])|模糊|含糊|矛盾|多余|冗长|曖昧|あいまい|冗長|모호한|애매한|모순된|불필요한/iu;

const COPULA = /(?<![\p{L}])(?:are|is|were|was|have\s{1,3}been|son|están|eran|sont|étaient|sind|waren|sono|erano|são|estão|были|является|являются)(?![\p{L}])|是|は|이다/iu;

/** The override at [start, end) names a flaw of the instructions it drops (in it or just after): prompt-editing advice. */
export function dropsFlawedInstructions(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, Math.min(text.length, end + 30)).split(/[.!?;\n。]/)[0]!;
  const flaw = FLAW.exec(phrase);
  // "the instructions you received are unclear, ignore them": declaring them void is how overrides open.
  return flaw !== null && !COPULA.test(phrase.slice(0, flaw.index));
}
