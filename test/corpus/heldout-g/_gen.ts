// Held-out corpus G: run-time builders. Every credential-shaped string is assembled here from a
// split prefix plus a body drawn from a seeded PRNG, so the repository never holds one literally.
// Written blind (see README.md): formats come from providers' published token descriptions.
import { gzipSync } from "node:zlib";
import { entropyToMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import type { CorpusCase, CorpusKind } from "../types.ts";
import { mulberry32, randomBytes, randomString, randomInt } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  str(n: number, alphabet: string): string {
    return randomString(this.r, n, alphabet);
  }
  int(lo: number, hi: number): number {
    return randomInt(this.r, lo, hi);
  }
  bytes(n: number): Uint8Array {
    return randomBytes(this.r, n);
  }
  alnum(n: number) {
    return this.str(n, ALNUM);
  }
  hex(n: number) {
    return this.str(n, HEX);
  }
  digits(n: number) {
    return this.str(1, "123456789") + this.str(n - 1, DIG);
  }

  // ---- provider tokens (prefixes split so no literal token appears in source) ----
  github(kind: "p" | "o" | "u" | "s" | "r" = "p"): string {
    const body = this.alnum(30);
    return ["gh", kind, "_", body, crc32b62(body)].join("");
  }
  githubFine(): string {
    return ["github", "_pat_", this.str(22, ALNUM), "_", this.str(59, ALNUM)].join("");
  }
  gitlab(): string {
    return ["gl", "pat-", this.str(20, B64URL)].join("");
  }
  slackBot(): string {
    return ["xo", "xb-", this.digits(11), "-", this.digits(13), "-", this.alnum(24)].join("");
  }
  slackUser(): string {
    return ["xo", "xp-", this.digits(11), "-", this.digits(12), "-", this.digits(13), "-", this.hex(32)].join("");
  }
  slackApp(): string {
    return ["xa", "pp-1-", "A0", this.str(9, UP + DIG), "-", this.digits(13), "-", this.hex(64)].join("");
  }
  slackWebhook(): string {
    return ["https://hooks.", "slack.com/services/", "T0", this.str(9, UP + DIG), "/B0", this.str(9, UP + DIG), "/", this.alnum(24)].join("");
  }
  stripe(p: "sk" | "rk" = "sk"): string {
    return [p, "_li", "ve_", "51", this.alnum(97)].join("");
  }
  stripeShort(): string {
    return ["sk", "_li", "ve_", this.alnum(24)].join("");
  }
  stripeWhsec(): string {
    return ["wh", "sec_", this.alnum(32)].join("");
  }
  openai(): string {
    return ["sk-", "proj-", this.str(74, B64URL), "T3Blbk", "FJ", this.str(74, B64URL)].join("");
  }
  openaiLegacy(): string {
    return ["sk-", this.alnum(20), "T3Blbk", "FJ", this.alnum(20)].join("");
  }
  openaiSvc(): string {
    return ["sk-", "svcacct-", this.str(74, B64URL), "T3Blbk", "FJ", this.str(74, B64URL)].join("");
  }
  anthropic(): string {
    return ["sk-", "ant-", "api03-", this.str(93, B64URL), "AA"].join("");
  }
  anthropicAdmin(): string {
    return ["sk-", "ant-", "admin01-", this.str(93, B64URL), "AA"].join("");
  }
  google(): string {
    return ["AI", "za", "Sy", this.str(33, B64URL)].join("");
  }
  googleOauthSecret(): string {
    return ["GOC", "SPX-", this.str(28, B64URL)].join("");
  }
  googleAccess(): string {
    return ["ya", "29.", "a0", this.str(150, B64URL)].join("");
  }
  awsId(p: "AKIA" | "ASIA" = "AKIA"): string {
    return [p.slice(0, 2), p.slice(2), this.str(16, B32)].join("");
  }
  awsSecret(): string {
    return this.str(40, ALNUM + "/+");
  }
  azureStorageKey(): string {
    return b64(this.bytes(64));
  }
  twilioSk(): string {
    return ["S", "K", this.hex(32)].join("");
  }
  twilioAc(): string {
    return ["A", "C", this.hex(32)].join("");
  }
  sendgrid(): string {
    return ["S", "G.", this.str(22, B64URL), ".", this.str(43, B64URL)].join("");
  }
  npm(): string {
    return ["np", "m_", this.alnum(36)].join("");
  }
  pypi(): string {
    return ["py", "pi-", "AgEIcHlwaS5vcmc", this.str(150, B64URL)].join("");
  }
  hf(): string {
    return ["h", "f_", this.str(34, UP + LO)].join("");
  }
  shopify(p: "shpat" | "shpss" | "shpca" | "shppa" = "shpat"): string {
    return [p.slice(0, 3), p.slice(3), "_", this.hex(32)].join("");
  }
  sbp(): string {
    return ["sb", "p_", this.hex(40)].join("");
  }
  linear(): string {
    return ["lin", "_api_", this.alnum(40)].join("");
  }
  notion(): string {
    return ["nt", "n_", this.digits(11), this.alnum(35)].join("");
  }
  notionLegacy(): string {
    return ["sec", "ret_", this.alnum(43)].join("");
  }
  discordBot(): string {
    const id = this.digits(18);
    return [b64(new TextEncoder().encode(id)).replace(/=+$/, ""), ".", this.str(6, B64URL), ".", this.str(38, B64URL)].join("");
  }
  discordWebhook(): string {
    return ["https://discord.com/api/", "webhooks/", this.digits(19), "/", this.str(68, B64URL)].join("");
  }
  telegram(): string {
    return [this.digits(10), ":", "AA", this.str(33, B64URL)].join("");
  }
  doToken(): string {
    return ["do", "p_v1_", this.hex(64)].join("");
  }
  groq(): string {
    return ["gs", "k_", this.alnum(52)].join("");
  }
  replicate(): string {
    return ["r8", "_", this.alnum(37)].join("");
  }
  databricks(): string {
    return ["da", "pi", this.hex(32)].join("");
  }
  pulumi(): string {
    return ["pu", "l-", this.hex(40)].join("");
  }
  postman(): string {
    return ["PM", "AK-", this.hex(24), "-", this.hex(34)].join("");
  }
  dockerPat(): string {
    return ["dck", "r_pat_", this.str(27, B64URL)].join("");
  }
  grafanaSa(): string {
    return ["gl", "sa_", this.alnum(32), "_", this.hex(8)].join("");
  }
  newRelic(): string {
    return ["NR", "AK-", this.str(27, UP + DIG)].join("");
  }
  mailgun(): string {
    return ["ke", "y-", this.hex(32)].join("");
  }
  mailchimp(): string {
    return [this.hex(32), "-us", String(this.int(2, 21))].join("");
  }
  perplexity(): string {
    return ["pp", "lx-", this.alnum(48)].join("");
  }
  xai(): string {
    return ["xa", "i-", this.alnum(80)].join("");
  }
  age(): string {
    return ["AGE-SECRET", "-KEY-1", this.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")].join("");
  }
  atlassian(): string {
    return ["ATA", "TT3x", this.str(180, B64URL), "=", this.hex(8).toUpperCase()].join("");
  }
  figma(): string {
    return ["fi", "gd_", this.str(40, B64URL)].join("");
  }
  sentry(): string {
    return ["sntr", "ys_", "eyJpYXQiOjE3", this.str(120, B64URL), "_", this.str(43, B64URL)].join("");
  }
  tfc(): string {
    return [this.alnum(14), ".atlas", "v1.", this.alnum(67)].join("");
  }
  square(): string {
    return ["EA", "AA", this.str(60, B64URL)].join("");
  }
  hex32() {
    return this.hex(32);
  }
  password(n = 18): string {
    return this.str(n, ALNUM + "!#%^*_-");
  }
  jwt(payload: Record<string, unknown>): string {
    const h = b64url(new TextEncoder().encode(JSON.stringify({ alg: "HS256", typ: "JWT" })));
    const p = b64url(new TextEncoder().encode(JSON.stringify(payload)));
    return [h, p, this.str(43, B64URL)].join(".");
  }
  pem(type: "RSA" | "EC" | "OPENSSH" | "" | "ENCRYPTED", bytes = 1190): string {
    const label = type === "" ? "PRIVATE KEY" : `${type} PRIVATE KEY`;
    let body: string;
    if (type === "OPENSSH") {
      const magic = new TextEncoder().encode("openssh-key-v1\0");
      const rest = this.bytes(bytes);
      const all = new Uint8Array(magic.length + rest.length);
      all.set(magic);
      all.set(rest, magic.length);
      body = b64(all);
    } else {
      // Plausible DER framing (SEQUENCE, version, algorithm) around a random body.
      const rnd = this.bytes(bytes);
      const len = (n: number) => [0x82, (n >> 8) & 0xff, n & 0xff];
      let head: number[];
      if (type === "RSA") head = [0x30, ...len(bytes + 8), 0x02, 0x01, 0x00, 0x02, ...len(bytes - 4)];
      else if (type === "EC") head = [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20];
      else head = [0x30, ...len(bytes + 22), 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, ...len(bytes)];
      const all = new Uint8Array(head.length + rnd.length);
      all.set(head);
      all.set(rnd, head.length);
      body = b64(all);
    }
    const lines = body.match(type === "OPENSSH" ? /.{1,70}/g : /.{1,64}/g) ?? [];
    return ["-----BEGIN ", label, "-----\n", lines.join("\n"), "\n-----END ", label, "-----"].join("");
  }
  mnemonic(words: 12 | 24 = 12): string {
    return entropyToMnemonic(this.bytes(words === 12 ? 16 : 32), wordlist);
  }
}

// GitHub's token checksum: CRC32 of the random part, base62, left-padded to 6.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of new TextEncoder().encode(s)) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function crc32b62(s: string): string {
  const A = DIG + UP + LO;
  let n = crc32(s);
  let out = "";
  while (n > 0) {
    out = A[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, "0");
}

// ---- encoders ----
export const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === "string" ? new TextEncoder().encode(b) : b).toString("base64");
export const b64url = (b: Uint8Array | string) => b64(b).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
export const hexOf = (s: string) => Buffer.from(s, "utf8").toString("hex");
export const utf16b64 = (s: string) => Buffer.from(s, "utf16le").toString("base64");
export const gzb64 = (s: string) => Buffer.from(gzipSync(Buffer.from(s, "utf8"))).toString("base64");
export const pctAll = (s: string) => Array.from(new TextEncoder().encode(s), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
export const reverse = (s: string) => Array.from(s).reverse().join("");
export function base32(s: string | Uint8Array, pad = true): string {
  const bytes = typeof s === "string" ? new TextEncoder().encode(s) : s;
  let bits = 0;
  let val = 0;
  let out = "";
  for (const b of bytes) {
    val = (val << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  if (pad) while (out.length % 8) out += "=";
  return out;
}
export function chunks(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

// ---- case builder ----
export function builder(file: string, kind: CorpusKind) {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (label: "positive" | "benign", category: string, text: string, note?: string) => {
    n++;
    const c: CorpusCase = { id: `g-${file}-${String(n).padStart(3, "0")}`, kind, category: `heldoutg-${category}`, label, text };
    if (note) c.note = note;
    out.push(c);
  };
  return {
    cases: out,
    pos: (category: string, text: string, note?: string) => add("positive", category, text, note),
    ben: (category: string, text: string, note?: string) => add("benign", category, text, note),
  };
}
