// Tokens that mix Latin letters with Cyrillic or Greek look-alikes ("gһp_…", "pаssword"): a
// disguise, reported as an evasion finding of its own (the secrets pass also sees them folded).
// Only a Latin-shaped token counts: with its look-alikes folded it must be all ASCII (a native
// letter such as "ф" or "λ" makes it a word of that language, e.g. "API-ключ", "JS-файл") and
// it must look like what a disguise hides: a rule keyword or a credential-shaped run.
import { CONFUSABLES } from "./normalize.ts";

const HAS_CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const TOKEN = /[\p{L}\p{N}_-]{3,}/gu;
const LATIN = /[A-Za-z]/;

export interface MixedToken {
  start: number;
  end: number;
  token: string;
  /** The token with its look-alikes folded to Latin (ASCII). */
  folded: string;
}

/** A folded token long and varied enough to be a credential (mixed letters and digits). */
export function credentialShaped(folded: string): boolean {
  const body = folded.replace(/[-_]/g, "");
  return body.length >= 16 && /\d/.test(body) && /[A-Za-z]/.test(body);
}

/**
 * Latin-shaped tokens with Cyrillic/Greek look-alikes inside. `interesting` decides whether a
 * folded token looks like a secret or a rule keyword (the engine passes its keyword automaton).
 */
export function findMixedScriptTokens(text: string, interesting: (folded: string) => boolean = () => true): MixedToken[] {
  if (!HAS_CYRILLIC_OR_GREEK.test(text)) return [];
  const out: MixedToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    if (!LATIN.test(t) || !HAS_CYRILLIC_OR_GREEK.test(t)) continue;
    let folded = "";
    let ascii = true;
    for (const ch of t) {
      const f = CONFUSABLES.get(ch) ?? ch;
      if (f.charCodeAt(0) > 0x7f) {
        ascii = false;
        break;
      }
      folded += f;
    }
    if (!ascii) continue;
    // Each Latin/native part joined by a hyphen is judged alone: "JS-сервер" is two words.
    const parts = t.split(/-/).filter((p) => p.length > 0);
    if (parts.length > 1 && !parts.some((p) => LATIN.test(p) && HAS_CYRILLIC_OR_GREEK.test(p))) continue;
    if (interesting(folded)) out.push({ start: m.index, end: m.index + t.length, token: t, folded });
  }
  return out;
}
