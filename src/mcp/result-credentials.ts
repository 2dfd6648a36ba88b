// Credentials in what an MCP server sends the agent. A tool result becomes part of the model's
// context and leaves with the agent's next model call, so it is judged as outbound content would
// be: each credential the policy blocks is replaced, in the string that held it, by a marker
// naming its rule. The agent keeps the rest of the result and never holds the secret (through the
// proxy, a session whose context holds one would have every later model call blocked).
import type { PayloadJudgement } from "../policy/judge.ts";

export interface CredentialHit {
  ruleId: string;
  /** The value as findings show it (`AKIA…MPLE`), never whole. */
  redacted: string;
  /** Where in the message (`result.content[0].text`). */
  at: string;
}

export interface RedactOutcome {
  /** The message with every blocking credential replaced; the input itself when nothing was. */
  value: unknown;
  hits: CredentialHit[];
  /** Set when a credential cannot be cut out (base64 media, a scan error): the result must be blocked. */
  refuse?: string;
}

/** Fields that hold base64 media or blobs: a marker there would corrupt the content, so a credential in one refuses the result. */
const OPAQUE_FIELDS = new Set(["data", "blob"]);
/** Shorter strings cannot hold a credential any rule reports. */
const MIN_LENGTH = 8;

export const marker = (ruleId: string) => `[REDACTED:${ruleId}]`;

/**
 * Walks every string of `value`, judging each with `judgeText` (outbound secrets), and cuts out
 * the spans whose action is block. Callers judge the whole message first and call this only when
 * it holds something, so clean results cost one scan.
 */
export async function redactCredentials(value: unknown, judgeText: (text: string) => Promise<PayloadJudgement>): Promise<RedactOutcome> {
  const hits: CredentialHit[] = [];
  let refuse: string | undefined;
  const walk = async (v: unknown, at: string, key: string): Promise<unknown> => {
    if (refuse !== undefined) return v;
    if (typeof v === "string") {
      if (v.length < MIN_LENGTH) return v;
      const j = await judgeText(v);
      if (j.error !== undefined) {
        refuse = `${at} could not be judged for credentials: ${j.error}`;
        return v;
      }
      const spans = j.findings.filter((f) => f.action === "block").sort((a, b) => a.start - b.start);
      if (spans.length === 0) return v;
      for (const f of spans) hits.push({ ruleId: f.ruleId, redacted: f.redacted, at });
      if (OPAQUE_FIELDS.has(key)) {
        refuse = `${spans[0]!.ruleId} inside ${at}, which holds encoded media that cannot be redacted`;
        return v;
      }
      let out = "";
      let pos = 0;
      for (const f of spans) {
        if (f.end <= pos) continue;
        out += v.slice(pos, Math.max(pos, f.start)) + marker(f.ruleId);
        pos = f.end;
      }
      return out + v.slice(pos);
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) out.push(await walk(v[i], `${at}[${i}]`, key));
      return out;
    }
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = await walk(x, at === "" ? k : `${at}.${k}`, k);
      return out;
    }
    return v;
  };
  const redacted = await walk(value, "", "");
  return { value: hits.length === 0 ? value : redacted, hits, ...(refuse !== undefined ? { refuse } : {}) };
}
