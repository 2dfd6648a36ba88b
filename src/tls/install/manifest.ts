// <ca dir>/installed.json: what install-ca added, so --uninstall removes exactly that (and only that).
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import { writeFileAtomic } from "../../util/atomic-write.ts";
import type { ManifestEntry } from "./types.ts";

export const MANIFEST_FILE = "installed.json";

export interface Manifest {
  version: 1;
  entries: ManifestEntry[];
}

export function manifestPath(caDir: string): string {
  return join(caDir, MANIFEST_FILE);
}

/** Identity of an entry: two entries with the same key describe the same installed object. */
export function entryKey(e: ManifestEntry): string {
  switch (e.store) {
    case "debian":
    case "rhel":
      return `${e.store}|${e.file}`;
    case "arch":
      return `arch|${e.id}`;
    case "macos":
      return `macos|${e.keychain}|${e.sha1}`;
    case "nss":
      return `nss|${e.db}|${e.nickname}`;
  }
}

export function readManifest(caDir: string): Manifest {
  const path = manifestPath(caDir);
  if (!existsSync(path)) return { version: 1, entries: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`${path} is corrupt (${(err as Error).message.split("\n")[0]}); fix or remove it`);
  }
  const m = data as Partial<Manifest>;
  if (m.version !== 1 || !Array.isArray(m.entries)) throw new UsageError(`${path} is not a toolkit install manifest (version 1)`);
  return { version: 1, entries: m.entries };
}

/** Writes the manifest (crash-safe); removes the file once nothing is recorded. */
export function writeManifest(caDir: string, m: Manifest): void {
  const path = manifestPath(caDir);
  if (m.entries.length === 0) {
    if (existsSync(path)) unlinkSync(path);
    return;
  }
  writeFileAtomic(path, `${JSON.stringify(m, null, 2)}\n`, { mode: 0o644 });
}

export function addEntries(m: Manifest, add: ManifestEntry[]): Manifest {
  const byKey = new Map(m.entries.map((e) => [entryKey(e), e] as const));
  for (const e of add) byKey.set(entryKey(e), e);
  return { version: 1, entries: [...byKey.values()] };
}

export function removeEntry(m: Manifest, e: ManifestEntry): Manifest {
  const k = entryKey(e);
  return { version: 1, entries: m.entries.filter((x) => entryKey(x) !== k) };
}
