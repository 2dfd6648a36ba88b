// A bcrypt-shaped value under an API key's name. Some providers issue API keys in bcrypt's shape
// (CurseForge's `$2a$10$…`), so the stored-hash excuse (placeholder.ts STORED_HASH) must not apply
// where the slot is named for a key or token the client sends: a stored hash sits under a
// password's or a hash's name (`password_hash`, `hashed_api_key`, htpasswd's `user:`), not `api.key=`.
import { BCRYPT_HASH } from "./placeholder.ts";

const BCRYPT = new RegExp(`^${BCRYPT_HASH}(?![./A-Za-z0-9$])`);
/** The slot's name just before the value: `name = "`, `name: '`, `"name": "`, `name=`. */
const KEY_NAME_BEFORE = /(?:^|[^A-Za-z0-9])(?:api|client|access|auth)[._-]?key["'\]]?[ \t]*[:=][ \t]*["'`]?$|(?:^|[^A-Za-z0-9])(?:api|access|auth)[._-]?token["'\]]?[ \t]*[:=][ \t]*["'`]?$/i;
const HASH_NAME = /hash|digest|passw|pwd|crypt|stored|verif/i;

export function bcryptUnderKeyName(text: string, at: number): boolean {
  if (!BCRYPT.test(text.slice(at, at + 64))) return false;
  const before = text.slice(Math.max(0, at - 48), at);
  if (!KEY_NAME_BEFORE.test(before)) return false;
  const line = before.slice(Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\\n") + 1, 0));
  return !HASH_NAME.test(line);
}
