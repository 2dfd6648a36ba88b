// A member path's part that no name is made of: a password drawn as a word, a dot and a random part
// (`Word.MH3SPIdUL876`, `Word.kQmZtRwPxLbN`) reads like a member access (`a.b`), but names' words
// carry vowels and their digits stand at one or two places (`dbPassword2`, `randomBytes32`, `base64ToUtf8`).

/** The letter runs a camelCase or PascalCase name is split into: `getXMLHttp` → get, XML, Http. */
export function letterRuns(s: string): string[] {
  return s.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
}

/** How many letter runs no name's word is: vowel-less words (`Qm`, `Zt`) and upper-case runs (`MH`). */
function oddRuns(seg: string): number {
  return letterRuns(seg).filter((w) => w.length >= 2 && (/^[A-Z]+$/.test(w) || !/[aeiouy]/i.test(w))).length;
}

/**
 * A short drawn part (10-15 characters, both cases): three odd letter runs, or two with digits
 * broken into the letters three or more times.
 */
export function shortRandomSegment(seg: string): boolean {
  if (!/^[A-Za-z0-9]{10,15}$/.test(seg) || !/[a-z]/.test(seg) || !/[A-Z]/.test(seg)) return false;
  const odd = oddRuns(seg);
  return odd >= 3 || (odd >= 2 && (seg.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length >= 3);
}

/**
 * An identifier-shaped run (10-64 letters and digits, both cases) no name is made of: drawn letters, or
 * digits broken into odd letter runs three times or more, or case and digits flipping all through it.
 */
export function drawnAlnum(seg: string): boolean {
  if (!/^[A-Za-z0-9]{10,64}$/.test(seg) || !/[a-z]/.test(seg) || !/[A-Z]/.test(seg)) return false;
  if (!/\d/.test(seg)) return drawnLetters(seg);
  const switches = (seg.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length;
  return (oddRuns(seg) >= 2 && switches >= 3) || switches >= 6;
}

/** Two-letter words and abbreviations names are made of (`To`, `By`, `Db`, `Io`). */
const NAME_PAIR = /^(?:to|by|of|is|on|at|in|id|db|ui|io|ok|or|no|up|an|as|if|do|go|my|me|we|be|ms|px|vs|os|fs|js|ts|ip|pk|fk|ns|rx|tx|qt|gl|tv|ad|dc|hq)$/i;

/**
 * A drawn part of letters alone (10-64, both cases): not a name's words. A name is runs of three
 * letters or more (`Connection`, `Sql`), acronyms (`XML`), two-letter words (`To`, `Db`) and at most
 * two lone capitals (`setXOffsetYPos`); random letters of both cases leave a short run of no word
 * (`Qm`, `Zt`) or three lone capitals.
 */
export function drawnLetters(seg: string): boolean {
  if (!/^[A-Za-z]{10,64}$/.test(seg) || !/[a-z]/.test(seg) || !/[A-Z]/.test(seg)) return false;
  const runs = letterRuns(seg);
  let singles = 0;
  let odd = 0;
  runs.forEach((w, i) => {
    if (w.length >= 3 || (w.length === 2 && (/^[A-Z]+$/.test(w) || NAME_PAIR.test(w)))) return;
    if (w.length === 1 && (i === 0 || /[A-Z]/.test(w))) singles += i > 0 ? 1 : 0;
    else odd++;
  });
  return odd >= 1 || singles >= 3;
}

/**
 * A word, a dot and a drawn part of letters (`Tundra.kQmZtRwPxLbN`): the strict placeholder test
 * reads it as a member access (digits would make it a value); where a slot takes a password it is one.
 */
export function wordDotDraw(v: string): boolean {
  const dot = v.indexOf(".");
  return dot >= 2 && dot <= 16 && /^[A-Za-z]+$/.test(v.slice(0, dot)) && drawnLetters(v.slice(dot + 1));
}
