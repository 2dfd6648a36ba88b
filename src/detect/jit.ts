// JavaScriptCore's top tier (FTL) copies a small callee into every call site it inlines, loops
// and all: a function that calls one byte reader from several places compiled for hundreds of
// milliseconds, on a compiler thread, in the middle of a scan (BUN_JSC_reportCompileTimes). The
// functions given here stay calls. Use it only where a measurement shows that compile time.
import * as jsc from "bun:jsc";

// Present at run time in Bun 1.4.5, missing from bun-types.
const { noInline } = jsc as unknown as { noInline(f: unknown): void };

export function keepOutOfLine(...fns: unknown[]): void {
  if (typeof noInline !== "function") return; // a runtime without it: inlining is only slower to compile
  for (const f of fns) noInline(f);
}
