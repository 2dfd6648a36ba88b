import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CorpusCase } from "./types.ts";

/** Loads every case under test/corpus (recursively): *.jsonl files and *.cases.ts modules. */
export async function loadCorpus(dir = import.meta.dir): Promise<CorpusCase[]> {
  const out: CorpusCase[] = [];
  const walk = async (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) await walk(p);
      else if (name.endsWith(".jsonl")) {
        readFileSync(p, "utf8").split("\n").forEach((line, i) => {
          if (line.trim() === "") return;
          try {
            out.push(JSON.parse(line) as CorpusCase);
          } catch {
            throw new Error(`${p}:${i + 1}: not valid JSON`);
          }
        });
      } else if (name.endsWith(".cases.ts")) {
        const mod = (await import(p)) as { cases?: CorpusCase[] };
        if (!Array.isArray(mod.cases)) throw new Error(`${p}: exports no \`cases\` array`);
        out.push(...mod.cases);
      }
    }
  };
  // A relative directory is taken from the working directory: import() would read it as a package name.
  await walk(resolve(dir));
  const ids = new Set<string>();
  for (const c of out) {
    if (ids.has(c.id)) throw new Error(`duplicate corpus id ${c.id}`);
    ids.add(c.id);
  }
  return out;
}
