// Held-out corpus D helper: fake credentials are assembled at run time from a seeded PRNG, so the
// repository never holds a literal that looks like a live key. Written blind (no reading of src/).
import type { CorpusCase, CorpusKind } from "../types.ts";
import { mulberry32 as prng, randomString, pick as pickFrom, randomBytes, randomInt } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const BECH32U = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

const j = (...p: string[]) => p.join("");

export function gen(seed: number) {
  const r = prng(seed);
  const s = (n: number, cs: string) => randomString(r, n, cs);
  const int = (lo: number, hi: number) => randomInt(r, lo, hi);
  const pick = <T>(xs: readonly T[]): T => pickFrom(r, xs);
  const bytes = (n: number) => Array.from(randomBytes(r, n));
  const hex = (n: number) => s(n, HEX);
  const uuid = () => {
    const h = hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  // A mixed-case credential-like value that always contains upper, lower and digits.
  const opaque = (n: number, cs = ALNUM) => {
    for (;;) {
      const v = s(n, cs);
      const ok = [/[A-Z]/, /[a-z]/, /[0-9]/].every((re) => !re.test(cs) || re.test(v));
      if (ok || n < 8) return v;
    }
  };
  const tok = {
    ghp: (n = 36) => j("gh", "p_", opaque(n)),
    gho: (n = 36) => j("gh", "o_", opaque(n)),
    ghs: (n = 36) => j("gh", "s_", opaque(n)),
    ghu: (n = 36) => j("gh", "u_", opaque(n)),
    ghr: (n = 36) => j("gh", "r_", opaque(n)),
    githubPat: (a = 22, b = 59) => j("github", "_pat_", "11", opaque(a - 2, UP + DIG), "_", opaque(b)),
    awsId: (n = 16) => j("AK", "IA", s(n, UP.slice(0, 26) + "234567")),
    asiaId: (n = 16) => j("AS", "IA", s(n, UP + "234567")),
    awsSecret: (n = 40) => opaque(n, ALNUM + "/+"),
    anthropic: (n = 93) => j("sk-", "ant-", "api03-", opaque(n, B64URL), "AA"),
    anthropicAdmin: (n = 93) => j("sk-", "ant-", "admin01-", opaque(n, B64URL), "AA"),
    openaiProj: (a = 74, b = 74) => j("sk-", "proj-", opaque(a, B64URL), "T3Blbk", "FJ", opaque(b, B64URL)),
    openaiLegacy: (a = 20, b = 20) => j("sk-", opaque(a), "T3Blbk", "FJ", opaque(b)),
    slackBot: (c = 24) => j("xo", "xb-", s(1, "123456789"), s(11, DIG), "-", s(1, "123456789"), s(12, DIG), "-", opaque(c)),
    slackUser: () => j("xo", "xp-", s(12, DIG), "-", s(12, DIG), "-", s(13, DIG), "-", hex(32)),
    slackApp: () => j("xa", "pp-1-", "A", s(10, UP + DIG), "-", s(13, DIG), "-", hex(64)),
    slackHook: () => j("https://hooks.", "slack.com/services/", "T", s(10, UP + DIG), "/B", s(10, UP + DIG), "/", opaque(24)),
    stripeLive: (n = 24) => j("sk", "_live_", opaque(n)),
    stripeRestricted: (n = 24) => j("rk", "_live_", opaque(n)),
    stripeWebhook: (n = 32) => j("wh", "sec_", opaque(n)),
    twilioSK: () => j("S", "K", hex(32)),
    twilioAC: () => j("A", "C", hex(32)),
    npm: (n = 36) => j("np", "m_", opaque(n)),
    google: (n = 35) => j("AI", "za", "Sy", opaque(n - 2, B64URL)),
    glpat: (n = 20) => j("gl", "pat-", opaque(n, B64URL)),
    sendgrid: (a = 22, b = 43) => j("S", "G.", opaque(a, B64URL), ".", opaque(b, B64URL)),
    mailgun: () => j("ke", "y-", hex(32)),
    hf: (n = 34) => j("h", "f_", s(n, UP + LO)),
    shopify: () => j("sh", "pat_", hex(32)),
    doPat: () => j("do", "p_v1_", hex(64)),
    databricks: () => j("da", "pi", hex(32)),
    groq: (n = 52) => j("gs", "k_", opaque(n)),
    linear: (n = 40) => j("lin", "_api_", opaque(n)),
    postman: () => j("PM", "AK-", hex(24), "-", hex(34)),
    newrelic: () => j("NR", "AK-", s(27, UP + DIG)),
    telegram: () => j(String(int(1, 7)), s(9, DIG), ":", "AA", opaque(33, B64URL)),
    age: () => j("AGE-", "SECRET-KEY-1", s(58, BECH32U)),
    pulumi: () => j("pu", "l-", hex(40)),
    grafana: () => j("gl", "sa_", opaque(32), "_", hex(8)),
    doppler: () => j("dp", ".pt.", opaque(43)),
    sentry: () => j("sn", "tryu_", hex(64)),
    vault: (n = 90) => j("hv", "s.", "CAESI", opaque(n, B64URL)),
    supabase: () => j("sb", "p_", hex(40)),
    notion: () => j("nt", "n_", s(11, DIG), opaque(35)),
    airtable: () => j("pa", "t", opaque(14), ".", hex(64)),
    figma: () => j("fi", "gd_", opaque(40, B64URL)),
    replicate: () => j("r", "8_", opaque(37)),
    perplexity: () => j("pp", "lx-", opaque(48)),
    xai: () => j("xa", "i-", opaque(80)),
    tailscale: () => j("ts", "key-auth-", "k", opaque(11), "CNTRL-", opaque(33)),
    netlify: () => j("nf", "p_", opaque(36)),
    resend: () => j("r", "e_", opaque(8), "_", opaque(24)),
    langsmith: () => j("lsv2", "_pt_", hex(32), "_", hex(10)),
    pypi: (n = 120) => j("py", "pi-", "AgEIcHlwaS5vcmc", opaque(n, B64URL)),
    discordHook: () => j("https://discord.com/api/", "webhooks/", s(1, "123456789"), s(17, DIG), "/", opaque(68, B64URL)),
    azureKey: () => j(opaque(86, B64), "=="),
    mailchimp: () => j(hex(32), "-us", String(int(1, 21))),
    square: () => j("EA", "AA", opaque(60, B64URL)),
    pemRsa: (lines = 6) =>
      [j("-----BEGIN ", "RSA PRIVATE", " KEY-----"), j("MIIE", s(60, B64)), ...Array.from({ length: lines }, () => s(64, B64)), j(s(40, B64), "=="), j("-----END ", "RSA PRIVATE", " KEY-----")].join("\n"),
    pemOpenssh: () =>
      [j("-----BEGIN ", "OPENSSH PRIVATE", " KEY-----"), j("b3BlbnNzaC1rZXktdjEAAAAA", s(46, B64)), s(70, B64), s(70, B64), s(70, B64), j(s(30, B64), "="), j("-----END ", "OPENSSH PRIVATE", " KEY-----")].join("\n"),
  };
  return { r, s, int, pick, bytes, hex, uuid, opaque, tok };
}

/** Case builder: ids `hd-<tag>-NNN`. */
export function maker(kind: CorpusKind, category: string, tag: string) {
  let n = 0;
  const out: CorpusCase[] = [];
  const add = (label: "positive" | "benign", text: string, note?: string, expect?: string) => {
    const c: CorpusCase = { id: `hd-${tag}-${String(++n).padStart(3, "0")}`, kind, category, label, text };
    if (note) c.note = note;
    if (expect) c.expect = expect;
    out.push(c);
    return c;
  };
  return {
    cases: out,
    pos: (text: string, note?: string, expect?: string) => add("positive", text, note, expect),
    neg: (text: string, note?: string) => add("benign", text, note),
  };
}

export const b64 = (s: string | Uint8Array) => Buffer.from(s as string).toString("base64");
export const b64url = (s: string | Uint8Array) => Buffer.from(s as string).toString("base64url");
export const toHex = (s: string | Uint8Array) => Buffer.from(s as string).toString("hex");
export function base32(input: string | Uint8Array, pad = true): string {
  const buf = Buffer.from(input as string);
  let bits = 0, val = 0, out = "";
  for (const b of buf) {
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
