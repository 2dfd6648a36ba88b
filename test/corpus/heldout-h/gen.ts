// Run-time builders for held-out corpus H. Every credential-looking string is assembled here from
// split prefixes and bodies drawn from a seeded PRNG, so the repository never holds one literally.
import { entropyToMnemonic } from "@scure/bip39";
import { wordlist as english } from "@scure/bip39/wordlists/english.js";
import type { CorpusCase, CorpusKind } from "../types.ts";
import { mulberry32 as mulberry, randomBytes, randomString } from "../../helpers/prng.ts";

let stream = mulberry(0x48_0b_1d);
export const rnd = () => stream();
/** Each *.cases.ts calls this first, so its output does not depend on module load order. */
export function reseed(seed: number): void {
  stream = mulberry(seed);
}
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEXL = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLSAFE = AN + "-_";

export function r(n: number, alphabet = AN): string {
  return randomString(rnd, n, alphabet);
}
export const hex = (n: number) => r(n, HEXL);
export const digits = (n: number) => r(1, "123456789") + r(n - 1, DIG);
const j = (...p: string[]) => p.join("");

function b64url(s: string): string {
  return Buffer.from(s).toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Provider tokens in their published shapes; prefixes split so no literal appears in source. */
export const tok = {
  awsId: () => j("AK", "IA", r(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  awsTempId: () => j("AS", "IA", r(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  awsSecret: () => r(40, B64),
  ghp: () => j("gh", "p_", r(36)),
  gho: () => j("gh", "o_", r(36)),
  ghs: () => j("gh", "s_", r(36)),
  ghFine: () => j("github", "_pat_", "11", r(20, UP + DIG), "_", r(59, AN + "_")),
  glpat: () => j("gl", "pat-", r(20, URLSAFE)),
  glRunner: () => j("gl", "rt-", r(20, URLSAFE)),
  stripeSk: () => j("sk", "_live_", "51", r(97)),
  stripeRk: () => j("rk", "_live_", "51", r(97)),
  stripeWh: () => j("wh", "sec_", r(32)),
  slackBot: () => j("xo", "xb-", digits(12), "-", digits(13), "-", r(24)),
  slackUser: () => j("xo", "xp-", digits(12), "-", digits(12), "-", digits(13), "-", hex(32)),
  slackHook: () => j("https://hooks.", "slack.com/services/", "T", r(10, UP + DIG), "/B", r(10, UP + DIG), "/", r(24)),
  anthropic: () => j("sk-", "ant-", "api03-", r(93, URLSAFE), "AA"),
  openai: () => j("sk-", "proj-", r(74, URLSAFE), "T3Blbk", "FJ", r(74, URLSAFE)),
  gapi: () => j("AI", "za", "Sy", r(33, URLSAFE)),
  npm: () => j("np", "m_", r(36)),
  pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", r(70, URLSAFE)),
  twilioSk: () => j("S", "K", hex(32)),
  twilioAc: () => j("A", "C", hex(32)),
  sendgrid: () => j("S", "G.", r(22, URLSAFE), ".", r(43, URLSAFE)),
  mailgun: () => j("ke", "y-", hex(32)),
  discordHook: () => j("https://discord.", "com/api/webhooks/", digits(18), "/", r(68, URLSAFE)),
  discordBot: () => j("M", r(1, "TDzj"), r(22, AN), ".", r(6, URLSAFE), ".", r(38, URLSAFE)),
  telegram: () => j(digits(10), ":", "AA", r(33, URLSAFE)),
  shopify: () => j("sh", "pat_", hex(32)),
  hf: () => j("h", "f_", r(34, UP + LO)),
  digitalocean: () => j("do", "p_v1_", hex(64)),
  doppler: () => j("dp", ".pt.", r(43)),
  postman: () => j("PM", "AK-", hex(24), "-", hex(34)),
  databricks: () => j("da", "pi", hex(32)),
  linear: () => j("lin", "_api_", r(40)),
  notion: () => j("nt", "n_", digits(11), r(35)),
  atlassian: () => j("ATA", "TT3xFfGF0", r(180, URLSAFE), "=", r(8, "0123456789ABCDEF")),
  newrelic: () => j("NR", "AK-", r(27, UP + DIG)),
  sentryDsn: () => j("https://", hex(32), "@o", digits(6), ".ingest.", "sentry.io/", digits(7)),
  grafana: () => j("gl", "sa_", r(32), "_", hex(8)),
  groq: () => j("gs", "k_", r(52)),
  replicate: () => j("r", "8_", r(37)),
  perplexity: () => j("ppl", "x-", r(48)),
  xai: () => j("xa", "i-", r(80)),
  square: () => j("EA", "AA", r(60, URLSAFE)),
  braintree: () => j("access_token$", "production$", r(16, LO + DIG), "$", hex(32)),
  flutterwave: () => j("FLWSEC", "K-", hex(32), "-X"),
  age: () => j("AGE-SECRET", "-KEY-1", r(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
  tailscale: () => j("tskey", "-auth-", r(12), "CNTRL-", r(33)),
  pulumi: () => j("pu", "l-", hex(40)),
  tfc: () => j(r(14), ".atlas", "v1.", r(67, URLSAFE)),
  buildkite: () => j("bk", "ua_", hex(40)),
  dockerhub: () => j("dc", "kr_pat_", r(27, URLSAFE)),
  rubygems: () => j("ruby", "gems_", hex(48)),
  nuget: () => j("oy", "2", r(43, LO + DIG)),
  clojars: () => j("CLOJARS", "_", hex(60)),
  alibaba: () => j("LT", "AI", r(20)),
  mapbox: () => j("s", "k.", "eyJ1Ijoi", r(20), "IiwiYSI6Im", r(16), "In0.", r(22, URLSAFE)),
  flyio: () => j("Fly", "V1 ", "fm2_", r(120, URLSAFE)),
  azureConn: () => j("DefaultEndpointsProtocol=https;AccountName=", r(10, LO), "prod;Account", "Key=", r(86, B64), "==;EndpointSuffix=core.windows.net"),
  datadogApi: () => hex(32),
  datadogApp: () => hex(40),
  jwt: (claims: Record<string, unknown> = { sub: digits(8), name: "svc-deploy", iat: 1764800000, exp: 1764886400 }) =>
    j(b64url(JSON.stringify({ alg: "HS256", typ: "JWT" })), ".", b64url(JSON.stringify(claims)), ".", r(43, URLSAFE)),
  pem: (kind = "RSA PRIVATE KEY", lines = 25) => {
    const body: string[] = [];
    body.push(j("MIIEp", "AIBAAKCAQEA", r(53, B64)));
    for (let i = 1; i < lines; i++) body.push(r(64, B64));
    body.push(r(36, B64) + "==");
    return j("-----BEGIN ", kind, "-----\n", body.join("\n"), "\n-----END ", kind, "-----");
  },
  openssh: () => {
    const body = [j("b3BlbnNzaC1rZXktdjEAAAAA", "BG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", r(16, B64))];
    for (let i = 0; i < 5; i++) body.push(r(70, B64));
    return j("-----BEGIN OPENSSH ", "PRIVATE KEY-----\n", body.join("\n"), "\n-----END OPENSSH ", "PRIVATE KEY-----");
  },
  password: () => j(r(4, UP), r(3, "!#%&*@^"), r(6, LO), r(3, DIG), r(3, AN)),
  bip39: (words: 12 | 24 = 12) => {
    const n = words === 12 ? 16 : 32;
    const e = randomBytes(rnd, n);
    return entropyToMnemonic(e, english);
  },
};

/** Case builder for one file: ids h-<file>-NNN, category heldouth-<name>. */
export function builder(file: string, kind: CorpusKind) {
  const cases: CorpusCase[] = [];
  let n = 0;
  const add = (label: "positive" | "benign") => (cat: string, text: string, note?: string) => {
    n++;
    const c: CorpusCase = { id: `h-${file}-${String(n).padStart(3, "0")}`, kind, category: `heldouth-${cat}`, label, text };
    if (note) c.note = note;
    cases.push(c);
  };
  return { cases, pos: add("positive"), ben: add("benign") };
}
