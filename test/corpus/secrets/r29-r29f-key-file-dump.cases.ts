// Round twenty-nine (held-out Y127's y127-k-018): a key file printed as a hex dump — xxd, hexdump -C,
// od -x of a file named for a key — its 16 to 64 bytes below the command. Benign: dumps of a public key,
// a certificate, a PEM file's ASCII, a firmware image longer than any key, a zero-filled key slot and a
// dump of a file not named for a key. Bytes drawn at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29f005);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29f-${id}`, kind: "secrets", category, label, text, note });
const pos = add("positive", "r29-key-file-dump");
const ben = add("benign", "r29-key-file-dump-benign");

const h2 = (b: number) => b.toString(16).padStart(2, "0");
const off = (i: number) => (i * 16).toString(16).padStart(8, "0");
/** xxd's layout: `00000000: 4d0f 6286 …  ascii`. */
const xxd = (bytes: Uint8Array) => {
  const lines: string[] = [];
  for (let i = 0; i * 16 < bytes.length; i++) {
    const row = [...bytes.slice(i * 16, i * 16 + 16)];
    const groups: string[] = [];
    for (let j = 0; j < row.length; j += 2) groups.push(h2(row[j]!) + (row[j + 1] === undefined ? "" : h2(row[j + 1]!)));
    lines.push(`${off(i)}: ${groups.join(" ")}  ${row.map((b) => (b >= 32 && b < 127 && b !== 92 && b !== 34 ? String.fromCharCode(b) : ".")).join("")}`);
  }
  return lines.join("\n");
};
/** hexdump -C's layout: `00000000  4d 0f …  |ascii|` and a closing offset line. */
const hexC = (bytes: Uint8Array) => {
  const lines: string[] = [];
  for (let i = 0; i * 16 < bytes.length; i++) {
    const row = [...bytes.slice(i * 16, i * 16 + 16)];
    lines.push(`${off(i)}  ${row.slice(0, 8).map(h2).join(" ")}  ${row.slice(8).map(h2).join(" ")}  |${row.map((b) => (b >= 32 && b < 127 && b !== 92 && b !== 34 && b !== 124 ? String.fromCharCode(b) : ".")).join("")}|`);
  }
  return lines.join("\n") + "\n" + bytes.length.toString(16).padStart(8, "0");
};

pos("dump-xxd-aes", "xxd of an AES key file", `$ openssl rand -out aes256.key 32\n$ xxd aes256.key\n${xxd(r.bytes(32))}\n`);
pos("dump-hexc-psk", "hexdump -C of a PSK file in chat", JSON.stringify({ messages: [{ role: "user", content: `is 16 bytes enough?\n\n$ hexdump -C device_psk.bin\n${hexC(r.bytes(16))}\n` }] }));
pos("dump-lora", "xxd of a LoRa AppKey file via a shell tool", JSON.stringify({ command: "xxd provisioning/appkey.bin", stdout: xxd(r.bytes(16)) + "\n" }));
pos("dump-secureboot", "xxd of a secure-boot signing HMAC key", `root@builder:~# xxd -g 2 hmac_secret.bin\n${xxd(r.bytes(32))}\nroot@builder:~#`);
pos("dump-nvs", "hexdump -C of an NVS encryption key file", `hexdump -C keys/nvs_key.bin\n${hexC(r.bytes(64))}\n`);
pos("dump-wg", "xxd of a 32-byte symmetric key file, path with dirs", `$ xxd /etc/tunnel/session.key\n${xxd(r.bytes(32))}\n$ systemctl restart tunnel`);

ben("dump-pub", "xxd of a public key file", `$ xxd signer_pub.key\n${xxd(r.bytes(32))}\n`);
ben("dump-pem", "xxd of a PEM file (ASCII)", `$ xxd server.key\n${xxd(new TextEncoder().encode("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHD"))}\n`);
ben("dump-firmware", "xxd of a firmware image, longer than a key", `$ xxd bootloader_key_slot.bin | head\n${xxd(r.bytes(160))}\n`);
ben("dump-zero", "an unprovisioned, zero-filled key slot", `$ xxd efuse_key_block.bin\n${xxd(new Uint8Array(32))}\n`);
ben("dump-nokey", "xxd of a file not named for a key", `$ xxd sensor_frame.bin\n${xxd(r.bytes(32))}\n`);
ben("dump-cert", "hexdump -C of a certificate's DER head", `$ hexdump -C client_cert_key_id.crt\n${hexC(r.bytes(32))}\n`);

export { cases };
