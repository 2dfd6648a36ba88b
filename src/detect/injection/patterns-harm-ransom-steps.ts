// The steps of ransomware given as a task: the user's files encrypted and the originals deleted,
// the key fetched from a server and then destroyed, a note left in each folder with where to write
// to get the files back. Weak and partnered: a backup guide encrypts copies and removes plaintext
// for the writer's own use; only an address to an AI or an order makes it an attack's.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "concealment", "directive", "exfil", "override"];
const ENCRYPT = String.raw`(?:encrypt|verschlüssel|cifr|chiffr|crittograf|criptograf|encript|шифр|зашифр)\p{L}{0,8}`;
const DELETE = String.raw`(?:delet|remov|shred|wip|eras|unlink|lösch|entfern|elimin|borr|supprim|efface|cancell|apag|удал)\p{L}{0,8}`;
const ORIGINALS = String.raw`(?:originals?|original\s{1,3}(?:files?|copies|documents?)|unencrypted\s{1,3}(?:files?|copies)|Originale|Originaldateien|originales|originaux|originali|originais|оригиналы)`;
const NOTE = String.raw`[\w.-]{0,20}(?:READ[_-]?ME|DECRYPT|RECOVER|RESTORE|HOW[_-]?TO|RANSOM|UNLOCK)[\w.-]{0,20}\.(?:txt|html?|md|hta)`;

export const HARM_RANSOM_STEP_PATTERNS: Pattern[] = [
  {
    id: "harm.encrypt-then-delete-originals", family: "harm", weight: 0.35, partners: PARTNERS, negatable: true, lang: "en/de/es/fr/it/pt/ru",
    description: "Files encrypted and their originals deleted (a ransomware step), in one passage",
    re: new RegExp(String.raw`(?<![\p{L}])${ENCRYPT}(?:[^\n]|\n(?![ \t]{0,8}\n)){0,260}?(?<![\p{L}])${DELETE}\s{1,3}(?:(?:the|all|die|alle|los|las|les|gli|i|le|os|as)\s{1,3})?${ORIGINALS}`, "giu"),
    anchors: ["original", "unencrypted", "originale", "originales", "originaux", "originali", "originais", "оригиналы"],
    also: ["encrypt", "verschlüssel", "cifr", "chiffr", "crittograf", "criptograf", "encript", "шифр", "зашифр"], before: 320, after: 20,
  },
  {
    id: "harm.ransom-note-drop", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "A recovery note dropped in each folder, naming who to contact (a ransom note)",
    re: new RegExp(String.raw`\b(?:drop|leave|write|place|put|create|add)\w{0,3}\s{1,3}(?:a\s{1,3}|the\s{1,3})?${NOTE}(?:\s{1,3}file)?\s{1,3}(?:in|into|to)\s{1,3}(?:each|every|all|each\s{1,3}affected)\s{1,3}(?:folders?|director(?:y|ies)|dirs?)`, "gi"),
    anchors: ["read_me", "readme", "read-me", "decrypt", "recover", "restore", "how_to", "how-to", "ransom", "unlock"],
    also: ["each folder", "every folder", "all folders", "each directory", "every directory", "all directories", "each dir", "every dir", "each affected"], before: 60, after: 80,
  },
];
