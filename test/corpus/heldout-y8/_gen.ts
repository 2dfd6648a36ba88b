// Builds every credential-shaped value at run time (nothing literal in the repo).
// mulberry32 PRNG with a fixed seed per file; the HIGH bits of each draw pick a character.
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export const A = {
  UP: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  LO: "abcdefghijklmnopqrstuvwxyz",
  DIG: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
};
const ALNUM = A.UP + A.LO + A.DIG;
const B64 = ALNUM + "+/";
const B64U = ALNUM + "-_";
const B32 = A.UP + "234567";
const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export function tok(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, alpha: string) => {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(r() * alpha.length)];
    return o;
  };
  const j = (...p: string[]) => p.join("");
  const t = {
    r,
    s,
    j,
    pick: <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!,
    int: (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1)),
    hex: (n: number) => s(n, A.hex),
    HEX: (n: number) => s(n, A.HEX),
    an: (n: number) => s(n, ALNUM),
    lan: (n: number) => s(n, A.LO + A.DIG),
    up: (n: number) => s(n, A.UP + A.DIG),
    dig: (n: number) => s(1, "123456789") + s(n - 1, A.DIG),
    b64: (n: number) => s(n, B64),
    b64u: (n: number) => s(n, B64U),
    b32: (n: number) => s(n, B32),
    low: (n: number) => s(n, A.LO),
    uuid: () => [s(8, A.hex), s(4, A.hex), "4" + s(3, A.hex), s(1, "89ab") + s(3, A.hex), s(12, A.hex)].join("-"),
    pw: (n: number) => s(n, ALNUM + "!#%*-_.~"),
    // provider shapes
    awsId: () => j("AK", "IA", s(16, B32)),
    awsAsia: () => j("AS", "IA", s(16, B32)),
    awsSecret: () => s(40, ALNUM + "/+"),
    gapi: () => j("AI", "za", s(35, B64U)),
    ghp: () => j("gh", "p_", s(36, ALNUM)),
    gho: () => j("gh", "o_", s(36, ALNUM)),
    ghs: () => j("gh", "s_", s(36, ALNUM)),
    ghu: () => j("gh", "u_", s(36, ALNUM)),
    ghFine: () => j("github", "_pat_", "11", s(20, A.UP + A.DIG), "_", s(59, ALNUM)),
    glpat: () => j("gl", "pat-", s(20, B64U.replace("_", ""))),
    npm: () => j("np", "m_", s(36, ALNUM)),
    pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", s(150, B64U)),
    docker: () => j("dck", "r_pat_", s(27, B64U)),
    xoxb: () => j("xo", "xb-", t.dig(12), "-", t.dig(13), "-", s(24, ALNUM)),
    xoxp: () => j("xo", "xp-", t.dig(12), "-", t.dig(12), "-", t.dig(13), "-", s(32, A.hex)),
    xapp: () => j("xa", "pp-1-A", s(10, A.UP + A.DIG), "-", t.dig(13), "-", s(64, A.hex)),
    slackHook: () => j("https://hooks.sl", "ack.com/services/T", s(8, A.UP + A.DIG), "/B", s(10, A.UP + A.DIG), "/", s(24, ALNUM)),
    discordBot: () => j(Buffer.from(t.dig(19)).toString("base64").replace(/=+$/, ""), ".", s(6, B64U), ".", s(38, B64U)),
    discordHook: () => j("https://discord.com/api/web", "hooks/", t.dig(19), "/", s(68, B64U)),
    telegram: () => j(t.dig(10), ":AA", s(33, B64U)),
    skLive: () => j("sk", "_live_", "51", s(97, ALNUM)),
    rkLive: () => j("rk", "_live_", "51", s(97, ALNUM)),
    whsec: () => j("wh", "sec_", s(32, ALNUM)),
    twilioSK: () => j("S", "K", s(32, A.hex)),
    twilioAC: () => j("A", "C", s(32, A.hex)),
    sendgrid: () => j("S", "G.", s(22, B64U), ".", s(43, B64U)),
    mailgun: () => j("ke", "y-", s(32, A.hex)),
    mailchimp: () => j(s(32, A.hex), "-us", String(t.int(2, 21))),
    openaiProj: () => j("sk", "-proj-", s(74, B64U), "T3Blbk", "FJ", s(74, B64U)),
    openaiSvc: () => j("sk", "-svcacct-", s(74, B64U), "T3Blbk", "FJ", s(74, B64U)),
    openaiOld: () => j("sk", "-", s(20, ALNUM), "T3Blbk", "FJ", s(20, ALNUM)),
    anthropic: () => j("sk", "-ant-api03-", s(93, B64U), "AA"),
    anthropicAdmin: () => j("sk", "-ant-admin01-", s(93, B64U), "AA"),
    hf: () => j("h", "f_", s(34, A.UP + A.LO)),
    groq: () => j("gs", "k_", s(52, ALNUM)),
    replicate: () => j("r", "8_", s(37, ALNUM)),
    pplx: () => j("pp", "lx-", s(48, ALNUM)),
    gocspx: () => j("GOC", "SPX-", s(28, B64U)),
    shpat: () => j("shp", "at_", s(32, A.hex)),
    shpss: () => j("shp", "ss_", s(32, A.hex)),
    squareTok: () => j("EA", "AA", s(60, B64U)),
    braintree: () => j("access_token$", "production$", s(16, A.LO + A.DIG), "$", s(32, A.hex)),
    atlassian: () => j("ATA", "TT3xFfGF0", s(170, B64U), "=", s(8, A.HEX)),
    linear: () => j("lin", "_api_", s(40, ALNUM)),
    notion: () => j("nt", "n_", t.dig(11), s(35, ALNUM)),
    airtable: () => j("p", "at", s(14, ALNUM), ".", s(64, A.hex)),
    figma: () => j("fi", "gd_", s(40, B64U)),
    postman: () => j("PM", "AK-", s(24, A.hex), "-", s(34, A.hex)),
    nrak: () => j("NR", "AK-", s(27, A.UP + A.DIG)),
    sentryUser: () => j("sntr", "yu_", s(64, A.hex)),
    grafanaSa: () => j("gl", "sa_", s(32, ALNUM), "_", s(8, A.hex)),
    dop: () => j("do", "p_v1_", s(64, A.hex)),
    netlify: () => j("nf", "p_", s(36, ALNUM)),
    supaSbp: () => j("sb", "p_", s(40, A.hex)),
    pscale: () => j("pscale", "_pw_", s(43, B64U)),
    pscaleTkn: () => j("pscale", "_tkn_", s(43, B64U)),
    okta: () => j("0", "0", s(40, B64U)),
    tfc: () => j(s(14, ALNUM), ".atlas", "v1.", s(67, ALNUM)),
    hvs: () => j("hv", "s.", s(24, ALNUM)),
    hvsLong: () => j("hv", "s.CAESI", s(86, B64U), "Gh4KHGh2cy4", s(24, ALNUM)),
    doppler: () => j("dp", ".st.prd.", s(40, ALNUM)),
    dopplerPt: () => j("dp", ".pt.", s(40, ALNUM)),
    opsa: () => j("op", "s_eyJ", s(600, B64U)),
    age: () => j("AGE-SECRET", "-KEY-1", s(58, BECH)),
    jwtHdr: (alg = "HS256") => Buffer.from(JSON.stringify({ alg, typ: "JWT" })).toString("base64url"),
    jwt: (payload: object, alg = "HS256") =>
      j(t.jwtHdr(alg), ".", Buffer.from(JSON.stringify(payload)).toString("base64url"), ".", s(alg === "HS256" ? 43 : 342, B64U)),
    pem: (label: string, lead: string, lines: number, last = 40) => {
      const body = lead + s(64 * lines + last - lead.length, B64);
      const ls = body.match(/.{1,64}/g)!;
      return j("-----BEGIN ", label, "-----\n", ls.join("\n"), "\n-----END ", label, "-----");
    },
    rsaKey: () => t.pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 24, 28),
    pkcs8: () => t.pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 25, 16),
    ecKey: () => t.pem("EC PRIVATE KEY", "MHcCAQEEI", 2, 32),
    opensshKey: () => t.pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5, 20),
  };
  return t;
}

// ---- contexts an agent sends outbound ----
const INTROS = [
  "Can you help me figure out why this fails? Here is what I have:",
  "here's my config, the deploy keeps erroring",
  "Please review this and tell me what's wrong.",
  "pasting the whole file so you have context",
  "This is the output I get, any idea?",
  "Refactor this to read from env vars instead:",
];
export function chat(i: number, paste: string, ask = "What am I doing wrong?", lang = ""): string {
  const content = `${INTROS[i % INTROS.length]}\n\n\`\`\`${lang}\n${paste}\n\`\`\`\n\n${ask}`;
  if (i % 2 === 0)
    return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, stream: true, messages: [{ role: "user", content: [{ type: "text", text: content }] }] });
  return JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content }] });
}
export function writeFile(i: number, path: string, content: string): string {
  return JSON.stringify({ type: "tool_use", id: `toolu_01${"ABCDEFGHJKLMNPQRSTUVWXYZ".slice(i % 10, i % 10 + 12)}`, name: i % 2 ? "write_file" : "str_replace_based_edit_tool", input: i % 2 ? { path, content } : { command: "create", path, file_text: content } });
}
export function bash(i: number, command: string): string {
  return i % 2
    ? JSON.stringify({ name: "bash", arguments: JSON.stringify({ command, timeout: 120 }) })
    : JSON.stringify({ type: "tool_use", id: "toolu_01Xq" + String(1000 + i), name: "run_shell", input: { command } });
}
export function har(method: string, url: string, headers: [string, string][], body?: string): string {
  return JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: "2025-03-11T09:14:22.118Z", time: 213.4, request: { method, url, httpVersion: "HTTP/2", headers: headers.map(([name, value]) => ({ name, value })), queryString: [], ...(body ? { postData: { mimeType: "application/json", text: body } } : {}) }, response: { status: 401, statusText: "", headers: [] } }] } }, null, 2);
}
export function ciLog(lines: string[]): string {
  let sec = 11;
  return lines.map((l) => `2025-02-18T14:0${(sec++ % 50) < 10 ? 1 : 2}:${String(sec % 60).padStart(2, "0")}.${String(1000000 + sec * 7919).slice(1)}Z ${l}`).join("\n");
}

export type Entry = [provider: string, group: string, build: () => string, note?: string];
export function toCases(prefix: string, cat: string, label: "positive" | "benign", entries: Entry[]): CorpusCase[] {
  return entries.map(([provider, group, build, note], k) => ({
    id: `${prefix}-${String(k + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: label === "benign" ? "heldouty8-benign" : `${cat}-${group}`,
    label,
    text: build(),
    note: note ? `${provider}: ${note}` : provider,
  }));
}
