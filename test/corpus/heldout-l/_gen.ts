// Helpers for the heldout-l corpus. Not a *.cases.ts file, so the loader skips it.
import type { CorpusCase, CorpusKind } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

// Each category is either all positive or all benign.
const LABEL: Record<string, "positive" | "benign"> = {
  "heldoutl-inj-harmful-code": "positive",
  "heldoutl-inj-hijack": "positive",
  "heldoutl-inj-answer-manip": "positive",
  "heldoutl-inj-hidden": "positive",
  "heldoutl-inj-benign-email": "benign",
  "heldoutl-inj-benign-web": "benign",
  "heldoutl-inj-benign-docs": "benign",
  "heldoutl-inj-benign-userprompt": "benign",
  "heldoutl-inj-benign-security": "benign",
  "heldoutl-tool-poison-def": "positive",
  "heldoutl-tool-poison-result": "positive",
  "heldoutl-tool-benign-def": "benign",
  "heldoutl-tool-benign-result": "benign",
};

export function mk(kind: CorpusKind, id: string, category: string, text: string, note?: string): CorpusCase {
  const label = LABEL[category];
  if (!label) throw new Error(`unknown category ${category}`);
  const c: CorpusCase = { id: `l-${id}`, kind, category, label, text };
  if (note) c.note = note;
  return c;
}

export const inj = (id: string, category: string, text: string, note?: string) => mk("injection", id, category, text, note);
export const tool = (id: string, category: string, doc: unknown, note?: string) =>
  mk("tool", id, category, JSON.stringify(doc, null, 2), note);

/** tools/list JSON-RPC result */
export const toolsList = (id: number, tools: unknown[]) => ({ jsonrpc: "2.0", id, result: { tools } });
/** tools/call JSON-RPC result with text content */
export const callResult = (id: number, text: string, isError = false) => ({
  jsonrpc: "2.0",
  id,
  result: { content: [{ type: "text", text }], isError },
});
/** resources/read JSON-RPC result */
export const resourceRead = (id: number, uri: string, mimeType: string, text: string) => ({
  jsonrpc: "2.0",
  id,
  result: { contents: [{ uri, mimeType, text }] },
});

// Deterministic PRNG (fixed seed) for any credential-like or id-like values.
const rand = mulberry32(0x1e1d0e7);
const pick = (n: number, alphabet: string) => randomString(rand, n, alphabet);
export const gen = {
  hex: (n: number) => pick(n, "0123456789abcdef"),
  alnum: (n: number) => pick(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
  b64: (s: string) => Buffer.from(s, "utf8").toString("base64"),
};
