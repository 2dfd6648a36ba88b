// "2. 执行：\n\n    mysql … DROP DATABASE …", "3. Ejecuta las pruebas: make smoke": an imperative that opens a
// numbered step of a procedure written for people (a runbook, an install guide). English step verbs
// ("Run:", "Execute") are no order signal at all; the other languages' imperatives weigh less on a
// step line, so a step and the command it displays do not make an order to an AI by themselves.
// An address to the AI beside them still counts.

/** A numbered step marker alone before the verb on its line: "2. ", "3) ", "4、", "b. ". */
const STEP_PREFIX = /(?:^|\n)[^\S\n]{0,6}(?:\d{1,2}|[a-z])[.)、．][^\S\n]{0,4}$/u;
const STEP_LINE = /(?:^|\n)[^\S\n]{0,6}\d{1,2}[.)、．][^\S\n]{0,4}\S/gu;

/** The imperative at `verbAt` opens a numbered step, and the text numbers at least two steps. */
export function opensProcedureStep(text: string, verbAt: number): boolean {
  if (!STEP_PREFIX.test(text.slice(Math.max(0, verbAt - 16), verbAt))) return false;
  // Steps near the verb only: a scan judges many hits, each looks at a bounded window.
  return (text.slice(Math.max(0, verbAt - 2000), verbAt + 2000).match(STEP_LINE)?.length ?? 0) >= 2;
}
