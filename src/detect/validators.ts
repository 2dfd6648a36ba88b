// Checksums and structure checks that turn "looks like" into "is". Pure functions.
import { sha256 } from "./digest.ts";
import { shannonEntropy } from "./entropy.ts";

export { sha256 };
import { isExampleValue, isGenericPlaceholder } from "./placeholder.ts";

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** Card issuer from the IIN prefix and length, or null when no major network issues it. */
export function cardIssuer(d: string): string | null {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === "4" && (n === 13 || n === 16 || n === 19)) return "visa";
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return "mastercard";
  if ((p2 === 34 || p2 === 37) && n === 15) return "amex";
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return "discover";
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return "jcb";
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return "diners";
  if (p2 === 62 && n >= 16 && n <= 19) return "unionpay";
  if ((p4 === 5018 || p4 === 5020 || p4 === 5038 || p4 === 5893 || p4 === 6304 || p4 === 6759 || p4 === 6761 || p4 === 6762 || p4 === 6763) && n >= 12 && n <= 19) return "maestro";
  return null;
}

const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** IBAN with country length and ISO 13616 mod-97 check. Spaces allowed. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, "").toUpperCase();
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const c = ch.charCodeAt(0);
    const v = c >= 65 ? String(c - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** US SSN in AAA-GG-SSSS form with the ranges the SSA never issues excluded. */
export function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const area = Number(m[1]), group = Number(m[2]), serial = Number(m[3]);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  // Famous advertising numbers and repeated-digit values are never real.
  if (/^(\d)\1{2}-?\1{2}-?\1{4}$/.test(s) || m[1]! + m[2]! + m[3]! === "123456789") return false;
  return true;
}

/** ABA routing transit number checksum (3-7-1 weights, mod 10). */
export function abaValid(s: string): boolean {
  if (!/^\d{9}$/.test(s) || /^0{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B58_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < B58.length; i++) B58_INDEX[B58.charCodeAt(i)] = i;

export function base58Decode(s: string): Uint8Array | null {
  let num = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B58_INDEX[c]! : -1;
    if (v < 0) return null;
    num = num * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (num > 0n) {
    bytes.push(Number(num & 0xffn));
    num >>= 8n;
  }
  for (let i = 0; i < s.length && s[i] === "1"; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** PKCS#8 header of a raw 32-byte Ed25519 seed (RFC 8410). */
const ED25519_PKCS8 = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

/**
 * A Solana keypair (id.json, `Keypair.secretKey`): 64 bytes, the 32-byte Ed25519 seed followed by
 * its own public key. True only when the second half is the first half's public key, which 64
 * bytes of anything else (a digest, a signature, a table) match with probability 2^-256.
 */
export function ed25519KeypairValid(bytes: ArrayLike<number>): boolean {
  if (bytes.length !== 64) return false;
  const der = new Uint8Array(48);
  der.set(ED25519_PKCS8, 0);
  for (let i = 0; i < 32; i++) der[16 + i] = bytes[i]!;
  try {
    // node:crypto only here, on a keypair-shaped candidate: loading it costs every start 10-15 ms.
    const { createPrivateKey, createPublicKey } = require("node:crypto") as typeof import("node:crypto");
    const spki = createPublicKey(createPrivateKey({ key: Buffer.from(der), format: "der", type: "pkcs8" })).export({ format: "der", type: "spki" });
    const pub = spki.subarray(spki.length - 32);
    for (let i = 0; i < 32; i++) if (pub[i] !== bytes[32 + i]) return false;
    return true;
  } catch {
    return false;
  }
}

/** Base58Check payload (without the 4-byte checksum), or null when the checksum fails. */
export function base58Check(s: string): Uint8Array | null {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return null;
  const payload = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[raw.length - 4 + i]) return null;
  return payload;
}

/** Bitcoin WIF private key: version 0x80 (mainnet) or 0xef (testnet), 32-byte key (+0x01 compressed). */
export function wifValid(s: string): boolean {
  const p = base58Check(s);
  if (!p) return false;
  return (p[0] === 0x80 || p[0] === 0xef) && (p.length === 33 || (p.length === 34 && p[33] === 0x01));
}

/** BIP-32 extended private key (xprv/yprv/zprv/tprv…): 78-byte payload, key data starts with 0x00. */
export function extendedPrivateKeyValid(s: string): boolean {
  const p = base58Check(s);
  return p !== null && p.length === 78 && p[45] === 0;
}

/** Legacy P2PKH / P2SH Bitcoin address (version 0x00 / 0x05, 20-byte hash). */
export function btcBase58AddressValid(s: string): boolean {
  const p = base58Check(s);
  return p !== null && p.length === 21 && (p[0] === 0x00 || p[0] === 0x05);
}

const BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

function bech32Polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

/** Bech32 (BIP-173) or Bech32m (BIP-350) checksum. */
export function bech32Valid(s: string): boolean {
  const str = s.toLowerCase();
  if (str !== s && s.toUpperCase() !== s) return false;
  const pos = str.lastIndexOf("1");
  if (pos < 1 || pos + 7 > str.length || str.length > 90) return false;
  const hrp = str.slice(0, pos);
  const data: number[] = [];
  for (const ch of str.slice(pos + 1)) {
    const v = BECH32_CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const exp: number[] = [];
  for (const ch of hrp) exp.push(ch.charCodeAt(0) >> 5);
  exp.push(0);
  for (const ch of hrp) exp.push(ch.charCodeAt(0) & 31);
  const pm = bech32Polymod([...exp, ...data]);
  return pm === 1 || pm === 0x2bc830a3;
}

/** A secret-named slot right before a value: `X_TOKEN=`, `"api_key": "`, `password: '`, `key="X_TOKEN" value="`. */
const PAT_HANDED = /(?:instead|rotated|revoked|regenerated|new one|here(?:'s| is| you go)?|try this|use this)[^\n:]{0,20}:[ \t]*\r?\n?[ \t]*$/i;
const SECRET_SLOT_END = /(?:token|key|secret|passw(?:or)?d|credentials?|pat)(?:["'`]?[ \t]{0,4}[:=]|["'][ \t]{1,4}value[ \t]{0,4}=)[ \t]{0,4}["'`]?$/i;

function base64UrlToString(s: string): string | null {
  try {
    return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  } catch {
    return null;
  }
}

/**
 * A JWT whose header is a JSON object naming an `alg` and whose payload is a JSON object. A
 * header that says `"typ":"JWT"` vouches for an opaque payload too (40+ base64url characters
 * that are not JSON: a vendor's packed claims), so the API keys issued as such tokens count.
 */
function jsonOrUndefined(b64: string): unknown {
  try {
    return JSON.parse(base64UrlToString(b64) ?? "");
  } catch {
    return undefined;
  }
}

export function jwtValid(token: string, _match = "", before = ""): boolean {
  const parts = token.split(".");
  if (parts.length !== 3) return false;
  try {
    const header = JSON.parse(base64UrlToString(parts[0]!) ?? "");
    // A payload opening `eyJ` that is no JSON is opaque all the same (a vendor's random body after
    // a JSON-looking start), judged as an opaque payload is, never as a plain JWT.
    const eyj = parts[1]!.startsWith("eyJ");
    const payload = eyj ? jsonOrUndefined(parts[1]!) : undefined;
    if (typeof payload !== "object" || payload === null) {
      if (typeof header !== "object" || header === null || typeof header.alg !== "string" || parts[1]!.length < 40) return false;
      if (!eyj && /^jwt$/i.test(String(header.typ))) return true;
      // Another token type (`"typ":"PAT"`) with an opaque payload: a vendor's token when a secret-named
      // slot takes it (`export X_TOKEN=…`, `api_key: "…"`) and the payload is random, not text.
      // Or a personal access token (`"typ":"PAT"`, Calendly's) handed over in chat after a colon ("try this one instead, the old one was rotated:").
      return typeof header.typ === "string" && (SECRET_SLOT_END.test(before) || (/^pat$/i.test(header.typ) && PAT_HANDED.test(before))) && shannonEntropy(parts[1]!) >= 4.5;
    }
    return typeof header === "object" && header !== null && typeof header.alg === "string";
  } catch {
    return false;
  }
}

/** `Basic` credentials: base64 of `user:password` with a non-empty password. */
export function basicAuthValid(b64: string): boolean {
  const s = base64UrlToString(b64);
  if (s === null) return false;
  const i = s.indexOf(":");
  // An empty user name is allowed for a long opaque password: services that take a token as the
  // password (Azure DevOps PATs, API keys sent as Basic) leave the user empty.
  return (i > 0 || (i === 0 && s.length - 1 >= 20 && !/\s/.test(s))) && i < s.length - 1 && /^[\x20-\x7e]+$/.test(s);
}

/** The password of `Basic` credentials (base64 of `user:password`), or undefined. */
export function basicAuthPassword(b64: string): string | undefined {
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || !basicAuthValid(b64)) return undefined;
  const s = base64UrlToString(b64)!;
  return s.slice(s.indexOf(":") + 1);
}

/** `Basic` credentials that are not a demo pair (demo:demo, admin:admin, user:password). */
export function basicAuthRealistic(b64: string): boolean {
  if (!basicAuthValid(b64)) return false;
  const [user, ...rest] = Buffer.from(b64, "base64").toString("utf8").split(":");
  const pass = rest.join(":");
  return pass !== user && (!isGenericPlaceholder(pass) || isExampleValue(pass)) && !/^(?:demo|test|guest|admin|user|pass|1234|12345|123456|letmein|qwerty)$/i.test(pass);
}

/** `Basic` credentials whose password says it is an example (admin:FAKE-EXAMPLE-…): the rule's exampleAt. */
export function basicAuthExample(text: string, start: number, end: number): boolean {
  const b64 = /[A-Za-z0-9+/]+=*$/.exec(text.slice(start, end))?.[0] ?? "";
  const s = base64UrlToString(b64) ?? "";
  const pass = s.slice(s.indexOf(":") + 1);
  return isGenericPlaceholder(pass) && isExampleValue(pass);
}

/**
 * A DER-encoded ECDSA signature in base64 (P-256: `MEQCI…`, `MEUCI…`, `MEYCI…`, about 96
 * characters): SEQUENCE of two INTEGERs r and s, 68–72 bytes. What cosign, sigstore, Apple and
 * WebAuthn put in a "signature" field: public output of a private key, not a secret. A DER private
 * key starts with a version INTEGER of one byte (`02 01`), never a 32-byte one.
 */
export function ecdsaDerSignature(value: string): boolean {
  if (value.length < 90 || value.length > 100 || !/^ME[QUY]CI[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const b = Buffer.from(value, "base64");
  return b.length >= 68 && b.length <= 73 && b[0] === 0x30 && b[1]! >= 0x42 && b[1]! <= 0x46 && b[2] === 0x02 && b[3]! >= 0x1f && b[3]! <= 0x21;
}
