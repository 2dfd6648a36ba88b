// heldout-z104 — text attacks: task hijack, answer manipulation, fraud, data gathering, exfiltration.
// Hand-written; see README.md.
import type { CorpusCase } from "../types.ts";
import { mk } from "./_mk.ts";
import { txA } from "./_tx-a.ts";
import { txB } from "./_tx-b.ts";

export const cases: CorpusCase[] = mk("z104-tx", "heldoutz104-inj-text", "positive", [...txA, ...txB]);
