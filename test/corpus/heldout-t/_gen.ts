// Run-time builders for the heldout-t corpus. Every credential-like value is assembled here from a
// split prefix and a body drawn from a fixed-seed PRNG, so the repository never holds a literal
// credential and the output is deterministic. Not a *.cases.ts file: the loader skips it.
import { mulberry32, randomString, randomBytes } from "../../helpers/prng.ts";

const rand = mulberry32(0x7e57_1d);

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export function s(n: number, alphabet = AN): string {
  return randomString(rand, n, alphabet);
}
/** join pieces: keeps prefixes split in source. */
export const j = (...p: string[]) => p.join("");
export const hex = (n: number) => s(n, HEX);
export const digits = (n: number) => s(1, "123456789") + s(n - 1, DIG);
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${s(1, "89ab")}${hex(3)}-${hex(12)}`;
export const b64 = (str: string) => Buffer.from(str, "utf8").toString("base64");
export const b64url = (str: string) => Buffer.from(str, "utf8").toString("base64url");
export const toHex = (str: string) => Buffer.from(str, "utf8").toString("hex");
/** random base64 with correct padding for n raw bytes */
export function rawB64(bytes: number): string {
  return Buffer.from(randomBytes(rand, bytes)).toString("base64");
}
export function b32(str: string): string {
  const bytes = Buffer.from(str, "utf8");
  let bits = 0, val = 0, out = "";
  for (const b of bytes) {
    val = (val << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
}
export function chunk(str: string, n: number): string[] {
  const o: string[] = [];
  for (let i = 0; i < str.length; i += n) o.push(str.slice(i, i + n));
  return o;
}
/** PEM body of random bytes wrapped at 64 (or 70 for OpenSSH). */
export function pem(label: string, bytes: number, width = 64, lead = ""): string {
  const body = lead + rawB64(bytes);
  return [`-----BEGIN ${label}-----`, ...chunk(body, width), `-----END ${label}-----`].join("\n");
}
export const rsaKey = () => pem(j("RSA PRIV", "ATE KEY"), 1190, 64, "MIIEow" + "IBAAKCAQEA");
export const pkcs8Key = () => pem(j("PRIV", "ATE KEY"), 1210, 64, "MIIEvQ" + "IBADANBgkqhkiG9w0BAQEFAASC");
export const ecKey = () => pem(j("EC PRIV", "ATE KEY"), 118, 64, "MHcCAQEEI");
export const opensshKey = () =>
  pem(j("OPENSSH PRIV", "ATE KEY"), 380, 70, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
export const pgpKey = () => {
  const body = chunk("lQVYBG" + rawB64(1400), 64).join("\n");
  return [j("-----BEGIN PGP PRIV", "ATE KEY BLOCK-----"), "", body, "=" + s(4, B64), j("-----END PGP PRIV", "ATE KEY BLOCK-----")].join("\n");
};
export function jwt(payload: Record<string, unknown>, alg = "HS256"): string {
  return [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(payload)), s(alg.startsWith("RS") ? 342 : 43, B64U)].join(".");
}

// ---- provider tokens (documented shapes) ----
export const t = {
  awsId: () => j("AK", "IA", s(16, B32)),
  awsTmpId: () => j("AS", "IA", s(16, B32)),
  awsSecret: () => s(40, AN + "/+"),
  awsSession: () => j("IQoJb3JpZ2luX2Vj", s(600, B64)),
  googleApi: () => j("AI", "za", s(35, B64U)),
  googleRefresh: () => j("1/", "/0", s(100, B64U)),
  googleOauthSecret: () => j("GOC", "SPX-", s(28, B64U)),
  azureStorageKey: () => rawB64(64),
  alibabaId: () => j("LT", "AI", s(20, AN)),
  alibabaSecret: () => s(30, AN),
  tencentId: () => j("AK", "ID", s(32, AN)),
  tencentKey: () => s(32, AN),
  yandexApiKey: () => j("AQ", "VN", s(36, B64U)),
  yandexIam: () => j("t1", ".9euelZ", s(150, B64U)),
  scwAccess: () => j("SC", "W", s(17, ANU)),
  doPat: () => j("do", "p_v1_", hex(64)),
  doOauth: () => j("do", "o_v1_", hex(64)),
  ibmKey: () => s(44, B64U),
  ghp: () => j("gh", "p_", s(36)),
  gho: () => j("gh", "o_", s(36)),
  ghs: () => j("gh", "s_", s(36)),
  ghFine: () => j("github", "_pat_11", s(20, ANU), "0", "_", s(59)),
  glpat: () => j("gl", "pat-", s(20, B64U)),
  glrt: () => j("gl", "rt-", s(20, B64U)),
  glptt: () => j("gl", "ptt-", hex(40)),
  gldt: () => j("gl", "dt-", s(20, B64U)),
  atlassian: () => j("ATA", "TT3xFfGF0", s(180, B64U), "=", s(8, HEXU)),
  bitbucketApp: () => j("AT", "BB", s(32), s(8, HEXU)),
  slackBot: () => j("xo", "xb-", digits(12), "-", digits(13), "-", s(24)),
  slackUser: () => j("xo", "xp-", digits(12), "-", digits(12), "-", digits(13), "-", hex(32)),
  slackApp: () => j("xa", "pp-1-", s(11, ANU), "-", digits(13), "-", hex(64)),
  discordBot: () => j(b64(digits(18)).replace(/=+$/, ""), ".", s(6, B64U), ".", s(38, B64U)),
  telegram: () => j(digits(10), ":", "AA", s(33, B64U)),
  stripeLive: () => j("sk", "_live_", s(99)),
  stripeRestricted: () => j("rk", "_live_", s(99)),
  stripeWhsec: () => j("wh", "sec_", s(32)),
  squareToken: () => j("EA", "AA", s(60, B64U)),
  squareSecret: () => j("sq0", "csp-", s(43, B64U)),
  razorpayId: () => j("rzp", "_live_", s(14)),
  razorpaySecret: () => s(24),
  braintree: () => j("access_token", "$production$", s(16, ANL), "$", hex(32)),
  paystack: () => j("sk", "_live_", hex(40)),
  flutterwave: () => j("FLW", "SECK-", hex(32), "-X"),
  mollie: () => j("li", "ve_", s(30)),
  adyen: () => j("AQ", "E", s(1, "ghijklmnop"), "hmfxL", s(120, B64U)),
  openai: () => j("sk", "-proj-", s(74, B64U), "T3Blbk", "FJ", s(74, B64U)),
  anthropic: () => j("sk-", "ant-api03-", s(93, B64U), "AA"),
  groq: () => j("gs", "k_", s(52)),
  hf: () => j("h", "f_", s(34, UP + LO)),
  replicate: () => j("r8", "_", s(37)),
  perplexity: () => j("pp", "lx-", s(48)),
  xai: () => j("xa", "i-", s(80)),
  openrouter: () => j("sk-", "or-v1-", hex(64)),
  langsmith: () => j("ls", "v2_pt_", hex(32), "_", hex(10)),
  pinecone: () => j("pc", "sk_", s(5), "_", s(63)),
  deepseek: () => j("s", "k-", hex(32)),
  fireworks: () => j("f", "w_", s(24)),
  npm: () => j("np", "m_", s(36)),
  pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", s(150, B64U)),
  rubygems: () => j("ruby", "gems_", hex(48)),
  nuget: () => j("oy", "2", s(43, ANL)),
  dockerhub: () => j("dc", "kr_pat_", s(27, B64U)),
  crates: () => j("ci", "o", s(32)),
  jfrog: () => j("AK", "Cp", s(69)),
  clojars: () => j("CLO", "JARS_", hex(60)),
  nrak: () => j("NR", "AK-", s(27, ANU)),
  sentryUser: () => j("sn", "tryu_", hex(64)),
  sentryOrg: () => j("sn", "trys_", b64url(JSON.stringify({ iat: 1733000000.5, url: "https://sentry.example.com", region_url: "https://sentry.example.com", org: "acme" })), "_", s(43, B64U)),
  grafanaSa: () => j("gl", "sa_", s(32), "_", hex(8)),
  grafanaCloud: () => j("gl", "c_", b64(JSON.stringify({ o: digits(6), n: "stack-" + digits(6) + "-hm-read", k: s(24), m: { r: "prod-eu-west-2" } }))),
  dynatrace: () => j("dt", "0c01.", s(24, ANU), ".", s(64, ANU)),
  axiom: () => j("xa", "at-", uuid()),
  datadogApi: () => hex(32),
  datadogApp: () => hex(40),
  honeycomb: () => j("hc", "aik_", s(58, ANL)),
  pscalePw: () => j("psc", "ale_pw_", s(43, B64U)),
  pscaleTkn: () => j("psc", "ale_tkn_", s(43, B64U)),
  supabasePat: () => j("sb", "p_", hex(40)),
  databricks: () => j("da", "pi", hex(32)),
  neon: () => j("na", "pi_", s(64, ANL)),
  fauna: () => j("fn", "A", s(37, B64U)),
  shopify: () => j("sh", "pat_", hex(32)),
  shopifyShared: () => j("sh", "pss_", hex(32)),
  linear: () => j("lin", "_api_", s(40)),
  notion: () => j("nt", "n_", digits(11), s(35)),
  airtable: () => j("pa", "t", s(14), ".", hex(64)),
  figma: () => j("fi", "gd_", s(40, B64U)),
  hubspot: () => j("pa", "t-na1-", uuid()),
  postman: () => j("PM", "AK-", hex(24), "-", hex(34)),
  mailchimp: () => j(hex(32), "-us", String(1 + Math.floor(rand() * 20))),
  doppler: () => j("dp", ".st.", s(3, ANL), ".", s(40)),
  pulumi: () => j("pu", "l-", hex(40)),
  tfc: () => j(s(14), ".atlas", "v1.", s(67, B64U)),
  vault: () => j("hv", "s.", s(24)),
  vaultBatch: () => j("hv", "b.", s(138, B64U)),
  onePassword: () => j("op", "s_", b64url(JSON.stringify({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: s(22, B64U) }, email: s(10, ANL) + "@" + "serviceaccounts.example.com", srpX: hex(64), muk: { alg: "A256GCM", ext: true, k: s(43, B64U), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + s(6, ANU) + "-" + s(6, ANU) + "-" + s(5, ANU) + "-" + s(5, ANU) + "-" + s(5, ANU) + "-" + s(5, ANU), throttleSecret: { seed: hex(64), deviceUuid: s(26, ANL) }, deviceUuid: s(26, ANL) }))),
  infisical: () => j("st", ".", uuid(), ".", hex(32), ".", hex(32)),
  contentful: () => j("CF", "PAT-", s(43, B64U)),
  netlify: () => j("nf", "p_", s(36)),
  render: () => j("rn", "d_", s(32)),
  heroku: () => j("HR", "KU-", "AA", s(58, B64U)),
  flyio: () => j("Fly", "V1 fm2_", s(300, B64), ",fm2_", s(200, B64)),
  cloudflareToken: () => s(40, B64U),
  cloudflareGlobal: () => hex(37),
  cfOriginCa: () => j("v1", ".0-", hex(24), "-", hex(146)),
  twilioSid: () => j("A", "C", hex(32)),
  twilioKey: () => j("S", "K", hex(32)),
  twilioAuth: () => hex(32),
  sendgrid: () => j("S", "G.", s(22, B64U), ".", s(43, B64U)),
  mailgun: () => j("ke", "y-", hex(32)),
  brevo: () => j("xke", "ysib-", hex(64), "-", s(16)),
  resend: () => j("r", "e_", s(8), "_", s(24)),
  postmark: () => uuid(),
  launchdarkly: () => j("sd", "k-", uuid()),
  ldApi: () => j("ap", "i-", uuid()),
  statsig: () => j("sec", "ret-", s(43)),
  posthogPersonal: () => j("ph", "x_", s(43)),
  configcat: () => j("configcat", "-sdk-1/", s(22, B64U), "/", s(22, B64U)),
  circleci: () => j("CCI", "PAT_", s(22), "_", hex(40)),
  buildkite: () => j("bk", "ua_", hex(40)),
  sonar: () => j("sq", "u_", hex(40)),
  azdo: () => s(52, "abcdefghijklmnopqrstuvwxyz234567"),
  harness: () => j("pa", "t.", s(22, B64U), ".", hex(24), ".", s(20)),
  octopus: () => j("AP", "I-", s(26, ANU)),
  jenkins: () => j("11", hex(32)),
  ageSecret: () => j("AGE-SEC", "RET-KEY-1", s(58, BECH)),
  wireguard: () => rawB64(32),
  password: () => s(6, UP + LO) + s(3, DIG) + s(1, "!#%&*-_") + s(6, AN),
};
