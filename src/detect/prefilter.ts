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

  // A keyword ending past the middle starts at most this far before it: where the second walk starts.
  const reach = Math.max(1, ...lowered.map((k) => k.length)) - 1;

  /** One walk over the whole text. */
  function walk(text: string, onHit: (kw: number, end: number) => void): void {
    let s = 0; // a row offset
    let tab = table;
    for (let i = 0; i < text.length; i++) {
      const at = s + cls[text.charCodeAt(i)]!;
      s = tab[at]!;
      if (s >= FLAG) {
        s = slowPath(at, s & MASK, i + 1, onHit);
        tab = table; // the slow path may have grown it
      }
    }
  }

  return {
    keywords: lowered,
    search(text, onHit) {
      const n = text.length;
      if (n < SPLIT_AT) return walk(text, onHit);
      // Two walks in one loop, over each half: each step of a walk waits on the table read
      // before it, so one walk leaves the processor idle; two overlap (1.3x on real code). The
      // second half's hits are kept and reported after the first's, in text order.
      const mid = n >> 1;
      const later: number[] = [];
      const keep = (kw: number, end: number) => {
        if (end > mid) later.push(kw, end);
      };
      let a = 0;
      let b = 0;
      let i = 0;
      let j = mid - reach;
      let tab = table;
      for (; i < mid; i++, j++) {
        const ea = a + cls[text.charCodeAt(i)]!;
        const eb = b + cls[text.charCodeAt(j)]!;
        a = tab[ea]!;
        b = tab[eb]!;
        if (a >= FLAG) {
          a = slowPath(ea, a & MASK, i + 1, onHit);
          tab = table;
        }
        if (b >= FLAG) {
          b = slowPath(eb, b & MASK, j + 1, keep);
          tab = table;
        }
      }
      // The second half is the longer by `reach` (and one for an odd length): its rest alone.
      for (; j < n; j++) {
        const eb = b + cls[text.charCodeAt(j)]!;
        b = tab[eb]!;
        if (b >= FLAG) {
          b = slowPath(eb, b & MASK, j + 1, keep);
          tab = table;
        }
      }
      for (let k = 0; k < later.length; k += 2) onHit(later[k]!, later[k + 1]!);
    },
  };
}

/** Texts shorter than this are walked once: two walks' set-up outweighs their overlap. */
const SPLIT_AT = 4096;
