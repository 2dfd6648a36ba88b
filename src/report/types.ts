// What every report writer takes: findings from any front end over any number of artifacts
// (files, commits, requests, stdin), the decision, and the failures that made it fail closed.
import type { Decision, JudgedFinding } from "../policy/decide.ts";

export type ReportFormat = "text" | "json" | "sarif";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "sarif"];

export interface Artifact {
  /** A path relative to the scanned root, "stdin", "--text", a URL (redacted) … */
  uri: string;
  /** Where it came from when not a plain file: a commit and its author/date, a request id. */
  commit?: string;
  author?: string;
  date?: string;
  bytes?: number;
  binary?: boolean;
}

export interface ReportFinding extends JudgedFinding {
  /** Index into Report.artifacts. */
  artifact: number;
  /** How to allow it if it is not a secret (git-scan, audit), or what to do about it. */
  hint?: string;
}

export interface Report {
  /** The subcommand that ran: "check", "git-scan", "audit" … */
  command: string;
  decision: Decision;
  reasons: string[];
  artifacts: Artifact[];
  findings: ReportFinding[];
  /** Scans that could not finish: the decision failed closed because of them. */
  errors: string[];
}
