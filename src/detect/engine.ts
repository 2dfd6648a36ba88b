// The compiled detector: built once from a spec (rules, env secrets, enabled detectors), immutable
// afterwards. scan() judges one payload; stream() judges a payload that arrives in chunks.
import { bip39IndexAt, findMnemonics, SEED_SLOT_NAMES } from "./bip39.ts";
import { findEncodedSpans } from "./decode.ts";
import { tokensInBinaryStrings } from "./binary-tokens.ts";
import { secretColumns, sqlDigestCell, SQL_KEYWORDS, TABLE_KEYWORDS } from "./table.ts";
import { shannonEntropy } from "./entropy.ts";
import { envNeedles, type EnvSecret } from "./env-leak.ts";
import { mapSpan, normalizedWindows, type Normalized } from "./normalize.ts";
import { bcryptUnderKeyName } from "./keyed-bcrypt.ts";
import { ENCRYPTED_AT_REST, STORED_HASH, chosenPassphrase, degenerateBody, fixtureBefore, isExampleValue, madeUpKind, notReal, repeatedWord } from "./placeholder.ts";
import { buildAutomaton, isAsciiAlnum, type KeywordAutomaton } from "./prefilter.ts";
import { BUILTIN_KEYWORD_TRIE } from "./builtin-keyword-trie.ts";
import { keywordOrder } from "./keyword-order.ts";
import type { MatchResult, Rule } from "./rules/types.ts";
import { findEscapedLiterals, joinLiterals } from "./unescape.ts";
import { findLongRuns, findPhraseRuns, LONG_RUN } from "./runs.ts";
import { credentialShaped, findMixedScriptTokens } from "./mixed-script.ts";
import { requestUrls } from "./request-url.ts";
import { valuesWrappedBelowNames } from "./wrapped-below-name.ts";
import { alphabetBreak, concatLiteralGroups, fragmentGroups, glueMatches, MAX_PIECES, namedConcatValues, slidingJoins, yamlValuesBesideNames } from "./reassemble.ts";
import { DEOBFUSCATE_KEYWORDS, findDeobfuscated } from "./deobfuscate.ts";
import { finalizeFindings, type RawHit } from "./finalize.ts";
import { verdictOf } from "./verdict.ts";
import { planTriggers } from "./triggers.ts";
import { keepOutOfLine } from "./jit.ts";
import { underDigestPath } from "./slot-name.ts";
import { wordDotDraw } from "./drawn-segment.ts";
import { flatten } from "./flat.ts";
import { edgeReach, NEAR_SPAN, SPAN_SLACK } from "./seam-reach.ts";
import { createStream, type HitOptions, type HitResult, type ScanProfile, type StreamOptions, type StreamScanner } from "./stream.ts";
import type { DecodeStep, DetectorName, ScanOptions, Verdict } from "./types.ts";
import { lesser, greater } from "./bounds.ts";
import { float64Of, int32Of, uint8Of } from "./typed-of.ts";

export type { StreamScanner, StreamOptions, ScanProfile } from "./stream.ts";

export interface DetectorSpec {
  rules: readonly Rule[];
  /** Key of the findings' fingerprints (HMAC); see finalize.ts. */
  fingerprintKey?: Uint8Array;
  envSecrets?: readonly EnvSecret[];
  /** Detectors this compiled detector runs by default. */
  enabled: ReadonlySet<DetectorName>;
  /** Nested decoding depth (base64 inside url inside …); DESIGN.md fixes it at ≤ 3. */
  maxDecodeDepth?: number;
  /** BIP-39 seed-phrase detection (part of "secrets"); default on. */
  seedPhrases?: boolean;
}

export interface Detector {
  readonly rules: readonly Rule[];
  readonly enabled: ReadonlySet<DetectorName>;
  /** Longest span (context + match) any rule needs: the overlap a chunked scan must keep. */
  readonly overlap: number;
  /**
   * The overlap that suffices where no scan reported far evidence (`HitResult.reach`): the
   * longest span of the rules that do not read far context (seam-reach.ts).
   */
  readonly nearOverlap: number;
  /** The secrets family (secrets, entropy, env_leak, wallets, evasion) on one text. */
  scan(text: string, opts?: ScanOptions): Verdict;
  /** Raw hits of one text, for composing streams with other detectors (see stream.ts). */
  hits(text: string, opts: HitOptions): HitResult;
  /** A payload that arrives in chunks (strings or bytes), with one budget for the whole stream. */
  stream(opts?: StreamOptions): StreamScanner;
}

/** The detectors this engine runs; the others (injection, tool, url) live in the suite (suite.ts). */
export const SECRETS_FAMILY: ReadonlySet<DetectorName> = new Set(["secrets", "entropy", "env_leak", "wallets", "evasion"]);

export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`scan exceeded its ${budgetMs} ms budget; failing closed`);
  }
}

const DEFAULT_BUDGET_MS = 2000;
const LEADING_BREAKS = /^(?:\s|\\[nr])*/;
const TRAILING_BREAKS = /(?:\s|\\[nr])+$/;

interface KeywordTarget {
  rules: number[];
  env: number[];
  /** A literal of code that builds a string (deobfuscate.ts): its hits are collected for that pass. */
  deob?: boolean;
  /** A column name of a table of secrets, or SQL's insert (table.ts reads the table from the hit). */
  table?: boolean;
  /** A word of code, not of secrets (deobfuscation's literals, SQL): no evasion finding for it. */
  codeWord?: boolean;
  /** A keyword of rules that read far context: the most they read before its start and after its end. */
  far?: [number, number];
}

/** Django's `<algorithm>$` (`argon2$`, `scrypt$`, `pbkdf2_sha1$`, `pbkdf2_sha256$`, `bcrypt_sha256$`): a `$` where one ends, or a value cut short at it. */
const djangoHashHead = (v: string) => v.length < 16 || v.charCodeAt(6) === 36 || v.charCodeAt(11) === 36 || v.charCodeAt(13) === 36;

function atRestEnvelope(text: string, at: number): boolean {
  return ENCRYPTED_AT_REST.test(text.slice(at, at + 24)) || STORED_HASH.test(text.slice(at, at + 160));
}


/**
 * A value that is not real but made up to look like one: for a provider shape (standard
 * placeholder test) filler in its body; for a context-only rule (strict) a value that says
 * "example". Checksum-validated rules (placeholder off) keep their own tests.
 */
function madeUp(rule: Rule, secret: string): boolean {
  if (rule.placeholder === "standard") return madeUpKind(secret) === "example";
  if (rule.placeholder === "strict") return isExampleValue(secret);
  return false;
}

/**
 * Made up of one word repeated (`sk-proj-FAKEFAKE…`) or of degenerate groups (`xoxb-0000…-0000…-testtest…`) inside a test's code: the fixture's placeholder, not a
 * firewall's test string. Read in the scanned text, where a value found in a view beside its name has its context.
 */
function fixtureFiller(text: string, h: RawHit): boolean {
  return (repeatedWord(h.secret) || degenerateBody(h.secret)) && fixtureBefore(text.slice(Math.max(0, h.start - 400), h.start));
}

/**
 * Words a person chose, or a word and a drawn part (`Word.kQmZtRwPxLbN`), in a slot its rule says takes a
 * passphrase: real despite the strict placeholder test's word or member-access reading.
 */
function passphraseInSlot(rule: Rule, secret: string, match: string, before: string): boolean {
  return rule.passphraseSlot !== undefined && (chosenPassphrase(secret) || wordDotDraw(secret)) && shannonEntropy(secret) >= (rule.entropy ?? 0) && rule.passphraseSlot(match, before);
}

/** Per-call scratch: nothing of one scan outlives it or is seen by another caller. */
interface ScanContext {
  detectors: ReadonlySet<DetectorName>;
  /** Per rule index, 1 when its detector is among `detectors` (read per keyword hit: no Set lookup there). */
  live: Uint8Array;
  deadline: number;
  budgetMs: number;
  /** The long-run pass feeds both anchorless rules and the decoders: run once per text. */
  runsFor: string | null;
  runs: Int32Array;
  profile?: ScanProfile;
  /** Per trigger, the rules of the scan's detectors it feeds: the same for every text of a scan. */
  liveTriggers?: { wanted: boolean[]; lists: number[][] };
  /** Where the scan met far evidence, in the scanned text's offsets ([start, end) pairs; see seam-reach.ts). */
  reach: number[];
}

/**
 * A layer's `mapOut` for offsets in one of its normalized windows. Made here, not in the layer's
 * loop over windows: a closure there gave each turn of that loop a scope of its own, and the
 * layer's compiled code (its largest function) left for the slower tiers and was recompiled.
 */
function windowMapOut(norm: Normalized, offset: number, mapOut: (s: number, e: number) => [number, number]): (s: number, e: number) => [number, number] {
  return (s, e) => {
    const [s0, e0] = mapSpan(norm, s, e);
    return mapOut(s0 + offset, e0 + offset);
  };
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export function compileDetector(spec: DetectorSpec): Detector {
  const rules = spec.rules;
  const maxDepth = spec.maxDecodeDepth ?? 3;
  const seedPhrases = spec.seedPhrases ?? true;
  const needles = envNeedles(spec.envSecrets ?? []);

  // A published example is one whichever rule matched it (a generic rule may get there first).
  const KNOWN_EXAMPLES = new Set<string>(rules.flatMap((r) => [...r.examples]));
  // Every keyword filed below is in keywordOrder's list, numbered in its order (the prebuilt tables' order).
  const keywordIndex = new Map<string, KeywordTarget>(keywordOrder(rules, needles.map((n) => n.needle.toLowerCase())).map((kw) => [kw, { rules: [], env: [] }]));
  const target = (kw: string): KeywordTarget => {
    const t = keywordIndex.get(kw);
    if (t === undefined) throw new Error(`keyword '${kw}' is missing from keywordOrder's list`);
    return t;
  };
  const fullText: number[] = [];
  const triggers = new Map<RegExp, number[]>();
  const spanOf = (r: Rule) => r.before + r.after + 64;
  // A rule that reads far context without a keyword cannot be placed: every seam then takes the full overlap.
  let farWithoutKeyword = false;
  rules.forEach((rule, i) => {
    if (rule.keywords.length === 0 && rule.trigger) {
      for (const re of Array.isArray(rule.trigger) ? rule.trigger : [rule.trigger as RegExp]) {
        const list = triggers.get(re) ?? [];
        list.push(i);
        triggers.set(re, list);
      }
    } else if (rule.keywords.length === 0) fullText.push(i);
    for (const kw of new Set(rule.keywords)) target(kw).rules.push(i);
    if (spanOf(rule) > NEAR_SPAN) {
      if (rule.keywords.length === 0) farWithoutKeyword = true;
      for (const kw of rule.keywords) {
        const t = target(kw);
        t.far = [Math.max(t.far?.[0] ?? 0, rule.before), Math.max(t.far?.[1] ?? 0, rule.after)];
      }
    }
  });
  needles.forEach((n, i) => target(n.needle.toLowerCase()).env.push(i));
  for (const kw of DEOBFUSCATE_KEYWORDS) Object.assign(target(kw), { deob: true, codeWord: true });
  for (const kw of TABLE_KEYWORDS) target(kw).table = true;
  for (const kw of SQL_KEYWORDS) Object.assign(target(kw), { table: true, codeWord: true });
  // Run shapes as arrays (a rule without one takes every run): read the same way for every rule.
  const runMin = float64Of(rules, (r) => r.runShape?.min ?? 0);
  const runMax = float64Of(rules, (r) => r.runShape?.max ?? Infinity);
  const runFirst = rules.map((r) => r.runShape?.first);
  const runTest = rules.map((r) => r.runShape?.test);
  const triggerList = [...triggers].filter(([re]) => re !== LONG_RUN);
  const triggerPlan = planTriggers(triggerList.map(([re]) => re));
  const keywords = [...keywordIndex.keys()];
  const targets = keywords.map((k) => keywordIndex.get(k)!);
  const automaton: KeywordAutomaton = buildAutomaton(keywords, BUILTIN_KEYWORD_TRIE);
  // What a keyword hit reads, as arrays indexed by keyword or rule: the hit loop reads no objects.
  const keywordLength = int32Of(keywords, (k) => k.length);
  const keywordDeob = uint8Of(targets, (t) => (t.deob === true ? 1 : 0));
  const keywordTable = uint8Of(targets, (t) => (t.table === true ? 1 : 0));
  const keywordFar = uint8Of(targets, (t) => (t.far !== undefined ? 1 : 0));
  const farBefore = int32Of(targets, (t) => t.far?.[0] ?? 0);
  const farAfter = int32Of(targets, (t) => t.far?.[1] ?? 0);
  const keywordEnv = uint8Of(targets, (t) => (t.env.length > 0 ? 1 : 0));
  const aheadOf = rules.map((r) => r.ahead);
  /** An anchored rule's matcher (it has matchAt); undefined for a windowed rule. */
  const anchoredMatcher = rules.map((r) => (r.anchored && r.matcher.matchAt ? r.matcher : undefined));
  /** Per set of live rules, each keyword's live rules: list[first[kw] .. first[kw + 1]), in the rules' order. */
  const keywordRulesCache = new WeakMap<Uint8Array, { first: Int32Array; list: Int32Array }>();
  function keywordRulesFor(live: Uint8Array): { first: Int32Array; list: Int32Array } {
    let made = keywordRulesCache.get(live);
    if (made !== undefined) return made;
    const first = new Int32Array(keywords.length + 1);
    const list: number[] = [];
    targets.forEach((t, kw) => {
      for (const ri of t.rules) if (live[ri] === 1) list.push(ri);
      first[kw + 1] = list.length;
    });
    keywordRulesCache.set(live, (made = { first, list: new Int32Array(list) }));
    return made;
  }
  const overlap = Math.max(4096, ...rules.map(spanOf));
  const nearOverlap = farWithoutKeyword ? overlap : Math.max(4096, ...rules.map(spanOf).filter((n) => n <= NEAR_SPAN));
  /** A decoded span, literal or table longer than this is far evidence: what is found in it depends on all of it. */
  const longSpan = nearOverlap - SPAN_SLACK;

  // Keywords that are a token's own literal prefix (ghp_, xoxb-, sk_live_…, AKIA as the pattern
  // spells it) or a literal inside it that holds a digit (OpenAI's T3BlbkFJ, Firebase's :APA91b):
  // where a split token can be put back together. Context words (aws, twilio) and short ones do not count.
  const providerKeyword = new Uint8Array(keywords.length);
  // For an all-letter keyword, how its pattern spells it: a hit counts only where the text does too.
  const spelledAs: Array<string | undefined> = new Array(keywords.length);
  // A keyword only anchored rules read opens its token: a hit inside a word (React.createElement's
  // "act.", compat.'s "pat.", ECPrivateKey's "privatekey") opens none. Those were two in three of
  // real code's provider hits, each a 4 KiB window of reassembly.
  const opensToken = new Uint8Array(keywords.length);
  keywords.forEach((kw, i) => {
    let prefix = false;
    let anchoredOnly = true;
    for (const ri of targets[i]!.rules) {
      const r = rules[ri]!;
      if (!(r.anchored || /\d/.test(kw)) || r.detector !== "secrets" || r.tags.includes("generic")) continue;
      if (!r.anchored) anchoredOnly = false;
      const spelled = r.capitalKeywords?.find((c) => c.toLowerCase() === kw);
      if (/[^a-z]/.test(kw)) prefix = true;
      else if (spelled !== undefined) {
        prefix = true;
        spelledAs[i] = spelled;
      }
    }
    // Three characters (hf_, r8_, sg.) count where they start a token (see providerHitAt); a
    // keyword with a blank in it ("basic ", "private key") is a name for a token, not its prefix.
    providerKeyword[i] = prefix && kw.length >= 3 && !/\s/.test(kw) ? 1 : 0;
    opensToken[i] = anchoredOnly ? 1 : 0;
  });

  /**
   * Whether the keyword hit at `start` counts as a provider token's prefix (see providerKeyword).
   * Short and all-letter prefixes count only where they start a token, spelled as the pattern
   * spells them: base64 blobs are full of "ABIA" and "EAAA", time zones of "Asia/".
   */
  function providerHitAt(text: string, kw: number, start: number): boolean {
    if (providerKeyword[kw] !== 1) return false;
    const spelled = spelledAs[kw];
    if (spelled === undefined && keywords[kw]!.length > 3) return opensToken[kw] === 0 || !isAsciiAlnum(text.charCodeAt(start - 1));
    return (spelled === undefined || text.startsWith(spelled, start)) && !isAsciiAlnum(text.charCodeAt(start - 1));
  }

  /** A folded mixed-script token worth an evasion finding: credential-shaped, or holding a rule keyword. */
  function interestingFolded(folded: string): boolean {
    if (credentialShaped(folded)) return true;
    let hit = false;
    automaton.search(folded, (kw) => {
      if (keywords[kw]!.length >= 3 && targets[kw]!.codeWord !== true) hit = true;
    });
    return hit;
  }

  /** Whether a provider keyword spans the join of `a` and `b` (a split inside a token's prefix). */
  function keywordAcross(a: string, b: string): boolean {
    const left = a.slice(-16);
    const joined = left + b.slice(0, 16);
    let hit = false;
    automaton.search(joined, (kw, end) => {
      if (end > left.length && end - keywords[kw]!.length < left.length && providerHitAt(joined, kw, end - keywords[kw]!.length)) hit = true;
    });
    return hit;
  }

  /**
   * A "token" put together from a list of token prefixes ("glpat-, sk_live_, rk_live_, AKIA …"
   * in prose, a JSON array, a CSV row): two or more of its joined pieces open with a provider
   * keyword. A real token split into pieces has its prefix at the start of the first piece only.
   */
  function prefixList(joined: Normalized, start: number, end: number): boolean {
    // Counted by where they start: "sk_" and "sk_live_" at one piece's start are one prefix.
    const at = new Set<number>();
    const span = joined.text.slice(start, end);
    automaton.search(span, (kw, stop) => {
      if (!providerHitAt(span, kw, stop - keywords[kw]!.length)) return;
      const k = start + stop - keywords[kw]!.length;
      if (k === start || joined.starts[k] !== joined.starts[k - 1]! + 1) at.add(k);
    });
    return at.size >= 2;
  }

  /**
   * The starts of a group's joins that can make a provider token: within MAX_PIECES values before
   * a value holding a provider keyword hit, or one whose join with the next makes such a keyword
   * ("g" + "hp_…"). A long JSON array with one hit had every one of its values joined and scanned
   * (3,700 scans of joins per 55 MB of real code, most of the reassembly's time).
   */
  function joinStarts(text: string, group: ReadonlyArray<{ start: number; end: number }>, hits: readonly number[]): (i: number) => boolean {
    const near = new Uint8Array(group.length);
    const lo = Math.min(...group.map((p) => p.start));
    const hi = Math.max(...group.map((p) => p.end));
    const inside = hits.filter((h) => h >= lo && h < hi);
    group.forEach((p, k) => {
      const holds = inside.some((h) => h >= p.start && h < p.end) || (k + 1 < group.length && keywordAcross(text.slice(p.start, p.end), text.slice(group[k + 1]!.start, group[k + 1]!.end)));
      if (holds) near.fill(1, Math.max(0, k - MAX_PIECES + 1), k + 1);
    });
    return (i) => near[i] === 1;
  }

  /** Whether the list separator at `at` (`", "`, `','`) stands inside a provider keyword cut between the two literals around it. */
  function prefixAcrossSeparator(text: string, at: number): boolean {
    const q = text.charCodeAt(at);
    if (q !== 34 && q !== 39) return false;
    let e = at + 1;
    while (e < text.length && e - at < 4 && text.charCodeAt(e) !== q) e++;
    if (text.charCodeAt(e) !== q || !/^[\s,]*$/.test(text.slice(at + 1, e))) return false;
    const open = text.lastIndexOf(text[at]!, at - 1);
    const close = text.indexOf(text[at]!, e + 1);
    // The cut leaves a short head of the prefix on the left and a token body on the right.
    if (open < 0 || close < 0 || at - open > 17 || close - e < 9 || close - e > 512) return false;
    return keywordAcross(text.slice(open + 1, at), text.slice(e + 1, close));
  }

  /**
   * Value groups within 2 KiB of a provider keyword hit that contain one. A window of hits that
   * chain (each within 4 KiB of the next) is pushed to `wide`: what is found in it depends on all of it.
   */
  function groupsNear(text: string, hits: number[], wide: number[]): Array<Array<{ start: number; end: number }>> {
    if (hits.length === 0) return [];
    const out: Array<Array<{ start: number; end: number }>> = [];
    let i = 0;
    while (i < hits.length) {
      const ws = Math.max(0, hits[i]! - 2048);
      let we = Math.min(text.length, hits[i]! + 2048);
      let j = i + 1;
      while (j < hits.length && hits[j]! - 2048 <= we) we = Math.min(text.length, hits[j++]! + 2048);
      if (we - ws > 4096) wide.push(ws, we);
      const windowHits = hits.slice(i, j);
      for (const g of fragmentGroups(text.slice(ws, we), windowHits.map((h) => h - ws), hits[j - 1]! - ws)) {
        const abs = g.map((p) => ({ start: p.start + ws, end: p.end + ws }));
        // Pieces may stand in another order than the text's (variables expanded as `$B$A`).
        const gs = Math.min(...abs.map((p) => p.start));
        const ge = Math.max(...abs.map((p) => p.end));
        if (windowHits.some((h) => h >= gs && h < ge)) out.push(abs);
      }
      i = j;
    }
    return out;
  }

  function longRuns(text: string, ctx: ScanContext): Int32Array {
    if (ctx.runsFor !== text) {
      ctx.runs = findLongRuns(text);
      ctx.runsFor = text;
    }
    return ctx.runs;
  }

  /** Pushes `spans` ([start, end) pairs of a layer's text) to the scan's far evidence, in the scanned text's offsets: those longer than `longer` (all by default). */
  function reachOut(spans: readonly number[], mapOut: (s: number, e: number) => [number, number], ctx: ScanContext, longer = -1): void {
    for (let i = 0; i < spans.length; i += 2) {
      const [s, e] = mapOut(spans[i]!, spans[i + 1]!);
      if (e - s > longer) ctx.reach.push(s, e);
    }
  }

  function checkBudget(ctx: ScanContext): void {
    if (performance.now() > ctx.deadline) throw new BudgetExceeded(ctx.budgetMs);
  }

  function acceptMatch(text: string, rule: Rule, m: MatchResult, base: number, out: RawHit[]): void {
    let gi = rule.secretGroup;
    if (gi < 0) {
      gi = 0;
      for (let i = 1; i < 10; i++) if (m.group(i) !== undefined) { gi = i; break; }
    }
    let raw = m.group(gi);
    let rawAt = -1;
    if (raw === undefined && rule.resolve !== undefined) {
      const r = rule.resolve(text, base + m.start, m);
      if (r === undefined) return;
      raw = r.value;
      rawAt = r.start;
    }
    raw ??= m.group(0)!;
    if (rawAt < 0) rawAt = base + m.groupStart(gi);
    // Key bodies carry the line breaks around them; the secret is what lies between.
    const lead = LEADING_BREAKS.exec(raw)![0].length;
    const secret = raw.slice(lead).replace(TRAILING_BREAKS, "");
    let example = rule.examples.has(rule.exampleKey ? rule.exampleKey(secret) : secret) || KNOWN_EXAMPLES.has(secret);
    if (!example && notReal(rule, secret) && !passphraseInSlot(rule, secret, m.group(0)!, text.slice(Math.max(0, base + m.start - 32), base + m.start))) {
      // Made up in the rule's shape (ABCDEF…, 0000…, EXAMPLE): a finding labelled example;
      // a clear placeholder (xxxx, <your-key>, ${VAR}) stays excused (placeholder.ts).
      if (!madeUp(rule, secret)) return;
      example = true;
    }
    // A rule whose value stops at "," or "(" reads only the head of an at-rest envelope
    // (SOPS `ENC[AES256_GCM,data:…]`, jasypt `ENC(…)`, `{cipher}…`): the slot holds ciphertext;
    // or a stored password hash (`{bcrypt}$2a$…`, `$6$…`, Django's `argon2$…`, `pbkdf2_sha256$…`), cut at its `$`.
    const c0 = secret.charCodeAt(0);
    if ((c0 === 69 || c0 === 123 || c0 === 36 || ((c0 === 97 || c0 === 98 || c0 === 112 || c0 === 115) && djangoHashHead(secret))) && atRestEnvelope(text, rawAt + lead) && !bcryptUnderKeyName(text, rawAt + lead)) return;
    if (rule.validate) {
      const at = base + m.start;
      const endAt = base + m.end;
      if (!rule.validate(secret, m.group(0)!, text.slice(Math.max(0, at - (rule.validateBefore ?? 32)), at), text.slice(endAt, endAt + 16))) return;
    }
    if (rule.excusedAt?.(text, base + m.start, base + m.end)) return;
    // Under a digest path's name (`checksum/secret: <sha256>`) or a SQL row's digest column, for every rule that reads the name.
    if (underDigestPath(text, rawAt + lead, secret) || sqlDigestCell(text, rawAt + lead)) return;
    // Where only examples go (a reserved example host): known only once it passed as a secret.
    if (!example && rule.exampleAt?.(text, base + m.start, base + m.end)) example = true;
    if (!example && rule.exampleValue?.(secret)) example = true;
    const start = rawAt + lead;
    out.push({
      ruleId: rule.id, detector: rule.detector, description: rule.description, severity: rule.severity,
      confidence: rule.confidence, tags: rule.tags, secret, start, end: start + secret.length, example, path: [],
      ...(rule.malformed ? { malformed: true } : {}),
    });
  }

  /** Rule windows of one text: rule -> flat [s0,e0,s1,e1,…], merged as they are added. */
  type Windows = Map<number, number[]>;

  function addWindow(windows: Windows, text: string, ri: number, from: number, to: number): void {
    const rule = rules[ri]!;
    const s = greater(0, from - rule.before);
    const e = lesser(text.length, to + rule.after);
    let w = windows.get(ri);
    if (!w) windows.set(ri, (w = []));
    if (w.length > 0 && s <= w[w.length - 1]!) w[w.length - 1] = greater(w[w.length - 1]!, e);
    else w.push(s, e);
  }

  // Called from the keyword callback and the trigger passes, hundreds of thousands of times per
  // pass: inlined there, acceptMatch (entropy, placeholders, validators), the rules' prechecks and
  // run-shape tests made those FTL compiles the largest of a scan (see jit.ts).
  keepOutOfLine(acceptMatch, addWindow, envHits, ...new Set(rules.flatMap((r) => [r.runShape?.test, r.ahead].filter((f) => f !== undefined))));

  /**
   * All rule, env and mnemonic matches in one text, offsets relative to it. When `providerHits`
   * is given, the start of every provider-rule keyword is pushed to it (for reassembly); when
   * `deobHits` is, the start of every DEOBFUSCATE_KEYWORDS hit (for deobfuscate.ts); `tableHits`,
   * of every TABLE_KEYWORDS hit (for table.ts); `farWindows`, the window ([start, end) pairs) of
   * every keyword hit of a rule that reads far context.
   * Each pass is a function of its own: as one function, JavaScriptCore's top tier spent
   * 190–320 ms compiling it in every process that scanned a few MB (measured with
   * BUN_JSC_reportCompileTimes), more than the scan of the first megabytes took.
   */
  function matchText(text: string, ctx: ScanContext, providerHits?: number[], deobHits?: number[], tableHits?: number[], farWindows?: number[]): RawHit[] {
    // Every text a scan reads goes through here first (each layer's, each normalized window's,
    // each joined group's); joined in place, so the layer's later passes read it flat too.
    flatten(text);
    const out: RawHit[] = [];
    const windows: Windows = new Map();
    keywordPass(text, ctx, out, windows, providerHits, deobHits, tableHits, farWindows);
    checkBudget(ctx);
    triggerPass(text, ctx, windows);
    windowPass(text, ctx, windows, out);
    fullTextPass(text, ctx, out);
    if (seedPhrases && ctx.detectors.has("secrets")) {
      const prof = ctx.profile;
      const t0 = prof ? performance.now() : 0;
      findSeedPhrases(text, out);
      if (prof) bump(prof.ruleMs, "seed-phrases", performance.now() - t0);
    }
    return out;
  }

  /** The keyword prefilter: anchored rules matched at their keyword, the others given a window. */
  function keywordPass(text: string, ctx: ScanContext, out: RawHit[], windows: Windows, providerHits?: number[], deobHits?: number[], tableHits?: number[], farWindows?: number[]): void {
    const wantEnv = ctx.detectors.has("env_leak") && needles.length > 0;
    const prof = ctx.profile;
    const tSearch = prof ? performance.now() : 0;
    const { first, list } = keywordRulesFor(ctx.live);
    let aheadFn: Rule["ahead"] = undefined;
    let aheadAt = -1;
    let aheadOk = false;
    // The hits as one array, looped here: a callback per hit was a call the compiler could not inline.
    const hits = automaton.hits(text);
    for (let k = 0; k < hits.length; k += 2) {
      const kw = hits[k]!;
      const end = hits[k + 1]!;
      const kwStart = end - keywordLength[kw]!;
      if (prof) bump(prof.keywordHits, keywords[kw]!);
      if (providerHits && providerHitAt(text, kw, kwStart)) providerHits.push(kwStart);
      if (deobHits && keywordDeob[kw] === 1) deobHits.push(kwStart);
      if (tableHits && keywordTable[kw] === 1) tableHits.push(kwStart);
      if (farWindows && keywordFar[kw] === 1) farWindows.push(Math.max(0, kwStart - farBefore[kw]!), Math.min(text.length, end + farAfter[kw]!));
      for (let j = first[kw]!, stop = first[kw + 1]!; j < stop; j++) {
        const ri = list[j]!;
        const ahead = aheadOf[ri];
        if (ahead !== undefined) {
          // Rules sharing a keyword often share a precheck: computed once per hit.
          if (ahead !== aheadFn || end !== aheadAt) {
            aheadFn = ahead;
            aheadAt = end;
            aheadOk = ahead(text, end);
          }
          if (!aheadOk) continue;
        }
        const matcher = anchoredMatcher[ri];
        if (matcher !== undefined) {
          const rule = rules[ri]!;
          const t0 = prof ? performance.now() : 0;
          const m = matcher.matchAt!(text, kwStart);
          if (m) acceptMatch(text, rule, m, 0, out);
          if (prof) {
            bump(prof.ruleMs, rule.id, performance.now() - t0);
            bump(prof.windows, rule.id);
          }
        } else addWindow(windows, text, ri, kwStart, end);
      }
      if (wantEnv && keywordEnv[kw] === 1) envHits(text, targets[kw]!, end, out);
    }
    if (prof) bump(prof.ruleMs, "prefilter+anchored", performance.now() - tSearch);
  }

  function envHits(text: string, t: KeywordTarget, end: number, out: RawHit[]): void {
    for (const ni of t.env) {
      const n = needles[ni]!;
      if (text.startsWith(n.needle, end - n.needle.length)) {
        out.push({
          ruleId: "env-leak", detector: "env_leak", description: `Value of secret environment variable ${n.name}`,
          severity: "critical", confidence: "high", tags: ["env"], secret: n.value, start: end - n.needle.length, end,
          example: false, path: n.encoding ? [n.encoding] : [], notes: [`variable ${n.name}`],
        });
      }
    }
  }

  /** Rules without a keyword: windows where their trigger (a regex, or a long token run) matches. */
  function triggerPass(text: string, ctx: ScanContext, windows: Windows): void {
    const prof = ctx.profile;
    // Every layer, window and joined group of a scan comes here: the live lists are made once per scan.
    const liveTriggers = (ctx.liveTriggers ??= {
      wanted: triggerList.map(([, list]) => list.some((ri) => ctx.live[ri] === 1)),
      lists: [...triggers].map(([, list]) => list.filter((ri) => ctx.live[ri] === 1)),
    });
    const tAll = prof ? performance.now() : 0;
    const found = triggerPlan.run(text, liveTriggers.wanted);
    if (prof) bump(prof.ruleMs, "trigger:regexes", performance.now() - tAll);
    // Windows are added trigger by trigger, in the rules' order (a rule's windows merge in that order).
    let k = 0;
    let t = 0;
    for (const [re] of triggers) {
      const live = liveTriggers.lists[t++]!;
      if (re !== LONG_RUN) {
        const pairs = found[k++]!;
        for (let i = 0; i < pairs.length; i += 2) for (const ri of live) addWindow(windows, text, ri, pairs[i]!, pairs[i + 1]!);
        continue;
      }
      if (live.length === 0) continue;
      const tTrig = prof ? performance.now() : 0;
      runWindows(text, longRuns(text, ctx), runRulesByLength(ctx.live, live), windows);
      if (prof) bump(prof.ruleMs, "trigger:LONG_RUN", performance.now() - tTrig);
    }
  }

  const runRulesCache = new WeakMap<Uint8Array, Int32Array[]>();
  /**
   * Per run length, the rules of `live` (in its order) whose run shape admits that length; the last
   * entry stands for every longer run. Real code has ~470K long runs per 55 MB: each was compared
   * with all eleven run rules' lengths, two to four of which fit (~5 ms per pass saved, see commit).
   */
  function runRulesByLength(liveRules: Uint8Array, live: number[]): Int32Array[] {
    let table = runRulesCache.get(liveRules);
    if (table !== undefined) return table;
    let cap = 0;
    for (const ri of live) cap = Math.max(cap, runMin[ri]!, runMax[ri]! <= 4096 ? runMax[ri]! + 1 : 0);
    table = [];
    for (let len = 0; len <= cap; len++) table.push(new Int32Array(live.filter((ri) => runMin[ri]! <= len && (len === cap || len <= runMax[ri]!))));
    runRulesCache.set(liveRules, table);
    return table;
  }

  /** Windows for the rules triggered by long token runs, where a run has the rule's shape. */
  function runWindows(text: string, runs: Int32Array, byLength: Int32Array[], windows: Windows): void {
    const cap = byLength.length - 1;
    for (let i = 0; i < runs.length; i += 2) {
      const s0 = runs[i]!;
      const len = runs[i + 1]! - s0;
      const live = byLength[len < cap ? len : cap]!;
      for (let k = 0; k < live.length; k++) {
        const ri = live[k]!;
        if (len < runMin[ri]! || len > runMax[ri]!) continue;
        const first = runFirst[ri];
        if (first !== undefined && !first.includes(text[s0]!)) continue;
        const test = runTest[ri];
        if (test !== undefined && !test(text, s0, runs[i + 1]!)) continue;
        addWindow(windows, text, ri, s0, runs[i + 1]!);
      }
    }
  }

  /** Each windowed rule's regex over its merged windows. */
  function windowPass(text: string, ctx: ScanContext, windows: Windows, out: RawHit[]): void {
    const prof = ctx.profile;
    for (const [ri, w] of windows) {
      const rule = rules[ri]!;
      const t0 = prof ? performance.now() : 0;
      for (let i = 0; i < w.length; i += 2) {
        const s = w[i]!;
        for (const m of rule.matcher.matchAll(text.slice(s, w[i + 1]!))) acceptMatch(text, rule, m, s, out);
      }
      if (prof) {
        bump(prof.ruleMs, rule.id, performance.now() - t0);
        bump(prof.windows, rule.id, w.length / 2);
        let chars = 0;
        for (let i = 0; i < w.length; i += 2) chars += w[i + 1]! - w[i]!;
        bump(prof.windowChars, rule.id, chars);
      }
      checkBudget(ctx);
    }
  }

  /** Rules with neither keyword nor trigger: their regex over the whole text. */
  function fullTextPass(text: string, ctx: ScanContext, out: RawHit[]): void {
    const prof = ctx.profile;
    for (const ri of fullText) {
      const rule = rules[ri]!;
      if (ctx.live[ri] === 0) continue;
      const t0 = prof ? performance.now() : 0;
      for (const m of rule.matcher.matchAll(text)) acceptMatch(text, rule, m, 0, out);
      if (prof) bump(prof.ruleMs, rule.id, performance.now() - t0);
      checkBudget(ctx);
    }
  }

  function scanLayer(text: string, depth: number, path: DecodeStep[], mapOut: (s: number, e: number) => [number, number], ctx: ScanContext, acc: RawHit[]): void {
    checkBudget(ctx);
    const place = (h: RawHit, note?: string) => {
      const [s, e] = mapOut(h.start, h.end);
      acc.push({ ...h, start: s, end: e, path: [...path, ...h.path], notes: note ? [...(h.notes ?? []), note] : h.notes });
    };
    const prof = ctx.profile;
    if (prof) {
      prof.layers++;
      prof.layerChars += text.length;
    }
    const providerHits: number[] = [];
    const deobHits: number[] = [];
    const tableHits: number[] = [];
    // Split secrets are joined in the payload and in each string literal unescaped from it (code
    // quoted in a JSON string: a tool call's file content, a chat message).
    const joins = depth === 0 || path[path.length - 1] === "escape";
    const far: number[] = [];
    for (const h of matchText(text, ctx, joins ? providerHits : undefined, depth < maxDepth ? deobHits : undefined, depth < maxDepth ? tableHits : undefined, far)) place(h);
    reachOut(far, mapOut, ctx);
    if (depth === 0) edgeReach(text, nearOverlap, ctx.reach);
    // The layer's long runs, taken before the windows and joins below put theirs in the cache:
    // the decoders need the layer's, and finding them again was a second pass over the text.
    const layerRuns = ctx.runsFor === text ? ctx.runs : undefined;
    let tPass = prof ? performance.now() : 0;
    const windows = normalizedWindows(text);
    // A mixed-script token has a look-alike next to an ASCII letter: it lies in a window.
    for (const { offset, end } of ctx.detectors.has("evasion") ? windows : []) {
      const slice = text.slice(offset, end);
      for (const t0 of findMixedScriptTokens(slice, interestingFolded)) {
        const t = { ...t0, start: t0.start + offset, end: t0.end + offset };
        place({
          ruleId: "mixed-script-token", detector: "evasion", description: "Token mixes Latin letters with Cyrillic or Greek look-alikes",
          severity: "high", confidence: "medium", tags: ["evasion"], secret: t.token, start: t.start, end: t.end, example: false, path: [],
        });
      }
    }
    for (const { offset, norm } of windows) {
      const farInWindow: number[] = [];
      for (const h of matchText(norm.text, ctx, undefined, undefined, undefined, farInWindow)) {
        const [s, e] = mapSpan(norm, h.start, h.end);
        place({ ...h, start: s + offset, end: e + offset }, "found after removing invisible or look-alike characters");
      }
      reachOut(farInWindow, windowMapOut(norm, offset, mapOut), ctx);
    }
    // The printable strings of decoded binary: a credential there has no name to be found by.
    if (path[path.length - 1] === "binary-strings" && ctx.detectors.has("secrets")) {
      for (const t of tokensInBinaryStrings(text, layerRuns ?? longRuns(text, ctx))) place({
        ruleId: "opaque-token-in-binary", detector: "secrets", description: "Credential-shaped string hidden in encoded binary data",
        severity: "high", confidence: "medium", tags: ["generic", "encoded"], secret: t.token, start: t.start, end: t.end, example: false, path: [],
      });
    }
    if (prof) {
      bump(prof.ruleMs, "evasion", performance.now() - tPass);
      tPass = performance.now();
    }
    if (joins) {
      // Split secrets: provider rules only (generic rules on joined values would guess), only
      // near a provider keyword (a split token keeps its prefix in one piece), and only groups
      // that hold such a keyword.
      // A provider prefix cut between two list values (`{"npm", "_ab…", …}`) leaves no keyword
      // hit of its own: the list's separators (found by the keyword pass) are tried as joins.
      for (const h of deobHits) if (prefixAcrossSeparator(text, h)) providerHits.push(h);
      providerHits.sort((a, b) => a - b);
      const wide: number[] = [];
      const groups = groupsNear(text, providerHits, wide);
      reachOut(wide, mapOut, ctx);
      // Literals glued with + anywhere: a split may cut the token's own prefix ("g" + "hp_…").
      const glues = glueMatches(text);
      groups.push(...concatLiteralGroups(text, keywordAcross, glues));
      for (const group of groups) {
        for (const joined of slidingJoins(text, group, joinStarts(text, group, providerHits))) {
          for (const h of matchText(joined.text, ctx)) {
            if (h.detector !== "secrets" || h.tags.includes("generic") || prefixList(joined, h.start, h.end) || alphabetBreak(joined, h.start, h.end)) continue;
            const [s, e] = mapSpan(joined, h.start, h.end);
            place({ ...h, start: s, end: e, path: ["reassembled"] }, "reassembled from adjacent values");
          }
        }
      }
      // Values read beside their names (views built by nameBeside): the name is their context, so
      // the named-slot and generic rules run on them too. No alphabetBreak test: the pieces are
      // one expression's, not a row's neighbouring values. `providerOnly`: a name that only names a
      // service (the mapping a credential field sits under) is context for the provider rules alone.
      const besideName = (views: Normalized[], note: string, providerOnly = false) => {
        for (const joined of views) {
          for (const h of matchText(joined.text, ctx)) {
            if (h.detector !== "secrets" || (providerOnly && h.tags.includes("generic"))) continue;
            const [s, e] = mapSpan(joined, h.start, h.end);
            place({ ...h, start: s, end: e, path: ["reassembled"] }, note);
          }
        }
      };
      // A value glued from literals and assigned to a name (`name="joined"`).
      besideName(namedConcatValues(text, glues), "reassembled from a value glued from literals");
      // A YAML block scalar's one line, a mapping's value field; a credential field under its service's mapping.
      const underProvider: Normalized[] = [];
      besideName(yamlValuesBesideNames(text, underProvider), "read beside its name a line or more above it in YAML");
      besideName(underProvider, "read under its service's name in YAML", true);
      // A value wrapped on the lines below its name (`x-api-key=` closing a log line, the key cut at 76 columns).
      besideName(valuesWrappedBelowNames(text), "read beside its name from the lines below it");
      // A request line's path with its host written elsewhere (a debug log, curl -v, a wire dump): the URL rules see them joined.
      besideName(requestUrls(text), "read as one URL from a request line and its host", true);
    }
    if (prof) bump(prof.ruleMs, "reassembly", performance.now() - tPass);
    if (depth >= maxDepth) {
      // Still encoded at the depth limit (base64 four deep, percent-encoding five deep): fail
      // closed with a finding rather than call the payload clean.
      if (depth > 0 && ctx.detectors.has("evasion")) {
        const left = findEncodedSpans(text, layerRuns ?? longRuns(text, ctx)).find((s) => s.step !== "binary-strings" && s.inner !== "binary-strings" && /[\x21-\x7e]{8}/.test(s.decoded));
        if (left) place({
          ruleId: "encoded-beyond-depth", detector: "evasion", description: `Content still encoded after ${maxDepth} decoding rounds`, severity: "high", confidence: "medium",
          tags: ["evasion"], secret: text.slice(left.start, left.end), start: 0, end: text.length, example: false, path: [left.step],
        }, "nested encoding beyond the decode limit");
      }
      return;
    }
    const tLit = prof ? performance.now() : 0;
    const literals = findEscapedLiterals(text);
    const spans = findEncodedSpans(text, layerRuns ?? longRuns(text, ctx));
    if (prof) {
      bump(prof.ruleMs, "decoders", performance.now() - tLit);
      bump(prof.decoded, "escape", literals.length);
      for (const s of spans) bump(prof.decoded, s.inner ? `${s.step}>${s.inner}` : s.step);
    }
    // All escaped literals of this text in one pass (JSON and code hold thousands of small ones).
    for (const l of literals) reachOut([l.starts[0]!, l.ends[l.text.length - 1]!], mapOut, ctx, longSpan);
    if (literals.length > 0) {
      const lit = joinLiterals(literals);
      scanLayer(lit.text, depth + 1, [...path, "escape"], (s, e) => mapOut(...mapSpan(lit, s, e)), ctx, acc);
    }
    // A table's secret-named column (a password manager's CSV export): each cell under its name.
    const table = secretColumns(text, tableHits);
    if (table) {
      reachOut([0, table.text.length], (s, e) => mapOut(...mapSpan(table, s, e)), ctx, longSpan);
      scanLayer(table.text, depth + 1, [...path, "table"], (s, e) => mapOut(...mapSpan(table, s, e)), ctx, acc);
    }
    // Strings code builds at run time: character arrays, fromCharCode, reversed literals.
    for (const d of findDeobfuscated(text, deobHits)) {
      reachOut([0, d.norm.text.length], (s, e) => mapOut(...mapSpan(d.norm, s, e)), ctx, longSpan);
      scanLayer(d.norm.text, depth + 1, [...path, d.step], (s, e) => mapOut(...mapSpan(d.norm, s, e)), ctx, acc);
    }
    for (const span of spans) {
      // Quoted-printable runs from the first declaration in the text: which one that is depends on where the text starts.
      reachOut([span.start, span.end], mapOut, ctx, span.step === "quoted-printable" ? 0 : longSpan);
      scanLayer(span.decoded, depth + 1, span.inner ? [...path, span.step, span.inner] : [...path, span.step], () => mapOut(span.start, span.end), ctx, acc);
      checkBudget(ctx);
    }
  }

  function assertOwn(detectors: ReadonlySet<DetectorName> | undefined): void {
    for (const d of detectors ?? []) {
      if (!SECRETS_FAMILY.has(d)) throw new Error(`detector '${d}' is not part of the secrets engine; judge the payload through the suite (src/detect/suite.ts)`);
    }
  }

  const liveCache = new WeakMap<ReadonlySet<DetectorName>, Uint8Array>();
  function liveRules(detectors: ReadonlySet<DetectorName>): Uint8Array {
    let live = liveCache.get(detectors);
    if (live === undefined) liveCache.set(detectors, (live = uint8Of(rules, (r) => (detectors.has(r.detector) ? 1 : 0))));
    return live;
  }

  function run(text: string, detectors: ReadonlySet<DetectorName> | undefined, deadline: number, budgetMs: number, profile?: ScanProfile): HitResult {
    assertOwn(detectors);
    const enabled = detectors ?? spec.enabled;
    const ctx: ScanContext = { detectors: enabled, live: liveRules(enabled), deadline, budgetMs, runsFor: null, runs: new Int32Array(0), profile, reach: [], liveTriggers: undefined };
    const hits: RawHit[] = [];
    try {
      scanLayer(text, 0, [], (s, e) => [s, e], ctx, hits);
    } catch (err) {
      if (err instanceof BudgetExceeded) return { hits, error: err.message, reach: ctx.reach };
      throw err;
    }
    return { hits: hits.filter((h) => !fixtureFiller(text, h)), reach: ctx.reach };
  }

  return {
    rules,
    enabled: spec.enabled,
    overlap,
    nearOverlap,
    scan(text, opts) {
      const t0 = performance.now();
      const budgetMs = opts?.budgetMs ?? DEFAULT_BUDGET_MS;
      const { hits, error } = run(text, opts?.detectors, opts?.deadline ?? t0 + budgetMs, budgetMs);
      const findings = finalizeFindings(text, hits, { base: 0, line: 1, byte: 0, column: 1, key: spec.fingerprintKey });
      return verdictOf(findings, error, text.length, performance.now() - t0);
    },
    hits(text, opts) {
      return run(text, opts.detectors, opts.deadline, opts.budgetMs, opts.profile);
    },
    stream(opts) {
      return createStream({ overlap, nearOverlap, key: spec.fingerprintKey, ...opts }, [(text, o) => run(text, opts?.detectors, o.deadline, o.budgetMs, opts?.profile)]);
    },
  };
}


/** BIP-39 phrases: in runs of lowercase words, 12+ consecutive wordlist words with a valid checksum. */
function findSeedPhrases(text: string, out: RawHit[]): void {
  // One pass over runs of words in any case; a run with capitals (a backup card, title case) is
  // judged lower-cased. Non-wordlist words (most capitalized prose words) break the segments.
  const runs = findPhraseRuns(text);
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r]!;
    const e = runs[r + 1]!;
    let upper = false;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        upper = true;
        break;
      }
    }
    if (!upper) findSeedPhrasesIn(text, [[s, e]], 0, out, text);
    else {
      const lower = text.slice(s, e).toLowerCase();
      findSeedPhrasesIn(lower, [[0, lower.length]], s, out, text);
    }
  }
}

/** A slot that names a seed phrase, just before its value (`WALLET_MNEMONIC="`, `seed_phrase: `, `"recoveryPhrase": "`). */
const PHRASE_SLOT = new RegExp(String.raw`(?:${SEED_SLOT_NAMES})\w{0,12}(?:\\?["'\`])?[ \t]{0,3}[:=][ \t]{0,3}(?:\\{0,3}["'\`])?$`, "i");

/**
 * A line that names a seed phrase and ends in a colon, the phrase after it past markup or a line break
 * ("Recovery phrase for the treasury wallet (to re-import):</p><pre>…", "Seed words for the signer:\n…").
 */
const PHRASE_LEAD = new RegExp(String.raw`(?:${SEED_SLOT_NAMES}|recovery[ _-]?seed)[^\n:<>.!?]{0,120}:(?:[ \t]|\\[nrt]|\r?\n|<\/?[A-Za-z][\w-]{0,10}>|[\`"'*]){0,12}$`, "i");

/**
 * A phrase of a mnemonic's length as the value of a slot named for one (the words from the slot's name to the value's
 * closing quote or line end) is the seed even with a word wrong (mistyped, or cut when copied): outbound, a near-valid
 * phrase leaks the wallet all the same. Read only where a run of 12+ wordlist words held no valid phrase.
 */
function namedPhrase(text: string, starts: number[], ends: number[], words: string[], base: number, original: string, out: RawHit[]): void {
  for (let k = 0; k + 12 <= starts.length; k++) {
    const at = base + starts[k]!;
    if (!PHRASE_SLOT.test(original.slice(Math.max(0, at - 60), at)) && !PHRASE_LEAD.test(original.slice(Math.max(0, at - 200), at))) continue;
    let n = k + 1;
    while (n < starts.length && !/["'`\n]/.test(text.slice(ends[n - 1]!, starts[n]!))) n++;
    const phrase = words.slice(k, n);
    if (phrase.length < 12 || phrase.length > 24 || phrase.length % 3 !== 0 || new Set(phrase).size * 2 <= phrase.length) return;
    out.push({
      ruleId: "bip39-seed-phrase", detector: "secrets", description: `BIP-39 seed phrase (${phrase.length} words under a seed phrase's name, checksum not valid)`,
      severity: "critical", confidence: "medium", tags: ["crypto"], secret: phrase.join(" "),
      start: at, end: base + ends[n - 1]!, example: false, path: [],
    });
    return;
  }
}

function findSeedPhrasesIn(text: string, runs: Array<[number, number]>, base: number, out: RawHit[], original: string): void {
  // Segment of consecutive wordlist words: their start/end offsets in `text`; nothing is sliced
  // until a segment is long enough to be a phrase.
  const starts: number[] = [];
  const ends: number[] = [];
  const flush = () => {
    if (starts.length >= 12) {
      const words = starts.map((s0, k) => text.slice(s0, ends[k]));
      const found = findMnemonics(words);
      for (const [first, count] of found) {
        const last = first + count - 1;
        const phrase = words.slice(first, last + 1).join(" ");
        // One or two words repeated (`word1 word2 … word12` read as "word" twelve times) passed the checksum by chance: a drawn seed
        // never repeats so; the test vectors that do are examples.
        if (new Set(words.slice(first, last + 1)).size <= 2 && !BIP39_EXAMPLES.has(phrase)) continue;
        out.push({
          ruleId: "bip39-seed-phrase", detector: "secrets", description: `BIP-39 seed phrase (${count} words, checksum valid)`,
          severity: "critical", confidence: "high", tags: ["crypto"], secret: phrase,
          start: base + starts[first]!, end: base + ends[last]!, example: BIP39_EXAMPLES.has(phrase), path: [],
        });
      }
      if (found.length === 0) namedPhrase(text, starts, ends, words, base, original, out);
    }
    starts.length = 0;
    ends.length = 0;
  };
  for (const [runStart, runEnd] of runs) {
    let w = -1;
    for (let i = runStart; i <= runEnd; i++) {
      const c = i < runEnd ? text.charCodeAt(i) : 32;
      if (c >= 97 && c <= 122) {
        if (w < 0) w = i;
        continue;
      }
      if (w >= 0) {
        if (bip39IndexAt(text, w, i) >= 0) {
          starts.push(w);
          ends.push(i);
        } else if (starts.length > 0) flush();
        w = -1;
      }
    }
    flush();
  }
}

/** BIP-39's published test vectors that documentation quotes most. */
const BIP39_EXAMPLES = new Set([
  `${"abandon ".repeat(11)}about`,
  `${"abandon ".repeat(17)}agent`,
  `${"abandon ".repeat(23)}art`,
  `${"zoo ".repeat(11)}wrong`,
  `${"zoo ".repeat(23)}vote`,
  "legal winner thank year wave sausage worth useful legal winner thank yellow",
  "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
  "test test test test test test test test test test test junk",
]);
