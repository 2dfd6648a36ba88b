// heldout-z104 — hard benign content: colleagues, IT notices, marketing, macros, training, news,
// bills and bookings. Hand-written; see README.md.
import type { CorpusCase } from "../types.ts";
import { mk } from "./_mk.ts";
import { bcA } from "./_bc-a.ts";
import { bcB } from "./_bc-b.ts";

export const cases: CorpusCase[] = mk("z104-bc", "heldoutz104-benign-content", "benign", [...bcA, ...bcB]);
