// Generators for the secrets corpus. Every positive is assembled at run time from a seeded PRNG so
// the repository never holds a string that looks like a live credential. Nothing here reads the
// detector: formats follow the providers' documented token shapes and the relevant standards
// (Luhn, ISO 13616 mod-97, BIP-39, Base58Check, BIP-173/350 bech32, EIP-55, RFC 7519, RFC 4880).
import { createHash } from "node:crypto";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import type { CorpusCase } from "../types.ts";
import { SeededRng } from "../../helpers/prng.ts";

export const DIGITS = "0123456789";
export const HEX = "0123456789abcdef";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const ALNUM = UPPER + LOWER + DIGITS;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const BASE32 = UPPER + "234567";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Deterministic PRNG (the shared mulberry32) with helpers. */
export class Rng extends SeededRng {
  hex(n: number): string {
    return this.str(n, HEX);
  }
  HEX(n: number): string {
    return this.str(n, HEX.toUpperCase());
  }
  alnum(n: number): string {
    return this.str(n, ALNUM);
  }
  digits(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DIGITS);
  }
  b64url(n: number): string {
    return this.str(n, B64URL);
  }
  /** Standard base64 of n random bytes (with padding). */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  uuid(): string {
    const h = this.hex(32).split("");
    h[12] = "4";
    h[16] = "89ab"[this.int(4)]!;
    const s = h.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  /** A plausible password a person would type: words, digits, symbols. */
  password(): string {
    const w = this.pick(["Summer", "Tiger", "Rocket", "Monkey", "Falcon", "Dragon", "Winter", "Coffee", "Purple", "Harbor"]);
    const v = this.int(4);
    if (v === 0) return w + this.digits(4) + this.pick(["!", "#", "$", "@", "%"]);
    if (v === 1) return this.str(6, LOWER) + this.pick(["_", "-", "."]) + this.str(4, UPPER) + this.digits(3) + this.pick(["!", "*", "&"]);
    if (v === 2) return this.str(20, ALNUM + "!#%^*");
    return w.toLowerCase() + this.pick(["", "-", "."]) + this.pick(["Blue", "Fox", "Lamp", "Moss"]) + this.digits(2) + this.str(3, ALNUM);
  }
}

export const sha256 = (b: Uint8Array | string): Buffer => createHash("sha256").update(b).digest();

// ---------------------------------------------------------------- checksums / encodings

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, "utf8")) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}

/** GitHub-style token: prefix + 30 random base62 chars + 6-char base62 CRC32 of the random part. */
export function checksummedToken(r: Rng, prefix: string, randLen = 30): string {
  const body = r.alnum(randLen);
  return prefix + body + base62(crc32(body), 6);
}

export function base58(bytes: Uint8Array): string {
  let n = BigInt("0x" + (Buffer.from(bytes).toString("hex") || "0"));
  let s = "";
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = "1" + s;
  }
  return s;
}

export function base58check(payload: Uint8Array): string {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return base58(Buffer.concat([Buffer.from(payload), chk]));
}

const BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32Polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
}
function convertBits(data: Uint8Array, from: number, to: number): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & maxv);
    }
  }
  if (bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
/** Segwit address: witness v0 -> bech32, v1+ -> bech32m (BIP-173 / BIP-350). */
export function segwitAddress(hrp: string, version: number, program: Uint8Array): string {
  const data = [version, ...convertBits(program, 8, 5)];
  const hrpExp = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const konst = version === 0 ? 1 : 0x2bc830a3;
  const pm = bech32Polymod([...hrpExp, ...data, 0, 0, 0, 0, 0, 0]) ^ konst;
  const chk: number[] = [];
  for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...chk].map((d) => BECH32_CHARSET[d]).join("");
}

// Keccak-256 (the pre-standard padding Ethereum uses), for EIP-55 checksummed addresses.
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn, 0x0000000080000001n,
  0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an,
  0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n,
  0x000000000000800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, n: number) => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & M64);
export function keccak256(input: Uint8Array): Buffer {
  const rate = 136;
  const padded = new Uint8Array(Math.ceil((input.length + 1) / rate) * rate);
  padded.set(input);
  padded[input.length] = 0x01;
  padded[padded.length - 1] = padded[padded.length - 1]! | 0x80;
  const s: bigint[] = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let b = 7; b >= 0; b--) lane = (lane << 8n) | BigInt(padded[off + i * 8 + b]!);
      s[i] = s[i]! ^ lane;
    }
    for (let round = 0; round < 24; round++) {
      const c = [0, 1, 2, 3, 4].map((x) => s[x]! ^ s[x + 5]! ^ s[x + 10]! ^ s[x + 15]! ^ s[x + 20]!);
      for (let x = 0; x < 5; x++) {
        const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
        for (let y = 0; y < 25; y += 5) s[x + y] = s[x + y]! ^ d;
      }
      const b: bigint[] = new Array(25).fill(0n);
      for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(s[x + 5 * y]!, ROT[x + 5 * y]!);
      for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) s[x + 5 * y] = b[x + 5 * y]! ^ (~b[((x + 1) % 5) + 5 * y]! & M64 & b[((x + 2) % 5) + 5 * y]!);
      s[0] = s[0]! ^ RC[round]!;
    }
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((s[i]! >> BigInt(8 * b)) & 0xffn);
  return out;
}

export function eip55(addrHex40: string): string {
  const lower = addrHex40.toLowerCase();
  const h = keccak256(Buffer.from(lower, "ascii")).toString("hex");
  return "0x" + [...lower].map((ch, i) => (parseInt(h[i]!, 16) >= 8 ? ch.toUpperCase() : ch)).join("");
}

// ---------------------------------------------------------------- PII

export function luhnCheckDigit(partial: string): number {
  let sum = 0;
  const rev = [...partial].reverse();
  rev.forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}
export function luhnValid(num: string): boolean {
  const d = num.replace(/\D/g, "");
  return luhnCheckDigit(d.slice(0, -1)) === Number(d.slice(-1));
}
/** A Luhn-valid card number starting with `prefix`, `len` digits long. */
export function card(r: Rng, prefix: string, len: number): string {
  const partial = prefix + r.str(len - prefix.length - 1, DIGITS);
  return partial + luhnCheckDigit(partial);
}
export function cardInvalid(r: Rng, prefix: string, len: number): string {
  const c = card(r, prefix, len);
  const last = Number(c.slice(-1));
  return c.slice(0, -1) + String((last + 1 + r.int(8)) % 10);
}
export function groupCard(n: string, sep = " "): string {
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}
const ibanNumeric = (s: string) => [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");
export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(ibanNumeric(bban + country + "00"));
  return country + String(check).padStart(2, "0") + bban;
}
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, "");
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}
export function iban(r: Rng, country: string): string {
  switch (country) {
    case "DE":
      return ibanFromBban("DE", r.str(8, DIGITS) + r.str(10, DIGITS));
    case "GB":
      return ibanFromBban("GB", r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.str(6, DIGITS) + r.str(8, DIGITS));
    case "FR": {
      const bank = r.str(5, DIGITS);
      const branch = r.str(5, DIGITS);
      const acct = r.str(11, DIGITS);
      const rib = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
      return ibanFromBban("FR", bank + branch + acct + String(rib).padStart(2, "0"));
    }
    case "NL":
      return ibanFromBban("NL", r.pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + r.str(10, DIGITS));
    case "ES":
      return ibanFromBban("ES", r.str(20, DIGITS));
    case "IT":
      return ibanFromBban("IT", r.str(1, UPPER) + r.str(10, DIGITS) + r.str(12, DIGITS));
    case "CH":
      return ibanFromBban("CH", r.str(5, DIGITS) + r.str(12, DIGITS));
    case "BE": {
      const ten = r.str(10, DIGITS);
      const c = Number(BigInt(ten) % 97n) || 97;
      return ibanFromBban("BE", ten + String(c).padStart(2, "0"));
    }
    case "AT":
      return ibanFromBban("AT", r.str(16, DIGITS));
    case "PL":
      return ibanFromBban("PL", r.str(24, DIGITS));
    default:
      throw new Error("no BBAN format for " + country);
  }
}
export function groupIban(s: string): string {
  return s.match(/.{1,4}/g)!.join(" ");
}
/** A US SSN in the issued ranges: area 001-899 minus 666, group 01-99, serial 0001-9999. */
export function ssn(r: Rng, sep = "-"): string {
  let area = r.range(1, 899);
  if (area === 666) area = 667;
  const group = r.range(1, 99);
  const serial = r.range(1, 9999);
  return [String(area).padStart(3, "0"), String(group).padStart(2, "0"), String(serial).padStart(4, "0")].join(sep);
}

// ---------------------------------------------------------------- crypto wallets

export const WORDS: readonly string[] = wordlist;

function entropyToWords(entropy: Uint8Array): string[] {
  const csBits = (entropy.length * 8) / 32;
  const hash = sha256(entropy);
  let bits = [...entropy].map((b) => b.toString(2).padStart(8, "0")).join("");
  bits += [...hash].map((b) => b.toString(2).padStart(8, "0")).join("").slice(0, csBits);
  const out: string[] = [];
  for (let i = 0; i < bits.length; i += 11) out.push(WORDS[parseInt(bits.slice(i, i + 11), 2)]!);
  return out;
}
export function mnemonicValid(words: string[]): boolean {
  if (![12, 15, 18, 21, 24].includes(words.length)) return false;
  const idx = words.map((w) => WORDS.indexOf(w));
  if (idx.some((i) => i < 0)) return false;
  const bits = idx.map((i) => i.toString(2).padStart(11, "0")).join("");
  const entBits = (bits.length * 32) / 33;
  const ent = new Uint8Array(entBits / 8);
  for (let i = 0; i < ent.length; i++) ent[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return bits.slice(entBits) === [...sha256(ent)].map((b) => b.toString(2).padStart(8, "0")).join("").slice(0, entBits / 32);
}
/** A BIP-39 mnemonic with a valid checksum (12 words = 128-bit entropy, 24 = 256). */
export function mnemonic(r: Rng, n: 12 | 15 | 18 | 21 | 24 = 12): string {
  return entropyToWords(r.bytes((n * 11 * 32) / 33 / 8)).join(" ");
}
/** True when any contiguous 12/15/18/21/24-word window of `words` is a valid mnemonic. */
export function hasValidWindow(words: string[]): boolean {
  for (const len of [12, 15, 18, 21, 24]) for (let i = 0; i + len <= words.length; i++) if (mnemonicValid(words.slice(i, i + len))) return true;
  return false;
}
/** Wordlist words with no valid BIP-39 checksum anywhere (whole sequence and every sub-window). */
export function mnemonicInvalid(r: Rng, n: number): string {
  for (;;) {
    const w = Array.from({ length: n }, () => r.pick(WORDS));
    if (!hasValidWindow(w)) return w.join(" ");
  }
}
export function wif(r: Rng, compressed = true, testnet = false): string {
  const key = r.bytes(32);
  key[0] = key[0]! & 0x7f; // stay below the curve order
  const parts = [Buffer.from([testnet ? 0xef : 0x80]), Buffer.from(key)];
  if (compressed) parts.push(Buffer.from([0x01]));
  return base58check(Buffer.concat(parts));
}
const XPRV_VERSIONS: Record<string, number> = { xprv: 0x0488ade4, tprv: 0x04358394, yprv: 0x049d7878, zprv: 0x04b2430c };
const XPUB_VERSIONS: Record<string, number> = { xpub: 0x0488b21e, tpub: 0x043587cf, ypub: 0x049d7cb2, zpub: 0x04b24746 };
/** BIP-32 extended private key: 78-byte payload, Base58Check. */
export function xprv(r: Rng, kind: "xprv" | "tprv" | "yprv" | "zprv" = "xprv", depth = 0): string {
  const b = Buffer.alloc(78);
  b.writeUInt32BE(XPRV_VERSIONS[kind]!, 0);
  b[4] = depth;
  if (depth > 0) {
    Buffer.from(r.bytes(4)).copy(b, 5);
    b.writeUInt32BE((0x80000000 | r.int(5)) >>> 0, 9);
  }
  Buffer.from(r.bytes(32)).copy(b, 13);
  b[45] = 0;
  const key = r.bytes(32);
  key[0] = key[0]! & 0x7f;
  Buffer.from(key).copy(b, 46);
  return base58check(b);
}
export function xpub(r: Rng, kind: "xpub" | "tpub" | "ypub" | "zpub" = "xpub", depth = 3): string {
  const b = Buffer.alloc(78);
  b.writeUInt32BE(XPUB_VERSIONS[kind]!, 0);
  b[4] = depth;
  Buffer.from(r.bytes(4)).copy(b, 5);
  b.writeUInt32BE((0x80000000 | r.int(5)) >>> 0, 9);
  Buffer.from(r.bytes(32)).copy(b, 13);
  b[45] = 2 + r.int(2);
  Buffer.from(r.bytes(32)).copy(b, 46);
  return base58check(b);
}
export function btcP2pkh(r: Rng): string {
  return base58check(Buffer.concat([Buffer.from([0x00]), Buffer.from(r.bytes(20))]));
}
export function btcP2sh(r: Rng): string {
  return base58check(Buffer.concat([Buffer.from([0x05]), Buffer.from(r.bytes(20))]));
}
export function btcBech32(r: Rng, taproot = false): string {
  return taproot ? segwitAddress("bc", 1, r.bytes(32)) : segwitAddress("bc", 0, r.bytes(20));
}
export function ethAddress(r: Rng): string {
  return eip55(r.hex(40));
}
export function ethKey(r: Rng): string {
  return "7" + r.hex(63);
}

// ---------------------------------------------------------------- JWT / PEM / SSH / PGP

export const b64url = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");

export function jwt(r: Rng, header: object, payload: object): string {
  const alg = (header as { alg?: string }).alg ?? "HS256";
  const sigLen = alg.startsWith("RS") || alg.startsWith("PS") ? 256 : alg === "ES256" ? 64 : alg === "ES384" ? 96 : alg === "HS512" ? 64 : 32;
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(r.bytes(sigLen))}`;
}

export const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");

const DASH5 = "-".repeat(5);
export const pemArmor = (label: string, body: string) => `${DASH5}BEGIN ${label}${DASH5}\n${wrap(body, 64)}\n${DASH5}END ${label}${DASH5}`;
/** Private-key PEM with a random DER-ish body of realistic length for the key type. */
export function pemPrivate(r: Rng, kind: "RSA" | "EC" | "PKCS8" | "DSA" | "ENCRYPTED" | "RSA2048"): string {
  const label = (k: string) => k + " " + "PRIV" + "ATE KEY";
  if (kind === "EC") return pemArmor(label("EC"), "MHcCAQEEI" + r.b64bytes(115).slice(0, 112) + "==");
  if (kind === "DSA") return pemArmor(label("DSA"), "MIIBuwIBAAKBgQ" + r.b64bytes(430).slice(0, 570));
  if (kind === "PKCS8") return pemArmor(label("").trim(), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + r.b64bytes(1190).slice(0, 1590) + "=");
  if (kind === "ENCRYPTED") return pemArmor(label("ENCRYPTED"), "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + r.b64bytes(1230).slice(0, 1640));
  return pemArmor(label("RSA"), "MIIEpAIBAAKCAQEA" + r.b64bytes(1180).slice(0, 1572) + "==");
}

const sshString = (b: Uint8Array | string) => {
  const buf = typeof b === "string" ? Buffer.from(b) : Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
/** An unencrypted OpenSSH private key (openssh-key-v1) with the real structure and random key bytes. */
export function opensshPrivate(r: Rng, comment = "deploy@ci"): string {
  const pub = r.bytes(32);
  const pubBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(pub)]);
  const check = u32(r.int(0xffffffff));
  let priv = Buffer.concat([check, check, sshString("ssh-ed25519"), sshString(pub), sshString(Buffer.concat([Buffer.from(r.bytes(32)), Buffer.from(pub)])), sshString(comment)]);
  for (let i = 1; priv.length % 8 !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  const body = Buffer.concat([Buffer.from("openssh-key-v1\0"), sshString("none"), sshString("none"), sshString(""), u32(1), sshString(pubBlob), sshString(priv)]);
  const label = "OPENSSH " + "PRIV" + "ATE KEY";
  return `${DASH5}BEGIN ${label}${DASH5}\n${wrap(body.toString("base64"), 70)}\n${DASH5}END ${label}${DASH5}`;
}
export function opensshPrivateRsa(r: Rng): string {
  const label = "OPENSSH " + "PRIV" + "ATE KEY";
  const body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn" + r.b64bytes(1800).slice(0, 2380);
  return `${DASH5}BEGIN ${label}${DASH5}\n${wrap(body, 70)}\n${DASH5}END ${label}${DASH5}`;
}
export function sshPublic(r: Rng, type: "rsa" | "ed25519" | "ecdsa", comment: string): string {
  if (type === "ed25519") return `ssh-ed25519 ${Buffer.concat([sshString("ssh-ed25519"), sshString(r.bytes(32))]).toString("base64")} ${comment}`;
  if (type === "ecdsa") {
    const pt = Buffer.concat([Buffer.from([4]), Buffer.from(r.bytes(64))]);
    return `ecdsa-sha2-nistp256 ${Buffer.concat([sshString("ecdsa-sha2-nistp256"), sshString("nistp256"), sshString(pt)]).toString("base64")} ${comment}`;
  }
  const mod = Buffer.concat([Buffer.from([0]), Buffer.from(r.bytes(384))]);
  mod[1] = mod[1]! | 0x80;
  return `ssh-rsa ${Buffer.concat([sshString("ssh-rsa"), sshString(Buffer.from([1, 0, 1])), sshString(mod)]).toString("base64")} ${comment}`;
}

function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const b of data) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
/** ASCII-armored OpenPGP block with random packet bytes and a correct CRC-24 line. */
export function pgpBlock(r: Rng, kind: "PRIVATE" | "PUBLIC", nbytes = 1800): string {
  const data = Buffer.from(r.bytes(nbytes));
  data[0] = kind === "PRIVATE" ? 0x95 : 0x99; // old-format secret-key / public-key packet tag
  const c = Buffer.from([(crc24(data) >> 16) & 0xff, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff]).toString("base64");
  const label = kind === "PRIVATE" ? "PGP " + "PRIV" + "ATE KEY BLOCK" : "PGP PUBLIC KEY BLOCK";
  return `${DASH5}BEGIN ${label}${DASH5}\n\n${wrap(data.toString("base64"), 64)}\n=${c}\n${DASH5}END ${label}${DASH5}`;
}

// ---------------------------------------------------------------- case builders

export function builder(defaults: { category: string; expect?: string }) {
  const cases: CorpusCase[] = [];
  const add = (label: "positive" | "benign", id: string, text: string, note?: string, category = defaults.category, expect?: string) => {
    const c: CorpusCase = { id: "sec-" + id, kind: "secrets", category, label, text };
    const e = label === "positive" ? (expect ?? defaults.expect) : undefined;
    if (e) c.expect = e;
    if (note) c.note = note;
    cases.push(c);
  };
  return {
    cases,
    pos: (id: string, note: string, text: string, category?: string, expect?: string) => add("positive", id, text, note, category, expect),
    ben: (id: string, note: string, text: string, category?: string) => add("benign", id, text, note, category),
  };
}

/** RFC 4648 base32 (upper case, padded). */
export function base32(bytes: Uint8Array): string {
  const A = BASE32;
  let bits = 0, acc = 0, out = "";
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) { out += A[(acc >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += A[(acc << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}
