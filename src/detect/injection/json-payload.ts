// Whether a payload is JSON: it opens with { or [, or a one-line caption ending in a colon
// ("Claim status API response:") stands over a JSON document that runs to the end of the text.
// Its string values are data then, and an order inside one weighs as an order in data.

const CAPTION = /^[^\S\n]{0,4}[^\n{}[\]"]{1,120}:[^\S\n]{0,4}\r?\n\s{0,40}[[{]/;

export function jsonPayload(text: string): boolean {
  if (/^\s*[[{]/.test(text)) return true;
  const m = CAPTION.exec(text);
  return m !== null && /[\]}]\s*$/.test(text.slice(-40)) && text.indexOf('":', m[0].length) > 0;
}
