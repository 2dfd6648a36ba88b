// What the proxy (and other front ends) use from src/tls. Importing this loads @peculiar/x509
// (~24 ms): do it lazily, only where certificates are needed.
export { loadCA, readCACert, defaultCADir, caPaths } from "./ca-store.ts";
export type { LoadedCA, CACert, SigningAlgorithm } from "./ca-store.ts";
export { LeafIssuer, DEFAULT_LEAF_TTL_MS, DEFAULT_LEAF_CACHE_ENTRIES } from "./leaf.ts";
export type { Leaf, LeafIssuerOptions, LeafIssuerStats } from "./leaf.ts";
export { parseDuration } from "./duration.ts";
