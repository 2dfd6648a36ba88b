// Keys listed as a map from key id to secret under a parent that names them (`keys:`,
// `api_keys:`, `credentials:`): LiveKit's `keys: {<API key>: <secret>}`, and any server that takes
// its key pairs that way. No name stands before the secret: its slot's name is the key id.
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { base64NotASecret } from "./builtin-generic.ts";

/** A key id: letters and digits mixed (`APIx9…`), not a word or a name (`production`, `deploy`). */
function keyId(id: string): boolean {
  return /\d/.test(id) && /[A-Za-z]/.test(id) && shannonEntropy(id) >= 3.0 && !/^[a-z]+[-_]?\d{1,4}$/i.test(id);
}

/** The secret: upper, lower and digits, dense as random text; not a public SSH blob or ciphertext. */
function mapSecret(secret: string, match: string, before: string): boolean {
  if (/(?:public|pub)[-_]?$/i.test(before)) return false;
  if (!/\d/.test(secret) || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || secret.startsWith("AAAA")) return false;
  const id = /["']?([A-Za-z0-9_-]{10,64})["']?:[ \t]+["']?[^\s"']*["']?[ \t]*$/.exec(match)?.[1] ?? "";
  return keyId(id) && id !== secret && shannonEntropy(secret) >= 4.0 && !base64NotASecret(secret) && !isGenericPlaceholder(secret);
}

export const KEY_ID_MAP_RULES: Rule[] = [
  r({ id: "key-id-map-secret", anchored: true, description: "Secret in a map from key id to secret (keys: {<key id>: <secret>})",
    keywords: ["keys:", "credentials:", "secrets:", "tokens:"],
    // Up to eight sibling lines before the pair; each line's first character after its indent is not a blank.
    pattern: /(?:keys|credentials|secrets|tokens):[ \t]*(?:#[^\r\n]{0,120})?\r?\n(?:[ \t]+[^\s][^\r\n]{0,200}\r?\n){0,8}?[ \t]+["']?[A-Za-z0-9_-]{10,64}["']?:[ \t]+["']?([A-Za-z0-9+/_=-]{24,200})["']?[ \t]*(?=\r?\n|$)/,
    validate: mapSecret, placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 2400 }),
];
