// "A partir daí foi possível ler /etc/passwd", "pudimos leer /etc/shadow", "il a été possible de lire …": a
// test report telling, in the past, what the tester could do. The infinitive follows a past "was possible" /
// "we managed", not an order to the reader.

const PAST_ABILITY = /(?<![\p{L}])(?:(?:foi|era|fue|ha\s{1,3}sido|resultó|è\s{1,3}stato|il\s{1,3}(?:a\s{1,3}été|était)|c['’]était)\s{1,3}(?:poss[ií]vel|posible|possibile|possible)(?:\s{1,3}(?:de|d['’]))?|(?:conseguimos|consegui|pudimos|pude|logramos|logré|nous\s{1,3}avons\s{1,3}(?:pu|réussi\s{1,3}à)|j['’]ai\s{1,3}(?:pu|réussi\s{1,3}à)|(?:siamo|sono)\s{1,3}riusci(?:ti|to)\s{1,3}a|abbiamo\s{1,3}potuto|ho\s{1,3}potuto|konnten\s{1,3}wir|konnte\s{1,3}ich)(?:\s{1,3}(?:também|también|aussi|anche|auch|ainda|então|entonces))?)\s{1,3}$/iu;

/** The match opens right after a past "it was possible to" / "we managed to" in the languages. */
export function reportedAbility(text: string, start: number): boolean {
  return PAST_ABILITY.test(text.slice(Math.max(0, start - 60), start));
}
