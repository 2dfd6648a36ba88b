// The baseline regex-safety tests measure against: a slow pattern on a busy machine is not
// backtracking, so a pattern fails only when it is also far slower than a linear scan of the
// same input timed beside it (backtracking is 100x and more).

/** Best of three: a global word-and-gap scan of the input. */
export function linearScanMs(input: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const re = /\w+|\W+/g;
    const t0 = performance.now();
    while (re.exec(input) !== null);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** How many times slower than the linear scan a pattern may be before it counts as backtracking. */
export const BACKTRACK_FACTOR = 40;

/**
 * Runs `run` (returning milliseconds) up to three times while it exceeds `boundMs`; true when the
 * best run is over the bound AND BACKTRACK_FACTOR times slower than the linear scan of `input`.
 */
export function tooSlow(run: () => number, input: string, boundMs: number): number | null {
  let ms = run();
  for (let k = 0; k < 2 && ms > boundMs; k++) ms = Math.min(ms, run());
  return ms > boundMs && ms > BACKTRACK_FACTOR * linearScanMs(input) ? ms : null;
}
