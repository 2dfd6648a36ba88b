// A private key's DER, read from its base64 with no PEM armour around it: the structure names it,
// so no name beside it is needed. PKCS#8 PrivateKeyInfo (`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…`: a
// SEQUENCE, version 0 or 1, a key algorithm's identifier, the key in an OCTET STRING), PKCS#1
// RSAPrivateKey (`MIIEowIBAAKCAQEA…`: version 0 then the modulus) and SEC1 ECPrivateKey
// (`MHcCAQEEI…`: version 1 then the key's OCTET STRING); a PKCS#12 keystore (`MIIKXgIBAzCC…`: version 3,
// the key store a signing key ships in). Public keys, certificates and encrypted PKCS#8 (no version first) are not these.

/** OIDs (content bytes, hex) of key algorithms a PrivateKeyInfo names: RSA, RSA-PSS, EC, DSA, X25519, Ed25519, X448, Ed448. */
const KEY_ALGORITHMS = new Set(["2a864886f70d010101", "2a864886f70d01010a", "2a8648ce3d0201", "2a8648ce380401", "2b656e", "2b6570", "2b656f", "2b6571"]);

/** A DER length at `i`: [length, header bytes], or undefined. */
function derLength(b: Uint8Array, i: number): [number, number] | undefined {
  const l = b[i];
  if (l === undefined) return undefined;
  if (l < 0x80) return [l, 1];
  if (l === 0x81) return b[i + 1] !== undefined ? [b[i + 1]!, 2] : undefined;
  if (l === 0x82) return b[i + 2] !== undefined ? [(b[i + 1]! << 8) | b[i + 2]!, 3] : undefined;
  return undefined;
}

/** OIDs (content bytes, hex) a PFX's authSafe holds its contents as: PKCS#7 data, signedData. */
const PFX_CONTENT = new Set(["2a864886f70d010701", "2a864886f70d010702"]);

/** After a PFX's version 3: its authSafe ContentInfo, a SEQUENCE opening with the data or signedData OID. */
function pfxContent(b: Uint8Array, i: number): boolean {
  if (b[i] !== 0x30) return false;
  const len = derLength(b, i + 1);
  if (!len) return false;
  const j = i + 1 + len[1];
  return b[j] === 0x06 && b[j + 1] === 9 && PFX_CONTENT.has(Buffer.from(b.subarray(j + 2, j + 11)).toString("hex"));
}

/**
 * The base64 (standard alphabet, 64+ characters) decodes to a private key's DER, whole or cut short (a third of it at least),
 * or to a PKCS#12 keystore (a PFX: version 3, then its authSafe; `.p12`/`.pfx`, an Android upload keystore, an Apple signing identity).
 */
export function privateKeyDer(v: string): boolean {
  if (v.length < 64 || v.charCodeAt(0) !== 77) return false;
  const b = Buffer.from(v.slice(0, v.length - (v.length % 4)), "base64");
  if (b[0] !== 0x30) return false;
  const outer = derLength(b, 1);
  if (!outer) return false;
  const total = 1 + outer[1] + outer[0];
  if (b.length > total + 2 || b.length * 3 < total) return false;
  let i = 1 + outer[1];
  if (b[i] !== 0x02 || b[i + 1] !== 0x01) return false;
  if (b[i + 2] === 3) return pfxContent(b, i + 3);
  // version INTEGER 0 or 1
  if (b[i + 2]! > 1) return false;
  const version = b[i + 2]!;
  i += 3;
  if (b[i] === 0x02) return version === 0 && b[i + 1]! >= 0x81; // PKCS#1: a modulus of 128+ bytes
  if (b[i] === 0x04) return version === 1 && b[i + 1]! >= 24 && b[i + 1]! <= 66; // SEC1: the EC private scalar
  if (b[i] !== 0x30) return false;
  const alg = derLength(b, i + 1);
  if (!alg) return false;
  const j = i + 1 + alg[1];
  if (b[j] !== 0x06) return false;
  const oidLen = b[j + 1]!;
  const oid = b.subarray(j + 2, j + 2 + oidLen).toString("hex");
  return KEY_ALGORITHMS.has(oid) && b[i + 1 + alg[1] + alg[0]] === 0x04;
}
