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

/** Loopback, LAN and .local hosts, with port and path: the speaker's own machines ("http://localhost:9200", "192.168.1.20:8080/in", "nas.local"). */
const LOCAL_HOSTS = /\b(?:(?:https?|ftp|sftp|s3|smb):\/\/)?(?:localhost|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]{1,40}\.(?:local|lan|internal|home\.arpa))\b(?::\d{1,5})?(?:\/[^\s)>"'\]]{0,120})?/gi;
const LOCAL_HOST = new RegExp(LOCAL_HOSTS.source, "i");

/** The text with its loopback and LAN hosts blanked out, for the tests that look for a host elsewhere. */
export function withoutLocalHosts(text: string): string {
  return text.replace(LOCAL_HOSTS, " ");
}
/** A destination the speaker owns: "to my own Elasticsearch", "onto our NAS", "auf meinen eigenen Server", "a mi propio servidor". */
export const OWN_STORE = /\b(?:to|into|onto|on|in)\s{1,3}(?:my|our)\s{1,3}(?:(?:own|local|home|self-hosted|private|internal)\b|(?:[\w-]{1,20}\s{1,3})?(?:NAS|home\s{1,3}server|Raspberry\s{1,3}Pi|Synology|Nextcloud|bucket|MinIO)\b)|(?<![\p{L}])(?:mein\p{L}{0,2}\s{1,3}eigen\p{L}{0,2}|mi\s{1,3}propi[oa]|nuestr[oa]\s{1,3}propi[oa]|mon\s{1,3}propre|ma\s{1,3}propre|il\s{1,3}mio|(?:o|a)\s{1,3}(?:meu|minha)\s{1,3}própri[oa])(?![\p{L}])/iu;

/**
 * "Finds all .docx files in my Documents folder … and uploads it to my own Elasticsearch at
 * http://localhost:9200": the files gathered go to a store the speaker names as their own, any host
 * named is a loopback or LAN one, nothing secret, nobody else's files and no AI reader addressed. A
 * planted order sends the reader's files to an outside host.
 */
export function ownStoreUpload(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  if (!LOCAL_HOST.test(sentence) && !OWN_STORE.test(sentence)) return false;
  const rest = withoutLocalHosts(sentence);
  return !NOT_THEIRS.test(sentence) && !SECRET_THINGS.test(sentence) && !REMOTE_OR_COVERT.test(rest) && !ADDRESSES_READER.test(sentence);
}
