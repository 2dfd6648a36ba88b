// The vocabulary of an audit: findings with a category, a place, a severity and a fix.
import type { Severity } from "../detect/types.ts";

export type { Severity };

/** Report sections, in the order the text report prints them when severities tie. */
export type Category =
  | "secrets" // credentials in files git tracks (or would)
  | "readable-ignored" // credentials in files git ignores but an agent reads (.env …)
  | "credential-files" // private keys, registry tokens, kubeconfigs, …
  | "mcp" // MCP server configs: plaintext tokens, unpinned servers, plain http
  | "permissions" // Claude Code settings allowing everything
  | "egress" // no egress proxy between the agent and the network
  | "instructions" // agent instruction files judged by the injection detector
  | "tools" // tool definitions judged by the tool-poisoning checks
  | "history" // secrets in git history (--history)
  | "scan-errors"; // files that could not be judged (fail closed)

export const CATEGORIES: readonly Category[] = ["secrets", "readable-ignored", "credential-files", "mcp", "permissions", "egress", "instructions", "tools", "history", "scan-errors"];

export const CATEGORY_TITLE: Record<Category, string> = {
  secrets: "Secrets in project files",
  "readable-ignored": "Secrets in files git ignores but an agent can read",
  "credential-files": "Credential files",
  mcp: "MCP server configuration",
  permissions: "Agent permissions",
  egress: "Agent egress",
  instructions: "Agent instruction files",
  tools: "Tool definitions",
  history: "Secrets in git history",
  "scan-errors": "Files that could not be judged",
};

export interface AuditFinding {
  category: Category;
  /** Core rule id (aws-access-key-id, injection.override) or an audit check id (mcp.unpinned). */
  rule: string;
  severity: Severity;
  title: string;
  /** Relative to the audit root, "/"-separated; "" for project-wide findings. */
  path: string;
  line: number;
  column: number;
  /** Redacted evidence (never a whole secret). */
  evidence?: string;
  fix: string;
  /** A provider's published documentation example (info under the repository policy). */
  example?: boolean;
  /** Stable identity: rule, path and the core's fingerprint of the secret (or the evidence). */
  fingerprint: string;
  notes?: string[];
}

/** Facts a file contributes to --suggest-config. */
export interface Facts {
  /** Package ecosystems the project uses (npm, pypi, crates, go, rubygems, packagist, maven). */
  ecosystems?: string[];
  /** Custom registry URLs (.npmrc registry=, pip index-url). */
  registries?: string[];
  /** API hosts the code talks to (from SDK imports and dependencies). */
  apis?: string[];
  /** Remote MCP server hosts. */
  mcpHosts?: string[];
  /** Header credentials found in MCP configs: the proxy could add them instead. */
  injectHeaders?: Array<{ host: string; header: string; envVar: string }>;
  /** Environment variable names that hold secrets (.env keys, MCP env blocks). */
  envVars?: string[];
  /** .env files (absolute paths) holding secret values the proxy should watch. */
  envFiles?: string[];
  /** An egress proxy is configured for the agent (HTTPS_PROXY in its settings or a toolkit.yaml). */
  proxyConfigured?: boolean;
  /** Agent setup was found (instruction files, MCP configs, agent settings). */
  agentSetup?: boolean;
}

export interface FileResult {
  rel: string;
  bytes: number;
  binary: boolean;
  /** Why the file could not be read (it is reported with the walk's unreadable entries). */
  unreadable?: string;
  findings: AuditFinding[];
  facts: Facts;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
export const maxSeverity = (a: Severity, b: Severity): Severity => (SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b);
