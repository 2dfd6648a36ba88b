// "On app1.internal (our own box), as the deploy user: cat ci_deploy.pub >> ~/.ssh/authorized_keys",
// "the commands to add its public key to authorized_keys on my Raspberry Pi": a key installed on a
// host the writer says is theirs is admin work, key material included. Planted persistence names the
// AI reader, someone else's account or the reader's own machine, or fetches what it installs.
import { ADDRESSES_READER, READER_STEERING, sentenceAround } from "./own-request.ts";
import { OWN_SYSTEMS, READERS_MACHINE } from "./own-systems.ts";

/** Someone else's account: the user's, the victim's, their. */
const OTHERS_ACCOUNT = /\b(?:the\s{1,4})?(?:user|victim|target|customer|visitor)s?['’]s?\b|\b(?:their|his|her)\b/i;
/** What is installed comes from elsewhere or runs code: a fetch, a pipe, an encoded blob, a shell hook. */
const FETCHED_OR_RUN = /\b(?:curl|wget|nc|ncat|socat|base64|openssl|python[23]?\s{1,3}-c|perl\s{1,3}-e)\b|https?:\/\/|\/dev\/tcp|\bPROMPT_COMMAND\b|\bLD_PRELOAD\b/i;

/** The authorized_keys entry in `match` goes onto a host the writer calls their own, for no AI reader and from no fetch. */
export function ownHostKey(match: string, text: string, start: number): boolean {
  if (!/authorized_keys/i.test(match) || OTHERS_ACCOUNT.test(match)) return false;
  const end = start + match.length;
  const near = text.slice(Math.max(0, start - 600), end + 300);
  if (!OWN_SYSTEMS.test(near) || ADDRESSES_READER.test(near) || READER_STEERING.test(near)) return false;
  return !READERS_MACHINE.test(sentenceAround(text, start, end)) && !FETCHED_OR_RUN.test(text.slice(Math.max(0, start - 200), end + 300));
}
