// Run-time builders for heldout-y10. Every credential-shaped value is assembled here from a
// split prefix and a body drawn from a seeded mulberry32 PRNG (high bits of each draw), so the
// repository never holds a literal credential and the output is deterministic.
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLB = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

export function gen(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, alpha: string) => {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(r() * alpha.length)];
    return o;
  };
  const j = (...p: string[]) => p.join("");
  const g = {
    s,
    j,
    an: (n: number) => s(n, AN),
    hex: (n: number) => s(n, HX),
    HEX: (n: number) => s(n, HXU),
    up: (n: number) => s(n, UP + DG),
    lo: (n: number) => s(n, LO + DG),
    dig: (n: number) => j(s(1, "123456789"), s(n - 1, DG)),
    b64: (n: number) => s(n, B64),
    url: (n: number) => s(n, URLB),
    uuid: () => j(s(8, HX), "-", s(4, HX), "-4", s(3, HX), "-", s(1, "89ab"), s(3, HX), "-", s(12, HX)),
    pick: <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!,
    /** base64 of n random bytes (padded). */
    b64bytes: (n: number) => {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = Math.floor(r() * 256);
      return Buffer.from(bytes).toString("base64");
    },
    b64url: (str: string) => Buffer.from(str).toString("base64url"),
    b64std: (str: string) => Buffer.from(str).toString("base64"),
    // ---- provider shapes ----
    awsId: () => j("AK", "IA", s(16, B32)),
    awsSecret: () => s(40, AN + "/+"),
    gcpKey: () => j("AI", "za", s(35, URLB)),
    ghp: () => j("gh", "p_", s(36, AN)),
    ghs: () => j("gh", "s_", s(36, AN)),
    gho: () => j("gh", "o_", s(36, AN)),
    ghpat: () => j("github", "_pat_", "11", s(20, UP + DG), "_", s(59, AN)),
    glpat: () => j("gl", "pat-", s(20, URLB)),
    npm: () => j("np", "m_", s(36, AN)),
    pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", s(140, URLB)),
    dckr: () => j("dc", "kr_pat_", s(27, URLB)),
    xoxb: () => j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", s(24, AN)),
    xoxp: () => j("xo", "xp-", g.dig(12), "-", g.dig(12), "-", g.dig(13), "-", s(32, HX)),
    xapp: () => j("xa", "pp-1-A", s(10, UP + DG), "-", g.dig(13), "-", s(64, HX)),
    slackHook: () => j("https://hooks.sl", "ack.com/services/T", s(10, UP + DG), "/B", s(10, UP + DG), "/", s(24, AN)),
    discordBot: () => j(g.b64url(g.dig(18)).replace(/=+$/, ""), ".", s(6, URLB), ".", s(38, URLB)),
    discordHook: () => j("https://discord.com/api/web", "hooks/", g.dig(19), "/", s(68, URLB)),
    telegram: () => j(g.dig(10), ":AA", s(33, URLB)),
    stripe: () => j("sk", "_live_", "51", s(97, AN)),
    stripeRk: () => j("rk", "_live_", "51", s(97, AN)),
    whsec: () => j("wh", "sec_", s(32, AN)),
    twilioSk: () => j("S", "K", s(32, HX)),
    twilioAc: () => j("A", "C", s(32, HX)),
    sendgrid: () => j("S", "G.", s(22, URLB), ".", s(43, URLB)),
    mailgun: () => j("ke", "y-", s(32, HX)),
    mailchimp: () => j(s(32, HX), "-us", g.dig(2)),
    openai: () => j("sk", "-proj-", s(156, URLB)),
    openaiSvc: () => j("sk", "-svcacct-", s(156, URLB)),
    anthropic: () => j("sk-", "ant-api03-", s(93, URLB), "AA"),
    hf: () => j("h", "f_", s(34, UP + LO)),
    groq: () => j("gs", "k_", s(52, AN)),
    replicate: () => j("r", "8_", s(37, AN)),
    pplx: () => j("pp", "lx-", s(48, AN)),
    gocspx: () => j("GOC", "SPX-", s(28, URLB)),
    shpat: () => j("sh", "pat_", s(32, HX)),
    square: () => j("EA", "AA", s(60, URLB)),
    braintree: () => j("access_", "token$production$", s(16, LO + DG), "$", s(32, HX)),
    atlassian: () => j("ATA", "TT3xFfGF0", s(180, URLB), "=", s(8, HXU)),
    linear: () => j("lin", "_api_", s(40, AN)),
    notion: () => j("nt", "n_", g.dig(11), s(35, AN)),
    airtable: () => j("p", "at", s(14, AN), ".", s(64, HX)),
    figma: () => j("fi", "gd_", s(40, URLB)),
    postman: () => j("PM", "AK-", s(24, HX), "-", s(34, HX)),
    nrak: () => j("NR", "AK-", s(27, UP + DG)),
    sentryOrg: () => j("sn", "trys_", g.b64url(JSON.stringify({ iat: 1718000000 + Math.floor(r() * 9e6), url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).replace(/=+$/, ""), "_", s(43, URLB)),
    sntryu: () => j("sn", "tryu_", s(64, HX)),
    glsa: () => j("gl", "sa_", s(32, AN), "_", s(8, HX)),
    heroku: () => j("HR", "KU-AA", s(58, URLB)),
    dop: () => j("do", "p_v1_", s(64, HX)),
    nfp: () => j("nf", "p_", s(36, AN)),
    sbp: () => j("sb", "p_", s(40, HX)),
    pscale: () => j("psc", "ale_pw_", s(43, URLB)),
    npg: () => j("np", "g_", s(12, AN)),
    okta: () => j("0", "0", s(40, URLB)),
    tfc: () => j(s(14, AN), ".atl", "asv1.", s(67, AN)),
    hvs: () => j("hv", "s.", s(90, URLB)),
    doppler: () => j("dp", ".st.prd.", s(40, AN)),
    ageKey: () => j("AGE-SECRET", "-KEY-1", s(58, BECH).toUpperCase()),
    azStorage: () => j(s(86, B64), "=="),
    azSecret: () => j(s(3, AN), g.dig(1), "Q", "~", s(34, AN + "_~.-")),
    lines: (b: string, w = 64) => b.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n"),
    pem: (label: string, nbytes: number) =>
      j("-----BEGIN ", label, "-----\n", g.lines(g.b64bytes(nbytes)), "\n-----END ", label, "-----"),
    jwt: (payload: object, alg = "HS256") =>
      j(g.b64url(JSON.stringify({ alg, typ: "JWT" })), ".", g.b64url(JSON.stringify(payload)), ".", s(43, URLB)),
  };
  return g;
}

export type Gen = ReturnType<typeof gen>;

// ---- context wrappers ----
export const chat = (content: string, model = "claude-sonnet-4-5") =>
  JSON.stringify({ model, max_tokens: 4096, messages: [{ role: "user", content }] });
export const chatOai = (content: string) =>
  JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content }] });
export const toolWrite = (path: string, content: string) =>
  JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path, content } });
export const toolBash = (command: string) =>
  JSON.stringify({ type: "tool_use", id: "toolu_02", name: "bash", input: { command } });
export const mcpResult = (text: string) =>
  JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text }], isError: false } });
export const toolResultMsg = (text: string) =>
  JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_03", content: text }] }] });

export function build(prefix: string, rows: [string, string, string?][], label: "positive" | "benign"): CorpusCase[] {
  return rows.map(([category, text, note], i) => {
    const c: CorpusCase = { id: `${prefix}-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category, label, text };
    if (note) c.note = note;
    return c;
  });
}
