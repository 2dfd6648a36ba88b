// Keyword prefilter: one Aho-Corasick pass over the text, case-insensitive, compiled to a dense
// DFA over a small alphabet (the characters keywords use) so the inner loop is two array reads
// per character. Any other character resets to the root. Keywords may hold non-ASCII letters
// (キー, clé, ключ): the class table covers every UTF-16 code unit, so they cost the inner loop
// nothing; their upper-case forms (single code units) fold onto them as A-Z folds onto a-z.
//
// The DFA's rows are made on first visit, in a table that grows with them: a scan visits a small
// part of the states. The answers are those of the complete DFA: same hits, same order.

export interface KeywordAutomaton {
  readonly keywords: readonly string[];
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
  const outLists: Array<Int32Array | undefined> = new Array(states);

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

  /** At a flagged entry: fills the target's row if needed, reports its keywords; returns its row offset. */
  function slowPath(at: number, t: number, end: number, onHit: (kw: number, end: number) => void): number {
    const row = rowOf[t]! >= 0 ? rowOf[t]! : fillRow(t);
    const out = outputs[t];
    if (out === undefined) {
      table[at] = row; // the flag was only "no row yet"
      return row;
    }
    let list = outLists[t];
    if (list === undefined) outLists[t] = list = Int32Array.from(new Set(out));
    for (let j = 0; j < list.length; j++) onHit(list[j]!, end);
    return row;
  }

  // A keyword ending in a later quarter starts at most this far before it: where that walk starts.
  const reach = Math.max(1, ...lowered.map((k) => k.length)) - 1;

  /** One walk over text[from, to) from the start state; returns the state (a row offset) it ends in. */
  function walk(text: string, onHit: (kw: number, end: number) => void, from = 0, to = text.length): number {
    let s = 0;
    let tab = table;
    for (let i = from; i < to; i++) {
      const at = s + cls[text.charCodeAt(i)]!;
      s = tab[at]!;
      if (s >= FLAG) {
        s = slowPath(at, s & MASK, i + 1, onHit);
        tab = table; // the slow path may have grown it
      }
    }
    return s;
  }

  return {
    keywords: lowered,
    search(text, onHit) {
      const n = text.length;
      if (n < SPLIT_AT) {
        walk(text, onHit);
        return;
      }
      // Four walks in one loop, over each quarter: each step of a walk waits on the table read
      // before it, so one walk leaves the processor idle; several overlap. A walk after the first
      // starts `reach` before its quarter (a keyword ending in it may start before it) and keeps
      // only the hits that end in its quarter; they are reported after the first's, in text order.
      const q = n >> 2;
      const b1 = q;
      const b2 = 2 * q;
      const b3 = 3 * q;
      const h1: number[] = [];
      const h2: number[] = [];
      const h3: number[] = [];
      const k1 = (kw: number, end: number) => {
        if (end > b1) h1.push(kw, end);
      };
      const k2 = (kw: number, end: number) => {
        if (end > b2) h2.push(kw, end);
      };
      const k3 = (kw: number, end: number) => {
        if (end > b3) h3.push(kw, end);
      };
      // The later walks' first `reach` characters, before their quarters.
      let a = 0;
      let b = walk(text, k1, b1 - reach, b1);
      let c = walk(text, k2, b2 - reach, b2);
      let d = walk(text, k3, b3 - reach, b3);
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
          a = slowPath(ea, a & MASK, i + 1, onHit);
          tab = table;
        }
        if (b >= FLAG) {
          b = slowPath(eb, b & MASK, i + b1 + 1, k1);
          tab = table;
        }
        if (c >= FLAG) {
          c = slowPath(ec, c & MASK, i + b2 + 1, k2);
          tab = table;
        }
        if (d >= FLAG) {
          d = slowPath(ed, d & MASK, i + b3 + 1, k3);
          tab = table;
        }
      }
      // The last quarter is the longer by up to three characters: its rest alone.
      for (let j = b3 + q; j < n; j++) {
        const ed = d + cls[text.charCodeAt(j)]!;
        d = tab[ed]!;
        if (d >= FLAG) {
          d = slowPath(ed, d & MASK, j + 1, k3);
          tab = table;
        }
      }
      for (let k = 0; k < h1.length; k += 2) onHit(h1[k]!, h1[k + 1]!);
      for (let k = 0; k < h2.length; k += 2) onHit(h2[k]!, h2[k + 1]!);
      for (let k = 0; k < h3.length; k += 2) onHit(h3[k]!, h3[k + 1]!);
    },
  };
}

/** Texts shorter than this are walked once: four walks' set-up outweighs their overlap. */
const SPLIT_AT = 4096;
