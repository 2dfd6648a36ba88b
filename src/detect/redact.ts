// The only way a secret is shown: a known non-secret prefix, an ellipsis, and at most a few
// trailing characters. Never more than a quarter of the value.

import { detached } from "./flat.ts";

/** A provider's fixed marker (AWS, Google, JWT, Slack…): shown whole. */
const MARKER = /^(?:AKIA|ASIA|ABIA|ACCA|AIza|eyJ|xox[a-z]-|SG\.|dapi|sbp_|shp[a-z]{2}_|glpat-)/;
/** One word of a kind prefix (`sk-`, `proj-`, `sk_live_`, `github_pat_`)… */
const PREFIX_WORD = /[A-Za-z0-9]{1,10}[_-]/y;
/** …unless it is random: six or more hex digits are a UUID's or an account id's group, part of the secret. */
const RANDOM_WORD = /^[0-9a-f]{6,}[_-]$/i;

/** Up to three kind words, else a provider's marker. */
function knownPrefix(s: string): string {
  let end = 0;
  for (let k = 0; k < 3; k++) {
    PREFIX_WORD.lastIndex = end;
    const m = PREFIX_WORD.exec(s);
    if (!m || RANDOM_WORD.test(m[0])) break;
    end += m[0].length;
  }
  return end > 0 ? s.slice(0, end) : (MARKER.exec(s)?.[0] ?? "");
}

export function redact(secret: string): string {
  return detached(shown(secret));
}

function shown(secret: string): string {
  const s = secret.replace(/[\r\n]+/g, " ");
  const len = s.length;
  // Too short to show any of it: the length stands in, so the redacted form is never a bare "…".
  if (len <= 6) return `…(${len} chars)`;
  let prefix = knownPrefix(s).slice(0, 16);
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
