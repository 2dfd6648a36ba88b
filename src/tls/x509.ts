// The one place that loads @peculiar/x509. v2 needs reflect-metadata evaluated first (tsyringe
// checks for it when loaded), so this import order is load-bearing, also in the compiled binary
// (reflect.ts explains why it is a module of its own). Import this module, never "@peculiar/x509" directly, and only from
// src/tls: it costs ~24 ms at startup, which commands that do not touch certificates must not pay.
import "./reflect.ts";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
