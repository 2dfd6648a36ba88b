// Held-out corpus E: generators. Every credential-shaped string in this folder is built here at
// run time from a seeded PRNG (mulberry32), by concatenation, so the repository holds no literal
// that looks like a live credential. Formats follow providers' public documentation; bodies are
// random. Written blind: nothing here was derived from the detectors or other corpus cases.
import { gzipSync } from "node:zlib";
import { createHash, createHmac } from "node:crypto";
import { entropyToMnemonic } from "@scure/bip39";
import { wordlist as english } from "@scure/bip39/wordlists/english.js";
import { wordlist as spanish } from "@scure/bip39/wordlists/spanish.js";
import type { CorpusCase, CorpusKind } from "../types.ts";
import { SeededRng } from "../../helpers/prng.ts";

export const A = {
  UPPER: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LOWER: "abcdefghijklmnopqrstuvwxyz",
  DIGITS: "0123456789",
  HEX: "0123456789abcdef",
  HEXU: "0123456789ABCDEF",
  ALNUM: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  UPALNUM: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  LOWALNUM: "abcdefghijklmnopqrstuvwxyz0123456789",
  LETTERS: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  B64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  B64URL: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  B32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  BECH32U: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
  B58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
};

export class Rng extends SeededRng {
  hex(n: number): string {
    return this.str(n, A.HEX);
  }
  alnum(n: number): string {
    return this.str(n, A.ALNUM);
  }
  uuid(): string {
    const h = this.hex(32).split("");
    h[12] = "4";
    h[16] = "89ab"[this.int(4)]!;
    const s = h.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  shuffle<T>(a: T[]): T[] {
    const b = a.slice();
    for (let i = b.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [b[i], b[j]] = [b[j]!, b[i]!];
    }
    return b;
  }
}

// ---------- encodings ----------
const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (c >>> 8) ^ CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]!;
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export function base62(n: number, width: number): string {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}
export const b64 = (s: string | Uint8Array) => Buffer.from(s as string).toString("base64");
export const b64url = (s: string | Uint8Array) => Buffer.from(s as string).toString("base64url");
export const hexOf = (s: string | Uint8Array) => Buffer.from(s as string).toString("hex");
export function base32(s: string | Uint8Array, pad = true): string {
  const b = Buffer.from(s as string);
  let bits = 0;
  let val = 0;
  let out = "";
  for (const byte of b) {
    val = (val << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += A.B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += A.B32[(val << (5 - bits)) & 31];
  if (pad) while (out.length % 8) out += "=";
  return out;
}
export const pctAll = (s: string) => [...Buffer.from(s)].map((c) => "%" + c.toString(16).toUpperCase().padStart(2, "0")).join("");
export const gzipB64 = (s: string) => Buffer.from(gzipSync(Buffer.from(s))).toString("base64");
export const utf16leB64 = (s: string) => Buffer.from(s, "utf16le").toString("base64");
export const wrap = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
export function quotedPrintable(s: string): string {
  // RFC 2045: encode =, non-ASCII; soft line breaks at 76 columns
  let enc = "";
  for (const c of Buffer.from(s)) {
    if (c === 0x0a) enc += "\n";
    else if (c === 0x3d || c > 126 || (c < 32 && c !== 9)) enc += "=" + c.toString(16).toUpperCase().padStart(2, "0");
    else enc += String.fromCharCode(c);
  }
  return enc
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      while (line.length > 75) {
        let cut = 75;
        const eq = line.lastIndexOf("=", cut);
        if (eq > cut - 3) cut = eq;
        out.push(line.slice(0, cut) + "=");
        line = line.slice(cut);
      }
      out.push(line);
      return out.join("\n");
    })
    .join("\n");
}
export function pem(label: string, der: Uint8Array): string {
  return `-----BEGIN ${label}-----\n${wrap(b64(der), 64)}\n-----END ${label}-----`;
}
function derLen(n: number): number[] {
  if (n < 128) return [n];
  if (n < 256) return [0x81, n];
  return [0x82, n >> 8, n & 0xff];
}
function derInt(b: Uint8Array): number[] {
  const arr = [...b];
  if (arr[0]! & 0x80) arr.unshift(0);
  return [0x02, ...derLen(arr.length), ...arr];
}
function derSeq(parts: number[][]): number[] {
  const body = parts.flat();
  return [0x30, ...derLen(body.length), ...body];
}
function sshString(b: Uint8Array | string): number[] {
  const u = typeof b === "string" ? [...Buffer.from(b)] : [...b];
  return [(u.length >>> 24) & 255, (u.length >>> 16) & 255, (u.length >>> 8) & 255, u.length & 255, ...u];
}
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

// ---------- keys ----------
/** "PRIVATE KEY", assembled so no complete key header sits in the source. */
export const PK = ["PRIVATE", "KEY"].join(" ");
export function rsaPrivateDer(r: Rng): Uint8Array {
  // PKCS#1 RSAPrivateKey structure with random (not mathematically valid) components
  const n = r.bytes(256);
  n[0]! |= 0x80;
  return new Uint8Array(
    derSeq([
      [0x02, 0x01, 0x00],
      derInt(n),
      [0x02, 0x03, 0x01, 0x00, 0x01],
      derInt(r.bytes(256)),
      derInt(r.bytes(128)),
      derInt(r.bytes(128)),
      derInt(r.bytes(128)),
      derInt(r.bytes(128)),
      derInt(r.bytes(128)),
    ]),
  );
}
export function ecPrivateDer(r: Rng): Uint8Array {
  // SEC1 ECPrivateKey, prime256v1
  const d = [...r.bytes(32)];
  const pub = [0x04, ...r.bytes(64)];
  return new Uint8Array([
    0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, ...d,
    0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07,
    0xa1, 0x44, 0x03, 0x42, 0x00, ...pub,
  ]);
}
export function ed25519Pkcs8Der(r: Rng): Uint8Array {
  return new Uint8Array([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20, ...r.bytes(32)]);
}
export function ed25519SpkiDer(r: Rng): Uint8Array {
  return new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...r.bytes(32)]);
}
export function sshEd25519Pub(r: Rng, comment: string): string {
  const blob = [...sshString("ssh-ed25519"), ...sshString(r.bytes(32))];
  return `ssh-ed25519 ${b64(new Uint8Array(blob))} ${comment}`;
}
export function sshRsaPub(r: Rng, comment: string): string {
  const n = r.bytes(257);
  n[0] = 0;
  n[1]! |= 0x80;
  const blob = [...sshString("ssh-rsa"), ...sshString(new Uint8Array([1, 0, 1])), ...sshString(n)];
  return `ssh-rsa ${b64(new Uint8Array(blob))} ${comment}`;
}
export function opensshPrivate(r: Rng, comment: string): string {
  const pub = r.bytes(32);
  const pubBlob = [...sshString("ssh-ed25519"), ...sshString(pub)];
  const check = r.int(0xffffffff);
  let priv = [...u32(check), ...u32(check), ...sshString("ssh-ed25519"), ...sshString(pub), ...sshString(new Uint8Array([...r.bytes(32), ...pub])), ...sshString(comment)];
  for (let i = 1; priv.length % 8; i++) priv.push(i);
  const body = [
    ...Buffer.from("openssh-key-v1\0"),
    ...sshString("none"),
    ...sshString("none"),
    ...sshString(""),
    ...u32(1),
    ...sshString(new Uint8Array(pubBlob)),
    ...sshString(new Uint8Array(priv)),
  ];
  return `-----BEGIN OPENSSH ${PK}-----\n${wrap(b64(new Uint8Array(body)), 70)}\n-----END OPENSSH ${PK}-----`;
}
export function puttyPrivate(r: Rng, comment: string): string {
  const pub = b64(new Uint8Array([...sshString("ssh-ed25519"), ...sshString(r.bytes(32))]));
  const priv = b64(new Uint8Array(sshString(r.bytes(32))));
  return [
    "PuTTY-User-Key-File-3: ssh-ed25519",
    "Encryption: none",
    `Comment: ${comment}`,
    "Public-Lines: 2",
    ...wrap(pub, 64).split("\n"),
    "Private-Lines: 1",
    priv,
    `Private-MAC: ${r.hex(64)}`,
  ].join("\n");
}
export function certDer(r: Rng): Uint8Array {
  // shape of an X.509 certificate (SEQUENCE { tbs, algo, sig }); public material only
  const tbs = derSeq([[0xa0, 0x03, 0x02, 0x01, 0x02], derInt(r.bytes(16)), [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00], [...r.bytes(600)]]);
  return new Uint8Array(derSeq([tbs, [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00], [0x03, 0x82, 0x01, 0x01, 0x00, ...r.bytes(256)]]));
}
export function mnemonic(r: Rng, words: 12 | 24 = 12, lang: "en" | "es" = "en"): string {
  return entropyToMnemonic(r.bytes(words === 12 ? 16 : 32), lang === "en" ? english : spanish);
}
export const bip39English = english;
export function wif(r: Rng): string {
  const payload = Buffer.from([0x80, ...r.bytes(32), 0x01]);
  const chk = createHash("sha256").update(createHash("sha256").update(payload).digest()).digest().subarray(0, 4);
  return base58(Buffer.concat([payload, chk]));
}
function base58(buf: Buffer): string {
  let n = BigInt("0x" + buf.toString("hex"));
  let s = "";
  while (n > 0n) {
    s = A.B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of buf) {
    if (b !== 0) break;
    s = "1" + s;
  }
  return s;
}
export function jwt(r: Rng, payload: Record<string, unknown>, alg = "HS256"): string {
  const h = b64url(JSON.stringify({ alg, typ: "JWT" }));
  const p = b64url(JSON.stringify(payload));
  const sig = createHmac("sha256", Buffer.from(r.bytes(32))).update(`${h}.${p}`).digest("base64url");
  return `${h}.${p}.${sig}`;
}

// ---------- provider tokens (formats from public docs; random bodies) ----------
export function tokens(r: Rng) {
  const gh = (p: string) => {
    const body = r.alnum(30);
    return "gh" + p + "_" + body + base62(crc32(body), 6);
  };
  return {
    ghp: () => gh("p"),
    gho: () => gh("o"),
    ghu: () => gh("u"),
    ghs: () => gh("s"),
    ghr: () => gh("r"),
    githubFine: () => "github" + "_pat_" + "11" + r.str(20, A.UPALNUM) + "_" + r.alnum(59),
    npm: () => {
      const body = r.alnum(30);
      return "np" + "m_" + body + base62(crc32(body), 6);
    },
    glpat: () => "gl" + "pat-" + r.str(20, A.ALNUM + "-_"),
    glrt: () => "gl" + "rt-" + r.str(20, A.ALNUM + "-_"),
    gldt: () => "gl" + "dt-" + r.str(20, A.ALNUM + "-_"),
    openaiProj: () => "sk-" + "proj-" + r.str(74, A.B64URL) + "T3Blbk" + "FJ" + r.str(74, A.B64URL),
    openaiLegacy: () => "sk-" + r.alnum(20) + "T3Blbk" + "FJ" + r.alnum(20),
    openaiSvc: () => "sk-" + "svcacct-" + r.str(74, A.B64URL) + "T3Blbk" + "FJ" + r.str(74, A.B64URL),
    anthropic: () => "sk-" + "ant-api03-" + r.str(93, A.B64URL) + "AA",
    anthropicAdmin: () => "sk-" + "ant-admin01-" + r.str(93, A.B64URL) + "AA",
    googleApi: () => "AI" + "za" + r.str(35, A.B64URL),
    googleOauthSecret: () => "GOC" + "SPX-" + r.str(28, A.B64URL),
    googleAccess: () => "ya" + "29." + r.str(160, A.B64URL),
    awsId: () => "AK" + "IA" + r.str(16, A.B32),
    awsTempId: () => "AS" + "IA" + r.str(16, A.B32),
    awsSecret: () => r.str(40, A.ALNUM + "/+"),
    awsSession: () => "IQoJb3JpZ2luX2Vj" + r.str(340, A.B64) + "=",
    azureStorage: () => b64(r.bytes(64)),
    azureAdSecret: () => r.str(3, A.ALNUM) + r.str(1, A.DIGITS) + "Q~" + r.str(34, A.ALNUM + "_~.-"),
    sendgrid: () => "S" + "G." + r.str(22, A.B64URL) + "." + r.str(43, A.B64URL),
    mailgun: () => "ke" + "y-" + r.hex(32),
    mailgunNew: () => r.hex(32) + "-" + r.hex(8) + "-" + r.hex(8),
    twilioSid: () => "A" + "C" + r.hex(32),
    twilioKeySid: () => "S" + "K" + r.hex(32),
    twilioAuth: () => r.hex(32),
    stripeLive: () => "sk" + "_live_" + "51" + r.alnum(97),
    stripeRestricted: () => "rk" + "_live_" + "51" + r.alnum(97),
    stripeWebhook: () => "wh" + "sec_" + r.alnum(32),
    slackBot: () => "xo" + "xb-" + r.str(12, A.DIGITS) + "-" + r.str(13, A.DIGITS) + "-" + r.alnum(24),
    slackUser: () => "xo" + "xp-" + r.str(12, A.DIGITS) + "-" + r.str(12, A.DIGITS) + "-" + r.str(13, A.DIGITS) + "-" + r.hex(32),
    slackApp: () => "xa" + "pp-1-A" + r.str(10, A.UPALNUM) + "-" + r.str(13, A.DIGITS) + "-" + r.hex(64),
    slackWebhook: () => "https://hooks.slack.com/services/T" + r.str(10, A.UPALNUM) + "/B" + r.str(10, A.UPALNUM) + "/" + r.alnum(24),
    discordWebhook: () => "https://discord.com/api/webhooks/" + r.str(19, A.DIGITS) + "/" + r.str(68, A.B64URL),
    telegramBot: () => r.range(1, 7) + r.str(9, A.DIGITS) + ":" + "AA" + r.str(33, A.B64URL),
    pypi: () => "py" + "pi-AgEIcHlwaS5vcmc" + "CJ" + r.str(150, A.B64URL),
    dockerhub: () => "dckr" + "_pat_" + r.str(27, A.B64URL),
    hf: () => "h" + "f_" + r.str(34, A.LETTERS),
    shopify: () => "shp" + "at_" + r.hex(32),
    shopifyShared: () => "shp" + "ss_" + r.hex(32),
    datadogApi: () => r.hex(32),
    datadogApp: () => r.hex(40),
    digitalocean: () => "do" + "p_v1_" + r.hex(64),
    linear: () => "lin" + "_api_" + r.alnum(40),
    notion: () => "nt" + "n_" + r.str(11, A.DIGITS) + r.alnum(35),
    notionLegacy: () => "sec" + "ret_" + r.alnum(43),
    doppler: () => "dp" + ".pt." + r.alnum(43),
    vault: () => "hv" + "s." + "CAESI" + r.str(86, A.B64URL),
    vaultOld: () => "s." + r.alnum(24),
    postman: () => "PM" + "AK-" + r.hex(24) + "-" + r.hex(34),
    sentry: () => "sntr" + "yu_" + r.hex(64),
    grafana: () => "gl" + "sa_" + r.alnum(32) + "_" + r.hex(8),
    supabase: () => "sb" + "p_" + r.hex(40),
    databricks: () => "da" + "pi" + r.hex(32),
    age: () => "AGE-" + "SECRET-KEY-1" + r.str(58, A.BECH32U),
    groq: () => "gs" + "k_" + r.alnum(52),
    replicate: () => "r8" + "_" + r.alnum(37),
    openrouter: () => "sk-" + "or-v1-" + r.hex(64),
    perplexity: () => "pp" + "lx-" + r.alnum(48),
    xai: () => "xa" + "i-" + r.alnum(80),
    newrelic: () => "NR" + "AK-" + r.str(27, A.UPALNUM),
    figma: () => "fi" + "gd_" + r.str(40, A.B64URL),
    airtable: () => "pa" + "t" + r.alnum(14) + "." + r.hex(64),
    atlassian: () => "ATAT" + "T3xFfGF0" + r.str(170, A.B64URL) + "=" + r.str(8, A.HEXU),
    pulumi: () => "pu" + "l-" + r.hex(40),
    terraformCloud: () => r.alnum(14) + ".atlas" + "v1." + r.alnum(67),
    buildkite: () => "bk" + "ua_" + r.hex(40),
    square: () => "EA" + "AA" + r.str(60, A.B64URL),
    mapboxSecret: () => "s" + "k." + b64url(JSON.stringify({ u: "acme-" + r.str(6, A.LOWER), a: r.str(25, A.LOWALNUM) })) + "." + r.str(22, A.B64URL),
    flyio: () => "fo" + "1_" + r.str(43, A.B64URL),
    contentful: () => "CF" + "PAT-" + r.str(43, A.B64URL),
    dynatrace: () => "dt0" + "c01." + r.str(24, A.UPALNUM) + "." + r.str(64, A.UPALNUM),
    netlify: () => "nf" + "p_" + r.alnum(36),
    planetscale: () => "pscale" + "_tkn_" + r.str(43, A.B64URL),
    langsmith: () => "lsv2" + "_pt_" + r.hex(32) + "_" + r.hex(10),
    firebaseFcm: () => "AAAA" + r.str(7, A.B64URL) + ":" + "APA91b" + r.str(134, A.B64URL),
    cloudflare: () => r.str(40, A.B64URL),
    okta: () => "00" + r.str(40, A.B64URL),
    ethPriv: () => "0x" + r.hex(64),
    strongPassword: () => r.str(4, A.UPPER) + r.pick(["#", "!", "%", "&", "@", "^"]) + r.str(5, A.LOWALNUM) + r.pick(["$", "*", "?", "+"]) + r.str(6, A.ALNUM),
  };
}
export type Tokens = ReturnType<typeof tokens>;

// ---------- case builder ----------
export function builder(kind: CorpusKind, idPrefix: string) {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (category: string, label: "positive" | "benign", text: string, note?: string, expect?: string) => {
    n++;
    const c: CorpusCase = { id: `${idPrefix}-${String(n).padStart(3, "0")}`, kind, category, label, text };
    if (note) c.note = note;
    if (expect) c.expect = expect;
    out.push(c);
  };
  return { out, add };
}
