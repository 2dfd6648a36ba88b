// Seeded fuzzing shared by the bounded slice in `npm test` and the long run (`npm run fuzz`):
// each target takes random or mutated input and must end in a clear outcome — a value, a
// UsageError, or a verdict — never an unhandled exception of another kind.
import { mulberry32, pick } from "../helpers/prng.ts";

export type Rand = () => number;

export function rng(seed: number): Rand {
  return mulberry32(seed);
}

export { pick };

/** Random bytes with a bias towards structure characters of common formats. */
export function randomBytes(r: Rand, n: number): Uint8Array {
  const special = Buffer.from("{}[]\":,\\\n\r\t -=:&?#%/<>\u0000\u00ff");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = r() < 0.3 ? special[Math.floor(r() * special.length)]! : Math.floor(r() * 256);
  return out;
}

/** Mutations of a seed document: flips, cuts, duplications, insertions of hostile fragments. */
export function mutate(r: Rand, seed: string, rounds = 1 + Math.floor(r() * 4)): string {
  let s = seed;
  const hostile = ["\u0000", "\uffff", "\ud800", "%", "%%", "&#", "\\u", "\\", "'", '"', "{{", "]]", "*", "&a", "!!binary", "\r\n\r\n", "\u202e", "=".repeat(50), "A".repeat(300)];
  for (let k = 0; k < rounds; k++) {
    const at = Math.floor(r() * (s.length + 1));
    switch (Math.floor(r() * 5)) {
      case 0: s = s.slice(0, at) + pick(r, hostile) + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20)); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + 40).repeat(2 + Math.floor(r() * 5)) + s.slice(at + 40); break;
      case 3: s = s.slice(0, at); break;
      default: s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + s.slice(at + 1);
    }
  }
  return s;
}
