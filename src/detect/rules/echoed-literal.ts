// A command in a value's place that prints a literal written in it: `` TOKEN=`echo <token>` ``, `` `printf %s <token>` ``,
// `` PASSWORD=`echo -n '<password>' | base64` ``, `$(echo …)`. A command that fetches the secret (`cat jwt.key`,
// `pass show ci/jwt`) leaves it off the line; one that echoes it carries the literal (or its encoding) on the line.

/** Commands whose output is their argument. */
const ECHO = /^(?:echo|printf|print|puts|Write-Output|Write-Host)$/i;

/**
 * The command substitution opening at `j` (a backtick or `$(`) when its first command echoes: the argument it echoes, past
 * flags (`-n`, `-e`) and a format (`%s`, `"%s"`), its quotes off. Undefined for any other command or shape.
 */
export function echoedArgument(text: string, j: number): { value: string; start: number } | undefined {
  const open = text[j] === "`" ? 1 : text.startsWith("$(", j) ? 2 : 0;
  if (open === 0) return undefined;
  const m = /^([A-Za-z][\w-]{1,15})((?:[ \t]+(?:-[a-zA-Z]{1,3}|["']?%[sb](?:\\n)?["']?))*)[ \t]+(["']?)([^\s"'`()|;&]{6,200})\3(?=[ \t]*(?:[`)|;]|$))/.exec(text.slice(j + open, j + open + 260));
  if (!m || !ECHO.test(m[1]!)) return undefined;
  return { value: m[4]!, start: j + open + m[0].length - m[4]!.length - m[3]!.length };
}
