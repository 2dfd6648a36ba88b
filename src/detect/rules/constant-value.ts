// The string literal a name is given in the same text (`const FALLBACK: &str = "…"`, `static final
// String DEFAULT_KEY = "…"`, `fallback := "…"`, `FALLBACK = '…'`): what a reference to that name
// stands for, read where a lookup's fallback is the name rather than the literal.

/** After the name: a type (`: &str`, `: &'static str`, `: String`, Go's ` string`), then `=`, `:=` and the literal alone. */
const ASSIGNED = /[ \t]*(?::[ \t]*&?(?:'static[ \t]+)?[\w<>[\]?]{1,30}|[ \t]+string)?[ \t]*:?=(?![=>~])[ \t]*(["'`])([^"'`\s\\]{1,400})\1(?=(?:\.freeze)?[ \t]*(?:[;,)}\r\n]|$|\/\/|#))/y;
/** Names no definition gives a literal to (`None`, `null`): not looked up. */
const NOT_CONSTANT = new Set(["None", "null", "nil", "undefined", "true", "false", "True", "False", "NULL", "nullptr", "default", "self", "this"]);
/** Occurrences of the name read at most (a name used everywhere is no constant's). */
const MAX_OCCURRENCES = 64;

/** The first literal assigned to `name` in `text`, where it starts and where the assigned name does; undefined when none is. */
export function constantValue(text: string, name: string): { value: string; start: number; nameStart: number } | undefined {
  if (name.length < 3 || NOT_CONSTANT.has(name)) return undefined;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length), seen++) {
    const b = at > 0 ? text.charCodeAt(at - 1) : 32;
    // A whole name, not a member's (`cfg.FALLBACK = …` sets another object's field) or a longer name's tail.
    if (b === 46 || b === 36 || b === 95 || (b >= 48 && b <= 57) || ((b | 32) >= 97 && (b | 32) <= 122)) continue;
    ASSIGNED.lastIndex = at + name.length;
    const m = ASSIGNED.exec(text);
    if (m) return { value: m[2]!, start: m.index + m[0].length - m[2]!.length - 1, nameStart: at };
  }
  return undefined;
}
