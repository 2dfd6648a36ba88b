// The lesser and greater of two offsets, for the scan's out-of-line hot helpers (the rules'
// prechecks, addWindow). Math.min there is a lookup of the global `Math`, and in those
// functions' top-tier code that lookup failed its check (BadConstantCache, BUN_JSC_printEachOSRExit)
// ~100 times per function in one `toolkit check` of real code, and each was compiled again.
// These are inlined into their callers: no global is read.
export function lesser(a: number, b: number): number {
  return a < b ? a : b;
}

export function greater(a: number, b: number): number {
  return a > b ? a : b;
}
