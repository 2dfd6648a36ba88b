import type { Confidence, Severity } from "../types.ts";
import { regexMatcher } from "./regex-matcher.ts";
import type { Rule } from "./types.ts";

export interface BuiltinRuleSpec {
  id: string;
  description: string;
  detector?: Rule["detector"];
  keywords: string[];
  trigger?: RegExp | RegExp[];
  runShape?: Rule["runShape"];
  pattern: RegExp;
  secretGroup?: number;
  entropy?: number;
  validate?: (secret: string, match: string, before: string, after: string) => boolean;
  validateBefore?: number;
  exampleAt?: Rule["exampleAt"];
  excusedAt?: Rule["excusedAt"];
  passphraseSlot?: Rule["passphraseSlot"];
  resolve?: Rule["resolve"];
  exampleValue?: Rule["exampleValue"];
  exampleKey?: (secret: string) => string;
  placeholder?: Rule["placeholder"];
  severity?: Severity;
  confidence?: Confidence;
  tags?: string[];
  /** The match starts at the keyword (see Rule.anchored). */
  anchored?: boolean;
  malformed?: boolean;
  ahead?: Rule["ahead"];
  before?: number;
  after?: number;
  examples?: string[];
}

/**
 * Whether a pattern has a capturing group, read from its source: `(` not escaped, not in a
 * character class, and not `(?:` / lookaround (`(?<name>` captures). Compiling and running each
 * pattern to count its groups cost ~10 ms at every detector-building start, cold.
 */
export function hasCaptureGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") return true;
      if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") return true;
    }
  }
  return false;
}

/** Keywords that `source` spells with a capital letter somewhere, as it spells them there. */
function capitalKeywords(keywords: readonly string[], source: string): string[] {
  const lower = source.toLowerCase();
  const out: string[] = [];
  for (const k of keywords.map((w) => w.toLowerCase())) {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
      const spelled = source.slice(at, at + k.length);
      if (/[A-Z]/.test(spelled)) {
        out.push(spelled);
        break;
      }
    }
  }
  return out;
}

/** Fills a built-in rule's defaults. Patterns here must be linear-safe (test/detect/regex-safety). */
export function defineRule(s: BuiltinRuleSpec): Rule {
  return {
    id: s.id,
    description: s.description,
    detector: s.detector ?? "secrets",
    keywords: s.keywords.map((k) => k.toLowerCase()),
    trigger: s.trigger,
    runShape: s.runShape,
    matcher: regexMatcher(s.pattern),
    anchored: s.anchored ?? false,
    capitalKeywords: capitalKeywords(s.keywords, s.pattern.source),
    malformed: s.malformed,
    ahead: s.ahead,
    secretGroup: s.secretGroup ?? (hasCaptureGroup(s.pattern.source) ? 1 : 0),
    entropy: s.entropy,
    validate: s.validate,
    validateBefore: s.validateBefore,
    exampleAt: s.exampleAt,
    excusedAt: s.excusedAt,
    passphraseSlot: s.passphraseSlot,
    resolve: s.resolve,
    exampleValue: s.exampleValue,
    placeholder: s.placeholder ?? "standard",
    severity: s.severity ?? "high",
    confidence: s.confidence ?? "high",
    tags: s.tags ?? [],
    before: s.before ?? 64,
    after: s.after ?? 256,
    examples: new Set((s.examples ?? []).map((e) => (s.exampleKey ? s.exampleKey(e) : e))),
    exampleKey: s.exampleKey,
  };
}
