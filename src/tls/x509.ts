// The one place that loads @peculiar/x509. Import this module, never "@peculiar/x509" directly
// (type-only imports are fine: they are erased), and only from src/tls: it costs ~24 ms at startup,
// which commands that do not touch certificates must not pay.
//
// v2 needs reflect-metadata evaluated before it loads (tsyringe throws "tsyringe requires a reflect
// polyfill" otherwise). Static imports do NOT guarantee that under Bun 1.4.5 (measured): a bare
// `import "reflect-metadata"` (CommonJS) above `import * as x509` failed every time in the compiled
// binary, and with the polyfill in a module of its own imported first it still failed in 3 of 60
// runs under `bun cmd/toolkit.ts`. Two awaited dynamic imports are ordered by construction
// (0 of 60 failures both ways; test/tls/compiled.test.ts runs the compiled form).
import type * as X509 from "@peculiar/x509";

await import("reflect-metadata");
const lib: typeof X509 = await import("@peculiar/x509");
lib.cryptoProvider.set(globalThis.crypto);

export const x509 = lib;
