// A sentence a project's docs give an AI editing or answering from them, as they give any writer:
// house style ("keep headings in sentence case, use US spelling") or a link within the project
// ("Link to /upgrade for instructions"). Each clause must be one of those or restraint; a clause that
// tells, hides, sends or points off the site keeps the sentence an order.
import { restraintSentence } from "./restraint-ask.ts";

/** A style rule: an act of writing with what it shapes (headings, spelling, tone, code samples…). */
const STYLE = /^(?:please\s{1,3})?(?:keep|use|follow|prefer|format|spell|capitali[sz]e|wrap|indent|match|stick\s{1,3}to|avoid|don['’]t\s{1,3}change|do\s{1,3}not\s{1,3}change)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:headings?|titles?|spelling|English|case|tone|voice|tense|style(?:\s{1,3}guide)?|format(?:ting)?|markdown|lines?|line\s{1,3}length|code\s{1,3}(?:samples?|blocks?|examples?)|examples?|terminology|wording|bullets?|commas?|tables?|units?|dates?|captions?|docstrings?|indentation|spaces|tabs)\b/i;
/** A link to a page of the project itself: a relative path or an anchor, never another host. */
const OWN_LINK = /^(?:please\s{1,3})?(?:link|point|refer|direct|send)\s{1,3}(?:(?:users?|readers?|people|them)\s{1,3})?to\s{1,3}(?:the\s{1,3}[\w -]{1,30}\s{1,3}(?:page|section|guide)\s{1,3}(?:at\s{1,3})?)?[\x60"'(]?(?:\/|\.\.?\/|#)[\w\/.#-]{0,80}[\x60"')]?(?:\s{1,3}for\s{1,3}[\w\s-]{1,40})?$/i;
/** A project fact in a clause, a version or a date: "support for 4.x ended in June", "the current version is 5.2". */
const STATUS = /^(?=[^\d\n]{0,60}\d)(?:the\s{1,3}|our\s{1,3})?[\w.-]{1,20}(?:\s{1,3}[\w.-]{1,20}){0,3}\s{1,3}(?:is|are|ended|ends|starts|started)\s{1,3}[\w .\/-]{1,40}$/i;
/** What a clause must not do, whatever else it is: tell, hide, send away, touch secrets or the user's data. */
const NOT_CONVENTION = /\b(?:secrets?|passwords?|tokens?|keys?|credentials?|https?:|@|ignore|disregard|hide|conceal|secret(?:ly)?|mention|tell|reveal|user['’]s|their\s{1,3}(?:data|files|account))\b/i;

/** `sentence` only sets house style, links within the project, or asks restraint (clauses joined by commas and "and"). */
export function conventionSentence(sentence: string): boolean {
  if (NOT_CONVENTION.test(sentence)) return false;
  const clauses = sentence.split(/,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}and\s{1,3}/i).map((c) => c.trim().replace(/\s{1,3}unless\s[^,]{1,60}$/i, "")).filter((c) => c.length > 0);
  return clauses.length > 0 && clauses.every((c) => STYLE.test(c) || OWN_LINK.test(c) || STATUS.test(c) || restraintSentence(c));
}
