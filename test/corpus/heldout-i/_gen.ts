// Run-time builders for held-out corpus I. No credential-looking literal lives in the repo:
// every token is assembled from split prefixes plus a body from a seeded PRNG.
import type { CorpusCase, CorpusKind } from "../types.ts";
import { mulberry32 as prng, randomString } from "../../helpers/prng.ts";

const r = prng(0x1e1d0);
const pick = (n: number, cs: string) => randomString(r, n, cs);
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AN = UP + LO + DG;
const HX = "0123456789abcdef";
const j = (...p: string[]) => p.join("");

export const tok = {
  ghPat: () => j("gh", "p_", pick(36, AN)),
  ghOauth: () => j("gh", "o_", pick(36, AN)),
  ghFine: () => j("github", "_pat_", pick(22, AN), "_", pick(59, AN)),
  glPat: () => j("gl", "pat-", pick(20, AN + "_-")),
  awsId: () => j("AK", "IA", pick(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  awsTmpId: () => j("AS", "IA", pick(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  awsSecret: () => pick(40, AN + "/+"),
  stripe: () => j("sk", "_live_", pick(24, AN)),
  stripeRk: () => j("rk", "_live_", pick(24, AN)),
  slackBot: () => j("xo", "xb-", pick(12, DG), "-", pick(13, DG), "-", pick(24, AN)),
  slackUser: () => j("xo", "xp-", pick(12, DG), "-", pick(12, DG), "-", pick(13, DG), "-", pick(32, HX)),
  slackHook: () => j("https://hooks.", "slack.com/services/T", pick(8, UP + DG), "/B", pick(8, UP + DG), "/", pick(24, AN)),
  anthropic: () => j("sk-", "ant-", "api03-", pick(93, AN + "_-"), "AA"),
  openai: () => j("sk-", "proj-", pick(74, AN + "_-"), "T3Blbk", "FJ", pick(74, AN + "_-")),
  openaiOld: () => j("sk-", pick(20, AN), "T3Blbk", "FJ", pick(20, AN)),
  npm: () => j("np", "m_", pick(36, AN)),
  pypi: () => j("py", "pi-", "AgEIcHlwaS5vcmc", pick(70, AN + "_-")),
  googleApi: () => j("AI", "za", pick(35, AN + "_-")),
  sendgrid: () => j("S", "G.", pick(22, AN + "_-"), ".", pick(43, AN + "_-")),
  twilioSid: () => j("A", "C", pick(32, HX)),
  twilioKey: () => j("S", "K", pick(32, HX)),
  hf: () => j("h", "f_", pick(34, UP + LO)),
  shopify: () => j("shp", "at_", pick(32, HX)),
  doPat: () => j("dop", "_v1_", pick(64, HX)),
  linear: () => j("lin", "_api_", pick(40, AN)),
  mailgun: () => j("ke", "y-", pick(32, HX)),
  pem: () =>
    j("-----BEGIN ", "RSA PRIVATE KEY-----\n", pick(64, AN + "+/"), "\n", pick(64, AN + "+/"), "\n", pick(64, AN + "+/"), "\n", pick(40, AN + "+/"), "=\n-----END ", "RSA PRIVATE KEY-----"),
  sshEd: () => j("-----BEGIN ", "OPENSSH PRIVATE KEY-----\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "\n", pick(70, AN + "+/"), "\n", pick(70, AN + "+/"), "\n-----END ", "OPENSSH PRIVATE KEY-----"),
  jwt: () => {
    const b = (s: string) => Buffer.from(s).toString("base64url");
    return [b('{"alg":"HS256","typ":"JWT"}'), b(`{"sub":"${pick(8, DG)}","role":"service_role","iat":17${pick(8, DG)}}`), pick(43, AN + "_-")].join(".");
  },
  pgPass: () => pick(14, AN) + "!" + pick(4, DG),
  hex: (n: number) => pick(n, HX),
  alnum: (n: number) => pick(n, AN),
  digits: (n: number) => pick(n, DG),
};

export function maker(kind: CorpusKind, file: string, category: string) {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (label: "positive" | "benign", text: string, note?: string) => {
    n++;
    out.push({ id: `i-${file}-${String(n).padStart(3, "0")}`, kind, category, label, text, ...(note ? { note } : {}) });
  };
  return {
    out,
    pos: (text: string, note?: string) => add("positive", text, note),
    ben: (text: string, note?: string) => add("benign", text, note),
  };
}

/** A single MCP tool definition as JSON. */
export function tool(name: string, description: string, properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ name, description, inputSchema: { type: "object", properties, required: Object.keys(properties).slice(0, 1) }, ...extra }, null, 2);
}
/** A tools/list JSON-RPC result holding several tools. */
export function toolsList(tools: string[], id = 1) {
  return JSON.stringify({ jsonrpc: "2.0", id, result: { tools: tools.map((t) => JSON.parse(t)) } }, null, 2);
}
/** A tools/call JSON-RPC result with text content. */
export function callResult(text: string, id = 7, isError = false) {
  return JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text }], isError } }, null, 2);
}
export const s = (description: string, type = "string", more: Record<string, unknown> = {}) => ({ type, description, ...more });
