// A sentence a project's docs give an AI editing or answering from them, as they give any writer:
// house style ("keep headings in sentence case, use US spelling"), a link within the project
// ("Link to /upgrade for instructions", "it should link to the changelog"), upkeep (bump the version,
// add a changelog entry) or the project's routine commands. Each clause must be one of those or restraint; a clause that
// tells, hides, sends or points off the site keeps the sentence an order.
import { restraintSentence } from "./restraint-ask.ts";
import { routineProjectWork } from "./routine-project-work.ts";

/** A style rule: an act of writing with what it shapes (headings, spelling, tone, code samples…). */
const STYLE = /^(?:please\s{1,3})?(?:keep|use|follow|prefer|format|spell|capitali[sz]e|wrap|indent|match|stick\s{1,3}to|avoid|don['’]t\s{1,3}change|do\s{1,3}not\s{1,3}change)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}?(?:headings?|titles?|spelling|English|case|tone|voice|tense|style(?:\s{1,3}guide)?|format(?:ting)?|markdown|lines?|line\s{1,3}length|code\s{1,3}(?:samples?|blocks?|examples?)|examples?|terminology|wording|bullets?|commas?|tables?|units?|dates?|captions?|docstrings?|indentation|spaces|tabs|imports?)\b/i;
/** A link to a page of the project itself: a relative path or an anchor, never another host. */
const OWN_LINK = /^(?:please\s{1,3})?(?:link|point|refer|direct|send)\s{1,3}(?:(?:users?|readers?|people|them)\s{1,3})?to\s{1,3}(?:the\s{1,3}[\w -]{1,30}\s{1,3}(?:page|section|guide)\s{1,3}(?:at\s{1,3})?)?[\x60"'(]?(?:\/|\.\.?\/|#)[\w\/.#-]{0,80}[\x60"')]?(?:\s{1,3}for\s{1,3}[\w\s-]{1,40})?$/i;
/** A resource of the project itself, named: its changelog, docs, license, source, this page. */
const OWN_RESOURCE = String.raw`(?:the\s{1,3}|this\s{1,3}|our\s{1,3}|its\s{1,3}|the\s{1,3}project['’]s\s{1,3})?(?:(?:full|latest|official|original|online|project|API|current)\s{1,3})?(?:change\s?log|CHANGELOG(?:\.md)?|release\s{1,3}notes|docs|documentation|license|licence|LICENSE(?:\.md)?|source(?:\s{1,3}code)?|source\s{1,3}repository|repository|repo|README(?:\.md)?|FAQ|migration\s{1,3}guide|reference|issue\s{1,3}tracker|page|guide|article|post|section)`;
/** Pointing a reader at the project's own resources, citing the page, naming its version or date, keeping a sample's language. */
const OWN_POINTER = new RegExp(String.raw`^(?:(?:please\s{1,3})?(?:link|point|refer|direct)\s{1,3}(?:(?:users?|readers?|people|them)\s{1,3})?(?:back\s{1,3})?to\s{1,3}${OWN_RESOURCE}|cite\s{1,3}${OWN_RESOURCE}|mention\s{1,3}(?:the\s{1,3}|its\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:version(?:\s{1,3}number)?|(?:release\s{1,3}|publication\s{1,3}|last[\s-]updated\s{1,3})?date)(?:\s{1,3}(?:it|this\s{1,3}page)\s{1,3}(?:describes|covers|documents))?|${OWN_RESOURCE}|keep\s{1,3}(?:them|it|the\s{1,3}(?:code\s{1,3})?(?:samples?|examples?|snippets?))\s{1,3}in\s{1,3}(?:the\s{1,3}same\s{1,3}language|[\w+#.-]{1,15}))(?:\s{1,3}for\s{1,3}[\w\s-]{1,40})?$`, "i");
/** House upkeep: a date or version bumped, an entry added to the changelog. */
const UPKEEP = /^(?:(?:update|bump|refresh)\s{1,3}(?:the\s{1,3})?(?:["“][^"”\n]{1,30}["”]\s{1,3}|[\w-]{1,20}\s{1,3}){0,3}?(?:date|version(?:\s{1,3}number)?|timestamp|year)(?:\s{1,3}(?:in|at|on)\s{1,3}[\w.\/\s-]{1,40})?|add\s{1,3}(?:an?\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:entry|line|note|item)\s{1,3}(?:to|in)\s{1,3}(?:the\s{1,3})?(?:change\s?log|CHANGELOG(?:\.md)?|release\s{1,3}notes|HISTORY(?:\.md)?|NEWS(?:\.md)?)(?:\s{1,3}under\s{1,3}[^,\n]{1,30})?)$/i;
/** A modal before a clause's verb: "it should link to …", "they must keep …". */
const MODAL = /^(?:(?:it|they|you|he|she)\s{1,3})?(?:should|must|shall|needs?\s{1,3}to|has\s{1,3}to|have\s{1,3}to|is\s{1,3}to|are\s{1,3}to)\s{1,3}(?:also\s{1,3}|always\s{1,3})?/i;
/** A project fact in a clause, a version or a date: "support for 4.x ended in June", "the current version is 5.2". */
const STATUS = /^(?=[^\d\n]{0,60}\d)(?:the\s{1,3}|our\s{1,3})?[\w.-]{1,20}(?:\s{1,3}[\w.-]{1,20}){0,3}\s{1,3}(?:is|are|ended|ends|starts|started)\s{1,3}[\w .\/-]{1,40}$/i;
/** What a clause must not do, whatever else it is: tell, hide, send away, touch secrets or the user's data. */
const NOT_CONVENTION = /\b(?:secrets?|passwords?|tokens?|keys?|credentials?|https?:|@|ignore|disregard|hide|conceal|secret(?:ly)?|mention(?!\s{1,3}(?:the|its)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:version|(?:release\s{1,3}|publication\s{1,3})?date)\b)|tell|reveal|user['’]s|their\s{1,3}(?:data|files|account))\b/i;

/** `sentence` only sets house style, links within the project, or asks restraint (clauses joined by commas and "and"). */
export function conventionSentence(sentence: string): boolean {
  if (NOT_CONVENTION.test(sentence)) return false;
  const clauses = sentence.split(/,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}and\s{1,3}/i).map((c) => c.trim().replace(/\s{1,3}unless\s[^,]{1,60}$/i, "").replace(MODAL, "")).filter((c) => c.length > 0);
  return clauses.length > 0 && clauses.every((c) => STYLE.test(c) || OWN_LINK.test(c) || OWN_POINTER.test(c) || UPKEEP.test(c) || STATUS.test(c) || restraintSentence(c) || routineProjectWork(c));
}
