// The per-installation key of finding fingerprints (HMAC), kept 0600 beside the CA directory
// (~/.toolkit/fingerprint.key). Created on first use without ever exposing a partial file: the
// key is written to a temporary file and hard-linked into place, which fails if another process
// got there first (then its key is used).
import { linkSync, mkdirSync, readFileSync, unlinkSync } from "node:fs";
import { randomBytes } from "../detect/index.ts";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.ts";

export interface FingerprintKey {
  key: Uint8Array;
  /** The file it lives in, or why there is none ("ephemeral: …"). */
  source: string;
}

const KEY_BYTES = 32;

export function fingerprintKeyPath(caDir: string): string {
  return join(dirname(caDir), "fingerprint.key");
}

export function loadFingerprintKey(path: string): FingerprintKey {
  const existing = readKey(path);
  if (existing) return { key: existing, source: path };
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.new-${process.pid}-${randomBytes(4).toString("hex")}`;
    writeFileAtomic(tmp, `${randomBytes(KEY_BYTES).toString("hex")}\n`, { mode: 0o600 });
    try {
      linkSync(tmp, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    } finally {
      unlinkSync(tmp);
    }
    const key = readKey(path);
    if (key) return { key, source: path };
  } catch (err) {
    return { key: randomBytes(KEY_BYTES), source: `ephemeral: cannot create ${path} (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
  return { key: randomBytes(KEY_BYTES), source: `ephemeral: ${path} is not a key file` };
}

function readKey(path: string): Uint8Array | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
  return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, "hex") : null;
}
