// Run-time builders for heldout-y9. Nothing credential-shaped is stored literally: every value is a
// split prefix + a body drawn from a mulberry32 PRNG (high bits via Math.floor(r() * n)), seeded per file.
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JNL54KHCE6MUA7";

export function gen(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, a: string = AN) => {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(r() * a.length)];
    return o;
  };
  const j = (...p: string[]) => p.join("");
  const hex = (n: number) => s(n, HX);
  const num = (n: number) => s(1, "123456789") + s(n - 1, DG);
  const uuid = () => [hex(8), hex(4), "4" + hex(3), s(1, "89ab") + hex(3), hex(12)].join("-");
  const b64 = (n: number) => s(n, B64);
  const b64u = (n: number) => s(n, B64U);
  const b64e = (str: string) => Buffer.from(str).toString("base64");
  const b64ue = (str: string) => Buffer.from(str).toString("base64url");
  const pem = (label: string, lead: string, lines: number) => {
    const body = lead + b64(lines * 64 - lead.length);
    const ls: string[] = [];
    for (let i = 0; i < body.length; i += 64) ls.push(body.slice(i, i + 64));
    return [j("-----BEGIN ", label, "-----"), ...ls, j("-----END ", label, "-----")].join("\n");
  };
  const t = {
    awsId: () => j("AK", "IA", s(16, B32)),
    awsAsia: () => j("AS", "IA", s(16, B32)),
    awsSecret: () => s(40, AN + "/+"),
    gcpKey: () => j("AI", "za", "Sy", s(33, B64U)),
    azStorage: () => b64(86) + "==",
    azClient: () => j(s(3, AN), "8Q", "~", s(34, AN + "_~.-")),
    ghp: () => j("gh", "p_", s(36)),
    ghs: () => j("gh", "s_", s(36)),
    gho: () => j("gh", "o_", s(36)),
    ghFine: () => j("github", "_pat_", "11", s(20, UP + DG), "_", s(59, AN)),
    glpat: () => j("gl", "pat-", s(20, B64U)),
    glrt: () => j("gl", "rt-", s(20, B64U)),
    bbApp: () => j("AT", "BB", s(32), s(8, HXU)),
    npm: () => j("np", "m_", s(36)),
    pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmcCJ", s(140, B64U)),
    dckr: () => j("dc", "kr_pat_", s(27, B64U)),
    xoxb: () => j("xo", "xb-", num(12), "-", num(13), "-", s(24)),
    xoxp: () => j("xo", "xp-", num(12), "-", num(12), "-", num(13), "-", hex(32)),
    xapp: () => j("xa", "pp-1-A", s(10, UP + DG), "-", num(13), "-", hex(64)),
    slackHook: () => j("https://hooks.slack.com/services/T", s(10, UP + DG), "/B", s(10, UP + DG), "/", s(24)),
    discordBot: () => j(b64ue(num(19)).replace(/=+$/, ""), ".", s(6, B64U), ".", s(38, B64U)),
    discordHook: () => j("https://discord.com/api/webhooks/", num(19), "/", s(68, B64U)),
    telegram: () => j(num(10), ":AA", s(33, B64U)),
    skLive: () => j("sk", "_live_", "51", s(97)),
    rkLive: () => j("rk", "_live_", "51", s(97)),
    whsec: () => j("wh", "sec_", s(32)),
    twSid: () => j("A", "C", hex(32)),
    twSk: () => j("S", "K", hex(32)),
    sendgrid: () => j("S", "G.", s(22, B64U), ".", s(43, B64U)),
    mailgun: () => j(hex(32), "-", hex(8), "-", hex(8)),
    mailchimp: () => j(hex(32), "-us", String(2 + Math.floor(r() * 19))),
    openai: () => j("sk", "-proj-", s(74, B64U), "T3Blbk", "FJ", s(74, B64U)),
    openaiSvc: () => j("sk", "-svcacct-", s(74, B64U), "T3Blbk", "FJ", s(74, B64U)),
    anthropic: () => j("sk", "-ant-api03-", s(93, B64U), "AA"),
    hf: () => j("h", "f_", s(34, UP + LO)),
    groq: () => j("gs", "k_", s(52)),
    replicate: () => j("r8", "_", s(37)),
    pplx: () => j("pp", "lx-", s(48)),
    gocspx: () => j("GOC", "SPX-", s(28, B64U)),
    shpat: () => j("sh", "pat_", hex(32)),
    shpss: () => j("sh", "pss_", hex(32)),
    squareTok: () => j("EA", "AA", s(60, B64U)),
    braintree: () => j("access_token", "$production$", s(16, LO + DG), "$", hex(32)),
    atlassian: () => j("ATA", "TT3xFfGF0", s(180, B64U), "=", s(8, HXU)),
    linear: () => j("lin", "_api_", s(40)),
    notion: () => j("nt", "n_", num(11), s(35)),
    airtable: () => j("pa", "t", s(14), ".", hex(64)),
    figma: () => j("fi", "gd_", s(40, B64U)),
    postman: () => j("PM", "AK-", hex(24), "-", hex(34)),
    nrak: () => j("NR", "AK-", s(27, UP + DG)),
    sntrys: () => j("sn", "trys_", b64e(JSON.stringify({ iat: 1718000000 + Math.floor(r() * 9999999), url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme-" + s(4, LO) })).replace(/=+$/, ""), "_", s(43, B64U)),
    glsa: () => j("gl", "sa_", s(32), "_", hex(8)),
    heroku: () => j("HR", "KU-AA", s(58, B64U)),
    dop: () => j("do", "p_v1_", hex(64)),
    nfp: () => j("nf", "p_", s(40)),
    fly: () => j("Fly", "V1 fm2_", s(300, B64)),
    sbp: () => j("sb", "p_", hex(40)),
    sbSecret: () => j("sb", "_secret_", s(32, B64U)),
    pscalePw: () => j("pscale", "_pw_", s(43, B64U)),
    pscaleTkn: () => j("pscale", "_tkn_", s(43, B64U)),
    npg: () => j("np", "g_", s(12)),
    okta: () => j("0", "0", s(40, B64U)),
    tfc: () => j(s(14), ".atlas", "v1.", s(67)),
    hvs: () => j("hv", "s.", s(90, B64U)),
    doppler: () => j("dp", ".st.prd.", s(43)),
    ops: () => j("op", "s_", b64ue(JSON.stringify({ signInAddress: "my.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: s(22, B64U) }, email: s(20, LO + DG) + "@1passwordserviceaccounts.com", srpX: hex(64), muk: { alg: "A256GCM", ext: true, k: s(43, B64U), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + s(6, UP + DG) + "-" + s(6, UP + DG), deviceUuid: s(26, LO + DG) }))),
    age: () => j("AGE-", "SECRET-KEY-1", s(58, BECH)),
    rsa: () => pem(j("RSA ", "PRIVATE KEY"), "MIIEowIBAAKCAQEA", 25),
    ec: () => pem(j("EC ", "PRIVATE KEY"), "MHcCAQEEI", 3),
    pkcs8: () => pem(j("PRIVATE ", "KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 26),
    openssh: () => pem(j("OPENSSH ", "PRIVATE KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 6),
    pgp: () => j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\nlQVYBG", s(58, B64), "\n", b64(64), "\n", b64(64), "\n", b64(64), "\n=", s(4, B64), "\n-----END PGP ", "PRIVATE KEY BLOCK-----"),
    jwtHS: (payload: object) => {
      const h = b64ue(JSON.stringify({ alg: "HS256", typ: "JWT" }));
      return j(h, ".", b64ue(JSON.stringify(payload)), ".", s(43, B64U));
    },
    pw: (n = 20) => s(n, AN + "!#%*-_"),
  };
  return { s, j, hex, num, uuid, b64, b64u, b64e, b64ue, pem, t, r };
}

/** Case factory: sequential ids within a file. */
export function maker(prefix: string) {
  let n = 0;
  const out: CorpusCase[] = [];
  const add = (label: "positive" | "benign", category: string, text: string, note?: string) => {
    n++;
    const c: CorpusCase = { id: `${prefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category, label, text };
    if (note) c.note = note;
    out.push(c);
  };
  return { out, add };
}

// Context wrappers: how an agent's outbound traffic holds text.
export const ctx = {
  openaiChat: (content: string, model = "gpt-4o") =>
    JSON.stringify({ model, messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content }], stream: true }),
  anthropicChat: (content: string) =>
    JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: content }] }] }),
  geminiChat: (content: string) => JSON.stringify({ contents: [{ role: "user", parts: [{ text: content }] }] }),
  toolWrite: (path: string, content: string) =>
    JSON.stringify({ type: "tool_use", id: "toolu_01" + "Xq7hR2mBv9LkP4sWcYd3Ne", name: "write_file", input: { path, content } }),
  toolBash: (command: string) =>
    JSON.stringify({ id: "call_" + "a8F3kQz1LmN7pR2vX9sT0wYb", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command, timeout: 120 }) } }),
  mcpResult: (text: string, id = 7) => JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text }], isError: false } }),
  toolResultMsg: (text: string) =>
    JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_01" + "Bv8nR3kLq2WzX7pM4sYc9T", content: text }] }] }),
};
