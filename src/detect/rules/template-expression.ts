// Template expressions (`{{ … }}`, `${{ … }}`, `{% … %}`, `<%= … %>`): Jinja/Ansible, GitHub
// Actions, Helm/Go templates, ERB. Whatever stands inside one is evaluated where the file is
// rendered (a vault lookup's arguments, a variable's name): a reference, not a value.

/** How far along the line an expression's opener or closer is looked for. */
const REACH = 400;

/**
 * True when text[start, end) lies inside a template expression opened and closed on its line:
 * an opener before it that nothing closes first, and a closer after it before any new opener.
 */
export function inTemplateExpression(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - REACH);
  const head = text.slice(lineStart, start);
  if (shellRequiredMessage(text, start, head)) return true;
  const open = Math.max(head.lastIndexOf("{{"), head.lastIndexOf("{%"), head.lastIndexOf("<%"));
  if (open < 0) return false;
  const closed = Math.max(head.lastIndexOf("}}"), head.lastIndexOf("%}"), head.lastIndexOf("%>"));
  if (closed > open) return false;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd - end > REACH) lineEnd = Math.min(text.length, end + REACH);
  const tail = text.slice(end, lineEnd);
  const close = firstOf(tail, ["}}", "%}", "%>"]);
  if (close < 0) return false;
  const reopen = firstOf(tail, ["{{", "{%", "<%"]);
  return reopen < 0 || close < reopen;
}

/**
 * A shell expansion that requires a variable, `${NAME:?message}` / `${NAME?message}`: what follows
 * the name is the error text shown when it is unset, not its value. (A `:-` default is a value.)
 */
function shellRequiredMessage(text: string, start: number, head: string): boolean {
  if (!/\$\{[\w.-]*$/.test(head)) return false;
  return /^[\w.-]{1,64}:?\?/.test(text.slice(start, start + 80));
}

function firstOf(s: string, needles: string[]): number {
  let best = -1;
  for (const n of needles) {
    const i = s.indexOf(n);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
