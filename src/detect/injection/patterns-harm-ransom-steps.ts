// The steps of ransomware given as a task: the user's files encrypted and the originals deleted,
// the key fetched from a server and then destroyed, a note left in each folder with where to write
// to get the files back. Weak and partnered: a backup guide encrypts copies and removes plaintext
// for the writer's own use; only an address to an AI or an order makes it an attack's.
import type { Family, Pattern } from "./pattern-set.ts";
import { ownFilesEncryption } from "./own-encryption.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "concealment", "directive", "exfil", "override"];
const ENCRYPT = String.raw`(?:encrypt|verschlüssel|cifr|chiffr|crittograf|criptograf|encript|шифр|зашифр)\p{L}{0,8}`;
const DELETE = String.raw`(?:delet|remov|shred|wip|eras|unlink|lösch|entfern|elimin|borr|supprim|efface|cancell|apag|удал)\p{L}{0,8}`;
const ORIGINALS = String.raw`(?:originals?|original\s{1,3}(?:files?|copies|documents?)|unencrypted\s{1,3}(?:files?|copies)|Originale|Originaldateien|originales|originaux|originali|originais|оригиналы)`;
/** One character of a script: line breaks allowed, a blank line ends the passage. */
const GAP = String.raw`(?:[^\n]|\n(?![ \t]{0,8}\n))`;
const ENCRYPT_TOOL = String.raw`(?:openssl\s{1,3}(?:enc|aes-\d{3}-\w{3})|gpg(?:\s{1,3}--?[\w-]{1,20}(?:\s{1,3}(?:"[^"\n]{0,80}"|[\w./~$-]{1,60}))?){0,4}?\s{1,3}(?:-c|--symmetric|-e|--encrypt)|age\s{1,3}(?:-e|-p|--encrypt|--passphrase)|7z\s{1,3}a\s{1,3}-p|zip\s{1,3}-[eP])\b`;
const FILE_WALK = /\b(?:find|xargs|for\s{1,3}\w{1,12}\s{1,3}in|Get-ChildItem|gci|os\.walk|rglob|glob|Path\.home|expanduser)\b/i;
const NOTE = String.raw`[\w.-]{0,20}(?:READ[_-]?ME|DECRYPT|RECOVER|RESTORE|HOW[_-]?TO|RANSOM|UNLOCK)[\w.-]{0,20}\.(?:txt|html?|md|hta)`;

export const HARM_RANSOM_STEP_PATTERNS: Pattern[] = [
  {
    id: "harm.encrypt-then-delete-originals", family: "harm", weight: 0.35, partners: PARTNERS, negatable: true, lang: "en/de/es/fr/it/pt/ru",
    description: "Files encrypted and their originals deleted (a ransomware step), in one passage",
    re: new RegExp(String.raw`(?<![\p{L}])${ENCRYPT}(?:[^\n]|\n(?![ \t]{0,8}\n)){0,260}?(?<![\p{L}])${DELETE}\s{1,3}(?:(?:the|all|die|alle|los|las|les|gli|i|le|os|as)\s{1,3})?${ORIGINALS}`, "giu"),
    anchors: ["original", "unencrypted", "originale", "originales", "originaux", "originali", "originais", "оригиналы"],
    also: ["encrypt", "verschlüssel", "cifr", "chiffr", "crittograf", "criptograf", "encript", "шифр", "зашифр"], before: 320, after: 20,
    judge: (m, t, s) => (ownFilesEncryption(t, s, s + m.length) ? 0.2 : 1),
  },
  {
    id: "harm.ransom-note-drop", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "A recovery note dropped in each folder, naming who to contact (a ransom note)",
    re: new RegExp(String.raw`\b(?:drop|leave|write|place|put|create|add)\w{0,3}\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:(?:file|note)\s{1,3}(?:called\s{1,3}|named\s{1,3})?)?${NOTE}(?:\s{1,3}file)?\s{1,3}(?:(?:in|into|to)\s{1,3}(?:each|every|all|each\s{1,3}affected)\s{1,3}(?:folders?|director(?:y|ies)|dirs?)|on\s{1,3}(?:the\s{1,3}|their\s{1,3}|the\s{1,3}user['’]s\s{1,3})?desktop)`, "gi"),
    anchors: ["read_me", "readme", "read-me", "decrypt", "recover", "restore", "how_to", "how-to", "ransom", "unlock"],
    also: ["each folder", "every folder", "all folders", "each directory", "every directory", "all directories", "each dir", "every dir", "each affected", "desktop"], before: 60, after: 80,
  },
  {
    id: "harm.bulk-encrypt-then-rm-command", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "A command or script that walks the user's files, encrypts each and deletes the original (a ransomware step written as code)",
    re: new RegExp([
      String.raw`${ENCRYPT_TOOL}${GAP}{0,240}?(?:&&|;|\||-exec)\s{0,3}(?:rm|shred|unlink|srm|del|Remove-Item)\s`,
      String.raw`\.encrypt\(${GAP}{0,300}?(?:os\.(?:remove|unlink)|\.unlink\(|fs\.(?:unlinkSync|rmSync|unlink|rm)\b)`,
    ].join("|"), "gi"),
    // Each file of a walk over the folders, not one archive: the walk (find, a for loop, os.walk) opens the passage.
    judge: (m, t, s) => (FILE_WALK.test(t.slice(Math.max(0, s - 320), s + (m.startsWith(".") ? 0 : 40))) ? 1 : 0),
    anchors: ["openssl enc", "openssl aes-", "gpg -", "gpg --", "age -e", "age -p", "age --encrypt", "age --passphrase", "7z a -p", "zip -e", "zip -p", "encrypt("],
    also: ["rm ", "shred", "unlink", "srm ", "del ", "remove-item", "os.remove", "rmsync"], before: 320, after: 320,
  },
];
