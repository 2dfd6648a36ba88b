// The speaker sends their own file themselves ("before I send the file to a vendor", "once we upload
// the export to the client portal", "so I can email the documents to my accountant"): the sending
// verb has "I" or "we" for its subject, so it reports the user's own errand. A planted order tells
// the reader to send, and names the reader's secrets, someone else's files, or an outside host.
import { ADDRESSES_READER, REMOTE_OR_COVERT, SECRET_THINGS, sentenceAround } from "./own-request.ts";

/** "I", "we", with what may stand between them and the verb: "I'll", "we need to", "I then", "we usually". */
const FIRST_PERSON_SENDER = /\b(?:I|we)(?:['’](?:ll|d|m\s{1,3}going\s{1,3}to|re\s{1,3}going\s{1,3}to)|\s{1,3}(?:will|would|can|could|must|should|may|might|(?:need|have|want|plan|hope|try|intend|get|going)\s{1,3}to|(?:am|are)\s{1,3}(?:going|about|ready)\s{1,3}to))?(?:\s{1,3}(?:then|later|usually|always|just|also|finally|actually|eventually|safely))?\s{1,3}$/i;
/** Someone else's things, or the home and key stores a planted order goes for. */
const NOT_THEIRS = /\b(?:user|reader|visitor|customer|victim|recipient|target|employee|colleague|coworker)s?['’]s?\b|\b(?:their|his|her|your)\b|~\/|\$HOME|%USERPROFILE%|\bhome\s{1,3}(?:directory|folder)\b/i;

/** The upload at [start, end) has the speaker for its subject, and sends nothing secret, nobody else's, nowhere outside. */
export function ownSending(text: string, start: number, end: number): boolean {
  if (!FIRST_PERSON_SENDER.test(text.slice(Math.max(0, start - 60), start))) return false;
  const sentence = sentenceAround(text, start, end);
  return !NOT_THEIRS.test(text.slice(start, end)) && !SECRET_THINGS.test(sentence) && !REMOTE_OR_COVERT.test(sentence) && !ADDRESSES_READER.test(sentence);
}
