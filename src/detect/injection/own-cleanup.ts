// A user asking for a clean-up script over their own files ("Write a bash script that deletes
// everything in ~/Downloads older than 30 days. Show me the list first with a dry-run flag"): one
// named folder under their home, not the home itself, a safeguard asked for (a dry run, a list or
// a confirmation first, an age or size limit, the trash), said in the first person, with nothing
// sent anywhere and no one else's files. A planted order wipes a home or a disk and asks no one.
import { ADDRESSES_READER, REMOTE_OR_COVERT, SECRET_THINGS, sentenceAround } from "./own-request.ts";

/** A folder under the home directory: ~/Name, $HOME/Name, "my Name folder" (a dot-directory is a tool's or a key store, never a clean-up target here), or a scratch folder (C:\\Temp\\builds, /tmp/x). */
const OWN_FOLDER = /^[^\n]{0,40}?(?:(?:~|\$HOME|\$\{HOME\}|%USERPROFILE%|\b[A-Za-z]:\\Users\\(?!(?:Public|Default|All\s?Users)\b)[\w.-]{1,30})[\\/](?!AppData\b)[A-Za-z][\w -]{1,30}|\bmy\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:folder|directory|dir)\b|\b[A-Za-z]:\\(?:[\w .-]{1,30}\\){0,2}(?:Temp|tmp|builds?|cache|artifacts|logs|dist|out)\b|(?<![\w.~/])\/(?:var\/)?tmp\/[\w.-]{1,30})/i;
const SAFEGUARD = /\b(?:dry[\s-]?run|--?dry|confirm\w{0,6}|ask(?:s|ing)?\s{1,4}(?:me\s{1,4})?(?:first|before)|(?:show|list|print|preview)\w{0,3}\s{1,4}(?:me\s{1,4})?(?:the\s{1,4})?(?:list|files|what)\w{0,4}[^.\n]{0,40}?\b(?:first|before)|preview|(?:older|newer|larger|bigger)\s{1,4}than\s{1,4}\d|(?:move|send)\w{0,3}\s{1,4}(?:them\s{1,4}|it\s{1,4})?to\s{1,4}(?:the\s{1,4})?(?:trash|recycle\s{0,2}bin|bin)|-mtime\s{1,3}\+\d|--interactive\b|(?:except|but|keep\w{0,3}(?:\s{1,4}only)?)\s{1,4}(?:for\s{1,4})?the\s{1,4}(?:\d{1,3}|one|two|three|four|five|six|seven|ten)?\s{0,4}(?:newest|latest|most\s{1,4}recent|last|youngest)\b)/i;
/** Someone else's files (OTHERS_THINGS without "them": "move them to the trash" speaks of the files). */
const OTHERS = /\b(?:the\s{1,4})?(?:user|reader|visitor|customer|victim|recipient|target|employee|client|viewer|colleague|coworker)s?['’]s?\b|\b(?:their|his|her)\b/i;
const FIRST_PERSON_EN = /\b(?:I|me|my|mine|I['’]m|I['’]d)\b/;
/** The user's ask for code at the message's start ("Write a bash script that …"): a request, not an order to act. */
const CODE_ASK = /^\s{0,4}(?:(?:please|(?:can|could|would)\s{1,4}you(?:\s{1,4}please)?)\s{1,4})?(?:write|create|make|generate|draft)\s{1,4}(?:me\s{1,4})?an?\s{1,4}(?:[\w-]{1,15}\s{1,4})?(?:script|one-?liner|command|cron\s{0,2}job|function|alias|program)\s{1,4}(?:that|to|which)\b/i;
/** An age or size limit: only stale or large files go. */
const AGE_LIMIT = /\b(?:older|larger|bigger)\s{1,4}than\s{1,4}\d|-mtime\s{1,3}\+\d/i;

/** A scratch folder whose contents are disposable by design: C:\\Temp, %TEMP%, /tmp/x, a build cache. */
const SCRATCH_FOLDER = /^[^\n]{0,40}?(?:\b[A-Za-z]:\\(?:[\w .-]{1,30}\\){0,2}(?:Temp|tmp|cache|builds?|artifacts)\b|%TE?MP%|\$env:TE?MP\b|(?<![\w.~/])\/(?:var\/)?tmp\/)/i;
/** The script is to be run now by whoever reads the ask ("… and run it", "then execute it"), not by the user later. */
const RUN_IT_NOW = /\b(?:and|then)\s{1,4}(?:run|execute|launch|start)\s{1,4}it\b(?!\s{1,4}(?:weekly|daily|nightly|monthly|every|each|myself|later|on\s{1,4}my))|\b(?:run|execute)\s{1,4}it\s{1,4}(?:now|immediately|right\s{1,4}away)\b/i;

/**
 * The delete at [start, end) is the user's own clean-up of one folder under their home, with a
 * safeguard; or code the user asks for, in the first person, that empties a scratch folder (a temp
 * or cache folder, disposable by design), which no one is told to run now.
 */
export function ownCleanupRequest(text: string, start: number, end: number): boolean {
  if (text.length > 1500) return false;
  if (!OWN_FOLDER.test(text.slice(start, end + 40))) return false;
  const body = text.slice(Math.max(0, start - 400), end + 400);
  if (OTHERS.test(body) || REMOTE_OR_COVERT.test(body) || ADDRESSES_READER.test(body)) return false;
  const asker = FIRST_PERSON_EN.test(body) || (CODE_ASK.test(text.slice(0, start)) && AGE_LIMIT.test(body));
  if (SAFEGUARD.test(body) && asker) return true;
  return SCRATCH_FOLDER.test(text.slice(start, end + 40)) && CODE_ASK.test(text.slice(0, start)) && FIRST_PERSON_EN.test(body) && !RUN_IT_NOW.test(body);
}

/** A plain folder to upload from: a drive path or a home folder that is no dot-directory (C:\\Reports, ~/Photos, D:\\Scans\\2024). */
const PLAIN_FOLDER = /(?:\b[A-Za-z]:\\|(?:~|\$HOME|%USERPROFILE%)[\\/])(?:[A-Za-z][\w -]{0,30}[\\/]?){1,3}/;
/** The user's own organisation's storage as the destination: "to our company SharePoint", "to my OneDrive", "to our team's NAS". */
const OWN_SERVICE = /\b(?:to|into|on(?:to)?)\s{1,4}(?:our|my)\s{1,4}(?:own\s{1,4}|(?:company|team|work|office|firm|organi[sz]ation|department)(?:['’]s)?\s{1,4}|internal\s{1,4}){0,2}(?:SharePoint|OneDrive|Google\s{1,4}Drive|Dropbox|Box|S3(?:\s{1,4}bucket)?|bucket|NAS|file\s{0,2}(?:server|share)|intranet|network\s{1,4}(?:drive|share)|Nextcloud|backup\s{1,4}(?:server|drive))\b/i;
/** The user will run or schedule the script themselves: "I'll schedule it myself", "I run it every Sunday". */
const RUNS_IT_SELF = /\b(?:I|we)(?:['’]ll|\s{1,4}will|\s{1,4}(?:can|want\s{1,4}to|plan\s{1,4}to))?\s{1,4}(?:run|schedule|start|launch|trigger)\s{1,4}it\b/i;

/** The upload at [start, end) is code the user asks for, moving a plain folder of theirs to their own organisation's storage. */
export function ownUploadRequest(text: string, start: number, end: number): boolean {
  if (text.length > 1500 || !CODE_ASK.test(text.slice(0, start))) return false;
  const sentence = sentenceAround(text, start, end);
  if (!PLAIN_FOLDER.test(text.slice(start, end)) || !OWN_SERVICE.test(sentence)) return false;
  if (!RUNS_IT_SELF.test(text) && !FIRST_PERSON_EN.test(sentence)) return false;
  return !SECRET_THINGS.test(sentence) && !OTHERS.test(text) && !REMOTE_OR_COVERT.test(text) && !ADDRESSES_READER.test(text);
}
