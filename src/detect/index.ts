// Public surface of the detector core. Front ends import from here only.
export type { Finding, Verdict, Severity, DetectorName, DecodeStep, ScanOptions, Confidence, VerdictStatus } from "./types.ts";
export { DETECTORS, SEVERITIES } from "./types.ts";
export { compileDetector, BudgetExceeded, SECRETS_FAMILY, type Detector, type DetectorSpec } from "./engine.ts";
export { BUILTIN_RULES } from "./rules/builtin.ts";
export type { Rule, Matcher, MatchResult } from "./rules/types.ts";
export { selectEnvSecrets, parseSecretsFile, type EnvSecret } from "./env-leak.ts";
export { redact, redactWithin } from "./redact.ts";
export { compileSuite, type DetectorSuite, type SuiteSpec, type CallBudget, type InjectionVerdict, type ToolVerdict, type ToolSummary } from "./suite.ts";
export { createStream, type StreamOptions, type StreamScanner, type HitSource } from "./stream.ts";
export { verdictOf, combineVerdicts, errorVerdict } from "./verdict.ts";
export { ByteText, looksBinary } from "./binary.ts";
export { fingerprint } from "./finalize.ts";
export { sha256, hmacSha256Hex, randomBytes } from "./digest.ts";
