// The only way a secret is shown: a known non-secret prefix, an ellipsis, and at most a few
// trailing characters. Never more than a quarter of the value.

const PREFIX = /^(?:[A-Za-z0-9]{1,10}[_-]){1,3}|^(?:AKIA|ASIA|ABIA|ACCA|AIza|eyJ|xox[a-z]-|SG\.|dapi|sbp_|shp[a-z]{2}_|glpat-)/;

export function redact(secret: string): string {
  return detach(shown(secret));
}

/**
 * A copy of a short string that shares no storage with the text it was cut from. A slice is a
 * view that keeps its whole source alive: a redacted form built from slices of a stream's scan
 * buffer pinned that 1 MiB buffer for as long as the finding lived (a stream's findings live to
 * its end: memory grew with the input).
 */
function detach(s: string): string {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode(...codes);
}

function shown(secret: string): string {
  const s = secret.replace(/[\r\n]+/g, " ");
  const len = s.length;
  // Too short to show any of it: the length stands in, so the redacted form is never a bare "…".
  if (len <= 6) return `…(${len} chars)`;
  let prefix = (PREFIX.exec(s)?.[0] ?? "").slice(0, 16);
  if (prefix.length > len / 2) prefix = prefix.slice(0, Math.floor(len / 4));
  const tail = len >= 20 ? 4 : len >= 12 ? 2 : 0;
  const head = prefix.length > 0 ? prefix : s.slice(0, len >= 12 ? 2 : 0);
  if (head.length === 0 && tail === 0) return `…(${len} chars)`;
  return `${head}…${tail > 0 ? s.slice(len - tail) : ""}`;
}

/** Redact every occurrence of the given secrets inside a longer text (for logs and errors). */
export function redactWithin(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const sec of secrets) if (sec.length >= 4) out = out.split(sec).join(redact(sec));
  return out;
}
