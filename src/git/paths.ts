// Paths as git writes them, and path globs as users write them.

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/**
 * Undoes git's C-style quoting (`"a\303\251 b\"c"` → `aé b"c`): octal escapes are bytes of
 * the UTF-8 path. A string that is not quoted is returned as it is.
 */
export function unquoteCPath(s: string): string {
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return s;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 1; i < s.length - 1; i++) {
    const c = s[i]!;
    if (c !== "\\") {
      const cp = s.codePointAt(i)!;
      if (cp < 0x80) bytes.push(cp);
      else {
        const ch = String.fromCodePoint(cp);
        bytes.push(...enc.encode(ch));
        i += ch.length - 1;
      }
      continue;
    }
    const d = s[++i] ?? "";
    if (/[0-7]/.test(d)) {
      let oct = d;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) oct += s[++i];
      bytes.push(parseInt(oct, 8) & 0xff);
    } else bytes.push(ESCAPES[d] ?? d.charCodeAt(0));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * A gitignore-flavoured glob: `*.lock` and `fixtures/` match at any depth; a pattern with a
 * slash inside is anchored at the repository root; `**` crosses directories.
 */
export class PathMatcher {
  private readonly globs: Array<{ source: string; glob: InstanceType<typeof Bun.Glob> }> = [];

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      let p = raw.trim();
      if (p === "" || p.startsWith("#")) continue;
      const dir = p.endsWith("/");
      if (dir) p = p.slice(0, -1);
      const anchored = p.startsWith("/") || p.includes("/");
      p = p.replace(/^\//, "");
      const base = anchored ? p : `**/${p}`;
      this.globs.push({ source: raw.trim(), glob: new Bun.Glob(base) });
      // A directory (or a pattern naming one) matches everything under it.
      this.globs.push({ source: raw.trim(), glob: new Bun.Glob(`${base}/**`) });
      if (!anchored && !dir) this.globs.push({ source: raw.trim(), glob: new Bun.Glob(p) });
    }
  }

  get size(): number {
    return this.globs.length;
  }

  /** The pattern that matches `path`, if any. */
  match(path: string): string | undefined {
    for (const g of this.globs) if (g.glob.match(path)) return g.source;
    return undefined;
  }
}
