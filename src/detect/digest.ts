// SHA-256, HMAC-SHA-256 and random bytes without node:crypto: Bun's native hasher and Web Crypto's
// getRandomValues give the same bytes, while loading node:crypto costs 10–15 ms in the compiled
// binary, paid at every start of a command that builds a detector (a quarter of the pre-commit
// hook's budget).

/** A plain Uint8Array (not a Buffer, whose slice() would be a view). */
export function sha256(data: string | Uint8Array): Uint8Array {
  return new Uint8Array(new Bun.CryptoHasher("sha256").update(data).digest());
}

export function hmacSha256Hex(key: Uint8Array, data: string): string {
  return new Bun.CryptoHasher("sha256", key).update(data).digest("hex");
}

export function randomBytes(n: number): Buffer {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(n)));
}
