// Flag values as the user typed them. cac's parser turns anything numeric-looking into a number
// (`--text 007` → 7, `--url 2130706433` → a number, `--text ""` → 0); this layer marks the values
// of value-taking flags so they stay strings, and turns a repeated flag or a flag without its
// value into a clear usage error instead of a confusing one downstream.
import { UsageError } from "./errors.ts";

const MARK = "\u0000v:";

export interface FlagSpec {
  /** Long names (without --) of flags that take a value (`--x <v>` or `--x [v]`). */
  valued: ReadonlySet<string>;
  /** Those whose value is required (`--x <v>`). */
  required: ReadonlySet<string>;
}

/** The spec from cac-style option names: "--text <str>", "--history [range]", "--staged". */
export function flagSpecOf(rawNames: Iterable<string>): FlagSpec {
  const valued = new Set<string>();
  const required = new Set<string>();
  for (const raw of rawNames) {
    const name = /--([\w-]+)/.exec(raw)?.[1];
    if (!name) continue;
    if (raw.includes("<")) required.add(name);
    if (raw.includes("<") || raw.includes("[")) valued.add(name);
  }
  return { valued, required };
}

/** Marks values of valued flags (`--flag value` and `--flag=value`) so the parser keeps them as strings. */
export function protectValues(argv: string[], spec: FlagSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^--([^=]+)(=(.*))?$/s.exec(a);
    if (!m || !spec.valued.has(m[1]!)) {
      out.push(a);
      continue;
    }
    if (m[2] !== undefined) {
      out.push(`--${m[1]}=${MARK}${m[3]}`);
      continue;
    }
    out.push(a);
    const next = argv[i + 1];
    // A following flag is not a value ("--text --format json"): the flag is left without one.
    if (next !== undefined && !(next.startsWith("-") && next.length > 1)) {
      out.push(MARK + next);
      i++;
    }
  }
  return out;
}

/**
 * Undoes protectValues on parsed options: strings lose the mark; a flag given twice (an array)
 * or a valued flag left without a value is a usage error naming it.
 */
export function restoreValues(options: Record<string, unknown>, spec: FlagSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) {
    const flag = `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (Array.isArray(v) && k !== "_" && k !== "--") {
      throw new UsageError(`${flag} was given ${v.length} times; give it once`);
    }
    if (typeof v === "string" && v.startsWith(MARK)) out[k] = v.slice(MARK.length);
    else if (v === true && spec.required.has(flag.slice(2))) throw new UsageError(`${flag} needs a value`);
    else out[k] = v;
  }
  return out;
}
