// Where the user's own code puts what it makes: a path on their own machine ("saves it to
// ~/Timelapse", "writes them into ./shots", "speichert sie in ~/Bilder"). Kept there, a capture
// or a copy of the user's own things is their errand; sent, synced or shared it is not.
import { REMOTE_OR_COVERT, sentenceAround } from "./own-request.ts";
import { OWN_STORE, withoutLocalHosts } from "./own-sending.ts";

/** A save into a local path or a folder of the user's: "save(s) (it|them|each one) to ~/…", "store in my Pictures folder". */
const SAVED_LOCALLY = /\b(?:sav|stor|writ|put|keep|kept|dump|drop|copy|copie|mov|output|append)\w{0,4}\s{1,4}(?:(?:it|them|each(?:\s{1,4}one)?|every\s{1,4}\w{1,20}|the\s{1,4}\w{1,20}(?:\s{1,4}\w{1,20})?|as\s{1,4}(?:a\s{1,4})?[\w.-]{1,20})\s{1,4}){0,2}(?:to|in|into|under|inside)\s{1,4}(?:a\s{1,4}(?:local\s{1,4})?(?:folder|directory)\b|my\s{1,4}(?:own\s{1,4})?(?:[\w-]{1,20}\s{1,4})?(?:folder|directory|dir|drive|disk|desktop|documents|pictures|home)\b|["'\x60]?(?:~\/|\.\/|\$HOME\b|%USERPROFILE%|\/Users\/|\/home\/|[A-Z]:\\))|(?<![\p{L}])(?:guard|salv|almacen)\p{L}{0,6}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:en|a)\s{1,4}(?:~\/|\.\/|mi\s{1,4}carpeta)|(?<![\p{L}])(?:enregistr|sauvegard|stock)\p{L}{0,6}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:dans|sous|vers)\s{1,4}(?:~\/|\.\/|mon\s{1,4}dossier)|(?<![\p{L}])(?:speicher|leg|schreib)\p{L}{0,4}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:in|unter|nach)\s{1,4}(?:~\/|\.\/|meine\p{L}{0,2}\s{1,4}Ordner)/iu;
/** …and nothing leaves the machine. */
const LEAVES_MACHINE = /\b(?:upload|send|sends|sending|sent|e-?mail|mail|post|posting|sync|share|transmit|exfiltrat|forward|push|stream|ftp|scp|rsync|webhook|s3|bucket|drive\.google|dropbox|onedrive|icloud)\w{0,4}\b|https?:|(?<![\p{L}])(?:envi\p{L}{0,6}|sub(?:ir|e|a|o)|partag\p{L}{0,6}|envoy\p{L}{0,6}|hochlad\p{L}{0,6}|senden|schick\p{L}{0,6})(?![\p{L}])/iu;

/**
 * What is made of the captures is a media file of the user's own: "stitches them into a timelapse
 * video", "turns the shots into a GIF", "fügt sie zu einem Zeitraffer zusammen", "los une en un vídeo".
 */
const MADE_INTO_MEDIA = /\b(?:stitch|combin|compil|assembl|turn|mak|merg|join|convert|render|encod|glu)\w{0,4}\s{1,4}(?:(?:them|these|those|it|all(?:\s{1,4}of\s{1,4}them)?|the\s{1,4}[\w-]{1,20}(?:\s{1,4}[\w-]{1,20})?)\s{1,4}){0,2}(?:(?:together|up)\s{1,4})?(?:into|to|as)\s{1,4}(?:an?|one|a\s{1,4}single|my)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:time-?lapses?|videos?|movies?|clips?|GIFs?|mp4s?|montages?|collages?|slideshows?|reels?)\b|(?<![\p{L}])(?:zusammen(?:füg|setz|schneid)\p{L}{0,3}|(?:füg|setz|schneid)\p{L}{0,3}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,3}zusammen|(?:une?|junt|combin|mont)\p{L}{0,4}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,3}(?:en|dans)\s{1,4}(?:un|una|une))\p{L}{0,3}\s{0,4}(?:\p{L}{1,12}\s{1,4}){0,3}?(?:Zeitraffer\p{L}{0,3}|Video\p{L}{0,2}|timelapse|time-lapse|v[ií]deo|vid[ée]o|GIF)(?![\p{L}])/iu;

/** The sentence keeps its output on the user's own machine (saved to a local path, or made into a video of theirs) and sends nothing anywhere. */
export function keptOnOwnMachine(sentence: string): boolean {
  return (SAVED_LOCALLY.test(sentence) || MADE_INTO_MEDIA.test(sentence)) && !LEAVES_MACHINE.test(sentence);
}

/** Where a backup keeps its copy: a backup store, a NAS, an external or encrypted disk, in the languages. */
const BACKUP_STORE = /(?<![\p{L}])(?:backups?|restic|borg|Time\s{1,3}Machine|external\s{1,3}(?:drive|disk|SSD|HDD)|USB(?:\s{1,3}(?:drive|stick|disk|key))?|offline\s{1,3}(?:drive|disk|copy|vault)|encrypted\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:repo(?:sitory)?|archive|volume|vault|disk|drive|container|bundle)|sauvegardes?|disque\s{1,3}externe|respaldos?|copias?\s{1,3}de\s{1,3}seguridad|disco\s{1,3}(?:duro\s{1,3})?(?:externo|esterno)|HD\s{1,3}externo|Sicherung\p{L}{0,2}|Festplatte|резервн\p{L}{0,4}\s{1,3}копи\p{L}{0,2})(?![\p{L}])/iu;
/** A NAS, in capitals ("nas" is a Portuguese word). */
const NAS = /\bNAS\b/;
/** The copy handed on or kept from view: sent, shared, made public, or an AI reader told to make it. */
const BACKUP_HANDED_ON = /(?<![\p{L}])(?:send|sends|sent|upload\p{L}{0,3}|post|posts|e-?mail\p{L}{0,2}|mail|mails|share\p{L}{0,2}|publish\p{L}{0,3}|transmit\p{L}{0,3}|forward\p{L}{0,3}|leak\p{L}{0,2}|exfiltrat\p{L}{0,4}|public|publicly|env[ií]\p{L}{0,4}|envoi\p{L}{0,3}|envoy\p{L}{0,3}|partag\p{L}{0,4}|compart\p{L}{0,4}|p[úu]blic[oa]s?|publique|schick\p{L}{0,3}|sende\p{L}{0,2}|öffentlich\p{L}{0,2}|invi\p{L}{0,4}|pubblic\p{L}{0,2}|sin\s{1,3}(?:decir|mencionar|avisar)|sans\s{1,3}(?:le\s{1,3})?(?:dire|mentionner|prévenir)|ohne\s{1,3}(?:es\s{1,3})?(?:zu\s{1,3})?(?:sagen|erwähnen)|senza\s{1,3}(?:dirlo|dire|menzionar\p{L}{0,3})|sem\s{1,3}(?:dizer|mencionar|avisar)|assistan\p{L}{0,4}|asistente|assistente|agents?|agentes?|bots?|model(?:s|o|e)?)(?![\p{L}])/iu;
const SCRIPT_NAME = /[\w-]{1,40}\.sh\b(?![\/.:\w-])/g;
/** An AI reader named by its acronym, in capitals ("ai" is an Italian word). */
const AI_ACRONYM = /(?<![\p{L}])(?:AI|IA|KI|ИИ|LLMs?)(?![\p{L}])/u;

/**
 * The sentence documents a copy of the user's own files into their own backup ("backup.sh copies
 * ~/.ssh and ~/.gnupg into an encrypted restic repository on your NAS", "el script copia ~/.ssh a
 * tu disco externo"): a backup store named, no host, address or covert manner (REMOTE_OR_COVERT),
 * nothing sent on, made public or kept from the user, and no AI reader named. A planted copy names
 * where it goes.
 */
export function intoOwnBackup(text: string, start: number, end: number): boolean {
  // "backup.sh" names the script, not a host under .sh.
  const sentence = sentenceAround(text, start, end).replace(SCRIPT_NAME, " ");
  if (!(BACKUP_STORE.test(sentence) || NAS.test(sentence)) || BACKUP_HANDED_ON.test(sentence) || AI_ACRONYM.test(sentence)) return false;
  return !REMOTE_OR_COVERT.test(withoutOwnHosts(text, start, sentence));
}

/** A host named by a label of home machines: "nas.home.test", "me@pi.lan.example", "backup.homelab.io". */
const HOSTNAME = /(?:[\w.+-]{1,40}@)?[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}/g;
const HOME_LABELS = new Set(["nas", "home", "homelab", "homeserver", "lan", "local", "raspberrypi", "pi", "synology", "diskstation", "qnap", "truenas", "unraid"]);

/**
 * The sentence with the writer's own hosts left out: loopback and LAN addresses always, and hosts
 * with a home label ("nas.home.test") where the text before calls the store the writer's own ("nightly
 * backup to my own NAS"). A host the text does not claim stays, and so does an outside one.
 */
function withoutOwnHosts(text: string, start: number, sentence: string): string {
  const rest = withoutLocalHosts(sentence);
  if (!OWN_STORE.test(text.slice(Math.max(0, start - 600), start + 300))) return rest;
  return rest.replace(HOSTNAME, (h) => (h.replace(/^[^@]*@/, "").toLowerCase().split(".").some((l) => HOME_LABELS.has(l)) ? " " : h));
}

/**
 * "rsync -a ~/.ssh/ newlaptop:~/.ssh/": the secret goes to the same path on another machine, which
 * moves one's own setup to a new host; a theft drops it wherever the thief collects.
 */
export function mirroredCopy(text: string, start: number): boolean {
  const nl = text.indexOf("\n", start);
  const words = text.slice(start, nl < 0 ? start + 300 : Math.min(nl, start + 300)).split(/[ \t]+/);
  const bare = (p: string) => p.replace(/^['"]|['"]$/g, "").replace(/^(?:~\/|\$HOME\/)/, "").replace(/\/$/, "");
  for (let i = 1; i < words.length; i++) {
    const dest = /^[\w.@-]{1,80}:(?!\/\/)(\S*)$/.exec(words[i]!);
    if (dest && bare(words[i - 1]!) !== "" && bare(words[i - 1]!) === bare(dest[1]!)) return true;
  }
  return false;
}

/** ssh's identity options ("-i ~/.ssh/id_ed25519", -e "ssh -i …", -o IdentityFile=…) with the key path they take. */
const IDENTITY_OPTION = /(?<=^|[\s"'=])(?:-i|--identity(?:-file)?|-o\s{0,2}["']?IdentityFile)(?:\s{1,3}|\s{0,2}=\s{0,2})["']?[^\s"'-][^\s"']{0,200}/g;

/**
 * "rsync -e \"ssh -i /etc/backup/id_ed25519\" host:/srv/x/ /backup/x/", "scp -i ~/.ssh/id_rsa report.pdf host:": the key is
 * the login for the copy, not what it sends. True when the command line names a secret only as an identity option:
 * with those options taken out, `secret` (the upload pattern, unflagged) no longer matches.
 */
export function identityKeyOnly(text: string, start: number, secret: RegExp): boolean {
  const nl = text.indexOf("\n", start);
  const line = text.slice(start, nl < 0 ? start + 400 : Math.min(nl, start + 400));
  if (!/\b(?:ssh|scp|sftp|rsync)\b/.test(line)) return false;
  const rest = line.replace(IDENTITY_OPTION, " ");
  return rest !== line && !secret.test(rest);
}

/** An rsync argument that names another machine: "host:path", "user@host:", "host::module", "rsync://". */
const REMOTE_ARG = /^["']?(?:rsync:\/\/|[^\s\/"'$=-][^\s\/"'=]{0,120}?:)/;
/** A remote shell or daemon option: the copy goes over the network. */
/** …or the same line sends the copy on. */
const SENT_ON = /\b(?:curl|wget|scp|sftp|nc|ncat|netcat|socat|ftp|tftp|Invoke-WebRequest|Invoke-RestMethod|aws\s{1,3}s3|gsutil|rclone)\b|https?:\/\//i;
const REMOTE_OPTION = /(?:^|\s)(?:-\w{0,8}e\s|--rsh\b|--rsync-path\b|--daemon\b|--port\b)/;

/**
 * "rsync -a ~/.ssh/ \"$DEST/ssh/\"" with DEST=/Volumes/VAULT/…: rsync between two paths on the same
 * machine (a backup onto a mounted disk) moves nothing off it. A destination held in a variable counts
 * as local only when the text sets it to a path.
 */
export function localRsync(text: string, start: number): boolean {
  if (!text.startsWith("rsync", start)) return false;
  const nl = text.indexOf("\n", start);
  const whole = text.slice(start, nl < 0 ? start + 400 : Math.min(nl, start + 400));
  const line = whole.split(/[;|&]/, 1)[0]!;
  if (REMOTE_OPTION.test(line) || SENT_ON.test(whole)) return false;
  for (const word of line.split(/[ \t]+/).slice(1)) {
    if (REMOTE_ARG.test(word)) return false;
    const name = /^["']?\$\{?(\w{1,40})/.exec(word)?.[1];
    if (name === undefined || name === "HOME") continue;
    const set = new RegExp(String.raw`(?:^|\n)[ \t]{0,8}(?:export\s{1,3}|local\s{1,3})?${name}=["']?([^\s"';]{1,200})`).exec(text);
    if (!set || !/^(?:\/|~\/|\$HOME\b|\$\{HOME\})/.test(set[1]!) || set[1]!.includes(":")) return false;
  }
  return true;
}
