// The matches of the anchorless rules' trigger regexes (global, run with exec from 0), found
// faster where a pattern opens with a literal character (`\[`, `:`): JavaScriptCore's engine has
// no fast scan for a pattern's first character and tries the pattern at every position, so the
// pattern is tried, sticky, only where indexOf finds that character (the Solana keypair trigger:
// 1.3 -> 0.3 ms per MB of JSON). Each regex gets exactly the matches of its own exec loop: its
// leftmost match at or after its last match's end is the first place there where it matches
// sticky, and every such place holds the character.
// Tried and dropped: one pass of a lookahead of the `\d`-led triggers' alternation, each tried
// at its stops: 2-6x slower than running them apart.
// The triggers that read digits (digit-triggers.ts) share one pass over the text's runs of digits
// instead, each tried sticky where its table says a match can start, as a led one is at its character.
import { DIGIT_LED, DIGIT_RUN, DIGITLESS } from "./digit-triggers.ts";

/** [start, end) pairs per regex, in the order of the regexes given to planTriggers. */
export type TriggerMatches = number[][];

interface Plain {
  kind: "plain";
  index: number;
  re: RegExp;
}
interface Lead {
  kind: "lead";
  index: number;
  char: string;
  sticky: RegExp;
  global: RegExp;
}
interface Digits {
  kind: "digits";
  index: number;
  sticky: RegExp;
  next: (text: string, a: number, b: number, from: number) => number;
  /** Where a match without two adjacent digits can start (DIGITLESS). */
  free?: (text: string, from: number) => number;
}
type Step = Plain | Lead | Digits;

/** Whether a pattern has a `|` outside every group and class (its first atom then opens only one branch). */
function topLevelBranch(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

const LEAD = /^(?:\\([[\](){}.*+?^$|\\/])|([:=,;@#%&~<>"'!-]))(?![*+?{])/;

/** A global pattern's matches from `from` on, as [start, end) pairs. */
function plainFrom(re: RegExp, text: string, from: number, list: number[]): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    list.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
}

export interface TriggerPlan {
  /** Matches of every regex whose `live` entry is true (others: empty). */
  run(text: string, live: readonly boolean[]): TriggerMatches;
}

/** The digit-led triggers' matches: each tried, sticky, where its `next` says, run by run, in text order. */
function digitsPass(text: string, steps: readonly Digits[], out: TriggerMatches): void {
  const ends = steps.map(() => 0); // per step, where its last match ended: no match starts before it
  DIGIT_RUN.lastIndex = 0;
  // test(), not exec(): no match array per run (~170,000 runs per 55 MB of real code). Greedy, so
  // lastIndex is the run's end and the run starts after its last non-digit.
  while (DIGIT_RUN.test(text)) {
    const b = DIGIT_RUN.lastIndex;
    let a = b - 2;
    while (a > 0 && isDigitCode(text.charCodeAt(a - 1))) a--;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      const list = out[step.index]!;
      // One call of `next` in the loop: each call site of it inlines all five tables' functions,
      // and three sites made this the scan's costliest compile (~100 ms of FTL).
      for (let from = ends[k]!; ; ) {
        const s = step.next(text, a, b, from);
        if (s < 0) break;
        step.sticky.lastIndex = s;
        const m = step.sticky.exec(text);
        if (m === null) from = s + 1;
        else list.push(s, (from = ends[k] = s + m[0].length));
      }
    }
  }
  for (const step of steps) if (step.free !== undefined) mergeDigitless(text, step, step.free, out[step.index]!);
}

/** A digit-led step's matches without digits (DIGITLESS) merged into `list`, its matches with them, as its exec loop orders them. */
function mergeDigitless(text: string, step: Digits, free: (text: string, from: number) => number, list: number[]): void {
  const more: number[] = [];
  for (let s = free(text, 0); s >= 0; s = free(text, s + 1)) {
    step.sticky.lastIndex = s;
    const m = step.sticky.exec(text);
    if (m !== null) more.push(s, s + m[0].length);
  }
  if (more.length === 0) return;
  const held = list.splice(0);
  let end = 0;
  for (let i = 0, j = 0; i < held.length || j < more.length; ) {
    const fromHeld = j >= more.length || (i < held.length && held[i]! < more[j]!);
    const s = fromHeld ? held[i]! : more[j]!;
    const e = fromHeld ? held[i + 1]! : more[j + 1]!;
    if (fromHeld) i += 2;
    else j += 2;
    if (s < end) continue;
    list.push(s, e);
    end = e;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function planTriggers(regexes: readonly RegExp[]): TriggerPlan {
  const steps: Step[] = [];
  regexes.forEach((re, index) => {
    const lead = LEAD.exec(re.source);
    const next = DIGIT_LED.get(re);
    if (next !== undefined) steps.push({ kind: "digits", index, sticky: new RegExp(re.source, `${re.flags.replace("g", "")}y`), next, free: DIGITLESS.get(re) });
    else if (!re.global || topLevelBranch(re.source) || !lead || re.flags.includes("i")) steps.push({ kind: "plain", index, re });
    else steps.push({ kind: "lead", index, char: lead[1] ?? lead[2]!, sticky: new RegExp(re.source, `${re.flags.replace("g", "")}y`), global: re });
  });

  return {
    run(text, live) {
      const out: TriggerMatches = regexes.map(() => []);
      const digits = steps.filter((st): st is Digits => st.kind === "digits" && live[st.index] === true);
      if (digits.length > 0) digitsPass(text, digits, out);
      for (const step of steps) {
        if (step.kind === "digits") continue;
        if (step.kind === "plain") {
          if (!live[step.index]) continue;
          plainFrom(step.re, text, 0, out[step.index]!);
        } else {
          if (!live[step.index]) continue;
          const list = out[step.index]!;
          const re = step.sticky;
          let tries = 0;
          for (let at = text.indexOf(step.char); at >= 0; ) {
            // Where the character is dense (a hex dump's colons), one sticky try per character
            // costs more than the engine's own scan: the rest is left to the global pattern,
            // from here (nothing before `at` can start a match any more).
            if (++tries > 1024 && tries * 32 > at) {
              plainFrom(step.global, text, at, list);
              break;
            }
            re.lastIndex = at;
            const m = re.exec(text);
            if (m !== null) {
              list.push(at, at + m[0].length);
              at = text.indexOf(step.char, at + Math.max(1, m[0].length));
            } else at = text.indexOf(step.char, at + 1);
          }
        }
      }
      return out;
    },
  };
}
