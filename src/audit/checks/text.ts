// Small text helpers the checks share: positions, references, secret-ish names, JSONC.

export function position(text: string, index: number): { line: number; column: number } {
  if (index < 0) return { line: 1, column: 1 };
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: index - last };
}

/** Position of `needle` searched from `after` (or from the start when not found after it). */
export function locate(text: string, needle: string, after = 0): { line: number; column: number } {
  let i = text.indexOf(needle, after);
  if (i < 0) i = text.indexOf(needle);
  return position(text, i);
}

const REF = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^}]*\}\}/g;

/** A value that names where the secret comes from (${VAR}, ${env:VAR}, ${input:x}) rather than holding it. */
export function isReference(value: string): boolean {
  const rest = value.replace(REF, "").replace(/^\s*(?:Bearer|Basic|token|Token)\s*/, "").trim();
  return rest.length < 8;
}

export const SECRET_NAME = /token|secret|passw(?:or)?d|passwd|api[_-]?key|apikey|auth|credential|private[_-]?key|access[_-]?key|bearer|cookie|session|pat$/i;

export function parseJsonc(text: string): unknown {
  return Bun.JSONC.parse(text);
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
