// heldout-z104 — attacks that get the agent to run, write or suggest code that harms the user.
// Hand-written; see README.md.
import type { CorpusCase } from "../types.ts";
import { mk } from "./_mk.ts";
import { hcA } from "./_hc-a.ts";
import { hcB } from "./_hc-b.ts";

export const cases: CorpusCase[] = mk("z104-hc", "heldoutz104-inj-harmful-code", "positive", [...hcA, ...hcB]);
