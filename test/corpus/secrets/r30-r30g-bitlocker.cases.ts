// Round thirty (after Y132): a BitLocker recovery password (eight dash-separated six-digit groups,
// each a multiple of 11 below 720896), wherever it stands: a ticket, a chat in another language, a
// manage-bde listing, an AD export. The checksum names it. Benign: the key protector's id (a GUID),
// groups failing the checksum (order numbers, serials), repeated-digit filler, a shorter run.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30f7c6);
const b = builder({ category: "r30g-bitlocker" });
const bb = builder({ category: "r30g-bitlocker-benign" });
const group = () => String(11 * r.int(65536)).padStart(6, "0");
const recovery = () => Array.from({ length: 8 }, group).join("-");
/** Six digits that are no multiple of 11. */
const plain = () => {
  let n = r.int(999999);
  if (n % 11 === 0) n++;
  return String(n).padStart(6, "0");
};

b.pos("r30g-bl-ticket", "helpdesk ticket comment in German", JSON.stringify({ comment: `Wiederherstellungsschlüssel für Laptop NB-${r.digits(4)}:\n${recovery()}` }));
b.pos("r30g-bl-managebde", "manage-bde -protectors -get output", `Volume C: [OS]\n    Numerical Password:\n      ID: {${r.uuid().toUpperCase()}}\n      Password:\n        ${recovery()}\n`);
b.pos("r30g-bl-ad", "AD msFVE-RecoveryInformation export (CSV)", `Name,msFVE-RecoveryPassword\n"2025-03-04T10:11:12-08:00{${r.uuid().toUpperCase()}}","${recovery()}"\n`);
b.pos("r30g-bl-chat", "bare value in a chat body", JSON.stringify({ messages: [{ role: "user", content: `el portátil pide esto al arrancar, ¿lo meto aquí? ${recovery()}` }] }));
b.pos("r30g-bl-powershell", "PowerShell KeyProtector listing", `KeyProtectorId      : {${r.uuid().toUpperCase()}}\nKeyProtectorType    : RecoveryPassword\nRecoveryPassword    : ${recovery()}\n`);
b.pos("r30g-bl-intune", "Intune Graph API response", JSON.stringify({ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#informationProtection/bitlocker/recoveryKeys/$entity", id: r.uuid(), key: recovery() }));

bb.ben("r30g-bl-id", "the recovery key id alone", `BitLocker recovery key ID: ${r.uuid().toUpperCase().slice(0, 8)}\nUse the ID to find the key in Entra ID.\n`);
bb.ben("r30g-bl-nochecksum", "eight six-digit groups that fail the checksum", `batch: ${Array.from({ length: 8 }, plain).join("-")}\n`);
bb.ben("r30g-bl-filler", "documentation filler of repeated digits", `Recovery password format: 111111-222222-333333-444444-555555-666666-111111-222222\n`);
bb.ben("r30g-bl-zeros", "zeros in a template", `RecoveryPassword: 000000-000000-000000-000000-000000-000000-000000-000000\n`);
bb.ben("r30g-bl-short", "seven groups only", `${Array.from({ length: 7 }, group).join("-")}\n`);
bb.ben("r30g-bl-nine", "a run of nine checksummed groups (no recovery password has nine)", `${Array.from({ length: 9 }, group).join("-")}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
