// heldout-z104 — hard benign documents: install/uninstall guides, man pages, threat intel, detection
// rules, agent instruction files, AI product docs, research notes, runbooks. Hand-written; see README.md.
import type { CorpusCase } from "../types.ts";
import { mk } from "./_mk.ts";
import { bdA } from "./_bd-a.ts";
import { bdB } from "./_bd-b.ts";
import { bdC } from "./_bd-c.ts";

export const cases: CorpusCase[] = mk("z104-bd", "heldoutz104-benign-docs", "benign", [...bdA, ...bdB, ...bdC]);
