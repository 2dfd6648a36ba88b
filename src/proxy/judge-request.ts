// A request judged before anything leaves: the URL (DLP, blocklist, SSRF notations) before any
// DNS lookup, then the headers, then the body — each through the one judgement API under the
// route's request policy. A credential in an auth header of a request to its own issuer (or a
// route's allow_credentials) is let through and logged as such; anywhere else it blocks.
import { percentDecode } from "../detect/decode.ts";
import { AUTH_HEADERS, AUTH_QUERY_PARAMS, issuerMatches } from "../detect/rules/issuers.ts";
import type { Judgement } from "../policy/decide.ts";
import type { Engine } from "../policy/engine.ts";
import { judgeChunks, judgePayload } from "../policy/judge.ts";
import { slices } from "./body.ts";
import type { Flow } from "./flow.ts";

/**
 * Merges a part's judgement into the flow; returns true when the flow is now blocked. A part that
 * cannot have spans cut out of it (an event of a stream, a WebSocket message) is blocked where the
 * policy says strip: never passed on with the injected text in it.
 */
export function record(flow: Flow, j: Judgement, part: string, opts: { strippable?: boolean } = {}): boolean {
  for (const f of j.findings) {
    if (f.action === "block" || f.action === "warn" || (f.action === "strip" && opts.strippable === false)) {
      if (!flow.rules.includes(f.ruleId)) flow.rules.push(f.ruleId);
    }
  }
  if (opts.strippable === false && j.findings.some((f) => f.action === "strip")) {
    flow.reasons.push(`${part}: injected text (${j.reasons.join(", ")}) where injection_action is strip, which cannot cut spans out of a ${part}: blocked (fail closed)`);
    flow.verdict = "block";
    return true;
  }
  if (j.decision !== "allow") for (const r of j.reasons) flow.reasons.push(`${part}: ${r}`);
  if (j.decision === "block") flow.verdict = "block";
  else if (j.decision === "warn" && flow.verdict === "allow") flow.verdict = "warn";
  return flow.verdict === "block";
}

export async function judgeUrl(engine: Engine, flow: Flow): Promise<boolean> {
  const j = await judgePayload(engine, { text: flow.url.href, direction: "outbound", kind: "url" }, flow.policy!);
  // The class of the target host itself (loopback, private …) is the SSRF guard's call, made after
  // resolution with ssrf.allow; obfuscated notations, metadata targets and addresses carried
  // inside the URL (?next=http://10.0.0.1/) still count here.
  const hs = flow.url.href.indexOf(flow.url.host);
  const he = hs + flow.url.hostname.length;
  flow.urlSpans = j.findings.map((f) => [f.start, f.end]);
  const own = issuerSpans(flow.url);
  const kept = j.findings.filter((f) => {
    if (/^url\.ip-(?:private|loopback|cgnat|link-local|unspecified|reserved|multicast)$/.test(f.ruleId) && f.start >= hs && f.end <= he) return false;
    // A webhook or bot URL requested at its own host, or Google's key= at Google: the credential's use, not a leak.
    if (!own.some(([s, e]) => f.start >= s && f.end <= e) || !issuerMatches(f.ruleId, flow.host, flow.policy!.allowCredentials)) return true;
    if (!flow.issuer.includes(f.ruleId)) flow.issuer.push(f.ruleId);
    return false;
  });
  const decision = j.error !== undefined ? j.decision : kept.some((f) => f.action === "block") ? "block" : kept.some((f) => f.action === "warn") ? "warn" : "allow";
  const reasons = decision === "allow" ? [] : j.reasons.filter((r) => kept.some((f) => r.startsWith(f.ruleId)) || r.startsWith("scan error"));
  return record(flow, { ...j, findings: kept, decision, reasons }, "url");
}

/** Spans of a URL's href that are auth positions: scheme to the end of the path, and the values of documented auth query parameters. */
function issuerSpans(url: URL): Array<[number, number]> {
  const href = url.href;
  const pathEnd = href.length - url.search.length - url.hash.length;
  const spans: Array<[number, number]> = [[0, pathEnd]];
  let at = pathEnd + 1;
  for (const pair of url.search.slice(1).split("&")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && AUTH_QUERY_PARAMS.has(percentDecode(pair.slice(0, eq), false).toLowerCase())) spans.push([at + eq + 1, at + pair.length]);
    at += pair.length + 1;
  }
  return spans;
}

export async function judgeHeaders(engine: Engine, flow: Flow, headers: Array<[string, string]>): Promise<boolean> {
  const lines: Array<{ name: string; start: number }> = [];
  let text = "";
  for (const [k, v] of headers) {
    const n = k.toLowerCase();
    if (n === "host" || n === "content-length") continue;
    lines.push({ name: n, start: text.length });
    text += `${k}: ${v}\n`;
  }
  if (text === "") return false;
  const j = await judgePayload(engine, { text, direction: "outbound", kind: "secrets" }, flow.policy!);
  const nameAt = (offset: number) => {
    let k = 0;
    while (k + 1 < lines.length && lines[k + 1]!.start <= offset) k++;
    return lines[k]?.name ?? "";
  };
  const findings = j.findings.filter((f) => {
    if (!AUTH_HEADERS.has(nameAt(f.start))) return true;
    if (!issuerMatches(f.ruleId, flow.host, flow.policy!.allowCredentials)) return true;
    if (!flow.issuer.includes(f.ruleId)) flow.issuer.push(f.ruleId);
    return false;
  });
  const blocking = findings.some((f) => f.action === "block");
  const decision = j.error !== undefined ? j.decision : blocking ? "block" : findings.some((f) => f.action === "warn") ? "warn" : "allow";
  const reasons = decision === "allow" ? [] : [...new Set(findings.filter((f) => f.action !== "info").map((f) => `${f.ruleId}${f.example ? " (published example)" : ""} in header ${nameAt(f.start)}`)), ...(j.error ? [`scan error, failing closed: ${j.error}`] : [])];
  return record(flow, { ...j, findings, decision, reasons }, "headers");
}

/** A body (decoded bytes) judged as a stream of slices: held once as bytes, never as one string beside them. */
export async function judgeBody(engine: Engine, flow: Flow, bytes: Buffer, contentType: string | undefined): Promise<boolean> {
  const j = await judgeChunks(engine, slices(bytes), { direction: "outbound", contentType }, flow.policy!);
  return record(flow, j, "body");
}
