// The built-in rules' keyword tables, made when the code is bundled (keyword-trie.ts says why).
import { builtinKeywordTrie } from "./builtin-keyword-trie.macro.ts" with { type: "macro" };

export const BUILTIN_KEYWORD_TRIE: string = builtinKeywordTrie();
