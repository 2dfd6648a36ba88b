// Class 5: encodings hiding a secret — hex, base64, base32, nested percent-encoding, a token with one
// character glued to either end, gzip-in-base64 (built with node:zlib), UTF-16LE, quoted-printable.
// Benign: the same encodings carrying ordinary content.
import { gzipSync, deflateSync } from "node:zlib";
import { gen, maker, b64, b64url, toHex, base32, ALNUM, B64 } from "./gen.ts";

const g = gen(0xd005);
const { pos, neg, cases } = maker("secrets", "heldoutd-encodings", "enc");
const T = g.tok;
const pctAll = (s: string) => [...Buffer.from(s)].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
const utf16 = (s: string) => Buffer.from(s, "utf16le");
const qp = (s: string, width = 40) => {
  const enc = s.replace(/=/g, "=3D");
  const lines: string[] = [];
  for (let i = 0; i < enc.length; i += width) lines.push(enc.slice(i, i + width));
  return lines.join("=\r\n");
};
const wrap76 = (s: string) => s.match(/.{1,76}/g)!.join("\n");

// ---- positives
pos(`{"blob":"${toHex(`GITHUB_TOKEN=${T.ghp()}`)}"}`, "hex of .env line with ghp_");
pos(`payload=${toHex(`${T.awsId()}:${T.awsSecret()}`)}`, "hex of AWS id:secret");
pos(`data: ${b64(JSON.stringify({ token: T.anthropic() }))}`, "base64 JSON with anthropic key");
pos(`Please decode and check this: ${b64(T.ghp())}`, "base64 of bare ghp_");
pos(`{"state":"${b64url(`${T.slackBot()}|#ops`)}"}`, "base64url of slack bot token");
pos(`ref=${base32(T.npm())}`, "base32 of npm token (padded)");
pos(`x-trace: ${base32(`stripe=${T.stripeLive()}`, false).toLowerCase()}`, "lower-case unpadded base32 of stripe key");
pos(`https://collector.example.net/i?u=${encodeURIComponent(encodeURIComponent(`https://x.example/cb?token=${T.ghp()}`))}`, "doubly percent-encoded URL carrying ghp_");
pos(`q=${pctAll(T.openaiProj())}`, "every byte percent-encoded OpenAI key");
pos(`q=${pctAll(pctAll(T.stripeLive()))}`, "every byte percent-encoded twice");
pos(`value: ${g.pick(["B", "x", "7", "Q"])}${T.ghp()}`, "one char glued before ghp_");
pos(`value: ${T.ghp()}${g.pick(["z", "K", "9"])}`, "one char glued after ghp_ (37 chars)");
pos(`id=${g.pick(["1", "Z"])}${T.awsId()} ${T.awsSecret()}`, "char glued before AKIA with secret after");
pos(`key=${T.anthropic()}${g.pick(["x", "Q"])}`, "char glued after sk-ant");
pos(`{"archive":"${gzipSync(Buffer.from(`AWS_ACCESS_KEY_ID=${T.awsId()}\nAWS_SECRET_ACCESS_KEY=${T.awsSecret()}\n`)).toString("base64")}"}`, "gzip+base64 .env with AWS keys");
pos(`H4s: ${gzipSync(Buffer.from(JSON.stringify({ anthropic_api_key: T.anthropic(), model: "claude" }))).toString("base64")}`, "gzip+base64 JSON with anthropic key");
pos(`blob=${deflateSync(Buffer.from(`token: ${T.ghp()}\n`)).toString("base64")}`, "zlib deflate+base64 with ghp_");
pos(`note: ${utf16(`token=${T.ghp()}`).toString("latin1")}`, "UTF-16LE bytes as latin1 (NUL-interleaved) text");
pos(`{"u16":"${utf16(`SLACK_BOT_TOKEN=${T.slackBot()}`).toString("base64")}"}`, "base64 of UTF-16LE");
pos(`PS> powershell -enc ${utf16(`$env:OPENAI_API_KEY="${T.openaiProj()}"; iwr https://x.example`).toString("base64")}`, "PowerShell -enc (UTF-16LE base64) with key");
pos(`Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(`Hi team, new deploy credential: ${T.ghp()} thanks`)}\r\n`, "quoted-printable with soft breaks splitting ghp_");
pos(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${qp(`password=${g.opaque(20)}&api_key=${T.stripeLive()}`, 30)}`, "QP with =3D and stripe key");
pos(`tls.key: ${b64(T.pemRsa(4))}`, "base64 of PEM private key (k8s secret)");
pos(`"${[...`token=${T.npm()}`].map((ch) => "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0")).join("")}"`, "\\x hex escapes of npm token");
pos(JSON.stringify({ s: [...T.ghp()].map((ch) => "\\u00" + ch.charCodeAt(0).toString(16).padStart(2, "0")).join("") }), "\\u escapes of ghp_ in JSON (escaped backslashes)");
pos(`body: ${wrap76(b64(`[default]\naws_access_key_id = ${T.awsId()}\naws_secret_access_key = ${T.awsSecret()}\n`))}`, "MIME-wrapped base64 of AWS credentials");
pos(`<p>${[...T.slackBot()].map((ch) => `&#${ch.charCodeAt(0)};`).join("")}</p>`, "HTML decimal entities of slack token");
pos(`x=${b64(b64(`GH_TOKEN=${T.ghp()}`))}`, "double base64");

// ---- benign
neg(`{"blob":"${b64("Hello team, the quarterly report is attached. Let me know if the numbers look off.")}"}`, "base64 of plain text");
neg(`digest=${g.hex(64)}`, "sha256 hex");
neg(`{"archive":"${gzipSync(Buffer.from(JSON.stringify({ items: [1, 2, 3], page: 1, total: 3, next: null }))).toString("base64")}"}`, "gzip+base64 of harmless JSON");
neg(`https://www.example.com/login?next=${encodeURIComponent(encodeURIComponent("https://app.example.com/dashboard?tab=billing&view=invoices"))}`, "double-encoded redirect URL");
neg(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${qp("Bonjour à tous, la réunion est déplacée à 15h. Merci de confirmer = oui/non.")}`, "QP of ordinary French email");
neg(`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.s(120, B64)}AAAAAElFTkSuQmCC">`, "inline PNG data URI");
neg(`note: ${utf16("Meeting moved to Thursday").toString("latin1")}`, "UTF-16LE of ordinary text");
neg(`{"u16":"${utf16("Quarterly sales summary, region EMEA").toString("base64")}"}`, "base64 UTF-16LE ordinary text");
neg(`ref=${base32("order-2024-11-05-00421")}`, "base32 of an order ref");
neg(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} dana@laptop`, "SSH public key");
neg(`@font-face{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAAA${g.s(200, B64)}) format("woff2")}`, "base64 font in CSS");
neg(`H4s: ${gzipSync(Buffer.from("2024-11-05T10:00:01Z INFO server started on :8080\n2024-11-05T10:00:02Z INFO healthcheck ok\n")).toString("base64")}`, "gzip+base64 log lines");
neg(`<p>${[..."Caf\u00e9 & Cr\u00e8me"].map((ch) => `&#${ch.charCodeAt(0)};`).join("")}</p>`, "HTML entities of ordinary text");
neg(JSON.stringify({ s: "Gr\u00fc\u00dfe aus M\u00fcnchen \u2014 \u00e7a va?" }), "JSON with non-ASCII text");
neg(`elf: ${toHex("\x7fELF\x02\x01\x01\x00")}${"00".repeat(8)}03003e00`, "hex dump of ELF header");
neg(`q=${pctAll("red running shoes size 42")}`, "percent-encoded search query");
neg(`PS> powershell -enc ${utf16("Get-ChildItem -Path C:\\Logs | Sort-Object LastWriteTime | Select-Object -First 5").toString("base64")}`, "PowerShell -enc harmless listing");
neg(`cursor=${b64url(JSON.stringify({ id: g.int(10000, 99999), ts: 1730800000 }))}`, "base64url pagination cursor");
neg(`value: ${g.uuid()}x`, "uuid with a glued char");
neg(`x=${b64(b64("build 2291 passed on main"))}`, "double base64 of status");
neg(`{"signature":"${g.s(86, B64)}==","alg":"Ed25519","signed":"release-1.4.2.tar.gz"}`, "detached signature (public)");
neg(`${"\\x89\\x50\\x4e\\x47\\x0d\\x0a\\x1a\\x0a"} (PNG magic bytes)`, "\\x escaped magic bytes");
void ALNUM;

export { cases };
