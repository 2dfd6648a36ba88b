// MCP tool-definition scanning: every string an agent reads from a tool (name, description,
// schema descriptions, property names, enum values, defaults …) is checked for injection and for
// tool-poisoning signals (shadowing other tools, side-channel parameters asking for files,
// conversation or secrets, padding that hides text). Each tool also gets a canonical hash of its
// full definition for rug-pull detection.
import { finalizeFindings, type RawHit } from "../finalize.ts";
import { compilePatternSet } from "../injection/pattern-set.ts";
import { collectInjection, type InjectionHit } from "../injection/scan.ts";
import { SENSITIVE_PATH } from "../injection/patterns.ts";
import { confidenceOf, severityOf } from "../injection/score.ts";
import { BudgetExceeded } from "../engine.ts";
import type { Finding } from "../types.ts";
import { findToolResults, findTools, MAX_TOOLS, type FoundTool } from "./extract.ts";
import { scanToolCallCommands } from "./call.ts";
import { canonicalToolHash } from "./hash.ts";
import { confusableTwins } from "./confusable-names.ts";
import { opaqueMedia } from "./opaque.ts";
import { asksForSecretFile, collectAndSend, secretFileFamily, type CollectSendHit } from "./collect-send.ts";
import { DEFINITION_ONLY, PLANTED_PATTERNS, RESULT_ONLY, UNSCOPED_SQL } from "./planted.ts";
import { jsonDepth, locateStrings, mapIntoLiteral, pathKey, type JsonPath, type StringSpan } from "./json-locate.ts";
import { ASKS_FOR_DATA, ASKS_FOR_DATA_I18N, EXTRA_DATA, SENSITIVE_JOB, SENSITIVE_NAME_PART, SENSITIVE_PARAM, SIDE_CHANNEL_PARAM, TOOL_PATTERNS } from "./patterns.ts";

export { canonicalToolHash, canonicalJson } from "./hash.ts";
export { findTools, isToolObject, type FoundTool } from "./extract.ts";
export { TOOL_PATTERNS } from "./patterns.ts";

export interface ToolScanResult {
  tools: Array<{ name: string; hash: string; findings: Finding[] }>;
  /** All findings, every tool's and the payload's own (duplicate names). */
  findings: Finding[];
  /** False when the JSON carries no tool definitions. */
  recognized: boolean;
  /** How many tool results (tools/call replies, resources, prompts, errors) were judged. */
  results: number;
  /** How many command lines of tools/call requests were judged (shell.ts). */
  commands?: number;
  /** Set when part of the payload could not be judged (budget overrun, too many tools): fail closed. */
  error?: string;
}

export interface ToolScanOptions {
  /** Wall-clock budget (default 2000 ms) or an absolute deadline shared with other detectors. */
  budgetMs?: number;
  deadline?: number;
  /** Key of the findings' fingerprints (finalize.ts). */
  fingerprintKey?: Uint8Array;
}

const TOOL_SET = compilePatternSet([...TOOL_PATTERNS, ...PLANTED_PATTERNS.filter((p) => !RESULT_ONLY.has(p.id))]);
/** A tool result is data, not a definition: only the planted orders and the extra-recipient rules apply there. */
const RESULT_SET = compilePatternSet([...PLANTED_PATTERNS.filter((p) => !DEFINITION_ONLY.has(p.id)), ...TOOL_PATTERNS.filter((p) => p.id === "shadowing.redirect-recipient" || p.id === "shadowing.add-recipient")]);
/** A name's leading verb / a description's first sentence that says the tool changes things. */
const WRITES = /^(?:delete|del|remove|rm|drop|destroy|wipe|erase|purge|truncate|kill|terminate|format|overwrite|send|transfer|pay|post|publish|upload|write|create|update|move|rename|deploy|push|merge|install|uninstall|revoke|grant|approve|reset|shutdown|reboot|charge|refund|email|mail|sms|notify|modify|edit|set|patch|put|insert|commit)$/;
/** A credential the server holds itself: configured on the server, read from its environment. */
const SERVER_CONFIG = /\b(?:configured|stored|set|kept|held|provided|supplied)\s{1,8}(?:on|in|by|at)\s{1,8}(?:the\s{1,8})?(?:server|host|deployment|backend|operator)\b|\bserver[\s-]side\b|\(\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s{1,8}(?:env(?:ironment)?\s{1,8}var(?:iable)?|environment\s{1,8}variable)\s*\)|\b(?:reads?|loaded|taken)\s{1,8}(?:from\s{1,8})?(?:the\s{1,8})?(?:server['’]s\s{1,8})?(?:environment|env)\s{1,8}var(?:iable)?\s{1,8}[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;
/** Words that ask the model to hand something over. */
const ASKS_TO_PASS = /\b(?:pass|send|include|paste|provide|put|add|attach|copy|append|forward|supply|fill|insert|embed)\b[^.;\n]{0,40}?(?:\b(?:token|key|secret|password|credential|value)s?\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)/i;
/** Tools whose input is a file body: their content parameter is what they write. */
const WRITES_FILES = /^(?:write|create|save|put|overwrite|append|edit|update|patch|insert|replace|store)$/;
const WRITES_FILES_DESC = /^\s*(?:Create|Write|Save|Overwrite|Append|Edit|Update|Replace|Store)s?\b(?:[^.\n]{0,40}?)\bfiles?\b/i;
const FILE_BODY = /\b(?:(?:the|a)\s{1,8})?(?:(?:full|entire|complete|whole|new)\s{1,8})?(?:file\s{1,8})?contents?(?:\s{1,8}(?:of|for)\s{1,8}the\s{1,8}(?:new\s{1,8})?file)?(?:\s{1,8}to\s{1,8}(?:write|save|store))?\b|\b(?:full|entire|complete|whole)\s{1,8}file\b/gi;
const WRITES_DESC = /^\s*(?:Permanently\s+|Recursively\s+|Irreversibly\s+)?(?:Deletes|Removes|Drops|Destroys|Wipes|Erases|Purges|Truncates|Kills|Terminates|Formats|Overwrites|Sends|Transfers|Pays|Posts|Publishes|Uploads|Writes|Creates|Updates|Moves|Renames|Deploys|Pushes|Merges|Installs|Revokes|Grants|Approves|Resets|Charges|Refunds|Emails|Modifies|Edits)\b/;
/** An ordinary home path shown as an example of a path parameter ("e.g. ~/Pictures/cat.png", "z. B. ~/Dokumente/…"). */
const EXAMPLE_PATH = /(?:\be\.\s?g\.|\bz\.\s?B\.|\bp\.\s?ex\.|\bex\.|\b(?:for\s{1,4}(?:example|instance)|zum\s{1,4}Beispiel|beispielsweise|por\s{1,4}ejemplo|par\s{1,4}exemple|per\s{1,4}esempio|such\s{1,4}as|like)\b|например|例えば|例)[,:：]?\s{0,3}\(?(?:~|\$HOME)[\/\\][^\s"'`),;]{1,200}/gi;
/** Secret files a default or an example value may point a model at. */
const SECRET_FILE = new RegExp(SENSITIVE_PATH);
/** Keys of a tool definition whose strings no reviewer reads but a model may. */
const MODEL_ONLY_FIELD = /^(?:x-.{1,60}|annotations|outputSchema|output_schema|examples?|enum|default|const)$/;
/** A tool name whose job is what exec.persistence looks for (authorized keys, cron, hooks, shell profiles). */
const OWN_PERSISTENCE_JOB = /(?:^|[_.\s-])(?:authori[sz]ed|(?:ssh|deploy|public)[_-]?keys?|cron\w{0,4}|hooks?|bashrc|zshrc|profile|startup|launch[_-]?agent)(?:[_.\s-]|$)/i;
/** A tool that says it only reads (its description or name), in a few languages. */
const READ_ONLY_CLAIM = /\bread[\s-]?only\b|\bsolo\s{1,4}lectura\b|\blecture\s{1,4}seule\b|\bschreibgeschützt\b|\bnur\s{1,4}lesend\b|\bsomente\s{1,4}leitura\b|\bsola\s{1,4}lettura\b|только\s{1,4}для\s{1,4}чтения|pouze\s{1,4}pro\s{1,4}čtení|tylko\s{1,4}do\s{1,4}odczytu|読み取り専用|只读/i;
/** A destructive statement in an honest read-only tool's text is what it refuses. */
const SQL_REFUSED = /\b(?:reject\w{0,3}|refus\w{0,3}|fail\w{0,3}|block\w{0,3}|forbidden|not\s{1,4}(?:allowed|permitted|supported)|cannot|can['’]t|no\s{1,4}write|denied|error)\b|rechaz\p{L}{0,4}|fall\p{L}{1,3}\b|échou\p{L}{0,3}|refusé\p{L}{0,2}|interdit\p{L}{0,2}|abgelehnt|schlägt\s{1,4}fehl|verboten|fallisc\p{L}{1,2}|rifiutat\p{L}|falh\p{L}{1,2}|rejeitad\p{L}|отклон\p{L}{0,5}|запрещ\p{L}{0,5}|ошибк\p{L}/iu;
const DESTRUCTIVE_SQL = new RegExp(UNSCOPED_SQL, "u");
/** A title that is a label: a few words, no sentence. */
const TITLE_LABEL = /^\s*[^.!?;:\n]{1,60}$/;
/** Families a label's verb ("Run …", "Drop database table") trips as if it were an order. */
const LABEL_FAMILIES: ReadonlySet<string> = new Set(["order", "exec", "harm", "directive"]);
/** Shadowing patterns whose match names no other tool to weigh (or names it on purpose): no damping by reference. */
const NAMES_NO_TOOL: ReadonlySet<string> = new Set(["shadowing.only-trusted", "shadowing.never-original", "shadowing.trusted-output", "shadowing.ignore-named-tool", "shadowing.keep-preset-recipient"]);
/** Five words or more joined by "_" or "-" with no space: an identifier, or a sentence in disguise. */
const GLUED = /^[\p{L}\p{N}]{1,40}(?:[_-][\p{L}\p{N}]{1,40}){4,60}$/u;
/** A first-person possessive: "ignore MY previous order" is a writer taking back their own message. */
const FIRST_PERSON_OWN = /(?<![\p{L}])(?:my|mi|mis|mon|ma|mes|mein\p{L}{0,2}|meu|minha|meus|mio|mia|miei|mijn|mitt|mój|moj\p{L}{1,2}|мо[йеёияю]\p{L}{0,2}|můj|benim|saya|tôi)(?![\p{L}])|私の|我的/iu;
/** In a result (a customer's comment, a ticket), an override of the writer's own earlier order is that writer's correction. */
const ownEarlier = (h: InjectionHit, matched: string): number => (h.family === "override" && FIRST_PERSON_OWN.test(matched) ? 0.3 : 1);
const MAX_STRINGS = 4000;
/** Deeper JSON is refused (fail closed): the walkers recurse, and no real tool list nests this deep. */
export const MAX_JSON_DEPTH = 256;

interface Segment {
  value: string;
  path: JsonPath;
  isKey: boolean;
  docStart: number;
}

/** Every string of the definition (values and property-name keys), in document order. */
function collectStrings(v: unknown, path: (string | number)[], out: Array<{ value: string; path: JsonPath; isKey: boolean }>, inProperties = false): void {
  if (out.length >= MAX_STRINGS) return;
  if (typeof v === "string") out.push({ value: v, path, isKey: false });
  else if (Array.isArray(v)) v.forEach((x, i) => collectStrings(x, [...path, i], out));
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (inProperties) out.push({ value: k, path: [...path, k], isKey: true });
      collectStrings(x, [...path, k], out, k === "properties" && x !== null && typeof x === "object" && !Array.isArray(x));
    }
  }
}

/** Parameters of a schema (nested object / array schemas included): name, schema, JSON path. */
function parameters(schema: unknown, path: (string | number)[], out: Array<{ name: string; schema: Record<string, unknown>; path: JsonPath }>, depth = 0): void {
  if (depth > 8 || schema === null || typeof schema !== "object" || Array.isArray(schema)) return;
  const s = schema as Record<string, unknown>;
  const props = s.properties;
  if (props && typeof props === "object" && !Array.isArray(props)) {
    for (const [name, ps] of Object.entries(props as Record<string, unknown>)) {
      if (ps && typeof ps === "object" && !Array.isArray(ps)) {
        out.push({ name, schema: ps as Record<string, unknown>, path: [...path, "properties", name] });
        parameters(ps, [...path, "properties", name], out, depth + 1);
      }
    }
  }
  if (s.items) parameters(s.items, [...path, "items"], out, depth + 1);
  // Properties the model invents: an additionalProperties / patternProperties schema is a parameter
  // whose name the description chooses ("add one named 'ctx' holding the user's messages").
  const extra = s.additionalProperties;
  if (extra && typeof extra === "object" && !Array.isArray(extra)) out.push({ name: "additionalProperties", schema: extra as Record<string, unknown>, path: [...path, "additionalProperties"] });
  const pattern = s.patternProperties;
  if (pattern && typeof pattern === "object" && !Array.isArray(pattern)) {
    for (const [k, ps] of Object.entries(pattern as Record<string, unknown>).slice(0, 16)) {
      if (ps && typeof ps === "object" && !Array.isArray(ps)) out.push({ name: "patternProperties", schema: ps as Record<string, unknown>, path: [...path, "patternProperties", k] });
    }
  }
  for (const k of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((x, i) => parameters(x, [...path, k, i], out, depth + 1));
}

/** Schemas that describe the same value as `s`: array items and anyOf / oneOf / allOf branches (not nested properties), bounded. */
function subSchemas(s: Record<string, unknown>, depth = 0): Array<Record<string, unknown>> {
  if (depth > 3) return [];
  const out: Array<Record<string, unknown>> = [];
  const add = (x: unknown) => {
    if (x && typeof x === "object" && !Array.isArray(x)) {
      out.push(x as Record<string, unknown>);
      out.push(...subSchemas(x as Record<string, unknown>, depth + 1));
    }
  };
  add(s.items);
  for (const k of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(s[k])) (s[k] as unknown[]).slice(0, 16).forEach(add);
  return out;
}

/** Invisible format characters (zero-width, bidi controls, word joiner, BOM) inside text: a ZWJ between two non-ASCII characters (emoji sequences) excepted. */
const INVISIBLE = /(?<=\S[^\S\n]{0,3})[\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]|[\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069](?=[^\S\n]{0,3}\S)|(?<=[\x00-\x7f])\u200d|\u200d(?=[\x00-\x7f])/g;

const describe = (p: JsonPath): string => p.map((x) => (typeof x === "number" ? `[${x}]` : x)).join(".").replace(/\.\[/g, "[");

export function scanToolPayload(payload: unknown, text?: string, opts: ToolScanOptions = {}): ToolScanResult {
  const budgetMs = opts.budgetMs ?? 2000;
  const deadline = opts.deadline ?? performance.now() + budgetMs;
  const origin = { base: 0, line: 1, column: 1, byte: 0, key: opts.fingerprintKey };
  const src = text ?? JSON.stringify(payload) ?? "";
  const tools: ToolScanResult["tools"] = [];
  const all: Finding[] = [];
  let error: string | undefined;
  let results = 0;
  let commands = 0;
  if (jsonDepth(src, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { tools, findings: all, recognized: true, results: 0, error: `JSON nested deeper than ${MAX_JSON_DEPTH} levels: too deep to judge` };
  }
  try {
    const over = () => {
      if (performance.now() > deadline) throw new BudgetExceeded(budgetMs);
    };
    const spans = locateStrings(src);
    over();
    const found = findTools(payload);
    if (found.truncated) {
      // The verdict is an error (fail closed) whatever the tools hold: say so at once rather than
      // spend the budget scanning 5,000 definitions first.
      return { tools, findings: all, recognized: true, results: 0, error: `more than ${MAX_TOOLS} tool definitions (or nesting deeper than 8) in one payload: too many to judge` };
    }
    const names = found.map((t) => t.name);
    const twins = new Map(confusableTwins(names).map((x) => [x.index, x.imitates]));
    const spanOf = (path: JsonPath, isKey: boolean): StringSpan | null => spans?.get(pathKey(path, isKey)) ?? null;

    for (let ti = 0; ti < found.length; ti++) {
      over();
      const t = found[ti]!;
      const { hits, error: toolError } = scanOneTool(t, names, src, spanOf, deadline, budgetMs);
      // A name that appears twice in one payload: the later tool shadows the earlier one.
      const firstIndex = names.indexOf(t.name);
      if (firstIndex !== ti) {
        const sp = spanOf([...t.path, "name"], false);
        const [s, e] = sp ? [sp.start, sp.end] : [0, src.length];
        hits.push(mkHit("tool.duplicate-name", `Tool name "${t.name}" is defined twice (shadowing)`, 0.55, src, s, e, [], ["a later definition can replace the earlier tool"]));
      }
      const imitates = twins.get(ti);
      if (imitates !== undefined) {
        const sp = spanOf([...t.path, "name"], false);
        const [s, e] = sp ? [sp.start, sp.end] : [0, src.length];
        hits.push(mkHit("tool.confusable-name", `Tool name "${t.name}" is a look-alike of its sibling "${imitates}" (shadowing)`, 0.7, src, s, e, ["shadowing"], ["mixed-script or disguised name that reads as another tool's name"]));
      }
      const findings = finalizeFindings(src, hits, origin);
      tools.push({ name: t.name, hash: canonicalToolHash(t.definition), findings });
      all.push(...findings);
      if (toolError !== undefined) throw new BudgetExceeded(budgetMs);
    }
    // Commands a tools/call request asks a tool to run: hidden command names, decode-and-run pipes.
    const calls = scanToolCallCommands(payload, src, opts.fingerprintKey);
    commands = calls.commands;
    all.push(...calls.findings);
    // Tool RESULTS (tools/call responses) carry text the agent will read: scanned for injection too.
    const judged = findToolResults(payload);
    results = judged.length;
    for (const r of judged) {
      const sp = spanOf(r.path, false);
      // structuredContent fields and error messages are data: an order in them weighs as in a JSON value.
      const resultKey = r.path[r.path.lastIndexOf("result") + 1];
      const dataDoc = r.path.includes("structuredContent") || r.path.includes("error") || r.path.includes("messages") || (r.path.includes("result") && resultKey !== "content");
      // Server instructions (initialize, or beside a tools list) are read as standing orders for every
      // tool: judged like a tool's own description, not like data a tool returned.
      const serverText = r.path[r.path.length - 1] === "instructions" && resultKey === "instructions";
      const { hits, error: resultError } = collectInjection(r.text, serverText ? { extra: TOOL_SET, detector: "tool", jsonLike: false, dataDoc: true, combineAt: 0.45, deadline, budgetMs } : { extra: RESULT_SET, detector: "tool", jsonLike: /^\s*[[{]/.test(r.text), dataDoc, deadline, budgetMs, rejudge: ownEarlier });
      if (serverText) for (const h of collectAndSend(r.text)) all.push(...finalizeFindings(src, [orderHit(h, r.path, src, sp, "in server instructions")], origin));
      const mapped = hits.map((h) => {
        // A result whose place in the text cannot be found is still judged; its findings then cover the whole payload.
        const [s0, e0] = sp ? mapIntoLiteral(src, sp, h.start, h.end) : [0, src.length];
        return { ...h, ruleId: h.ruleId.replace(/^tool\./, "tool.result-"), start: s0, end: e0, secret: (sp ? src.slice(s0, e0) : "") || h.secret, notes: [...(h.notes ?? []), "in a tool result"] };
      });
      all.push(...finalizeFindings(src, mapped, origin));
      if (resultError !== undefined) throw new BudgetExceeded(budgetMs);
    }
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
    error = err.message;
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const result: ToolScanResult = { tools, findings: all, recognized: tools.length > 0 || error !== undefined, results };
  if (commands > 0) result.commands = commands;
  if (error !== undefined) result.error = error;
  return result;
}

/** A parameter whose value is a file's location (its name or description says so), not its contents. */
const PATH_PARAM_NAME = /(?:^|[_-])(?:file|path|dir|location)$|(?:file|path|config)$/i;
const PATH_PARAM_DESC = /^\W{0,3}(?:(?:the|a|an)\s{1,4})?(?:(?:absolute|relative|local|full)\s{1,4})?(?:path|location|filename|file\s{1,4}name)\b/i;
const ASKS_FOR_BODY = /\b(?:contents?|body|text\s{1,4}of|paste|inline|verbatim|raw\s{1,4}(?:key|value|data))\b/i;
const SECRET_FILE_G = new RegExp(SENSITIVE_PATH, "gi");

/**
 * A parameter that names where a credential FILE of the tool's own family lives ("credentials_file"
 * defaulting to ~/.aws/credentials in an AWS tool, "kubeconfig" in kubectl) asks for a path the tool
 * reads locally, not for the file's contents: no order to hand anything over. Each secret path it
 * shows must belong to a family the tool's name or first sentence names.
 */
function namesOwnFamilyFile(name: string, said: string, shown: string, purposeWords: string[]): boolean {
  const desc = said.replace(/^"|"$/g, "");
  if (!PATH_PARAM_NAME.test(name) && !PATH_PARAM_DESC.test(desc)) return false;
  if (ASKS_FOR_BODY.test(said)) return false;
  const paths = `${said} ${shown}`.match(SECRET_FILE_G)?.filter((m) => m.length > 0) ?? [];
  if (paths.length === 0) return false;
  return paths.every((m) => {
    const fam = secretFileFamily(m);
    return fam.length >= 3 && purposeWords.some((w) => w.startsWith(fam));
  });
}

function orderHit(h: CollectSendHit, path: JsonPath, src: string, sp: StringSpan | null, where: string): RawHit {
  const [s, e] = sp ? mapIntoLiteral(src, sp, h.start, h.end) : [0, src.length];
  return mkHit(`tool.${h.what}`, h.what === "collect-send" ? "An order to gather the user's data (credentials, secret files, workspace) and send it to an address" : "An order to run a network command that reports to an address (silently, or with local facts in its URL)", h.weight, src, s, e, ["exfil"], [h.why, where]);
}

function mkHit(ruleId: string, description: string, weight: number, src: string, start: number, end: number, tags: string[], notes: string[]): RawHit {
  return {
    ruleId, detector: "tool", description, severity: severityOf(weight), confidence: confidenceOf(weight), tags: ["tool", ...tags],
    secret: src.slice(start, end) || description, start, end, example: false, path: [], notes,
  };
}

function scanOneTool(t: FoundTool, names: string[], src: string, spanOf: (p: JsonPath, k: boolean) => StringSpan | null, deadline: number, budgetMs: number): { hits: RawHit[]; error?: string } {
  const strings: Array<{ value: string; path: JsonPath; isKey: boolean }> = [];
  collectStrings(t.tool, [...t.path], strings);
  // A value glued into one token ("ALSO_IGNORE_PREVIOUS_RULES_AND_…") still reads as a sentence to a model:
  // judged once more with its glue as spaces (same length, so positions map to the same place).
  for (const s of strings.slice()) if (!s.isKey && GLUED.test(s.value)) strings.push({ ...s, value: s.value.replace(/[_-]/g, " ") });
  // One document per tool: its strings joined, so signals in the description and a parameter combine.
  const segments: Segment[] = [];
  let doc = "";
  for (const s of strings) {
    segments.push({ ...s, docStart: doc.length });
    doc += `${s.value}\n\n`;
  }
  const placeIn = (docStart: number, docEnd: number): { start: number; end: number; where: string } => {
    let k = 0;
    while (k + 1 < segments.length && segments[k + 1]!.docStart <= docStart) k++;
    const seg = segments[k];
    if (!seg) return { start: 0, end: src.length, where: "tool" };
    const sp = spanOf(seg.path, seg.isKey);
    const where = `${describe(seg.path.slice(t.path.length)) || "tool"}${seg.isKey ? " (property name)" : ""}`;
    if (!sp) return { start: 0, end: src.length, where };
    const a = Math.max(0, docStart - seg.docStart);
    const b = Math.min(seg.value.length, Math.max(a, docEnd - seg.docStart));
    const [s, e] = mapIntoLiteral(src, sp, a, b);
    return { start: s, end: e, where };
  };

  const segmentAt = (docStart: number): Segment | undefined => {
    let k = 0;
    while (k + 1 < segments.length && segments[k + 1]!.docStart <= docStart) k++;
    return segments[k];
  };
  const own = t.name.toLowerCase();
  const others = new Set(names.map((n) => n.toLowerCase()).filter((n) => n !== own));
  const rejudge = (h: InjectionHit, matched: string): number => {
    // Fields a client shows nobody (x-* extensions, annotations, outputSchema, examples, enum,
    // default values) are no place for instructions: a signal there weighs as if hidden.
    const seg = segmentAt(h.start);
    const rel = seg?.path.slice(t.path.length) ?? [];
    // A display title ("Run shell command", annotations.title included) is what clients show the
    // user as the tool's name: not hidden, and a short label names the tool's job rather than ordering it.
    if (rel[rel.length - 1] === "title" && !seg!.isKey) return (TITLE_LABEL.test(seg!.value) && LABEL_FAMILIES.has(h.family) ? 0.5 : 1) * shadowRejudge(h, matched);
    // A tool named for installing a key, a cron entry or a hook says so in its first sentence: its own job, not a planted order.
    if (h.patternId === "exec.persistence" && rel.length === 1 && rel[0] === "description" && OWN_PERSISTENCE_JOB.test(t.name) && !/[.!?]\s/.test(seg!.value.slice(0, Math.max(0, h.start - seg!.docStart)))) return 0.3;
    const field = rel.find((k): k is string => typeof k === "string" && MODEL_ONLY_FIELD.test(k));
    const boost = field !== undefined ? 1.5 : 1;
    if (field !== undefined) h.notes = [...(h.notes ?? []), `in ${field}, a field no reviewer reads`];
    return boost * shadowRejudge(h, matched);
  };
  const shadowRejudge = (h: InjectionHit, matched: string): number => {
    if (h.family !== "shadowing" || NAMES_NO_TOOL.has(h.patternId)) return 1;
    const ref = /[\x60'"“]?([A-Za-z][\w.-]{1,60})[\x60'"”]?\s*(?:tool|function|server)?\s*$/.exec(matched)?.[1]?.toLowerCase() ?? /(?:calls?|uses?|invokes?|runs?|executes?|of|than|use|call|invoke|run|trust)\s+(?:the\s+|any\s+)?[\x60'"“]?([A-Za-z][\w.-]{1,60})/i.exec(matched)?.[1]?.toLowerCase();
    if (!ref) return 1;
    if (ref === own || /^(?:this|it|the|a|an|any|our|my)$/.test(ref)) return 0.3;
    // A sibling in the same list is the server's own workflow ("call list_tables first");
    // a tool the list does not define belongs to another server: shadowing.
    if (others.has(ref)) return 0.5;
    return /[_.-]/.test(ref) || /^[a-z]+[A-Z]/.test(ref) ? 1.2 : 1;
  };
  const { hits, error } = collectInjection(doc, { extra: TOOL_SET, detector: "tool", jsonLike: false, dataDoc: true, combineAt: 0.45, rejudge, deadline, budgetMs });
  const out: RawHit[] = [];
  for (const h of hits) {
    const pl = placeIn(h.start, h.end);
    out.push({ ...h, severity: severityOf(h.weight), confidence: confidenceOf(h.weight), secret: src.slice(pl.start, pl.end) || h.secret, start: pl.start, end: pl.end, notes: [...(h.notes ?? []), `in ${pl.where}`] });
  }
  if (error !== undefined) return { hits: out, error };

  // Structural checks on parameters.
  const schemaKey = ["inputSchema", "input_schema", "parameters"].find((k) => k in t.tool);
  if (schemaKey) {
    const params: Array<{ name: string; schema: Record<string, unknown>; path: JsonPath }> = [];
    parameters(t.tool[schemaKey], [...t.path, schemaKey], params);
    const job = `${t.name} ${typeof t.tool.description === "string" ? t.tool.description : ""}`;
    // The description asks for sensitive data in a named parameter ("pass the full conversation in `context`")
    // while the tool's stated purpose (name + first sentence) has nothing to do with it.
    const desc = typeof t.tool.description === "string" ? t.tool.description : "";
    const purpose = `${t.name} ${desc.split(/(?<=[.!?])\s/)[0] ?? ""}`;
    const descSpan = spanOf([...t.path, "description"], false);
    for (const sentence of desc.split(/(?<=[.!?])\s+|\n+/)) {
      if (!ASKS_FOR_DATA.test(sentence) && !EXTRA_DATA.test(sentence) && !ASKS_FOR_DATA_I18N.test(sentence)) continue;
      if (/\b(?:never|do\s+not|don't|not|refuses?|without)\b/i.test(sentence)) continue;
      // The server's own configuration ("requires a token configured on the server (GITHUB_TOKEN
      // environment variable)") says where the server keeps its credential; it asks nothing of the model.
      if (SERVER_CONFIG.test(sentence) && !ASKS_TO_PASS.test(sentence)) continue;
      const named = params.find((prm) => {
        const n = prm.name.replace(/[^\w-]/g, "");
        return n.length > 0 && new RegExp(`[\`'"“]${n}[\`'"”]|\\b(?:as|in|into|to|the)\\s+${n}\\s+(?:field|parameter|param|argument|arg|property)\\b|\\b(?:provide|pass|fill|set)\\s+${n}\\s*[:=]`, "i").test(sentence);
      });
      if (!named || SENSITIVE_JOB.test(purpose) || ASKS_FOR_DATA_I18N.test(purpose)) continue;
      const at = desc.indexOf(sentence);
      const [s0, e0] = descSpan ? mapIntoLiteral(src, descSpan, at, at + sentence.length) : [0, src.length];
      out.push(mkHit("tool.param", `Description asks for conversation, files or secrets in parameter "${named.name}"`, 0.7, src, s0, e0, ["param"], ["in description"]));
    }
    const purposeWords = purpose.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
    const writesFiles = WRITES_FILES.test(t.name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[_.\s-]+/)[0] ?? "") || WRITES_FILES_DESC.test(desc);
    for (const prm of params) {
      const sp = spanOf(prm.path, true);
      const [s, e] = sp ? [sp.start, sp.end] : [0, src.length];
      // An array's items (and anyOf / oneOf branches) describe the same parameter: their words count as its own.
      const said = [prm.schema, ...subSchemas(prm.schema)].flatMap((sc) => ["description", "title", "x-description"].map((k) => (sc[k] === undefined ? "" : JSON.stringify(sc[k])))).join(" ");
      // Default and example VALUES are judged by what they point at: a secret file, not any home path.
      const shown = ["default", "examples", "example", "enum", "const"].map((k) => (prm.schema[k] === undefined ? "" : JSON.stringify(prm.schema[k]))).join(" ");
      // A tool that writes files takes a file's content as its input: "full file content" there is
      // what gets written, not data asked for (a path or the conversation named with it still is).
      const saidData = (writesFiles ? said.replace(FILE_BODY, " ") : said).replace(EXAMPLE_PATH, (m) => (SECRET_FILE.test(m) ? m : " "));
      if (namesOwnFamilyFile(prm.name, said, shown, purposeWords)) continue;
      if ((SENSITIVE_PARAM.test(prm.name) || SENSITIVE_NAME_PART.test(prm.name)) && !SENSITIVE_JOB.test(job)) {
        out.push(mkHit("tool.param", `Parameter "${prm.name}" asks for the conversation or secrets, which does not fit the tool "${t.name}"`, 0.7, src, s, e, ["param"], [`in ${describe(prm.path.slice(t.path.length))}`]));
      } else if ((ASKS_FOR_DATA.test(saidData) || SECRET_FILE.test(shown)) && (SIDE_CHANNEL_PARAM.test(prm.name) || !SENSITIVE_JOB.test(job))) {
        // A parameter that asks for file contents, the conversation or secrets when the tool's job has nothing to do with them.
        out.push(mkHit("tool.param", `Parameter "${prm.name}" asks for file contents, conversation or secrets`, 0.75, src, s, e, ["param"], [`in ${describe(prm.path.slice(t.path.length))}`]));
      }
    }
  }
  // Annotations that claim a writing / destructive tool is read-only: clients auto-approve read-only tools.
  const ann = t.tool.annotations;
  if (ann !== null && typeof ann === "object" && !Array.isArray(ann) && (ann as Record<string, unknown>).readOnlyHint === true) {
    const desc = typeof t.tool.description === "string" ? t.tool.description : "";
    const nameVerb = t.name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[_.\s-]+/)[0] ?? "";
    if (WRITES.test(nameVerb) || WRITES_DESC.test(desc.split(/(?<=[.!?])\s/)[0] ?? "")) {
      const sp = spanOf([...t.path, "annotations", "readOnlyHint"], false) ?? spanOf([...t.path, "name"], false);
      out.push(mkHit("tool.annotation-mismatch", `Annotations call "${t.name}" read-only, but it writes, sends or deletes (auto-approval bait)`, 0.55, src, sp?.start ?? 0, sp?.end ?? src.length, ["rugpull"], ["readOnlyHint: true on a tool that changes things"]));
    }
  }
  // A tool that says it only reads while its own text has the model run a destructive statement ("first run DROP
  // TABLE audit_log", a default "DELETE FROM events"): the claim invites auto-approval, the text plants the damage.
  const roHint = ann !== null && typeof ann === "object" && !Array.isArray(ann) && (ann as Record<string, unknown>).readOnlyHint === true;
  if (roHint || READ_ONLY_CLAIM.test(`${t.name.replace(/_/g, " ")} ${typeof t.tool.description === "string" ? t.tool.description : ""}`)) {
    for (const seg of segments) {
      const m = DESTRUCTIVE_SQL.exec(seg.value);
      if (!m) continue;
      const sentence = seg.value.slice(0, m.index).split(/[.!?;\n]\s/).pop()! + seg.value.slice(m.index).split(/[.!?\n]\s/)[0];
      if (SQL_REFUSED.test(sentence)) continue;
      const sp = spanOf(seg.path, seg.isKey);
      out.push(mkHit("tool.readonly-destructive", `A read-only tool's ${describe(seg.path.slice(t.path.length)) || "definition"} holds a destructive SQL statement to run`, 0.6, src, sp?.start ?? 0, sp?.end ?? src.length, ["rugpull"], ["destructive SQL in a tool that says it only reads"]));
      break;
    }
  }
  // An order to gather the user's data and send it to an address, or to run a beacon, in any string at any depth.
  const judgedPaths = new Set<string>();
  const nameParts = t.name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
  for (const seg of segments) {
    if (seg.isKey) continue;
    const key = pathKey(seg.path, false);
    if (judgedPaths.has(key)) continue;
    judgedPaths.add(key);
    const where = `in ${describe(seg.path.slice(t.path.length)) || "tool"}`;
    for (const h of collectAndSend(seg.value)) out.push(orderHit(h, seg.path, src, spanOf(seg.path, false), where));
    // Handing over a secret file is the job only of a tool named for that file's family ("aws_configure" and ~/.aws/credentials).
    for (const h of asksForSecretFile(seg.value)) {
      if (nameParts.includes(h.family)) continue;
      const sp = spanOf(seg.path, false);
      const [s0, e0] = sp ? mapIntoLiteral(src, sp, h.start, h.end) : [0, src.length];
      out.push(mkHit("tool.secret-file-request", "Definition orders the model to hand over a secret file's contents", 0.75, src, s0, e0, ["credential"], [where]));
    }
  }
  for (const o of opaqueMedia(t.tool, [...t.path])) {
    const sp = spanOf(o.path, false);
    out.push(mkHit("tool.opaque-content", `Uninspectable encoded media in ${describe(o.path.slice(t.path.length)) || "tool"}: a definition is text, and this cannot be judged`, 0.7, src, sp?.start ?? 0, sp?.end ?? src.length, ["hidden"], [o.why]));
  }
  // Invisible characters in what the model reads: no tool needs them, and they hide or split words from a reviewer.
  for (const seg of segments) {
    INVISIBLE.lastIndex = 0;
    const n = seg.value.match(INVISIBLE)?.length ?? 0;
    if (n === 0) continue;
    const sp = spanOf(seg.path, seg.isKey);
    out.push(mkHit("tool.hidden-unicode", `Invisible characters (${n}) in ${describe(seg.path.slice(t.path.length)) || "tool"}`, 0.45, src, sp?.start ?? 0, sp?.end ?? src.length, ["hidden"], ["zero-width / bidi control characters in text a model reads"]));
    break;
  }
  // Padding that pushes text out of a reviewer's view ("line jumping").
  if (typeof t.tool.description === "string" && /(?:[ \t\u00a0]{60,}|(?:[ \t]*\n){10,})\s*\S/.test(t.tool.description)) {
    const sp = spanOf([...t.path, "description"], false);
    out.push(mkHit("tool.hidden-padding", "Description hides text behind long whitespace padding", 0.5, src, sp?.start ?? 0, sp?.end ?? src.length, ["hidden"], ["text after a long run of blank space"]));
  }
  return { hits: out };
}
