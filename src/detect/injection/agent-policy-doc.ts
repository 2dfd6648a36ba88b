// An organisation's policy for AI agents ("Engineering Policy ENG-31: AI agents in production
// operations", "AI Acceptable Use Standard"): numbered or bulleted rules that grant and limit in
// the third person ("AI agents may run read-only commands …", "Agents must not create users …").
// It governs agents for the staff who deploy them. A rule that sends data out or asks for harm is
// still an order, whatever document it stands in.
import { asksHarm } from "./harmful-ask.ts";
import { harmCue } from "./own-request.ts";

const POLICY = String.raw`(?:polic(?:y|ies)|standards?|guidelines?|governance|acceptable\s{1,3}use|rules\s{1,3}of\s{1,3}engagement|Richtlinien?|politique|pol[íi]tica|normas?)`;
const AGENTS = String.raw`(?:AI|LLMs?|GenAI|KI|IA|agents?|assistants?|copilots?|agentes|asistentes|Agenten|assistants?)`;
/** The document's title line names a policy about AI agents, in either order. */
const POLICY_TITLE = new RegExp(String.raw`^[^\S\n]{0,3}(?:#{1,6}[^\S\n]{1,3})?[^\n]{0,100}?(?:\b${POLICY}\b[^\n]{0,100}?\b${AGENTS}\b|\b${AGENTS}\b[^\n]{0,100}?\b${POLICY}\b)`, "i");
/** A rule item and the kind of its modal: a grant ("may") or a duty or a ban ("must", "must not", "requires approval"). */
const RULE_MODAL = /^[^\S\n]{0,4}(?:\d{1,2}[.)]|[-*•])[^\S\n]{1,3}[^\n]{0,120}?\b(may(?:\s{1,3}not)?|must(?:\s{1,3}not)?|shall(?:\s{1,3}not)?|(?:is|are)\s{1,3}(?:not\s{1,3})?(?:permitted|allowed|prohibited|forbidden)|requires?\s{1,3}(?:approval|sign-?off))\b/gim;

/** The match stands on a rule line of a policy for AI agents that grades duties (two kinds of modal or more) and asks for no harm. */
export function agentPolicyRule(text: string, start: number, end: number): boolean {
  const head = text.slice(0, 6000);
  const title = /\S[^\n]*/.exec(head);
  if (!title || !POLICY_TITLE.test(title[0])) return false;
  const kinds = new Set<string>();
  for (const m of head.matchAll(RULE_MODAL)) kinds.add(m[1]!.toLowerCase().replace(/\s+/g, " ").replace(/^(?:is|are) /, ""));
  if (kinds.size < 2) return false;
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const le = text.indexOf("\n", end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  return /^[^\S\n]{0,4}(?:\d{1,2}[.)]|[-*•])[^\S\n]/.test(line) && !harmCue(line) && !asksHarm(text, start, end);
}
