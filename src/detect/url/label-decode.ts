// Decoders for DNS labels that survive the case folding every URL parser applies to host names
// (`new URL()` lower-cases the host, so base64url data arrives without its case) and the partial
// payloads tunnels send (a label holds a chunk: text that ends in binary, or binary that starts
// with text). Each returns the text a label carries, or null.

/** Printable ASCII a text payload is made of (no controls, no high bytes). */
const isTextByte = (b: number) => b >= 0x20 && b < 0x7f;
const isLetter = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122);

/**
 * Bytes that carry text: most of them printable, with a run of six or more printable bytes
 * holding five letters (a word, a key name). Random bytes rarely do both (about 1 in 1000).
 */
export function textIn(bytes: Uint8Array): string | null {
  if (bytes.length < 5) return null;
  let printable = 0;
  let run = 0;
  let runLetters = 0;
  let best = 0;
  for (const b of bytes) {
    if (isTextByte(b)) {
      printable++;
      run++;
      if (isLetter(b)) runLetters++;
      if (run >= 6 && runLetters >= 5) best = Math.max(best, run);
    } else {
      run = 0;
      runLetters = 0;
    }
  }
  if (best === 0 || printable < bytes.length * 0.6) return null;
  return Buffer.from(bytes).toString("latin1").replace(/[^\x20-\x7e]+/g, " ").trim();
}

const B32 = "abcdefghijklmnopqrstuvwxyz234567";

/** Base32 (RFC 4648, either case, unpadded) of a label; trailing partial bits dropped. */
export function base32LabelBytes(label: string): Uint8Array | null {
  if (!/^(?:[a-z2-7]+|[A-Z2-7]+)$/.test(label)) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of label.toLowerCase()) {
    acc = ((acc << 5) | B32.indexOf(ch)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Bytes a text payload is made of, stricter than printable: letters, digits, space and the punctuation of keys and values. */
const TEXTY = new Uint8Array(256);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _-.,:;=@/+!#$%&*'\"{}[]()?~|") TEXTY[ch.charCodeAt(0)] = 1;

/**
 * Base64url whose case was folded (a lower-cased host label): each 4-character group is restored
 * by trying the upper/lower choice of its letters (at most 16 ways) and keeping one that decodes
 * to text bytes. Every group must have one; random labels fail within a few groups. Linear.
 */
export function caseFoldedBase64(label: string): string | null {
  // Base64 of text has digits (a 20-character run without one is rare); letter-only labels are names.
  if (label.length < 20 || !/^[a-z0-9_-]+$/.test(label) || !/\d/.test(label) || label.length % 4 === 1) return null;
  const out: number[] = [];
  for (let g = 0; g < label.length; g += 4) {
    const grp = label.slice(g, g + 4);
    const letters: number[] = [];
    for (let i = 0; i < grp.length; i++) if (/[a-z]/.test(grp[i]!)) letters.push(i);
    const nBytes = grp.length === 4 ? 3 : grp.length - 1;
    let found: number[] | null = null;
    let bestScore = -1;
    for (let mask = 0; mask < 1 << letters.length; mask++) {
      let acc = 0;
      for (let i = 0; i < grp.length; i++) {
        const k = letters.indexOf(i);
        const ch = k >= 0 && mask & (1 << k) ? grp[i]!.toUpperCase() : grp[i]!;
        acc = (acc << 6) | B64.indexOf(ch);
      }
      acc <<= 6 * (4 - grp.length);
      const bytes = [(acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255].slice(0, nBytes);
      if (!bytes.every((b) => TEXTY[b] === 1)) continue;
      // Prefer the reading with the most letters (text over punctuation soup).
      const score = bytes.filter(isLetter).length;
      if (score > bestScore) {
        bestScore = score;
        found = bytes;
      }
    }
    if (found === null) return null;
    out.push(...found);
  }
  // Text is mostly letters and digits; a reading that needed punctuation in every group is noise.
  const text = Buffer.from(out).toString("latin1");
  const alnum = (text.match(/[A-Za-z0-9]/g) ?? []).length;
  return /[A-Za-z]{4}/.test(text) && alnum >= text.length * 0.65 ? text : null;
}

/** Decimal ASCII codes, three digits a character (`112097115115` is "pass"). */
export function decimalAscii(label: string): string | null {
  if (label.length < 15 || label.length % 3 !== 0 || !/^\d+$/.test(label)) return null;
  let s = "";
  for (let i = 0; i < label.length; i += 3) {
    const c = Number(label.slice(i, i + 3));
    if (c < 32 || c > 126) return null;
    s += String.fromCharCode(c);
  }
  return /[A-Za-z]{3}/.test(s) ? s : null;
}
