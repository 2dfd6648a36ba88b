// The vocabulary every front end (check, proxy, git-scan, audit) shares with the core.

export type Severity = "info" | "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

/**
 * Independent detectors a config or route can switch on/off or act on separately.
 * secrets: provider credentials, keys, generic password assignments, PII (cards, IBAN, SSN).
 * entropy: high-entropy values in key-ish context that match no provider rule.
 * env_leak: values of this machine's secret environment variables / secrets file.
 * wallets: cryptocurrency addresses (public, but often exfiltration targets).
 * evasion: mixed-script tokens and other disguise attempts (outbound only).
 * injection / tool / url: prompt injection, MCP tool poisoning, URL exfiltration checks.
 */
export type DetectorName = "secrets" | "entropy" | "env_leak" | "wallets" | "evasion" | "injection" | "tool" | "url" | "path_entropy";
export const DETECTORS: readonly DetectorName[] = ["secrets", "entropy", "env_leak", "wallets", "evasion", "injection", "tool", "url", "path_entropy"];

export type Confidence = "low" | "medium" | "high";

/** One decoding step between the original input and the text a finding was matched in. */
export type DecodeStep = "base64" | "base64url" | "base32" | "hex" | "url" | "html" | "json" | "form" | "unicode" | "escape" | "rot13" | "reversed" | "reassembled" | "gzip" | "zlib" | "utf16" | "quoted-printable" | "binary-strings" | "table";

export interface Finding {
  detector: DetectorName;
  ruleId: string;
  description: string;
  severity: Severity;
  confidence: Confidence;
  /** The secret redacted for display (`ghp_…9f2a`); the whole secret never leaves the core. */
  redacted: string;
  /** True when the value is a provider's published documentation example (AKIAIOSFODNN7EXAMPLE…). */
  example: boolean;
  /**
   * True when the value has a provider's distinctive prefix but a body off the documented shape
   * (a few characters short or long, or glued to a letter): outbound blocks it, repository
   * scanning shows it as info.
   */
  malformed?: boolean;
  /** UTF-16 offsets into the ORIGINAL input (for decoded finds: the encoded span). */
  start: number;
  end: number;
  /** UTF-8 byte offsets into the original input. */
  byteStart: number;
  byteEnd: number;
  /** 1-based line and column (column in UTF-16 units) of `start`. */
  line: number;
  column: number;
  /** Decoding steps from the original to where the secret was seen, outermost first. */
  decodePath: DecodeStep[];
  /** Stable identity of the secret for baselines and dedupe: keyed HMAC-SHA-256 of rule id + value, 128 bits hex. */
  fingerprint: string;
  tags: string[];
  /** Extra facts for people (e.g. "checksum valid", "matched in normalized text"). */
  notes?: string[];
}

export type VerdictStatus = "clean" | "findings" | "error";

export interface Verdict {
  status: VerdictStatus;
  findings: Finding[];
  /** Set when status is "error": why the scan could not decide (budget overrun, …). Fail closed. */
  error?: string;
  /** Input size scanned, in UTF-16 units. */
  scanned: number;
  elapsedMs: number;
}

export interface ScanOptions {
  /** Detectors to run; default: all detectors the compiled detector has enabled. */
  detectors?: ReadonlySet<DetectorName>;
  /** Wall-clock budget for this call; overrun yields an error verdict. Default 2000 ms. */
  budgetMs?: number;
  /** performance.now() value after which the call fails closed; set when one budget spans several detectors. */
  deadline?: number;
}
