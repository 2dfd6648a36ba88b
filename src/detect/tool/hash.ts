// Canonical JSON (sorted keys, no whitespace) and its SHA-256: the identity of a tool definition.
// A tool whose hash changes between sessions changed its definition (rug pull).
import { createHash } from "node:crypto";

export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number") return Object.is(v, -0) || !Number.isFinite(v) ? (Number.isFinite(v) ? "0" : "null") : JSON.stringify(v);
    return v === undefined ? "null" : JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined || typeof x === "function" ? "null" : canonicalJson(x))).join(",")}]`;
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== "function").sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** SHA-256 (hex) of the canonical JSON of the whole definition: name, description, schemas, annotations, everything. */
export function canonicalToolHash(tool: unknown): string {
  return createHash("sha256").update(canonicalJson(tool)).digest("hex");
}
