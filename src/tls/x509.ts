// The one place that loads @peculiar/x509. v2 needs reflect-metadata evaluated first (its ASN.1
// schema decorators read it at class definition), so this import order is load-bearing, also in
// the compiled binary. Import this module, never "@peculiar/x509" directly, and only from
// src/tls: it costs ~24 ms at startup, which commands that do not touch certificates must not pay.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
