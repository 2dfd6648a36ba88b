import type { Severity } from "../detect/types.ts";
import type { Action, InjectionAction } from "./schema.ts";

export type Mode = "balanced" | "strict" | "audit";
/** A credential in what an MCP server sends the agent: cut it out, refuse the result, log it, or pass it. */
export type CredentialsAction = "redact" | "block" | "warn" | "off";
export type OversizeAction = "block" | "allow" | "scan_prefix";

export interface DetectorActions {
  secrets: Action;
  entropy: Action;
  env_leak: Action;
  wallets: Action;
  evasion: Action;
  url: Action;
  /** High-entropy data in URL paths to hosts that are not known APIs (a guess: warn by default). */
  path_entropy: Action;
  injection: InjectionAction;
}

export interface RequestPolicy {
  scan: boolean;
  maxBodyBytes: number;
  onOversize: OversizeAction;
  detectors: DetectorActions;
}

export interface ResponsePolicy {
  scan: boolean;
  injectionAction: InjectionAction;
  maxBodyBytes: number;
  onOversize: OversizeAction;
  skipExtensions: string[];
  skipContentTypes: string[];
}

/** Setting keys a config section gave explicitly ("scan", "detectors.entropy" …), for --explain. */
export interface GivenKeys {
  request: string[];
  response: string[];
}

export interface Route {
  /** Position in `routes:` (0-based); first match wins. */
  index: number;
  /** Host pattern: exact, or `*.suffix` (any subdomain of suffix, not suffix itself). Lowercase. */
  host: string;
  /** Path prefix (`/v1/`) or glob (`/repos/*\/pulls`). */
  path?: string;
  /** Upper-case methods; absent = any. */
  methods?: string[];
  action?: "allow" | "block";
  intercept?: boolean;
  /** Credential rule ids this route may receive besides their issuers (a self-hosted gateway). */
  allowCredentials: string[];
  /** Headers the proxy sets on matching requests, as templates (`Bearer ${GITHUB_TOKEN}`), resolved at proxy start. */
  injectHeaders: Record<string, string>;
  request: RequestPolicy;
  response: ResponsePolicy;
  given: GivenKeys;
}

export interface CustomRuleSpec {
  id: string;
  description?: string;
  regex: string;
  keywords: string[];
  secretGroup?: number;
  entropy?: number;
  severity: Severity;
  detector: "secrets" | "entropy";
}

export interface Config {
  /** Where it came from: a path, or "embedded default". */
  source: string;
  mode: Mode;
  tls: { intercept: boolean; caDir: string; leafTtlMs: number; passthrough: string[]; upstreamCa?: string };
  ssrf: { enabled: boolean; allow: string[] };
  api: { token: string };
  killSwitch: { enabled: boolean; sentinel: string };
  detect: {
    disable: string[];
    rules: CustomRuleSpec[];
    envLeak: boolean;
    secretsFile?: string;
    wallets: boolean;
    budgetMs: number;
    url: { blocklist: string[]; maxLength: number; allowedSchemes: string[] };
  };
  defaults: { request: RequestPolicy; response: ResponsePolicy; given: GivenKeys };
  egress: { default: "allow" | "block" };
  websocket: { maxMessageBytes: number };
  /** Bounds on the proxy's own connections (milliseconds; max_connections a count). */
  proxy: ProxyLimits;
  mcp: { onToolChange: "block" | "warn"; poisonedTools: "remove" | "block"; credentialsInResults: CredentialsAction; chains: "block" | "warn" | "off"; pinsDir: string };
  routes: Route[];
  gitScan: { excludePaths: string[] };
}

export interface ProxyLimits {
  maxConnections: number;
  idleTimeoutMs: number;
  headerTimeoutMs: number;
  requestTimeoutMs: number;
  upstreamTimeoutMs: number;
  upstreamIdleTimeoutMs: number;
}
