import type { Matcher, MatchResult } from "./types.ts";

/** Matcher over a JS RegExp; used for built-in rules, whose patterns are audited linear. */
export function regexMatcher(re: RegExp): Matcher {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  const r = new RegExp(re.source, flags);
  return {
    matchAll(text: string): MatchResult[] {
      const out: MatchResult[] = [];
      r.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.exec(text)) !== null) {
        if (m[0].length === 0) {
          r.lastIndex++;
          continue;
        }
        const found = m;
        out.push({
          start: found.index,
          end: found.index + found[0].length,
          group: (i) => found[i],
          groupStart: (i) => {
            const g = found[i];
            if (i === 0 || g === undefined) return found.index;
            // Secret groups sit at the end of their match in every built-in rule; search from the right.
            return found.index + found[0].lastIndexOf(g);
          },
        });
      }
      return out;
    },
  };
}
