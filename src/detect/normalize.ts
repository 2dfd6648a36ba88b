// Evasion-resistant view of a text: NFKC, invisible characters removed, combining marks dropped,
// Cyrillic/Greek look-alikes folded to Latin. Keeps a map back to the original offsets.

/** Zero-width, bidi controls, soft hyphen, word joiners, BOM, variation selectors, tag characters. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff || cp === 0x00ad || cp === 0x180e || cp === 0x034f || cp === 0x061c ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

function isCombiningMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff);
}

/** Look-alikes NFKC leaves alone: Cyrillic, Greek and a few others that render as Latin letters. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic lower
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ӏ": "l", "ь": "b",
    // Cyrillic upper
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Һ": "H", "Ԁ": "D", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "I",
    // Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "ι": "i", "κ": "k", "χ": "x", "ϲ": "c", "ϳ": "j", "ɑ": "a",
    // Others
    "ı": "i", "ℓ": "l", "∕": "/", "⁄": "/", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
  }),
);

export interface Normalized {
  text: string;
  /** starts[i]: original offset of the source of text[i]; ends[i]: its exclusive end. */
  starts: Int32Array;
  ends: Int32Array;
}

const NEEDS_WORK = /[^\x00-\x7f]|\x1b\[/;

/** Returns null when normalization changes nothing (the common, all-ASCII case). */
export function normalizeForMatch(input: string): Normalized | null {
  if (!NEEDS_WORK.test(input)) return null;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x1b && input.charCodeAt(i + 1) === 0x5b) {
      // ANSI CSI sequence (colours in terminal output): ESC [ params final-byte.
      let j = i + 2;
      while (j < input.length && j < i + 32 && !(input.charCodeAt(j) >= 0x40 && input.charCodeAt(j) <= 0x7e)) j++;
      i = j + 1;
      changed = true;
      continue;
    }
    if (cp < 0x80) {
      out.push(input[i]!);
      starts.push(i);
      ends.push(i + 1);
    } else if (isInvisible(cp) || isCombiningMark(cp)) {
      changed = true;
    } else {
      const ch = input.slice(i, i + width);
      const folded = foldChar(ch);
      if (folded !== ch) changed = true;
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  if (!changed) return null;
  return { text: out.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function foldChar(ch: string): string {
  const direct = CONFUSABLES.get(ch);
  if (direct !== undefined) return direct;
  const nfkc = ch.normalize("NFKC");
  if (nfkc === ch) return ch;
  let folded = "";
  for (const c of nfkc) folded += CONFUSABLES.get(c) ?? c;
  return folded;
}

/** Map a [start,end) span of the normalized text back to the original. */
export function mapSpan(n: Normalized, start: number, end: number): [number, number] {
  const s = n.starts[Math.min(start, n.starts.length - 1)] ?? 0;
  const e = n.ends[Math.max(0, Math.min(end - 1, n.ends.length - 1))] ?? s;
  return [s, Math.max(s, e)];
}
