// Keyword prefilter: one Aho-Corasick pass over the text, case-insensitive, compiled to a dense
// DFA over a small alphabet (the characters keywords use) so the inner loop is two array reads
// per character. Any other character resets to the root. Keywords may hold non-ASCII letters
// (キー, clé, ключ): the class table covers every UTF-16 code unit, so they cost the inner loop
// nothing; their upper-case forms (single code units) fold onto them as A-Z folds onto a-z.
//
// The DFA's rows are made on first visit, in a table that grows with them: a scan visits a small
// part of the states. The answers are those of the complete DFA: same hits, same order.

import { keepOutOfLine } from "./jit.ts";
import { keywordTrie } from "./keyword-trie.ts";

export interface KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Every occurrence as flat (keywordIndex, endOffsetExclusive) pairs, in text order: a fresh array. */
  hits(text: string): Int32Array;
  /** Calls onHit(keywordIndex, endOffsetExclusive) for every occurrence, in text order. */
  search(text: string, onHit: (kw: number, end: number) => void): void;
}

/** An ASCII letter or digit: a keyword hit with one right before or after it is inside a word or token. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The automaton for `keywords`. `prebuilt`: tables made at build time (keyword-trie.ts), used when
 * they were made for this very list.
 */
export function buildAutomaton(keywords: readonly string[], prebuilt?: string): KeywordAutomaton {
  const lowered = keywords.map((k) => k.toLowerCase());
  const { cls, alphabet, states, fail, edgeStart, edgeTo, edgeCls, outLists } = keywordTrie(lowered, prebuilt);

  // The DFA, built lazily: a state gets a row (alphabet entries) the first time the search
  // reaches it, and the table grows as rows are added. A scan visits a small part of the states;
  // the full table (~1.4 M entries for the built-in rules) made every command that builds a
  // detector allocate and zero 6 MB, and collect garbage for it, at start (~20–30 ms).
  // An entry is the target's row offset, or FLAG | the target's state number: the slow path
  // then runs (the target has outputs, or no row yet; without outputs, it rewrites the entry).
  const FLAG = 1 << 30;
  const MASK = FLAG - 1;
  let table = new Int32Array(64 * alphabet);
  let rows = 0;
  const rowOf = new Int32Array(states).fill(-1);
  /** The entry that leads to state t. */
  const entryFor = (t: number) => (rowOf[t]! >= 0 && outLists[t] === undefined ? rowOf[t]! : FLAG | t);

  /** Gives state s its row: its failure state's row, with its own edges over it. Returns the row offset. */
  function fillRow(s: number): number {
    const f = fail[s]!;
    const frow = s === 0 ? -1 : rowOf[f]! >= 0 ? rowOf[f]! : fillRow(f);
    const row = rows * alphabet;
    if (row + alphabet > table.length) {
      const grown = new Int32Array(table.length * 2);
      grown.set(table);
      table = grown;
    }
    rows++;
    rowOf[s] = row;
    if (frow >= 0) table.copyWithin(row, frow, frow + alphabet);
    else table.fill(0, row, row + alphabet); // the root: every class without an edge stays at the root
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) table[row + edgeCls[e]!] = entryFor(edgeTo[e]!);
    return row;
  }
  fillRow(0);

  // Hits are written to scratch arrays, one per quarter walk, as (keyword, end) pairs, then copied
  // out in text order: pushed to JS arrays they cost twice the walk's time on real code (~200 ns a
  // hit, 4,000 hits per MB). Scratch, not state: a walk runs no code of its caller, so no search
  // begins while another is writing them.
  const scratch: Int32Array[] = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];
  const counts = new Int32Array(4);

  /**
   * At a flagged entry: fills the target's row if needed, adds its keywords to walk `q`'s scratch
   * as (keyword, end) pairs when `end` is past `min`; returns its row offset.
   */
  function slowPath(at: number, t: number, end: number, q: number, min: number): number {
    const row = rowOf[t]! >= 0 ? rowOf[t]! : fillRow(t);
    const list = outLists[t];
    if (list === undefined) {
      table[at] = row; // the flag was only "no row yet"
      return row;
    }
    if (end > min) {
      let n = counts[q]!;
      let h = scratch[q]!;
      if (n + 2 * list.length > h.length) h = grow(q, n + 2 * list.length);
      for (let j = 0; j < list.length; j++) {
        h[n++] = list[j]!;
        h[n++] = end;
      }
      counts[q] = n;
    }
    return row;
  }

  function grow(q: number, need: number): Int32Array {
    const h = new Int32Array(Math.max(need, 2 * scratch[q]!.length));
    h.set(scratch[q]!);
    return (scratch[q] = h);
  }

  /** The hits of walks 0 .. walks-1, in that order, as one fresh array. */
  function gather(walks: number): Int32Array {
    let total = 0;
    for (let q = 0; q < walks; q++) total += counts[q]!;
    const out = new Int32Array(total);
    let at = 0;
    for (let q = 0; q < walks; q++) {
      out.set(scratch[q]!.subarray(0, counts[q]!), at);
      at += counts[q]!;
    }
    return out;
  }
  // slowPath too: it runs at a hit or a new row (a few thousand times per MB), and inlined at the
  // four walks' sites it made quarters' top-tier compiles, two per process, the largest of a scan.
  keepOutOfLine(fillRow, grow, slowPath);

  // A keyword ending in a later quarter starts at most this far before it: where that walk starts.
  const reach = Math.max(1, ...lowered.map((k) => k.length)) - 1;

  /** Walk `q` over text[from, to) from state `s` (a row offset), its hits ending past `min` kept; returns the state it ends in. */
  function walk(text: string, q: number, min: number, from: number, to: number, s = 0): number {
    let tab = table;
    for (let i = from; i < to; i++) {
      const at = s + cls[text.charCodeAt(i)]!;
      s = tab[at]!;
      if (s >= FLAG) {
        s = slowPath(at, s & MASK, i + 1, q, min);
        tab = table; // the slow path may have grown it
      }
    }
    return s;
  }

  /** A long text's search (SPLIT_AT or more): its own function, compiled apart from the short texts' path. */
  function quarters(text: string): Int32Array {
    const n = text.length;
    // Four walks in one loop, over each quarter: each step of a walk waits on the table read
    // before it, so one walk leaves the processor idle; several overlap. A walk after the first
    // starts `reach` before its quarter (a keyword ending in it may start before it) and keeps
    // only the hits that end in its quarter; they are reported after the first's, in text order.
    const q = n >> 2;
    const b1 = q;
    const b2 = 2 * q;
    const b3 = 3 * q;
    counts.fill(0);
    // The later walks' first `reach` characters, before their quarters.
    let a = 0;
    let b = walk(text, 1, b1, b1 - reach, b1);
    let c = walk(text, 2, b2, b2 - reach, b2);
    let d = walk(text, 3, b3, b3 - reach, b3);
    let tab = table; // the walks before may have grown it
    for (let i = 0; i < q; i++) {
      const ea = a + cls[text.charCodeAt(i)]!;
      const eb = b + cls[text.charCodeAt(i + b1)]!;
      const ec = c + cls[text.charCodeAt(i + b2)]!;
      const ed = d + cls[text.charCodeAt(i + b3)]!;
      a = tab[ea]!;
      b = tab[eb]!;
      c = tab[ec]!;
      d = tab[ed]!;
      if (a >= FLAG) {
        a = slowPath(ea, a & MASK, i + 1, 0, -1);
        tab = table;
      }
      if (b >= FLAG) {
        b = slowPath(eb, b & MASK, i + b1 + 1, 1, b1);
        tab = table;
      }
      if (c >= FLAG) {
        c = slowPath(ec, c & MASK, i + b2 + 1, 2, b2);
        tab = table;
      }
      if (d >= FLAG) {
        d = slowPath(ed, d & MASK, i + b3 + 1, 3, b3);
        tab = table;
      }
    }
    // The last quarter is the longer by up to three characters: its rest alone (a loop of its own
    // here left the compiled loop for the slower tiers at texts of other lengths).
    walk(text, 3, b3, b3 + q, n, d);
    return gather(4);
  }

  function hits(text: string): Int32Array {
    if (text.length >= SPLIT_AT) return quarters(text);
    counts[0] = 0;
    walk(text, 0, -1, 0, text.length);
    return gather(1);
  }

  return {
    keywords: lowered,
    hits,
    search(text, onHit) {
      report(hits(text), onHit);
    },
  };
}

/** Hits as (keyword, end) pairs, to `onHit` in order. */
function report(hits: Int32Array, onHit: (kw: number, end: number) => void): void {
  for (let k = 0; k < hits.length; k += 2) onHit(hits[k]!, hits[k + 1]!);
}
// Every search's callback meets at its call site: inlined, a new one threw the searches back to
// the slower tiers and recompiled them (BadCache exits); out of line, only this loop recompiles.
keepOutOfLine(report);

/** Texts shorter than this are walked once: four walks' set-up outweighs their overlap. */
const SPLIT_AT = 4096;
