import type { Severity } from "../detect/types.ts";
import type { Action, InjectionAction } from "./schema.ts";

export type Mode = "balanced" | "strict" | "audit";
export type OversizeAction = "block" | "allow" | "scan_prefix";

export interface DetectorActions {
  secrets: Action;
  entropy: Action;
  env_leak: Action;
  wallets: Action;
  evasion: Action;
  url: Action;
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
}

export interface Route {
  host: string;
  path?: string;
  intercept?: boolean;
  request: RequestPolicy;
  response: ResponsePolicy;
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
  defaults: { request: RequestPolicy; response: ResponsePolicy };
  routes: Route[];
}
