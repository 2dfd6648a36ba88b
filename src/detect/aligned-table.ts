// A two-column table a CLI prints with its columns aligned by blanks, under a "Key  Value" header and
// a dashed rule: `vault kv get`/`vault read` (`Key  Value` / `---  -----`), PowerShell's Format-Table
// of a hashtable or of `env:` (`Name  Value` / `----  -----`), `az … -o table`. Each row is a setting's
// name, two or more blanks, and its value: the same pair as `name: value`, written as a table.

/** The header's name column, then its value column. */
const HEADER = /^[ \t]*(?:key|name|field|setting|property|variable|parameter)[ \t]+value[ \t]*\r?$/i;
/** The dashed rule under the header: one run of dashes per column. */
const RULE = /^[ \t]*-{2,}[ \t]+-{2,}[ \t]*\r?$/;
/** How many rows above a row its header may stand. */
const MAX_ROWS_UP = 64;

/** The start of the line before the line starting at `lineStart`, or -1 at the text's start. */
function previousLine(text: string, lineStart: number): number {
  return lineStart === 0 ? -1 : text.lastIndexOf("\n", lineStart - 2) + 1;
}

/**
 * The value of the aligned row whose name spans [s, e), as [start, end); null when the name does not
 * open its line, two blanks do not follow it, the value is not the line's last word, or no
 * "Key  Value" header and rule stand above the rows over it.
 */
export function alignedRowValue(text: string, s: number, e: number): [number, number] | null {
  if (text.charCodeAt(e) !== 32 || (text.charCodeAt(e + 1) !== 32 && text.charCodeAt(e + 1) !== 9)) return null;
  const lineStart = text.lastIndexOf("\n", s - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, s))) return null;
  let v = e;
  while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
  let end = v;
  while (end < text.length && end - v <= 400 && !/\s/.test(text[end]!)) end++;
  if (end === v || end - v > 400 || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3))) return null;
  // Up over the rows (each a name, blanks and a value) to the rule and the header above it.
  let line = previousLine(text, lineStart);
  for (let n = 0; line >= 0 && n < MAX_ROWS_UP; n++, line = previousLine(text, line)) {
    const lineEnd = text.indexOf("\n", line);
    const row = text.slice(line, lineEnd < 0 ? text.length : lineEnd);
    if (RULE.test(row)) {
      const head = previousLine(text, line);
      return head >= 0 && HEADER.test(text.slice(head, line - 1)) ? [v, end] : null;
    }
    if (row.length > 512 || !/^[ \t]*\S+[ \t]{2,}\S/.test(row)) return null;
  }
  return null;
}
