// A key file shown as a hex dump: `xxd key.bin`, `hexdump -C psk.bin`, `od -An -tx1 secret.key` run on
// a file named for a key (an ESP32 flash-encryption key, a LoRa or TLS key generated to a file), its
// 16 to 64 bytes printed below. The dump splits the bytes into 2- and 4-digit groups no value rule
// reads. A dump longer than a key (a firmware image), of a public key or certificate, or of text
// (a PEM file's ASCII) stays quiet.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";

const NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;
/** A group of 2 or 4 hex digits, ended by a blank or the line's end. */
const GROUP = String.raw`[ \t]{1,2}[0-9a-fA-F]{2}(?:[0-9a-fA-F]{2})?(?![^ \t\r\n\\])`;
/**
 * One dump line: an offset, then hex in groups of 2 or 4 (the ASCII column after it is skipped).
 * The groups are taken whole and all of them (no group may follow): a group split in two, or
 * left to the ASCII column, gave each line a dozen readings, and a dump one line too long
 * backtracked through all of their products (~500 ms on five lines).
 */
const LINE = String.raw`[0-9a-fA-F]{7,8}:?(?:${GROUP}){1,16}(?!${GROUP})[^\n\\]{0,40}`;
const PATTERN = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?:xxd|hexdump|od)(?:[ \t]+-[A-Za-z0-9]+(?:[ \t]+\d{1,3})?)*[ \t]+([^\s;|&"'\\]{0,80}(?:key|psk|secret)[^\s;|&"'\\]{0,40})[^\n\\]{0,40}(?:${NL}|")((?:${LINE}(?:${NL}|$)){1,4})(?![ \t]*${LINE})`,
  "i",
);
const NOT_SECRET_FILE = /pub|public|\.crt|\.cer|cert|\.pem|\.asc|\.gpg|keyring|keychain|keymap|keyboard|hotkey/i;
const OFFSET = /^[ \t]*[0-9a-fA-F]{7,8}:?/;

/** The dump's bytes, from each line's hex groups (offset and ASCII column left out). */
function dumpBytes(dump: string): number[] {
  const out: number[] = [];
  for (const line of dump.split(/\r?\n|(?:\\r)?\\n/)) {
    const body = line.replace(OFFSET, "");
    for (const g of body.matchAll(/(?<=^|[ \t])([0-9a-fA-F]{2}|[0-9a-fA-F]{4})(?=[ \t]|$)/g)) {
      const h = g[1]!;
      for (let i = 0; i < h.length; i += 2) out.push(parseInt(h.slice(i, i + 2), 16));
      if (out.length > 80) return out;
    }
  }
  return out;
}

function keyDump(file: string, dump: string): boolean {
  if (NOT_SECRET_FILE.test(file)) return false;
  const bytes = dumpBytes(dump);
  if (bytes.length < 16 || bytes.length > 64) return false;
  const printable = bytes.filter((b) => b >= 32 && b < 127).length;
  return new Set(bytes).size >= Math.ceil(bytes.length * 0.6) && printable < bytes.length * 0.8;
}

export const KEY_FILE_DUMP_RULES: Rule[] = [
  defineRule({ id: "key-file-hex-dump", anchored: true, description: "Key file printed as a hex dump (xxd, hexdump, od) of its 16-64 bytes", keywords: ["xxd", "hexdump", "od "],
    pattern: PATTERN, secretGroup: 2, validate: (s, m) => keyDump(m.slice(0, m.length - s.length), s), placeholder: "off", severity: "high", confidence: "medium", tags: ["keys"], before: 0, after: 700 }),
];
