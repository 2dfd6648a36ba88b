// Hunting advice names what a suspicious artefact does as the subject of its verdict: "new entries that
// launch powershell -w hidden or download from the internet deserve a look", "any task which runs
// curl | sh should be investigated". The behaviour sits in the subject's relative clause; an order
// would open on the verb ("create a task that launches …").

const SUBJECT_THAT = /^[^\S\n]{0,3}(?:[-*•][^\S\n]{1,3})?(?:[\w-]{1,20}\s{1,4}){0,3}?(?:entr(?:y|ies)|tasks?|process(?:es)?|scripts?|binar(?:y|ies)|files?|jobs?|services?|keys?|values?|commands?|connections?|programs?|executables?|macros?|documents?|attachments?|items?|events?|rules?|hooks?|packages?|extensions?|subscriptions?|shortcuts?|anything|anyone)\s{1,4}(?:that|which)\s{1,4}(?:[a-z]{3,20}\s{1,4})?$/i;
const VERDICT = /^[^.!?;\n]{0,200}?\b(?:deserves?\s{1,4}(?:a\s{1,4}(?:closer\s{1,4})?look|attention|scrutiny|investigation|review)|warrants?\s{1,4}(?:a\s{1,4}(?:closer\s{1,4})?look|attention|investigation|review)|(?:is|are)\s{1,4}(?:suspicious|a\s{1,4}red\s{1,4}flag|red\s{1,4}flags|worth\s{1,4}(?:a\s{1,4}look|investigating|checking|reviewing))|should\s{1,4}be\s{1,4}(?:investigated|reviewed|flagged|checked|examined|triaged|escalated|treated\s{1,4}as\s{1,4}suspicious)|need\s{1,4}(?:a\s{1,4}look|review|investigation))\b/i;

/** The behaviour at `start` is in the relative clause of `clause` (its text before, same clause), whose subject the sentence then calls suspicious. */
export function suspectSubject(text: string, start: number, clause: string): boolean {
  // A heading or label may open the clause: "Triage notes: services that launch …".
  return SUBJECT_THAT.test(clause.slice(clause.search(/[^:—–]*$/))) && VERDICT.test(text.slice(start, start + 240));
}
