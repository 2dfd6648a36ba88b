// Round fourteen: a credential with no name and no prefix hidden in encoded binary data (hex or
// base64 of bytes around it: a firmware blob, a packed record), found among the printable strings
// of the decoded bytes. Look-alikes: encoded binaries whose printable strings are what compilers
// and toolchains leave (C++ type names, C symbols, OID names, a Go build id, certificate lines,
// FourCC tables, digests). Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, HEX } from "./_gen.ts";

const r = new Rng(0x14b1a7);
const b = builder({ category: "r14-binary-tokens", expect: "secrets" });
const bb = builder({ category: "r14-binary-tokens-benign", expect: "secrets" });

/** A token drawn with every class present, as keys are. */
const token = (n: number, alphabet = ALNUM) => {
  for (;;) {
    const t = r.str(n, alphabet);
    if (/[A-Z].*[A-Z].*[A-Z]/.test(t) && /[a-z].*[a-z].*[a-z]/.test(t) && /\d.*\d/.test(t) && !/[a-z]{7}|__|0123|1234|abcd|ABCD/i.test(t)) return t;
  }
};
/** Binary bytes with the strings in them: random bytes kept non-printable around each. */
const blob = (...strings: string[]) => {
  const parts: Buffer[] = [];
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, () => r.pick([0x00, 0x01, 0x7f, 0x80, 0x9c, 0xc3, 0xde, 0xef, 0xff, 0x1f])));
  for (const s of strings) parts.push(noise(r.range(4, 24)), Buffer.from(s, "latin1"));
  parts.push(noise(r.range(4, 24)));
  return Buffer.concat(parts);
};

b.pos("r14-hex-firmware-secret", "40-char base64-alphabet secret in a hex-encoded firmware upload", `POST /firmware/upload\nContent-Type: application/octet-stream\n\n${blob(token(40, B64)).toString("hex")}`);
b.pos("r14-hex-json-field", "a key among the printable strings of hex bytes in a JSON field", JSON.stringify({ device: "gw-7", dump: blob("config v2", token(32)).toString("hex") }));
b.pos("r14-b64-packed-record", "a key inside a base64 packed record", JSON.stringify({ kind: "snapshot", data: blob("session-store", token(48)).toString("base64") }));
b.pos("r14-b64-tool-arg", "a key inside base64 bytes in a tool call argument", JSON.stringify({ name: "upload_blob", arguments: { bytes: blob(token(36), "trailer").toString("base64") } }));
b.pos("r14-hex-ws-frame", "hex bytes with a key in a websocket frame", `{"op":"chunk","payload":"${blob(token(44, B64)).toString("hex")}"}`);

bb.ben("r14-hex-cxx-typeinfo", "hex of binary holding C++ typeinfo names", blob("N4llvm2cl15OptionValueBaseIbLb0EEE", "6VectorIPN10DefaultMapImPS_IiEE5EntryEE", "N4llvm13format_objectIJPKcS2_EEE").toString("hex"));
bb.ben("r14-b64-c-symbols", "base64 of binary holding C symbols and OID names", blob("OSSL_CRMF_MSG_get0_regInfo_utf8Pairs", "ScaleUVRowUp2_Linear_16_Any_AVX2", "id-GostR3410-2001-CryptoPro-XchA-ParamSet", "pbeWithSHA1And3-KeyTripleDES-CBC").toString("base64"));
bb.ben("r14-b64-identifiers", "base64 of binary holding camelCase identifiers", blob("xmlSecGnuTLSKeyDataRawX509CertId", "GRPCStreamz_b219513782_WatchRootServer", "LoaderEntryOneShot-4a67b082-0a4c-41cf-b6c7-440b29bb8c4f").toString("base64"));
bb.ben("r14-hex-go-buildid", "hex of a Go binary's build id", blob(`Go build ID: "${[r.b64url(20), r.b64url(20), r.b64url(20), r.b64url(20)].join("/")}"`.slice(14, -1)).toString("hex"));
bb.ben("r14-b64-fourcc", "base64 of binary holding a FourCC table", blob("IYUVI420YU12I420YU16I422YU24I444YUYVYUY2yuvsYUY2HDYCUYVY2vuyUYVYJPEGMJPG").toString("base64"));
bb.ben("r14-hex-cert-lines", "hex of binary with an embedded certificate body", blob([r.str(64, B64), r.str(64, B64), r.str(64, B64), r.str(40, B64) + "=="].join("\n")).toString("hex"));
bb.ben("r14-hex-digests", "hex of binary holding hex digests and paths", blob(r.str(64, HEX), "/usr/lib/x86_64-linux-gnu/libcrypto.so.3", r.str(40, HEX)).toString("hex"));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
