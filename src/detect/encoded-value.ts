// A whole value written in an encoding (base64, base64url, hex; its padding percent-encoded as in a
// query) whose bytes are one line of ASCII text: the text it stands for, to be judged as if written plainly.
import { bytesToText } from "./decode.ts";

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+={0,2}$/;
const HEX = /^(?:0x)?(?:(?:[0-9a-f]{2})+|(?:[0-9A-F]{2})+)$/;
const MAX_VALUE = 1024;

/** Every 4-character group opens with A-Z or a-f: its first byte is below 0x80 (random bytes pass one group in two). */
function quadsOpenAscii(v: string): boolean {
  for (let i = 0; i < v.length; i += 4) {
    const c = v.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Every byte's high digit is 2-7 (printable ASCII), but for a trailing line break. */
function hexPairsPrintable(digits: string): boolean {
  const end = digits.length - (/(?:0d)?0a$/i.exec(digits)?.[0].length ?? 0);
  for (let i = 0; i < end; i += 2) {
    const c = digits.charCodeAt(i);
    if (c < 50 || c > 55) return false;
  }
  return true;
}

/** One line of printable ASCII, a trailing line break (an `echo`'s) dropped; else null. */
function oneLine(bytes: Uint8Array): string | null {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 10) end--;
  if (end > 0 && bytes[end - 1] === 13) end--;
  if (end < 4) return null;
  for (let i = 0; i < end; i++) if (bytes[i]! < 0x20 || bytes[i]! > 0x7e) return null;
  return Buffer.from(bytes.subarray(0, end)).toString("latin1");
}

/** The text a whole base64, base64url or hex value encodes, when it is one printable line; else null. */
export function encodedText(value: string): string | null {
  if (value.length < 8 || value.length > MAX_VALUE + 6) return null;
  const v = value.endsWith("%3D") || value.endsWith("%3d") ? value.replace(/(?:%3[Dd]){1,2}$/, (m) => "=".repeat(m.length / 3)) : value;
  if (v.length > MAX_VALUE) return null;
  if (HEX.test(v)) {
    const digits = v.startsWith("0x") ? v.slice(2) : v;
    if (hexPairsPrintable(digits)) return oneLine(Buffer.from(digits, "hex"));
  }
  const body = v.replace(/=+$/, "");
  if (body.length % 4 === 1 || (v.length !== body.length && v.length % 4 !== 0) || !BASE64.test(v) || !quadsOpenAscii(body)) return null;
  return oneLine(Buffer.from(body, "base64"));
}

/** The text a whole base64, base64url or hex value encodes when it reads as text, lines and all (a `.env` file, JSON); else null. */
export function encodedDocument(value: string): string | null {
  if (value.length < 16 || value.length > 4 * MAX_VALUE) return null;
  if (HEX.test(value)) {
    const digits = value.startsWith("0x") ? value.slice(2) : value;
    return bytesToText(Buffer.from(digits, "hex"));
  }
  const body = value.replace(/=+$/, "");
  if (body.length % 4 === 1 || (value.length !== body.length && value.length % 4 !== 0) || !BASE64.test(value) || !quadsOpenAscii(body)) return null;
  return bytesToText(Buffer.from(body, "base64"));
}
