// A compiled set of patterns with ONE combined prefilter pass: the core's Aho-Corasick automaton
// (src/detect/prefilter.ts) finds every ASCII anchor in a single pass (~0.2 ms per 100 KB);
// anchors with non-ASCII characters are found from their first non-ASCII character. (Measured:
// one case-insensitive JS regex alternation of ~600 literals costs ~12 ms per 100 KB on
// JavaScriptCore, so it is not used.) Word anchors must start at a word boundary. A pattern whose
// anchor is a common word names a second, rarer group (`also`) that must occur near the anchor;
// only then does its regex run, and only in a bounded window around the hit.
import { caseless } from "../caseless.ts";
import { buildAutomaton, isAsciiAlnum } from "../prefilter.ts";
import { escapeRe } from "./rx.ts";
import { lowerBound } from "../sorted.ts";
import type { DocContext } from "./context.ts";

/** Signal families: the unit of scoring, damping and reporting (ruleId `injection.<family>`). */
export type Family =
  | "override" | "role" | "template" | "pseudo-tag" | "concealment" | "credential" | "exfil"
  | "addressed" | "directive" | "prompt-leak" | "exec"
  // orders to act, directives about the reader's own output, what they ask for (patterns-order.ts)
  | "order" | "output" | "harm"
  // tool-definition signals
  | "shadowing" | "param" | "pseudo-header" | "rugpull";

/** What an address to the AI reader ("AI assistants must …") counts with: what it is told to do. */
export const ADDRESS_PARTNERS: readonly Family[] = ["output", "override", "order", "exec", "harm", "concealment", "exfil", "credential", "directive", "role", "pseudo-tag", "prompt-leak"];

export interface Pattern {
  /** Stable id of the pattern (for tests and notes), e.g. "override.verb-qualifier-object". */
  id: string;
  family: Family;
  description: string;
  /** Base weight in [0,1]: how sure a match alone is an attack. < EMIT_WEIGHT = weak signal. */
  weight: number;
  re: RegExp;
  /** Literal (lowercase) strings one of which every match contains: the prefilter trigger. A trailing "$" asks for a whole word ("bot$" is not "both"). */
  anchors: readonly string[];
  /** A second group, one of which must occur in the same window (co-occurrence filter). */
  also?: readonly string[];
  /** Window around an anchor hit the regex runs in. */
  before: number;
  after: number;
  /** Multiplier when the match sits in a code block / inline code (documentation of commands). */
  codeDamp?: number;
  /** A negation just before the match ("never", "do not") cancels it. */
  negatable?: boolean;
  /** Counts only inside hidden text (a signal that is everywhere in visible prose). */
  hiddenOnly?: boolean;
  /** A weak signal that combines only with these families (not with any weak signal nearby). */
  partners?: readonly Family[];
  /** Language of the phrasing, for notes. */
  lang?: string;
  /** Extra judgement on a match: returns a weight multiplier (0 drops the match). */
  judge?: (match: string, text: string, start: number, ctx: JudgeContext) => number;
}

/** What a judge may know beyond its view: the whole document (a view may be decoded from part of it) and who reads it. */
export interface JudgeContext {
  /** The document and what is found in it once per scan (its explanatory terms, its tags). */
  doc: DocContext;
  /** Scanned as a tool definition or tool result, where notes to the assistant are the tool's job. */
  tool: boolean;
}

export interface PatternHit {
  pattern: Pattern;
  start: number;
  end: number;
}

export interface PatternSet {
  readonly patterns: readonly Pattern[];
  /** Every pattern's matches in `text`, offsets relative to it, sorted by start. */
  run(text: string, profile?: Map<string, number>): PatternHit[];
  /** The naive way (for the bench baseline): every pattern over the whole text. */
  runNaive(text: string): PatternHit[];
  /** How many prefilter hits a text produces (for tuning anchors). */
  prefilterHits(text: string): number;
}

/** Is there a value of sorted `xs` in [lo, hi]? */
function anyWithin(xs: number[], lo: number, hi: number): boolean {
  const a = lowerBound(xs, lo);
  return a < xs.length && xs[a]! <= hi;
}

export function compilePatternSet(patterns: readonly Pattern[]): PatternSet {
  const index = new Map<string, number>();
  const anchorOf = (a: string): number => {
    const k = a.toLowerCase();
    let i = index.get(k);
    if (i === undefined) index.set(k, (i = index.size));
    return i;
  };
  const primary: number[][] = [];
  const secondary: number[][] = [];
  patterns.forEach((p) => {
    if (!p.re.global) throw new Error(`pattern ${p.id}: regex must be global`);
    if (p.anchors.length === 0) throw new Error(`pattern ${p.id}: needs anchors`);
    // Both lists must be complete: every match contains one of the anchors AND one of `also`.
    primary.push([...new Set(p.anchors.map(anchorOf))]);
    secondary.push([...new Set((p.also ?? []).map(anchorOf))]);
  });
  // Which patterns each anchor is primary for: a run visits only the patterns whose anchors hit.
  const byPrimary: number[][] = Array.from({ length: index.size }, () => []);
  primary.forEach((as, pi) => {
    for (const a of as) byPrimary[a]!.push(pi);
  });
  const wholeWord = [...index.keys()].map((a) => a.length > 1 && a.endsWith("$"));
  const anchors = [...index.keys()].map((a) => (a.length > 1 && a.endsWith("$") ? a.slice(0, -1) : a));
  const lengths = anchors.map((a) => a.length);
  // An anchor starting with a letter or digit must not continue a word ("ai" in "email"); "_"
  // does not count: GITHUB_TOKEN holds "token". Contractions ("n't tell") are anchored inside a
  // word by nature.
  const wordStart = anchors.map((a) => isAsciiAlnum(a.charCodeAt(0)) && !/^n['’]/.test(a));
  const isAscii = (a: string) => /^[\x00-\x7f]*$/.test(a);
  const asciiIdx = anchors.map((a, i) => (isAscii(a) ? i : -1)).filter((i) => i >= 0);
  const automaton = buildAutomaton(asciiIdx.map((i) => anchors[i]!));
  // Non-ASCII anchors, keyed by their first non-ASCII character (and its offset in the anchor).
  const byKey = new Map<string, Array<{ a: number; off: number }>>();
  anchors.forEach((a, i) => {
    if (isAscii(a)) return;
    const off = a.search(/[^\x00-\x7f]/);
    const key = a[off]!;
    // Only non-ASCII case forms of one code unit: "ß" upper-cases to "SS", which would key every
    // "S", and "ı" to "I", which would key every capital I (and never match: "I" lower-cases to "i").
    for (const k of new Set([key, key.toUpperCase(), key.toLowerCase()].filter((f) => f.length === 1 && f.charCodeAt(0) >= 128))) {
      const list = byKey.get(k) ?? [];
      list.push({ a: i, off });
      byKey.set(k, list);
    }
  });
  const keyClass = byKey.size > 0 ? new RegExp(`[${[...byKey.keys()].map(escapeRe).join("")}]`, "g") : null;
  // The same character class as a code-unit table (a JS loop beats a large non-ASCII class on
  // JavaScriptCore several times over); the regex stays as the fallback for multi-unit keys.
  const keyTable = keyClass && [...byKey.keys()].every((k) => k.length === 1 && k.charCodeAt(0) >= 128) ? new Uint8Array(65536) : null;
  if (keyTable) for (const k of byKey.keys()) keyTable[k.charCodeAt(0)] = 1;

  // Each pattern's regex as run: /iu ones spelled without the i flag (see caseless.ts), same
  // matches; made on the pattern's first run, so that start-up does not pay for all of them.
  const runnable: Array<RegExp | undefined> = new Array(patterns.length);
  const runOne = (pi: number, text: string, from: number, to: number, out: PatternHit[], seen: Set<number>) => {
    const p = patterns[pi]!;
    const re = (runnable[pi] ??= caseless(p.re));
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const s = from + m.index;
      if (seen.has(s)) continue;
      seen.add(s);
      out.push({ pattern: p, start: s, end: s + m[0].length });
    }
  };

  return {
    patterns,
    prefilterHits(text: string): number {
      let n = 0;
      automaton.search(text, () => n++);
      return n;
    },
    run(text, profile) {
      // Per-anchor hit positions, allocated on an anchor's first hit. Maps, not arrays sized by
      // every anchor: a short text hits few anchors, and allocating thousands of slots per run
      // (several runs per document) was most of the cost of scanning a short response.
      const hits = new Map<number, number[]>();
      // Co-occurrence is checked at 256-character granularity: one bit per bucket per anchor.
      const words = ((text.length >> 8) >> 5) + 1;
      const bits = new Map<number, Uint32Array>();
      const mark = (a: number, pos: number) => {
        let b = bits.get(a);
        if (!b) bits.set(a, (b = new Uint32Array(words)));
        const k = pos >> 8;
        b[k >> 5]! |= 1 << (k & 31);
      };
      let any = false;
      const hit = (a: number, start: number) => {
        const h = hits.get(a);
        if (h) h.push(start);
        else hits.set(a, [start]);
        mark(a, start);
        any = true;
      };
      automaton.search(text, (kw, end) => {
        const a = asciiIdx[kw]!;
        const start = end - lengths[a]!;
        if (wordStart[a] && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1)) && !(start > 1 && text.charCodeAt(start - 2) === 92)) return;
        if (wholeWord[a] && end < text.length && isAsciiAlnum(text.charCodeAt(end))) return;
        hit(a, start);
      });
      const keyHit = (ch: string, at: number) => {
        for (const { a, off } of byKey.get(ch)!) {
          const start = at - off;
          if (start < 0) continue;
          const cand = text.slice(start, start + lengths[a]!);
          if (cand.toLowerCase() !== anchors[a]) continue;
          if (wordStart[a] && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) continue;
          hit(a, start);
        }
      };
      if (keyClass && /[^\x00-\x7f]/.test(text)) {
        if (keyTable) {
          for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c >= 128 && keyTable[c] === 1) keyHit(text[i]!, i);
          }
        } else {
          keyClass.lastIndex = 0;
          for (let m = keyClass.exec(text); m !== null; m = keyClass.exec(text)) keyHit(m[0], m.index);
        }
      }
      const out: PatternHit[] = [];
      if (!any) return out;
      // Candidate patterns in pattern order (ties in the sort below keep that order).
      const cand: number[] = [];
      for (const a of hits.keys()) for (const pi of byPrimary[a]!) cand.push(pi);
      cand.sort((x, y) => x - y);
      for (let i = 0; i < cand.length; i++) {
        const pi = cand[i]!;
        if (i > 0 && cand[i - 1] === pi) continue;
        const p = patterns[pi]!;
        const t0 = profile ? performance.now() : 0;
        runPattern(p, pi);
        if (profile) profile.set(p.id, (profile.get(p.id) ?? 0) + performance.now() - t0);
      }
      return out.sort((a, b) => a.start - b.start);

      function runPattern(p: Pattern, pi: number): void {
        const sec = secondary[pi]!;
        let also: Uint32Array | null = null;
        if (sec.length > 0) {
          for (const a of sec) {
            const b = bits.get(a);
            if (!b) continue;
            if (!also) also = b.slice();
            else for (let i = 0; i < words; i++) also[i]! |= b[i]!;
          }
          if (!also) return;
        }
        const spans: Array<[number, number]> = [];
        for (const a of primary[pi]!) {
          const ha = hits.get(a);
          if (!ha) continue;
          for (const at of ha) {
            const s = Math.max(0, at - p.before);
            const e = Math.min(text.length, at + 64 + p.after);
            if (also !== null) {
              // Cheap reject by bucket, then the exact check on the anchors' sorted positions.
              let ok = false;
              for (let k = s >> 8, last = e >> 8; k <= last && !ok; k++) ok = (also[k >> 5]! & (1 << (k & 31))) !== 0;
              if (!ok) continue;
              ok = false;
              for (const a of sec) if (bits.has(a) && anyWithin(hits.get(a)!, s, e)) { ok = true; break; }
              if (!ok) continue;
            }
            spans.push([s, e]);
          }
        }
        if (spans.length === 0) return;
        if (spans.length > 1) spans.sort((x, y) => x[0] - y[0]);
        const seen = new Set<number>();
        let [cs, ce] = spans[0]!;
        for (let i = 1; i <= spans.length; i++) {
          const sp = spans[i];
          if (sp && sp[0] <= ce) ce = Math.max(ce, sp[1]);
          else {
            runOne(pi, text, cs, ce, out, seen);
            if (sp) [cs, ce] = sp;
          }
        }
      }
    },
    runNaive(text) {
      const out: PatternHit[] = [];
      for (let pi = 0; pi < patterns.length; pi++) runOne(pi, text, 0, text.length, out, new Set());
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
