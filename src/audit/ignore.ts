// gitignore pattern semantics (also used for .toolkitignore and --exclude): comments, escapes,
// negation, directory-only patterns, anchoring by a slash, `*`, `?`, `[…]` and `**`.
// Precedence is git's: the last matching pattern wins, deeper files after shallower ones.

export interface IgnoreRule {
  /** Directory of the file that holds the pattern, relative to the match root ("" = root). */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  /** Pattern without a slash: matched against the basename at any depth. */
  basenameOnly: boolean;
  re: RegExp;
  /** Where it came from, for explanations: ".gitignore:3", "--exclude". */
  source: string;
}

export function parseIgnore(text: string, base: string, sourceName: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const rule = parsePattern(raw, base, `${sourceName}:${i + 1}`);
    if (rule) rules.push(rule);
  });
  return rules;
}

export function parsePattern(raw: string, base: string, source: string): IgnoreRule | null {
  let p = raw;
  if (p === "" || p.startsWith("#")) return null;
  // Trailing spaces are dropped unless escaped with a backslash.
  p = p.replace(/(?<!\\)\s+$/, "");
  if (p.endsWith("\\ ")) p = `${p.slice(0, -2)} `;
  if (p === "") return null;
  let negate = false;
  if (p.startsWith("!")) {
    negate = true;
    p = p.slice(1);
  } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
    p = p.slice(1);
  }
  let dirOnly = false;
  if (p.endsWith("/") && !p.endsWith("\\/")) {
    dirOnly = true;
    p = p.replace(/\/+$/, "");
  }
  if (p === "") return null;
  const anchored = p.includes("/");
  if (p.startsWith("/")) p = p.slice(1);
  let re: RegExp;
  try {
    re = new RegExp(`^${globToRegex(p)}$`, "s");
  } catch {
    return null; // an unparseable pattern matches nothing, as git treats it
  }
  return { base, negate, dirOnly, basenameOnly: !anchored, re, source };
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const esc = (s: string) => s.replace(REGEX_SPECIAL, "\\$&");

export function globToRegex(p: string): string {
  let re = "";
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c === "*") {
      let j = i;
      while (p[j] === "*") j++;
      const stars = j - i;
      const atStart = i === 0 || p[i - 1] === "/";
      const atEnd = j === p.length || p[j] === "/";
      if (stars >= 2 && atStart && atEnd) {
        if (j === p.length) {
          re += ".*"; // trailing "/**" (or a lone "**"): everything below
          i = j;
        } else {
          re += "(?:.*/)?"; // "**/": zero or more directories
          i = j + 1;
        }
      } else {
        re += "[^/]*";
        i = j;
      }
      continue;
    }
    if (c === "?") {
      re += "[^/]";
      i++;
      continue;
    }
    if (c === "[") {
      const close = classEnd(p, i);
      if (close > 0) {
        let body = p.slice(i + 1, close);
        let neg = false;
        if (body.startsWith("!") || body.startsWith("^")) {
          neg = true;
          body = body.slice(1);
        }
        body = body.replace(/\\(.)/g, "$1").replace(/[\\\]^]/g, "\\$&");
        re += `[${neg ? "^/" : ""}${body}]`;
        i = close + 1;
        continue;
      }
      return "(?!)"; // git's wildmatch: an unclosed "[" makes the whole pattern match nothing
    }
    if (c === "\\" && i + 1 < p.length) {
      re += esc(p[i + 1]!);
      i += 2;
      continue;
    }
    re += esc(c);
    i++;
  }
  return re;
}

/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(p: string, open: number): number {
  let k = open + 1;
  if (p[k] === "!" || p[k] === "^") k++;
  if (p[k] === "]") k++; // a leading "]" is part of the class
  for (; k < p.length; k++) {
    if (p[k] === "\\") k++;
    else if (p[k] === "]") return k;
  }
  return -1;
}

/**
 * Whether `path` (relative to the match root, "/"-separated) is ignored by `rules` (in precedence
 * order, lowest first). Returns the deciding rule, or null when no rule matches.
 */
export function matchIgnore(rules: readonly IgnoreRule[], path: string, isDir: boolean): IgnoreRule | null {
  const slash = path.lastIndexOf("/");
  const name = slash < 0 ? path : path.slice(slash + 1);
  for (let k = rules.length - 1; k >= 0; k--) {
    const r = rules[k]!;
    if (r.dirOnly && !isDir) continue;
    let sub = path;
    if (r.base !== "") {
      if (!path.startsWith(`${r.base}/`)) continue;
      sub = path.slice(r.base.length + 1);
    }
    if (r.basenameOnly ? r.re.test(name) : r.re.test(sub)) return r;
  }
  return null;
}

/** True when the deciding rule excludes the path (a negation re-includes it). */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean {
  const r = matchIgnore(rules, path, isDir);
  return r !== null && !r.negate;
}
