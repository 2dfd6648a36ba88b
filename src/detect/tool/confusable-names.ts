// Tool names that are look-alike twins of a sibling's name in the same list ("reаd_file" with a
// Cyrillic а beside "read_file"): a client routes by the exact string, a person and a model read
// the glyphs, so the twin shadows the tool it imitates. A name is folded (NFKC, invisible
// characters dropped, Cyrillic / Greek look-alikes mapped to Latin); two DIFFERENT names that
// fold to the same string are a pair, and the one whose raw form is not plain single-script text
// (mixed scripts, compatibility forms, invisible characters) is the impostor. A list named in one
// non-Latin script folds nothing onto a sibling and is left alone.
import { CONFUSABLES, isInvisible } from "../normalize.ts";

/** The name as it looks: NFKC, no invisible characters, look-alikes folded to Latin. */
export function foldName(name: string): string {
  let out = "";
  for (const ch of name.normalize("NFKC")) {
    if (isInvisible(ch.codePointAt(0)!)) continue;
    out += CONFUSABLES.get(ch) ?? ch;
  }
  return out;
}

const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Whether the name is written in a way no honest identifier needs: mixed Latin / other letters, compatibility forms, invisible characters. */
function disguised(name: string): boolean {
  if (name.normalize("NFKC") !== name) return true;
  for (const ch of name) if (isInvisible(ch.codePointAt(0)!)) return true;
  return LATIN.test(name) && NON_LATIN_LETTER.test(name);
}

/** Indexes of names that fold onto a different sibling name, with the sibling each imitates. */
export function confusableTwins(names: readonly string[]): Array<{ index: number; imitates: string }> {
  const cheap = names.every((n) => /^[\x20-\x7e]*$/.test(n));
  if (cheap) return capitalITwins(names);
  const byFold = new Map<string, number[]>();
  names.forEach((n, i) => {
    const f = foldName(n);
    const list = byFold.get(f);
    if (list) list.push(i);
    else byFold.set(f, [i]);
  });
  const out: Array<{ index: number; imitates: string }> = [];
  for (const idx of byFold.values()) {
    if (idx.length < 2) continue;
    for (const i of idx) {
      const other = idx.find((j) => names[j] !== names[i]);
      if (other === undefined) continue;
      // Both disguised ("rеad_file" and "reаd_file"): each imitates the other; flag both.
      if (disguised(names[i]!)) out.push({ index: i, imitates: names[other]! });
    }
  }
  return out;
}

/**
 * ASCII twins: a capital I standing for a lower-case l ("deIete_file" beside "delete_file"). In a
 * sans-serif font the two are one glyph; an otherwise lower-case name has no other reason for a
 * lone capital I. Only a name that becomes a sibling's exact name when its I's are read as l counts.
 */
function capitalITwins(names: readonly string[]): Array<{ index: number; imitates: string }> {
  if (!names.some((n) => n.includes("I"))) return [];
  const all = new Set(names);
  const out: Array<{ index: number; imitates: string }> = [];
  names.forEach((n, i) => {
    if (!n.includes("I") || /[A-HJ-Z]/.test(n)) return;
    const read = n.replace(/I/g, "l");
    if (read !== n && all.has(read)) out.push({ index: i, imitates: read });
  });
  return out;
}
