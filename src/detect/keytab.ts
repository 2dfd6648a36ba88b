// A Kerberos keytab (MIT format version 2, what ktutil and `ipa-getkeytab` write) read from its
// bytes: 0x05 0x02, then entries of a 32-bit size, the principal (component count, realm and
// components as 16-bit-length strings), name type, timestamp, key version, and the key block
// (encryption type, 16-bit length, the key). A service's long-term keys: the password's equivalent.

/** Kerberos encryption types with their key lengths (DES, 3DES, RC4-HMAC, AES, Camellia). */
const KEY_LENGTHS: ReadonlyMap<number, readonly number[]> = new Map([
  [1, [8]], [3, [8]], [16, [24]], [17, [16]], [18, [32]], [19, [16]], [20, [32]], [23, [16]], [24, [16]], [25, [16]], [26, [32]],
]);

/** A realm or principal component: printable ASCII, no blank. */
function nameAt(b: Uint8Array, i: number): number {
  if (i + 2 > b.length) return -1;
  const n = (b[i]! << 8) | b[i + 1]!;
  if (n < 1 || n > 255 || i + 2 + n > b.length) return -1;
  for (let k = i + 2; k < i + 2 + n; k++) if (b[k]! < 0x21 || b[k]! > 0x7e) return -1;
  return i + 2 + n;
}

/** The bytes are a keytab whose first entry parses through a known encryption type's whole key. */
export function keytabBytes(b: Uint8Array): boolean {
  if (b.length < 40 || b[0] !== 0x05 || b[1] !== 0x02) return false;
  const size = (b[2]! << 24) | (b[3]! << 16) | (b[4]! << 8) | b[5]!;
  if (size < 30 || size > 4096) return false;
  const components = (b[6]! << 8) | b[7]!;
  if (components < 1 || components > 8) return false;
  // Version 1 counted the realm among the components; writers still disagree: either count parses.
  return keyAfter(b, components) || keyAfter(b, components + 1);
}

/** The entry's key block parses after the realm and `components` names: a known type and its key's length. */
function keyAfter(b: Uint8Array, components: number): boolean {
  let i = nameAt(b, 8);
  for (let c = 0; c < components && i >= 0; c++) i = nameAt(b, i);
  // name type (4), timestamp (4), key version (1)
  if (i < 0 || i + 13 > b.length) return false;
  i += 9;
  const enctype = (b[i]! << 8) | b[i + 1]!;
  const len = (b[i + 2]! << 8) | b[i + 3]!;
  return (KEY_LENGTHS.get(enctype)?.includes(len) ?? false) && i + 4 + len <= b.length;
}

/** Base64 (standard alphabet) of a keytab. */
export function keytabBase64(v: string): boolean {
  return keytabBytes(Buffer.from(v.slice(0, v.length - (v.length % 4)), "base64"));
}
