// An order to swap a dependency for a look-alike package: "replace `requests` with
// `reqeusts-toolbelt-fast` in requirements.txt", "use `lodahs` instead of `lodash`". A migration
// note names a different package (requests → httpx); a name one typo away from the one it
// replaces is a typosquat. Weak and partnered: it counts next to an address, an order or
// "without asking".
import type { Pattern } from "./pattern-set.ts";

const NAME = String.raw`[\x60'"]?[A-Za-z@][\w.\/@-]{1,80}[\x60'"]?`;
const KIND = String.raw`(?:\s{1,3}(?:package|dependency|library|module|crate|gem|import))?`;
/** "every import of", "all uses of": the old name reached through the places it is used. */
const USES = String.raw`(?:(?:every|each|all|any)\s{1,3}(?:(?:the|your|our)\s{1,3})?(?:imports?|uses?|usages?|references?|occurrences?|instances?|requires?|mentions?|calls?)\s{1,3}(?:of|to)\s{1,3})`;
const SWAP = new RegExp(String.raw`\b(?:replace|swap|switch|substitute|migrate)\s{1,3}(?:the\s{1,3}|${USES})?(${NAME})${KIND}\s{1,3}(?:with|for|to|by)\s{1,3}(?:the\s{1,3})?(${NAME})|\buse\s{1,3}(${NAME})${KIND}\s{1,3}instead\s{1,3}of\s{1,3}(?:the\s{1,3})?(${NAME})|\breplace\s{1,3}(${NAME})(?:\s{1,3}v[\w.+-]{1,40})?\s{1,3}=>\s{1,3}(${NAME})`, "i");
/** A module path's last segment: "logging.example.net/l0grus" → "l0grus" (a go.mod replace names modules by path). */
const lastSegment = (s: string) => s.replace(/[\x60'"]$/, "").split("/").pop()!;

/** Damerau–Levenshtein distance capped at 2 (enough to tell "one typo away"). */
export function typoDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(2, d[a.length]![b.length]!);
}

const bare = (s: string) => s.replace(/^[\x60'"]|[\x60'"]$/g, "").replace(/^@[\w.-]+\//, "").toLowerCase();

/** The new name, or one of its dash-separated parts, is one typo from the old name (not a plural or the same word). */
export function lookAlikeSwap(oldName: string, newName: string): boolean {
  const old = bare(oldName);
  const neu = bare(newName);
  if (old.length < 4 || old === neu) return false;
  return neu.split(/[-_.]/).some((part) => part.length >= 4 && part !== old && part !== `${old}s` && `${part}s` !== old && typoDistance(old, part) === 1);
}

export const DEPENDENCY_SWAP_PATTERNS: Pattern[] = [
  {
    id: "harm.look-alike-dependency-swap", family: "harm", weight: 0.35, partners: ["addressed", "order", "concealment", "override", "role"],
    description: "A dependency to be swapped for a look-alike (typosquatted) package (\"replace requests with reqeusts-fast\")",
    re: new RegExp(SWAP.source, "gi"),
    anchors: ["replace", "swap", "switch", "substitute", "migrate", "use "],
    also: ["requirements", "package.json", "pyproject", "setup.py", "setup.cfg", "go.mod", "go mod", "go.sum", "cargo.toml", "gemfile", "pom.xml", "gradle", "dependenc", "pip ", "npm ", "yarn ", "pnpm ", "import", "package", "lockfile", "composer"],
    before: 2, after: 200,
    judge: (m) => {
      const g = SWAP.exec(m);
      if (!g) return 0;
      if (g[5] !== undefined) return lookAlikeSwap(lastSegment(g[5]), lastSegment(g[6]!)) ? 1 : 0;
      return (g[1] !== undefined ? lookAlikeSwap(g[1], g[2]!) : lookAlikeSwap(g[4]!, g[3]!)) ? 1 : 0;
    },
  },
];
