// Typed arrays filled by a plain loop. `Int32Array.from(list, fn)` runs the iterator protocol in a
// builtin that is still interpreted when compileDetector runs, once, at every start: six tables
// over ~2,700 keywords took ~14 ms that way against ~2 ms looped (fresh process, measured).

export function uint8Of<T>(list: readonly T[], fn: (v: T) => number): Uint8Array {
  const out = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = fn(list[i]!);
  return out;
}

export function int32Of<T>(list: readonly T[], fn: (v: T) => number): Int32Array {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = fn(list[i]!);
  return out;
}

export function float64Of<T>(list: readonly T[], fn: (v: T) => number): Float64Array {
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = fn(list[i]!);
  return out;
}
