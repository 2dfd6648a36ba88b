// Rug-pull pinning: the canonical hash of every tool a server offers, pinned on first sight in
// one file per server (~/.toolkit/mcp-pins/<server>.json, written then renamed). A later
// definition with another hash is a change the user must accept (`toolkit mcp pins accept`).
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { writeFileAtomic } from "../util/atomic-write.ts";

export interface PinFile {
  server: string;
  command?: string[];
  tools: Record<string, { hash: string; pinned_at: string }>;
  /** Definitions seen but not accepted: name → hash, shown by `pins list`, taken by `pins accept`. */
  pending?: Record<string, { hash: string; seen_at: string }>;
}

export function serverId(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  if (!id) throw new UsageError(`MCP server name '${name}' gives an empty pin file name`);
  return id;
}

export function pinPath(dir: string, server: string): string {
  return join(dir, `${serverId(server)}.json`);
}

export function readPins(dir: string, server: string): PinFile {
  const p = pinPath(dir, server);
  try {
    const v = JSON.parse(readFileSync(p, "utf8")) as PinFile;
    if (typeof v !== "object" || v === null || typeof v.tools !== "object") throw new Error("not a pin file");
    return v;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { server, tools: {} };
    throw new UsageError(`${p}: unreadable pin file (${(err as Error).message.split("\n")[0]}); remove it to pin again from scratch`);
  }
}

export function writePins(dir: string, pins: PinFile): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileAtomic(pinPath(dir, pins.server), `${JSON.stringify(pins, null, 2)}\n`, { mode: 0o600 });
}

export function listPins(dir: string): PinFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return names.map((n) => readPins(dir, n.slice(0, -5)));
}

export type PinCheck = { status: "new" | "same" } | { status: "changed"; was: string };

/** Compares a tool against the pins; a new tool is pinned at once (in memory: the caller writes). */
export function checkPin(pins: PinFile, name: string, hash: string): PinCheck {
  const cur = pins.tools[name];
  if (!cur) {
    pins.tools[name] = { hash, pinned_at: new Date().toISOString() };
    return { status: "new" };
  }
  if (cur.hash === hash) return { status: "same" };
  pins.pending = { ...(pins.pending ?? {}), [name]: { hash, seen_at: new Date().toISOString() } };
  return { status: "changed", was: cur.hash };
}
