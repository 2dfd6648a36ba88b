// findPhraseRuns against the loop it was before its table and copy were moved out of the probe
// loop (runs.ts): the same [start, end) pairs on texts dense in what the loop reads (wordlist
// words in each case, other words, every separator, digits, non-ASCII letters, long identifiers).
import { expect, test } from "bun:test";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { findPhraseRuns } from "../../src/detect/runs.ts";
import { isBip39WordFolded } from "../../src/detect/bip39.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

// The reference: the finder as one function, kept verbatim but for names.
const LOWER = 1;
const UPPER = 2;
const OTHER_LETTER = 4;
const SEPARATOR = 8;
const CLASS = new Uint8Array(65536);
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
CLASS.fill(OTHER_LETTER, 128);
for (const c of [32, 10, 13, 9, 44, 34, 39, 46, 41, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 124, 45]) CLASS[c] = SEPARATOR;
const isLowerOnly = (c: number) => (CLASS[c]! & LOWER) !== 0;
const inWord = (capitals: boolean, c: number) => (CLASS[c]! & (capitals ? LOWER | UPPER : LOWER)) !== 0;
const isUpper = (c: number) => (CLASS[c]! & UPPER) !== 0;
const isAsciiLetter = (c: number) => (CLASS[c]! & (LOWER | UPPER)) !== 0;
const isLetter = (c: number) => (CLASS[c]! & (LOWER | UPPER | OTHER_LETTER)) !== 0;
const isSeparator = (c: number) => (CLASS[c]! & SEPARATOR) !== 0;
const MIN_WORDS = 12;
const MAX_GAP = 16;

function extendLeft(text: string, start: number, capitals: boolean): [number, number] {
  let words = 0;
  for (;;) {
    let g = start;
    while (g > 0 && start - g < MAX_GAP && isSeparator(text.charCodeAt(g - 1))) g--;
    if (g === start || g === 0 || !inWord(capitals, text.charCodeAt(g - 1))) break;
    let s0 = g;
    while (s0 > 0 && inWord(capitals, text.charCodeAt(s0 - 1))) s0--;
    if (g - s0 < 3 || g - s0 > 8 || (s0 > 0 && isLetter(text.charCodeAt(s0 - 1))) || (capitals && !isUpper(text.charCodeAt(s0))) || !isBip39WordFolded(text, s0, g)) break;
    start = s0;
    words++;
  }
  return [start, words];
}

function extendRight(text: string, end: number, capitals: boolean): [number, number] {
  const n = text.length;
  let words = 0;
  for (;;) {
    let g = end;
    while (g < n && g - end < MAX_GAP && isSeparator(text.charCodeAt(g))) g++;
    if (g === end || g >= n || !inWord(capitals, text.charCodeAt(g))) break;
    let e0 = g;
    while (e0 < n && inWord(capitals, text.charCodeAt(e0))) e0++;
    if (e0 - g < 3 || e0 - g > 8 || (e0 < n && isLetter(text.charCodeAt(e0))) || (capitals && !isUpper(text.charCodeAt(g))) || !isBip39WordFolded(text, g, e0)) break;
    end = e0;
    words++;
  }
  return [end, words];
}

function referencePhraseRuns(text: string): number[] {
  const n = text.length;
  const stride = MIN_WORDS * 3 + (MIN_WORDS - 1);
  const out: number[] = [];
  let p = stride - 1;
  while (p < n) {
    let q = p;
    while (q < n && q < p + MAX_GAP && isSeparator(text.charCodeAt(q))) q++;
    if (q >= n || !isAsciiLetter(text.charCodeAt(q))) {
      p += stride;
      continue;
    }
    let ws = q;
    while (ws > 0 && isAsciiLetter(text.charCodeAt(ws - 1))) ws--;
    const capitals = isUpper(text.charCodeAt(ws));
    if (!capitals) {
      ws = q;
      while (ws > 0 && isLowerOnly(text.charCodeAt(ws - 1))) ws--;
    }
    let we = q;
    while (we < n && inWord(capitals, text.charCodeAt(we))) we++;
    if (we - ws < 3 || we - ws > 8 || (!capitals && !isLowerOnly(text.charCodeAt(q))) || !isBip39WordFolded(text, ws, we)) {
      p = we + stride - 1;
      continue;
    }
    const [start, left] = extendLeft(text, ws, capitals);
    const [end, right] = extendRight(text, we, capitals);
    if (1 + left + right >= MIN_WORDS) out.push(start, end);
    p = Math.max(end, p) + stride;
  }
  return out;
}

const OTHER_WORDS = ["a", "of", "to", "const", "return", "function", "ab", "xyzzy", "identifierName", "énergie", "слово", "getValue"];
const SEPARATORS = [" ", " ", " ", "\n", ", ", "\t", "1. ", "| ", " - ", '"', "'", ")", "  ", "\r\n", "=", "(", "_", ":"];

function text(rand: () => number): string {
  const parts: string[] = [];
  const words = Math.floor(rand() * 200);
  const style = rand();
  for (let i = 0; i < words; i++) {
    let w = rand() < 0.85 ? wordlist[Math.floor(rand() * wordlist.length)]! : OTHER_WORDS[Math.floor(rand() * OTHER_WORDS.length)]!;
    const c = rand();
    if (style < 0.3 && c < 0.5) w = w.toUpperCase();
    else if (style < 0.6 && c < 0.5) w = w[0]!.toUpperCase() + w.slice(1);
    parts.push(w, rand() < 0.9 ? " " : SEPARATORS[Math.floor(rand() * SEPARATORS.length)]!);
  }
  return parts.join("");
}

test("findPhraseRuns finds the reference's runs on random word texts", () => {
  const rand = rng(3801);
  let runs = 0;
  for (let i = 0; i < 4000; i++) {
    const t = text(rand);
    const expected = referencePhraseRuns(t);
    runs += expected.length / 2;
    expect([...findPhraseRuns(t)]).toEqual(expected);
  }
  // The texts hold runs of every kind: the comparison is not of empty lists.
  expect(runs).toBeGreaterThan(1000);
});
