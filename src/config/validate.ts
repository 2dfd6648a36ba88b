import type { FieldSchema } from "./schema.ts";

export interface ConfigIssue {
  path: string;
  message: string;
}

/** Checks a parsed YAML value against the schema; returns every problem found. */
export function validateAgainst(value: unknown, schema: FieldSchema, path = ""): ConfigIssue[] {
  const at = path === "" ? "(top level)" : path;
  switch (schema.type) {
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return [{ path: at, message: `expected a mapping, got ${describe(value)}` }];
      const issues: ConfigIssue[] = [];
      for (const [k, v] of Object.entries(value)) {
        const child = schema.fields[k];
        const p = path === "" ? k : `${path}.${k}`;
        if (!child) {
          const guess = didYouMean(k, Object.keys(schema.fields));
          issues.push({ path: p, message: `unknown key${guess ? ` (did you mean '${guess}'?)` : ""}; allowed here: ${Object.keys(schema.fields).join(", ")}` });
          continue;
        }
        issues.push(...validateAgainst(v, child, p));
      }
      return issues;
    }
    case "map": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return [{ path: at, message: `expected a mapping, got ${describe(value)}` }];
      return Object.entries(value).flatMap(([k, v]) => validateAgainst(v, schema.values, `${path}.${k}`));
    }
    case "array": {
      if (!Array.isArray(value)) return [{ path: at, message: `expected a list, got ${describe(value)}` }];
      return value.flatMap((v, i) => validateAgainst(v, schema.items, `${path}[${i}]`));
    }
    case "string": {
      if (typeof value !== "string") return [{ path: at, message: `expected a string, got ${describe(value)}` }];
      if (schema.enum && !schema.enum.includes(value)) {
        const guess = didYouMean(value, schema.enum);
        return [{ path: at, message: `'${value}' is not one of ${schema.enum.join(" | ")}${guess ? ` (did you mean '${guess}'?)` : ""}` }];
      }
      return [];
    }
    case "bool":
      return typeof value === "boolean" ? [] : [{ path: at, message: `expected true or false, got ${describe(value)}` }];
    case "int":
      if (typeof value !== "number" || !Number.isFinite(value)) return [{ path: at, message: `expected a number, got ${describe(value)}` }];
      if (schema.min !== undefined && value < schema.min) return [{ path: at, message: `must be at least ${schema.min}` }];
      return [];
    case "size":
      return parseSize(value) === null ? [{ path: at, message: `expected a size like 10MiB, 512KiB or 1048576, got ${describe(value)}` }] : [];
    case "duration":
      return parseDuration(value) === null ? [{ path: at, message: `expected a duration like 24h, 30m, 10d or 1y, got ${describe(value)}` }] : [];
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 };

export function parseSize(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v : null;
  if (typeof v !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(v);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  return m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : null;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, y: 365 * 86_400_000 };

/** Duration in milliseconds: "24h", "30m", "10d", "1y", "500ms". */
export function parseDuration(v: unknown): number | null {
  if (typeof v !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)\s*$/.exec(v);
  return m ? Math.round(Number(m[1]) * DURATION_UNITS[m[2]!]!) : null;
}

export function didYouMean(input: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(input.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(input.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
