// The prefilter's keyword list, in the order compileDetector numbers it: the deobfuscation, table
// and SQL keywords, then each rule's keywords in rule order (built-in rules before custom ones),
// then the env-leak needles. One function, so that the list the built-in tables are made for at
// build time (builtin-keyword-trie.ts) is the one a detector from the default config asks for.
import { DEOBFUSCATE_KEYWORDS } from "./deobfuscate.ts";
import type { Rule } from "./rules/types.ts";
import { SQL_KEYWORDS, TABLE_KEYWORDS } from "./table.ts";

export function keywordOrder(rules: readonly Pick<Rule, "keywords">[], needles: readonly string[]): string[] {
  const seen = new Set<string>([...DEOBFUSCATE_KEYWORDS, ...TABLE_KEYWORDS, ...SQL_KEYWORDS]);
  for (const r of rules) for (const kw of r.keywords) seen.add(kw);
  for (const n of needles) seen.add(n);
  return [...seen];
}
