// Run-time generators for heldout-k. Deterministic (fixed seed); the repo holds no literal credential.
import { mulberry32, randomString } from "../../helpers/prng.ts";
export const mk = (seed: number) => {
  const r = mulberry32(seed);
  const s = (n: number, cs: string) => randomString(r, n, cs);
  return { r, s };
};
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const j = (...p: string[]) => p.join("");
export const b64 = (x: string) => Buffer.from(x).toString("base64");
export const b64url = (x: string) => Buffer.from(x).toString("base64url");
export const hexenc = (x: string) => Buffer.from(x).toString("hex");
export const b32enc = (x: string) => {
  const buf = Buffer.from(x);
  let bits = 0, val = 0, out = "";
  for (const byte of buf) {
    val = (val << 8) | byte; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
};

export function gen(seed: number) {
  const { s, r } = mk(seed);
  const jwtOf = (payload: object) =>
    [b64url(JSON.stringify({ alg: "HS256", typ: "JWT" })), b64url(JSON.stringify(payload)), s(43, B64U)].join(".");
  const pemBody = (n: number) => {
    const raw = s(n, B64);
    return raw.match(/.{1,64}/g)!.join("\n");
  };
  return {
    s, r,
    awsId: () => j("AK", "IA", s(16, B32)),
    awsTmpId: () => j("AS", "IA", s(16, B32)),
    awsSecret: () => s(40, AN + "/+"),
    ghp: () => j("gh", "p_", s(36, AN)),
    gho: () => j("gh", "o_", s(36, AN)),
    ghs: () => j("gh", "s_", s(36, AN)),
    ghFine: () => j("github", "_pat_", s(22, AN), "_", s(59, AN)),
    glpat: () => j("gl", "pat-", s(20, AN + "-_")),
    glrt: () => j("gl", "rt-", s(20, AN + "-_")),
    xoxb: () => j("xo", "xb-", s(12, DIG), "-", s(13, DIG), "-", s(24, AN)),
    xoxp: () => j("xo", "xp-", s(12, DIG), "-", s(12, DIG), "-", s(13, DIG), "-", s(32, HEX)),
    stripe: () => j("sk", "_live_", s(99, AN)),
    stripeRk: () => j("rk", "_live_", s(99, AN)),
    whsec: () => j("wh", "sec_", s(32, AN)),
    openai: () => j("sk-", "proj-", s(74, AN + "-_"), "T3Blbk", "FJ", s(74, AN + "-_")),
    anthropic: () => j("sk-", "ant-api03-", s(93, AN + "_-"), "AA"),
    gapi: () => j("AI", "za", s(35, AN + "-_")),
    gocspx: () => j("GOC", "SPX-", s(28, AN + "-_")),
    ya29: () => j("ya", "29.", s(120, AN + "-_")),
    azureStorage: () => s(86, B64) + "==",
    azureAdSecret: () => j(s(3, AN), "8Q~", s(34, AN + "~._-")),
    twilioSid: () => j("A", "C", s(32, HEX)),
    twilioKey: () => j("S", "K", s(32, HEX)),
    sendgrid: () => j("S", "G.", s(22, AN + "-_"), ".", s(43, AN + "-_")),
    mailgun: () => j("ke", "y-", s(32, HEX)),
    npm: () => j("np", "m_", s(36, AN)),
    pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", s(70, AN + "-_")),
    dockerPat: () => j("dc", "kr_pat_", s(27, AN + "-_")),
    hf: () => j("h", "f_", s(34, UP + LO)),
    ddApi: () => s(32, HEX),
    newrelic: () => j("NR", "AK-", s(27, UP + DIG)),
    shopify: () => j("sh", "pat_", s(32, HEX)),
    telegram: () => j(s(1, "123456789"), s(9, DIG), ":AA", s(33, AN + "-_")),
    discord: () => j("MT", s(24, AN), ".", s(6, AN + "-_"), ".", s(38, AN + "-_")),
    doToken: () => j("do", "p_v1_", s(64, HEX)),
    linear: () => j("lin", "_api_", s(40, AN)),
    notion: () => j("nt", "n_", s(11, DIG), s(35, AN)),
    atlassian: () => j("ATA", "TT3xFfGF0", s(180, AN + "-_"), "=", s(8, HEX.toUpperCase())),
    postman: () => j("PM", "AK-", s(24, HEX), "-", s(34, HEX)),
    vault: () => j("hv", "s.", s(90, AN + "_-")),
    doppler: () => j("dp", ".st.", "prd.", s(40, AN)),
    pulumi: () => j("pu", "l-", s(40, HEX)),
    tfc: () => j(s(14, AN), ".atlas", "v1.", s(67, AN)),
    groq: () => j("gs", "k_", s(52, AN)),
    replicate: () => j("r", "8_", s(37, AN)),
    perplexity: () => j("ppl", "x-", s(48, AN)),
    xai: () => j("xa", "i-", s(80, AN)),
    supabase: () => j("sb", "p_", s(40, HEX)),
    pscale: () => j("psc", "ale_pw_", s(43, AN + "_")),
    grafana: () => j("gl", "sa_", s(32, AN), "_", s(8, HEX)),
    squareTok: () => j("EA", "AA", s(60, AN + "-_")),
    ageKey: () => j("AGE-SECRET", "-KEY-1", s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    databricks: () => j("da", "pi", s(32, HEX)),
    alibaba: () => j("LT", "AI", s(20, AN)),
    figma: () => j("fi", "gd_", s(40, AN + "-_")),
    airtable: () => j("pa", "t", s(14, AN), ".", s(64, HEX)),
    buildkite: () => j("bk", "ua_", s(40, HEX)),
    mapbox: () => j("s", "k.eyJ1Ijoi", s(40, AN), ".", s(22, AN + "-_")),
    contentful: () => j("CF", "PAT-", s(43, AN + "-_")),
    fbToken: () => j("EA", "AB", s(160, AN)),
    sourcegraph: () => j("sg", "p_", s(16, HEX), "_", s(40, HEX)),
    tailscale: () => j("tsk", "ey-auth-", s(12, AN), "-", s(33, AN)),
    resend: () => j("r", "e_", s(8, AN), "_", s(24, AN)),
    neon: () => j("na", "pi_", s(64, AN)),
    clerk: () => j("sk", "_live_", s(42, AN)),
    azdoPat: () => s(52, "abcdefghijklmnopqrstuvwxyz234567"),
    cloudflare: () => s(40, AN + "-_"),
    herokuUuid: () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), "a" + s(3, HEX), s(12, HEX)].join("-"),
    pw: () => s(6, LO) + s(2, DIG) + s(1, "!#%*") + s(5, UP + LO) + s(2, DIG),
    jwt: jwtOf,
    pem: (label: string, n = 1600) => `-----BEGIN ${label}-----\n${pemBody(n)}\n-----END ${label}-----`,
    opensshKey: () => `-----BEGIN OPENSSH PRIVATE KEY-----\n${("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + s(300, B64)).match(/.{1,70}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`,
    hex: (n: number) => s(n, HEX),
    an: (n: number) => s(n, AN),
    uuid: () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), "8" + s(3, HEX), s(12, HEX)].join("-"),
  };
}
