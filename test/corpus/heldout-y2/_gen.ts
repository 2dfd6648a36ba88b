// Run-time builders for heldout-y2. No literal credential lives in this directory: every
// credential-shaped value is assembled here from a split prefix and a body drawn from a
// mulberry32 PRNG with a fixed seed per file, so the output is deterministic.
// This file is skipped by the corpus loader (it loads only *.cases.ts and *.jsonl).
import type { CorpusCase } from "../types.ts";
import { mulberry32, randomBytes, randomString, pick } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXUP = "0123456789ABCDEF";
export const ALNUM = UP + LO + DIG;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;

/** Joins parts; used so no prefix + body ever appears as one literal. */
export const j = (...parts: (string | number)[]) => parts.join("");

export function rng(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, alpha: string = ALNUM) => randomString(r, n, alpha);
  const g = {
    r,
    s,
    hex: (n: number) => s(n, HEX),
    HEX: (n: number) => s(n, HEXUP),
    dig: (n: number) => s(1, "123456789") + s(n - 1, DIG),
    up: (n: number) => s(n, UPNUM),
    lo: (n: number) => s(n, LOWNUM),
    b64: (n: number) => s(n, B64),
    b64u: (n: number) => s(n, B64URL),
    /** base64 of n random bytes, with correct padding. */
    b64bytes: (n: number) => {
      const bytes = randomBytes(r, n);
      return Buffer.from(bytes).toString("base64");
    },
    uuid: () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), s(1, "89ab") + s(3, HEX), s(12, HEX)].join("-"),
    pick: <T>(xs: T[]): T => pick(r, xs),
    /** A PEM private key block. kind: "RSA" | "EC" | "OPENSSH" | "PKCS8" | "DSA". */
    pem: (kind: "RSA" | "EC" | "OPENSSH" | "PKCS8" | "DSA") => {
      const head: Record<string, [string, string, number]> = {
        RSA: ["RSA PRIVATE KEY", j("MIIEo", "wIBAAKCAQEA"), 1190],
        EC: ["EC PRIVATE KEY", j("MHcC", "AQEEI"), 220],
        OPENSSH: ["OPENSSH PRIVATE KEY", j("b3BlbnNzaC1rZXktdjEAAAAA", "BG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"), 340],
        PKCS8: ["PRIVATE KEY", j("MIIEv", "QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"), 1600],
        DSA: ["DSA PRIVATE KEY", j("MIIBu", "wIBAAKBgQ"), 580],
      };
      const [label, start, len] = head[kind]!;
      const body = start + s(len - start.length, B64);
      const lines = body.match(/.{1,64}/g)!.join("\n");
      return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----`;
    },
    pgp: () => {
      const body = j("lQOYBG", s(6, B64), "EAgD", s(900, B64));
      return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.match(/.{1,64}/g)!.join("\n")}\n=${s(4, B64)}\n-----END PGP PRIVATE KEY BLOCK-----`;
    },
    /** JWT with an HS256/RS256 header and a given payload; random signature. */
    jwt: (payload: object, alg = "HS256") => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
      return [enc({ alg, typ: "JWT" }), enc(payload), s(alg === "HS256" ? 43 : 342, B64URL)].join(".");
    },
  };
  return g;
}

export type Gen = ReturnType<typeof rng>;

// ---- outbound contexts -------------------------------------------------------------

/** Anthropic-style Messages API body with the text as a user message (JSON-escaped). */
export const chat = (text: string, model = "claude-sonnet-4-5") =>
  JSON.stringify({ model, max_tokens: 2048, messages: [{ role: "user", content: text }] });

/** OpenAI-style chat completions body. */
export const oaChat = (text: string, model = "gpt-4.1") =>
  JSON.stringify({ model, messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: text }], temperature: 0.2 });

/** A tool_use block (tool-call arguments as JSON). */
export const tool = (name: string, input: Record<string, unknown>, id = "toolu_01") =>
  JSON.stringify({ type: "tool_use", id, name, input });

/** An OpenAI-style function call with JSON-string arguments. */
export const fnCall = (name: string, args: Record<string, unknown>) =>
  JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name, arguments: JSON.stringify(args) } }] });

export const b64 = (s: string) => Buffer.from(s).toString("base64");

/** Builds CorpusCase rows from [category-suffix, text, note?] tuples. */
export function build(prefix: string, label: "positive" | "benign", rows: [string, string, string?][]): CorpusCase[] {
  return rows.map(([group, text, note], i) => {
    const c: CorpusCase = {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: label === "benign" ? "heldouty2-benign" : `heldouty2-sec-${group}`,
      label,
      text,
    };
    if (note) c.note = note;
    return c;
  });
}
