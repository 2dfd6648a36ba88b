// Bun macro, run at bundle (and transpile) time: the built-in rules' keyword tables, encoded.
import { keywordOrder } from "./keyword-order.ts";
import { encodeKeywordTrie } from "./keyword-trie.ts";
import { BUILTIN_RULES } from "./rules/builtin.ts";

export function builtinKeywordTrie(): string {
  return encodeKeywordTrie(keywordOrder(BUILTIN_RULES, []).map((k) => k.toLowerCase()));
}
