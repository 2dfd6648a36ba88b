// What the user told git-scan not to report: `.toolkitignore` at the repository root (path globs
// and finding ids under the file's own key) and `--baseline FILE` (an earlier JSON report).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { randomBytes } from "../detect/index.ts";

export const IGNORE_FILE = ".toolkitignore";
const HEX_KEY = /^[0-9a-f]{64}$/;

export interface IdSet {
  key: string;
  ids: Set<string>;
}

export interface IgnoreFile {
  path: string;
  exists: boolean;
  globs: string[];
  /** Present once the file has a `key:` line. */
  ids?: IdSet;
}

export function newKey(): string {
  return randomBytes(32).toString("hex");
}

export function readIgnoreFile(root: string): IgnoreFile {
  const path = join(root, IGNORE_FILE);
  if (!existsSync(path)) return { path, exists: false, globs: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const globs: string[] = [];
  let key: string | undefined;
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (line.startsWith("key:")) {
      const k = line.slice(4).trim().toLowerCase();
      if (!HEX_KEY.test(k)) throw new UsageError(`${path}:${i + 1}: key: expected 64 hex digits`);
      key = k;
    } else if (line.startsWith("id:")) {
      ids.add(line.slice(3).trim().split(/\s/)[0]!.toLowerCase());
    } else globs.push(line);
  });
  if (ids.size > 0 && key === undefined) throw new UsageError(`${path}: has id: lines but no key: line (ids are computed under that key; add the key back or regenerate with --add-ignore)`);
  return { path, exists: true, globs, ids: key ? { key, ids } : undefined };
}

/** The file's key, made now (in memory) if it has none yet; appendIgnoreIds writes it. */
export function ignoreKey(file: IgnoreFile): string {
  file.ids ??= { key: newKey(), ids: new Set() };
  return file.ids.key;
}

/** Appends ids (with a readable comment each) to .toolkitignore, creating it and its key line if needed. */
export function appendIgnoreIds(file: IgnoreFile, entries: Array<{ id: string; note: string }>): number {
  const key = ignoreKey(file);
  let text = file.exists ? readFileSync(file.path, "utf8") : "# toolkit git-scan: paths (gitignore-style globs) and finding ids it does not report\n";
  if (text.length > 0 && !text.endsWith("\n")) text += "\n";
  if (!/^key:/m.test(text)) {
    text += "# key for the ids below; not a secret: the ids only name values already in this repository\n";
    text += `key:${key}\n`;
  }
  const have = file.ids!.ids;
  let added = 0;
  for (const e of entries) {
    if (have.has(e.id)) continue;
    have.add(e.id);
    added++;
    text += `id:${e.id}  # ${e.note.replace(/[\r\n]/g, " ")}\n`;
  }
  writeFileSync(file.path, text);
  file.exists = true;
  return added;
}

/** A baseline: the key and ids of an earlier `--format json` report. */
export function readBaseline(path: string): IdSet {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--baseline ${path}: ${code === "ENOENT" ? "no such file" : code ? `cannot read (${code})` : "not JSON (expected a report from `toolkit git-scan --format json`)"}`);
  }
  const d = data as { baseline_key?: unknown; findings?: unknown };
  if (typeof d.baseline_key !== "string" || !HEX_KEY.test(d.baseline_key) || !Array.isArray(d.findings)) {
    throw new UsageError(`--baseline ${path}: not a git-scan JSON report (needs baseline_key and findings; make one with --format json)`);
  }
  const ids = new Set<string>();
  for (const f of d.findings as Array<{ id?: unknown }>) if (typeof f.id === "string") ids.add(f.id);
  return { key: d.baseline_key, ids };
}
