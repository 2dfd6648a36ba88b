// Keyword prefilter: one Aho-Corasick pass over the text, ASCII case-insensitive, compiled to a
// dense DFA over a small alphabet (the characters keywords use) so the inner loop is two array
// reads per character. Non-ASCII characters reset to the root (keywords are ASCII literals).

export interface KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Calls onHit(keywordIndex, endOffsetExclusive) for every occurrence, in text order. */
  search(text: string, onHit: (kw: number, end: number) => void): void;
}

export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const lowered = keywords.map((k) => k.toLowerCase());
  // Alphabet: class 0 = any char no keyword uses; 1..A-1 = each distinct keyword char.
  const cls = new Uint8Array(128);
  let alphabet = 1;
  for (const k of lowered) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (c >= 128) throw new Error(`keyword ${JSON.stringify(k)} is not ASCII`);
      if (cls[c] === 0) cls[c] = alphabet++;
    }
  }
  for (let c = 65; c <= 90; c++) cls[c] = cls[c + 32]!; // fold A-Z onto a-z

  // Trie.
  const trans: number[][] = [new Array(alphabet).fill(-1)];
  const outputs: number[][] = [[]];
  lowered.forEach((k, idx) => {
    if (k.length === 0) return;
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const a = cls[k.charCodeAt(i)]!;
      let next = trans[s]![a]!;
      if (next < 0) {
        next = trans.length;
        trans.push(new Array(alphabet).fill(-1));
        outputs.push([]);
        trans[s]![a] = next;
      }
      s = next;
    }
    outputs[s]!.push(idx);
  });

  // Failure links by BFS, turning the trie into a complete DFA.
  const states = trans.length;
  const delta = new Int32Array(states * alphabet);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let a = 0; a < alphabet; a++) {
    const t = trans[0]![a]!;
    if (t > 0) {
      fail[t] = 0;
      delta[a] = t;
      queue.push(t);
    } else delta[a] = 0;
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let a = 0; a < alphabet; a++) {
      const t = trans[s]![a]!;
      if (t > 0) {
        fail[t] = delta[fail[s]! * alphabet + a]!;
        delta[s * alphabet + a] = t;
        queue.push(t);
      } else delta[s * alphabet + a] = delta[fail[s]! * alphabet + a]!;
    }
  }
  // Pre-multiplied rows (state * alphabet) with the "has output" flag in bit 30, so the inner
  // loop is one table read and one bit test per character.
  const FLAG = 1 << 30;
  const table = new Int32Array(states * alphabet);
  for (let i = 0; i < table.length; i++) {
    const t = delta[i]!;
    table[i] = t * alphabet | (outputs[t]!.length > 0 ? FLAG : 0);
  }
  const outLists = outputs.map((o) => Int32Array.from(new Set(o)));
  const MASK = FLAG - 1;

  return {
    keywords: lowered,
    search(text, onHit) {
      let s = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        s = table[(s & MASK) + (c < 128 ? cls[c]! : 0)]!;
        if ((s & FLAG) !== 0) {
          const list = outLists[((s & MASK) / alphabet) | 0]!;
          for (let j = 0; j < list.length; j++) onHit(list[j]!, i + 1);
        }
      }
    },
  };
}
