// heldout-z104 — hard benign prompts a user types to their own assistant. Hand-written; see README.md.
import type { CorpusCase } from "../types.ts";
import { mk } from "./_mk.ts";
import { bpA } from "./_bp-a.ts";
import { bpB } from "./_bp-b.ts";

export const cases: CorpusCase[] = mk("z104-bp", "heldoutz104-benign-prompts", "benign", [...bpA, ...bpB]);
