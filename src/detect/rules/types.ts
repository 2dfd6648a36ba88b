import type { Confidence, DetectorName, Severity } from "../types.ts";

/** A compiled pattern: built-in rules use JS RegExp (audited linear), user rules use RE2. */
export interface Matcher {
  /** All non-overlapping matches in `text`; offsets are relative to `text`. */
  matchAll(text: string): MatchResult[];
  /** The match starting exactly at `pos` in `text`, if any (for keyword-anchored rules). */
  matchAt?(text: string, pos: number): MatchResult | null;
}

export interface MatchResult {
  start: number;
  end: number;
  /** Capture groups by index (0 = whole match); undefined when the group did not take part. */
  group(i: number): string | undefined;
  groupStart(i: number): number;
}

/** What a rule is, as data. Built-in rules and user YAML rules both become this. */
export interface Rule {
  id: string;
  description: string;
  detector: Extract<DetectorName, "secrets" | "entropy" | "wallets">;
  /**
   * Lowercase literals, at least one of which every match contains (the prefilter's trigger).
   * An empty list makes the rule run over the whole text: only for rules with no literal anchor
   * (card numbers, SSNs, base58 keys) and cheap, linear patterns.
   */
  keywords: readonly string[];
  /**
   * For rules without keywords: a simple, fast global pattern whose matches open the windows
   * the rule's matcher runs in (digit groups for cards, long token runs for base58 keys).
   */
  trigger?: RegExp | readonly RegExp[];
  /**
   * For rules triggered by LONG_RUN: the run's length range and allowed first characters, tested
   * before a window is opened (most long runs are hashes and identifiers).
   */
  runShape?: { min: number; max: number; first?: string; test?: (text: string, start: number, end: number) => boolean };
  matcher: Matcher;
  /**
   * True when every match starts at one of the rule's keywords: the pattern then runs once,
   * anchored at each keyword hit, instead of over a window (needs matcher.matchAt).
   */
  anchored: boolean;
  /**
   * Keywords the rule's pattern spells with capitals, as it spells them (AKIA, AIza, LTAI): a
   * token's own literal prefix although all letters, unlike a context word (twilio, heroku).
   * Where a split token can be put back together (see engine.ts, providerKeyword), when the text
   * spells it the same way ("Asia/Tokyo" and "Arabia" are not AWS prefixes).
   */
  capitalKeywords?: readonly string[];
  /** Capture group holding the secret; default 1 when the pattern has a group, else 0. */
  secretGroup: number;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  entropy?: number;
  /**
   * True when the slot the match names takes a person's passphrase (`password:`, `DB_PASSPHRASE=`): lower-case words
   * joined by `-` or `.` there (placeholder.ts chosenPassphrase) are the value, not an identifier the strict test excuses.
   */
  passphraseSlot?: (match: string, before: string) => boolean;
  /** Checksum / structure check on the secret. */
  validate?: (secret: string, match: string, before: string, after: string) => boolean;
  /** How many characters before the match validate's `before` holds (32 unless a rule reads a longer lead, a command's options). */
  validateBefore?: number;
  /**
   * True when the match stands where only examples go (a URL to a reserved example host):
   * reported as a published example is (info in a repository, blocked outbound all the same).
   */
  exampleAt?: (text: string, start: number, end: number) => boolean;
  /**
   * True when the match stands where a value is a reference or a device id, not a credential,
   * judged on the whole text (a template expression's `{{ … }}` around it, a crash report's
   * header): run only once the match passed its validator.
   */
  excusedAt?: (text: string, start: number, end: number) => boolean;
  /**
   * When the secret's group did not take part (the match ends at a name standing for the value,
   * `?? FALLBACK`): the literal that name is given in the same text, and where it starts; none drops the match.
   */
  resolve?: (text: string, start: number, match: MatchResult) => { value: string; start: number } | undefined;
  /** The value (once it passed as a secret) says it is an example: labelled example (a cheap test run after validate). */
  exampleValue?: (secret: string) => boolean;
  /**
   * Placeholder filter on the secret: "standard" rejects template refs, masks and filler
   * (`${VAR}`, `<your-key>`, `xxxx`); "strict" also rejects words, identifiers and code
   * (for rules matched by context only); "off" for checksum-validated values.
   */
  placeholder: "off" | "standard" | "strict";
  severity: Severity;
  confidence: Confidence;
  tags: readonly string[];
  /** Window around a keyword hit that the pattern runs in. */
  before: number;
  after: number;
  /**
   * Cheap test run at a keyword hit before the rule's regex (`end`: just past the keyword): false
   * when no match can start there. Keeps keyword-heavy rules ("key", "token") cheap on code.
   */
  ahead?: (text: string, end: number) => boolean;
  /** Matches a near-valid shape (a provider prefix with a body off its documented length): findings are labelled `malformed`. */
  malformed?: boolean;
  /** Exact published documentation example values of the secret (in exampleKey form). */
  examples: ReadonlySet<string>;
  /** Canonical form for comparing a secret with the examples (digits only for cards…). */
  exampleKey?: (secret: string) => string;
}
