// "4. Apague dumps com mais de 60 dias:", "3. Удалите старую базу:", "2. 删除旧的备份：": an imperative
// opening one numbered step of a procedure with several is the manual speaking to its operator. Weak
// on its own; it should not combine with the command the step shows. An address to an AI, exfiltration
// or concealment nearby still counts.

const NUMBERED_ITEM = /(?:^|\n)[ \t]{0,6}(?:\d{1,3}|[a-z])[.)][ \t]{1,4}(?:\*\*)?$/;
const ITEM_LINES = /(?:^|\n)[ \t]{0,6}\d{1,3}[.)][ \t]{1,4}\S/g;

/** The verb at `verbStart` opens an item of a numbered list of at least three steps. */
export function procedureStep(text: string, verbStart: number): boolean {
  if (!NUMBERED_ITEM.test(text.slice(Math.max(0, verbStart - 16), verbStart))) return false;
  return (text.match(ITEM_LINES)?.length ?? 0) >= 3;
}
