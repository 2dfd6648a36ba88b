// Public surface of the detector core. Front ends import from here only.
export type { Finding, Verdict, Severity, DetectorName, DecodeStep, ScanOptions, Confidence, VerdictStatus } from "./types.ts";
export { DETECTORS, SEVERITIES } from "./types.ts";
export { compileDetector, BudgetExceeded, type Detector, type DetectorSpec, type StreamScanner } from "./engine.ts";
export { BUILTIN_RULES } from "./rules/builtin.ts";
export type { Rule, Matcher, MatchResult } from "./rules/types.ts";
export { selectEnvSecrets, parseSecretsFile, type EnvSecret } from "./env-leak.ts";
export { redact, redactWithin } from "./redact.ts";
