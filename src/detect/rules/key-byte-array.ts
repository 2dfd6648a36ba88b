// A symmetric key written out as the bytes of an array: a LoRaWAN AppKey/NwkSKey in an Arduino
// sketch, a TLS/DTLS pre-shared key in a C header, an AES key as a Rust `[u8; 32]`, a Go `[]byte{…}`,
// a Java/Kotlin/C#/Swift/JS byte array. Each byte is `0x`-hex and the list has no token a value rule
// could read; the declaration's name (ending in key, psk or secret) and 16 to 64 varied bytes make it
// a key. Public keys, ids (DevEUI), key ids and test patterns (zeros, counting bytes, a repeated word) stay quiet.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";
import { lesser } from "../bounds.ts";
import { nextMatchFinder } from "../next-match.ts";

const WS = String.raw`(?:[ \t\r\n]|\\[nrt])*`;
const BYTE = String.raw`(?:\((?:byte|u?int8_t|uint8|u8|char)\)${WS})?0x[0-9a-fA-F]{2}(?:\.toByte\(\)|u8)?`;
/** From the name's end: a declaration (size, type, `new byte[]`, `bytes(`) within one line, its opening bracket, 16–64 bytes. */
const PATTERN = new RegExp(
  String.raw`(?:key|psk|secret)(?![A-Za-z0-9_])[^=\n]{0,40}?:?=[^;\n]{0,40}?[\[{(]${WS}((?:${BYTE}${WS},${WS}){15,63}${BYTE})(?![0-9a-zA-Z])`,
  "i",
);

/** The declared name ending at the keyword: public halves, ids and test data are no secret. */
const NOT_SECRET_NAME = /pub|public|verif|(?:^|_)(?:pk|id|kid)_|hotkey|monkey|turkey|donkey|test|example|sample|dummy|fake|mock|expected|known/i;
const NAME_HEAD = /[A-Za-z0-9_$]*$/;

/** Bytes drawn at random: most values distinct, no constant step (00 01 02 …) and no short repeated word. */
function variedBytes(list: string): boolean {
  const bytes = [...list.matchAll(/0x([0-9a-f]{2})/gi)].map((m) => parseInt(m[1]!, 16));
  const n = bytes.length;
  if (new Set(bytes).size < Math.ceil(n * 0.6)) return false;
  const step = (bytes[1]! - bytes[0]! + 256) % 256;
  return !bytes.every((b, i) => i === 0 || (b - bytes[i - 1]! + 256) % 256 === step);
}

const namedKey = (before: string, match: string) => {
  const name = (before.match(NAME_HEAD)?.[0] ?? "") + match.slice(0, match.search(/(?<=key|psk|secret)/i));
  return !NOT_SECRET_NAME.test(name);
};

const nextHex = nextMatchFinder(/0[xX]/g);
/** Cheap test at the keyword: an `0x` within the next 120 characters. */
const hexAhead = (text: string, end: number) => nextHex(text, end).at < lesser(text.length - 1, end + 120);

export const KEY_BYTE_ARRAY_RULES: Rule[] = [
  defineRule({ id: "key-byte-array", anchored: true, description: "Symmetric key or pre-shared key written as a byte array under a key's name (C/Arduino, Rust, Go, Java, Kotlin, C#, Swift, JS)",
    keywords: ["key", "psk", "secret"], ahead: hexAhead,
    pattern: PATTERN, validate: (s, m, before) => variedBytes(s) && namedKey(before, m), placeholder: "off", severity: "high", confidence: "medium", tags: ["keys"], before: 48, after: 900 }),
];
