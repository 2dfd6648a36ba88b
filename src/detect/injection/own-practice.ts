// A user casting their assistant as an adversary to practise against: "role-play as an attacker
// sending me a fake invoice email, so I can practise spotting the signs", "pretend to be a scammer
// phoning me so I can learn to recognise the tricks". The role acts on the user and serves their
// own training; it frees the AI of nothing and carries no payload for anyone else.

import { ADDRESSES_READER, READER_STEERING, REMOTE_OR_COVERT } from "./own-request.ts";

/** The user's own practice as the purpose: "so I can practise", "to help me train", "for my practice". */
const PRACTICE_PURPOSE = /\bso\s{1,4}(?:that\s{1,4})?(?:I|we)\s{1,4}(?:can|could|may)\s{1,4}(?:practi[cs]e|rehearse|train|learn\s{1,4}to|get\s{1,4}better\s{1,4}at|prepare\s{1,4}for|improve)\b|\b(?:to\s{1,4})?help\s{1,4}(?:me|us)\s{1,4}(?:to\s{1,4})?(?:practi[cs]e|rehearse|train|prepare\s{1,4}for|learn\s{1,4}to|get\s{1,4}better\s{1,4}at)\b|\bfor\s{1,4}(?:my|our)\s{1,4}(?:own\s{1,4})?(?:practice|training|rehearsal)\b|\b(?:I|we)\s{1,4}(?:want|need|would\s{1,4}like)\s{1,4}to\s{1,4}(?:practi[cs]e|rehearse|train\s{1,4}(?:myself|ourselves))\b/i;
/** What a practice role may not touch: the AI's own rules, secrets, systems, or a freed persona. */
const NOT_PRACTICE = /\b(?:DAN|unrestricted|unfiltered|uncensored|jailbr\w*|developer\s{1,4}mode|god\s{1,4}mode|no\s{1,4}(?:rules|restrictions|limits|filters|guidelines)|without\s{1,4}(?:any\s{1,4})?(?:rules|restrictions|limits|filters|guidelines|ethics)|system\s{1,4}prompt|(?:your|its)\s{1,4}(?:rules|instructions|guidelines|programming|training)|passwords?|credentials?|tokens?|api\s{0,2}keys?|secrets?|cookies?|ssh|run|execute|install|curl|wget|shell|terminal|malware|ransomware|keylogger|exploit\w*)\b|~\//i;

/** The text is a short message of the user's setting up a sparring partner for their own practice. */
export function ownPracticeRole(text: string): boolean {
  if (text.length > 800) return false;
  return PRACTICE_PURPOSE.test(text) && /\b(?:me|us)\b/i.test(text) && !NOT_PRACTICE.test(text) && !ADDRESSES_READER.test(text) && !READER_STEERING.test(text) && !REMOTE_OR_COVERT.test(text.replace(/\b(?:attackers?|hackers?)\b/gi, " "));
}
