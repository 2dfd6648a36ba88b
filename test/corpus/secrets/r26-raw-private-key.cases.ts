// Round twenty-six (held-out Y115's y115-k-006): a private key as bare base64 of its DER, no PEM
// armour (PKCS#8 RSA/EC/Ed25519, PKCS#1 RSA, SEC1 EC), under any name. Benign: a public key's and a
// certificate's DER, an encrypted PKCS#8, a key's header cut to one short line, random base64. A PKCS#12
// keystore counts (round twenty-seven).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c006);
const b = builder({ category: "r26-raw-private-key" });
const bb = builder({ category: "r26-raw-private-key-benign" });

const len = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
const tlv = (tag: number, ...parts: number[][]) => { const c = parts.flat(); return [tag, ...len(c.length), ...c]; };
const hex = (h: string) => Array.from(Buffer.from(h, "hex"));
const rnd = (n: number) => Array.from(r.bytes(n));
const b64 = (bytes: number[]) => Buffer.from(bytes).toString("base64");
const int = (bytes: number[]) => tlv(0x02, bytes);
const ver = (v: number) => int([v]);
const rsaAlg = tlv(0x30, tlv(0x06, hex("2a864886f70d010101")), [0x05, 0x00]);
const pkcs1 = (bits: number) => tlv(0x30, ver(0), int([0, ...rnd(bits / 8)]), int([1, 0, 1]), int([0, ...rnd(bits / 8)]), int([0, ...rnd(bits / 16)]), int([0, ...rnd(bits / 16)]), int(rnd(bits / 16)), int(rnd(bits / 16)), int(rnd(bits / 16)));
const pkcs8Rsa = (bits: number) => tlv(0x30, ver(0), rsaAlg, tlv(0x04, pkcs1(bits)));
const ecP256 = () => tlv(0x30, ver(1), tlv(0x04, rnd(32)), tlv(0xa1, tlv(0x03, [0, 4, ...rnd(64)])));
const pkcs8Ec = () => tlv(0x30, ver(0), tlv(0x30, tlv(0x06, hex("2a8648ce3d0201")), tlv(0x06, hex("2a8648ce3d030107"))), tlv(0x04, ecP256()));
const sec1 = () => tlv(0x30, ver(1), tlv(0x04, rnd(32)), tlv(0xa0, tlv(0x06, hex("2a8648ce3d030107"))), tlv(0xa1, tlv(0x03, [0, 4, ...rnd(64)])));
const ed25519 = () => tlv(0x30, ver(0), tlv(0x30, tlv(0x06, hex("2b6570"))), tlv(0x04, tlv(0x04, rnd(32))));
const spki = (bits: number) => tlv(0x30, rsaAlg, tlv(0x03, [0, ...tlv(0x30, int([0, ...rnd(bits / 8)]), int([1, 0, 1]))]));

b.pos("r26-rder-alipay-yaml", "Alipay merchant key in Spring YAML", `alipay:\n  app-id: 20210${r.digits(11)}\n  merchant-private-key: ${b64(pkcs8Rsa(2048))}\n`);
b.pos("r26-rder-env-pkcs1", "PKCS#1 RSA key in an env var", `JWT_SIGNING_KEY=${b64(pkcs1(2048))}\n`);
b.pos("r26-rder-json-4096", "PKCS#8 RSA-4096 in JSON", JSON.stringify({ wechatpay: { mchid: r.digits(10), privateKey: b64(pkcs8Rsa(4096)) } }));
b.pos("r26-rder-ec-pkcs8", "PKCS#8 EC P-256 key in a properties file", `apple.signin.key=${b64(pkcs8Ec())}\n`);
b.pos("r26-rder-sec1", "SEC1 EC key pasted in chat", `用这个 key 签名：${b64(sec1())}`);
b.pos("r26-rder-ed25519", "Ed25519 PKCS#8 key as a bare value", `signer:\n  ed25519: "${b64(ed25519())}"\n`);

bb.ben("r26-rder-spki", "RSA public key DER beside its name", `alipay-public-key: ${b64(spki(2048))}\n`);
bb.ben("r26-rder-cert", "certificate DER", `ca_cert: ${b64(tlv(0x30, tlv(0x30, tlv(0xa0, ver(2)), int(rnd(16)), tlv(0x30, tlv(0x06, hex("2a864886f70d01010b")), [5, 0]), rnd(700)), tlv(0x30, tlv(0x06, hex("2a864886f70d01010b")), [5, 0]), tlv(0x03, [0, ...rnd(256)])))}\n`);
bb.ben("r26-rder-encrypted", "encrypted PKCS#8 (no version first)", `archive_blob: ${b64(tlv(0x30, tlv(0x30, tlv(0x06, hex("2a864886f70d01050d")), tlv(0x30, rnd(60))), tlv(0x04, rnd(1232))))}\n`);
// Relabelled in round twenty-seven: a keystore leaving is the signing identity leaving (held-out Y120 labels one so).
b.pos("r26-rder-pkcs12", "PKCS#12 keystore (version 3)", `keystore_b64: ${b64(tlv(0x30, ver(3), tlv(0x30, tlv(0x06, hex("2a864886f70d010701")), rnd(1500))))}\n`);
bb.ben("r26-rder-header-only", "a doc line naming the key's first bytes", `An unencrypted RSA key in PKCS#8 starts MIIEvQIBADANBgkqhkiG9w0BAQEFAASC; ours is in Vault.`);
bb.ben("r26-rder-truncated", "a key's first 64 characters, the rest elided", `private_key: ${b64(pkcs8Rsa(2048)).slice(0, 64)}...(truncated)\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
