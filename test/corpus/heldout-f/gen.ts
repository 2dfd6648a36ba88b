// Held-out set F: seeded generators. Every credential-shaped string is assembled here at run
// time from a PRNG, so the repository never holds a literal that looks like a live credential.
// Formats follow the providers' public documentation (prefix, length, alphabet); bodies are random.
import { gzipSync } from "node:zlib";
import { generateMnemonic, mnemonicToEntropy, entropyToMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { mulberry32, randomString, pick as pickFrom, randomBytes, randomInt } from "../../helpers/prng.ts";

export const rnd = mulberry32(0xf0f0_2025);

export const A = {
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  get alnum() { return this.upper + this.lower + this.digit; },
  get url() { return this.upper + this.lower + this.digit + "_-"; },
  get b64() { return this.upper + this.lower + this.digit + "+/"; },
  bech: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
};

/** Random string of n chars; rejects bodies with no digit/no letter where the alphabet has both,
 *  so a token never collapses into something that reads as a word. */
export function rs(n: number, alphabet: string, r = rnd): string {
  return randomString(r, n, alphabet);
}
export const pick = <T>(xs: readonly T[], r = rnd): T => pickFrom(r, xs);
export const int = (lo: number, hi: number, r = rnd) => randomInt(r, lo, hi);
const j = (...p: string[]) => p.join("");

/** Provider tokens by published shape. Prefixes are split so no whole token literal exists. */
export const tok = {
  githubPat: () => j("gh", "p_", rs(36, A.alnum)),
  githubOauth: () => j("gh", "o_", rs(36, A.alnum)),
  githubServer: () => j("gh", "s_", rs(36, A.alnum)),
  githubFine: () => j("github", "_pat_", "11", rs(20, A.upper + A.digit), "_", rs(59, A.alnum)),
  gitlab: () => j("gl", "pat-", rs(20, A.url)),
  gitlabRunner: () => j("gl", "rt-", rs(20, A.url)),
  slackBot: () => j("xo", "xb-", rs(11, A.digit), "-", rs(13, A.digit), "-", rs(24, A.alnum)),
  slackUser: () => j("xo", "xp-", rs(11, A.digit), "-", rs(11, A.digit), "-", rs(13, A.digit), "-", rs(32, A.hex)),
  slackWebhook: () => j("https://hooks.", "slack.com/services/T", rs(8, A.upper + A.digit), "/B", rs(10, A.upper + A.digit), "/", rs(24, A.alnum)),
  stripeLive: () => j("sk", "_live_", "51", rs(22, A.alnum), rs(73, A.alnum)),
  stripeRestricted: () => j("rk", "_live_", "51", rs(95, A.alnum)),
  openaiProj: () => j("sk-", "proj-", rs(74, A.url), "T3Blbk", "FJ", rs(74, A.url)),
  openaiLegacy: () => j("sk-", rs(20, A.alnum), "T3Blbk", "FJ", rs(20, A.alnum)),
  anthropic: () => j("sk-", "ant-", "api03-", rs(93, A.url), "AA"),
  googleApi: () => j("AI", "za", "Sy", rs(33, A.url)),
  awsId: () => j("AK", "IA", rs(16, A.b32.replace("A", "Q"))),
  awsTempId: () => j("AS", "IA", rs(16, A.b32)),
  awsSecret: () => rs(40, A.alnum + "/+"),
  twilioKey: () => j("S", "K", rs(32, A.hex)),
  twilioSid: () => j("A", "C", rs(32, A.hex)),
  sendgrid: () => j("S", "G.", rs(22, A.url), ".", rs(43, A.url)),
  mailgun: () => j("key", "-", rs(32, A.hex)),
  npm: () => j("np", "m_", rs(36, A.alnum)),
  pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", rs(120, A.url)),
  shopify: () => j("sh", "pat_", rs(32, A.hex)),
  digitalocean: () => j("do", "p_v1_", rs(64, A.hex)),
  huggingface: () => j("h", "f_", rs(34, A.upper + A.lower)),
  databricks: () => j("da", "pi", rs(32, A.hex)),
  doppler: () => j("dp", ".pt.", rs(43, A.alnum)),
  linear: () => j("lin", "_api_", rs(40, A.alnum)),
  postman: () => j("PM", "AK-", rs(24, A.hex), "-", rs(34, A.hex)),
  telegram: () => j(String(int(100000000, 999999999)), ":", "AA", rs(33, A.url)),
  grafanaSa: () => j("gl", "sa_", rs(32, A.alnum), "_", rs(8, A.hex)),
  vault: () => j("hv", "s.", rs(90, A.url)),
  tfcloud: () => j(rs(14, A.alnum), ".atl", "asv1.", rs(67, A.alnum)),
  groq: () => j("gs", "k_", rs(52, A.alnum)),
  replicate: () => j("r", "8_", rs(37, A.alnum)),
  xai: () => j("xa", "i-", rs(80, A.alnum)),
  perplexity: () => j("pp", "lx-", rs(48, A.alnum)),
  notion: () => j("nt", "n_", rs(11, A.digit), rs(35, A.alnum)),
  airtable: () => j("p", "at", rs(14, A.alnum), ".", rs(64, A.hex)),
  figma: () => j("fi", "gd_", rs(40, A.url)),
  newrelic: () => j("NR", "AK-", rs(27, A.upper + A.digit)),
  supabase: () => j("sb", "p_", rs(40, A.hex)),
  planetscale: () => j("psc", "ale_tkn_", rs(43, A.url)),
  dynatrace: () => j("dt", "0c01.", rs(24, A.upper + A.digit), ".", rs(64, A.upper + A.digit)),
  dockerhub: () => j("dc", "kr_pat_", rs(27, A.url)),
  langsmith: () => j("ls", "v2_pt_", rs(32, A.hex), "_", rs(10, A.hex)),
  tailscale: () => j("ts", "key-auth-", rs(12, A.alnum), "-", rs(33, A.alnum)),
  age: () => j("AGE-", "SECRET-KEY-1", rs(58, A.bech).toUpperCase()),
  alibaba: () => j("LT", "AI", rs(20, A.alnum)),
  tencent: () => j("AK", "ID", rs(32, A.alnum)),
  mapbox: () => j("s", "k.", "eyJ1Ijoi", rs(40, A.alnum), ".", rs(22, A.url)),
  shippo: () => j("shippo", "_live_", rs(40, A.hex)),
  razorpay: () => j("rzp", "_live_", rs(14, A.alnum)),
  buildkite: () => j("bk", "ua_", rs(40, A.hex)),
  bitbucket: () => j("AT", "BB", rs(32, A.alnum)),
  prefect: () => j("pn", "u_", rs(36, A.alnum)),
  mailchimp: () => j(rs(32, A.hex), "-us", String(int(2, 21))),
  azureStorageKey: () => rs(86, A.b64) + "==",
  discordBot: () => j(Buffer.from(String(int(10 ** 17, 9 * 10 ** 17))).toString("base64").replace(/=+$/, ""), ".", rs(6, A.url), ".", rs(38, A.url)),
  discordWebhook: () => j("https://discord.com/api/", "webhooks/", String(int(10 ** 17, 9 * 10 ** 17)), "/", rs(68, A.url)),
  sentryDsn: () => j("https://", rs(32, A.hex), "@o", String(int(100000, 999999)), ".ingest.sentry.io/", String(int(1000000, 9999999))),
  jwt: () => {
    const b = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return j(b({ alg: "HS256", typ: "JWT" }), ".", b({ sub: rs(10, A.digit), role: "service_role", iss: "supabase", iat: 1712000000 + int(0, 9999999), exp: 2027000000 }), ".", rs(43, A.url));
  },
  cloudflare: () => rs(40, A.url),
  datadog: () => rs(32, A.hex),
  password: () => j(pick(["Tr", "Qv", "Zk", "Mx", "Bw"]), rs(5, A.lower), pick(["!", "#", "%", "&", "*"]), rs(4, A.digit), rs(4, A.alnum)),
};

/** PEM private keys with random bodies (well-formed base64, realistic lengths). */
export function pem(kind: "RSA" | "EC" | "OPENSSH" | "PKCS8" | "ENC"): string {
  const label = { RSA: "RSA PRIVATE KEY", EC: "EC PRIVATE KEY", OPENSSH: "OPENSSH PRIVATE KEY", PKCS8: "PRIVATE KEY", ENC: "ENCRYPTED PRIVATE KEY" }[kind];
  const n = { RSA: 1588, EC: 160, OPENSSH: 380, PKCS8: 1620, ENC: 1700 }[kind];
  let body = kind === "OPENSSH" ? "b3BlbnNzaC1rZXktdjEAAAAA" + rs(n, A.b64) : kind === "EC" ? "MHcCAQEEI" + rs(n, A.b64) : kind === "RSA" ? "MIIEpAIBAAKCAQEA" + rs(n, A.b64) : "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(n, A.b64);
  body = body.slice(0, body.length - (body.length % 4));
  const lines = body.match(/.{1,64}/g)!.join("\n");
  return j("-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----");
}

/** Public certificate (benign): PEM CERTIFICATE block with random base64. */
export function cert(): string {
  const body = "MIIDdzCCAl+gAwIBAgIE" + rs(1200, A.b64);
  return j("-----BEGIN CERTIFICATE-----\n", body.match(/.{1,64}/g)!.join("\n"), "\n-----END CERTIFICATE-----");
}

/** A valid BIP-39 mnemonic derived from PRNG entropy (checksum valid). */
export function mnemonic(words: 12 | 24 = 12): string {
  const ent = randomBytes(rnd, words === 12 ? 16 : 32);
  const m = entropyToMnemonic(ent, wordlist);
  mnemonicToEntropy(m, wordlist); // asserts checksum
  return m;
}
void generateMnemonic;

// Encodings
export const b64 = (s: string) => Buffer.from(s).toString("base64");
export const b64url = (s: string) => Buffer.from(s).toString("base64url");
export const hex = (s: string) => Buffer.from(s).toString("hex");
export const utf16le = (s: string) => Buffer.from(s, "utf16le").toString("base64");
export const gzb64 = (s: string) => gzipSync(Buffer.from(s)).toString("base64");
export const pct = (s: string) => [...Buffer.from(s)].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
export function base32(s: string): string {
  const bytes = Buffer.from(s);
  let bits = 0, val = 0, out = "";
  for (const b of bytes) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += A.b32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += A.b32[(val << (5 - bits)) & 31];
  return out;
}
export function qp(s: string): string {
  // quoted-printable with soft line breaks every 20 chars and '=' / '_' escaped
  let out = "", col = 0;
  for (const ch of s) {
    const e = ch === "=" || ch === "_" || ch === "-" ? "=" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0") : ch;
    if (col + e.length > 20) { out += "=\r\n"; col = 0; }
    out += e; col += e.length;
  }
  return out;
}
export const chunk = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!;

// Benign look-alikes
export const sha1 = () => rs(40, A.hex);
export const sha256 = () => rs(64, A.hex);
export const uuid = () => [rs(8, A.hex), rs(4, A.hex), "4" + rs(3, A.hex), pick(["8", "9", "a", "b"]) + rs(3, A.hex), rs(12, A.hex)].join("-");
export const integrity = () => "sha512-" + rs(86, A.b64) + "==";
export const pngB64 = () => "iVBORw0KGgoAAAANSUhEUgAAA" + rs(600, A.b64) + "AAAAAElFTkSuQmCC";
export const sshPub = () => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, A.b64) + " dev@laptop";
