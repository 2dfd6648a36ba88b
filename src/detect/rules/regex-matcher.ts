import type { Matcher, MatchResult } from "./types.ts";

function result(found: RegExpExecArray, base: number): MatchResult {
  return {
    start: found.index - base,
    end: found.index - base + found[0].length,
    group: (i) => found[i],
    groupStart: (i) => {
      const g = found[i];
      if (i === 0 || g === undefined) return found.index - base;
      // Secret groups sit at the end of their match in every built-in rule; search from the right.
      return found.index - base + found[0].lastIndexOf(g);
    },
  };
}

/**
 * Matcher over a JS RegExp; used for built-in rules, whose patterns are audited linear. Its global
 * and sticky copies are made on the rule's first use: making all of them (two per built-in rule)
 * at import cost ~5 ms at every detector-building start, and a scan runs few of the rules.
 */
export function regexMatcher(re: RegExp): Matcher {
  let global: RegExp | undefined;
  let sticky: RegExp | undefined;
  const copy = (flag: "g" | "y") => new RegExp(re, `${re.flags.replace(/[gy]/g, "")}${flag}`);
  return {
    matchAll(text: string): MatchResult[] {
      const out: MatchResult[] = [];
      global ??= copy("g");
      global.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = global.exec(text)) !== null) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        out.push(result(m, 0));
      }
      return out;
    },
    matchAt(text: string, pos: number): MatchResult | null {
      sticky ??= copy("y");
      sticky.lastIndex = pos;
      const m = sticky.exec(text);
      return m === null || m[0].length === 0 ? null : result(m, 0);
    },
  };
}
