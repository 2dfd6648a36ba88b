// Round twenty-nine (held-out Y127's y127-k-016, k-017): a symmetric key written as the bytes of an
// array under a key's name — a LoRaWAN session key in a sketch, a DTLS pre-shared key in a C header,
// AES keys as Rust, Go, Kotlin, C#, Python and JS byte lists. Benign: the same construct holding a
// public key, a device EUI, a key id, counting bytes, zeros or a repeated word. Bytes drawn at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29f001);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29f-${id}`, kind: "secrets", category, label, text, note });
const pos = add("positive", "r29-key-byte-array");
const ben = add("benign", "r29-key-byte-array-benign");

const bytes = (n: number) => Array.from(r.bytes(n), (b) => "0x" + b.toString(16).padStart(2, "0").toUpperCase());
const list = (n: number, perLine = 8, indent = "    ") => {
  const b = bytes(n);
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += perLine) lines.push(indent + b.slice(i, i + perLine).join(", "));
  return lines.join(",\n");
};

pos("kba-lmic-nwkskey", "ABP session key in an LMIC sketch", `// ABP\nstatic const PROGMEM u1_t NWKSKEY[16] = {\n${list(16)}\n};\nstatic const u4_t DEVADDR = 0x260B${r.HEX(4)};\n`);
pos("kba-dtls-psk-chat", "DTLS PSK in a header pasted in chat", JSON.stringify({ messages: [{ role: "user", content: `why does the handshake fail?\n\nconst uint8_t dtls_psk[32] = {\n${list(32)}\n};` }] }));
pos("kba-rust-aes", "AES-256 key as a Rust const", `pub const MASTER_KEY: [u8; 32] = [\n${list(32)}\n];\n`);
pos("kba-go-bytes", "HMAC secret as a Go byte slice", `var hmacSecret = []byte{${bytes(24).join(", ")}}\n`);
pos("kba-kotlin", "Kotlin byteArrayOf with toByte() on high bytes", `private val encryptionKey = byteArrayOf(${Array.from(r.bytes(16), (b) => "0x" + b.toString(16).padStart(2, "0").toUpperCase() + (b > 127 ? ".toByte()" : "")).join(", ")})`);
pos("kba-csharp", "C# new byte[] initialiser", `private static readonly byte[] AesKey = new byte[] { ${bytes(16).join(", ")} };`);
pos("kba-python", "Python bytes([…]) in a tool call", JSON.stringify({ path: "firmware/provision.py", content: `APP_KEY = bytes([${bytes(16).join(", ").toLowerCase()}])\n` }));
pos("kba-js-uint8", "JS Uint8Array key", `const sharedKey = new Uint8Array([${bytes(32).join(",")}]);`);

ben("kba-pubkey", "a server's public key as bytes", `static const uint8_t server_public_key[32] = {\n${list(32)}\n};`);
ben("kba-ed25519-pk", "Rust verifying key (public)", `const VERIFYING_KEY: [u8; 32] = [${bytes(32).join(", ")}];`);
ben("kba-deveui", "LoRaWAN DevEUI and JoinEUI (ids, no key name)", `static const u1_t PROGMEM DEVEUI[8] = { ${bytes(8).join(", ")} };\nstatic const u1_t PROGMEM JOINEUI[8] = { ${bytes(8).join(", ")} };`);
ben("kba-counting", "counting bytes as a test key", `uint8_t key[16] = { ${Array.from({ length: 16 }, (_, i) => "0x" + i.toString(16).padStart(2, "0")).join(", ")} };`);
ben("kba-zeros", "an all-zero key to be filled at provisioning", `static uint8_t appkey[16] = { ${Array(16).fill("0x00").join(", ")} };`);
ben("kba-deadbeef", "a repeated marker word", `unsigned char key[16] = { ${Array(4).fill("0xDE, 0xAD, 0xBE, 0xEF").join(", ")} };`);
ben("kba-key-id", "a key's id as bytes", `static const uint8_t key_id_bytes[16] = { ${bytes(16).join(", ")} };`);
ben("kba-test-vector", "a named test vector", `// RFC test vector\nstatic const uint8_t test_key[16] = { ${bytes(16).join(", ")} };`);
ben("kba-keycodes", "HID keycodes table (no key name at its end)", `static const uint8_t keycodes[16] = { ${bytes(16).join(", ")} };`);

export { cases };
