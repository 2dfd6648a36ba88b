// Tokens that mix Latin letters with Cyrillic or Greek look-alikes ("gһp_…", "pаssword"): a
// disguise, reported as an evasion finding of its own (the secrets pass also sees them folded).
import { CONFUSABLES } from "./normalize.ts";

const HAS_CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const TOKEN = /[\p{L}\p{N}_-]{3,}/gu;
const LATIN = /[A-Za-z]/;

export interface MixedToken {
  start: number;
  end: number;
  token: string;
}

export function findMixedScriptTokens(text: string): MixedToken[] {
  if (!HAS_CYRILLIC_OR_GREEK.test(text)) return [];
  const out: MixedToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    if (!LATIN.test(t) || !HAS_CYRILLIC_OR_GREEK.test(t)) continue;
    let lookAlike = false;
    for (const ch of t) {
      if (CONFUSABLES.has(ch) && HAS_CYRILLIC_OR_GREEK.test(ch)) {
        lookAlike = true;
        break;
      }
    }
    if (lookAlike) out.push({ start: m.index, end: m.index + t.length, token: t });
  }
  return out;
}
