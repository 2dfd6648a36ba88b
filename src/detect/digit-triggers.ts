// The anchorless rules' triggers that read digits (card numbers, BitLocker passwords, IBANs, SSNs)
// and where each can match relative to a run of two or more digits: the trigger plan (triggers.ts)
// finds the runs in one pass and tries each trigger, sticky, only there. Four regexes scanning
// every position of the text cost ~60 ms per 55 MB of real code; the one pass of runs, ~20.
import { keepOutOfLine } from "./jit.ts";

/**
 * Two groups of four digits, side by side or split by a blank, dot or dash: the trigger of the rules
 * reading grouped numbers (card numbers, BitLocker recovery passwords). One regex object, so the
 * engine runs it once for all of them.
 */
export const DIGIT_GROUPS = /\d{4}[ .-]?\d{4}/g;
/** An IBAN written without blanks: country, check digits, 11+ characters. */
export const IBAN_COMPACT = /[A-Z]{2}\d{2}[A-Z0-9]{11}/g;
/** An IBAN written in groups: its check digits, looking ahead for two groups (2–3× cheaper on real code than consuming them). */
export const IBAN_SPACED = /\d\d(?= [A-Za-z0-9]{4} [A-Za-z0-9]{4})/g;
export const US_SSN = /\d{3}-\d{2}-\d{4}/g;
/** A .pgpass line's port field (2–5 digits, or `*`) between its colons, the next field's first character after them. */
export const PGPASS_PORT = /:(?:\d{2,5}|\*):(?=[^\d\s:])/g;

/** Maximal runs of 2+ digits (`\d` is [0-9] without the u flag, as in the triggers). */
export const DIGIT_RUN = /\d{2,}/g;

const isUpper = (c: number) => c >= 65 && c <= 90;
// Where a run ends the text, `b < text.length` comes before reading text[b]: a read past the end
// is NaN, the same answer, but it throws compiled code back to the slower tiers each time.

/**
 * Per trigger, the first place at or after `from` where one of its matches can start, given a
 * maximal run of 2+ digits text[a, b) (-1: none left in this run). Every match of the trigger
 * holds two adjacent digits, so every match start is the answer for the run holding them; each
 * answer below follows from the pattern's first atoms (test/detect/triggers.test.ts holds them to
 * each regex's own exec loop).
 */
export const DIGIT_LED: ReadonlyMap<RegExp, (text: string, a: number, b: number, from: number) => number> = new Map([
  // Four digits, then (a digit not being [ .-]) four more in this run, or the run's last four.
  [DIGIT_GROUPS, (_text: string, a: number, b: number, from: number) => {
    const s = Math.max(a, from);
    return s <= b - 8 ? s : s <= b - 4 ? b - 4 : -1;
  }],
  // Two capitals just before the run's first two digits.
  [IBAN_COMPACT, (text: string, a: number, _b: number, from: number) => (a - 2 >= from && isUpper(text.charCodeAt(a - 2)) && isUpper(text.charCodeAt(a - 1)) ? a - 2 : -1)],
  // The run's last two digits, a blank after them.
  [IBAN_SPACED, (text: string, _a: number, b: number, from: number) => (b - 2 >= from && b < text.length && text.charCodeAt(b) === 32 ? b - 2 : -1)],
  // The run's last three digits, a dash after them.
  [US_SSN, (text: string, a: number, b: number, from: number) => (b - 3 >= a && b - 3 >= from && b < text.length && text.charCodeAt(b) === 45 ? b - 3 : -1)],
  // The colon before a run of 2–5 digits, a colon after it. (Walking every colon of code, the
  // character-led plan spent ~17 ms per 55 MB of real code on this trigger alone.)
  [PGPASS_PORT, (text: string, a: number, b: number, from: number) => (a - 1 >= from && b - a <= 5 && b < text.length && text.charCodeAt(a - 1) === 58 && text.charCodeAt(b) === 58 ? a - 1 : -1)],
]);

/**
 * Per digit-led trigger with matches that hold no two adjacent digits, where the next such match
 * can start at or after `from` (-1: none). The plan tries them all after the digit pass and keeps,
 * in text order, those that start at or after the match before them ends, as the exec loop does.
 * That is exact only where the digit pass lost no match holding digits, i.e. none starts inside
 * another: true of PGPASS_PORT (such a match ends in a colon followed by neither digit nor colon).
 */
export const DIGITLESS: ReadonlyMap<RegExp, (text: string, from: number) => number> = new Map([
  // ":*:" found as ":*" then ":": a 3-character needle is searched ~3x slower (~24 against ~8 ms per 58 MB of real code).
  [PGPASS_PORT, (text: string, from: number) => {
    for (let p = text.indexOf(":*", from); p >= 0; p = text.indexOf(":*", p + 1)) if (text.charCodeAt(p + 2) === 58) return p;
    return -1;
  }],
]);
// The pass calls one of these per trigger and run, the five at one call site: inlined there, all
// five made its top-tier compile 2-3x longer (~45-120 ms against ~95-260 ms, measured under load),
// to save ~850,000 plain calls per 55 MB of real code (five per run of digits).
keepOutOfLine(...DIGIT_LED.values());
