// Tables from prebuilt ones (the built-in keywords', made at build time) against tables built
// from the same list: identical, state numbers and all; a list the prebuilt ones were not made
// for is built.
import { describe, expect, test } from "bun:test";
import { BUILTIN_KEYWORD_TRIE } from "../../src/detect/builtin-keyword-trie.ts";
import { keywordOrder } from "../../src/detect/keyword-order.ts";
import { encodeKeywordTrie, keywordTrie, type KeywordTrie } from "../../src/detect/keyword-trie.ts";
import { BUILTIN_RULES } from "../../src/detect/index.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

/** The tables as one string: comparing it is fast where toEqual on 64 KiB arrays is not. */
function plain(t: KeywordTrie): string {
  const cls: number[] = [];
  t.cls.forEach((a, c) => {
    if (a !== 0) cls.push(c, a);
  });
  const lists = t.outLists.map((l) => (l === undefined ? "-" : l.join(",")));
  return JSON.stringify([cls, t.alphabet, t.states, [...t.fail], [...t.edgeStart], [...t.edgeTo], [...t.edgeCls], lists]);
}

function randomWords(next: () => number, n: number, letters: string, maxLen: number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 20; tries++) {
    let w = "";
    const len = 1 + Math.floor(next() * maxLen);
    for (let i = 0; i < len; i++) w += letters[Math.floor(next() * letters.length)];
    out.add(w);
  }
  return [...out];
}

describe("keyword tables from prebuilt ones", () => {
  test("prebuilt for the list, or for a first part of it: as built", () => {
    const next = rng(24);
    for (let round = 0; round < 300; round++) {
      const letters = round % 3 === 0 ? "ab" : round % 3 === 1 ? "abc_" : "abcdeé1-";
      const words = randomWords(next, 2 + Math.floor(next() * 40), letters, 1 + Math.floor(next() * 7));
      const cut = round % 2 === 0 ? words.length : Math.floor(next() * (words.length + 1));
      const prebuilt = encodeKeywordTrie(words.slice(0, cut));
      expect(plain(keywordTrie(words, prebuilt))).toEqual(plain(keywordTrie(words)));
    }
  });

  test("prebuilt for another list: as built", () => {
    const prebuilt = encodeKeywordTrie(["key", "token"]);
    for (const words of [["token", "key"], ["key"], ["kex", "token", "secret"]]) expect(plain(keywordTrie(words, prebuilt))).toEqual(plain(keywordTrie(words)));
  });

  test("the built-in list, alone and with env-leak needles after it: as built", () => {
    const builtin = keywordOrder(BUILTIN_RULES, []).map((k) => k.toLowerCase());
    const header = JSON.parse(BUILTIN_KEYWORD_TRIE.slice(0, BUILTIN_KEYWORD_TRIE.indexOf("\n"))) as { keywords: string[] };
    expect(header.keywords).toEqual(builtin);
    // A value, its base64 and its hex, as envNeedles makes them; and one that is a built-in keyword's prefix.
    expect(plain(keywordTrie(builtin, BUILTIN_KEYWORD_TRIE))).toEqual(plain(keywordTrie(builtin)));
    const words = keywordOrder(BUILTIN_RULES, ["openblas_*", "t1bftkjmqvnfk", "4f50454e424c41535f2a", "passw", "xyzzy-token-value"]);
    expect(plain(keywordTrie(words, BUILTIN_KEYWORD_TRIE))).toEqual(plain(keywordTrie(words)));
  });
});
