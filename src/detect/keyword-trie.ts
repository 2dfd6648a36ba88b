// The keyword prefilter's automaton as data: character classes, the Aho-Corasick trie's edges,
// failure links and each state's keywords. prefilter.ts builds its lazy DFA over these.
//
// Building them is pure work on the keyword list: ~2,500 keywords for the built-in rules, tens of
// milliseconds at every start, run cold (interpreted) before a byte is scanned. So the built-in
// list's tables are made at build time (builtin-keyword-trie.ts, a Bun macro) and carried in the
// binary as bytes. Any other list (custom rules, env-leak needles, a rule disabled) is built here.
// (Extending the prebuilt tables with a few env-leak needles, recomputing only the states they
// change, was tried: cold, it cost more than building the whole list.)

export interface KeywordTrie {
  /** Class of every UTF-16 code unit: 0 = no keyword uses it; A-Z and one-unit upper cases fold onto their lower case. */
  readonly cls: Uint8Array;
  /** Number of classes, 0 included. */
  readonly alphabet: number;
  readonly states: number;
  readonly fail: Int32Array;
  /** State s's trie edges: edgeTo[edgeStart[s] .. edgeStart[s + 1]), by class edgeCls. */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeCls: Uint8Array;
  /**
   * Keyword indexes ending at each state (its own, then its failure chain's); undefined when none.
   * Made with the tables, not at a state's first hit: made there, the walk's compiled code left
   * for the slower tiers at each new state's hit.
   */
  readonly outLists: Array<Int32Array | undefined>;
}

/** The trie in flat form: what is carried in the binary, and what the builder produces. */
interface FlatTrie {
  /** The character each class stands for (its lower case), by class; chars[0] unused. */
  chars: number[];
  cls: Uint8Array;
  alphabet: number;
  states: number;
  fail: Int32Array;
  edgeStart: Int32Array;
  edgeTo: Int32Array;
  edgeCls: Uint8Array;
  /** Each state's list number, -1 for none; list i is listFlat[listStart[i] .. listStart[i + 1]). */
  outId: Int32Array;
  listStart: Int32Array;
  listFlat: Int32Array;
}

/** The tables for `lowered` (lower-case keywords): from `prebuilt` when it was made for this very list, else built. */
export function keywordTrie(lowered: readonly string[], prebuilt?: string): KeywordTrie {
  const flat = (prebuilt !== undefined && fromPrebuilt(prebuilt, lowered)) || flatTrie(lowered);
  // States inheriting their failure state's keywords share its list.
  const lists: Int32Array[] = [];
  for (let i = 0; i + 1 < flat.listStart.length; i++) lists.push(flat.listFlat.subarray(flat.listStart[i]!, flat.listStart[i + 1]!));
  const outLists: Array<Int32Array | undefined> = new Array(flat.states);
  for (let s = 0; s < flat.states; s++) {
    const id = flat.outId[s]!;
    if (id >= 0) outLists[s] = lists[id];
  }
  const { cls, alphabet, states, fail, edgeStart, edgeTo, edgeCls } = flat;
  return { cls, alphabet, states, fail, edgeStart, edgeTo, edgeCls, outLists };
}

/** The class table for these characters (class i stands for chars[i]): A-Z and one-unit upper cases fold onto their lower case. */
function classTable(chars: readonly number[]): Uint8Array {
  const cls = new Uint8Array(65536);
  for (let a = 1; a < chars.length; a++) cls[chars[a]!] = a;
  for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32]!; // fold A-Z onto a-z
  // Non-ASCII letters fold the same way (É onto é, К onto к), where the upper case is one code unit.
  for (let a = 1; a < chars.length; a++) {
    const c = chars[a]!;
    if (c < 128) continue;
    const up = String.fromCharCode(c).toUpperCase();
    if (up.length === 1 && up.charCodeAt(0) !== c && up.toLowerCase() === String.fromCharCode(c)) cls[up.charCodeAt(0)] = cls[c]!;
  }
  return cls;
}

/** Gives each character of `lowered[from..]` not yet in `chars` a class (appends it). */
function addChars(chars: number[], lowered: readonly string[], from: number): void {
  const known = new Set(chars);
  for (let k = from; k < lowered.length; k++) {
    const w = lowered[k]!;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (known.has(c)) continue;
      known.add(c);
      chars.push(c);
      if (chars.length > 255) throw new Error("keyword alphabet over 255 characters");
    }
  }
}

function flatTrie(lowered: readonly string[]): FlatTrie {
  // Alphabet: class 0 = any char no keyword uses; 1..A-1 = each distinct keyword char.
  // Indexed by any UTF-16 code unit (64 KiB): the inner loop reads it without first testing for ASCII.
  const chars = [0];
  addChars(chars, lowered, 0);
  const cls = classTable(chars);
  const alphabet = chars.length;

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

  // Each state's keywords as the walk reports them (each once), one list per distinct outputs array.
  const outId = new Int32Array(states).fill(-1);
  const idOf = new Map<number[], number>();
  const listStart: number[] = [0];
  const listFlat: number[] = [];
  for (let s = 0; s < states; s++) {
    const out = outputs[s];
    if (out === undefined) continue;
    let id = idOf.get(out);
    if (id === undefined) {
      idOf.set(out, (id = listStart.length - 1));
      listFlat.push(...new Set(out));
      listStart.push(listFlat.length);
    }
    outId[s] = id;
  }
  return { chars, cls, alphabet, states, fail, edgeStart, edgeTo, edgeCls, outId, listStart: new Int32Array(listStart), listFlat: new Int32Array(listFlat) };
}

// The carried form: a JSON header (the keyword list it was made for, its characters by class, the
// sizes), a newline, then the arrays as base64 of one little-endian Int32 buffer.

/** `lowered`'s tables, encoded for the binary (run at build time). */
export function encodeKeywordTrie(lowered: readonly string[]): string {
  const t = flatTrie(lowered);
  const parts = [t.fail, t.edgeStart, t.edgeTo, new Int32Array(t.edgeCls), t.outId, t.listStart, t.listFlat];
  const header = { keywords: lowered, chars: t.chars, states: t.states, lengths: parts.map((p) => p.length) };
  const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return `${JSON.stringify(header)}\n${Buffer.from(all.buffer, all.byteOffset, all.byteLength).toString("base64")}`;
}

/** The tables for `lowered` from `encoded`, if it was made for this very list; otherwise undefined. */
function fromPrebuilt(encoded: string, lowered: readonly string[]): FlatTrie | undefined {
  const nl = encoded.indexOf("\n");
  const header = JSON.parse(encoded.slice(0, nl)) as { keywords: string[]; chars: number[]; states: number; lengths: number[] };
  const kws = header.keywords;
  if (kws.length !== lowered.length) return undefined;
  for (let i = 0; i < kws.length; i++) if (kws[i] !== lowered[i]) return undefined;
  const bytes = Buffer.from(encoded.slice(nl + 1), "base64");
  // A copy: Buffer.from may hand back a view at an offset no Int32Array can start at.
  const all = new Int32Array(new Uint8Array(bytes).buffer);
  const parts: Int32Array[] = [];
  let at = 0;
  for (const n of header.lengths) {
    parts.push(all.subarray(at, at + n));
    at += n;
  }
  const [fail, edgeStart, edgeTo, edgeCls, outId, listStart, listFlat] = parts as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const chars = header.chars;
  return { chars, cls: classTable(chars), alphabet: chars.length, states: header.states, fail, edgeStart, edgeTo, edgeCls: new Uint8Array(edgeCls), outId, listStart, listFlat };
}
