import type { View } from "./views.ts";

/** How far either side of a match the judges of a candidate look, at most, on one line. */
const REACH = 1000;

interface Candidate {
  pattern: { id: string };
  start: number;
  end: number;
  view: View;
  vStart: number;
  vEnd: number;
}

/**
 * The judgement of a candidate reused for the next one of the same pattern with the same
 * neighbourhood, both in the middle of one long line (no line break within REACH either side):
 * a line repeating a short unit (a 50 KB "a | AI analysts: a | AI analysts: …") makes thousands of
 * candidates whose context is the same text. Hidden candidates carry their element's place, so
 * they are judged each.
 */
export class RepeatedJudgements<H extends { hidden: unknown }> {
  private readonly seen = new Map<View, Map<string, H | null>>();
  private lastKey: string | null = null;

  constructor(private readonly text: string) {}

  private key(c: Candidate): string | null {
    if (c.view.hidden || c.start < REACH) return null;
    const around = this.text.slice(c.start - REACH, c.end + REACH);
    if (around.includes("\n")) return null;
    const v = c.view.text;
    if (v === this.text) return `${c.pattern.id}\0${around}`;
    if (c.vStart < REACH) return null;
    const vAround = v.slice(c.vStart - REACH, c.vEnd + REACH);
    if (vAround.includes("\n")) return null;
    return `${c.pattern.id}\0${around}\0${vAround}`;
  }

  /** The judgement of an earlier candidate like `c` (null: it was dropped), or undefined. */
  lookup(c: Candidate): H | null | undefined {
    this.lastKey = this.key(c);
    return this.lastKey === null ? undefined : this.seen.get(c.view)?.get(this.lastKey);
  }

  /** Records the judgement of the candidate just looked up. */
  record(c: Candidate, hit: H | null): void {
    if (this.lastKey === null || (hit !== null && hit.hidden !== null)) return;
    let byKey = this.seen.get(c.view);
    if (!byKey) this.seen.set(c.view, (byKey = new Map()));
    byKey.set(this.lastKey, hit);
  }
}
