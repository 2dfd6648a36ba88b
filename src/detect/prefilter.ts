// Keyword prefilter: one Aho-Corasick pass over the text, case-insensitive, compiled to a dense
// DFA over a small alphabet (the characters keywords use) so the inner loop is two array reads
// per character. Any other character resets to the root. Keywords may hold non-ASCII letters
// (キー, clé, ключ): the class table covers every UTF-16 code unit, so they cost the inner loop
// nothing; their upper-case forms (single code units) fold onto them as A-Z folds onto a-z.
//
// The DFA's rows are filled on first visit. A full table is states × alphabet entries (~120k for
// the built-in rules), and filling it at build time cost 15–30 ms at every start of a command
// that builds a detector, cold, before the JIT warms up; a scan visits a small part of it. The
// answers are those of the complete DFA: same hits, same order.

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

  // Trie: child[s * alphabet + a] is the child state, 0 for none (the root is nobody's child).
  let maxStates = 1;
  for (const k of lowered) maxStates += k.length;
  const child = new Int32Array(maxStates * alphabet);
  const own: number[][] = []; // keyword indexes ending at each state (sparse)
  const parent = new Int32Array(maxStates);
  const via = new Uint8Array(maxStates); // class of the edge from the parent
  let states = 1;
  lowered.forEach((k, idx) => {
    if (k.length === 0) return;
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const a = cls[k.charCodeAt(i)]!;
      let next = child[s * alphabet + a]!;
      if (next === 0) {
        next = states++;
        child[s * alphabet + a] = next;
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
        while (f !== 0 && child[f * alphabet + a] === 0) f = fail[f]!;
        f = child[f * alphabet + a]!;
      }
      fail[s] = f;
      const inherited = outputs[f];
      const mine = own[s];
      outputs[s] = mine === undefined ? inherited : inherited === undefined ? mine : [...mine, ...inherited];
    }
  }

  // The DFA: pre-multiplied rows (state * alphabet). FLAG on an entry sends the search to its
  // slow path: the target state has outputs, or its row was not filled when this entry was, in
  // which case the slow path fills it and clears the flag (when the target has no outputs).
  const FLAG = 1 << 30;
  const MASK = FLAG - 1;
  const table = new Int32Array(states * alphabet);
  const ready = new Uint8Array(states);
  const outLists: Array<Int32Array | undefined> = new Array(states);

  // Final entries for states whose row is filled: 0 or FLAG (has outputs); others FLAG.
  const flagOf = new Int32Array(states).fill(FLAG);
  function fillRow(s: number): void {
    const f = fail[s]!;
    if (s !== 0 && ready[f] === 0) fillRow(f);
    const row = s * alphabet;
    const frow = f * alphabet;
    if (outputs[s] === undefined) flagOf[s] = 0; // before the loop: the root's row points to itself
    ready[s] = 1;
    for (let a = 0; a < alphabet; a++) {
      const c = child[row + a]!;
      const t = c !== 0 ? c : s === 0 ? 0 : ((table[frow + a]! & MASK) / alphabet) | 0;
      table[row + a] = (t * alphabet) | flagOf[t]!;
    }
  }
  fillRow(0);

  function slowPath(at: number, t: number, end: number, onHit: (kw: number, end: number) => void): void {
    if (ready[t] === 0) fillRow(t);
    const out = outputs[t];
    if (out === undefined) {
      table[at] = t * alphabet; // the flag was only "row not filled yet"
      return;
    }
    let list = outLists[t];
    if (list === undefined) outLists[t] = list = Int32Array.from(new Set(out));
    for (let j = 0; j < list.length; j++) onHit(list[j]!, end);
  }

  return {
    keywords: lowered,
    search(text, onHit) {
      let s = 0; // a row offset, never flagged between iterations
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const at = s + cls[text.charCodeAt(i)]!;
        s = table[at]!;
        if (s >= FLAG) {
          s &= MASK;
          slowPath(at, (s / alphabet) | 0, i + 1, onHit);
        }
      }
    },
  };
}
