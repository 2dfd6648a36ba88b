// An incident timeline or a honeypot log tells, step by step, what an intruder did: "02:16  Runs
// uname -a, id, and cat /etc/passwd.", "Common sequences we see within seconds of login: uname -a;
// …; then echo their key into ~/.ssh/authorized_keys". The attacker is named once, lines or a
// sentence before; each step after is told of them, nobody reading is asked to do it.

/** A line that opens with a time stamp and then a verb in the third person ("02:19  Appends …", "- [14:02:11 UTC] Adds …"). */
const TIMED_STEP = /^[^\S\n]{0,6}(?:[-*•][^\S\n]{1,3})?(?:\*\*)?\[?(?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|GMT|Z))?\]?(?:\*\*)?[^\S\n]{0,4}[-—–|:]?[^\S\n]{1,4}(?:(?:then|also|again)\s{1,3})?\p{Lu}\p{Ll}{1,15}(?<!ss)(?:s|ed)(?![\p{L}])/u;
/** What the lead-in says was seen or logged: "we see", "honeypots record", "observed", "the commands attackers type". */
const OBSERVED = /(?<![\p{L}])(?:(?:we|I|they|honeypots?|sensors?|logs?)\s{1,3}(?:(?:often|usually|typically|always|then)\s{1,3})?(?:see|saw|observe[ds]?|log(?:s|ged)?|record(?:s|ed)?|capture[ds]?|caught|notice[ds]?)|observed|seen|recorded|logged|captured|typed|ran|executed|tried|attempted)(?![\p{L}])/iu;
const YOU = /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu;
// Hosts and paths ("attacker.example/collect") name no one.
const unpathed = (s: string) => s.replace(/\S*[./@]\S*/g, " ");

/** The step at `start` is one of an intruder's, told in a timed log or in a run of steps an observation introduces, an attacker named before. */
export function attackerNarrative(text: string, start: number, attacker: RegExp): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  if (TIMED_STEP.test(text.slice(ls, start))) return attacker.test(unpathed(text.slice(Math.max(0, ls - 600), start)));
  return observedRun(text, start, attacker);
}

/** "…the commands attackers type. Common sequences we see: a; b; then c": the hit is in the run after the colon, in the same sentence. */
function observedRun(text: string, start: number, attacker: RegExp): boolean {
  const para = text.lastIndexOf("\n\n", start);
  const before = text.slice(Math.max(0, para, start - 400), start);
  let colon = -1;
  for (const m of before.matchAll(/:\s/g)) colon = m.index;
  if (colon < 0) return false;
  const run = before.slice(colon + 1);
  if (/[.!?]\s{1,3}\p{Lu}/u.test(run) || YOU.test(run)) return false;
  const lead = before.slice(Math.max(0, colon - 240), colon);
  const sentence = lead.slice(lead.search(/[^.!?\n]*$/));
  return OBSERVED.test(sentence) && attacker.test(unpathed(lead));
}
