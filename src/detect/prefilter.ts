// Keyword prefilter: one Aho-Corasick pass over the text, case-insensitive, compiled to a dense
// DFA over a small alphabet (the characters keywords use) so the inner loop is two array reads
// per character. Any other character resets to the root. Keywords may hold non-ASCII letters
// (キー, clé, ключ): the class table covers every UTF-16 code unit, so they cost the inner loop
// nothing; their upper-case forms (single code units) fold onto them as A-Z folds onto a-z.
//
// The DFA's rows are made on first visit, in a table that grows with them: a scan visits a small
// part of the states. The answers are those of the complete DFA: same hits, same order.

import { keepOutOfLine } from "./jit.ts";

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

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const lowered = keywords.map((k) => k.toLowerCase());
  // Alphabet: class 0 = any char no keyword uses; 1..A-1 = each distinct keyword char.
  // Indexed by any UTF-16 code unit (64 KiB): the inner loop reads it without first testing for ASCII.
  const cls = new Uint8Array(65536);
  let alphabet = 1;
  const nonAscii: number[] = [];
  for (const k of lowered) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (cls[c] !== 0) continue;
      cls[c] = alphabet++;
      if (alphabet > 255) throw new Error("keyword alphabet over 255 characters");
      if (c >= 128) nonAscii.push(c);
    }
  }
  for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32]!; // fold A-Z onto a-z
  // Non-ASCII letters fold the same way (É onto é, К onto к), where the upper case is one code unit.
  for (const c of nonAscii) {
    const up = String.fromCharCode(c).toUpperCase();
    if (up.length === 1 && up.charCodeAt(0) !== c && up.toLowerCase() === String.fromCharCode(c)) cls[up.charCodeAt(0)] = cls[c]!;
  }

  // Trie: the child of state s by class a, keyed s * alphabet + a (0 for none: the root is
  // nobody's child). A Map while building; the DFA needs only each state's own edges.
  let maxStates = 1;
  for (const k of lowered) maxStates += k.length;
  const childMap = new Map<number, number>();
  const childOf = (s: number, a: number) => childMap.get(s * alphabet + a) ?? 0;
  const own: number[][] = []; // keyword indexes ending at each state (sparse)
  const parent = new Int32Array(maxStates);
  const via = new Uint8Array(maxStates); // class of the edge from the parent
  let states = 1;
  lowered.forEach((k, idx) => {
    if (k.length === 0) return;
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const a = cls[k.charCodeAt(i)]!;
      let next = childOf(s, a);
      if (next === 0) {
        next = states++;
        childMap.set(s * alphabet + a, next);
        parent[next] = s;
        via[next] = a;
      }
      s = next;
    }
    (own[s] ??= []).push(idx);
  });

  // Failure links and outputs, in creation order... which is not breadth-first, so by depth:
  // a state's failure state is shallower. Only trie edges are walked here (not the table).
  const depth = new Int32Array(states);
  const byDepth: number[][] = [];
  for (let s = 1; s < states; s++) {
    depth[s] = depth[parent[s]!]! + 1;
    (byDepth[depth[s]!] ??= []).push(s);
  }
  const fail = new Int32Array(states);
  // A state's outputs are its own, then its failure state's; undefined when none.
  const outputs: Array<number[] | undefined> = new Array(states);
  for (let d = 1; d < byDepth.length; d++) {
    for (const s of byDepth[d] ?? []) {
      const a = via[s]!;
      let f = 0;
      if (d > 1) {
        // Longest proper suffix that is a trie path: follow the parent's failure chain.
        f = fail[parent[s]!]!;
        while (f !== 0 && childOf(f, a) === 0) f = fail[f]!;
        f = childOf(f, a);
      }
      fail[s] = f;
      const inherited = outputs[f];
      const mine = own[s];
      outputs[s] = mine === undefined ? inherited : inherited === undefined ? mine : [...mine, ...inherited];
    }
  }
  // Each state's edges, in one flat list (edgeTo[edgeStart[s] .. edgeStart[s + 1]), by class edgeCls).
  const edgeStart = new Int32Array(states + 1);
  for (let t = 1; t < states; t++) edgeStart[parent[t]! + 1]!++;
  for (let s = 0; s < states; s++) edgeStart[s + 1]! += edgeStart[s]!;
  const edgeTo = new Int32Array(Math.max(1, states - 1));
  const edgeCls = new Uint8Array(Math.max(1, states - 1));
  const filled = edgeStart.slice(0, states);
  for (let t = 1; t < states; t++) {
    const e = filled[parent[t]!]!++;
    edgeTo[e] = t;
    edgeCls[e] = via[t]!;
  }

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
  // Each state's keywords as the walk reports them, made here rather than at the state's first
  // hit: made there, the walk's compiled code left for the slower tiers at each new state's hit.
  // States inheriting their failure state's outputs share its list.
  const outLists: Array<Int32Array | undefined> = new Array(states);
  const listOf = new Map<number[], Int32Array>();
  for (let s = 0; s < states; s++) {
    const out = outputs[s];
    if (out === undefined) continue;
    let list = listOf.get(out);
    if (list === undefined) listOf.set(out, (list = Int32Array.from(new Set(out))));
    outLists[s] = list;
  }

  /** The entry that leads to state t. */
  const entryFor = (t: number) => (rowOf[t]! >= 0 && outputs[t] === undefined ? rowOf[t]! : FLAG | t);

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
  keepOutOfLine(fillRow, grow);

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
