// Where the user's own code puts what it makes: a path on their own machine ("saves it to
// ~/Timelapse", "writes them into ./shots", "speichert sie in ~/Bilder"). Kept there, a capture
// or a copy of the user's own things is their errand; sent, synced or shared it is not.

/** A save into a local path or a folder of the user's: "save(s) (it|them|each one) to ~/…", "store in my Pictures folder". */
const SAVED_LOCALLY = /\b(?:sav|stor|writ|put|keep|kept|dump|drop|copy|copie|mov|output|append)\w{0,4}\s{1,4}(?:(?:it|them|each(?:\s{1,4}one)?|every\s{1,4}\w{1,20}|the\s{1,4}\w{1,20}(?:\s{1,4}\w{1,20})?|as\s{1,4}(?:a\s{1,4})?[\w.-]{1,20})\s{1,4}){0,2}(?:to|in|into|under|inside)\s{1,4}(?:a\s{1,4}(?:local\s{1,4})?(?:folder|directory)\b|my\s{1,4}(?:own\s{1,4})?(?:[\w-]{1,20}\s{1,4})?(?:folder|directory|dir|drive|disk|desktop|documents|pictures|home)\b|["'\x60]?(?:~\/|\.\/|\$HOME\b|%USERPROFILE%|\/Users\/|\/home\/|[A-Z]:\\))|(?<![\p{L}])(?:guard|salv|almacen)\p{L}{0,6}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:en|a)\s{1,4}(?:~\/|\.\/|mi\s{1,4}carpeta)|(?<![\p{L}])(?:enregistr|sauvegard|stock)\p{L}{0,6}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:dans|sous|vers)\s{1,4}(?:~\/|\.\/|mon\s{1,4}dossier)|(?<![\p{L}])(?:speicher|leg|schreib)\p{L}{0,4}\s{1,4}(?:\p{L}{1,12}\s{1,4}){0,2}(?:in|unter|nach)\s{1,4}(?:~\/|\.\/|meine\p{L}{0,2}\s{1,4}Ordner)/iu;
/** …and nothing leaves the machine. */
const LEAVES_MACHINE = /\b(?:upload|send|sends|sending|sent|e-?mail|mail|post|posting|sync|share|transmit|exfiltrat|forward|push|stream|ftp|scp|rsync|webhook|s3|bucket|drive\.google|dropbox|onedrive|icloud)\w{0,4}\b|https?:|(?<![\p{L}])(?:envi\p{L}{0,6}|sub(?:ir|e|a|o)|partag\p{L}{0,6}|envoy\p{L}{0,6}|hochlad\p{L}{0,6}|senden|schick\p{L}{0,6})(?![\p{L}])/iu;

/** The sentence keeps its output on the user's own machine and sends nothing anywhere. */
export function keptOnOwnMachine(sentence: string): boolean {
  return SAVED_LOCALLY.test(sentence) && !LEAVES_MACHINE.test(sentence);
}
