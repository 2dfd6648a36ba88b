// Finds, reads, validates and resolves the config. Search order: --config, $TOOLKIT_CONFIG,
// ./toolkit.yaml, ~/.config/toolkit/config.yaml, then the embedded default (configs/default.yaml).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../cli/errors.ts";
// Parsed at build time by Bun's YAML loader: starting on the default config costs no YAML parse.
import embeddedDefault from "../../configs/default.yaml";
import { CONFIG_SCHEMA } from "./schema.ts";
import type { Config, CustomRuleSpec, ProxyLimits, DetectorActions, RequestPolicy, ResponsePolicy, Route } from "./types.ts";
import { parseDuration, parseSize, validateAgainst } from "./validate.ts";

export const EMBEDDED_DEFAULT = "embedded default";

/**
 * os.homedir(): $HOME when set, else the password database. node:os is loaded only in the second
 * case: its import costs several ms at every start (it counts the CPUs), a tenth of the
 * pre-commit hook's budget.
 */
function homedir(): string {
  return process.env.HOME || (require("node:os") as typeof import("node:os")).homedir();
}

export interface LoadOptions {
  /** Explicit --config path. */
  path?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  home?: string;
}

export function findConfigPath(opts: LoadOptions): string | null {
  const env = opts.env ?? process.env;
  if (opts.path) return resolve(opts.cwd ?? process.cwd(), opts.path);
  if (env.TOOLKIT_CONFIG) return resolve(opts.cwd ?? process.cwd(), env.TOOLKIT_CONFIG);
  const local = join(opts.cwd ?? process.cwd(), "toolkit.yaml");
  if (existsSync(local)) return local;
  const user = join(opts.home ?? homedir(), ".config", "toolkit", "config.yaml");
  if (existsSync(user)) return user;
  return null;
}

function defaults(): Record<string, unknown> {
  return structuredClone(embeddedDefault as Record<string, unknown>);
}

/** Loads the effective config; every user error is a UsageError naming the file and key. */
export async function loadConfig(opts: LoadOptions = {}): Promise<Config> {
  const env = opts.env ?? process.env;
  const home = opts.home ?? homedir();
  const path = findConfigPath(opts);
  if (path === null) return resolveConfig(defaults(), EMBEDDED_DEFAULT, env, home);
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`config ${path}: is a directory, not a YAML file`);
    text = readFileSync(path, "utf8");
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`config ${path}: cannot read (${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code ?? "unreadable"})`);
  }
  return configFromText(text, path, env, home);
}

/** Parses and validates a config document held in memory; the yaml package loads only here. */
export async function configFromText(text: string, source: string, env: Record<string, string | undefined> = process.env, home = homedir()): Promise<Config> {
  return resolveConfig(mergeDeep(defaults(), (await parseYaml(text, source)) ?? {}), source, env, home);
}

async function parseYaml(text: string, source: string): Promise<Record<string, unknown> | null> {
  const { LineCounter, parseDocument } = await import("yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    throw new UsageError(`config ${source}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (err) {
    // The yaml package refuses alias bombs ("excessive alias count") and similar at this step.
    throw new UsageError(`config ${source}: invalid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  if (value === null || value === undefined) return null;
  const issues = validateAgainst(value, CONFIG_SCHEMA);
  if (issues.length > 0) {
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
    throw new UsageError(`config ${source}: ${first.path}: ${first.message}${more}`);
  }
  return value as Record<string, unknown>;
}

function mergeDeep(a: unknown, b: unknown): Record<string, unknown> {
  if (!isObject(a) || !isObject(b)) return (b ?? a) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(v) && isObject(out[k]) ? mergeDeep(out[k], v) : v;
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** `${VAR}` expands from the environment; `~/` expands to the home directory. */
function expand(s: string, env: Record<string, string | undefined>, home: string): string {
  return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? "").replace(/^~(?=\/|$)/, home);
}

type Raw = Record<string, any>;

function requestPolicy(raw: Raw, base?: RequestPolicy): RequestPolicy {
  const d = (raw.detectors ?? {}) as Partial<DetectorActions>;
  const bd = base?.detectors;
  return {
    scan: raw.scan ?? base?.scan ?? true,
    maxBodyBytes: raw.max_body_bytes !== undefined ? parseSize(raw.max_body_bytes)! : base?.maxBodyBytes ?? 10 * 1024 * 1024,
    onOversize: raw.on_oversize ?? base?.onOversize ?? "block",
    detectors: {
      secrets: d.secrets ?? bd?.secrets ?? "block",
      entropy: d.entropy ?? bd?.entropy ?? "warn",
      env_leak: d.env_leak ?? bd?.env_leak ?? "block",
      wallets: d.wallets ?? bd?.wallets ?? "warn",
      evasion: d.evasion ?? bd?.evasion ?? "block",
      url: d.url ?? bd?.url ?? "block",
      path_entropy: d.path_entropy ?? bd?.path_entropy ?? "warn",
      injection: d.injection ?? bd?.injection ?? "block",
    },
  };
}

function responsePolicy(raw: Raw, base?: ResponsePolicy): ResponsePolicy {
  return {
    scan: raw.scan ?? base?.scan ?? true,
    injectionAction: raw.injection_action ?? base?.injectionAction ?? "block",
    maxBodyBytes: raw.max_body_bytes !== undefined ? parseSize(raw.max_body_bytes)! : base?.maxBodyBytes ?? 10 * 1024 * 1024,
    onOversize: raw.on_oversize ?? base?.onOversize ?? "block",
    skipExtensions: raw.skip_extensions ?? base?.skipExtensions ?? [],
    skipContentTypes: (raw.skip_content_types ?? base?.skipContentTypes ?? []).map((t: string) => t.toLowerCase()),
  };
}

/** Dotted keys a raw policy section sets ("scan", "detectors.entropy" …). */
function givenKeys(raw: Raw | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(raw ?? {})) {
    if (k === "detectors" && v !== null && typeof v === "object") for (const d of Object.keys(v)) out.push(`detectors.${d}`);
    else out.push(k);
  }
  return out;
}

const METHOD = /^[A-Z]+$/;

function resolveConfig(raw: Raw, source: string, env: Record<string, string | undefined>, home: string): Config {
  const str = (v: unknown) => expand(String(v ?? ""), env, home);
  const det = (raw.detect ?? {}) as Raw;
  const defaults = (raw.defaults ?? {}) as Raw;
  const request = requestPolicy(defaults.request ?? {});
  const response = responsePolicy(defaults.response ?? {});
  const ids = new Set<string>();
  const rules: CustomRuleSpec[] = ((det.rules ?? []) as Raw[]).map((r, i) => {
    if (typeof r.id !== "string" || r.id === "") throw new UsageError(`config ${source}: detect.rules[${i}].id: every custom rule needs an id`);
    if (typeof r.regex !== "string" || r.regex === "") throw new UsageError(`config ${source}: detect.rules[${i}].regex: rule '${r.id}' needs a regex`);
    if (ids.has(r.id)) throw new UsageError(`config ${source}: detect.rules[${i}].id: duplicate rule id '${r.id}'`);
    ids.add(r.id);
    return {
      id: r.id, description: r.description, regex: r.regex, keywords: r.keywords ?? [], secretGroup: r.secret_group,
      entropy: r.entropy, severity: r.severity ?? "high", detector: r.detector ?? "secrets",
    };
  });
  const tls = (raw.tls ?? {}) as Raw;
  const routes: Route[] = ((raw.routes ?? []) as Raw[]).map((r, i) => {
    const where = `config ${source}: routes[${i}]`;
    if (typeof r.host !== "string" || r.host === "") throw new UsageError(`${where}.host: every route needs a host pattern`);
    const host = r.host.toLowerCase().replace(/\.$/, "");
    if (!/^(?:\*\.)?[a-z0-9_.:\[\]-]+$/.test(host) || host.includes("..")) throw new UsageError(`${where}.host: '${r.host}' is not a host pattern (exact host, or *.suffix)`);
    if (r.path !== undefined && !String(r.path).startsWith("/")) throw new UsageError(`${where}.path: '${r.path}' must start with /`);
    const methods = r.methods === undefined ? undefined : (r.methods as string[]).map((m) => m.toUpperCase());
    const badMethod = methods?.find((m) => !METHOD.test(m));
    if (badMethod !== undefined) throw new UsageError(`${where}.methods: '${badMethod}' is not an HTTP method`);
    const injectHeaders = (r.inject_headers ?? {}) as Record<string, string>;
    for (const name of Object.keys(injectHeaders)) {
      if (!/^[!#$%&'*+.^_\x60|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`${where}.inject_headers: '${name}' is not a header name`);
    }
    const intercepted = r.intercept ?? tls.intercept ?? true;
    if (Object.keys(injectHeaders).length > 0 && !intercepted) {
      throw new UsageError(`${where}.inject_headers: headers can only be injected where TLS is intercepted (set intercept: true on this route, or tls.intercept: true)`);
    }
    return {
      index: i,
      host,
      path: r.path,
      methods,
      action: r.action,
      intercept: r.intercept,
      allowCredentials: r.allow_credentials ?? [],
      injectHeaders,
      request: requestPolicy(r.request ?? {}, request),
      response: responsePolicy(r.response ?? {}, response),
      given: { request: givenKeys(r.request), response: givenKeys(r.response) },
    };
  });
  const url = (det.url ?? {}) as Raw;
  return {
    source,
    mode: raw.mode ?? "balanced",
    tls: {
      intercept: tls.intercept ?? true,
      caDir: str(tls.ca_dir ?? "~/.toolkit/ca"),
      leafTtlMs: parseDuration(tls.leaf_ttl ?? "24h")!,
      passthrough: tls.passthrough ?? [],
      upstreamCa: tls.upstream_ca ? str(tls.upstream_ca) : undefined,
    },
    ssrf: { enabled: raw.ssrf?.enabled ?? true, allow: raw.ssrf?.allow ?? [] },
    api: { token: str(raw.api?.token) },
    killSwitch: { enabled: raw.kill_switch?.enabled ?? false, sentinel: str(raw.kill_switch?.sentinel ?? "~/.toolkit/STOP") },
    detect: {
      disable: det.disable ?? [],
      rules,
      envLeak: det.env_leak ?? true,
      secretsFile: det.secrets_file ? str(det.secrets_file) : undefined,
      wallets: det.wallets ?? true,
      budgetMs: det.budget_ms ?? 2000,
      url: { blocklist: url.blocklist ?? [], maxLength: url.max_length ?? 8192, allowedSchemes: url.allowed_schemes ?? ["http", "https"] },
    },
    defaults: { request, response, given: { request: givenKeys(defaults.request), response: givenKeys(defaults.response) } },
    egress: { default: raw.egress?.default ?? "allow" },
    mcp: { onToolChange: raw.mcp?.on_tool_change ?? "block", poisonedTools: raw.mcp?.poisoned_tools ?? "remove", credentialsInResults: raw.mcp?.credentials_in_results ?? "redact", chains: raw.mcp?.chains ?? "block", pinsDir: str(raw.mcp?.pins_dir ?? "~/.toolkit/mcp-pins") },
    proxy: proxyLimits((raw.proxy ?? {}) as Raw, source),
    websocket: { maxMessageBytes: raw.websocket?.max_message_bytes !== undefined ? parseSize(raw.websocket.max_message_bytes)! : 4 * 1024 * 1024 },
    routes,
    gitScan: { excludePaths: (raw.git_scan as Raw | undefined)?.exclude_paths ?? [] },
  };
}

function proxyLimits(p: Raw, source: string): ProxyLimits {
  const ms = (key: string, dflt: string): number => {
    const v = parseDuration(p[key] ?? dflt)!;
    // A zero timeout would mean "no bound": refused, the bounds are what keeps the proxy up.
    if (v <= 0) throw new UsageError(`config ${source}: proxy.${key}: must be longer than 0 (a timeout of 0 would leave the proxy unbounded)`);
    return v;
  };
  return {
    maxConnections: p.max_connections ?? 4096,
    idleTimeoutMs: ms("idle_timeout", "2m"),
    headerTimeoutMs: ms("header_timeout", "30s"),
    requestTimeoutMs: ms("request_timeout", "5m"),
    upstreamTimeoutMs: ms("upstream_timeout", "10m"),
    upstreamIdleTimeoutMs: ms("upstream_idle_timeout", "5m"),
  };
}
