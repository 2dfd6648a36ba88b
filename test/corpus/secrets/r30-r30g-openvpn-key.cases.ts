// Round thirty (after Y132): OpenVPN's armored shared keys, the static key (ta.key: tls-auth,
// tls-crypt, --secret; hex lines) and tls-crypt-v2 client/server keys (base64), which are no
// `PRIVATE KEY` block. Benign: certificates in the same profile, the key's header with a
// placeholder or zeros for a body, the commands that generate or reference it.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30d5a4);
const b = builder({ category: "r30g-openvpn-key" });
const bb = builder({ category: "r30g-openvpn-key-benign" });
const HEAD = "-----BEGIN OpenVPN ";
const staticKey = (nl = "\n") => `${HEAD}Static key V1-----${nl}${Array.from({ length: 16 }, () => r.hex(32)).join(nl)}${nl}-----END OpenVPN Static key V1-----`;
const v2Key = (kind: string) => `${HEAD}tls-crypt-v2 ${kind} key-----\n${Array.from({ length: 9 }, () => r.b64bytes(48)).join("\n")}\n-----END OpenVPN tls-crypt-v2 ${kind} key-----`;

b.pos("r30g-ov-file", "ta.key as a file", `#\n# 2048 bit OpenVPN static key\n#\n${staticKey()}\n`);
b.pos("r30g-ov-inline", "inline <tls-crypt> in a client profile", `client\ndev tun\nremote vpn.example.com 1194\n<tls-crypt>\n${staticKey()}\n</tls-crypt>\n`);
b.pos("r30g-ov-v2client", "tls-crypt-v2 client key in a profile", `<tls-crypt-v2>\n${v2Key("client")}\n</tls-crypt-v2>\n`);
b.pos("r30g-ov-v2server", "tls-crypt-v2 server key written by a tool", JSON.stringify({ name: "write_file", input: { path: "/etc/openvpn/server/tc2.key", content: v2Key("server") } }));
b.pos("r30g-ov-chat", "static key pasted in a chat, JSON-escaped", JSON.stringify({ messages: [{ role: "user", content: `tls-auth fails with HMAC errors, this is ta.key:\n${staticKey()}` }] }));
b.pos("r30g-ov-crlf", "static key with CRLF line ends", staticKey("\r\n"));

bb.ben("r30g-ov-cert", "a client profile holding only certificates", `<ca>\n-----BEGIN CERTIFICATE-----\n${Array.from({ length: 6 }, () => r.b64bytes(48)).join("\n")}\n-----END CERTIFICATE-----\n</ca>\ntls-auth ta.key 1\n`);
bb.ben("r30g-ov-placeholder", "documentation with a placeholder body", `<tls-auth>\n${HEAD}Static key V1-----\n...\n-----END OpenVPN Static key V1-----\n</tls-auth>\n`);
bb.ben("r30g-ov-zeros", "a zeroed body in a template", `${HEAD}Static key V1-----\n${Array.from({ length: 16 }, () => "0".repeat(32)).join("\n")}\n-----END OpenVPN Static key V1-----\n`);
bb.ben("r30g-ov-genkey", "commands that make and reference the key", `openvpn --genkey secret /etc/openvpn/ta.key\nopenvpn --tls-crypt-v2 v2crypt-server.key --genkey tls-crypt-v2-client client1.key\n`);
bb.ben("r30g-ov-grep", "a script checking for the header", `if grep -q "${HEAD}Static key V1-----" "$KEYFILE"; then echo ok; fi\n`);
bb.ben("r30g-ov-fill", "angle-bracket fill-in", `${HEAD}tls-crypt-v2 client key-----\n<paste the client key generated on the server here>\n-----END OpenVPN tls-crypt-v2 client key-----\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
