// The one compiled detector every front end judges payloads with: the secrets engine plus the
// injection, tool and URL detectors, built once from a spec and immutable afterwards. The three
// heavier detectors load on first use (a `check` of a plain payload never pays for them); a
// server preloads them. Every call takes a deadline, so one budget can span several detectors,
// and every call returns a Verdict: an overrun is an error verdict, never a clean one.
import { BudgetExceeded, type Detector } from "./engine.ts";
import { createStream, type StreamOptions, type StreamScanner } from "./stream.ts";
import type { Verdict } from "./types.ts";
import { compileBlocklist, type Blocklist } from "./url/blocklist.ts";
import { verdictOf } from "./verdict.ts";

export interface SuiteSpec {
  secrets: Detector;
  fingerprintKey?: Uint8Array;
  url?: { blocklist?: string[]; maxLength?: number; allowedSchemes?: string[] };
}

export interface CallBudget {
  /** performance.now() value after which the call fails closed. */
  deadline: number;
  /** The budget the deadline came from (for the error message). */
  budgetMs: number;
}

export type InjectionVerdict = Verdict & { score: number };
/** One tool of a payload: its canonical hash (rug-pull pinning) and the rules that fired on it. */
export interface ToolSummary {
  name: string;
  hash: string;
  rules: string[];
}
export type ToolVerdict = Verdict & { tools: ToolSummary[]; recognized: boolean; results: number; commands: number };

export interface DetectorSuite {
  readonly secrets: Detector;
  /** Loads the detectors that load lazily (a long-running server calls this at start). */
  preload(): Promise<void>;
  /** Secrets family on one text. */
  scanSecrets(text: string, budget: CallBudget): Verdict;
  /** Prompt injection in text an agent will read. */
  scanInjection(text: string, budget: CallBudget & { contentType?: string }): Promise<InjectionVerdict>;
  /** MCP tool definitions and tool results in a parsed JSON payload (`text` is its source, for offsets). */
  scanTools(payload: unknown, text: string, budget: CallBudget): Promise<ToolVerdict>;
  /** Commands in tools/call requests (shell and code arguments): hidden command names, decode-and-run. */
  scanToolCall(payload: unknown, text: string, budget: CallBudget): Promise<Verdict>;
  /** A URL an agent requests: secrets in every part, SSRF notations, exfiltration tricks, blocklist. */
  checkUrl(url: string, budget: CallBudget): Promise<Verdict>;
  /**
   * A payload in chunks: the secrets family, and injection too when `detectors` has it. The
   * overlap covers the longest rule window and the injection scanner's context.
   */
  stream(opts: StreamOptions): Promise<StreamScanner>;
}

/** A lazily imported module, kept once loaded: `import()` on every call costs a microtask chain per payload. */
function lazy<T>(load: () => Promise<T>): () => Promise<T> | T {
  let mod: T | undefined;
  return () => mod ?? load().then((m) => (mod = m));
}
const injectionModule = lazy(() => import("./injection/index.ts"));
const toolModule = lazy(() => import("./tool/index.ts"));
const urlModule = lazy(() => import("./url/index.ts"));
const callModule = lazy(() => import("./tool/call.ts"));

/** Context the injection scanner needs around a phrase (multi-sentence directives, hidden elements). */
const INJECTION_OVERLAP = 8192;

export function compileSuite(spec: SuiteSpec): DetectorSuite {
  const secrets = spec.secrets;
  const key = spec.fingerprintKey;
  const blocklist: Blocklist = compileBlocklist(spec.url?.blocklist ?? []);
  const urlOpts = { maxLength: spec.url?.maxLength, allowedSchemes: spec.url?.allowedSchemes };
  const remaining = (b: CallBudget) => Math.max(0, b.deadline - performance.now());

  return {
    secrets,
    async preload() {
      await Promise.all([injectionModule(), toolModule(), urlModule(), callModule()]);
    },
    scanSecrets(text, budget) {
      return secrets.scan(text, { deadline: budget.deadline, budgetMs: budget.budgetMs });
    },
    async scanInjection(text, budget) {
      const { scanInjection } = await injectionModule();
      const t0 = performance.now();
      const r = scanInjection(text, { deadline: budget.deadline, budgetMs: budget.budgetMs, contentType: budget.contentType, fingerprintKey: key });
      return { ...verdictOf(r.findings, r.error, text.length, performance.now() - t0), score: r.score };
    },
    async scanTools(payload, text, budget) {
      const { scanToolPayload } = await toolModule();
      const t0 = performance.now();
      const r = scanToolPayload(payload, text, { deadline: budget.deadline, budgetMs: budget.budgetMs, fingerprintKey: key });
      return {
        ...verdictOf(r.findings, r.error, text.length, performance.now() - t0),
        tools: r.tools.map((t) => ({ name: t.name, hash: t.hash, rules: [...new Set(t.findings.map((f) => f.ruleId))] })),
        recognized: r.recognized,
        results: r.results,
        commands: r.commands ?? 0,
      };
    },
    async scanToolCall(payload, text, budget) {
      const { scanToolCallCommands } = await callModule();
      const t0 = performance.now();
      if (remaining(budget) <= 0) return verdictOf([], new BudgetExceeded(budget.budgetMs).message, text.length, 0);
      return verdictOf(scanToolCallCommands(payload, text, key).findings, undefined, text.length, performance.now() - t0);
    },
    async checkUrl(url, budget) {
      const { inspectUrl } = await urlModule();
      const t0 = performance.now();
      if (remaining(budget) <= 0) return verdictOf([], new BudgetExceeded(budget.budgetMs).message, url.length, 0);
      const r = inspectUrl(url, { ...urlOpts, secrets, blocklist, deadline: budget.deadline, budgetMs: budget.budgetMs, fingerprintKey: key });
      return verdictOf(r.findings, r.error, url.length, performance.now() - t0);
    },
    async stream(opts) {
      const wantInjection = opts.detectors?.has("injection") ?? false;
      const own = opts.detectors ? new Set([...opts.detectors].filter((d) => d !== "injection")) : undefined;
      const sources: Parameters<typeof createStream>[1] = [];
      if (own === undefined || own.size > 0) sources.push((text, o) => secrets.hits(text, { detectors: own, ...o }));
      let overlap = secrets.overlap;
      let nearOverlap = secrets.nearOverlap;
      if (wantInjection) {
        const { collectInjection } = await injectionModule();
        sources.push((text, o) => collectInjection(text, { contentType: opts.contentType, deadline: o.deadline, budgetMs: o.budgetMs }));
        overlap = Math.max(overlap, INJECTION_OVERLAP);
        nearOverlap = Math.max(nearOverlap, INJECTION_OVERLAP);
      }
      return createStream({ ...opts, overlap, nearOverlap, key }, sources);
    },
  };
}
