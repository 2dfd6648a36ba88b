// A user asking for code that encrypts their own files with their own key ("Write a Bash script that
// encrypts every file in my ~/tax-docs folder with gpg using my key, verifies it, then deletes the
// original"): the folder is named as theirs, the key is theirs, nothing is sent anywhere or asked of
// anyone else. Ransomware encrypts someone else's files (the user's, the victim's) or leaves a note, a
// price or an address to write to; "my key" beside "~/Documents" alone is the attacker's key, but
// not when the writer adds that they hold backups of those files ("I have backups").
import { ownThingsRequest, sentenceAround } from "./own-request.ts";

const OWN_FILES = /\bmy\s{1,4}(?:own\s{1,4})?(?:~?\/?[\w.\/\\:-]{1,30}\s{1,4}){0,2}?(?:folders?|director(?:y|ies)|dirs?|files|documents|docs|photos|pictures|backups?|archives?|drives?|disks?|notes|records|scans|statements|papers)\b|\bmy\s{1,4}(?:~|\$HOME)\//i;
const OWN_KEY = /\b(?:my|our)\s{1,4}(?:own\s{1,4})?(?:(?:GPG|PGP|OpenPGP|age|public|encryption|backup|recovery|personal)\s{1,4}){0,2}(?:keys?|key\s{0,2}pair|passphrase|recipient|certificate|YubiKey)\b|\ba\s{1,4}passphrase\s{1,4}I\s{1,4}(?:choose|pick|enter|type|set)\b/i;
/** Files under a home path, and the writer saying they hold backups of them ("… in ~/Documents/tax … I have backups."). */
const HOME_FILES = /(?:^|[\s"'`(])(?:~|\$HOME)\/[\w.-]/;
const I_HOLD_BACKUPS = /\bI\s{1,4}(?:already\s{1,4})?(?:have|keep|made|took|did)\s{1,4}(?:(?:a|my|the|full|recent)\s{1,4}){0,2}(?:backups?|copies|copy)\b|\b(?:I['’]ve|I\s{1,4}have)\s{1,4}(?:already\s{1,4})?backed\s{1,4}(?:them|it|everything|the\s{1,4}\w{1,20})\s{1,4}up\b/i;
/** The key's recipient written as an address ("recipient: me@example.com", "-r me@home.org") names a key, not where files go. */
const KEY_RECIPIENT = /(?<![\w-])(?:recipient|--recipient|-r|uid)\s{0,2}[:=]?\s{0,3}<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>?/gi;
const RANSOM_CUE = /\bransom\w{0,4}\b|\bbitcoin|\bBTC\b|\bmonero\b|\b(?:pay|payment|wallet)\b|\b(?:note|message)\s{1,4}(?:in|to)\s{1,4}(?:each|every)\b|\bcontact\s{1,4}(?:us|me)\b/i;

/** The encryption at [start, end) is code the user asks for over their own files, with their own key. */
export function ownFilesEncryption(text: string, start: number, end: number): boolean {
  if (text.length > 1500 || RANSOM_CUE.test(text)) return false;
  text = text.replace(KEY_RECIPIENT, (m) => " ".repeat(m.length));
  const sentence = sentenceAround(text, start, end);
  return (OWN_FILES.test(sentence) || (HOME_FILES.test(sentence) && I_HOLD_BACKUPS.test(text))) && OWN_KEY.test(sentence) && ownThingsRequest(text, start, end);
}
